"""What makes a password acceptable: long enough, not blank, not one of the most used."""

from __future__ import annotations

from functools import cache
from pathlib import Path

MIN_LENGTH = 8
# Long enough for a passphrase of many words; short enough that hashing it costs nothing more.
MAX_LENGTH = 1000

COMMON_PASSWORDS = Path(__file__).parent / "data" / "common_passwords.txt"


@cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text(encoding="utf-8").splitlines()
    return frozenset(line for line in lines if line and not line.startswith("#"))


def is_blank(password: str) -> bool:
    """Spaces alone, however many, are no password."""
    return not password.strip()


def is_common(password: str) -> bool:
    """One of the most used passwords, in any case and with spaces around it."""
    return password.strip().lower() in common_passwords()
