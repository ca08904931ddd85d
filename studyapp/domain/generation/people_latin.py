"""People an Arabic article names in Latin letters, alone or beside their Arabic spelling:

- after a role: "أوضح الرئيس التنفيذي لـ TSMC، "سي. سي. وي C.C. Wei"، أن …", "وقال رئيس شركة
  مايكروسوفت الأمريكية Satya Nadella إن …";
- after a verb of saying or "بحسب": "وقالت Jane Goodall إن …";
- before a role, as its apposition: "Jensen Huang، الرئيس التنفيذي لشركة Nvidia، …";
- beside an Arabic spelling of itself that is already one of the article's people, or that
  is a person's by its shape (initials): "سي. سي. وي C.C. Wei".

The Arabic spelling, when there is one, is the person's name and the Latin one another form of
it (Person.forms). Companies and products in Latin letters are no people: a word in capitals
("TSMC", "SK Hynix"), a single word ("Blackwell"), a known company, or the organisation a role
names ("الرئيس التنفيذي لـ TSMC"; "لشركة Nvidia Jensen Huang" keeps "Jensen Huang")."""

from __future__ import annotations

import re
from functools import cache

from .document import (
    SPEECH_VERBS_AR,
    STOP_AR,
    Document,
    Person,
    Sentence,
    Token,
    bundled,
    capitalised_runs,
    fold,
    gap,
    is_capitalised,
    strip_clitic,
)
from .names import ACCORDING_AR, HONORIFICS_AR, ORG_CUES_AR, ROLE_NOUNS_AR, is_role_word_ar
from .nearforms import other_script_span

# What may stand between a cue and the name it introduces: a comma, a quote mark, a bracket.
_BEFORE_NAME = frozenset(' ،,"«“(')
_ROLE_REACH = 6  # words from the role noun to the name: "الرئيس التنفيذي لشركة مايكروسوفت …"
_MAX_WORDS = 4


def spot_sentence(doc: Document, sentence: Sentence) -> None:
    """Add the people the sentence names in Latin letters, with their roles."""
    tokens = sentence.tokens
    for i, j in capitalised_runs(doc, sentence):
        i = _past_organisation(doc, tokens, i, j)
        if not _personal(tokens[i:j]):
            continue
        start, end = tokens[i].start, tokens[j - 1].end
        latin = doc.text[start:end]
        first, last, arabic = i, j, ""
        spelt = other_script_span(doc.text, start, end, latin)
        if spelt:
            a = next(k for k, t in enumerate(tokens) if t.start >= spelt[0])
            b = max(k for k, t in enumerate(tokens) if t.end <= spelt[1]) + 1
            if all(_spelling_word(t) for t in tokens[a:b] if t.is_arabic):
                arabic = (doc.text[spelt[0] : start] + doc.text[end : spelt[1]]).strip(' ()"«»“”')
                first, last = a, b
        role, gender = _cue_before(doc, tokens, first)
        after = _role_after(doc, tokens, last)
        known = doc.resolve_person(arabic) if arabic else None
        sure = arabic and _surely_personal(tokens[i:j])
        if gender is None and after is None and known is None and not sure:
            continue
        person = doc.add_person(arabic or latin, gender or "")
        doc.add_form(person, latin)
        for phrase in (role, after):
            if phrase:
                _add_role(doc, person, phrase)


def _add_role(doc: Document, person: Person, phrase: list[Token]) -> None:
    title, organisation = _split_role(doc, phrase)
    if phrase[0].key.endswith("ه") and not person.gender:
        person.gender = "f"  # "المديرة التنفيذية لـ …"
    at = phrase[0].start + (phrase[0].key not in ROLE_NOUNS_AR)  # "ووزير": not its "و"
    doc.add_role(person, title, organisation, at, phrase[-1].end)


def _personal(words: list[Token]) -> bool:
    """Two to four words of a person's name: initials and a surname ("C.C. Wei") or capitalised
    words in lower case after their first letter ("Satya Nadella", "Jean-Paul O'Neil"); not a
    word in capitals ("TSMC", "SK Hynix"), nor a known company ("Nvidia", "Alibaba Cloud")."""
    if not 2 <= len(words) <= _MAX_WORDS or len(words[-1].text) < 2:
        return False
    for word in words:
        if len(word.text) == 1:
            continue
        parts = re.split(r"[-'’]", word.text)
        if not all(p[:1].isupper() and p[1:].islower() for p in parts if p):
            return False
    return not (_companies() | _ORGANISATION_WORDS) & {w.key for w in words}


# Words that make capitalised words a company's or a body's name: "Samsung Electronics".
_ORGANISATION_WORDS = frozenset(
    """inc corp corporation co company group holdings ltd limited llc plc technologies technology
    systems electronics motors labs bank university institute foundation association council
    agency ministry network media studios games software semiconductor capital partners fund
    airlines airways energy""".split()
)


