"""Acceptance: the seed article (a noisy machine translation of a news story)."""

from pathlib import Path

import pytest

from studyapp.domain.generation import generate
from studyapp.domain.generation.drafts import gives_away
from studyapp.domain.questions import validate
from studyapp.domain.text import normalize

SEED = Path(__file__).parents[3] / ".." / "shared" / "seed" / "article-ar.txt"


@pytest.fixture(scope="module")
def article() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article absent: {SEED.resolve()}")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def questions(article):
    return generate(article).questions


def test_language_and_every_question_valid(article, questions):
    assert generate(article).language == "ar"
    # Nearly a full first ten, though no phrase gap fills it (dated news) and no question is
    # offered whose answer another's prompt prints.
    assert len(questions) >= 9
    keyed = [q for q in questions[:10] if q.type in ("cloze", "short") and q.category != "role"]
    for question in keyed:
        key = question.answer[0]
        ten = [q.prompt for q in questions[:10] if q is not question]
        printing = [prompt for prompt in ten if gives_away(prompt, key)]
        assert not printing, (key, printing)
    for question in questions:
        assert validate(question, article) == [], question


def _asked(q) -> str:
    """What a question puts before the student: its prompt, and an order question's steps."""
    return q.prompt + (" " + " ".join(q.answer) if q.type == "order" else "")


def test_friar_is_the_only_speaker_so_her_words_are_asked_with_her_name(article, questions):
    # One speaker: "who said" would ask the one name the article prints throughout (blind
    # reviewers rejected it as a duplicate), so it is not asked at all; her statements are asked
    # as what she said, none of her true statements ever offered as a wrong choice.
    assert not [q for q in questions if q.prompt.startswith("من قال")]
    said = [q for q in questions if q.category == "attribution" and "سارة فريار" in q.prompt]
    assert said
    # "بينما نساعد شركائنا …" is not among them: its one gap, "مراكز البيانات", stands beside
    # "مركز بيانات" and gives itself away. Nor is the four words of "يتعلمون في الدايم لدينا",
    # which only a "who said" asked.
    quoted = ["ما أريد أن أتأكد منه", "ثم أعتقد أنك سترى"]
    # A statement that is a step of the order question is asked there, and only there.
    steps = [q for q in questions if q.type == "order"]
    for statement in quoted:
        words = normalize(statement).split()
        assert any(
            sum(w in normalize(_asked(q)).split() for w in words) >= len(words) - 1
            for q in said + steps
        ), statement
    for q in said:
        assert q.type == "cloze" and q.answer and validate(q, article) == []


def test_three_phases_as_an_order_question(questions):
    order = [q for q in questions if q.type == "order"]
    assert len(order) == 1
    steps = order[0].answer
    assert [s.split()[0] for s in steps] == ["يشتري", "يعمل", "أعتقد"]
    assert order[0].choices != steps
    # Three steps: the order question asks them all; no first/second/last question beside it.
    assert not any(q.category == "sequence" and q.type == "mcq" for q in questions)


def test_no_phrase_gap_asks_one_of_the_three_steps_again(questions):
    order = next(q for q in questions if q.type == "order")
    inside = [
        q
        for q in questions
        if q.type == "cloze"
        and q.category == "fact"
        and order.source.start <= q.source.start
        and q.source.end <= order.source.end
    ]
    assert inside == [], [q.prompt for q in inside]


def test_constraints_chips_power_labour(questions):
    multi = [q for q in questions if q.type == "multi" and q.category == "constraint"]
    assert multi
    assert sorted(multi[0].answer) == sorted(["رقائق الذكاء الاصطناعى", "الطاقة", "العمالة"])
    assert len(multi[0].choices) > len(multi[0].answer)


def test_cloud_providers(questions):
    assert any(
        q.type == "multi" and sorted(q.answer) == ["CoreWeave", "Google", "Microsoft", "Oracle"]
        for q in questions
    )


def test_role_conference_and_stargate(questions):
    # Her role is asked once, one way: "who is the CFO?" beside "what is Friar's role?"
    # asks one fact twice.
    roles = [q for q in questions if q.category == "role"]
    assert [q.extra["person"] for q in roles] == ["سارة فريار"]
    assert "المديرة المالية" in (roles[0].prompt, roles[0].answer)
    # The conference is asked once, as a gap or a choice, not both from the one sentence.
    assert sum(q.answer in ("جولدمان ساكس", ["جولدمان ساكس"]) for q in questions) == 1
    assert any(q.answer in ("سان فرانسيسكو", ["سان فرانسيسكو"]) for q in questions)
    assert any(q.answer in ("Stargate", ["Stargate"]) for q in questions)


def test_nothing_from_the_boilerplate(article, questions):
    boiler = article.index("اشترك في النشرة")
    assert all(q.source.end <= boiler for q in questions)


def test_ids_stable_and_unique(article, questions):
    again = generate(article).questions
    assert [q.id for q in again] == [q.id for q in questions]
    assert len({q.id for q in questions}) == len(questions)


def test_ranked_best_first_and_limit(article, questions):
    assert questions[0].confidence >= questions[-1].confidence
    assert [q.id for q in generate(article, limit=5).questions] == [q.id for q in questions[:5]]
