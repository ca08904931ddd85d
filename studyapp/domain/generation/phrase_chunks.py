"""The broad net's phrases: runs of content words split at stop words, verbs, punctuation,
prepositions and the compounds a preposition makes («من أجل», «على مدار»), which a gap must
not split; in news, where people speak, also at «و» and never cut into pieces."""

from __future__ import annotations

from .arabic_roles import ADVERBS_AR, WAW_NOUNS_AR, carries_pronoun_ar
from .document import STOP_AR, STOP_EN, Document, Sentence, Token, fold, gap, strip_clitic
from .precision import breaks_phrase

MAX_PHRASE = 6
# The bound on a gap: in news a run of more words is no one phrase, and a piece cut
# from it garbles it («تنفيذه أعمال توسعة الطريق | العام»).
MAX_NEWS_PHRASE = 4
# In a pasted Arabic article reviewers took a key of four words for over-long nearly always
# («أحد المشاريع الاستراتيجية المهمة», «أعمال صب سطح الجسر»: set m).
MAX_ARTICLE_PHRASE = 3


# «من أجل», «من شأنه», «من خلاله», «على مدار», «في إطار», «في وقت سابق», «من جهة أخرى», «على
# الجانب الآخر»: a preposition and the noun that makes a compound of it, one unit a gap must
# not split (reviewers: garbled, or trivial when the gap is the compound).
_OPENS_IDIOM_AR = frozenset(fold(w) for w in "من على في إلى الى".split())
_IDIOM_ENDS_AR = frozenset(
    fold(w)
    for w in """أجل شأن شأنه شأنها شأنهم خلاله خلالها خلالهم مدار جانب إطار اطار صعيد ظل إثر
    اثر وقت ضوء غضون جهة ناحية الجانب المقابل""".split()
)


# «إن شاء الله»: a formula, no thing said (set y: «إن ____ تسهم هذه المهمة» keyed «شاء الله»).
_GOD_WILLING_AR = frozenset({(fold("إن"), fold("شاء")), (fold("شاء"), fold("الله"))})


def _opens_idiom(token: Token) -> bool:
    key = token.key
    return key in _OPENS_IDIOM_AR or (key[:1] in "وف" and key[1:] in _OPENS_IDIOM_AR)


