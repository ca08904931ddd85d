"""The broad net's phrases: runs of content words split at stop words, verbs, punctuation,
prepositions and the compounds a preposition makes («من أجل», «على مدار»), which a gap must
not split; in news, where people speak, also at «و» and never cut into pieces."""

from __future__ import annotations

from .arabic_roles import WAW_NOUNS_AR
from .document import STOP_AR, STOP_EN, Document, Sentence, Token, fold, gap, strip_clitic
from .precision import breaks_phrase

MAX_PHRASE = 6
# The bound on a gap: in news a run of more words is no one phrase, and a piece cut
# from it garbles it («تنفيذه أعمال توسعة الطريق | العام»).
MAX_NEWS_PHRASE = 4


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
    fold(w) for w in "ضمن بسبب جراء بفضل إثر اثر تحت فوق بدون إزاء تجاه لصالح وفق وفقا".split()
)
_QUANTIFIERS_AR = frozenset(fold(w) for w in "بعض كل جميع معظم أغلب أكثر عدد".split())


def _and_a_verb(token: Token) -> bool:
    """«وأحرز», «وسجل», «وأضاف»: «و» and a verb in the past, as Arabic news opens a sentence
    (a noun there carries the article: «والوزارة»)."""
    key = token.key
    if not token.is_arabic or len(key) < 4 or key[0] != "و" or key[1:3] == "ال":
        return False
    return key[1:] not in STOP_AR and key[1:] not in _QUANTIFIERS_AR  # «وبعض المشروعات»


# Folded. Nouns that open with «و» and are no «و» before a word: a role's chain («ولاية»,
# «وكالة»: arabic_roles) and others news writes («وزير», «وزارة», «وقود»).
_WAW_NOUNS_AR = WAW_NOUNS_AR | frozenset(
    fold(w)
    for w in """وزير وزيرة وزارة وزراء وحدة وطني وطنية وادي واحة وسائل وسط وقود وفد ورشة وثيقة
    وظيفة وجهة وفاة واقع""".split()
)


def _conjunction(token: Token) -> bool:
    """True for an Arabic word opened by «و» as a conjunction, not as its first letter."""
    key = token.key
    return token.is_arabic and len(key) >= 4 and key[0] == "و" and key not in _WAW_NOUNS_AR


def _joins(previous: Token, token: Token) -> bool:
    """True for «و» opening `token` as the conjunction after a whole phrase: «التنظيم الدفاعي |
    والهجمات المرتدة», «قرية الصقعان | وأجزاء». After a noun without the article the phrase
    goes on: «مصنعي ومستخدمي الرقائق» is one construct."""
    return _conjunction(token) and strip_clitic(previous.key).startswith("ال")


def _opens_a_clause(token: Token) -> bool:
    """«وكنت», «وفزنا», «واستلام»: «و» and a word without the article opens a clause or a
    verbal noun's phrase; «والهجمات» opens a noun phrase."""
    return _conjunction(token) and token.key[1:3] != "ال"


def chunks(doc: Document, sentence: Sentence, news: bool = False) -> list[tuple[int, list[Token]]]:
    """Runs of content words (with the index of their first token), split at stop words, verbs
    and punctuation, cut into pieces of at most `MAX_PHRASE` words. In `news` (an article that
    reports what people said) a run is also split at a joining «و», and a run longer than
    `MAX_NEWS_PHRASE` words, or one opened by «و» and a word without the article («وكنت أرى»,
    «واستلام كروت»: a clause, not a phrase), is dropped: blind reviewers accepted 1 of 34 of
    the broad net's gaps on unseen news, most of them such. Elsewhere the long pieces stay:
    encyclopaedia questions ask them (ARCD-test recall@10 falls from 0.607 to about 0.574
    without)."""
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
        if news and current and not skip and not broken and _joins(tokens[k - 1], tok):
            runs.append((begin, current))
            current, begin = [tok], k
            continue
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
        if news and (len(run) > MAX_NEWS_PHRASE or _opens_a_clause(run[0])):
            continue
        for at in range(0, len(run), MAX_PHRASE):
            pieces.append((begin + at, run[at : at + MAX_PHRASE]))
    return pieces
