"""English roles around a name: the role before it ("Foreign Minister", "Danone's finance
chief", "Minister for Planning and Development") and the one set off by commas after it (",
the chief executive of Nordwind,"). Read by people_en.spot_sentence."""

from __future__ import annotations

import re

from .document import (
    BEFORE_ROLE_EN,
    SPEECH_VERBS_EN,
    STOP_EN,
    Document,
    Sentence,
    Token,
    gap,
    is_capitalised,
)
from .names import (
    DESCRIBING_EN,
    ROLE_NOUNS_EN,
    TITLES_EN,
    a_country_en,
    census,
    is_given_name,
    is_place_en,
)

Role = tuple[str, int, int, str]  # the role, its offsets, the organisation it is of

ROLE_LINKS_EN = frozenset("for of and the".split())
_LEGAL_FORMS_EN = frozenset("inc corp co ltd llc plc".split())
# Lower-case words that make a role of a role noun: "finance chief", "foreign minister".
_ROLE_FIELDS_EN = frozenset(
    """finance financial executive operating technology marketing foreign prime interior health
    defence defense economy trade education justice managing general senior technical
    transportation transport energy environment agriculture labor labour housing commerce
    security communications information culture tourism treasury""".split()
)


def role_before_en(
    doc: Document, sentence: Sentence, start: int, between: str = " "
) -> Role | None:
    """ "Foreign Minister", "Minister for Planning and Development", "Odisha boss" before a name;
    with the organisation of "Danone's finance chief". `between` is what stands between the
    role and the name: a space, or ", " for "The Nigerian Minister of Finance, Kemi Adeosun,"."""
    tokens = sentence.tokens
    k = start - 1
    titled = k > 0 and tokens[k].key in TITLES_EN
    if titled and gap(doc.text, tokens[k], tokens[start]) in (" ", ". "):
        start, k = k, k - 1  # "Prime Minister Dr. Moustafa Madbouly": the role is before "Dr."
    if k < 0 or gap(doc.text, tokens[k], tokens[start]) != between:
        return None
    if tokens[k].key in ROLE_LINKS_EN:
        return None  # "chief executive of Amazon Web Services": an organisation follows
    end = k
    while k >= 0 and (tokens[k].key in ROLE_LINKS_EN or is_capitalised(tokens[k])):
        if tokens[k].key in ROLE_NOUNS_EN:
            break
        if doc.text[tokens[k].end : tokens[k].end + 2] in ("'s", "’s") or tokens[k].key.endswith(
            ("'s", "’s")
        ):
            return None  # "director of Erlanger’s Community Health Centers": what it owns
        k -= 1
        if k < 0 or end - k > 5:
            return None
    if k < 0 or tokens[k].key not in ROLE_NOUNS_EN:
        return None
    head = k
    while head > 0 and gap(doc.text, tokens[head - 1], tokens[head]) == " " and k - head < 5:
        previous = tokens[head - 1]
        if previous.key.endswith(("'s", "’s")):
            break  # "Danone's finance chief": the organisation, not the role
        capital = is_capitalised(previous) and previous.key not in STOP_EN
        if previous.key in _LEGAL_FORMS_EN:
            break  # "Tesla Inc Chief Executive Officer": the company's name ends there
        if not (capital or previous.key in ROLE_NOUNS_EN or previous.key in _ROLE_FIELDS_EN):
            break
        head -= 1
    if tokens[head].key.endswith(("'s", "’s")):
        return None
    if head > 0 and gap(doc.text, tokens[head - 1], tokens[head]) in ("—", "–"):
        return None  # "Fort Lauderdale—Hollywood International Airport Port Director": the
        # body's name goes on past its dash (set hz: "Who is the Hollywood … Director?", garbled)
    if (
        head > 0
        and _ORDINAL.fullmatch(tokens[head - 1].key)
        and gap(doc.text, tokens[head - 1], tokens[head]) == " "
    ):
        head -= 1  # "22nd Ward Alderman Michael Rodriguez": which ward's (set g: "Ward Alderman")
    if head > 0 and tokens[head - 1].key in BEFORE_ROLE_EN:
        head -= 1  # "former Prime Minister Manmohan Singh" is no Prime Minister now
    if head > 0 and tokens[head - 1].key in ROLE_LINKS_EN - {"and"}:
        # "Solar Trust of America CEO Uwe Schmidt": the capitalised words before the role end
        # the name of what it is of; the role is "CEO", not "America CEO".
        while head < k and tokens[head].key not in ROLE_NOUNS_EN | _ROLE_FIELDS_EN:
            head += 1  # "presence of Prime Minister Imran Khan" keeps "Prime"
    if any(_a_person(doc, tokens, n) for n in range(head, end)):
        return None  # "Interior Secretary Ken Salazar and California Gov.": another's role
    named = _named_body(doc, tokens, head, k)
    if named is not None:
        # "American Airlines Chief Executive Doug Parker": the chief executive at the company
        # the article names ("American Airlines Group Inc"); keyed with its name, the role was
        # the one choice naming the airline among bare roles (set id: given away).
        a, b = tokens[named].start, tokens[end].end
        body = doc.text[tokens[head].start : tokens[named - 1].end]
        if _COMPANY_ROLE.search(doc.text[a:b]) and not _PUBLIC_BODY.search(body):
            return doc.text[a:b], a, b, body
    a, b = tokens[head].start, tokens[end].end
    return doc.text[a:b], a, b, _owner(doc, sentence, head)


