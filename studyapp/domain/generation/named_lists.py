"""Select-all questions on named people or organisations joined by "and"/"و": "SK Hynix وSamsung
وMicron", "Aridane Santana and Marcos Tebar"; wrong choices are other names of the same kind."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from ..questions import Question
from . import attributions, distractors, name_one
from .document import Document, Sentence, bundled, fold
from .list_kinds import open_ended, select_all, stem_before
from .names import ROLE_NOUNS_AR, ROLE_NOUNS_EN, countries, country_code, country_names, given_names

# A Latin name, perhaps carrying an Arabic conjunction: "وSamsung", "Procter & Gamble".
# Particles inside a name stay in it: "Anthony van Dyck", "Leonardo da Vinci".
_LATIN_NAME = re.compile(
    r"(?<![\w])و?([A-Z][\w’'.-]*(?:\s(?:&\s|(?:van|von|de|da|del|der|di|bin|ibn)\s)?[A-Z][\w’'.-]*)*)"
)
# What may stand between two names of one list.
_JOINS = {",", "،", "and", ", and", "و", "، و", "&"}
# Words that say a name is a company's: "شركة Micron", "Micron Inc".
_COMPANY = re.compile(r"(?:شركه|شركات|company|firm)\s+$|^\s+(?:Inc|Corp|Co|SA|Ltd|Group)\b", re.I)
_WRONG = 2
# One wrong choice from the article is enough (a list of two was otherwise asked as two gaps
# of one fact), so long as it is of the list's kind: a speaker is none (see _wrong).
_FEWEST_WRONG = 1
_ASKED = 5  # names a select-all offers from a longer list; the rest are never wrong choices
# Words before names that make them parts of longer names: "the ministers of Planning, Housing".
_INSIDE_A_NAME = frozenset(
    fold(w) for w in "of for minister ministers ministry وزير وزيرة وزراء وزارة وزارات".split()
)


@dataclass(frozen=True)
class NamedList:
    sentence: Sentence
    kind: str  # "person" or "organisation"
    items: list[tuple[int, int]]


def _spans(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Where names stand in the sentence: Latin capitalised runs and the article's known names."""
    found = []
    for m in _LATIN_NAME.finditer(sentence.text):
        name = m.group(1)
        # A full stop ends the sentence, not the name ("CoreWeave."), unless it marks an initial.
        trimmed = name.rstrip(".") if not re.search(r"\b\w\.$", name) else name
        start = m.start(1) + _plural_title(trimmed)
        found.append((start, m.start(1) + len(trimmed)))
    for name in [*doc.people, *doc.organisations]:
        for m in re.finditer(rf"(?<!\w)و?({re.escape(name)})(?!\w)", sentence.text):
            found.append(m.span(1))
    found.sort(key=lambda s: (s[0], -s[1]))
    spans: list[tuple[int, int]] = []
    for a, b in found:
        if spans and a < spans[-1][1]:
            continue  # inside a longer name already taken
        spans.append((a, b))
    first = sentence.text[: spans[0][1]].split() if spans else []
    if spans and spans[0][0] == 0 and len(first) == 1:
        spans = spans[1:]  # a capital that only opens the sentence
    return spans


def _plural_title(name: str) -> int:
    """How many characters of `name` are a plural title opening the list it heads: "Justices
    Sonia Sotomayor, Stephen Breyer and Elena Kagan" (set hx's reviewers: the choice "Justices
    Sonia Sotomayor" stood out as the right one)."""
    first, _, rest = name.partition(" ")
    single = first.lower().removesuffix("s")
    if len(rest.split()) < 2 or not first.endswith("s") or single not in _PLURAL_TITLES_EN:
        return 0
    return len(first) + 1


_PLURAL_TITLES_EN = ROLE_NOUNS_EN | frozenset("justice sen rep sens reps".split())


def _kind(doc: Document, names: list[str]) -> str:
    """The kind coordinated names share; a known person outweighs a guess of an organisation,
    a bundled company outweighs both."""
    companies = {fold(n) for n, _ in bundled(f"organisations-{doc.language}")}
    if any(fold(n) in companies for n in names):
        return "organisation"
    if any(doc.resolve_person(n) is not None and " " in n for n in names):
        # Every name must read as a person's: "Thomas S. Ricketts and NBA" are no list.
        return "person" if all(_personal(doc, n) for n in names) else ""
    organisations = {fold(o) for o in doc.organisations}
    # "Microsoft and Nadella": a person among companies makes no list of either.
    if any(fold(n) in organisations for n in names) and not any(
        doc.resolve_person(n) for n in names
    ):
        return "organisation"
    return ""


def _personal(doc: Document, name: str) -> bool:
    """A known person, or a name of two words or more that opens with a given name."""
    if doc.resolve_person(name) is not None:
        return True
    words = name.split()
    return len(words) >= 2 and fold(words[0]) in given_names(doc.language)


def find(doc: Document) -> list[NamedList]:
    found = []
    for sentence in doc.content:
        spans = _spans(doc, sentence)
        run: list[tuple[int, int]] = []
        for span in [*spans, None]:
            if span is not None and run:
                between = sentence.text[run[-1][1] : span[0]].strip()
                if between in _JOINS:
                    run.append(span)
                    continue
            if len(run) >= 2 and sentence.text[run[-2][1] : run[-1][0]].strip() not in {",", "،"}:
                names = [sentence.text[a:b] for a, b in run]
                before = sentence.text[: run[0][0]].split()
                inside = bool(before) and fold(before[-1]) in _INSIDE_A_NAME
                inside = inside or open_ended(sentence.text[run[-1][1] :])
                kind = "" if inside else _kind(doc, names)
                if kind and len({fold(n) for n in names}) == len(names):
                    items = [(sentence.start + a, sentence.start + b) for a, b in run]
                    found.append(NamedList(sentence, kind, items))
            run = [span] if span is not None else []
    return found


