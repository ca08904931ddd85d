"""The model back end without a network: its reply read tolerantly, each question held to the
article (grounding), and what fails counted by reason."""

from __future__ import annotations

import json

import pytest

from studyapp.domain.generation.backends import Model, ModelFailure, generate, pieces
from studyapp.domain.generation.backends.grounding import Article, ground
from studyapp.domain.generation.backends.replies import BadReply, parse, proposal
from studyapp.domain.questions import validate
from tests.model import replies as recorded
from tests.model.replies import ARTICLE


def answering(*contents: str) -> Model:
    queue = list(contents)
    return Model(ask=lambda messages: queue.pop(0) if len(queue) > 1 else queue[0])


def test_grounded_questions_take_their_offsets_from_the_article():
    result = generate(ARTICLE, backend="llm", model=answering(recorded.GOOD))
    assert result.report["kept"] == 4 and result.report["fallback"] is None
    for question in result.questions:
        assert question.extra["generator"] == "model"
        assert validate(question, ARTICLE) == []
        assert ARTICLE[question.source.start : question.source.end] == question.source.text
    gap = next(q for q in result.questions if q.type == "cloze")
    # Quoted as "40 milion": the sentence as the article writes it is the source.
    assert gap.source.text == "The plan will cost 40 million dollars over five years."


def test_each_failed_check_is_counted_by_its_reason():
    result = generate(ARTICLE, backend="llm", model=answering(recorded.MIXED_BAG))
    assert result.report["proposed"] == 10
    assert result.report["kept"] == 4
    assert result.report["dropped"] == {
        "malformed": 2,
        "no_source": 2,
        "key_not_in_source": 1,
        "speaker_not_named": 1,
    }
    prompts = {q.prompt for q in result.questions}
    assert "How many new teachers will be hired?" not in prompts


@pytest.mark.parametrize(
    "quote",
    [
        "The plan will cost 40 million dollars over five years.",
        "the plan will cost 40 million dollars over five years",  # case and punctuation
        "«The plan will cost 40 million dollars over five years.»",
        "The plan will cost 40 milion dollars over five years.",  # a slip of a letter
        "cost 40 million dollars over five years",  # a clause of the sentence
    ],
)
def test_a_quote_is_found_after_normalisation_and_small_slips(quote):
    span = Article(ARTICLE).locate(quote)
    assert span is not None
    assert span.text == "The plan will cost 40 million dollars over five years."


@pytest.mark.parametrize(
    "quote",
    [
        "The plan will cost 90 million dollars over nine years.",  # a paraphrase, not a slip
        "The council will also hire 200 new teachers next year.",
        "five",  # too short to stand for a sentence unless it is found as written
    ],
)
def test_a_quote_that_is_not_in_the_article_is_not_found(quote):
    assert Article(ARTICLE + " ").locate(quote) is None or quote == "five"


def test_a_short_word_found_as_written_points_at_its_sentence():
    span = Article(ARTICLE).locate("five")
    assert span is not None and "five years" in span.text


def test_an_arabic_quote_is_found_without_its_diacritics():
    article = "أعلن المجلس خطةً جديدةً للمياه. وستكلف الخطة أربعين مليون دولار."
    span = Article(article).locate("أعلن المجلس خطة جديدة للمياه")
    assert span is not None and span.text == "أعلن المجلس خطةً جديدةً للمياه."


def test_who_said_needs_the_speaker_named_in_or_before_the_source():
    article = Article(ARTICLE)
    named = proposal(dict(recorded.SPEAKER_NOT_NAMED, answer="Maria Okafor"))
    unnamed = proposal(recorded.SPEAKER_NOT_NAMED)
    # Okafor is named two sentences before the critics' sentence: named before the source.
    assert not isinstance(ground(named, article, "q1"), str)
    assert ground(unnamed, article, "q2") == "speaker_not_named"


def test_a_gap_whose_key_the_source_does_not_hold_is_dropped():
    assert ground(proposal(recorded.KEY_NOT_IN_SOURCE), Article(ARTICLE), "q") == (
        "key_not_in_source"
    )


def test_a_question_that_fails_validate_is_dropped():
    steps = recorded.GROUNDED[3]
    bad = dict(steps, choices=list(steps["answer"]))  # the steps shown already in order
    assert ground(proposal(bad), Article(ARTICLE), "q") == "invalid"


@pytest.mark.parametrize(
    "reply",
    [
        recorded.GOOD,
        recorded.FENCED,
        json.dumps(recorded.GROUNDED),  # a bare list
        json.dumps({"items": recorded.GROUNDED}),  # another name for the list
    ],
)
def test_the_reply_is_read_tolerantly(reply):
    assert len(parse(reply)) == 4


def test_a_reply_without_json_is_refused():
    with pytest.raises(BadReply):
        parse(recorded.MALFORMED)


def test_usual_other_names_and_shapes_are_understood():
    item = {
        "question_type": "multiple_choice",
        "question": "Who heads the water board?",
        "options": ["Maria Okafor", "The mayor", "A critic"],
        "correct_answer": "A",
        "quote": "Maria Okafor, the head of the water board",
        "category": "role",
    }
    found = proposal(item)
    assert found is not None
    assert (found.type, found.answer, found.category) == ("mcq", "Maria Okafor", "role")


@pytest.mark.parametrize(
    ("reply", "fallback"),
    [
        (recorded.MALFORMED, "bad_json"),
        (recorded.PROSE_REFUSAL, "refusal"),
        (recorded.ONLY_INVENTED, "nothing_grounded"),
    ],
)
def test_a_useless_reply_falls_back_to_the_rules(reply, fallback):
    result = generate(ARTICLE, backend="llm", model=answering(reply))
    assert result.report["fallback"] == fallback
    assert result.questions  # the rules' questions
    assert all(q.extra.get("generator") != "model" for q in result.questions)


def test_a_failing_call_falls_back_to_the_rules():
    def ask(messages):
        raise ModelFailure("timeout", "after 1 s")

    result = generate(ARTICLE, backend="llm", model=Model(ask=ask))
    assert result.report["fallback"] == "timeout" and result.questions


def test_mixed_ranks_the_models_questions_with_the_rules_and_drops_repeats():
    result = generate(ARTICLE, backend="mixed", model=answering(recorded.GOOD))
    kinds = {q.extra.get("generator", "rules") for q in result.questions}
    assert kinds == {"model", "rules"}
    model_kept = sum(q.extra.get("generator") == "model" for q in result.questions)
    assert model_kept == result.report["kept"]
    assert result.report["kept"] + result.report["dropped"].get("duplicate", 0) == 4


def test_a_long_article_is_sent_in_pieces_cut_at_sentence_ends():
    article = " ".join(f"Sentence number {n} says something new." for n in range(40))
    cut = pieces(article, 200)
    assert len(cut) > 5
    assert all(len(piece) <= 200 for _, piece in cut)
    assert all(article[start : start + len(piece)] == piece for start, piece in cut)
    assert all(piece.endswith(".") for _, piece in cut)


def test_a_quote_that_dropped_a_hyphen_is_found():
    article = "The Covid-19 vaccine reached 200 clinics in the north. Nurses were trained."
    span = Article(article).locate("the covid19 vaccine reached 200 clinics in the north")
    assert span is not None and span.text.startswith("The Covid-19 vaccine")
