"""Parts an Arabic sentence counts and then goes through by bare ordinals: «العصابة تتكون من
ثلاث خلايا تتقاسم الأدوار، حيث تقوم الأولى بسرقة السيارات في حين تقوم الثانية بإيصالها إلى ورش
معينة فيما تقوم الثالثة بعملية بيعها». What each part does, in the sentence's order, is a
sequence of steps: set ic's 07-ar (a car-theft ring) got no question at all without it.

sequences.find_ordinal reads steps named by «المرحلة/الخطوة» and an ordinal; here the ordinal
stands alone, the subject of a verb (or a clause's first word), and a count of three or more
before it in the same sentence says what it counts. A step is what follows its ordinal, up to
the next ordinal's clause or a clause's end.
"""

from __future__ import annotations

import re

from .document import Document, fold_same_length
from .drafts import shorten

# Folded (fold_same_length): «الأولى» is «الاولي».
_ORDINALS = ("الاولي|الاول", "الثانيه|الثاني", "الثالثه|الثالث", "الرابعه|الرابع", "الخامسه|الخامس")
# Before a bare ordinal: a verb of the part's doing («تقوم», «يتولى») or a clause's opening.
_BEFORE = r"(?:(?:^|[،,:؛]\s*|\s)(?:و|ف)?(?:حيث|بينما|فيما|في حين|و)?\s*(?:[تي]\S+\s+)?)"
_COUNT = re.compile(r"(?<!\w)(?:ثلاث|ثلاثه|اربع|اربعه|خمس|خمسه|[3-5])\s+\S+")
# Where a step ends: the next part's clause, a full stop or a semicolon.
_STEP_END = re.compile(
    r"\s(?:في حين|فيما|بينما|حيث|و(?=[تي]\S+\s+ال(?:ثاني|ثالث|رابع|خامس)))|[.؛;]"
)
# Each ordinal where it opens its part's clause, with the verb it may repeat after it («تقوم
# الأولى تقوم بسرقة …»).
_AT_ORDINAL = [
    re.compile(rf"{_BEFORE}(?:{ordinal})(?!\w)\s*(?:[تي]\S+\s+)?") for ordinal in _ORDINALS
]
_MOST_WORDS = 10
# «تقوم/يقوم ب…» ("does …"): the step is what follows its «ب».
_DOES = re.compile(r"(?<!\w)[تي]قوم(?!\w)")


def find(doc: Document) -> list[tuple[int, int, list[str]]]:
    """(start, end, step descriptions in order) of each sentence that counts three or more
    parts and then names what each does by a bare ordinal, first to last."""
    if doc.language != "ar":
        return []
    found = []
    for sentence in doc.content:
        folded = fold_same_length(sentence.text)
        count = _COUNT.search(folded)
        if count is None:
            continue
        steps = _steps(sentence.text, folded, count.end())
        if len(steps) >= 3:
            found.append((sentence.start, sentence.end, steps))
    return found


def _steps(text: str, folded: str, after: int) -> list[str]:
    steps: list[str] = []
    at = after
    for at_ordinal in _AT_ORDINAL:
        match = at_ordinal.search(folded, at)
        if match is None:
            break
        end = _STEP_END.search(folded, match.end())
        stop = end.start() if end else len(folded)
        step = text[match.end() : stop].strip(" ،,")
        if _DOES.search(folded[match.start() : match.end()]) and step[:1] == "ب":
            step = step[1:]  # «تقوم الأولى بسرقة السيارات»: what it does, «سرقة السيارات»
        if len(step.split()) < 2:
            break
        steps.append(shorten(step, _MOST_WORDS))
        at = stop
    return steps if len(set(steps)) == len(steps) else []
