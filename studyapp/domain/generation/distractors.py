"""Wrong choices: first from the article itself, then from small bundled lists of the same kind."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import islice

from rapidfuzz import fuzz

from ..text import tokens
from . import attributions, unlikely_people
from .document import Document, Person, bundled, fold, strip_clitic
from .names import (
    OFFICIAL_KINDS,
    ORG_CUES_AR,
    name_gender_en,
    names_origin,
    role_gender_ar,
    role_gender_en,
    role_kind,
)
from .people_en import ORG_WORDS_EN

_FIELD_MINIMUM = 3  # cue words an article needs before its field picks the distractors
_ROLES = 4  # roles of a person looked at to tell their kind
_SCAN = 40  # candidates looked at per pool: a pool of near-identical names ends the search


# A role written as its initials shares the word that tells it with the role spelt out:
# "Google CEO" is no wrong choice beside "chief executive officer".
# Public bodies a role may head: their people are no company's.
_PUBLIC_BODY = re.compile(
    r"جامعه|كليه|مدرسه|مستشفي|وزاره|بلديه|محافظه|هيئه|university|college|school|hospital|"
    r"ministry|department|agency|council|city|county"
)
_INITIALS = {"ceo": "executive", "cfo": "financial", "coo": "operating", "cto": "technology"}


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[frozenset[str], str]:
    words = frozenset(tokens(text))
    spelt = frozenset(_INITIALS[w.casefold()] for w in words if w.casefold() in _INITIALS)
    return words | spelt, " ".join(sorted(words))


def is_variant(candidate: str, answer: str) -> bool:
    """True when `candidate` is the answer in another form ("فريار" for "سارة فريار")."""
    (a, a_sorted), (c, c_sorted) = _words(answer), _words(candidate)
    if not c or a & c:
        return True
    if _abbreviates(candidate, answer) or _abbreviates(answer, candidate):
        return True  # "AAA" for "American Automobile Association"
    return fuzz.ratio(a_sorted, c_sorted) >= 80


def _abbreviates(short: str, name: str) -> bool:
    """True when `short`, in capitals, is made of the initials of `name`'s capitalised words, or
    of those after one word the name leaves out: "CBR" for "Bank of Russia" (the Central Bank of
    Russia; set f's reviewers: also right)."""
    if not (2 <= len(short) <= 6 and short.isalpha() and short.isupper()):
        return False
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return initials == short or (len(initials) >= 2 and short[1:] == initials)


def pick(answer: str | list[str], pools: Iterable[Iterable[str]], n: int = 3) -> list[str]:
    """Up to n distractors from the pools in order, none of them a variant of any answer."""
    answers = answer if isinstance(answer, list) else [answer]
    chosen: list[str] = []
    for pool in pools:
        for candidate in islice(pool, _SCAN):
            if len(chosen) >= n:
                return chosen
            candidate = candidate.strip()
            if not candidate or any(is_variant(candidate, a) for a in answers):
                continue
            if any(_other_gender(candidate, a) for a in answers):
                continue
            if any(is_variant(candidate, c) for c in chosen):
                continue
            chosen.append(candidate)
    return chosen


def _other_gender(candidate: str, answer: str) -> bool:
    """An Arabic role of the other grammatical gender than the key's: "رئيسة مجلس الإدارة" beside
    "الرئيس التنفيذي" tells which choice is the man's."""
    mine, theirs = role_gender_ar(answer), role_gender_ar(candidate)
    return bool(mine and theirs and mine != theirs)


def bundled_kind(kind: str, language: str, seed: str, gender: str = "") -> list[str]:
    """data/<kind>-<language>.txt in a stable order that depends on seed; with a gender, only
    rows of that gender or none ("رئيسة مجلس الإدارة" is no choice for a man's role)."""
    rows = bundled(f"{kind}-{language}")
    same = [text for text, tag in rows if not gender or not tag or tag == gender]
    return stable_order(same, seed)


def stable_order(items: list[str], seed: str) -> list[str]:
    """`items` shuffled by `seed`: the same article gets the same wrong choices every run."""
    return sorted(items, key=lambda text: hashlib.sha1(f"{seed}|{text}".encode()).hexdigest())


@cache
def _field_cues() -> tuple[re.Pattern[str], dict[str, str]]:
    fields = {fold(word): field for word, field in bundled("fields")}
    words = sorted(fields, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, words)) + r")(?!\w)"), fields