def _named_body(doc: Document, tokens: list[Token], head: int, k: int) -> int | None:
    """Where the role opens after capitalised words from tokens[head] that name a body the
    article names elsewhere too ("American Airlines", beside "shares of American Airlines Group
    Inc"), two words at least, no place and no people's name ("South African"); None when
    there are none."""
    for j in range(k, head, -1):
        if tokens[j - 1].key in ROLE_NOUNS_EN | _ROLE_FIELDS_EN:
            continue
        words = doc.text[tokens[head].start : tokens[j - 1].end]
        if j - head < 2 or is_place_en(words) or a_country_en(words):
            return None  # "Apple CEO", "Odisha boss", "Soviet President": one word, as before
        if _DEMONYM_EN.search(words):
            return None  # "South African Vice Consul": where from, no body
        named = re.findall(rf"(?<![\w-]){re.escape(words)}(?![\w-])", doc.text)
        return j if len(named) >= 2 else None
    return None


# A company officer's role, which a choice question offers among bundled officers' roles.
_COMPANY_ROLE = re.compile(
    r"\b(?:chief|executive|officer|director|ceo|cfo|cto|founder|chair)", re.I
)
# A public body's officer: "Howard County Executive" stays as written (set if).
_PUBLIC_BODY = re.compile(
    r"\b(?:County|City|State|Town|Council|Department|Ministry|Government|Authority|Agency)\b"
)
# A people's name ends a run of capitalised words: "South African", "Sri Lankan", "New Zealander".
_DEMONYM_EN = re.compile(r"(?:an|ese|ish|ian|er|i)$")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


def _a_person(doc: Document, tokens: list[Token], n: int) -> bool:
    """True when tokens n and n + 1 name a person the article knows."""
    if n + 1 >= len(tokens):
        return False
    return doc.resolve_person(f"{tokens[n].text} {tokens[n + 1].text}") is not None


def _names_another(phrase: list[Token]) -> bool:
    """True for ", General Hermann von François," after a name: a title and a name of its
    own, the next person of a list, not the role of the one before."""
    k = 0
    while k < len(phrase) and phrase[k].key in ROLE_NOUNS_EN and is_capitalised(phrase[k]):
        k += 1
    return 0 < k < len(phrase) and is_capitalised(phrase[k]) and phrase[k].key not in STOP_EN


def _owner(doc: Document, sentence: Sentence, head: int) -> str:
    """ "Danone" of "Danone's finance chief": a capitalised possessive just before the role."""
    if head == 0 or gap(doc.text, sentence.tokens[head - 1], sentence.tokens[head]) != " ":
        return ""
    tokens = sentence.tokens
    owner = tokens[head - 1]
    if not (is_capitalised(owner) and owner.key.endswith(("'s", "’s"))):
        return ""
    first = head - 1
    while first > 0 and gap(doc.text, tokens[first - 1], tokens[first]) == " ":
        if not is_capitalised(tokens[first - 1]) or tokens[first - 1].key in STOP_EN:
            break
        first -= 1  # "South Africa's health minister": the whole name before "'s"
    return doc.text[tokens[first].start : owner.end - 2]


_RELATIVES_EN = frozenset("who whom whose which that".split())


def _cut_inside(doc: Document, tokens: list[Token], b: int) -> bool:
    """True when tokens[b] goes on the word before it: no space between, or the stop of an
    initial ("U.S.")."""
    between = gap(doc.text, tokens[b - 1], tokens[b]).strip()
    initial = len(tokens[b - 1].text) == 1 and tokens[b - 1].text.isupper()
    return not between or (between == "." and initial)


