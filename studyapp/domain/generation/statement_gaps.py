"""Where a gap in someone's words is clean (completions.py): a whole noun phrase, its prefix
outside, of at most MAX_GAP_WORDS words, in a clause of the statement, not a stock evaluation."""

from __future__ import annotations

import re

from ..text import split_sentences
from .clauses import LEANS_BACK
from .document import Document, Sentence, Token, fold, gap, strip_clitic
from .gap_words_en import PREPOSITIONS_EN, not_a_thing_en
from .phrase_chunks import chunks

# A verbal noun opens the gap ("إنشاء شركات", "استخدام العائد"): the thing is the noun after it.
# Matched as written: "إنشاء" (a verbal noun) has its hamza below, "أشباه" (a plural) above.
_MASDAR_AR = re.compile(r"^(?:است\w{3,}|إ\w\w?\wا\w|ت\w\wي\w|ا\wت\wا\w|ان\w\wا\w)$")
# "good winners", "a big problem": an evaluation anyone could guess, not a term of the story.
_STOCK_EN = frozenset(
    """good bad great best better big small right wrong real whole new major important main
    huge full same""".split()
)


_DETERMINERS_EN = frozenset("the a an his her its their this these those".split())


def _bare(key: str) -> str:
    return key.removeprefix("ال")


def clean_gap(doc: Document, tokens: list[Token], at: int, phrase: list[Token]) -> list[Token]:
    """The words of `phrase` (tokens[at:…]) worth blanking in a speaker's words, or [] for a gap
    a student could not fairly fill: one that splits a compound, carries a prefix, or names
    the article's own subject."""
    if doc.language == "ar" and len(phrase) == 2 and not phrase[0].key.startswith("ال"):
        if _MASDAR_AR.match(phrase[0].text):
            at, phrase = at + 1, phrase[1:]  # "سيتم إنشاء ____" keyed "شركات"
    before = tokens[at - 1] if at > 0 else None
    after = tokens[at + len(phrase)] if at + len(phrase) < len(tokens) else None
    if before is not None and gap(doc.text, before, phrase[0]).strip():
        before = None
    if after is not None and gap(doc.text, phrase[-1], after).strip():
        after = None
    headline = {_bare(fold(w)) for w in re.findall(r"\w+", doc.title) if len(w) >= 3}
    if any(_bare(t.key) in headline or _bare(t.key[1:]) in headline for t in phrase):
        return []  # "طيبة 1" in an article headed "إطلاق القمر الصناعي «طيبة 1»": its subject
    if doc.language == "en":
        if before is not None and before.key == "at" and phrase[0].key in ("least", "most"):
            return []  # "We had at ____" keyed "least 10,000": an idiom cut in two
        stock = all(t.text.islower() for t in phrase) and phrase[0].key in _STOCK_EN
        if (
            len(phrase) >= 2
            and after is not None
            and after.key in _DETERMINERS_EN
            and phrase[-1].text.islower()
            and phrase[-1].key.endswith("s")
        ):
            phrase = phrase[:-1]  # "the side of the ____ the figure" keyed "monument features":
            # a verb before its object; the thing is "monument"
        if len(phrase) >= 2 and phrase[-1].key in PREPOSITIONS_EN:
            return []  # "some of the ____ the bridge" keyed "supports under" (set l: garbled)
        return [] if stock or not_a_thing_en(phrase) else phrase
    return [] if _splits_ar(doc, before, phrase, after) else phrase


def clitic_length(token: Token) -> int:
    """1 for "بالعملية" or "كالعادة": the preposition stays in the prompt, "ب____"."""
    return 1 if token.is_arabic and token.key[:3] in ("بال", "كال") and len(token.key) >= 6 else 0


_PARTICLE_PRONOUN_AR = re.compile(r"^(?:الي|علي|من|عن|في|ل|ب|مع|عند)(?:ه|ها|هم|هما|هن|نا|كم)$")


