"""A question's confidence is the share of its kind that blind reviewers accepted."""

import importlib.util
from pathlib import Path

from test_extractors import AR, EN

from studyapp.domain.generation import calibration, generate, propose

ROOT = Path(__file__).resolve().parents[3]


def _calibrate():
    spec = importlib.util.spec_from_file_location("calibrate", ROOT / "bench" / "calibrate.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fitted() -> dict[str, float]:
    module = _calibrate()
    rates, _, _, _ = module.table(module.sources())
    return {kind: round(rate, 2) for kind, rate in rates.items()}


def test_the_shipped_rates_are_those_the_reviews_give():
    shipped = dict(calibration.rates())
    shipped.pop("default")
    assert shipped == _fitted()


def test_each_confidence_is_near_its_kinds_rate_and_orders_the_questions():
    for text in (AR, EN):
        questions = generate(text).questions
        for question in questions:
            assert abs(question.confidence - calibration.acceptance(question)) <= 0.03
        # Reviewers accepted number gaps far more often than phrase gaps: so does the order.
        kinds = [(q.type, q.category) for q in questions]
        if ("cloze", "number") in kinds and ("cloze", "fact") in kinds:
            assert kinds.index(("cloze", "number")) < kinds.index(("cloze", "fact"))


def test_a_recent_review_counts_only_its_fresh_news():
    module = _calibrate()
    held_out = ROOT / "docs" / "reviews" / "held-out"
    # The hundredth judged news-dev and the seed only; the hundred-and-sixtieth fresh news.
    assert module.judged_rows(held_out / "2026-12-05-hundredth.jsonl") == []
    fresh = held_out / "2026-12-06-hundred-and-sixtieth.jsonl"
    assert len(module.judged_rows(fresh)) == len(fresh.read_text(encoding="utf-8").splitlines())
    numbers = {module.ordinal(path) for path in module.recent()}
    assert {84, 100, 110, 161, 170, 179} <= numbers and min(numbers) == 84


def test_a_review_past_the_two_hundredth_is_numbered() -> None:
    """The two-hundredth review's file name stopped `--recent` (it read no number from "two")."""
    module = _calibrate()
    assert module.ordinal(Path("2026-12-07-two-hundredth.jsonl")) == 200
    assert module.ordinal(Path("2026-12-07-two-hundred-and-twenty-first.jsonl")) == 221
    assert module.ordinal(Path("2026-12-07-hundred-and-ninety-ninth.jsonl")) == 199


WEEKDAY_EN = (
    "Man held over warehouse fire\n\n"
    "Police on Monday named the 34-year-old man they arrested on Saturday at his home in Leeds "
    "over the fire that destroyed a warehouse.\n\n"
    "The warehouse, built in 1998, had stood empty for two years, fire officer Mark Dale said.\n"
)


def test_a_gap_keyed_by_a_weekday_is_rated_as_reviewers_rate_weekdays() -> None:
    """Reviewers of unseen news took two weekday gaps in three, against five of six other date
    gaps: a weekday gap no longer shares a year's rating, so it ranks below it."""
    questions = propose(WEEKDAY_EN, language="en").questions
    weekday = [q for q in questions if q.type == "cloze" and q.answer[0] == "Saturday"]
    date = [q for q in questions if q.type == "cloze" and q.answer[0] == "1998"]
    assert weekday and date, [(q.prompt, q.answer) for q in questions]
    assert weekday[0].confidence <= calibration.WEEKDAY_GAP < date[0].confidence
