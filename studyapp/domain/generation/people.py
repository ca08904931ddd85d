"""People and their roles, in both languages, from the shapes news text names them in.

- a role before the name: "Foreign Minister Shah Mahmood Qureshi", "Odisha boss Josep Gombau",
  "وزير الإعلام حمزة المصطفى", "مدير عام المياه بمنطقة جازان المهندس عبدالله القميري";
- a name before its role (apposition): "Sarah Friar, OpenAI's CFO,", "سعد الشهري، مدرب الاتفاق،";
- a name beside a verb of saying or after "according to / بحسب / وفقًا لـ";
- a title before a name (Dr., Mr., الدكتور، المهندس);
- in Arabic text, a name in Latin letters in those places or beside its Arabic spelling.

Given names (data/given-names-*.txt) tell a name from other capitalised or unprefixed words.
"""

from __future__ import annotations

import re
from functools import cache

from . import people_ar, people_en, people_latin
from .document import (
    SPEECH_VERBS_EN,
    STOP_EN,
    Document,
    Sentence,
    Token,
    bundled,
    fold,
    gap,
    is_capitalised,
)
from .names import COURTESY_GENDER_EN, ROLE_NOUNS_EN, TITLES_EN, given_names
from .people_en import ORG_WORDS_EN
from .person_keys import census_name
from .quoted_as import name_between

# Verbs that report words, beside "said": "President Okafor stressed …".
_REPORTING_EN = SPEECH_VERBS_EN | frozenset(
    "emphasized emphasised underscored stressed reiterated affirmed highlighted".split()
)


def spot(doc: Document) -> None:
    """Add the article's people (and the roles named with them) to `doc`, in reading order."""
    if doc.language == "en":
        doc.memo["speaking surnames"] = _speaking_surnames(doc)
    spot_sentence = people_ar.spot_sentence if doc.language == "ar" else people_en.spot_sentence
    for sentence in doc.content:
        spot_sentence(doc, sentence)
        if doc.language == "ar":
            people_latin.spot_sentence(doc, sentence)  # "… لـ TSMC، "سي. سي. وي C.C. Wei"، أن"
        if doc.language == "en":
            _title_and_surname_en(doc, sentence)
            _said_title_and_name_en(doc, sentence)
            _courtesy_and_surname_en(doc, sentence)
    if doc.language == "en":
        _full_names_en(doc)


def _full_names_en(doc: Document) -> None:
    """A person known by surname alone ("Mr Davies said") is the one the article names in full
    with a known given name ("seen … by Paul Davies on Sunday"): set q's reviewer read four
    who-said questions keyed "Davies" under a prompt printing "Paul Davies"."""
    for name in [n for n in doc.people if " " not in n and len(n) >= 3]:
        for match in re.finditer(rf"\b([A-Z][a-z]+) {re.escape(name)}\b", doc.text):
            given = match.group(1)
            if given.lower() in ROLE_NOUNS_EN | TITLES_EN or given.lower() in COURTESY_GENDER_EN:
                continue  # "Mayor Castro": his title, no given name
            if fold(given) in given_names("en") or census_name(given):
                doc.add_person(f"{given} {name}")
                break


def _speaking_surnames(doc: Document) -> frozenset[str]:
    """One capitalised word a verb of saying follows or comes after ("Svitolina said", "said
    Kohli"): a person named by surname, so "Elina Svitolina" elsewhere is that person, not an
    organisation. A company the bundled list knows ("Apple said") is none."""
    companies = _companies_en()
    found = set()
    for sentence in doc.content:
        tokens = sentence.tokens
        for k, token in enumerate(tokens):
            if not is_capitalised(token) or len(token.key) < 3 or not token.text[1:].islower():
                continue
            if token.key in ROLE_NOUNS_EN or token.key in STOP_EN or token.key in companies:
                continue
            after = tokens[k + 1] if k + 1 < len(tokens) else None
            before = tokens[k - 1] if k else None
            if (
                after is not None
                and after.key in _REPORTING_EN
                and gap(doc.text, token, after) == " "
            ):
                found.add(token.key)
            elif (
                before is not None
                and before.key in SPEECH_VERBS_EN
                and gap(doc.text, before, token) == " "
            ):
                found.add(token.key)
            elif k and name_between(tokens, k - 1) == (k, k + 1):
                found.add(token.key)  # "the website quoted Swiatek as saying"
    return frozenset(found)


