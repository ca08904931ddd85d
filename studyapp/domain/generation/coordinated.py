"""People named beside a known person: "Aridane Santana and Marcos Tebar", "A B, C D and E F",
«محمد صلاح وساديو ماني». A name whose given name no list knows is still a person when it is
coordinated with one, so long as it is two or three capitalised words (in Arabic, exactly two
name words) with no organisation, place, team or role word in it ("Marcos Tebar and Real Madrid"
stays as it is)."""

from __future__ import annotations

from collections.abc import Callable

from .arabic_names import article_nouns, is_verbish_ar
from .document import STOP_AR, STOP_EN, Document, Sentence, Token, capitalised_runs, fold, gap
from .names import (
    ACCORDING_AR,
    MAX_NAME,
    ORG_CUES_AR,
    ROLE_NOUNS_AR,
    ROLE_NOUNS_EN,
    TITLES_EN,
    a_country_en,
    is_given_name,
    is_role_word_ar,
    names_origin,
)
from .people_en import ORG_WORDS_EN, PLACE_WORDS_EN

# Words that open a club's name rather than a person's: "Real Madrid", "Sporting Lisbon".
_TEAM_WORDS_EN = frozenset("real atletico athletic sporting inter dynamo united rovers".split())
_TEAM_WORDS_AR = frozenset(
    fold(w) for w in "ريال أتلتيكو اتلتيكو إنتر انتر نادي فريق منتخب".split()
)


def spot(doc: Document, places: frozenset[str], name_token_ar: Callable[[Token], bool]) -> None:
    """Add the people coordinated with a person the finders already know."""
    if not doc.people:
        return
    if doc.language == "ar":
        # Nouns the article also writes with the article ("غياب" / "الغياب") are no names.
        common = article_nouns(doc)
        for sentence in doc.content:
            _spot_ar(doc, sentence, places, name_token_ar, common)
    else:
        ordinary = {t.key for s in doc.content for t in s.tokens if t.text.islower()}
        for sentence in doc.content:
            _spot_en(doc, sentence, places, ordinary)


def _known(doc: Document, name: str) -> bool:
    """The whole of a known person's name (not a surname that happens to match)."""
    person = doc.resolve_person(name)
    return person is not None and len(name.split()) >= 2 and fold(name) in fold(person.name)


def _spot_en(doc: Document, sentence: Sentence, places: frozenset[str], ordinary: set[str]) -> None:
    tokens = sentence.tokens
    for chain in _chains_en(doc, sentence):
        # "Representatives Cortney Niland, Lily Limon …": the title before the first name
        chain = [(i + 1 if _titled(tokens, i, j) else i, j) for i, j in chain]
        names = [doc.text[tokens[i].start : tokens[j - 1].end] for i, j in chain]
        looks = [
            _looks_like_name_en(doc, tokens[i:j], n, places, ordinary)
            for (i, j), n in zip(chain, names, strict=True)
        ]
        if not any(k and _known(doc, n) for k, n in zip(looks, names, strict=True)):
            continue
        # Known again each time: a name just added may make the next one known.
        for name, like in zip(names, looks, strict=True):
            if like and not _known(doc, name):
                doc.add_person(name)


def _titled(tokens: list[Token], i: int, j: int) -> bool:
    """True when a run of three capitalised words or more opens on a title ("Representatives",
    "Sen."), which is no part of the name after it."""
    key = tokens[i].key.rstrip(".")
    plural_role = key.endswith("s") and key[:-1] in ROLE_NOUNS_EN | {"justice"}
    return j - i >= 3 and (key in TITLES_EN or plural_role)  # "Justices Sonia Sotomayor"


def _chains_en(doc: Document, sentence: Sentence) -> list[list[tuple[int, int]]]:
    """Runs of capitalised words joined by ", ", " and " or ", and "."""
    tokens = sentence.tokens
    chains: list[list[tuple[int, int]]] = []
    previous = None
    for i, j in capitalised_runs(doc, sentence):
        joined = False
        if previous is not None:
            a = previous[1]
            if a == i:
                joined = gap(doc.text, tokens[a - 1], tokens[i]) == ", "
            elif a + 1 == i and tokens[a].key == "and":
                before = gap(doc.text, tokens[a - 1], tokens[a])
                joined = before in (" ", ", ") and gap(doc.text, tokens[a], tokens[i]) == " "
        if joined:
            chains[-1].append((i, j))
        else:
            chains.append([(i, j)])
        previous = (i, j)
    return [chain for chain in chains if len(chain) >= 2]


