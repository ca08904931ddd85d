"""What a valid question is: the single check the loader, generator and editor share."""

from __future__ import annotations

from studyapp.domain.questions import Question, Source, distinct_answers, validate

ARTICLE = "قالت سارة فريار إن البناء مقيد بالرقائق والطاقة والعمالة."


def question(**fields) -> Question:  # type: ignore[no-untyped-def]
    values = {
        "id": "q1",
        "type": "mcq",
        "prompt": "من قال ذلك؟",
        "choices": ["سارة فريار", "أوراكل", "جولدمان ساكس"],
        "answer": "سارة فريار",
        "source": Source(0, 15, ARTICLE[:15]),
    }
    values.update(fields)
    return Question(**values)


def fields_of(q: Question) -> set[str]:
    return {field for field, _ in validate(q, ARTICLE)}


def test_a_well_formed_question_has_no_problems():
    assert validate(question(), ARTICLE) == []


def test_wrong_types_are_reported_on_their_field_not_raised():
    assert fields_of(question(prompt=None)) == {"prompt"}
    assert fields_of(question(source=Source("0", 15, ARTICLE[:15]))) == {"source"}
    assert fields_of(question(type="order", answer=[1, "a", None])) == {"answer"}
    assert fields_of(question(type="multi", answer=[None])) == {"answer"}


def test_source_must_match_the_article_at_its_offsets():
    assert fields_of(question(source=Source(0, 15, "شيء آخر"))) == {"source"}
    assert fields_of(question(source=Source(0, 9999, ARTICLE))) == {"source"}


def test_an_order_question_shown_in_order_is_refused():
    steps = ["أولاً", "ثانياً", "ثالثاً"]
    assert fields_of(question(type="order", choices=steps, answer=steps)) == {"choices"}


def test_a_cloze_needs_one_gap_and_must_not_give_its_answer_away():
    ok = question(type="cloze", choices=None, prompt="قالت ____ إن البناء مقيد.", answer=["فريار"])
    assert validate(ok, ARTICLE) == []
    assert fields_of(question(type="cloze", choices=None, prompt="لا فجوة", answer=["فريار"])) == {
        "prompt"
    }
    given_away = question(
        type="cloze", choices=None, prompt="قالت ____ فريار إن البناء مقيد.", answer=["فريار"]
    )
    assert fields_of(given_away) == {"prompt"}


def test_choices_on_a_type_without_choices_are_refused():
    assert fields_of(question(type="truefalse", answer=True)) == {"choices"}


def test_to_dict_gives_a_typed_answer_as_canonical_plus_accept():
    """The generator's JSON shape: what a teacher copies into a question file."""
    short = question(type="short", choices=None, answer=["سارة فريار", "فريار", "Sarah Friar"])
    written = short.to_dict()
    assert (written["answer"], written["accept"]) == ("سارة فريار", ["فريار", "Sarah Friar"])
    alone = question(type="short", choices=None, answer=["سارة فريار"]).to_dict()
    assert alone["answer"] == "سارة فريار" and "accept" not in alone
    assert question(type="multi", answer=["أوراكل"]).to_dict()["answer"] == ["أوراكل"]


def test_distinct_answers_keeps_the_first_of_answers_graded_alike():
    assert distinct_answers(["سارة فريار", "ساره فريار", "Friar", "the friar", "FRIAR"]) == [
        "سارة فريار",
        "Friar",
    ]
