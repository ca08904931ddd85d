"""What an Arabic word is to a name: a name word or not (a particle, role, verb of saying or
opening verb), a word of origin, a verb's shape, the first word of a lineage («أنور بن براك»).
Where a name ends in a sentence: arabic_name_ends.py."""

from __future__ import annotations

import re

from .document import (
    SPEECH_VERBS_AR,
    STOP_AR,
    Document,
    Token,
    fold,
    gap,
    strip_clitic,
)
from .names import (
    ACCORDING_AR,
    HONORIFICS_AR,
    ORG_CUES_AR,
    ROLE_NOUNS_AR,
    given_names,
    is_role_word_ar,
)
from .precision import COMMON_AR

LINEAGE_AR = frozenset(fold(w) for w in "بن بنت ابن أبو آل".split())
# «عبد الملك بن مروان»: after «عبد» a word of God's names is a name, not a role ("the king").
SERVANT_OF = frozenset(fold(w) for w in "عبد وعبد لعبد".split())
_TANWEEN_FATH = ("ًا", "اً", "ً")


# Verbs other than of saying that open a news sentence before the name of their doer: «وجه
# مارسيل كولر، المدير الفني للنادي الأهلي، طلبا …» (no name begins with one).
_OPENING_VERBS_AR = frozenset(
    fold(w)
    for w in """وجه وجهت طالب طالبت دعا دعت قرر قررت نفى نفت رفض رفضت استقبل استقبلت افتتح
    افتتحت ترأس ترأست تلقى تلقت أبدى أبدت أعتقد أرى أظن أتوقع أؤكد أتمنى أشكر أعتذر أقول
    أرجو نعتقد نرى نتوقع نؤكد نتمنى""".split()
)
# The last line: what a speaker says of himself after «وقال» («وقال أعتقد أن اللاعبين …»),
# never a name.


def name_word_ar(token: Token) -> bool:
    """A word that may be part of an Arabic name: Arabic, not a particle, role or verb of saying."""
    key = token.key
    if token.is_arabic and key in given_names("ar"):
        return True
    if token.text.endswith(_TANWEEN_FATH):
        return False  # «جوزيف ستيجليتز دليلًا»: an accusative noun after the name, no part of it
    return (
        token.is_arabic
        and len(token.text.rstrip("ـ")) >= 2  # «ل انفراد»: a preposition set apart (set u)
        and key not in STOP_AR
        and strip_clitic(key) not in SPEECH_VERBS_AR
        and key not in _OPENING_VERBS_AR
        and key not in ROLE_NOUNS_AR
        and key not in HONORIFICS_AR
        and key not in COMMON_AR  # «من أصل عراقي»: "of Iraqi origin", no one's name
        and strip_clitic(key) not in ACCORDING_AR  # «وبحسب فابريزيو رومانو، خبير …» (set r)
        and not in_words(key, _NEVER_IN_NAMES_AR)
        and not key.isdigit()
    )


