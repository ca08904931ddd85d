"""Predicted recall recomputed by hand, for tests that check the app's figures against it.

FSRS-6's forgetting curve as the fsrs library defines it (R = (1 + factor * t / S) ** -w20,
factor = 0.9 ** (-1 / w20) - 1), with t the elapsed time in fractional days: what a display
of "recall now" should show. fsrs itself floors t to whole days for scheduling.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from fsrs import Card
from fsrs.scheduler import DEFAULT_PARAMETERS


def recall_at(
    card: Card, moment: datetime, parameters: Sequence[float] = DEFAULT_PARAMETERS
) -> float:
    assert card.last_review is not None and card.stability is not None
    decay = -parameters[20]
    factor = 0.9 ** (1 / decay) - 1
    days = max(0.0, (moment - card.last_review).total_seconds() / 86400)
    return (1 + factor * days / card.stability) ** decay
