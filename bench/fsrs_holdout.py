"""Is a stored fit better than the defaults at predicting the student's future?

    .venv/bin/python bench/fsrs_holdout.py

40 synthetic students (true parameters drawn around the defaults, history of 800 to 2,300
reviews while the app schedules with the defaults). The app sees each history up to a day;
the reviews after it (a further third of the time) are the future. Two rules decide whether
a fit is stored:

- "same history" (the old rule): fit everything seen, store if its log loss on that same
  history is no worse than the defaults';
- "hold-out" (services.fsrs_fitting): fit the earlier 75% of the days seen, store if it beats
  the defaults on the later 25%, by fsrs-rs's own loss.

For each rule: fits stored, and how many of them predict the future worse than the defaults
(fsrs-rs log loss on the future's items). Prints one JSON line.
"""

from __future__ import annotations

import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from datetime import timedelta  # noqa: E402

from fsrs.scheduler import (  # noqa: E402
    DEFAULT_PARAMETERS,
    LOWER_BOUNDS_PARAMETERS,
    UPPER_BOUNDS_PARAMETERS,
)

from studyapp.domain import optimizer  # noqa: E402
from studyapp.domain.simulation import START, simulate  # noqa: E402

RUNS = 40
SEEN_DAYS = 120
FUTURE_DAYS = 60


def true_parameters(rng: random.Random) -> list[float]:
    parameters = list(DEFAULT_PARAMETERS)
    for index in (0, 1, 2, 3, 8, 11, 15, 16):
        parameters[index] *= rng.uniform(0.4, 2.5)
    parameters[20] = rng.uniform(0.1, 0.6)
    return [
        min(max(value, low), high)
        for value, low, high in zip(
            parameters, LOWER_BOUNDS_PARAMETERS, UPPER_BOUNDS_PARAMETERS, strict=True
        )
    ]


def main() -> None:
    rng = random.Random(12)
    rules: dict[str, dict[str, int]] = {
        "same history": {"stored": 0, "worse_on_future": 0},
        "hold-out": {"stored": 0, "worse_on_future": 0},
    }
    sizes = []
    for run in range(RUNS):
        truth = true_parameters(rng)
        cards = rng.randint(200, 480)
        history = simulate(truth, cards=cards, days=SEEN_DAYS + FUTURE_DAYS, seed=run)
        boundary = START + timedelta(days=SEEN_DAYS)
        seen = [r for r in history if r.reviewed_at < boundary]
        sizes.append(len(seen))
        seen_items = optimizer.to_items(seen)
        future = [
            item
            for day, moment, item in sorted(
                optimizer._dated_items(history, "UTC", 4),  # noqa: SLF001
                key=lambda entry: entry[1],
            )
            if moment >= boundary
        ]

        def worse_on_future(fitted: list[float], future: list = future) -> bool:  # type: ignore[type-arg]
            return optimizer.holdout_log_loss(fitted, future) > optimizer.holdout_log_loss(
                None, future
            )

        old = optimizer.fit_items(seen_items) if len(seen_items) >= 8 else None
        if old is not None and optimizer.log_loss(old, seen) <= optimizer.log_loss(None, seen):
            rules["same history"]["stored"] += 1
            rules["same history"]["worse_on_future"] += worse_on_future(old)
        training, held_out = optimizer.split_items(seen)
        new = optimizer.fit_items(training)
        if new is not None and optimizer.holdout_log_loss(
            new, held_out
        ) < optimizer.holdout_log_loss(None, held_out):
            rules["hold-out"]["stored"] += 1
            rules["hold-out"]["worse_on_future"] += worse_on_future(new)
    print(
        json.dumps(
            {
                "runs": RUNS,
                "seen_reviews": [min(sizes), max(sizes)],
                "min_items": optimizer.MIN_ITEMS,
                **rules,
            }
        )
    )


if __name__ == "__main__":
    main()