# Nouns no name holds: an organisation («عملاقة شركات النفط», «بمواصلة شركة أرامكو») and what
# a minister stresses («أكد رئيس الوزراء جعفر حسان ضرورة توفير …»).
_NEVER_IN_NAMES_AR = (
    ORG_CUES_AR
    | frozenset(fold(w) for w in "شركات مؤسسات منظمات وزارات هيئة هيئات بنوك ضرورة أهمية".split())
    # «وأكد المتحدث حمدى عبد العزيز عدم صحة ما نشر»: "denied the truth", no one's name (set t)
    | frozenset({fold("عدم")})
    # «أصدر الرئيس التونسي قيس سعيد مساء اليوم …»: the time of day, no part of his name (set g)
    | frozenset(fold(w) for w in "مساء مساءا ليلة ليلا".split())
    # «بمعاقبة الرئيس الأسبق حسني مبارك بالسجن المشدد»: the sentence, no part of his name
    # (set hu: «من هو الرئيس الأسبق؟» keyed «حسني مبارك بالسجن», both reviewers)
    | frozenset(fold(w) for w in "بالسجن بالحبس بالإعدام بالاعدام بالمؤبد بالغرامة".split())
    # «ذكر صيادون كانوا على متن …», «وأكد عطيف حاجة الفريق لتكاتف …»: "were", "the need of"
    # (set h: both keyed as speakers' names)
    | frozenset(fold(w) for w in "كان كانت كانوا يكون تكون حاجة".split())
    | frozenset(  # nouns used as prepositions: «أمام مازيمبي», «برفقة المدرب»
        fold(w) for w in "أمام تحت فوق رفقة برفقة بحضور بمشاركة بقيادة برئاسة".split()
    )
    | frozenset(  # what was said, after «بحسب»: «بحسب قول المحامي», «وفقا لتصريحات»; and
        # what says it: «وقال بيان للمكتب الإعلامي للوزارة»
        fold(w)
        for w in """قول أقوال تصريح تصريحات رواية تعبير تعبيره تعبيرها قوله قولها وصفه
        وصفها بيان بلاغ تغريدة منشور""".split()
    )
    | frozenset(  # what gives a figure, after «بحسب»: «بحسب تصنيف رابطة المحترفات»
        fold(w)
        for w in """تصنيف تصنيفات تقرير تقارير دراسة دراسات إحصاءات إحصائيات بيانات معطيات
        نتائج توقعات تقديرات وثيقة وثائق مصادر أرقام""".split()
    )
    | frozenset(  # a group of people, no one's name: «أكد لاعبو الفيحاء أن …» (set n: «لاعبو
        # الفيحاء» asked among the players who spoke, and keyed for one player's words)
        fold(w)
        for w in """لاعبو لاعبي لاعبون لاعبين مسؤولو مسؤولي مسؤولون مسؤولين موظفو موظفي
        موظفون موظفين مشجعو مشجعي أهالي سكان مواطنو مواطني أعضاء نواب""".split()
    )
    | frozenset(  # "one of", after the name: «وقال سكوت سامبسون أحد العلماء الذين …» (set o:
        # «بحسب سكوت سامبسون أحد،» asked as if «أحد» were his family name)
        fold(w)
        for w in "أحد إحدى".split()
    )
    | frozenset(  # saying, after the name: «وأضاف محمود شاهين قائلا: …»
        fold(w)
        for w in "قائلا قائلة مضيفا مضيفة مؤكدا مؤكدة موضحا موضحة مشيرا مشيرة لافتا لافتة".split()
    )
    | frozenset(  # what a prince opens, after his name: «دشن أمير المنطقة الشرقية سعود بن
        # نايف مبنى مدرسة القطيف» (set z: the name ran on to «مبنى مدرسة»)
        fold(w)
        for w in """مبنى مباني مدرسة مدارس مستشفى مستشفيات مجمع مجمعات مشروع مشاريع ملعب
        مسجد جسر مصنع مركز مراكز محطة محطات معرض مهرجان طريق""".split()
    )
    | frozenset(  # the sport a coach's team plays: «مدرب المنتخب العراقي لكرة القدم سترشكو …»
        fold(w) for w in "كرة لكرة بكرة".split()
    )
    | frozenset(  # when, after a role: «المدير الفني في المؤتمر الصحفي عقب نهاية المباراة»
        fold(w) for w in "عقب إثر اثر قبيل بعيد أثناء اثناء نهاية بداية مطلع ختام".split()
    )
)


def in_words(key: str, words: frozenset[str]) -> bool:
    """True when the folded word, or the word after its و/ف/ب/ل, is one of `words`: «بشركة» is
    «شركة», «بمركز» «مركز»."""
    return key in words or (key[:1] in "وفبل" and key[1:] in words)


def article_nouns(doc: Document) -> frozenset[str]:
    """Words the article also writes with «ال», without it («غياب» for «الغياب»): nouns, which
    a name is not. Read once per document."""
    return doc.once(
        "article_nouns",
        lambda d: frozenset(
            t.key[2:] for s in d.content for t in s.tokens if t.key.startswith("ال")
        ),
    )


def prefixed_noun(doc: Document, tokens: list[Token], i: int) -> bool:
    """True for tokens[i], a noun with a conjunction or preposition before its article: one the
    article also writes with the article alone («للفريق» beside «الفريق»), or one joined by
    «و» or «لـ» to the definite word before it («الثقافة والإعلام», «الفني للفريق»). «بالوتيلي»
    and «والتر» are names: no «الوتيلي» stands in the text, and «تر» is no noun."""
    key = tokens[i].key
    after_definite = i > 0 and tokens[i - 1].key.startswith("ال")
    if key.startswith(("وال", "فال")):
        return key[3:] in article_nouns(doc) or (after_definite and len(key) >= 7)
    if key.startswith(("بال", "كال")):
        return key[3:] in article_nouns(doc)
    return key.startswith("لل") and (key[2:] in article_nouns(doc) or after_definite)