def _splits_ar(
    doc: Document, before: Token | None, phrase: list[Token], after: Token | None
) -> bool:
    """True when the gap cuts an Arabic compound or carries a prefix: "لمحافظة السويداء" (ل-),
    "مراكز ____" before "البيانات" (a construct), "القمر ____" keyed "الصناعي" (an adjective)."""
    stop = doc.stop_words()
    first, last = phrase[0].key, phrase[-1].key
    if any(_PARTICLE_PRONOUN_AR.match(t.key) for t in phrase):
        return True  # "التوصل إليها": a particle with its pronoun is no part of a thing named
    # "بالعملية التعليمية" is gapped after its "ب" (clitic_length); any other clitic stays out.
    if (
        not clitic_length(phrase[0])
        and first[:1] in "بلك"
        and (first[1:].startswith("ال") or len(first) >= 5)
    ):
        known = {fold(w) for n in (*doc.places, *doc.organisations, *doc.people) for w in n.split()}
        if first not in known:
            return True  # the clitic stays outside the gap: "ب____", not "____" keyed "بالمرحلة"
    if after is not None and after.is_arabic and after.key not in stop:
        if after.key.startswith("ال"):
            return True  # "باكورة مشروع | المليون": the chain or the adjective goes on
        if not last.startswith("ال") and after.key.endswith(("ه", "ات", "ين", "ون")):
            return True  # "مركز | بيانات": an indefinite construct
    if before is not None and before.is_arabic and before.key not in stop:
        if before.key.startswith("ال") and first.startswith("ال"):
            return True  # "القمر | الصناعي": a noun and its adjective
        if not before.key.startswith("ال") and before.key.endswith("ه") and len(before.key) >= 4:
            return True  # "لجنة | طوارئ": the head of a construct left outside
    return False


# Reviewers accepted about four in ten two-word gaps in someone's words, and none of 45 longer.
MAX_GAP_WORDS = 2


# A clause of a long statement: up to a comma, but not the comma of "200,000".
_CLAUSE = re.compile(r"(?:[^،,]|(?<=\d),(?=\d))+")


def pieces(said: str, at: int) -> list[tuple[int, int]]:
    """Spans of the statement's sentences; one past forty words is cut at its commas, for a
    long Arabic statement is one sentence of clauses ("…، وإنما النهوض … سوق العمل")."""
    spans = []
    for piece in split_sentences(said):
        start = at + piece.start
        if len(piece.text.split()) <= 40:
            spans.append((start, start + len(piece.text)))
            continue
        for clause in _CLAUSE.finditer(piece.text):
            opening = clause.group().split(None, 1)[:1]
            if clause.start() and opening and fold(opening[0]).casefold() in LEANS_BACK:
                continue  # ", after a chaotic election that left …": no sentence alone (set a)
            spans.append((start + clause.start(), start + clause.end()))
    return spans


def short_chunks(doc: Document, span: Sentence) -> list[tuple[int, list[Token]]]:
    """The span's phrases, an Arabic one of three words or more cut where a new phrase opens
    ("ضرورة ملحة | لتعويض"): its head is a phrase of its own."""
    out = []
    for first, phrase in chunks(doc, span):
        if doc.language != "ar" or len(phrase) <= MAX_GAP_WORDS:
            out.append((first, phrase))
            continue
        start = 0
        for k in range(1, len(phrase) + 1):
            if k == len(phrase) or _opens_a_phrase_ar(doc, phrase[k]):
                out.append((first + start, phrase[start:k]))
                start = k
    return out


def _opens_a_phrase_ar(doc: Document, token: Token) -> bool:
    """A preposition's word ("لتعويض") or "and" before a particle ("وكذلك"): the words before
    it are a phrase of their own ("ضرورة ملحة", "قرار التأجيل")."""
    if token.text[:1] in "لب" and len(token.key) >= 5:
        return True
    return token.key[:1] == "و" and strip_clitic(token.key) in doc.stop_words()


def not_one_phrase_ar(phrase: list[Token]) -> bool:
    """ "والبرامج التطويرية" opens with "and"; "الدولة استجابت" is a subject and its verb (a
    definite word, then an indefinite one): neither is one thing to fill in."""
    if phrase[0].key[:1] == "و" and strip_clitic(phrase[0].key) != phrase[0].key:
        return True
    if any(_joined_by_and_ar(t.key) for t in phrase[1:]):
        return True  # «صرح تعليمي ____» keyed «كبير ومتميز» (set s: garbled): two things
    first, last = phrase[0].key, phrase[-1].key
    return len(phrase) == 2 and first.startswith("ال") and not last.startswith("ال")


def _joined_by_and_ar(key: str) -> bool:
    """True for a word that opens on «و» joining it to the word before: «والتنمية», «ومتميز»
    (a participle; no word of its own opens on «وم» that long)."""
    return key.startswith("وال") or (key.startswith("وم") and len(key) >= 6)