def _looks_like_name_en(
    doc: Document, words: list[Token], name: str, places: frozenset[str], ordinary: set[str]
) -> bool:
    """Two or three capitalised words, none an organisation, place, team, role or plain word
    ("Fire", "Rescue": written in lower case elsewhere in the article)."""
    if not 2 <= len(words) <= MAX_NAME or fold(name) in places or a_country_en(name):
        return False  # "… in North Central Nigeria, Abubakar Sani Bello," (set if)
    for word in words:
        key = word.key
        if not word.text.isalpha() or word.text.isupper() or len(key) < 2:
            return False  # "SK Hynix", "F-35", initials: not the shape of a name
        if key in ORG_WORDS_EN or key in PLACE_WORDS_EN or key in _TEAM_WORDS_EN:
            return False
        if key in ROLE_NOUNS_EN or key in ordinary:
            return False
        if key in STOP_EN or fold(word.text) in places or names_origin(word.text, "en"):
            return False
    return True


def _spot_ar(
    doc: Document,
    sentence: Sentence,
    places: frozenset[str],
    name_token_ar: Callable[[Token], bool],
    common: frozenset[str],
) -> None:
    """«X Y وZ W»: two or three name words on either side of a clitic "و", one side known."""
    tokens = sentence.tokens
    for k in range(1, len(tokens)):
        if not (tokens[k].key.startswith("و") and len(tokens[k].key) > 2):
            continue
        if gap(doc.text, tokens[k - 1], tokens[k]) != " ":
            continue
        if is_role_word_ar(tokens[k]):
            continue  # «علاء فاروق وزير الزراعة»: «وزير» is a minister, not "and «زير»"
        if tokens[k].key in ACCORDING_AR or tokens[k].key in STOP_AR:
            continue  # «… العنسي وفقا لوكالة "سبأ"»: "according to", not "and «فقا»"
        left = _words_ar(doc, tokens, k - 1, -1, places, name_token_ar)
        right = _words_ar(doc, tokens, k, 1, places, name_token_ar)
        left_names = [_text(doc, left[-n:]) for n in range(2, len(left) + 1)]
        right_names = [_text(doc, right[:n], clitic=True) for n in range(2, len(right) + 1)]
        if any(_known(doc, n) for n in left_names) and len(right) == 2:
            _add_unknown_ar(doc, right, right_names[-1], common, clitic=True)
        elif any(_known(doc, n) for n in right_names) and len(left) == 2:
            _add_unknown_ar(doc, left, left_names[-1], common, clitic=False)


def _add_unknown_ar(
    doc: Document, words: list[Token], name: str, common: frozenset[str], *, clitic: bool
) -> None:
    """Exactly two name words, the first not opening with a preposition ("بغياب") unless it is
    a given name, neither a word the article also writes with the article ("ريال" / "الريال")."""
    first = words[0].key[1:] if clitic else words[0].key
    keys = [first] + [w.key for w in words[1:]]
    if first[:1] in "بل" and not is_given_name(doc, Token(0, 0, first, first)):
        return
    if any(key in common or key in _TEAM_WORDS_AR for key in keys) or _known(doc, name):
        return
    doc.add_person(name)


def _text(doc: Document, words: list[Token], *, clitic: bool = False) -> str:
    """The words' text; without the first word's clitic "و" when it carries one."""
    start = words[0].start + (1 if clitic else 0)
    return doc.text[start : words[-1].end]


def _words_ar(
    doc: Document,
    tokens: list[Token],
    start: int,
    step: int,
    places: frozenset[str],
    name_token_ar: Callable[[Token], bool],
) -> list[Token]:
    """Up to four name words from `start` outwards (backwards when `step` is -1): a fourth
    one says the name's edge is not clear."""
    words: list[Token] = []
    k = start
    while 0 <= k < len(tokens) and len(words) <= MAX_NAME:
        if words:
            a, b = (tokens[k], words[-1]) if step < 0 else (words[-1], tokens[k])
            if gap(doc.text, a, b) != " ":
                break
        token = tokens[k]
        if k == start and step > 0:
            token = Token(token.start + 1, token.end, token.text[1:], token.key[1:])
        closing = token.key.startswith("ال") and (step > 0 or not words)
        if closing:  # a family name with the article ends the name: "سامر الخطيب"
            token = Token(token.start + 2, token.end, token.text[2:], token.key[2:])
        key = token.key
        if len(key) < 2 or not name_token_ar(token) or key in ORG_CUES_AR:
            break
        if key in ROLE_NOUNS_AR or key in places or is_verbish_ar(token):
            break
        if step < 0 and words and key[:1] in "بل" and not is_given_name(doc, token):
            break  # "بغياب": a preposition's noun before the name, not a part of it
        words.append(tokens[k])
        k += step
        if closing and step > 0:
            break
    if step < 0:
        words.reverse()
    return words
