"""Fitted FSRS parameters predict a student's held-out reviews better than the defaults.

    .venv/bin/python bench/fsrs_fit.py

Synthetic students remember by known, non-default parameters (`PROFILES`) while the app
schedules them with the defaults, as it does before any fit; a student studies each card when
it is due, now and then a few days late. Each history is split by card: the parameters are fitted
on 80% of the cards and scored (log loss, lower is better) on the reviews of the other 20%,
against the defaults and the true parameters. Also times `optimizer.fit` on 1,000 and 10,000
reviews (wall clock and CPU time). Target: fitted below default on every profile at 10,000
reviews. Prints one JSON line.
"""

from __future__ import annotations

import json
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from fsrs.scheduler import DEFAULT_PARAMETERS  # noqa: E402

from studyapp.domain import optimizer  # noqa: E402
from studyapp.domain.optimizer import PastReview  # noqa: E402
from studyapp.domain.simulation import simulate  # noqa: E402

DAYS = 365
SIZES = (1_000, 10_000)
HELD_OUT = 0.2


def _profile(**changes: float) -> list[float]:
    parameters = list(DEFAULT_PARAMETERS)
    for name, value in changes.items():
        parameters[int(name[1:])] = value
    return parameters


PROFILES = {
    # Forgets new cards within hours and gains stability slowly, on a steep curve.
    "fast forgetter": _profile(w0=0.05, w1=0.3, w2=0.8, w3=2.5, w8=1.0, w20=0.5),
    # Keeps new cards for days and gains stability fast, on a flat curve.
    "strong memory": _profile(w0=1.0, w1=3.0, w2=6.0, w3=20.0, w8=2.4, w20=0.1),
    # Lapses cost much more than the defaults say, Hard is harsher and Easy more generous.
    "costly lapses": _profile(w11=0.6, w15=0.3, w16=3.0, w20=0.3),
}


def history_of_size(parameters: list[float], reviews: int, seed: int) -> list[PastReview]:
    """A student's reviews of whole cards, cards added until there are at least `reviews`."""
    history = simulate(parameters, cards=max(20, reviews // 6), days=DAYS, seed=seed)
    by_card: dict[object, list[PastReview]] = {}
    for review in history:
        by_card.setdefault(review.card, []).append(review)
    kept: list[PastReview] = []
    for card_reviews in by_card.values():
        if len(kept) >= reviews:
            break
        kept.extend(card_reviews)
    if len(kept) < reviews:
        raise SystemExit(f"simulation too short: {len(kept)} reviews, wanted {reviews}")
    return kept


def split_by_card(
    history: list[PastReview], seed: int
) -> tuple[list[PastReview], list[PastReview]]:
    rng = random.Random(seed)
    cards = sorted({review.card for review in history}, key=str)
    held = set(rng.sample(cards, round(len(cards) * HELD_OUT)))
    return (
        [r for r in history if r.card not in held],
        [r for r in history if r.card in held],
    )


def timed(call: Callable[[], Any]) -> tuple[Any, float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    result = call()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def case(name: str, parameters: list[float], size: int, seed: int) -> dict[str, Any]:
    history = history_of_size(parameters, round(size / (1 - HELD_OUT)), seed)
    train, held_out = split_by_card(history, seed)
    fitted, wall, cpu = timed(lambda: optimizer.fit(train))
    losses = {
        label: optimizer.log_loss(candidate, held_out)
        for label, candidate in (("default", None), ("fitted", fitted), ("true", parameters))
    }
    return {
        "profile": name,
        "size": size,
        "train_reviews": len(train),
        "held_out_reviews": len(held_out),
        "held_out_predicted": len(optimizer.predictions(None, held_out)),
        "fit_wall_s": round(wall, 3),
        "fit_cpu_s": round(cpu, 3),
        "fitted": fitted is not None,
        **{f"log_loss_{label}": round(value, 4) for label, value in losses.items() if value},
    }


def fit_times(parameters: list[float]) -> dict[str, Any]:
    """optimizer.fit on exactly 1,000 and 10,000 reviews (whole cards, the last one cut)."""
    history = history_of_size(parameters, max(SIZES), seed=99)
    times: dict[str, Any] = {}
    for size in SIZES:
        _, wall, cpu = timed(lambda size=size: optimizer.fit(history[:size]))
        times[str(size)] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}
    _, wall, cpu = timed(lambda: optimizer.log_loss(None, history[: max(SIZES)]))
    times["log_loss_10000"] = {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}
    return times


def main() -> None:
    optimizer.fit(history_of_size(PROFILES["fast forgetter"], 500, seed=0))  # warm up
    cases = [
        case(name, parameters, size, seed=index)
        for index, (name, parameters) in enumerate(PROFILES.items())
        for size in SIZES
    ]
    better = all(
        c["log_loss_fitted"] < c["log_loss_default"] for c in cases if c["size"] == max(SIZES)
    )
    print(
        json.dumps(
            {
                "bench": "fsrs_fit",
                "fit_times": fit_times(PROFILES["fast forgetter"]),
                "cases": cases,
                "fitted_beats_default_at_largest": better,
            },
            ensure_ascii=False,
        )
    )


if __name__ == "__main__":
    main()
