"""GIFT's escapes and the marks that reading and writing share.

Moodle has no escape for "->" (it makes an answer block a matching question) nor for a text
starting with "%10%" (it reads a weight): an answer's "->" is written "-\\>", which the reader
takes back, and a text starting with "%" gets its weight written before it.
"""

from __future__ import annotations

import re

_SPECIAL = "\\~=#{}:"
# Each escaped character hides behind a private-use placeholder while the block is parsed.
_PLACEHOLDER = {char: chr(0xE000 + i) for i, char in enumerate(_SPECIAL + "n>")}
_RESTORE = {mark: ("\n" if char == "n" else char) for char, mark in _PLACEHOLDER.items()}
_ESCAPED = re.compile(r"\\(.)")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
WEIGHT = re.compile(r"^%(-?\d+(?:\.\d+)?)%")
CATEGORY_PREFIX = "$CATEGORY:"


class GiftError(ValueError):
    """One problem with a question block: the field it concerns and what is wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message


def escape(text: str) -> str:
    """Text with GIFT's special characters backslash-escaped and line breaks written as \\n:
    a raw one, \\r included (readers take it for a line end), would start another question."""
    out = "".join("\\" + char if char in _SPECIAL else char for char in text)
    return _LINE_BREAK.sub(r"\\n", out)


def protect(text: str) -> str:
    """Escaped characters swapped for placeholders, so the marks left are GIFT's own."""
    return _ESCAPED.sub(lambda m: _PLACEHOLDER.get(m.group(1), m.group(0)), text)


def restore(text: str) -> str:
    """Placeholders back to the characters they hid (\\n to a line break)."""
    return "".join(_RESTORE.get(char, char) for char in text)


def clean(text: str) -> str:
    """Raw line breaks fold to one space (a question may be wrapped); escapes are restored."""
    return restore(re.sub(r"\s*\n\s*", " ", text).strip())


def category_title(body: str) -> str | None:
    """The last segment of a `$CATEGORY: $course$/top/…` path (`//` is a literal slash)."""
    path = body[len(CATEGORY_PREFIX) :].strip()
    segments = [s.replace("\0", "/") for s in path.replace("//", "\0").split("/")]
    last = segments[-1].strip() if segments else ""
    return last or None
