"""What a question file carries beyond the question, `confidence` and `extra`, survives the
database: a set imported and exported again gives them back."""

from __future__ import annotations

from studyapp.domain.formats import gift, parse_set, yaml_format
from studyapp.extensions import db
from studyapp.services import question_set_files, question_sets

YAML = """\
title: Forces
language: en
article: The newton is the unit of force.
questions:
  - id: unit
    type: short
    category: fact
    prompt: What is the unit of force?
    answer: newton
    confidence: 0.87
    extra: {moodle_id: 2301}
    source: {quote: The newton is the unit of force.}
"""
GIFT = "::force:: Unit of force? {=Newton ~%50%Kilogram-force ~Joule ~Watt}\n"


def test_confidence_and_extra_come_back_from_the_database(app) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(parse_set("forces.yaml", YAML.encode()))
        db.session.commit()
        exported = yaml_format.export(question_set_files.set_file("forces"))
    (unit,) = parse_set("again.yaml", exported.encode()).questions
    assert (unit.confidence, unit.extra) == (0.87, {"moodle_id": 2301})


def test_partial_credit_from_moodle_goes_back_to_moodle(app) -> None:  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(parse_set("force.gift", GIFT.encode()))
        db.session.commit()
        exported = gift.export(question_set_files.set_file("force"))
    assert "~%50%Kilogram-force" in exported
