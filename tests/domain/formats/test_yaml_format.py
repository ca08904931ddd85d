"""YAML: a set leaves the database as a questions/ file and comes back unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest

from studyapp.domain.formats import yaml_format
from studyapp.domain.question_files import QuestionFileError, load_file

SEED = Path(__file__).parents[3] / "questions" / "openai-data-centers.yaml"


def test_export_import_export_is_byte_identical_and_the_set_equal() -> None:
    seed = load_file(SEED)
    text = yaml_format.export(seed)
    back = yaml_format.parse(text, "exported.yaml", None, None)
    assert back == seed
    assert yaml_format.export(back) == text
    assert "article_file" not in text  # a standalone file: the article travels inline
    venue = next(q for q in back.questions if q.id == "cloze-venue")
    assert venue.answer == ["جولدمان ساكس", "غولدمان ساكس", "Goldman Sachs"]
    assert "    accept:\n      - غولدمان ساكس\n      - Goldman Sachs\n" in text


def test_the_seed_file_reads_the_same_as_its_export() -> None:
    """The seed file has comments and an article_file, so its bytes differ; its content not."""
    seed = load_file(SEED)
    exported = yaml_format.parse(yaml_format.export(seed), "x.yaml", None, None)
    assert exported.questions == seed.questions
    assert exported.article == SEED.with_name(seed.article_file or "").read_text("utf-8")


def test_slug_given_on_import_replaces_the_files_and_must_be_a_slug() -> None:
    text = yaml_format.export(load_file(SEED))
    assert yaml_format.parse(text, "x.yaml", "copy", None).slug == "copy"
    with pytest.raises(QuestionFileError, match="field slug"):
        yaml_format.parse(text, "x.yaml", "Not A Slug", None)
