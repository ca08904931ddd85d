"""Should a fast right answer to a question seen for the first time be rated Easy?

    .venv/bin/python bench/first_sight_easy.py

The app rates a fast right answer Easy, which gives a new card an 8-day first interval, even
when the answer to a multiple-choice or true/false question was a lucky guess. This simulates
students on such questions under two policies, "easy" (the app's rule) and "cap" (a first
sight is rated Good at most), with the same random draws, and compares:

- lucky_guess_wait_days: after a right guess at first sight, days until the card is asked again;
- recall_end: the mean true chance of recalling a card at the end (what the student keeps);
- reviews_per_card: the work it took;
- guess_share_of_first_easy: of first-sight answers rated Easy, the share that were guesses.

The student: knows a question at first sight with probability KNOWN (the article was read);
one not known is guessed, right with probability 1/4 (four choices) or 1/2 (true/false). Any
right answer is fast half the time (guesses too: a guess is quick). Later, the student recalls
with the probability their true memory gives (fsrs defaults), else guesses again. A right
guess teaches what a wrong one does (the page then shows the answer): the true memory takes it
as Again. Prints one JSON line.
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import fsrs  # noqa: E402

START = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
DAYS = 30
STUDENTS = 200
QUESTIONS = 40  # per student: half multiple choice (4 choices), half true/false
KNOWN = (0.3, 0.5, 0.7)
FAST = 0.5


def run(policy: str, known: float, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    scheduler = fsrs.Scheduler(enable_fuzzing=False)
    end = START + timedelta(days=DAYS)
    waits: list[float] = []
    recalls: list[float] = []
    reviews = 0
    first_easy = first_easy_guess = 0
    for _ in range(STUDENTS):
        for number in range(QUESTIONS):
            chance = 0.25 if number % 2 == 0 else 0.5
            moment = START + timedelta(hours=rng.uniform(0, 12))
            card = fsrs.Card(card_id=1, due=moment)  # what the app schedules
            memory = fsrs.Card(card_id=1, due=moment)  # what the student knows
            first = True
            while moment < end:
                if first:
                    recalled = rng.random() < known
                else:
                    recalled = rng.random() < scheduler.get_card_retrievability(memory, moment)
                right = recalled or rng.random() < chance
                fast = rng.random() < FAST
                rating = 1 if not right else (4 if fast else 3)
                if first and rating == 4:
                    first_easy += 1
                    first_easy_guess += not recalled
                    if policy == "cap":
                        rating = 3
                reviews += 1
                card, _ = scheduler.review_card(card, fsrs.Rating(rating), moment)
                memory, _ = scheduler.review_card(
                    memory, fsrs.Rating(rating if recalled else 1), moment
                )
                if first and right and not recalled:
                    waits.append((card.due - moment).total_seconds() / 86400)
                first = False
                moment = max(card.due, moment + timedelta(minutes=1))
            recalls.append(scheduler.get_card_retrievability(memory, end))
    cards = STUDENTS * QUESTIONS
    return {
        "lucky_guess_wait_days": round(sum(waits) / len(waits), 2),
        "recall_end": round(sum(recalls) / cards, 4),
        "reviews_per_card": round(reviews / cards, 2),
        "guess_share_of_first_easy": round(first_easy_guess / first_easy, 3),
    }


def main() -> None:
    results = {
        f"known_{known}": {policy: run(policy, known, seed=7) for policy in ("easy", "cap")}
        for known in KNOWN
    }
    print(json.dumps({"days": DAYS, "students": STUDENTS, "questions": QUESTIONS, **results}))


if __name__ == "__main__":
    main()