@lru_cache(maxsize=64)
def field_of(text: str) -> str:
    """The field an article is about ("tech", "finance"), or '' when its words do not say."""
    pattern, fields = _field_cues()
    counts = Counter(fields[m.group()] for m in pattern.finditer(fold(text)))
    if not counts:
        return ""
    field, hits = counts.most_common(1)[0]
    return field if hits >= _FIELD_MINIMUM else ""


def figures(language: str, field: str, seed: str, gender: str = "") -> list[str]:
    """Well-known people of `field` (data/figures-<language>.txt), matching gender only."""
    if not field:
        return []
    rows = bundled(f"figures-{language}")
    named = [
        name
        for name, tags in rows
        if tags.split("|")[-1] == field and (not gender or tags.split("|")[0] == gender)
    ]
    return sorted(named, key=lambda name: hashlib.sha1(f"{seed}|{name}".encode()).hexdigest())


def people(
    doc: Document,
    answer: str,
    seed: str,
    gender: str = "",
    prompt: str = "",
    *,
    by_role: bool = False,
    saying: bool = False,
) -> list[str]:
    """Distractors for a person: the article's own people of the same kind, then well-known
    people of the article's field (only for a company's people or people of no known role),
    of the person's gender when it is known; never invented names. With `by_role`, an Arabic
    role tells a person's gender too (gender_of); with `saying`, the choices are for words
    said (article_people)."""
    named = article_people(doc, answer, gender, prompt, by_role=by_role, saying=saying)
    own = pick(answer, [named])
    if len(own) >= 2:
        # Two of the article's people are choices enough: set e's reviewers rejected every
        # who-said question that added Jamie Dimon or Larry Fink beside a Lagos bank's three.
        return own
    key = doc.resolve_person(answer)
    # A famous chief executive is no choice for a minister or a coach: figures are business people,
    # offered for a company's people or for someone the article gives no role. A role of no
    # known kind or one heading a public body is neither: a blind reviewer rejected US chief
    # executives offered for a Jordanian university's president (set x).
    roles = _roles(key) if key else []
    company = _kind(key) == "business" and not any(_PUBLIC_BODY.search(fold(r)) for r in roles)
    famous = figures(doc.language, field_of(doc.text), seed, gender)
    if roles and not company:
        famous = []
    return pick(answer, [named, famous])


