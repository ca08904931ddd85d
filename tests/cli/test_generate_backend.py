"""`flask generate --backend rules|llm|mixed`, the model reached over real HTTP."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from studyapp.cli.generate import generate_command
from tests.model import replies as recorded
from tests.model.server import Reply, model_server_fixture

model_server = pytest.fixture(model_server_fixture)


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "water.txt"
    path.write_text(recorded.ARTICLE, encoding="utf-8")
    return path


def run(*args, env=None):
    clean = {"LLM_BASE_URL": None, "LLM_MODEL": None, "GENERATOR_BACKEND": None}
    return CliRunner().invoke(
        generate_command, [str(a) for a in args], env={**clean, **(env or {})}
    )


def model_env(server, **extra):
    return {"LLM_BASE_URL": server.url, "LLM_MODEL": "recorded", **extra}


def test_the_model_back_end_prints_grounded_questions_and_its_report(article, model_server):
    model_server.replies = [Reply(recorded.MIXED_BAG)]
    result = run("--backend", "llm", article, env=model_env(model_server))
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout)
    assert document["generator"]["kept"] == 4
    assert document["generator"]["dropped"]["no_source"] == 2
    assert len(document["questions"]) == 4
    for question in document["questions"]:
        source = question["source"]
        assert recorded.ARTICLE[source["start"] : source["end"]] == source["text"]


def test_a_configured_model_is_the_default_and_rules_can_be_asked_for(article, model_server):
    model_server.replies = [Reply(recorded.GOOD)]
    chosen = run(article, env=model_env(model_server))
    assert "generator" in json.loads(chosen.stdout)
    rules = run("--backend", "rules", article, env=model_env(model_server))
    assert "generator" not in json.loads(rules.stdout)
    assert len(model_server.requests) == 1


def test_a_failing_model_gives_the_rules_questions_and_says_so(article, model_server):
    model_server.replies = [Reply(status=503)]
    result = run("--backend", "llm", article, env=model_env(model_server))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["generator"]["fallback"] == "error"
    assert json.loads(result.stdout)["questions"]
    assert "the model's server answered with an error" in result.stderr


def test_the_model_back_end_without_a_model_is_a_clear_error(article):
    result = run("--backend", "llm", article)
    assert result.exit_code == 2
    assert "set LLM_BASE_URL and LLM_MODEL" in result.stderr
