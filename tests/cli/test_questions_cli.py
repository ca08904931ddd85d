"""flask questions import/export: what a teacher types, sees, and finds in the database."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from click.testing import Result
from flask import Flask
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Question, QuestionSet

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "questions" / "openai-data-centers.yaml"
SLUG = "openai-data-centers"


def run(app: Flask, *args: str) -> Result:
    return app.test_cli_runner().invoke(args=["questions", *map(str, args)])


def snapshot(app: Flask) -> tuple[int, int, list[tuple[str, int, object, int]]]:
    """Row counts and every question's (key, row id, answer, answer_version)."""
    with app.app_context():
        sets = db.session.scalar(select(func.count()).select_from(QuestionSet))
        count = db.session.scalar(select(func.count()).select_from(Question))
        rows = db.session.execute(
            select(Question.key, Question.id, Question.answer, Question.answer_version).order_by(
                Question.id
            )
        )
        return sets or 0, count or 0, [tuple(row) for row in rows]


def test_yaml_goes_in_and_comes_out_byte_for_byte(app: Flask, tmp_path: Path) -> None:
    result = run(app, "import", SEED)
    assert result.exit_code == 0, result.output
    assert result.output == f"{SLUG}: created, 40 added, 0 changed, 0 reset, 0 retired\n"
    assert run(app, "list").output.startswith(f"{SLUG}\tOpenAI ومراكز")

    exported = run(app, "export", SLUG, "--format", "yaml").stdout
    (tmp_path / "copy.yaml").write_text(exported, encoding="utf-8")
    again = run(app, "import", tmp_path / "copy.yaml")
    assert again.output == f"{SLUG}: updated, 0 added, 0 changed, 0 reset, 0 retired\n"
    assert run(app, "export", SLUG, "--format", "yaml").stdout == exported


def test_a_gift_round_trip_keeps_every_students_progress(
    app: Flask, seed_set: str, tmp_path: Path
) -> None:
    before = snapshot(app)
    gift = run(app, "export", seed_set, "--format", "gift").stdout
    assert gift.count("\n\n") == 40 and "::friar-role::" in gift
    (tmp_path / "seed.gift").write_text(gift, encoding="utf-8")
    result = run(app, "import", tmp_path / "seed.gift")
    assert result.exit_code == 0, result.output
    assert "0 added" in result.output and "0 reset" in result.output
    after = snapshot(app)
    assert [(k, i, v) for k, i, _, v in after[2]] == [(k, i, v) for k, i, _, v in before[2]]
    with app.app_context():
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == seed_set))
        assert qset is not None and qset.article == gift  # GIFT carries no article: the file is


def test_csv_import_creates_flashcards_under_the_given_slug(app: Flask, tmp_path: Path) -> None:
    (tmp_path / "Vocabulary.csv").write_text("front,back\nشمس,sun\nقمر,moon\n", encoding="utf-8")
    result = run(app, "import", tmp_path / "Vocabulary.csv", "--slug", "words")
    assert result.output == "words: created, 2 added, 0 changed, 0 reset, 0 retired\n"
    assert run(app, "list").output == "words\tVocabulary\t2\n"
    exported = run(app, "export", "words", "--format", "csv").stdout
    assert exported == "#separator:comma\n#html:false\n#columns:Front,Back\nشمس,sun\nقمر,moon\n"


BAD_FILES = {
    "broken.yaml": "title: [unclosed\n",
    "unknown-type.yaml": (
        "title: T\nlanguage: en\narticle: The sky is blue.\nquestions:\n"
        "  - id: a\n    type: essay\n    category: fact\n    prompt: P\n    answer: x\n"
        "    source: {quote: sky}\n"
    ),
    "not-a-choice.gift": "::colour:: Sky? {=blue ~red ~green}\n\n::pick:: Pick {~a ~b ~c}\n",
    "missing-field.yaml": (
        "title: T\nlanguage: en\narticle: The sky is blue.\nquestions:\n"
        "  - id: a\n    type: short\n    category: fact\n    answer: [blue]\n"
        "    source: {quote: sky}\n"
    ),
}


