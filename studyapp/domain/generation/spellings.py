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


def spelled_out(key: str, text: str) -> list[str]:
    """ "MPA" -> ["marine protected area"] where the article spells the letters out, word for
    word (set m's reviewer: the natural answer was marked wrong)."""
    if not re.fullmatch(r"[A-Z]{2,6}", key):
        return []
    words = list(re.finditer(r"[A-Za-z][\w'’-]*", text))
    size = len(key)
    for n in range(len(words) - size + 1):
        run = words[n : n + size]
        if "".join(w.group()[0] for w in run).upper() != key or run[0].group() == key:
            continue
        phrase = text[run[0].start() : run[-1].end()].rstrip("'’-")
        if re.fullmatch(r"[\w'’-]+(?: [\w'’-]+)*", phrase) and not phrase.isupper():
            return [phrase]
    return []
