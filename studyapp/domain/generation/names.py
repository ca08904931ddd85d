"""The words names are told by: titles, honorifics, role nouns and given names, per language.

Shared by the English and Arabic people finders (people_en.py, people_ar.py) and the role
questions; given names come from data/given-names-*.txt.
"""

from __future__ import annotations

from functools import cache

from .document import ROLE_WORDS_AR, ROLE_WORDS_EN, Document, Token, bundled, fold, strip_clitic

HONORIFICS_AR = frozenset(
    fold(w)
    for w in """المهندس المهندسة الدكتور الدكتورة د الشيخ الشيخة الأستاذ الأستاذة السيد السيدة
    اللواء العميد العقيد الفريق المستشار الأمير الأميرة القاضي النائب الإعلامي الإعلامية الصحفي
    الصحفية الفنان الفنانة""".split()
)
TITLES_EN = frozenset("mr mrs ms dr prof sir dame lord lady gen col capt sen rep gov".split())
# Role nouns beyond document.ROLE_WORDS_*: what news names people by.
ROLE_NOUNS_EN = ROLE_WORDS_EN | frozenset(
    """minister ambassador adviser advisor coach boss secretary commissioner spokesperson mayor
    senator general captain governor chancellor premier king queen prince judge lawyer attorney
    economist scientist engineer researcher journalist reporter host presenter leader striker
    midfielder defender goalkeeper player chairperson administrator official deputy envoy
    technician""".split()
)
ROLE_NOUNS_AR = ROLE_WORDS_AR | frozenset(
    fold(w)
    for w in """مدرب المدرب وزير الوزير وزيرة الوزيرة سفير السفير سفيرة محافظ المحافظ مستشار
    المستشار مستشارة قائد القائد أمين رئيسة مديرة المديرة متحدث متحدثة الناطق ناطق الملك
    الأمير محلل محللة الخبير خبير خبيرة الباحث باحث العالم مهندس لاعب اللاعب مهاجم المهاجم
    حارس الصحفي صحفي الإعلامي المراسل مراسل نائبة عضوة رئيسه""".split()
)
# Words that open an organisation's name, not a person's: "أعلنت وزارة", "قالت شركة".
ORG_CUES_AR = frozenset(
    fold(w) for w in "شركة لشركة مؤتمر منظمة لمنظمة جامعة وزارة بنك مجموعة مؤسسة وكالة".split()
)
MAX_NAME = 3


@cache
def given_names(language: str) -> frozenset[str]:
    return frozenset(fold(name) for name, _ in bundled(f"given-names-{language}"))


def is_given_name(doc: Document, token: Token) -> bool:
    key = strip_clitic(token.key) if doc.language == "ar" else token.key
    return token.key in given_names(doc.language) or key in given_names(doc.language)