def test_bad_files_are_refused_whole_and_change_nothing(
    app: Flask, seed_set: str, tmp_path: Path
) -> None:
    before = snapshot(app)
    update = run(app, "export", seed_set, "--format", "yaml").stdout.replace(
        'answer: "المديرة المالية"', 'answer: "المديرة التقنية"'
    )
    (tmp_path / "update.yaml").write_text(update, encoding="utf-8")
    for name, text in BAD_FILES.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "latin1.csv").write_bytes("front,back\ncafé,coffee\n".encode("latin-1"))
    names = ["update.yaml", *BAD_FILES, "latin1.csv"]
    result = run(app, "import", *(tmp_path / n for n in names))
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    problems = result.stderr.replace(f"{tmp_path}/", "").splitlines()
    assert problems[0].startswith("Error: broken.yaml:2: is not valid YAML")
    assert problems[1].startswith("unknown-type.yaml:") and "question a, field type" in problems[1]
    assert problems[2] == (
        "not-a-choice.gift:3: question pick, field answer: marks no choice right "
        "(= or a positive %weight%)"
    )
    assert "missing-field.yaml:5: question a, field prompt: is required" in problems
    assert "latin1.csv:2: is not UTF-8 text (byte 0xe9); save it as UTF-8" in problems
    assert snapshot(app) == before


def test_export_refuses_binary_on_the_terminal_and_writes_apkg_to_a_file(
    app: Flask, seed_set: str, tmp_path: Path
) -> None:
    refused = run(app, "export", seed_set, "--format", "apkg")
    assert refused.exit_code != 0 and "write it with -o FILE" in refused.stderr
    assert refused.stdout == ""
    deck = tmp_path / "seed.apkg"
    written = run(app, "export", seed_set, "-o", deck)  # the format follows the extension
    assert written.exit_code == 0, written.output
    assert zipfile.is_zipfile(deck)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("export", "no-such-set", "--format", "csv"), "no question set has the slug"),
        (("export", SLUG), "give --format"),
        (("import", "--format", "apkg", "x.apkg"), "Invalid value for '--format'"),
    ],
)
def test_mistakes_get_one_line_and_a_failing_status(
    app: Flask, args: tuple[str, ...], message: str
) -> None:
    result = run(app, *args)
    assert result.exit_code != 0 and message in result.stderr
    assert "Traceback" not in result.output


def test_import_leaves_a_teachers_set_of_the_same_slug_alone_unless_told(
    app: Flask, make_user
) -> None:
    teacher = make_user("teacher", email="owner@example.org")
    with app.app_context():
        db.session.add(
            QuestionSet(slug=SLUG, title="Mine", article="My own text.", owner_id=teacher.id)
        )
        db.session.commit()
    before = snapshot(app)
    result = run(app, "import", SEED)
    assert result.exit_code != 0
    assert f"{SLUG}: a set of this slug belongs to the teacher owner@example.org" in result.stderr
    assert "--into-teacher-set" in result.stderr and "Traceback" not in result.output
    assert snapshot(app) == before
    with app.app_context():
        assert db.session.scalar(select(QuestionSet.title)) == "Mine"
    forced = run(app, "import", SEED, "--into-teacher-set")
    assert forced.exit_code == 0, forced.output
    with app.app_context():
        qset = db.session.scalar(select(QuestionSet))
        assert (qset.title != "Mine", qset.owner_id) == (True, teacher.id)


def test_a_moodle_xml_round_trip_keeps_progress_and_names_what_it_skips(
    app: Flask, seed_set: str, tmp_path: Path
) -> None:
    before = snapshot(app)
    exported = run(app, "export", seed_set, "-o", tmp_path / "seed.xml")
    assert exported.exit_code == 0, exported.output
    text = (tmp_path / "seed.xml").read_text(encoding="utf-8")
    essay = '<question type="essay"><name><text>Essay</text></name></question>\n</quiz>'
    (tmp_path / "with-essay.xml").write_text(text.replace("</quiz>", essay), encoding="utf-8")
    # The command line cannot ask before importing: a question it would skip refuses the file,
    # named with its line (the import page lists it and imports the rest once confirmed).
    refused = run(app, "import", tmp_path / "with-essay.xml")
    assert refused.exit_code != 0 and "question Essay, field type: essay" in refused.output
    assert snapshot(app) == before
    result = run(app, "import", tmp_path / "seed.xml")
    assert result.exit_code == 0, result.output
    # Changed: each source is now the question's element in the file; no answer changed.
    assert f"{seed_set}: updated, 0 added, 40 changed, 0 reset, 0 retired" in result.stdout
    after = snapshot(app)
    assert [(k, i, v) for k, i, _, v in after[2]] == [(k, i, v) for k, i, _, v in before[2]]