# Feminine adjectives of the shape فُعلى, which end as a word of origin does: «المرحلة الأولى عقد
# رئيس مجلس الوزراء …» made a person of the verb «عقد».
_FEMININE_ELATIVES_AR = frozenset(
    fold(w) for w in "الأولى الأخرى الكبرى الصغرى العظمى الوسطى القصوى".split()
)


def is_nisba_ar(key: str) -> bool:
    """An article-prefixed word of origin (folded): القميري، البرتغالي، المصطفى."""
    if key in _FEMININE_ELATIVES_AR:
        return False
    return key.startswith("ال") and len(key) >= 5 and key.endswith(("ي", "ى"))


def is_verbish_ar(token: Token) -> bool:
    """A word of a verb's shape (يقول، تحدث، أكد) rather than a name, by its first letter."""
    key = strip_clitic(token.key)
    if token.text.endswith("ة"):
        return False  # «وتقنية»: a verb never ends in taa marbuta
    return len(key) >= 3 and key[0] in "يتن" and not key.startswith("ال")


def opens_lineage(doc: Document, tokens: list[Token], start: int) -> bool:
    """True for an unknown word that «بن/بنت» and a name follow: «أنور بن براك» is a name
    whether or not the bundled list knows «أنور». Not «ابن» ("son of": «ابن مغتربين»), nor a
    word that may carry a prefix («بروح بن زنباع»)."""
    if start + 2 >= len(tokens):
        return False
    word, lineage, father = tokens[start : start + 3]
    return (
        lineage.key in NAME_LINKS_AR
        and name_word_ar(word)
        and name_word_ar(father)
        and word.key[0] not in _PREFIXES_AR
        and not father.key.startswith("ال")
        and not gap(doc.text, word, lineage).strip()
        and not gap(doc.text, lineage, father).strip()
    )


NAME_LINKS_AR = frozenset(fold(w) for w in "بن بنت".split())
_PREFIXES_AR = frozenset("وفبلك")


def after_lineage(tokens: list[Token], start: int) -> bool:
    """True for a given name after «بن»: «عبد الملك بن مروان» is one name, not «مروان» alone."""
    return start > 0 and tokens[start - 1].key in LINEAGE_AR


def opens_name(before: Token, word: Token) -> bool:
    """True when `word`, between a role's definite complement (`before`) and a given name, is
    the name's first word: an unprefixed word that is no role word."""
    return (
        before.key.startswith("ال")
        and word.is_arabic
        and not word.key.startswith("ال")
        and word.key[0] not in "لبو"
        and not is_role_word_ar(word)
        and not is_verbish_ar(word)
    )


# Words that open what was said, never part of a role: «رئيس الشركة إن الصفقة …».
THAT_AR = frozenset(
    fold(w) for w in "إن أن إنه أنه إنها أنها بأن بأنه بأنها إنهم أنهم بأنهم".split()
)


# Folded. Words in the first person that open what someone said when no colon or quotation
# mark sets it off: «وقال نحمد الله على تحقيق الانتصار» (a blind reviewer rejected three
# questions offering «نحمد الله», "we thank God", as a person).
FIRST_PERSON_AR = frozenset(
    fold(w)
    for w in """نحن أنا إننا إنني نحمد نشكر نتمنى نأمل نعد نريد نسعى نعمل نؤكد نتوقع نرى نعتقد
    نطالب ندعو نرحب نهنئ نبارك أشكر أتمنى أبارك أهنئ أعتقد أرى أؤكد أريد أعد أطالب أدعو
    أرحب""".split()
)


# A plural that heads its construct in the nominative: «ممثلو الادعاء», «مسؤولو الشركة».
_PLURAL_HEAD_AR = re.compile(r"^(م[\u0621-\u064a]{2,})و(?= ال)")


def after_preposition_ar(speaker: str) -> str:
    """The speaker's words after «بحسب», a plural head in the genitive: «بحسب ممثلي الادعاء»,
    not «ممثلو» as the article's «وقال ممثلو الادعاء» has it (set n: garbled, both)."""
    return _PLURAL_HEAD_AR.sub(r"\1ي", speaker)
