"""Anki decks: imported into a real Anki collection, again and again, without copies."""

from __future__ import annotations

import dataclasses
import zipfile
from pathlib import Path

import pytest

from studyapp.domain.formats import apkg
from studyapp.domain.question_files import QuestionSet, load_file

anki_collection = pytest.importorskip("anki.collection")

SEED = Path(__file__).parents[3] / "questions" / "openai-data-centers.yaml"


@pytest.fixture(scope="module")
def seed() -> QuestionSet:
    return load_file(SEED)


def import_into(collection, path: Path):  # type: ignore[no-untyped-def]
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(path), options=anki_collection.ImportAnkiPackageOptions()
    )
    return collection.import_anki_package(request).log


def test_importing_twice_and_a_newer_export_keeps_one_note_per_question(
    seed: QuestionSet, tmp_path: Path
) -> None:
    deck = tmp_path / "seed.apkg"
    deck.write_bytes(apkg.export(seed, now=1_700_000_000))
    collection = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    try:
        import_into(collection, deck)
        assert collection.note_count() == len(seed.questions)
        import_into(collection, deck)
        assert collection.note_count() == len(seed.questions)

        edited = dataclasses.replace(seed, questions=list(seed.questions))
        edited.questions[0] = dataclasses.replace(seed.questions[0], prompt="ما منصب فريار؟")
        deck.write_bytes(apkg.export(edited, now=1_800_000_000))
        log = import_into(collection, deck)
        assert collection.note_count() == len(seed.questions)
        assert len(log.new) == 0 and len(log.updated) == len(seed.questions)

        prompts = {collection.get_note(n).fields[0] for n in collection.find_notes("")}
        assert "ما منصب فريار؟" in prompts
        assert seed.questions[1].prompt in prompts  # Arabic text arrives as written
        clozes = collection.find_notes('"note:studyapp cloze (rtl)"')
        assert len(clozes) == sum(q.type == "cloze" for q in seed.questions)
        assert "{{c1::جولدمان ساكس}}" in collection.get_note(clozes[0]).fields[0]
        names = [d.name for d in collection.decks.all_names_and_ids()]
        assert seed.title in names
    finally:
        collection.close()


def test_templates_show_arabic_right_to_left(seed: QuestionSet) -> None:
    for model in (apkg.basic_model("ar"), apkg.cloze_model("ar")):
        template = model.templates[0]
        assert 'dir="auto"' in template["qfmt"] and 'dir="auto"' in template["afmt"]
        assert "direction: rtl" in model.css and "text-align: right" in model.css
    assert "direction: ltr" in apkg.basic_model("en").css


def test_ids_are_derived_not_random(seed: QuestionSet) -> None:
    assert apkg.basic_model("ar").model_id == apkg.basic_model("ar").model_id
    assert apkg.basic_model("ar").model_id != apkg.cloze_model("ar").model_id
    assert apkg.deck(seed).deck_id == apkg.stable_id("deck", seed.slug)
    assert 1 << 30 <= apkg.deck(seed).deck_id < 1 << 31
    guids = [apkg.note(seed, q).guid for q in seed.questions]
    assert guids == [apkg.note(seed, q).guid for q in seed.questions]
    assert len(set(guids)) == len(guids)


def test_back_holds_answer_explanation_and_source(seed: QuestionSet) -> None:
    question = next(q for q in seed.questions if q.id == "friar-role")
    prompt, choices, answer, explanation, source = apkg.note(seed, question).fields
    assert prompt == question.prompt and answer == "المديرة المالية"
    assert choices.count("<li") == 4
    assert explanation == question.explanation and source == question.source.text


def test_the_package_is_a_zip_anki_recognises(seed: QuestionSet, tmp_path: Path) -> None:
    path = tmp_path / "deck.apkg"
    path.write_bytes(apkg.export(seed, now=1_700_000_000))
    with zipfile.ZipFile(path) as archive:
        assert sorted(archive.namelist()) == ["collection.anki2", "media"]
