"""What a desired retention costs in study time: FSRS's own simulator (fsrs-rs) run on one
student's questions, daily limit, parameters and answer speed.

Pure: the figures come in, minutes per day come out. The simulator starts from no cards,
introduces up to `new_per_day` questions a day and reviews each when the parameters say it
falls due at the desired retention; the figure is the mean over `days` days.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import fsrs_rs_python as fsrs_rs

# The retentions the settings page offers, and the ones it prices beside the student's own.
RETENTIONS = (0.8, 0.85, 0.9, 0.95)
HORIZON_DAYS = 30
# The simulator's own default costs are seconds per answer by card state and rating; a
# student's own mean answer time replaces them once they have this many timed answers.
MIN_TIMED_ANSWERS = 20
# A seed, so that the same settings always show the same figure.
_SEED = 42
# The simulator draws each answer at random: on a few dozen questions that noise hides the
# difference between two retentions. Cards are independent (nothing caps a day), so a deck
# is simulated as many copies of itself, at least this many cards, and the cost divided back.
_SIMULATED_CARDS = 2000


@dataclass(frozen=True)
class Workload:
    retention: float
    minutes_per_day: float
    reviews_per_day: float


def minutes_per_day(
    retentions: Iterable[float],
    *,
    questions: int,
    new_per_day: int,
    parameters: Sequence[float] | None = None,
    seconds_per_answer: float | None = None,
    days: int = HORIZON_DAYS,
) -> list[Workload]:
    """The mean study time per day over `days` days at each desired retention.

    :param questions: how many questions the student has to learn (studied or new).
    :param parameters: the student's FSRS parameters (None: the fsrs defaults).
    :param seconds_per_answer: the student's mean time per answer (None: the simulator's).
    """
    if questions < 0 or new_per_day < 0 or days < 1:
        raise ValueError("questions and new_per_day must be 0 or more, days 1 or more")
    weights = list(parameters) if parameters else list(fsrs_rs.DEFAULT_PARAMETERS)
    copies = max(1, -(-_SIMULATED_CARDS // max(questions, 1)))
    config = fsrs_rs.default_simulator_config()
    config.deck_size = questions * copies
    config.learn_span = days
    config.learn_limit = new_per_day * copies
    config.max_cost_perday = 24 * 3600.0  # no cap: the figure is what the schedule asks
    if seconds_per_answer is not None:
        config.state_rating_costs = [[seconds_per_answer] * 4 for _ in range(3)]
    found = []
    for retention in retentions:
        if not 0 < retention < 1:
            raise ValueError(f"retention must lie between 0 and 1, not {retention}")
        if questions == 0 or new_per_day == 0:
            found.append(Workload(retention, 0.0, 0.0))
            continue
        result = fsrs_rs.simulate(weights, retention, config, seed=_SEED)
        found.append(
            Workload(
                retention=retention,
                minutes_per_day=sum(result.cost_per_day) / copies / days / 60,
                reviews_per_day=sum(result.review_cnt_per_day) / copies / days,
            )
        )
    return found
