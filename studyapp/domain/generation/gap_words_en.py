"""English words a gap in someone's words may not start or end on (statement_gaps.clean_gap):
reviewers of unseen news rejected "steps we've", "employees actually", "people back" and
"games remaining" as garbled."""

from __future__ import annotations

import re

from .document import Token

# Words that end or open no named thing: "people ____ back", "employees ____ actually".
_LOOSE_EN = frozenset(
    """back up out off down away again too very only just even also still already earlier
    later actually really""".split()
)
_CONTRACTED = re.compile(r"['’](?:ve|re|ll|d|m|s|t)$|n['’]t$", re.IGNORECASE)


def not_a_thing_en(phrase: list[Token]) -> bool:
    """True for English words that are no thing named, as reviewers found them in gaps: a
    contraction ("steps we've", "can't give"), an adverb or particle ("employees actually",
    "earlier people", "people back"), a plural noun and a participle ("games
    remaining")."""
    last = phrase[-1]
    if any(_CONTRACTED.search(t.text) and not t.key.endswith(("'s", "’s")) for t in phrase):
        return True
    for token in phrase:
        if token.key in _LOOSE_EN or (token.text.islower() and token.key.endswith("ly")):
            return True
    return (
        len(phrase) >= 2
        and last.text.islower()
        and last.key.endswith("ing")
        and phrase[-2].key.endswith("s")
    )
