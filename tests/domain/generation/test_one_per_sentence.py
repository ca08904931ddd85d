"""Two questions on one sentence give each other away (each gap's prompt shows the other's
answer): the ranker shows the best of them first and the other after every other question."""

from __future__ import annotations

from studyapp.domain.generation.ranker import rank
from studyapp.domain.questions import CLOZE_GAP, Question, Source

ARTICLE = (
    "The ministry works on 14 sites in 9 governorates. "
    "The wells will cost 20 billion pounds. "
    'Hassan Ali said: "The project is urgent for the farmers." '
    "The first phase needs 1300 wells."
)


def gap(key: str, sentence: str, confidence: float, category: str = "number") -> Question:
    start = ARTICLE.index(sentence)
    return Question(
        id=f"g-{key}",
        type="cloze",
        prompt=sentence.replace(key, CLOZE_GAP, 1),
        answer=[key],
        source=Source(start, start + len(sentence), sentence),
        category=category,
        confidence=confidence,
    )


SITES = "The ministry works on 14 sites in 9 governorates."
COST = "The wells will cost 20 billion pounds."
QUOTE = 'Hassan Ali said: "The project is urgent for the farmers."'
WELLS = "The first phase needs 1300 wells."


def who_said(confidence: float = 0.73) -> Question:
    start = ARTICLE.index(QUOTE)
    return Question(
        id="g-who",
        type="mcq",
        prompt='Who said: "The project is urgent for the farmers"?',
        answer="Hassan Ali",
        choices=["Hassan Ali", "Omar Said", "Mona Adel"],
        source=Source(start, start + len(QUOTE), QUOTE),
        category="attribution",
        confidence=confidence,
    )


def test_a_second_gap_on_a_sentence_comes_after_every_other_shown_question():
    sites, governorates = gap("14", SITES, 0.80), gap("9", SITES, 0.80)
    cost, who = gap("20 billion", COST, 0.79), who_said()
    phrase = gap("first phase", WELLS, 0.08, category="fact")
    ranked = rank([sites, governorates, cost, who, phrase])
    # The pair is asked apart (pairs.py): each hides the other's number, under a new id.
    order = [q.id if q.type != "cloze" else f"g-{q.answer[0]}" for q in ranked]
    assert order.index("g-14") < order.index("g-20 billion") < order.index("g-9")
    assert order.index("g-who") < order.index("g-9")
    # It is still offered (a good question alone), before the kinds reviewers rarely accept.
    assert order.index("g-9") < order.index("g-first phase")


def test_a_who_said_is_kept_first_before_the_gap_in_its_quote():
    inner = gap("farmers", QUOTE, 0.80, category="place")
    who, wells = who_said(), gap("1300", WELLS, 0.70)
    order = [q.id for q in rank([inner, who, wells])]
    assert order == ["g-who", "g-1300", "g-farmers"]


def place(key: str, sentence: str, confidence: float) -> Question:
    return Question(
        id=f"g-{key}",
        type="cloze",
        prompt=sentence.replace(key, CLOZE_GAP, 1),
        answer=[key],
        source=Source(0, len(sentence), sentence),
        category="entity",
        confidence=confidence,
    )


def test_a_place_named_in_two_parts_is_asked_once():
    sent = "The rover will be sent to Cape Canaveral, Florida this February."
    kept = rank([place("Cape Canaveral", sent, 0.51), place("Florida", sent, 0.45)])
    assert [q.answer[0] for q in kept] == ["Cape Canaveral"]
    # Two items of a list are two questions.
    listed = "The ministers of Planning, Health, Housing and Trade attended."
    assert len(rank([place("Health", listed, 0.51), place("Housing", listed, 0.45)])) == 2


def test_a_gap_in_words_a_who_said_quotes_comes_after_the_kinds_reviewers_rarely_accept():
    """«من قال: «ثلاثة رجال هاجموه»؟» shows the key of "____ رجال هاجموه" keyed «ثلاثة»: the
    gap asks what the who-said already shows, so it is offered last, not among the first."""
    inner = gap("farmers", QUOTE, 0.90, category="place")
    who, wells = who_said(), gap("1300", WELLS, 0.70)
    phrase = gap("ministry", SITES, 0.08, category="fact")
    order = [q.id for q in rank([inner, who, wells, phrase])]
    assert order == ["g-who", "g-1300", "g-ministry", "g-farmers"]
