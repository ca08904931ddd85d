"""A card's FSRS state as the scheduling domain takes it, and the snapshot a review keeps
of the card before it, so that undo can put the card back exactly."""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import Any

from ..domain.scheduling import CardState
from ..models import Card


def card_state(card: Card) -> CardState:
    """The card's FSRS state, as the scheduling domain takes it."""
    return CardState(
        state=card.state,
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=card.due,
        last_review=card.last_review,
    )


def store_state(card: Card, state: CardState) -> None:
    card.state = state.state
    card.step = state.step
    card.stability = state.stability
    card.difficulty = state.difficulty
    card.due = state.due
    card.last_review = state.last_review


def snapshot(card: Card) -> dict[str, Any]:
    return snapshot_of(card_state(card), reps=card.reps, answer_version=card.answer_version)


def snapshot_of(state: CardState, *, reps: int, answer_version: int) -> dict[str, Any]:
    """A card's state as undo stores it (a review's `previous_state`)."""
    kept = asdict(state)
    for key in ("due", "last_review"):
        kept[key] = kept[key].isoformat() if kept[key] else None
    kept["reps"] = reps
    kept["answer_version"] = answer_version
    return kept


def restore(card: Card, kept: dict[str, Any]) -> None:
    card.state = kept["state"]
    card.step = kept["step"]
    card.stability = kept["stability"]
    card.difficulty = kept["difficulty"]
    card.due = datetime.fromisoformat(kept["due"])
    last = kept["last_review"]
    card.last_review = datetime.fromisoformat(last) if last else None
    card.reps = kept["reps"]
    card.answer_version = kept["answer_version"]
