"""Moodle XML: our export read back, and a bank shaped as Moodle writes it (from its docs)."""

# ruff: noqa: E501 (the sample bank keeps Moodle's long lines)

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from studyapp.domain.formats import EXPORTERS, gift_read, moodle_xml, moodle_xml_read, parse_set
from studyapp.domain.question_files import QuestionFileError, QuestionSet, load_file
from studyapp.domain.questions import Question, Source

SEED = Path(__file__).parents[3] / "questions" / "openai-data-centers.yaml"

NEW_TYPES = """// slug: capitals
$CATEGORY: $course$/top/Capitals

::legs:: How many legs has a spider? {#8}

::pi:: Pi to two places? {#3.14:0.005}

::year:: When did Apollo 11 land? {#=1969:0 =%50%1969:2}

::capitals:: Match each country with its capital. {
=Canada -> Ottawa
=Italy -> Rome
=Japan -> Tokyo
= -> Paris
}

::gap:: The capital of Egypt is {=Cairo =al-Qahira} on the Nile.
"""


def read(text: str, name: str = "bank.xml") -> QuestionSet:
    return moodle_xml_read.parse(text, name, None, None)


def comparable(question: Question) -> Question:
    answer = sorted(question.answer) if question.type == "multi" else question.answer  # type: ignore[type-var]
    return dataclasses.replace(
        question, answer=answer, source=Source(0, 0, ""), confidence=None, extra={}
    )


def test_the_seed_set_comes_back_from_its_own_export() -> None:
    seed = load_file(SEED)
    back = read(moodle_xml.export(seed))
    assert [comparable(q) for q in back.questions] == [comparable(q) for q in seed.questions]
    assert (back.slug, back.title, back.language, back.skipped) == (
        seed.slug,
        seed.title,
        "ar",
        [],
    )
    again = moodle_xml.export(back)
    assert again == moodle_xml.export(seed)


def test_numerical_and_matching_come_back_and_each_question_quotes_its_element() -> None:
    qset = gift_read.parse(NEW_TYPES, "capitals.gift", None, None)
    text = EXPORTERS["xml"](qset)
    back = parse_set("capitals.xml", text.encode())
    assert [comparable(q) for q in back.questions] == [comparable(q) for q in qset.questions]
    year = back.questions[2]
    assert year.answer == [
        {"value": 1969.0, "tolerance": 0.0, "weight": 100.0},
        {"value": 1969.0, "tolerance": 2.0, "weight": 50.0},
    ]
    assert back.questions[3].choices == ["Ottawa", "Rome", "Tokyo", "Paris"]
    for question in back.questions:
        assert question.source.text.startswith("<question type=")
        assert question.source.text.endswith("</question>")
        assert f"<text>{question.id}</text>" in question.source.text


MOODLE_BANK = """<?xml version="1.0" encoding="UTF-8"?>
<quiz>
<!-- question: 0  -->
  <question type="category">
    <category><text>$course$/top/Default for Physics 101/Forces</text></category>
    <info format="html"><text></text></info>
  </question>
  <question type="multichoice">
    <name><text>Unit of force</text></name>
    <questiontext format="html">
      <text><![CDATA[<p dir="ltr" style="text-align: left;">What is the SI unit of <b>force</b>?&nbsp;</p>]]></text>
    </questiontext>
    <generalfeedback format="html"><text><![CDATA[<p>Named after Isaac Newton.</p>]]></text></generalfeedback>
    <defaultgrade>1.0000000</defaultgrade>
    <single>true</single>
    <shuffleanswers>true</shuffleanswers>
    <answernumbering>abc</answernumbering>
    <answer fraction="100" format="html"><text><![CDATA[<p>Newton</p>]]></text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="50" format="html"><text><![CDATA[<p>Kilogram-force</p>]]></text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="0" format="html"><text><![CDATA[<p>Joule</p>]]></text><feedback format="html"><text></text></feedback></answer>
    <answer fraction="0" format="html"><text><![CDATA[<p>Watt</p>]]></text><feedback format="html"><text></text></feedback></answer>
  </question>
  <question type="essay">
    <name><text>Explain inertia</text></name>
    <questiontext format="html"><text><![CDATA[<p>Explain inertia.</p>]]></text></questiontext>
  </question>
  <question type="numerical">
    <name><text>g</text></name>
    <questiontext format="html"><text><![CDATA[<p>Acceleration of free fall, in m/s&sup2;?</p>]]></text></questiontext>
    <answer fraction="100"><text>9.81</text><feedback format="html"><text></text></feedback><tolerance>0.05</tolerance></answer>
    <answer fraction="0"><text>*</text><feedback format="html"><text>No.</text></feedback><tolerance>0</tolerance></answer>
    <units><unit><multiplier>1</multiplier><unit_name>m/s2</unit_name></unit></units>
  </question>
  <question type="matching">
    <name><text>Quantities</text></name>
    <questiontext format="html"><text><![CDATA[<p>Match each quantity with its unit.</p>]]></text></questiontext>
    <shuffleanswers>true</shuffleanswers>
    <subquestion format="html"><text><![CDATA[<p>Force</p>]]></text><answer><text>newton</text></answer></subquestion>
    <subquestion format="html"><text><![CDATA[<p>Energy</p>]]></text><answer><text>joule</text></answer></subquestion>
    <subquestion format="html"><text><![CDATA[<p>Power</p>]]></text><answer><text>watt</text></answer></subquestion>
    <subquestion format="html"><text></text><answer><text>pascal</text></answer></subquestion>
  </question>
  <question type="description">
    <name><text>Read this</text></name>
    <questiontext format="html"><text>Forces come in pairs.</text></questiontext>
  </question>
  <question type="truefalse">
    <name><text>Mass and weight</text></name>
    <questiontext format="html"><text>Mass and weight are the same thing.</text></questiontext>
    <answer fraction="0" format="moodle_auto_format"><text>true</text></answer>
    <answer fraction="100" format="moodle_auto_format"><text>false</text></answer>
  </question>
  <question type="shortanswer">
    <name><text>Third law</text></name>
    <questiontext format="html"><text><![CDATA[<p>Who wrote the laws of motion?</p>]]></text></questiontext>
    <usecase>0</usecase>
    <answer fraction="100" format="moodle_auto_format"><text>Newton</text></answer>
    <answer fraction="100" format="moodle_auto_format"><text>Isaac Newton</text></answer>
  </question>
  <question type="cloze">
    <name><text>Gravity gap</text></name>
    <questiontext format="html"><text><![CDATA[<p>Objects fall because of {1:SHORTANSWER:=gravity~=gravitation}.</p>]]></text></questiontext>
  </question>
  <question type="cloze">
    <name><text>Two gaps</text></name>
    <questiontext format="html"><text>{1:SA:=a} and {1:MC:=b~c}</text></questiontext>
  </question>
  <question type="multichoice">
    <name><text>Vectors</text></name>
    <questiontext format="html"><text>Which are vectors?</text></questiontext>
    <single>false</single>
    <answer fraction="50"><text>force</text></answer>
    <answer fraction="50"><text>velocity</text></answer>
    <answer fraction="-100"><text>mass</text></answer>
  </question>
</quiz>
"""


