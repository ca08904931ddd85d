"""Anki's own importers (the `anki` library from PyPI) read our CSV and .apkg as we mean them."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from studyapp.domain.formats import apkg, csv_format
from studyapp.domain.formats.cards import back_text
from studyapp.domain.question_files import QuestionSet, load_file

anki_collection = pytest.importorskip("anki.collection")
anki_import = pytest.importorskip("anki.import_export_pb2")

SEED = Path(__file__).parents[3] / "questions" / "openai-data-centers.yaml"


@pytest.fixture(scope="module")
def seed() -> QuestionSet:
    return load_file(SEED)


@pytest.fixture
def collection(tmp_path: Path):  # type: ignore[no-untyped-def]
    opened = anki_collection.Collection(str(tmp_path / "collection.anki2"))
    yield opened
    opened.close()


def test_anki_imports_every_csv_row_as_front_and_back(seed, collection, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "seed.csv"
    path.write_text(csv_format.export(seed), encoding="utf-8")
    metadata = collection.get_csv_metadata(path=str(path), delimiter=None)
    collection.import_csv(anki_import.ImportCsvRequest(path=str(path), metadata=metadata))
    notes = [collection.get_note(n) for n in collection.find_notes("")]
    got = sorted((note["Front"], note["Back"]) for note in notes)
    expected = sorted(
        (_as_anki_shows(q.prompt), _as_anki_shows(back_text(q, seed.language)))
        for q in seed.questions
    )
    assert len(got) == len(seed.questions) == 40
    assert got == expected


def test_a_question_that_stops_being_a_cloze_reaches_anki_as_a_new_note(  # type: ignore[no-untyped-def]
    seed, collection, tmp_path
) -> None:
    index, cloze = next((i, q) for i, q in enumerate(seed.questions) if q.type == "cloze")
    short = dataclasses.replace(cloze, type="short", prompt=cloze.prompt.replace("____", "ماذا"))
    changed = dataclasses.replace(seed, questions=list(seed.questions))
    changed.questions[index] = short
    import_package(collection, tmp_path / "before.apkg", seed, now=1_700_000_000)
    log = import_package(collection, tmp_path / "after.apkg", changed, now=1_800_000_000)
    assert len(log.conflicting) == 0 and len(log.new) == 1
    prompts = [collection.get_note(n)["Prompt"] for n in collection.find_notes("note:*question*")]
    assert apkg._html(short.prompt) in prompts


def import_package(collection, path: Path, qset: QuestionSet, *, now: float):  # type: ignore[no-untyped-def]
    path.write_bytes(apkg.export(qset, now=now))
    request = anki_collection.ImportAnkiPackageRequest(
        package_path=str(path), options=anki_collection.ImportAnkiPackageOptions()
    )
    return collection.import_anki_package(request).log


def _as_anki_shows(text: str) -> str:
    """Plain text as Anki stores it with #html:false: escaped, line breaks as <br>."""
    return apkg._html(text)
