"""The `generate` command, driven through click's CliRunner (no app, no database)."""

import json

import pytest
import yaml
from click.testing import CliRunner

from studyapp.cli.generate import generate_command

ARTICLE = (
    "Sarah Friar, OpenAI's CFO, spoke in London on Monday. "
    '"We are learning every day from our partners," Friar said. '
    "The plan has three steps. First, the company rents capacity from cloud providers. "
    "Next, it works closely with partners on design. Finally, it builds its own sites.\n"
)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def run(*args, stdin=None):
    return CliRunner().invoke(generate_command, [str(a) for a in args], input=stdin)


def test_one_file_prints_one_json_document(article):
    result = run(article)
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["language"] == "en"
    assert document["questions"]
    for question in document["questions"]:
        source = question["source"]
        assert ARTICLE[source["start"] : source["end"]] == source["text"]
        assert {"id", "type", "category", "prompt", "answer", "confidence"} <= set(question)


def test_several_files_print_json_lines_in_order(article, tmp_path):
    other = tmp_path / "other.txt"
    other.write_text("قال أحمد الخطيب إن المشروع يتطلب المياه والطاقة والتمويل.", encoding="utf-8")
    result = run(article, other)
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert [json.loads(line)["language"] for line in lines] == ["en", "ar"]


def test_yaml_and_limit(article):
    result = run(article, "--format", "yaml", "--limit", "2")
    assert result.exit_code == 0, result.output
    document = yaml.safe_load(result.stdout)
    assert len(document["questions"]) == 2


def test_stdin_and_bom():
    result = run("-", stdin=("\ufeff" + ARTICLE).encode("utf-8"))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    source = document["questions"][0]["source"]
    assert ARTICLE[source["start"] : source["end"]] == source["text"]


@pytest.mark.parametrize(
    "content, reason",
    [(b"", "empty"), (b"   \n", "empty"), (b"abc\x00def", "binary"), (b"\xff\xfe\xfa", "UTF-8")],
)
def test_unusable_input_exits_2_with_one_line_naming_the_file(tmp_path, content, reason):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    result = run(path)
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "bad.txt" in lines[0] and reason in lines[0]
    assert "Traceback" not in result.output


def test_language_option_forces_prompts_language(article):
    result = run(article, "--language", "ar", "--limit", "3")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["language"] == "ar"
