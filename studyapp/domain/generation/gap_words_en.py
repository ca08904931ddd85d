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
# Lowercase words ending in "ed" that are nouns or numbers, not past verbs.
_ED_NOUNS = frozenset("hundred bloodshed watershed".split())
# Irregular past verbs that are no noun ("a tree ____" keyed "tree fell"); "cut", "cost",
# "set", "won" and the like are left out: "tax cut", "labour cost", "billion won".
_PAST_EN = frozenset(
    """fell fled took gave made came went ran found began broke built caught drove felt got
    grew held kept knew led met paid rose sank saw sent sold spent stood stole threw told wore
    wrote became brought bought thought taught fought sought rode shook spoke struck swept tore
    woke said""".split()
)
_CONTRACTED = re.compile(r"['’](?:ve|re|ll|d|m|s|t)$|n['’]t$", re.IGNORECASE)


# Prepositions a gap's key never ends on: "supports under" is a noun and half of what follows.
PREPOSITIONS_EN = frozenset(
    "under of in on at by for with from to into over about after before between through".split()
)


def not_a_thing_en(phrase: list[Token]) -> bool:
    """True for English words that are no thing named, as reviewers found them in gaps: a
    contraction ("steps we've", "can't give"), an adverb or particle ("employees actually",
    "earlier people", "people back"), a plural noun and a participle ("games
    remaining"), a noun and a past verb ("injury occurred", "tree fell": English puts an
    adjective before its noun, so a lowercase word in "-ed" after one is a verb)."""
    last = phrase[-1]
    if any(_CONTRACTED.search(t.text) and not t.key.endswith(("'s", "’s")) for t in phrase):
        return True
    for token in phrase:
        if token.key in _LOOSE_EN or (token.text.islower() and token.key.endswith("ly")):
            return True
    if len(phrase) < 2 or not last.text.islower():
        return False
    if last.key in _PAST_EN:
        return True
    if last.key.endswith("ed") and not last.key.endswith("eed") and len(last.key) >= 5:
        return last.key not in _ED_NOUNS
    return last.key.endswith("ing") and phrase[-2].key.endswith("s")
