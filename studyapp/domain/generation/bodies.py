"""The names of bodies that span several capitalised runs: "Arab Organization for
Industrialization", "U.S. Fish and Wildlife Service", "Brown and Coleman Counties"; read by
mentions.py, which makes organisations of them."""

from __future__ import annotations

import re

from .document import Document, Sentence, Token, capitalised_runs, gap, is_capitalised
from .people_en import ORG_WORDS_EN
from .token_spans import spaced_only

# The last word of a body's name that a "for"/"of" phrase may complete: "Arab Organization for
# Industrialization", "Financial Affairs Department of the Armed Forces".
_BODY_HEADS_EN = ORG_WORDS_EN | frozenset(
    """authority office commission foundation federation union academy society board bureau
    center centre network forum alliance centers centres institutes offices coalition campaign
    movement league trust partnership initiative project rescue district""".split()
)


def whole(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """The sentence's capitalised runs, a body's name joined to the "for"/"of (the)" phrase that
    completes it into one run."""
    tokens = sentence.tokens
    runs = capitalised_runs(doc, sentence)
    joined: list[tuple[int, int]] = []
    completed = False  # the last run is a body's name with its "for"/"of" phrase
    for i, j in runs:
        between = [t.key for t in tokens[joined[-1][1] : i]] if joined else []
        if completed and between == ["and"] and spaced_only(doc.text, tokens[i - 2 : i + 1]):
            joined[-1] = (joined[-1][0], j)  # "Centers for Disease Control | and | Prevention"
            continue  # "Bureau of Agricultural and Resource Economics | and | Sciences"
        if joined and _possessed_body(doc, tokens, joined[-1][1], i, j):
            joined[-1] = (joined[-1][0], j)  # "Potter County Commissioner’s | Court"
        elif joined and _completes(doc, tokens, joined[-1][1], i):
            joined[-1] = (joined[-1][0], j)
            completed = between[:1] in (["for"], ["of"])
            continue
        else:
            joined.append((i, j))
        completed = False
    return _spelt_by_acronym(doc, tokens, joined)


# Small words a long name holds between its capitalised words: "National Oceanic and
# Atmospheric Administration", "Zimbabwe Lawyers for Human Rights".
_NAME_LINKS_EN = frozenset("and for of the on in &".split())


def _spelt_by_acronym(
    doc: Document, tokens: list[Token], runs: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """Runs joined by small words into the one name the acronym in brackets after them spells:
    "National Oceanic | and | Atmospheric Administration (NOAA)"."""
    out = list(runs)
    for k in range(len(out) - 1, 0, -1):
        if k >= len(out):
            continue
        acronym = _acronym_after(doc, tokens, out[k][1])
        if not acronym:
            continue
        for first in range(k - 1, max(-1, k - 4), -1):
            between = tokens[out[first + 1][0] - 1 : out[first + 1][0]]
            links = tokens[out[first][1] : out[first + 1][0]]
            if not links or any(t.key not in _NAME_LINKS_EN for t in links) or not between:
                break
            words = [t for t in tokens[out[first][0] : out[k][1]] if t.text[:1].isupper()]
            if "".join(t.text[0] for t in words).upper() == acronym:
                out[first : k + 1] = [(out[first][0], out[k][1])]
                break
    return out


def _acronym_after(doc: Document, tokens: list[Token], end: int) -> str:
    """The capitals in brackets right after token `end - 1` ("… (NOAA)"), or ""."""
    if end >= len(tokens):
        return ""
    token = tokens[end]
    opening = gap(doc.text, tokens[end - 1], token).strip()
    if opening != "(" or doc.text[token.end : token.end + 1] != ")":
        return ""
    return token.text if token.text.isupper() and 2 <= len(token.text) <= 8 else ""


# The heads of a body named after whose it is: "Commissioner’s Court", "Children’s Hospital".
_POSSESSED_HEADS_EN = frozenset("court hospital league fund party".split())


def _possessed_body(doc: Document, tokens: list[Token], end: int, start: int, stop: int) -> bool:
    """True when the run [start, stop) is the one-word head of a body whose name the run ending
    at `end` owns: "Potter County Commissioner’s Court" (not "Danone’s finance chief")."""
    return (
        start == end
        and stop == start + 1
        and tokens[start].key in _POSSESSED_HEADS_EN
        and tokens[end - 1].text.endswith(("’s", "'s"))
        and doc.text[tokens[end - 1].end : tokens[start].start] == " "
    )


# The last word of a document's name two runs share: "Policy and Procedures Manual" (set hv's
# reviewers: "Policy and ____" keyed "Procedures Manual", garbled).
_DOCUMENT_HEADS_EN = frozenset("manual handbook guide act code plan".split())


def _completes(doc: Document, tokens: list[Token], end: int, start: int) -> bool:
    """True when the run starting at token `start` is the "for"/"of" phrase of the body's name
    ending at token `end` ("… Organization | for | Industrialization"), the rest of a name a
    number runs through ("Level | 3 | Communications"), or when the two runs are one name
    joined by "and" whose head only the second has ("U.S. Fish | and | Wildlife
    Service", "Brown | and | Coleman Counties"; "Microsoft and Google" stay two)."""
    between = tokens[end:start]
    if len(between) == 1 and between[0].key.isdigit() and len(between[0].key) <= 3:
        # "Level 3 Communications", "Channel 4 News": a number inside one name
        return spaced_only(doc.text, tokens[end - 1 : start + 1])
    if [t.key for t in between] == ["and"]:
        heads = _BODY_HEADS_EN | _PLACE_HEADS_EN | _DOCUMENT_HEADS_EN
        run = _run_from(doc, tokens, start)
        left = _run_before(tokens, end)
        if left[-1].key in _SUPPLIES_EN and [t.key for t in run] in [[k] for k in _SUPPLIES_EN]:
            return spaced_only(doc.text, tokens[end - 1 : start + 1])  # "Madison Gas and Electric"
        if _shared_plural_head(doc, left, run):
            return spaced_only(doc.text, tokens[end - 1 : start + 1])
        return (
            not any(t.key in heads for t in left)
            and left[0].key != run[0].key  # "Sky Movies and Sky Box Office": two channels
            and run[-1].key in heads
            and spaced_only(doc.text, tokens[end - 1 : start + 1])
        )
    if tokens[end - 1].key not in _BODY_HEADS_EN:
        return False
    if [t.key for t in tokens[end:start]] not in _LINKS:
        return False
    return spaced_only(doc.text, tokens[end - 1 : start + 1])


# What joins a body's name to the phrase that completes it: "Centers for Disease Control",
# "Coalition for a Livable City", "Ministry of the Interior".
_LINKS = (["for"], ["of"], ["for", "the"], ["of", "the"], ["for", "a"], ["for", "an"])
# What a utility supplies, two of them joined by "and" in its name: "Pacific Gas and Electric",
# "Puget Sound Power and Light".
_SUPPLIES_EN = frozenset("gas electric power light lighting water telephone telegraph".split())
# Heads of the names of places that "and" may share: "Brown and Coleman Counties".
_PLACE_HEADS_EN = frozenset("counties states provinces districts regions unit".split())


def _shared_plural_head(doc: Document, left: list[Token], run: list[Token]) -> bool:
    """True for "Western | and | Central Railways" where the article also writes "Western
    Railway": two names sharing the plural head after the second, not two bodies."""
    if len(run) < 2:
        return False
    return _shared_plural_head_text(doc, " ".join(t.text for t in left), run[-1].text)


def two_bodies(doc: Document, name: str) -> bool:
    """True for a name that stands for two bodies sharing one plural head ("Western and
    Central Railways" beside "Western Railway"): no one gap asks either."""
    left, sep, right = name.partition(" and ")
    words = right.split()
    return bool(sep) and len(words) >= 2 and _shared_plural_head_text(doc, left, words[-1])


def _shared_plural_head_text(doc: Document, left: str, head: str) -> bool:
    if not head.endswith("s") or not head[:1].isupper():
        return False
    singular = head[:-3] + "y" if head.endswith("ies") else head[:-1]
    return re.search(rf"\b{re.escape(left)} {re.escape(singular)}\b", doc.text) is not None


def named_before(tokens: list[Token], end: int) -> list[Token]:
    """The capitalised words up to token `end`: the name an alias in brackets follows."""
    return _run_before(tokens, end)


def _run_before(tokens: list[Token], end: int) -> list[Token]:
    """The capitalised words up to token `end`."""
    start = end
    while start > 0 and tokens[start - 1].text[:1].isupper():
        start -= 1
    return tokens[min(start, end - 1) : end]


def _run_from(doc: Document, tokens: list[Token], start: int) -> list[Token]:
    """The capitalised words from token `start` on, up to a comma: "Rural Access and Mobility
    Project, RAMP," ends on "Project" (set if: a gap "____ and Mobility")."""
    end = start
    while end < len(tokens) and tokens[end].text[:1].isupper():
        if end > start and gap(doc.text, tokens[end - 1], tokens[end]).strip() in (",", ";"):
            break
        end += 1
    return tokens[start : max(end, start + 1)]


def bracketed_alias(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True for one capitalised word in brackets, in capitals, right after a capitalised word:
    "Apple (AAPL)", "Amazon Web Services (AWS)"."""
    if j != i + 1 or i == 0 or not tokens[i].text.isupper() or not 2 <= len(tokens[i].text) <= 5:
        return False
    before, after = gap(doc.text, tokens[i - 1], tokens[i]), doc.text[tokens[i].end :][:1]
    return before.strip() == "(" and after == ")" and is_capitalised(tokens[i - 1])