@cache
def _companies_en() -> frozenset[str]:
    """The bundled well-known companies, folded: read once per process."""
    return frozenset(fold(name) for name, _ in bundled("organisations-en"))


def _courtesy_and_surname_en(doc: Document, sentence: Sentence) -> None:
    """ "Ms Atherden told …", "Mr. Okafor said": a courtesy title and a capitalised surname name
    a person of that gender, the fuller name the article gave them if it gave one. A "she
    added" after her words is then hers, not the last man's who spoke."""
    tokens = sentence.tokens
    for i in range(len(tokens) - 1):
        gender = COURTESY_GENDER_EN.get(tokens[i].key)
        before, name = tokens[i], tokens[i + 1]
        if name.key in TITLES_EN and i + 2 < len(tokens) and is_capitalised(tokens[i + 2]):
            before, name = name, tokens[i + 2]  # "Mr Justice Turner": a judge, by surname
        if gender is None or not is_capitalised(tokens[i]) or not is_capitalised(name):
            continue
        if gap(doc.text, before, name).strip() not in ("", ".") or len(name.key) < 3:
            continue
        if name.key in ROLE_NOUNS_EN or name.key in ORG_WORDS_EN:
            continue  # "Mr President", "Ms Hospital": no surname
        person = doc.add_person(name.text)  # the person already known by it, if any
        if not person.gender:
            person.gender = gender


def _title_and_surname_en(doc: Document, sentence: Sentence) -> None:
    """ "President El-Sisi emphasized …", "Chancellor Merkel said …": a capitalised role, one
    capitalised word and a verb of saying name a person known by surname only."""
    tokens = sentence.tokens
    for i in range(len(tokens) - 2):
        role, name, verb = tokens[i], tokens[i + 1], tokens[i + 2]
        if not (is_capitalised(role) and role.key in ROLE_NOUNS_EN and is_capitalised(name)):
            continue
        if verb.key not in _REPORTING_EN or name.key in ROLE_NOUNS_EN or len(name.key) < 3:
            continue
        if name.key in ORG_WORDS_EN:
            continue  # "Woodstock General Hospital says …": a body's name, no one's surname
        if doc.resolve_person(name.text) is None:
            doc.add_person(name.text)


_TITLE_RUN = 6  # "District 1 Councilman Reed Williams": words of a title and name after "said"


def _said_title_and_name_en(doc: Document, sentence: Sentence) -> None:
    """ "…," said Mayor Castro. / said City Clerk Leticia Vacek, "…": after a verb of saying,
    a capitalised title that ends in a role noun and one or two capitalised words the
    sentence closes or a comma follows name a person with that role, whatever their given
    name."""
    tokens = sentence.tokens
    for i, verb in enumerate(tokens[:-2]):
        if verb.key not in _REPORTING_EN:
            continue
        run = i + 1
        while run < min(len(tokens), i + 1 + _TITLE_RUN) and _in_title(doc, tokens, run, i + 1):
            run += 1
        roles = [r for r in range(i + 1, run) if tokens[r].key in ROLE_NOUNS_EN]
        if not roles or not 1 <= run - roles[-1] - 1 <= 2:
            continue
        names = tokens[roles[-1] + 1 : run]
        if any(t.key in ROLE_NOUNS_EN or t.key in ORG_WORDS_EN or len(t.key) < 3 for t in names):
            continue
        after = doc.text[names[-1].end : names[-1].end + 2].lstrip(" ")
        if after[:1] not in {",", ".", ";", ""} and run < len(tokens):
            continue  # "said Mayor Castro Street was closed": no name ends there
        name = doc.text[names[0].start : names[-1].end]
        person = doc.add_person(name)
        if not person.roles:
            start, end = tokens[i + 1].start, tokens[roles[-1]].end
            doc.add_role(person, doc.text[start:end], "", start, end)


def _in_title(doc: Document, tokens: list[Token], k: int, first: int) -> bool:
    """True when token k carries on the capitalised run that opened at `first`: a capitalised
    word or a district's number, joined by a space only."""
    if k > first and gap(doc.text, tokens[k - 1], tokens[k]) != " ":
        return False
    return is_capitalised(tokens[k]) or (tokens[k].text.isdigit() and k > first)
