"""A name coordinated with a known person is a person too, so its gap accepts the surname;
places, clubs and companies beside a person stay what they are."""

from __future__ import annotations

from studyapp.domain.generation import document, mentions, propose


def _people(text: str, language: str) -> list[str]:
    doc = document.parse(text, language, None)
    mentions.spot(doc)
    return list(doc.people)


EN = (
    "Coach Helena Varga said the defeat hurt. She added that injuries to Tomasz Ardeleanu and "
    "Helena Varga's assistant Pavel Drozd changed everything.\n\n"
    "Coach Helena Varga said the club had missed Oriol Quintero and Pavel Drozd for a month. "
    "Varga praised the young players, who trained hard all week in the rain."
)


def test_a_name_beside_a_known_person_is_a_person_en() -> None:
    people = _people(EN, "en")
    assert "Oriol Quintero" in people


def test_a_list_with_a_known_person_names_people_en() -> None:
    text = (
        "Minister Karim Osei said the team of Ludovica Brandt, Teodor Mavrin and Karim Osei "
        "met on Monday."
    )
    people = _people(text, "en")
    assert {"Ludovica Brandt", "Teodor Mavrin"} <= set(people)


def test_places_clubs_and_companies_beside_a_person_stay_apart_en() -> None:
    text = (
        "Coach Helena Varga said the talks went well. Helena Varga and Real Madrid agreed terms. "
        "Minister Karim Osei said the plan was ready. Karim Osei, New York and Los Angeles "
        "signed it. Analyst Ruth Kamau said shares rose. Samsung, SK Hynix and Ruth Kamau were "
        "cited, as were Ruth Kamau and Fire Rescue, which sent fire teams."
    )
    people = _people(text, "en")
    for thing in ("Real Madrid", "New York", "Los Angeles", "SK Hynix", "Fire Rescue"):
        assert thing not in people


def test_the_gap_of_a_coordinated_name_accepts_the_surname_en() -> None:
    questions = propose(EN, language="en").questions
    keyed = [q for q in questions if q.type == "cloze" and "Oriol Quintero" in q.answer]
    assert keyed, "no gap for the coordinated name"
    assert all("Quintero" in q.answer for q in keyed)


def test_a_name_beside_a_known_person_is_a_person_ar() -> None:
    text = "قال المدرب محمد القحطاني إن الفريق تأثر بغياب محمد القحطاني وكوستا باريرا عن المباراة."
    people = _people(text, "ar")
    assert "كوستا باريرا" in people