def role_after_en(doc: Document, sentence: Sentence, j: int) -> Role | None:
    """ ", the chief executive of Nordwind," after a name: the role phrase up to the next comma."""
    tokens = sentence.tokens
    if j >= len(tokens) or gap(doc.text, tokens[j - 1], tokens[j]).strip() != ",":
        return None
    a = j + (1 if tokens[j].key in {"the", "a", "an"} else 0)
    b = a
    while b < len(tokens) and b - a < 7:
        between = gap(doc.text, tokens[b - 1], tokens[b]).strip() if b > a else ""
        initial = len(tokens[b - 1].text) == 1 and tokens[b - 1].text.isupper()
        if between and between != "&" and not (between == "." and initial):
            break  # "an analyst with U.S. Bancorp", "for AT&T": initials and "&" go on
        if b > a and tokens[b].key in SPEECH_VERBS_EN:
            break  # "Karen Johnson, Holmes County Health Officer stated, …": the verb is not hers
        if b > a and tokens[b].key in _RELATIVES_EN:
            break  # "James Fry, a hedge fund manager who brought millions …": what he did
        b += 1
    phrase = tokens[a:b]
    if b < len(tokens) and DESCRIBING_EN.search(tokens[b].text):
        # "chief executive officer of the Juno Beach, Florida-based power company": the comma is
        # inside the body's description, so the role stops before its "of/at/for".
        link = next((k for k, t in enumerate(phrase) if k and t.key in ("of", "at", "for")), None)
        phrase = phrase[:link] if link is not None else phrase
    elif b < len(tokens) and _cut_inside(doc, tokens, b):
        # "the former governor of the U.S. state of Virginia", "assistant secretary for health
        # at the U.S. Department of …": the limit cut the body's name, so the role stops
        # before the last "of/at/for" it holds ("former governor", "assistant secretary for
        # health"; not "… at the U", which a reviewer read as "at the U?").
        links = [k for k, t in enumerate(phrase) if k and t.key in ("of", "at", "for")]
        phrase = phrase[: links[-1]] if links else phrase
    while phrase and phrase[-1].key in STOP_EN:
        phrase = phrase[:-1]  # "managing director of the interim city and": cut at "and"
    cut = next(
        (k for k, t in enumerate(phrase) if t.key == "and" and not inside_a_name(phrase, k)), None
    )
    link = (
        next((k for k, t in enumerate(phrase[:cut]) if k and t.key in _LINKS_EN), None)
        if cut is not None
        else None
    )
    if link is not None and cut + 1 < len(phrase) and not is_capitalised(phrase[cut + 1]):
        # "head of disaster and emergency services": the "and" joins what the role is of; cut
        # there, "head of disaster" was garbled (set h). The whole phrase up to its comma, or
        # the role without what it is of.
        close = _closing_comma(doc, tokens, a + cut, _AFTER_AND)
        phrase = tokens[a:close] if close is not None else phrase[:link]
    elif cut is not None:
        phrase = phrase[:cut]
        while phrase and phrase[-1].key in STOP_EN:
            phrase = phrase[:-1]
    if not phrase or not any(t.key.removesuffix("'s") in ROLE_NOUNS_EN for t in phrase[:4]):
        return None
    if phrase[0].key in SPEECH_VERBS_EN or _names_another(phrase) or _a_verb_on(phrase):
        return None
    if any(_role_then_person(doc, phrase, k) for k in range(len(phrase) - 1)):
        return None  # "13th African Games, leaving coach Desmond Ofei brimming with pride"
    return doc.text[phrase[0].start : phrase[-1].end], phrase[0].start, phrase[-1].end, ""


def _a_verb_on(phrase: list[Token]) -> bool:
    """True for a phrase opening on a verb in the past and its object: ", accused the Prime
    Minister of having …" after "speaking in Milton Keynes" is what he did, no role ("Who is
    the accused the Prime Minister of having?", a development reviewer: garbled); "a retired
    general" is one."""
    return (
        len(phrase) >= 2
        and phrase[0].key.endswith("ed")
        and (phrase[1].key in _DETERMINERS_EN or is_capitalised(phrase[1]))
    )


_DETERMINERS_EN = frozenset("the a an his her their its our this that".split())
_LINKS_EN = frozenset("of at for with".split())
_AFTER_AND = 5  # words after the "and" within which the comma closing the role may stand


def _closing_comma(doc: Document, tokens: list[Token], k: int, reach: int) -> int | None:
    """The index of the token a comma (or the sentence's end) stands before, within `reach`
    tokens after tokens[k], or None."""
    for m in range(k + 1, min(len(tokens), k + 1 + reach)):
        if m + 1 == len(tokens) or gap(doc.text, tokens[m], tokens[m + 1]).strip():
            return m + 1
    return None


def inside_a_name(phrase: list[Token], k: int) -> bool:
    """True for an "and" between two capitalised words: "Surrey and Sussex Healthcare Trust"
    is one body (set h: "Surrey's chief executive" was garbled)."""
    if not (0 < k < len(phrase) - 1):
        return False
    after = phrase[k + 1]
    # Not "principal of MacLeod Elementary and Jeff St. Onge, principal of …": the next person.
    return (
        is_capitalised(phrase[k - 1])
        and is_capitalised(after)
        and after.text.casefold() not in census("given-names")
    )


def _role_then_person(doc: Document, phrase: list[Token], k: int) -> bool:
    """True when the role noun at k names someone straight after it, by a name the article
    knows or a given name and another capitalised word: the role is his, not the one's before
    the comma."""
    name = phrase[k + 1]
    if phrase[k].key not in ROLE_NOUNS_EN or not is_capitalised(name) or name.key in STOP_EN:
        return False
    family = k + 2 < len(phrase) and is_capitalised(phrase[k + 2])
    given = is_given_name(doc, name) or name.text.casefold() in census("given-names")
    return (given and family) or doc.resolve_person(name.text) is not None
