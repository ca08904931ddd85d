"""The broad net's phrases: runs of content words split at stop words, verbs, punctuation,
prepositions and the compounds a preposition makes («من أجل», «على مدار»), which a gap must
not split."""

from __future__ import annotations

from .document import STOP_AR, STOP_EN, Document, Sentence, Token, fold, gap, strip_clitic
from .precision import breaks_phrase

MAX_PHRASE = 6


# «من أجل», «من شأنه», «من خلاله», «على مدار», «في إطار», «في وقت سابق»: a preposition and the
# noun that makes a compound of it, one unit a gap must not split (reviewers: garbled).
_OPENS_IDIOM_AR = frozenset(fold(w) for w in "من على في إلى الى".split())
_IDIOM_ENDS_AR = frozenset(
    fold(w)
    for w in """أجل شأن شأنه شأنها شأنهم خلاله خلالها خلالهم مدار جانب إطار اطار صعيد ظل إثر
    اثر وقت ضوء غضون""".split()
)


def _opens_idiom(token: Token) -> bool:
    key = token.key
    return key in _OPENS_IDIOM_AR or (key[:1] in "وف" and key[1:] in _OPENS_IDIOM_AR)


# Folded. Prepositions the stop list leaves out: «صافرة النهاية بسبب الاعتراض» is two phrases.
_PREPOSITIONS_AR = frozenset(
    fold(w) for w in "ضمن بسبب جراء بفضل إثر اثر تحت فوق بدون إزاء تجاه لصالح".split()
)
_QUANTIFIERS_AR = frozenset(fold(w) for w in "بعض كل جميع معظم أغلب أكثر عدد".split())


def _and_a_verb(token: Token) -> bool:
    """«وأحرز», «وسجل», «وأضاف»: «و» and a verb in the past, as Arabic news opens a sentence
    (a noun there carries the article: «والوزارة»)."""
    key = token.key
    if not token.is_arabic or len(key) < 4 or key[0] != "و" or key[1:3] == "ال":
        return False
    return key[1:] not in STOP_AR and key[1:] not in _QUANTIFIERS_AR  # «وبعض المشروعات»


def chunks(doc: Document, sentence: Sentence) -> list[tuple[int, list[Token]]]:
    """Runs of content words (with the index of their first token), split at stop words, verbs
    and punctuation; a run longer than `MAX_PHRASE` words is dropped, since any cut through it
    would split a phrase."""
    stop = STOP_AR if doc.language == "ar" else STOP_EN
    runs: list[tuple[int, list[Token]]] = []
    current: list[Token] = []
    begin = 0
    tokens = sentence.tokens
    for k, tok in enumerate(tokens):
        broken = k > 0 and bool(gap(doc.text, tokens[k - 1], tok).strip())
        skip = (
            tok.key in stop
            or (doc.language == "ar" and strip_clitic(tok.key) in _PREPOSITIONS_AR)
            or (len(tok.key) < 2 and not tok.key.isdigit())
            or breaks_phrase(doc.language, tok)
            or (k == 0 and _and_a_verb(tok))
            or (k > 0 and _opens_idiom(tokens[k - 1]) and tok.key in _IDIOM_ENDS_AR)
        )
        if skip or broken:
            if current:
                runs.append((begin, current))
            current = [] if skip else [tok]
            begin = k
            continue
        if not current:
            begin = k
        current.append(tok)
    if current:
        runs.append((begin, current))
    pieces = []
    for begin, run in runs:
        for at in range(0, len(run), MAX_PHRASE):
            pieces.append((begin + at, run[at : at + MAX_PHRASE]))
    return pieces
