"""Shapes blind reviewers rejected on set s (the hundred-and-sixty-fourth review, twenty-seventh
session), read after it was judged: each text here is written for the test."""

from studyapp.domain.generation import propose
from studyapp.domain.generation.keys import date_forms, organisation_forms

MATCH_EN = (
    "Cox happy with three points\n\n"
    "Manager Paul Cox said the side had beaten Lincoln City 2-1 on Tuesday night.\n\n"
    "It rounded off a perfect week for the team, who also defeated play-off rivals Luton Town on "
    "Saturday.\n\n"
    "David Walsh, from The Fairways, Woodbrook Glen, Bray, appeared in court on Saturday.\n"
)


def test_a_club_is_its_town_and_never_the_word_after_it():
    assert organisation_forms("Lincoln City") == ["Lincoln"]
    assert organisation_forms("Manchester City") == []  # two clubs share the town
    accepted = {q.accepted_answers[0]: q.accepted_answers for q in propose(MATCH_EN).questions}
    for key in ("Luton Town", "Woodbrook Glen"):
        if key in accepted:
            assert not {"Town", "Glen"} & set(accepted[key]), accepted[key]
    assert "Luton Town" in accepted, list(accepted)


def test_a_date_and_a_time_take_the_forms_students_write():
    assert "August 8" in date_forms("8 August")
    assert "2:15" in date_forms("02:15")