def subjects(doc: Document) -> set[str]:
    """The organisations an article is about: those in its title, and the most named one."""
    return doc.once("subjects", _subjects)  # asked for each list


def _subjects(doc: Document) -> set[str]:
    text, title = fold(doc.text), fold(doc.title)
    counts = Counter({o: text.count(fold(o)) for o in doc.organisations})
    about = {o for o in doc.organisations if fold(o) in title}
    if counts:
        about.add(counts.most_common(1)[0][0])
    return {fold(o) for o in about}


def _companies(doc: Document) -> list[str]:
    """The article's organisations it calls companies ("شركة Micron"), never its subject."""
    return doc.once("companies", _find_companies)


def _find_companies(doc: Document) -> list[str]:
    about = subjects(doc)
    named = []
    for org in doc.organisations:
        if fold(org) in about or doc.resolve_person(org) is not None:
            continue
        for m in re.finditer(re.escape(org), doc.text):
            if _COMPANY.search(doc.text[max(0, m.start() - 12) : m.start()]) or _COMPANY.search(
                doc.text[m.end() : m.end() + 8]
            ):
                named.append(org)
                break
    return named


def _wrong(doc: Document, listing: NamedList, listed: list[str], stem: str, seed: str) -> list[str]:
    """Other names of the list's kind, none of them in the list (not even past what is asked)."""
    known = countries(doc.language)
    if listing.kind == "person":
        # The people named as the coach names his injured players are not the coach: a
        # speaker is offered only beside listed people who speak too (reviewers rejected "Saad
        # Al-Shahri" among the absent players, and "Josep Gombau" among the injured).
        speaking = {a.speaker.name for a in attributions.find(doc)}
        people = distractors.article_people(doc, listed[0], prompt=stem)
        found = [doc.resolve_person(n) for n in listed]
        if not any(p is not None and p.name in speaking for p in found):
            people = [p for p in people if p not in speaking]
        pools = [people]
    elif all(fold(name).casefold() in known for name in listed):
        # "natural gas projects in Mozambique and Algeria": other countries, not banks.
        # Never another name of a listed country: "Syrian Arab Republic" beside "Syria" is
        # right too (a blind reviewer rejected it, set m).
        listed_codes = {country_code(name, doc.language) for name in listed}
        named = [p for p in doc.places if fold(p).casefold() in known]
        plain = [c for c in country_names(doc.language) if "," not in c and "(" not in c]
        pools = [
            [c for c in pool if country_code(c, doc.language) not in listed_codes]
            for pool in (named, distractors.stable_order(plain, seed))
        ]
    else:
        about = subjects(doc)
        bundled_companies = []
        field = distractors.field_of(doc.text)
        if field:
            fields = dict(bundled("company-fields"))
            kind = distractors.bundled_kind("organisations", doc.language, seed)
            bundled_companies = [o for o in kind if fold(o) not in about and fields.get(o) == field]
        pools = [_companies(doc), bundled_companies]
    in_stem = fold(stem)
    pools = [[c for c in pool if fold(c) not in in_stem] for pool in pools]
    return distractors.pick(listed, pools, _WRONG)


def extract(doc: Document) -> list[Question]:
    questions = []
    typed: set[frozenset[str]] = set()  # the people of each list asked typed
    for listing in find(doc):
        listed = [doc.text[a:b] for a, b in listing.items]
        answer = listed[:_ASKED]
        stem = stem_before(doc, listing.sentence, listing.items[0][0])
        if len(stem.split()) < 3 or _titles_the_first(doc, stem):
            continue
        seed = f"{listing.sentence.start}|{'|'.join(answer)}"
        wrong = _wrong(doc, listing, listed, stem, seed)
        if len(wrong) < _FEWEST_WRONG:
            # No other people to offer: a wrong choice of another kind would give it away, so
            # a list of people is asked typed, any of its names right.
            # "like Peter Vance and Liam Boyd", then "(Peter Vance and Liam Boyd) got injured":
            # the same people are asked once, where the article first names them.
            people = frozenset(fold(name) for name in answer)
            asked = name_one.ask(doc, listing.sentence, stem, answer)
            if asked and listing.kind == "person" and people not in typed:
                typed.add(people)
                questions.append(asked)
            continue
        questions.append(select_all(doc, listing.sentence, stem, answer, wrong, "entity"))
    return questions


def _titles_the_first(doc: Document, stem: str) -> bool:
    """True when the stem ends in a title of one person ("former Marathon world record-holder
    Paul Tergat, and John Ngugi"): it says something of the first name only, not of the list.
    A plural ("companies Procter & Gamble and Danone") or a cue ("players like") describes all."""
    words = stem.split()
    last = words[-1] if words else ""
    if doc.language == "ar":
        return fold(last) in ROLE_NOUNS_AR or fold(last).removeprefix("ال") in ROLE_NOUNS_AR
    core = last.replace("-", "")
    return (
        core.isalpha()
        and last.islower()
        and not last.endswith("s")
        and (last in ROLE_NOUNS_EN or last.split("-")[-1] in _TITLE_HEADS_EN)
    )


# The last word of a one-person title before a name: "record-holder", "champion", "winner".
_TITLE_HEADS_EN = frozenset("holder champion winner medallist medalist founder".split())