# Folded. Prepositions the stop list leaves out: «صافرة النهاية بسبب الاعتراض» is two phrases.
_PREPOSITIONS_AR = frozenset(
    fold(w)
    for w in "ضمن بسبب جراء بفضل إثر اثر تحت فوق بدون إزاء تجاه لصالح وفق وفقا أمام خلف".split()
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
    the broad net's gaps on unseen news, most of them such. In a pasted Arabic article (a
    title, or paragraphs) a run is also cut before a preposition written on a word, and kept
    only as a whole noun phrase (`_noun_phrase`, `_opens_a_noun`). Elsewhere, in a passage of
    one paragraph, the long pieces stay: the reading sets' questions ask them (ARCD-test
    recall@10 falls from 0.607 to about 0.574 without)."""
    stop = STOP_AR if doc.language == "ar" else STOP_EN
    # A pasted Arabic article: only whole noun phrases (the broad net's gaps in the first tens
    # of fresh Arabic news were rejected as garbled, over-long or duplicates nearly always).
    strict = doc.language == "ar" and doc.article
    news = news or strict
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
            or (k > 0 and (tokens[k - 1].key, tok.key) in _GOD_WILLING_AR)
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
    if strict:
        runs = [piece for begin, run in runs for piece in _at_prepositions(run, begin)]
    pieces = []
    for begin, run in runs:
        longest = MAX_ARTICLE_PHRASE if strict else MAX_NEWS_PHRASE
        if news and (len(run) > longest or _opens_a_clause(run[0])):
            continue
        if strict and not (_noun_phrase(tokens, begin, run) and _opens_a_noun(run)):
            continue
        for at in range(0, len(run), MAX_PHRASE):
            pieces.append((begin + at, run[at : at + MAX_PHRASE]))
    return pieces


_PREPOSED_AR = ("لل", "بال", "كال")
# Folded. Quantifiers, which take the noun they count: no phrase of their own.
_ALL_OF_AR = frozenset(fold(w) for w in "جميع كل بعض معظم أغلب كافة".split())


def _owned(token: Token) -> bool:
    """True for a word with a pronoun written on it: «مقدمتها», «أفرزتها», «أمله», «إعلانه»;
    not «أهم» (three letters of its own), «توجيه», «اتجاه», «مياه»."""
    raw = token.text
    if (carries_pronoun_ar(token) or raw.endswith("كم")) and len(token.key) >= 5:
        return True
    return raw.endswith("ه") and not raw.endswith(("اه", "يه")) and len(token.key) >= 4


def _definite(token: Token) -> bool:
    return strip_clitic(token.key).startswith("ال")


def _noun_phrase(tokens: list[Token], begin: int, run: list[Token]) -> bool:
    """True for a run of Arabic words that reads as one noun phrase: a noun, the nouns it
    governs and its adjectives («وزارة الداخلية», «التنظيمات السياسية», «تشكيل الحكومة»). Not
    a word after a definite one that lacks the article («الجلسة | أمس»), nor a preposition on a
    later word («قابلة | للتقليص», «أشاد | بجهود»), nor a pronoun on a word («مقدمتها»,
    «أفرزتها»), nor one side of a pair of definite words joined by «و» («محافظتي المحرق |
    والعاصمة», «مشاعر الفخر | والاعتزاز»): a phrase of its own may follow one («احتياجات سوق
    العمل | ورؤية المملكة»)."""
    if not all(t.is_arabic for t in run):
        return True
    seen_definite = False
    for token in run:
        if not _definite(token) and _owned(token):
            return False
        if strip_clitic(token.key) in ADVERBS_AR:
            return False  # «السياحة | اليوم»: when, not what
        if strip_clitic(token.key) in _ALL_OF_AR:
            return False  # «وفاة جميع | ركابها», «جميع محليات»: how many, cut from whom
        if seen_definite and not _definite(token):
            return False
        seen_definite = seen_definite or _definite(token)
    after = begin + len(run)
    if after < len(tokens) and _conjunction(tokens[after]) and _definite(tokens[after]):
        if _definite(run[-1]):
            return False
    return not (begin and _conjunction(run[0]) and _definite(run[0]))


# Folded. Verbs in the past that news opens a clause with, of no noun's spelling («عقد»,
# «حكم», «تراجع», «سجل», «وجه» are nouns too, and are not here).
_PAST_VERBS_AR = frozenset(
    fold(w)
    for w in """قام شارك زار افتتح دشن استقبل التقى أطلق نظم ناقش اطلع حقق فاز خسر بلغ ارتفع
    انخفض شهد جاء أصدر أقر وافق رفض طالب دعا حذر قرر استمع أشاد أشار أكد أوضح أضاف أعرب
    ثمن أجرى أنهى استعرض اعتمد أعلن كشف نفذ أنجز خصص أسفر أدى ألغى أغلق سمح أوقف اعتقل
    أحال قضى أدان أقال استقال غادر انطلق أقيم""".split()
)


def _at_prepositions(run: list[Token], begin: int) -> list[tuple[int, list[Token]]]:
    """`run` cut before each word a preposition is written on («حدوث تلفيات | بجزء كبير»,
    «الوكيل المساعد | للطرق»): the phrase before it ends there, and the piece it opens is no
    noun phrase (`_opens_a_noun`)."""
    pieces: list[tuple[int, list[Token]]] = []
    at = 0
    for k in range(1, len(run)):
        if _preposed(run[k]):
            pieces.append((begin + at, run[at:k]))
            at = k
    pieces.append((begin + at, run[at:]))
    return pieces


def _preposed(token: Token) -> bool:
    """True for a word with «لـ», «بـ» or «كـ» written on it: before its article («للتقليص»,
    «بالخطاب»), or on a noun («بزيارة», «لنقل»); not a noun of those letters («لجنة»)."""
    key = strip_clitic(token.key)
    if key.startswith(_PREPOSED_AR):
        return True
    return key[:1] in "بل" and len(key) >= 4 and key not in _B_L_NOUNS_AR


# Folded. Nouns whose own first letter is «ب» or «ل», which news opens a phrase with; any
# other word of those letters is read as a preposition and its noun.
_B_L_NOUNS_AR = frozenset(
    fold(w)
    for w in """لجنة لجان لقاء لقاءات لاعب لاعبة لاعبي لاعبين لاعبات لائحة لغة لحظة ليلة لواء
    لقب لوحة لبنان ليبيا بطولة بطولات بلدية بلديات بلد بلدان بلاد بيان بيانات بند بنود برنامج
    برامج بنك بنوك بحث بحوث بداية بيت بيوت بعثة بئر آبار بنية بورصة بوابة بحيرة برلمان بطاقة
    بطاقات بيئة بريد بغداد بيروت بنغازي""".split()
)


def _opens_a_noun(run: list[Token]) -> bool:
    """False for a run opened by a preposition written on a noun («بزيارة ميدانية», «لنقل
    الحركة»), by a verb in the past («استمع وكيل الوزارة»), or by one with its feminine «ت»
    before the subject («أُقيمت المباراة», «سجلت اللاعبة»)."""
    first = run[0]
    if _definite(first) or not first.is_arabic:
        return True
    key = strip_clitic(first.key)
    if _preposed(first) or key in _PAST_VERBS_AR:
        return False
    return not (len(run) > 1 and len(key) >= 4 and key[-1] == "ت" and key[-2] != "ا")