def article_people(
    doc: Document,
    answer: str,
    gender: str = "",
    prompt: str = "",
    *,
    by_role: bool = False,
    saying: bool = False,
) -> list[str]:
    """The article's other people a reader could take for `answer`, likeliest first: those of the
    same kind of role ("coach" for a coach), then those with any role, then the rest. Left out:
    people of the other gender, people the prompt names ("… from Prime Minister Imran Khan" is
    not answered by Imran Khan), a head of state for anyone but an official (a city's finance
    officer is not mistaken for the President), and, when the key's role names a country
    ("Chinese Ambassador"), people whose roles name none (only the key would be foreign), and
    a character only someone's words name ("Mr Hyde"). With `saying`, for words said, no one
    the article reports dead either (unlikely_people.py)."""
    key = doc.resolve_person(answer)
    kind = _kind(key)
    foreign = key is not None and any(names_origin(r, doc.language) for r in _roles(key))
    shown = _words_of(prompt)
    # The prompt's "he" or "she" tells a reader the speaker's gender; then a given name does too.
    # So does a role word: "Who is the police spokeswoman?" (set h: only the key a woman's name).
    pronoun = doc.language == "en" and (
        _PRONOUN_EN.search(prompt) is not None or bool(role_gender_en(prompt))
    )
    speaking = {a.speaker.name for a in attributions.find(doc)}
    ranked = []
    for person in doc.people.values():
        if person.name not in speaking and (
            (saying and unlikely_people.reported_dead(doc, person))
            or (not person.roles and unlikely_people.only_quoted(doc, person))
        ):
            continue
        told = gender_of(person, doc.language) if by_role else person.gender
        if not told and gender and pronoun:
            told = name_gender_en(person.name)  # a "he" in the words asked: not "Rebecca …"
        if person is key or (gender and told not in ("", gender)):
            continue
        if _named_in(person.name, shown):
            continue
        kinds = {role_kind(r) for r in _roles(person)} - {""}
        if (
            "state" in kinds
            and kind not in OFFICIAL_KINDS
            and not (saying and person.name in speaking)
        ):
            continue
        if foreign and not any(names_origin(r, doc.language) for r in _roles(person)):
            continue
        ranked.append((not _same_kind(kind, kinds), not person.roles, person.name))
    # Someone the article only speaks of, with no role and no words of their own (a victim,
    # a relative), is no choice for a speaker or an office holder while two others are: a
    # blind reviewer rejected "Who said …?" and "Who is the head of professional standards?"
    # offering the murdered child beside the policemen and the judge.
    held = [t for t in ranked if not t[1] or t[2] in speaking]
    if len(held) >= 2:
        ranked = held
    return [name for *_, name in sorted(ranked, key=lambda t: t[:2])]


_PRONOUN_EN = re.compile(r"\b(?:he|she|his|her|him)\b", re.IGNORECASE)


def gender_of(person: Person, language: str) -> str:
    """The person's gender as the article tells it, or, in Arabic, as their role does: the
    holder of «وزيرة التخطيط» is no choice for «من هو وزير الكهرباء؟» (reviewers rejected four
    such questions of one article: two of the four choices did not fit the pronoun)."""
    if person.gender or language != "ar":
        return person.gender
    return next((g for g in map(role_gender_ar, person.roles) if g), "")


def _same_kind(kind: str, kinds: set[str]) -> bool:
    """A minister and a prime minister are both officials: each is a fair choice for the other."""
    if kind in OFFICIAL_KINDS:
        return bool(kinds & OFFICIAL_KINDS)
    return bool(kind) and kind in kinds


def _roles(person: Person) -> list[str]:
    """A person's first roles: enough to say what they are, and a role repeated in every
    paragraph does not make each choice cost the whole article."""
    return person.roles[:_ROLES]


def _kind(person: Person | None) -> str:
    return next((k for k in map(role_kind, _roles(person)) if k), "") if person else ""


def _words_of(text: str) -> frozenset[str]:
    words = re.findall(r"\w+", fold(text))
    return frozenset(words) | frozenset(strip_clitic(w) for w in words)


def _named_in(name: str, words: frozenset[str]) -> bool:
    """True when the prompt shows the name's surname (its last word)."""
    parts = re.findall(r"\w+", fold(name))
    return bool(parts) and parts[-1] in words


def organisations(doc: Document, answer: str | list[str], seed: str, n: int = 3) -> list[str]:
    """Organisations for wrong choices: the article's, then bundled ones."""
    own = not_places(doc, doc.organisations)
    return pick(answer, [own, bundled_kind("organisations", doc.language, seed)], n)


def names_a_body(name: str) -> bool:
    """True when a name says it is a body: "PJM Interconnection", «وزارة الصحة»; "Ohio River"
    and "Stratton", capitalised names an article need not call places, do not."""
    words = [strip_clitic(w) for w in re.findall(r"\w+", fold(name).casefold())]
    return any(w in ORG_WORDS_EN or w in ORG_CUES_AR for w in words)


def not_places(doc: Document, names: Iterable[str]) -> list[str]:
    """`names` without the places the article names: "Arkansas" is no choice beside "AAA"."""
    places = {fold(place) for place in doc.places}
    return [name for name in names if fold(name) not in places]
