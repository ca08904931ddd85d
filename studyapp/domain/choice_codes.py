"""How a question's choices travel to a student and back without giving the answer away.

The stored order of the choices is no secret to keep: a GIFT file lists the right answer
first, and the generator's shuffle is seeded by the question itself. So a page never shows
that order, nor sends a choice by its place in it:

- each student sees the choices in an order of their own, drawn afresh for each showing of a
  card (its review count, or the quiz attempt), from a key derived from the server's secret;
- each choice is sent as a code, an HMAC of the student, the question and the choice's text:
  opaque without the secret, the same on every page of that student and question (so a
  double submit still reads), and no use to another student.

Responses are still stored as the choices' texts, so what was stored before keeps grading.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Sequence
from dataclasses import dataclass

CODE_LENGTH = 16  # hex digits: 64 bits, never guessed


@dataclass(frozen=True)
class ChoiceCodes:
    """The codes and orders of one student's choices; `key` derives from the app's secret."""

    key: bytes
    user_id: int

    @classmethod
    def from_secret(cls, secret: str | bytes, user_id: int) -> ChoiceCodes:
        raw = secret.encode() if isinstance(secret, str) else secret
        return cls(hmac.new(raw, b"studyapp choice codes", hashlib.sha256).digest(), user_id)

    def _mac(self, *parts: object) -> str:
        message = "\x1f".join(str(part) for part in (self.user_id, *parts)).encode()
        return hmac.new(self.key, message, hashlib.sha256).hexdigest()

    def code(self, question_id: int, choice: str) -> str:
        return self._mac("code", question_id, choice)[:CODE_LENGTH]

    def order(self, question_id: int, choices: Sequence[str], showing: object) -> list[str]:
        """The choices in the order this student sees them at this `showing`."""
        return sorted(choices, key=lambda choice: self._mac("order", question_id, showing, choice))

    def shown(
        self, question_id: int, choices: Sequence[str], showing: object
    ) -> list[tuple[str, str]]:
        """(code, choice) pairs in the order shown."""
        return [(self.code(question_id, c), c) for c in self.order(question_id, choices, showing)]

    def choice_for(self, question_id: int, choices: Sequence[str], code: str) -> str | None:
        """The choice whose code is `code`, or None when none has it."""
        given = code.encode()  # as bytes: compare_digest refuses non-ASCII text
        for choice in choices:
            if hmac.compare_digest(self.code(question_id, choice).encode(), given):
                return choice
        return None
