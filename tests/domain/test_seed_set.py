"""The hand-written seed set: the first questions every student sees."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from studyapp.domain.question_files import QuestionSet, dump, load_file, load_text
from studyapp.domain.questions import CATEGORIES, QUESTION_TYPES, Question
from studyapp.domain.text import detect_language, normalize

SEED = Path(__file__).parents[2] / "questions" / "openai-data-centers.yaml"
FRIAR = "سارة فريار"
# Friar's statements in the article, each by a phrase only it contains.
FRIAR_STATEMENTS = (
    "يتعلمون في الدايم لدينا",
    "بينما نساعد شركائنا",
    "ما أريد أن أتأكد منه",
    "نفعل المزيد من 1p",
)


@pytest.fixture(scope="module")
def seed() -> QuestionSet:
    return load_file(SEED)


def sourced_on(qset: QuestionSet, phrase: str) -> list[Question]:
    """Questions whose source passage contains the article's `phrase`."""
    start = qset.article.index(phrase)
    end = start + len(phrase)
    return [q for q in qset.questions if q.source.start <= start and end <= q.source.end]


def on_statement(qset: QuestionSet, phrase: str) -> list[Question]:
    """Questions whose source overlaps the “quoted statement” that contains `phrase`."""
    inside = qset.article.index(phrase)
    start = qset.article.rindex("“", 0, inside)
    end = qset.article.index("”", inside) + 1
    return [q for q in qset.questions if q.source.start < end and start < q.source.end]


def test_seed_set_loads_as_an_arabic_set_with_every_question_type(seed: QuestionSet) -> None:
    assert (seed.slug, seed.language) == ("openai-data-centers", "ar")
    assert seed.article_file == "openai-data-centers.article.txt"
    assert len(seed.questions) >= 28
    counts = Counter(q.type for q in seed.questions)
    # Numerical and matching questions come from imported banks and the teacher's form.
    assert set(counts) == set(QUESTION_TYPES) - {"numerical", "matching"}
    assert min(counts.values()) >= 2, counts


def test_ids_are_stable_looking_slugs_and_categories_are_known(seed: QuestionSet) -> None:
    assert all(re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", q.id) for q in seed.questions)
    assert {q.category for q in seed.questions} <= set(CATEGORIES)


def test_every_question_is_written_in_arabic_with_an_explanation(seed: QuestionSet) -> None:
    for question in seed.questions:
        assert detect_language(question.prompt) == "ar", question.id
        assert question.explanation and detect_language(question.explanation) == "ar", question.id


def test_no_question_tests_the_newsletter_boilerplate(seed: QuestionSet) -> None:
    boilerplate = seed.article.index("اشترك")
    for question in seed.questions:
        assert question.source.end <= boilerplate, question.id


def test_every_mcq_offers_at_least_three_distinct_choices(seed: QuestionSet) -> None:
    for question in seed.questions:
        if question.type == "mcq":
            choices = question.choices or []
            assert len({normalize(c) for c in choices}) == len(choices) >= 3, question.id


def test_cloze_and_short_answers_are_not_given_away_by_the_prompt(seed: QuestionSet) -> None:
    for question in seed.questions:
        if question.type in ("cloze", "short"):
            prompt = f" {normalize(question.prompt)} "
            for accepted in question.accepted_answers:
                assert f" {normalize(accepted)} " not in prompt, (question.id, accepted)


def test_each_friar_statement_is_asked_who_said_it_and_what_she_said(seed: QuestionSet) -> None:
    for phrase in FRIAR_STATEMENTS:
        questions = on_statement(seed, phrase)
        who = [q for q in questions if q.type == "mcq" and q.category == "attribution"]
        assert who and all(q.answer == FRIAR for q in who), phrase
        assert all({"جولدمان ساكس", FRIAR} & set(q.choices or []) for q in who)
        what = [q for q in questions if q.category != "attribution"]
        assert what, phrase


def test_friar_role_venue_city_and_day_are_asked(seed: QuestionSet) -> None:
    answers = {normalize(a) for q in seed.questions for a in _answer_texts(q)}
    for expected in ("المديرة المالية", "جولدمان ساكس", "سان فرانسيسكو", "الثلاثاء"):
        assert normalize(expected) in answers or any(normalize(expected) in a for a in answers), (
            expected
        )


def test_the_three_steps_are_an_order_question_in_the_article_order(seed: QuestionSet) -> None:
    steps = [q for q in seed.questions if q.type == "order" and "1P" in " ".join(q.choices or [])]
    assert len(steps) == 1
    question = steps[0]
    assert question.choices != question.answer
    # (phrase in the answer step, phrase in the article) for buy, partner, build
    markers = [("خارج الرف", "خارج الرف"), ("الشركاء", "مع الشركاء عن كثب"), ("1P", "1p")]
    assert isinstance(question.answer, list) and len(question.answer) == 3
    offsets = []
    for step, (in_step, in_article) in zip(question.answer, markers, strict=True):
        assert in_step in step
        offset = seed.article.index(in_article)
        assert question.source.start <= offset < question.source.end
        offsets.append(offset)
    assert offsets == sorted(offsets)


def test_constraints_are_a_multi_question_of_chips_power_and_labour(seed: QuestionSet) -> None:
    [question] = [q for q in seed.questions if q.type == "multi" and q.category == "constraint"]
    answer = " ".join(question.answer if isinstance(question.answer, list) else [])
    for constraint in ("رقائق", "الطاقة", "العمالة"):
        assert constraint in answer
    wrong = [c for c in question.choices or [] if c not in question.answer]
    assert len(wrong) >= 3
    assert not any(choice in seed.article for choice in wrong)  # distractors are not named


def test_the_cloud_providers_are_a_multi_question(seed: QuestionSet) -> None:
    questions = [q for q in seed.questions if q.type == "multi" and "CoreWeave" in q.source.text]
    assert len(questions) == 1
    answer = " ".join(questions[0].answer if isinstance(questions[0].answer, list) else [])
    for provider in ("Microsoft", "Google", "Oracle", "CoreWeave"):
        assert provider in answer


@pytest.mark.parametrize(
    "phrase",
    [
        "Stargate",  # Stargate projects
        "“بناء الطرف الأول”",  # what first-party build means
        "منافسًا",  # the risk for cloud providers
        "على بعد سنوات عديدة",  # why the outcome is years away
        "تستغرق وقتًا طويلاً للبناء",
        "ChatGpt",  # why OpenAI needs so much compute
        "الملكية الفكرية",  # the intellectual-property concern
    ],
)
def test_each_topic_of_the_article_is_asked_about(seed: QuestionSet, phrase: str) -> None:
    assert sourced_on(seed, phrase)


def test_true_and_false_statements_are_both_present(seed: QuestionSet) -> None:
    answers = {q.answer for q in seed.questions if q.type == "truefalse"}
    assert answers == {True, False}


def test_seed_set_survives_a_dump_and_reload(seed: QuestionSet) -> None:
    text = dump(seed)
    assert "article_file: openai-data-centers.article.txt" in text
    assert load_text(text, name=str(SEED), base_dir=SEED.parent) == seed


def _answer_texts(question: Question) -> list[str]:
    if isinstance(question.answer, list):
        return question.answer
    return [question.answer] if isinstance(question.answer, str) else []