def test_a_bank_as_moodle_writes_it_imports_with_the_rest_listed_as_skipped() -> None:
    qset = read(MOODLE_BANK, name="physics.xml")
    assert qset.title == "Forces"
    kinds = [(q.id, q.type) for q in qset.questions]
    assert kinds == [
        ("Unit of force", "mcq"),
        ("g", "numerical"),
        ("Quantities", "matching"),
        ("Mass and weight", "truefalse"),
        ("Third law", "short"),
        ("Gravity gap", "cloze"),
        ("Vectors", "multi"),
    ]
    force, g, quantities, mass, law, gap, vectors = qset.questions
    assert force.prompt == "What is the SI unit of force?"
    assert (force.answer, force.choices) == (
        "Newton",
        ["Newton", "Kilogram-force", "Joule", "Watt"],
    )
    assert force.explanation == "Named after Isaac Newton."
    assert g.prompt == "Acceleration of free fall, in m/s²?"
    assert g.answer == [{"value": 9.81, "tolerance": 0.05, "weight": 100.0}]
    assert quantities.answer == [["Force", "newton"], ["Energy", "joule"], ["Power", "watt"]]
    assert quantities.choices == ["newton", "joule", "watt", "pascal"]
    assert mass.answer is False
    assert law.answer == ["Newton", "Isaac Newton"]
    assert (gap.prompt, gap.answer) == ("Objects fall because of ____.", ["gravity", "gravitation"])
    assert vectors.answer == ["force", "velocity"]
    skipped = [(p.line, p.question_id, p.message) for p in qset.skipped]
    assert [(line, qid) for line, qid, _ in skipped] == [
        (23, "Explain inertia"),
        (43, "Read this"),
        (64, "Two gaps"),
    ]
    assert "essay" in skipped[0][2] and "description" in skipped[1][2]
    assert "2 gaps" in skipped[2][2]


def test_a_file_moodle_could_not_read_is_refused_with_its_line() -> None:
    with pytest.raises(QuestionFileError, match=r"^bad.xml:3: is not well-formed XML"):
        read('<?xml version="1.0"?>\n<quiz>\n<question type="truefalse"></quiz>\n', "bad.xml")
    with pytest.raises(QuestionFileError, match="root element is <html>"):
        read("<html></html>", "page.xml")
    bomb = '<?xml version="1.0"?>\n<!DOCTYPE quiz [<!ENTITY a "aaaa">]>\n<quiz>&a;</quiz>'
    with pytest.raises(QuestionFileError, match="DOCTYPE"):
        read(bomb, "bomb.xml")


def test_a_file_of_nothing_importable_names_every_question_and_why() -> None:
    text = (
        "<quiz>\n"
        '<question type="essay"><name><text>E</text></name></question>\n'
        '<question type="calculated"><name><text>C</text></name></question>\n'
        "</quiz>"
    )
    with pytest.raises(QuestionFileError) as caught:
        read(text, "essays.xml")
    lines = str(caught.value).splitlines()
    assert lines[0].startswith("essays.xml:2: question E, field type: essay")
    assert lines[1] == (
        "essays.xml:3: question C, field type: calculated questions are not supported"
    )