def _spelling_word(token: Token) -> bool:
    """A word that may spell a Latin name in Arabic letters: not a role, a title, a verb of
    saying, a particle or a word with the article ("وقال الرئيس Joe …" is no "Joe"'s spelling)."""
    key = strip_clitic(token.key)
    return not (
        key.startswith("ال")
        or key in ROLE_NOUNS_AR
        or token.key in HONORIFICS_AR
        or key in SPEECH_VERBS_AR
        or token.key in STOP_AR
    )


def _surely_personal(words: list[Token]) -> bool:
    """A name that needs no role to be a person's: initials ("C.C. Wei"). A known given name
    is not enough: "هانا مونتانا (Hannah Montana)" is a television series."""
    return len(words[0].text) == 1


@cache
def _companies() -> frozenset[str]:
    """Words of the bundled companies' names: "Nvidia", "Motors" of "General Motors"."""
    names = [name for name, _ in bundled("organisations-en")]
    names += [name for name, _ in bundled("company-fields") if name.isascii()]
    return frozenset(word for name in names for word in fold(name).split())


def _complement(token: Token) -> bool:
    """A word whose next word completes it as its organisation: "لـ", "لشركة", "شركة",
    "مدير" (indefinite: "مدير Google Cloud" is the director of Google Cloud)."""
    key = strip_clitic(token.key)
    if not token.is_arabic:
        return False
    # "لـ", "لشركة", "للمجموعة"; not "ليو", a name that starts with the letter.
    if key in ORG_CUES_AR or key == "ل" or key.startswith("لل"):
        return True
    if key.startswith("ل") and key[1:] in ORG_CUES_AR:
        return True
    return key in ROLE_NOUNS_AR and not key.startswith("ال")


def _past_organisation(doc: Document, tokens: list[Token], i: int, j: int) -> int:
    """The first word of the name in a run that opens with a role's organisation: "لشركة Nvidia
    Jensen Huang" -> "Jensen Huang"; a run of two after such a word is all organisation."""
    if i == 0 or gap(doc.text, tokens[i - 1], tokens[i]).strip() or not _complement(tokens[i - 1]):
        return i
    return i + 1 if j - i >= 3 else j


def _cue_before(doc: Document, tokens: list[Token], first: int) -> tuple[list[Token], str | None]:
    """(the role phrase before the name, if any; the gender its cue gives, or None when no role,
    title or verb of saying introduces the name)."""
    if first == 0:
        return [], None
    before = tokens[first - 1]
    between = gap(doc.text, before, tokens[first])
    if not set(between) <= _BEFORE_NAME:
        return [], None
    bare = strip_clitic(before.key)
    quiet = not between.strip()
    according = before.key == "ل" and first > 1 and tokens[first - 2].key in ACCORDING_AR
    if quiet and (bare in SPEECH_VERBS_AR or bare in ACCORDING_AR or according):
        return [], "f" if bare.endswith("ت") else ""  # "وقالت Jane Goodall إن", "وفقا لـ"
    if quiet and before.key in HONORIFICS_AR:
        return [], "f" if before.key.endswith("ه") else ""  # "الدكتورة Jane Goodall"
    if quiet and _complement(before):
        return [], None  # "رئيس Google Cloud": the role's organisation, not a name
    for r in range(first - 1, max(-1, first - 1 - _ROLE_REACH), -1):
        if r < first - 1 and gap(doc.text, tokens[r], tokens[r + 1]).strip():
            return [], None
        key = strip_clitic(tokens[r].key)
        if is_role_word_ar(tokens[r]):
            return tokens[r:first], "f" if key.endswith("ه") else ""
        if key in SPEECH_VERBS_AR or tokens[r].key in STOP_AR:
            return [], None  # "قال المدرب في حديثه مع Jean Dupont": not the coach's name
    return [], None


def _role_after(doc: Document, tokens: list[Token], last: int) -> list[Token] | None:
    """ "C.C. Wei، الرئيس التنفيذي لـ TSMC،": the role phrase after a comma, to the next one."""
    if last >= len(tokens) or last == 0:
        return None
    if gap(doc.text, tokens[last - 1], tokens[last]).strip(' "»”)') not in {"،", ","}:
        return None
    if not is_role_word_ar(tokens[last]):
        return None
    end = last + 1
    while end < len(tokens) and end - last < 6:
        if gap(doc.text, tokens[end - 1], tokens[end]).strip():
            break
        end += 1
    return tokens[last:end]


def _split_role(doc: Document, phrase: list[Token]) -> tuple[str, str]:
    """ "الرئيس التنفيذي لـ TSMC" -> ("الرئيس التنفيذي", "TSMC"): an organisation in Latin
    letters closes the role, with the "لـ" or "لشركة" that introduces it left out."""
    text = doc.text
    # "ووزير الخارجية": the role without the conjunction.
    start = phrase[0].start + (phrase[0].key not in ROLE_NOUNS_AR)
    for k, token in enumerate(phrase[1:], 1):
        if not is_capitalised(token):
            continue
        head = phrase[:k]
        while len(head) > 1 and _complement(head[-1]) and head[-1].key not in ROLE_NOUNS_AR:
            head.pop()
        return text[start : head[-1].end], text[token.start : phrase[-1].end]
    return text[start : phrase[-1].end], ""
