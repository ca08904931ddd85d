"""The first ten hold no question whose prompt prints what another of them asks, while other
questions remain to fill it: a blind reviewer judges the ten together and rejects the later of
such a pair as a duplicate ("What is Börje Ekholm's role?" after "Who said …?" keyed Ekholm,
seventy-seventh review)."""

from __future__ import annotations

from studyapp.domain.generation.ranker import FIRST, balance
from studyapp.domain.questions import CLOZE_GAP, Question, Source
from tests.domain.generation.test_one_per_sentence import who_said


def _source(text: str) -> Source:
    return Source(0, len(text), text)


def gap(n: int, sentence: str, confidence: float = 0.8) -> Question:
    key = str(1000 + n)
    text = sentence.format(key)
    return Question(
        id=f"g-{n}",
        type="cloze",
        prompt=text.replace(key, CLOZE_GAP),
        answer=[key],
        source=_source(text),
        category="number",
        confidence=confidence,
    )


def test_a_gap_that_prints_the_answer_of_a_who_said_gives_way_to_the_next_question():
    printing = gap(0, "Hassan Ali said the wells will cost {} pounds.", 0.9)
    others = [gap(n, f"Site {n} needs {{}} wells.") for n in range(1, FIRST + 1)]
    first = balance([who_said(), printing, *others])
    assert len(first) == FIRST
    assert printing not in first, [q.prompt for q in first]
    assert others[FIRST - 2] in first  # the ninth gap takes its place


def test_a_question_that_prints_another_still_fills_the_ten_when_nothing_else_is_left():
    printing = gap(0, "Hassan Ali said the wells will cost {} pounds.", 0.9)
    others = [gap(n, f"Site {n} needs {{}} wells.") for n in range(1, FIRST - 1)]
    first = balance([who_said(), printing, *others])
    assert len(first) == FIRST and printing in first


def typed_who_said(n: int, quote: str, speaker: str, confidence: float = 0.7) -> Question:
    return Question(
        id=f"w-{n}",
        type="short",
        prompt=f'Who said: "{quote}"?',
        answer=[speaker, speaker.split()[-1]],
        source=_source(f"{quote}, {speaker} said."),
        category="attribution",
        confidence=confidence,
    )


def test_a_second_typed_who_said_keyed_to_the_same_speaker_gives_way_to_the_next_question():
    """Four "Who said …?" keyed Jim Purfeerst in one ten: reviewers kept the first and
    rejected the others as duplicates (eighty-second review)."""
    quotes = ["The rain came late", "Prices are low", "We planted early", "Costs went up"]
    same = [typed_who_said(n, q, "Jim Purfeerst", 0.72 - n / 100) for n, q in enumerate(quotes)]
    other = typed_who_said(9, "The county will help", "Ann Lee", 0.6)
    gaps = [gap(n, f"Site {n} needs {{}} wells.", 0.5) for n in range(1, FIRST)]
    first = balance([*same, other, *gaps])
    keyed = [q for q in first if q.category == "attribution" and q.answer[0] == "Jim Purfeerst"]
    assert keyed == [same[0]], [q.prompt for q in first]
    assert other in first


def test_typed_who_saids_of_one_speaker_still_fill_the_ten_when_nothing_else_is_left():
    quotes = ["The rain came late", "Prices are low", "We planted early"]
    same = [typed_who_said(n, q, "Jim Purfeerst") for n, q in enumerate(quotes)]
    gaps = [gap(n, f"Site {n} needs {{}} wells.", 0.5) for n in range(1, FIRST - 2)]
    first = balance([*same, *gaps])
    assert len(first) == FIRST and all(q in first for q in same)


def _listed(kind: str, items: list[str], confidence: float) -> Question:
    return Question(
        id=f"{kind}-list",
        type=kind,
        prompt="Put these phases in order." if kind == "order" else "Select all: we conceded …",
        answer=items,
        source=_source(" ".join(items)),
        category="sequence" if kind == "order" else "constraint",
        choices=[*items, "a drop ball"] if kind == "multi" else list(reversed(items)),
        confidence=confidence,
    )


def _mcq_who_said(n: int, quote: str, speaker: str, confidence: float) -> Question:
    return Question(
        id=f"m-{n}",
        type="mcq",
        prompt=f'Who said: "{quote}"?',
        answer=speaker,
        source=_source(f"{quote}, {speaker} said."),
        category="attribution",
        choices=[speaker, "Ann Lee", "Bo Chan"],
        confidence=confidence,
    )


def test_a_who_said_quoting_the_items_a_select_all_asks_gives_way_to_the_next_question():
    """ "Who said: «We conceded from three set-pieces, corner, free-kick and a penalty»?" beside
    the select-all of those three, and a quotation of the first phase beside the order of the
    phases, were rejected as duplicates (eighty-seventh review)."""
    items = _listed("multi", ["corner", "free-kick", "penalty"], 0.69)
    phases = _listed("order", ["health workers first", "the elderly", "the general public"], 0.75)
    set_pieces = _mcq_who_said(1, "We conceded a corner, a free-kick and a penalty", "Jo Gomb", 0.6)
    first_phase = _mcq_who_said(2, "First, health workers first will get it", "Asad Umar", 0.59)
    clean = _mcq_who_said(3, "The campaign begins today", "Asad Umar", 0.58)
    gaps = [gap(n, f"Site {n} needs {{}} wells.", 0.5) for n in range(1, FIRST)]
    first = balance([phases, items, set_pieces, first_phase, clean, *gaps])
    assert set_pieces not in first and first_phase not in first, [q.prompt for q in first]
    assert clean in first and items in first and phases in first


def test_of_the_questions_that_repeat_one_quoting_a_step_is_the_last_to_fill_the_ten():
    """A gap that prints another's answer still has it hidden (folding.py); a quotation that
    prints a step gives the order question away however it is shown."""
    phases = _listed("order", ["health workers first", "the elderly", "the general public"], 0.75)
    first_phase = _mcq_who_said(2, "First, health workers first will get it", "Asad Umar", 0.59)
    printing = gap(0, "Hassan Ali said the wells will cost {} pounds.", 0.4)
    gaps = [gap(n, f"Site {n} needs {{}} wells.", 0.5) for n in range(1, 8)]
    first = balance([phases, who_said(), first_phase, printing, *gaps])
    assert len(first) == FIRST and printing in first, [q.prompt for q in first]
    assert first_phase not in first


def test_a_second_who_said_with_choices_keyed_to_the_same_speaker_gives_way_too():
    """Reviewers of fresh news took 53 of 117 second who-said questions with choices keyed to a
    speaker asked before, against 290 of 444 first ones (sixty-seventh to ninetieth reviews)."""
    quotes = ["The rain came late", "Prices are low", "We planted early"]
    same = [_mcq_who_said(n, q, "Jim Purfeerst", 0.6 - n / 100) for n, q in enumerate(quotes)]
    other = _mcq_who_said(9, "The county will help", "Ann Lee", 0.55)
    gaps = [gap(n, f"Site {n} needs {{}} wells.", 0.5) for n in range(1, FIRST)]
    first = balance([*same, other, *gaps])
    keyed = [q for q in first if q.category == "attribution" and q.answer == "Jim Purfeerst"]
    assert keyed == [same[0]], [q.prompt for q in first]
    assert other in first
