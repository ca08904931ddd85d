"""Other spellings of a key the article itself writes: letters spelt out ("MPA" for "marine
protected area") and another spacing ("Taskforce" beside "Task Force"). Set j's and set m's
reviewers marked the article's own other spelling wrong where it was not listed."""

from __future__ import annotations

import re


def spaced_forms(key: str, spellings: dict[str, dict[str, str]]) -> list[str]:
    """ "Taskforce" -> ["Task Force"] where the article writes it so too, and the other way
    round (set j's reviewer: the article's usual spelling was marked wrong); `spellings` is
    spellings_by_letters of the article."""
    if not re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+){0,2}", key):
        return []
    forms = spellings.get(key.replace(" ", "").casefold(), {})
    return [form for low, form in forms.items() if low != key.casefold()]


def spellings_by_letters(text: str) -> dict[str, dict[str, str]]:
    """Each run of one to three Latin words of `text` by its letters without spaces, case
    folded: {"taskforce": {"task force": "Task Force", "taskforce": "Taskforce"}}."""
    words = list(re.finditer(r"[A-Za-z]+", text))
    index: dict[str, dict[str, str]] = {}
    for k, first in enumerate(words):
        for width in (1, 2, 3):
            run = words[k : k + width]
            if len(run) < width or any(
                text[a.end() : b.start()] != " " for a, b in zip(run, run[1:], strict=False)
            ):
                break
            form = text[first.start() : run[-1].end()]
            letters = form.replace(" ", "").casefold()
            index.setdefault(letters, {}).setdefault(form.casefold(), form)
    return index


# Small words a name's letters skip: "Independent Electoral and Boundaries Commission" (IEBC).
_SKIPPED = frozenset("and of for the on in &".split())


def spelled_out(key: str, text: str) -> list[str]:
    """ "MPA" -> ["marine protected area"], "IEBC" -> ["Independent Electoral and Boundaries
    Commission"] where the article spells the letters out, word for word, small joining words
    skipped (set m's reviewer, and set e's: the natural answer was marked wrong)."""
    if not re.fullmatch(r"[A-Z]{2,6}", key):
        return []
    words = list(re.finditer(r"[A-Za-z&][\w'’-]*", text))
    for n, first in enumerate(words):
        if first.group()[0].upper() != key[0] or first.group() == key:
            continue
        letters, last = "", n
        for k in range(n, min(len(words), n + 2 * len(key))):
            word = words[k]
            if text[words[k - 1].end() : word.start()].strip() and k > n:
                break  # punctuation: the run has ended
            if word.group().isupper() and letters:
                break  # another word in capitals: the run has ended
            if letters and word.group().lower() in _SKIPPED:
                continue
            letters, last = letters + word.group()[0].upper(), k
            if len(letters) == len(key):
                break
        phrase = text[first.start() : words[last].end()].rstrip("'’-")
        after = words[last + 1] if last + 1 < len(words) else None
        if letters == key and not _goes_on(text, words[last], after) and _PHRASE.fullmatch(phrase):
            return [phrase]
    return []


_PHRASE = re.compile(r"[\w'’-]+(?: [\w'’&-]+)*")


def _goes_on(text: str, last: re.Match[str], after: re.Match[str] | None) -> bool:
    """True when the name runs on past `last` ("Centers for Disease Control | and Prevention"
    is no "CDC"): the next word, after a space, is in capitals or a small joining word."""
    if after is None or text[last.end() : after.start()] != " ":
        return False
    return after.group()[0].isupper() or after.group().lower() in _SKIPPED
