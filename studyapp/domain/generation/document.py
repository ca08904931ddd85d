"""The article as the extractors see it: sentences, boilerplate, tokens and the people in it."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache
from pathlib import Path
from typing import Any, TypeVar

from ..text import Span, fold, fold_arabic, lookup_table, split_sentences, title_of
from . import role_trims
from .date_words import MONTHS_AR, MONTHS_EN, SHORT_MONTHS_EN

DATA_DIR = Path(__file__).parent / "data"
T = TypeVar("T")

# A number's decimal or thousands part; «،» and «٬» part only groups of three: "14،572،903".
NUMBER_PART = r"(?:[.,٫]\d+|[،٬]\d{3}(?!\d))"
# A word: letters/digits with their diacritics, inner apostrophes or hyphens; or a number.
# A word; a number with its decimals; a sum glued to its currency ("Sh17.8", "GBP8.9"); a
# fraction ("1/4", "76-10/16"), never a date ("12/05/2020" stays three numbers).
_WORD = re.compile(
    rf"[A-Za-z]{{1,3}}\d+{NUMBER_PART}+(?![\w.])|(?<![/\d])\d+(?:-\d+)?/\d+(?![/\d])|\d+{NUMBER_PART}+"
    rf"|[\w\u064b-\u065f\u0670\u0640]+(?:['’\-][\w\u064b-\u065f\u0670]+)*"
)
_BOILERPLATE = re.compile(
    r"@|https?://|www\.|\[email|newsletter|subscribe|sign up|click here|follow us|share (?:this|on)"
    r"|all rights reserved|copyright|©|read more|اشترك|النشرة الإخبارية|البريد الإلكتروني|شاركها"
    r"|شارك (?:هذا|على)|تابعونا|تابعنا|اقرأ أيضا|اقرأ المزيد|جميع الحقوق|اضغط هنا|انقر هنا"
    # the agency's sign-off ("// انتهى // 13:23 ت م") and an ad slot a scraper left ("[ad_1]")
    r"|[/\-]{1,2}\s*انتهى\s*[/\-]{1,2}|^\[ad_\d+\]$"
    # the agency's credits: "(Reporting by …; Editing by …)", «(إعداد … للنشرة العربية)»,
    # «(تغطية صحفية … - تحرير …)»
    r"|\b(?:reporting|editing|writing) by\b|للنشرة العربية|^\(\s*تغطية صحفية"
    # "CNN's Dan Gilgoff and Talia Kayali contributed to this report."
    r"|\bcontributed (?:to )?(?:this|the) (?:report|story|article)\b"
    # the page's credit line: «المصدر: Lenta.ru», "Source: Reuters"; its counter: "(Visited 99
    # times, 1 visits today)"
    r"|^\s*(?:المصدر|المصادر|source|sources)\s*:|^\(?\s*visited \d+ times"
    # a photo's caption and credit: "FILE - In this June 12, 2006 file photo, …", "(Photo:
    # Getty Images)", "(AP Photo/Jane Doe)", «(صورة أرشيفية)», «تصوير: …»
    r"|\bfile photo\b|^file\s*[-–—]\s|^\(?\s*(?:photo|image|picture)s?\s*(?:by\b|:|credit)"
    r"|\bgetty images\b|\b(?:ap|afp|epa) photo\b|صورة أرشيفية|^\(?\s*(?:تصوير|الصورة)\s*:"
    # "(Michael Buholzer/Keystone via AP)", "(University of Queensland: Chris Stacey)" closing a
    # caption, and the agency's credit "(With AFP inputs)"
    r"|\bvia (?:ap|afp|reuters|getty)\)|^\(\s*with (?:\w+\s+){0,2}inputs?\b"
    r"|(?-i:\([A-Z][^():]{2,40}:\s*[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}\)\s*$)",
    re.IGNORECASE,
)
# A byline or a time stamp on a line of its own: "By Cathy Chen", "Joris Evers Staff Writer,
# CNET News.com", "Updated 4:14 PM", «كتب: محمد علي». Only short lines: "a BBC correspondent
# said …" is the article's own sentence.
_BYLINE = re.compile(
    r"^(?:by\s+[A-Z]|(?:updated|posted|published|last updated)\b|(?:كتب|كتبت|بقلم|متابعة)\s*[:\-–]"
    r"|(?:تاريخ النشر|تاريخ الإضافة|نشر في|آخر تحديث)\s*:?)"
    r"|\b(?:staff (?:writer|reporter)|managing editor|contributing (?:writer|editor))\b",
    re.IGNORECASE,
)
_BYLINE_WORDS = 16
HEADLINE_WORDS = 20  # words a heading holds at most
# A line of a date or a time and nothing else: what is left of it once these go is no word.
_DATE_PARTS = re.compile(
    r"\d+|[٠-٩]+|\b(?:am|pm|gmt|a\.m|p\.m|" + MONTHS_EN + "|" + "|".join(SHORT_MONTHS_EN) + r")\b"
    r"|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    r"|(?<!\w)(?:" + MONTHS_AR + r"|ص|م|ال?(?:اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد))(?!\w)",
    re.IGNORECASE,
)


def _headline_line(text: str, span: Span) -> bool:
    """True for a first line that ends in a full stop (or an exclamation or question mark) and
    stands alone above the story, short as a heading: «التلسكوب “جيمس ويب” يكتشف كوكبًا
    غازيًا جديدًا في المجرات الخارجية.», «"ناسا" تبحث عن كواكب أخرى يمكن العيش فيها!»; not a
    sentence that reports what was said or runs on past a comma, as a story's first does
    («قال الوزير فهد السالم إن …».)."""
    rest = text[span.end :]
    return (
        span.text.endswith((".", "!", "?", "؟"))
        and not text[: span.start].strip()
        and rest.startswith(("\n", "\r"))
        and bool(rest.strip())
        and len(span.text.split()) <= HEADLINE_WORDS
        and not re.search(r"[,،]", span.text)
        and not _reports(span.text)
    )


def _reports(text: str) -> bool:
    """True when a verb of saying comes before a "that" («قال … إن», "said that")."""
    keys = [strip_clitic(fold(word).casefold()) for word in text.split()]
    verbs = SPEECH_VERBS_AR | SPEECH_VERBS_EN
    said = next((k for k, key in enumerate(keys) if key in verbs), None)
    return said is not None and any(key in _THAT for key in keys[said + 1 :])


_THAT = frozenset(fold(w) for w in "إن أن إنه أنه إنها أنها that".split())


def _only_a_date(text: str) -> bool:
    if len(text.split()) > 8 or not re.search(r"\d|[٠-٩]", text):
        return False
    rest = _DATE_PARTS.sub(" ", fold_same_length(text).casefold())
    return not re.search(r"[^\W\d_]{2,}", rest)


_SAME_LENGTH_FOLD = lookup_table(
    str.maketrans(
        {"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ة": "ه", "ى": "ي"}
        | {chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)}
    )
)

STOP_AR = frozenset(
    fold_arabic(w)
    for w in """في من على إلى الى عن مع أن إن ان أو او ثم لا لم لن ما ماذا هل قد كان كانت يكون
    تكون هو هي هم هن هما نحن أنا انت هذا هذه ذلك تلك هؤلاء الذي التي الذين اللذين اللتان اللاتي
    كل بعض غير بين عند عندما حتى لدى لكن لكنه ولكن كما بما مما عبر حول خلال بعد قبل منذ أي أيضا
    أيضاً فقط إذا اذا لو كي لأن لان أنه انه أنها انها إنه له لها لهم به بها فيه فيها منه منها
    عليه عليها إليه وهو وهي وفي ومن وعلى وإلى ثم وقد فقد لقد وكان وكانت الآن الان يوم تم يتم
    حيث وهذا وهذه ذات ذو عام سنة والتي والذي بأن بان وأن وإن كذلك ليس ليست بل إلا الا سوى
    جدا أكثر اكثر أقل اقل أول اول مثل نحو ضد دون إذ اذ لما عدة عديد العديد""".split()
)
STOP_EN = frozenset(
    """a an the and or but if then of in on at to for from by with about as into over after before
    is are was were be been being has have had do does did will would can could should may might
    must shall this that these those it its they them their he him his she her we our you your
    i me my not no so than too very also just only which who whom whose what when where why how
    there here all any some such each other more most less many much one while during since
    until up down out off again further once both few own same said says""".split()
) | {
    f"{pronoun}{mark}{end}"  # "I'd", "I’m", "We’re", "it's": a pronoun, whatever its capital
    for mark in "'’"
    for pronoun, ends in (
        ("i", ("d", "m", "ve", "ll")),
        ("we", ("re", "ve", "ll", "d")),
        ("you", ("re", "ve", "ll", "d")),
        ("they", ("re", "ve", "ll", "d")),
        ("he", ("s", "ll", "d")),
        ("she", ("s", "ll", "d")),
        ("it", ("s", "ll", "d")),
        ("that", ("s", "ll")),
        ("there", ("s",)),
        ("let", ("s",)),
    )
    for end in ends
}
# A quotation in any of the marks the press uses: “…”, «…», "…", „…“.
# The letters Arabic writes straight onto a number or a Latin word: «و6,508», «ب3.5», «وPro».
GLUED_LETTERS_AR = "وبلف"
QUOTE = re.compile(r"“([^“”]+)”|«([^«»]+)»|\"([^\"]+)\"|„([^“”„]+)“")
SPEECH_VERBS_AR = frozenset(
    fold_arabic(w)
    for w in """قال قالت أضاف أضافت أوضح أوضحت أشار أشارت أكد أكدت ذكر ذكرت كشف كشفت حذر حذرت
    صرح صرحت تابع تابعت لفت لفتت اعتبر اعتبرت أعلن أعلنت شدد شددت اعترف اعترفت علق علقت كتب كتبت
    يقول تقول أفاد أفادت رأى رأت أعرب أعربت نوه نوهت تحدث تحدثت مشيرا مشيرة مضيفا مضيفة مؤكدا
    مؤكدة موضحا موضحة لافتا لافتة معتبرا معتبرة محذرا محذرة يشير تشير يؤكد تؤكد يوضح توضح
    يضيف تضيف يرى ترى""".split()
)
SPEECH_VERBS_EN = frozenset(
    """said says added adds told explained noted warned stated argued wrote claimed insisted
    observed remarked cautioned asserted tweeted suggested admitted announced confirmed
    replied asked recalled continued""".split()
)
ROLE_WORDS_AR = frozenset(
    fold_arabic(w)
    for w in """المدير المديرة مدير مديرة الرئيس الرئيسة رئيس رئيسة مؤسس المؤسس
    وزير وزيرة الوزير الوزيرة المتحدث المتحدثة نائب نائبة الأمين الأمينة أستاذ أستاذة الأستاذ
    الكاتب الكاتبة المحلل المحللة الشريك الشريكة عضو""".split()
)
ROLE_WORDS_EN = frozenset(
    """ceo cfo cto coo chief president director minister spokesperson spokesman spokeswoman
    founder co-founder professor head chairman chairwoman chair analyst secretary governor
    editor manager executive officer vice partner emeritus keeper""".split()
)
FEMININE_EN = frozenset({"she", "her", "hers"})


@lru_cache(maxsize=1 << 12)  # a sentence is folded by a dozen extractors
def fold_same_length(text: str) -> str:
    """Like `fold` but keeps every character in place, so regex offsets stay valid."""
    return text.translate(_SAME_LENGTH_FOLD)


def strip_clitic(key: str) -> str:
    """Drop a leading و/ف conjunction from a folded Arabic word when the rest is still a word."""
    if len(key) > 3 and key[0] in "وف":
        return key[1:]
    return key


def without_preposition(key: str) -> str:
    """A folded word without the «ب» or «ل» written on it: «بوزير» -> «وزير», «بالنائب» ->
    «النائب», «للنائب» -> «النائب» (who stood in for someone, whom a statement was made to)."""
    if len(key) > 4 and key.startswith("لل"):
        return "ال" + key[2:]
    return key[1:] if len(key) > 3 and key[0] in "بل" else key


@cache
def bundled(name: str) -> tuple[tuple[str, str], ...]:
    """Lines of data/<name>.txt as (text, tag) pairs; `tag` is what follows a `|`, or ''."""
    path = DATA_DIR / f"{name}.txt"
    if not path.exists():
        return ()
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            text, _, tag = line.partition("|")
            rows.append((text.strip(), tag.strip()))
    return tuple(rows)


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    text: str
    key: str  # folded, for lookups

    @property
    def is_arabic(self) -> bool:
        return "\u0621" <= self.text[0] <= "\u06d3"


@dataclass
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: list[Token]
    boilerplate: bool


@dataclass
class Person:
    name: str
    gender: str = ""  # "f", "m" or unknown
    roles: list[str] = field(default_factory=list)
    # The name in the other script, as the article spells it beside the name: "C.C. Wei" for
    # «سي. سي. وي C.C. Wei». The person is found by it too, and a student may answer with it.
    forms: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class RoleMention:
    """ "Sarah Friar, OpenAI's CFO": who, which role, where in the text the role phrase sits."""

    person: str
    role: str
    organisation: str
    start: int
    end: int


# Prepositions an Arabic role never ends on: where one stands last, the role ran on past its end.
# As written, not folded: folded, «على» is the name «علي».
_TRAILING_AR = frozenset("ل ب في على الى إلى من عن مع".split())
# A role noun with "his/its" or "her/its" on it, as written (not folded: «مديره» is no «مديرة»).
# Words of lineage a name goes on after («بن», the Mauritanian «ولد»), folded: a role never
# ends on one.
_LINEAGE_ENDS_AR = frozenset(fold(w) for w in "بن بنت ابن ولد أبو".split())
_OWNED_ROLES_AR = frozenset(
    f"{noun}{suffix}"
    for noun in "مدير رئيس نائب أمين مستشار مدرب مساعد محامي".split()
    for suffix in ("ه", "ها", "هم")
)
# A name in quotation marks right after a role's «لـ»: «لـ "مجموعة المطار الدولي"».
_QUOTED_NAME = re.compile(r"\s?[\"«“][^\"«»“”\n]{2,40}[\"»”]")
# Where words were said, after a role: «في بيان», «في تصريح لـ…», «خلال مؤتمر صحفي».
_SAID_IN_AR = re.compile(r"\s(?:في|خلال)\s+(?:بيان|تصريح|تصريحات|حديث|مقابلة|مؤتمر|لقاء|كلمة)")
# A style of address after the role, no part of it: «صاحب السمو الملكي», «معالي».
_STYLE_AR = re.compile(r"\s(?:صاحب|صاحبة)\s(?:السمو|المعالي|الفخامة|الجلالة|السعادة)(?:\s\S+)?$")

# People, organisations and places kept per article. News names a few dozen at most; the bound
# keeps every lookup over them constant-time, so generation stays linear in the text's length
# on any input (tests/domain/generation/test_linear.py, bench/generation_scaling.py).
MAX_PEOPLE = 60


@lru_cache(maxsize=4096)
def _name_words(name: str) -> tuple[str, list[str]]:
    full = fold(name)
    return full, full.split()


# «عبد الغني» and «عبدالغني», «أبو بكر» and «أبوبكر»: one name, spelt apart or joined.
_SERVANT_SPACE = re.compile(r"(?<!\S)(عبد|ابو) (?=\S)")


# «بن خالد», «بنت عبد الله» inside a folded Arabic name: who the father is, which the article may
# leave out when it names the person again.
_LINEAGE_PART = re.compile(r" بن(?:ت)? (?:عبد |ابو )?\S+")


def _without_lineage(name: str) -> str:
    return _LINEAGE_PART.sub("", name)


def _joined(folded: str) -> str:
    return _SERVANT_SPACE.sub(r"\1", folded)


def _tail_of(one: list[str], other: list[str]) -> bool:
    """True when the shorter of two names of two words or more ends the longer."""
    short, long = sorted((one, other), key=len)
    return len(short) >= 2 and long[-len(short) :] == short


# Courtesy titles an English role may be written after: "Mr Recorder Toby Hedworth".
_COURTESY_EN = frozenset("mr mrs ms miss".split())


@dataclass
class Document:
    text: str
    language: str
    title: str
    sentences: list[Sentence]
    # A pasted article (a title given, or more than one line: a headline, paragraphs), not a
    # reading passage of one paragraph.
    article: bool = False
    # The title the teacher gave, else the headline the text opens with, else "".
    headline: str = ""
    people: dict[str, Person] = field(default_factory=dict)
    organisations: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    roles: list[RoleMention] = field(default_factory=list)
    _resolved: dict[str, Person | None] = field(default_factory=dict, repr=False, compare=False)
    # What several extractors read off the whole document once its people are known (who said
    # what), computed by the first that asks.
    memo: dict[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def content(self) -> list[Sentence]:
        return [s for s in self.sentences if not s.boilerplate]

    def stop_words(self) -> frozenset[str]:
        return STOP_AR if self.language == "ar" else STOP_EN

    def once(self, name: str, read: Callable[[Document], T]) -> T:
        """What `read` finds in the whole article, read by the first that asks and kept in
        `memo` under `name`: several extractors ask, and each read scans every sentence."""
        if name not in self.memo:
            self.memo[name] = read(self)
        return self.memo[name]

    def small_words(self) -> frozenset[str]:
        """The words the article writes in small letters ("mission", "rover"): a capitalised
        one of them opens a sentence or a title, and names nothing. Read once."""
        return self.once(
            "small words",
            lambda doc: frozenset(
                t.text for s in doc.content for t in s.tokens if t.text.islower()
            ),
        )

    def resolve_person(self, name: str) -> Person | None:
        """The known person a (partial) name refers to: full name, surname or first name."""
        if name not in self._resolved:
            self._resolved[name] = self._resolve(name)
        return self._resolved[name]

    def _resolve(self, name: str) -> Person | None:
        key = fold(name).strip()
        if not key:
            return None
        bare = key[2:] if self.language == "ar" and key.startswith("ال") else key
        joined = _joined(key) if self.language == "ar" else ""
        for person in self.people.values():
            for spelt in (person.name, *person.forms):  # "Wei" for «سي. سي. وي C.C. Wei»
                full, words = _name_words(spelt)
                if key == full or (len(key) >= 3 and key in words):
                    return person
                if len(bare) >= 3 and (bare in words or "ال" + bare in words):
                    return person  # "القميري" for "حسين بن محمد قميري", "قميري" for "… القميري"
                if key == words[-1] and words[:-1] and all(w[-1] == "." for w in words[:-1]):
                    return person  # "وي" for "سي. سي. وي": after initials, the surname is short
                if self.language == "ar" and " " in key and _tail_of(key.split(), words):
                    return person  # «ناصر الدين» for «ركان ناصر الدين», and the other way round
                if self.language == "ar" and " " in key and _opens(key, full):
                    return person  # «محيي الدين», «محي الدين» for «محيي الدين علي» (set g)
                if " " in key and len(words) > len(key.split()) and full.endswith(" " + key):
                    return person  # "De Haan" for "Patrick De Haan": a surname of two words
                if len(words) == 1 and len(full) >= 4 and key.endswith(" " + full):
                    return person  # «نذير عبيدات» after the headline's «عبيدات:»: one man
                if joined and joined in _joined(full).split():
                    return person  # «عبدالغني» for «منصور عبد الغني»
                if joined and " " in key and _without_lineage(key) == _without_lineage(full):
                    return person  # «عبد العزيز الشمري» for «عبد العزيز بن خالد الشمري» (set if)
        return None

    def spellings(self, name: str) -> list[str]:
        """The person's name and its other script's spelling (when the article gives one),
        other than `name` itself: "وي" is also «سي. سي. وي» and "C.C. Wei"."""
        person = self.resolve_person(name)
        if person is None:
            return []
        return [n for n in (person.name, *person.forms) if fold(n) != fold(name)]

    def add_person(self, name: str, gender: str = "") -> Person:
        person = self.resolve_person(name)
        if person is None and len(self.people) >= MAX_PEOPLE:
            return Person(name, gender)  # past the bound: asked about, never resolved to
        if person is None:
            self._resolved.clear()
            person = self.people.setdefault(name, Person(name))
        elif len(name) > len(person.name) and fold(person.name) in fold(name):
            # A fuller form of a name seen first in short: keep the fuller one.
            self._resolved.clear()
            del self.people[person.name]
            person.name = name
            self.people[name] = person
        if gender and not person.gender:
            person.gender = gender
        return person

    def add_form(self, person: Person, form: str) -> None:
        """Another spelling the person is found by: "C.C. Wei" beside «سي. سي. وي»."""
        if fold(form) != fold(person.name) and form not in person.forms:
            person.forms.append(form)
            self._resolved.clear()  # a name that found no one may find this person now

    def add_role(self, person: Person, role: str, organisation: str, start: int, end: int) -> None:
        """`person` holds `role` (at `organisation`, if named), said at text[start:end]; a
        preposition the role ran on into is left out («وزير التربية والتعليم على نتائج …»,
        «الرئيس التنفيذي ل«آسيا سات»»)."""
        if role.split(" ", 1)[0].casefold() in _RELATIVES_EN:
            return  # "said Ortberg, who became CEO …": a clause about him, not a role's name
        if role.split(" ", 1)[0].removeprefix("و") in _OWNED_ROLES_AR:
            return  # «صاحب المصنع ومديره العام»: "its general manager", whose it is said before
            # (set i asked «من هي مديره العام؟»)
        if fold(role.rsplit(" ", 1)[-1]) in _LINEAGE_ENDS_AR:
            return  # «محمد الأمين ولد عبد القادر»: a name cut at its «ولد», no role «الأمين ولد»
        first = role.split(" ", 1)[0]
        if self.language == "en" and first.casefold().rstrip(".") in _COURTESY_EN and " " in role:
            # "Mr Recorder Toby Hedworth KC": how the court addresses him, no part of the role
            # (set v: "Who is the Mr Recorder?", garbled, both reviewers)
            role = role[len(first) :].lstrip()
            start += len(first) + 1
        if self.language == "en" and self.text[start - 1 : start] in ("&", "/") and " " in role:
            # "M&S chief executive", "RE/MAX CEO": the company's letters before it, no part
            # of the role (set m: "Who is the MAX CEO?", garbled, both reviewers)
            skipped, role = role.split(" ", 1)
            start += len(skipped) + 1
        head, _, last = role.rstrip().rpartition(" ")
        while head.strip() and last in _TRAILING_AR:
            role = head.rstrip()
            end = start + len(role)
            head, _, last = role.rpartition(" ")
        kept = role_trims.trimmed(role, self.language)
        if kept is None:
            return  # «ووجه الوزير التهنئة للمهندس …»: what he offered, no one's role
        if kept != role:
            role, end = kept, start + len(kept)  # «لاعب بتروجت أساسيا»: how he played
        if _SAID_IN_AR.match(f" في {organisation}"):
            organisation = ""  # «… لآبل، في بيان»: «بيان» read as his organisation
        said_in = _SAID_IN_AR.search(role)
        if said_in and said_in.start() > 0:
            role = role[: said_in.start()].rstrip()  # «الرئيس التنفيذي لآبل في بيان»: where he
            end = start + len(role)  # said it, no part of his role (set y)
        styled = _STYLE_AR.search(role)
        if styled and styled.start() > 0:
            role = role[: styled.start()].rstrip()  # «رئيس الوزراء صاحب السمو الملكي»
            end = start + len(role)
        for other in self.people:
            at = role.rfind(other) if other != person.name else -1
            if at >= 0:
                # «ونائبيّه المحامي عبد الحكيم جبارة والمربي مالك عازم»: the role ran back over
                # another person; this one's is what follows that name, its «و» left out.
                rest = role[at + len(other) :].lstrip(" ،,")
                rest = rest[1:] if rest[:1] == "و" and rest[1:3] == "ال" else rest
                if not rest:
                    return
                start, role = start + len(role) - len(rest), rest
        quoted = _QUOTED_NAME.match(self.text, end) if role.endswith(("لـ", " ل")) else None
        if not organisation and quoted and self.text[start:end] == role:
            # «الرئيس التنفيذي لـ "مجموعة المطار الدولي"»: the quotation marks stopped the role
            # before its organisation («من هو الرئيس التنفيذي لـ؟», set o: garbled)
            role, end = self.text[start : quoted.end()], quoted.end()
        elif role.endswith(("لـ", " ل")) and not organisation:
            return  # a role cut before whose it is asks nothing
        if organisation and role.endswith(("لـ", " ل")):
            # «المؤسس المشارك لـ Telegram»: the role's «لـ» is the organisation's; asked
            # «من هو المؤسس المشارك لـ في Telegram؟» and keyed «المؤسس المشارك لـ» apart
            role, organisation = f"{role} {organisation}", ""
        self.roles.append(RoleMention(person.name, role, organisation, start, end))
        person.roles.append(role)

    def add_entity(self, bucket: list[str], name: str) -> None:
        if len(bucket) < MAX_PEOPLE and fold(name) not in {fold(n) for n in bucket}:
            bucket.append(name)


def tokenize(text: str, offset: int = 0) -> list[Token]:
    return [
        Token(offset + m.start(), offset + m.end(), m.group(), fold(m.group()))
        for m in _WORD.finditer(text)
    ]


def is_capitalised(token: Token) -> bool:
    """A Latin word starting with a capital letter (a name, or the start of a sentence)."""
    return token.text[0].isupper() and not token.is_arabic


def capitalised_runs(doc: Document, sentence: Sentence) -> list[tuple[int, int]]:
    """Token ranges [i, j) of capitalised words joined by single spaces ("David W. Anspach"
    keeps its initial; a possessive "FC's" ends a run)."""
    tokens = sentence.tokens
    shouted = _shouted(tokens)
    runs, i = [], 0
    while i < len(tokens):
        if not is_capitalised(tokens[i]) or tokens[i].key in STOP_EN or _amount(doc, tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if is_capitalised(tokens[j]) and _joined_in_name(doc, tokens, j):
                j += 1
                continue
            particles = _particles(doc, tokens, j)
            if not particles:
                break
            j += particles  # "Luiz Inacio Lula da Silva", "Ursula von der Leyen"
        if j - i >= 2 and _opens_sentence_only(doc, sentence, tokens[i]):
            i += 1  # "Previously Epic has complained …", "Former Bayern coach …": not the name's
        elif j - i >= 2 and _described(tokens[i].text):
            i += 1  # "Super-bantamweight Davies suggested …": Liam Davies, described (set y
            # asked him twice, as two people who spoke)
        if not (shouted and all(w.text.isupper() for w in tokens[i:j])):
            runs.append((i, j))
        i = j
    return runs


def _amount(doc: Document, token: Token) -> bool:
    """True for a sum whose currency letters stand between its sign and its digits: "$A15
    billion" (Australian dollars), "$NZ2 million" — no name (set hu: the gap "$____ billion"
    keyed "A15", both reviewers)."""
    sign = doc.text[token.start - 1] if token.start else ""
    return bool(sign) and sign in "$£€" and any(c.isdigit() for c in token.text)


# Small words inside a name, between capitalised ones: "Lula da Silva", "von der Leyen".
NAME_PARTICLES = frozenset("da de do dos das di du del della la le van von der den ter bin".split())


def _particles(doc: Document, tokens: list[Token], j: int) -> int:
    """How many name particles stand at token j, one or two ("von der"), with a capitalised word
    of the name right after them and only spaces between; 0 when none."""
    k = j
    while k < len(tokens) and k - j < 2 and tokens[k].text in NAME_PARTICLES:
        k += 1
    if k == j or k >= len(tokens) or not is_capitalised(tokens[k]):
        return 0
    between = zip(tokens[j - 1 : k], tokens[j : k + 1], strict=True)
    if any(gap(doc.text, a, b) != " " for a, b in between):
        return 0
    return k - j


def _described(word: str) -> bool:
    """True for a word that describes the name after it, no part of it: capitalised only at its
    start, a small-letter word after a hyphen ("Super-bantamweight", "Ex-minister")."""
    head, _, rest = word.partition("-")
    return bool(head) and rest[:1].islower()


def _shouted(tokens: list[Token]) -> bool:
    """True for a sentence with words in capitals for emphasis, "TURN AROUND, DON'T DROWN":
    three or more, a function word among them ("RP, BPP, PP, BQP" are names)."""
    caps = [t for t in tokens if len(t.text) > 1 and t.text.isupper() and t.text.isalpha()]
    # A function word in capitals ("DO NOT"), or no word in small letters, tells shouting from a
    # sentence that lists acronyms.
    words = [t for t in tokens if t.text.isalpha()]
    return len(caps) >= 3 and (
        any(t.key in STOP_EN for t in caps) or all(t.text.isupper() for t in words)
    )


# Words capitalised only because they open the sentence: an adverb ("Previously", "Reportedly")
# or a word that dates a role ("Former Bayern coach Julian Nagelsmann").
_ADVERB_EN = re.compile(r"\w{3,}(?:ally|ously|ively|ently|antly|edly|ingly|fully|ately)$")
_RELATIVES_EN = frozenset("who whom whose which that".split())
BEFORE_ROLE_EN = frozenset("former acting interim outgoing incoming longtime retired".split())


def _opens_sentence_only(doc: Document, sentence: Sentence, token: Token) -> bool:
    """True for the sentence's first word (after any quotation mark) that is an adverb or a
    word like "Former", which no name begins with."""
    if doc.text[sentence.start : token.start].strip(" \"'“‘(") != "":
        return False
    word = token.text.casefold()
    return (
        word in BEFORE_ROLE_EN
        or word in SUBORDINATORS_EN
        or word == "once"
        or word in _OPENING_PARTICIPLES_EN
        or _ADVERB_EN.fullmatch(word) is not None
    )


# Participles that open a sentence before what they govern: "Using NASA's telescope, the team
# …" is NASA's (set hu: the gap "____'s $A15 billion" keyed "Using NASA").
_OPENING_PARTICIPLES_EN = frozenset(
    "using citing following including quoting according speaking writing asked".split()
)


# What opens a clause before its subject: "Though Nokia claims …" is Nokia's (set p: "Though
# Nokia" keyed as a speaker, wrongly, both reviewers); windows.py reads it too.
SUBORDINATORS_EN = frozenset("though although because unless whereas if".split())


def _joined_in_name(doc: Document, tokens: list[Token], j: int) -> bool:
    previous = tokens[j - 1]
    if previous.key.endswith(("'s", "’s")) or tokens[j].key in _WEEKDAYS_EN:
        return False  # "arrested Edward Gutierrez Thursday evening": the day is no name's
    between = gap(doc.text, previous, tokens[j])
    if between in (" & ", "&"):
        return True  # "Procter & Gamble", "AT&T"
    if between in ("—", "–"):
        return True  # "Fort Lauderdale—Hollywood International Airport": one airport (set hz:
        # "Complete what Fort Lauderdale said", the town made the speaker)
    short = len(previous.text) == 1 or previous.text in SHORTENED_IN_NAMES
    return between == " " or (short and between in (".", ". "))


_WEEKDAYS_EN = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
# "Christus St. Vincent Regional Medical Center", "Mt. Pocono", "Ft. Worth": one name.
SHORTENED_IN_NAMES = frozenset({"St", "Mt", "Ft"})


def parse(text: str, language: str, title: str | None = None) -> Document:
    """Split `text` into sentences and flag boilerplate; `mentions.spot` fills in the people."""
    sentences = []
    preamble = _preamble_end(text)
    noted_line = False  # the sentences so far of this line are an editor's note
    for index, span in enumerate(split_sentences(text)):
        boiler = bool(_BOILERPLATE.search(span.text)) or len(span.text) < 3
        if span.end <= preamble:
            boiler = True  # «غدًا.. أمير الرياض يُدشّن …», its subheading, the page's date line
        if len(span.text.split()) <= _BYLINE_WORDS and _BYLINE.search(span.text):
            boiler = True  # "By Michelle Nelson, Noozhawk Managing Editor | … | 9:22 p.m."
        if _only_a_date(span.text):
            boiler = True  # «الثلاثاء ٠٤ أكتوبر ٢٠١٦»: the page's date, on a line of its own
        if index == 0 and (span.text[-1] not in '.!?؟…"”»' or _headline_line(text, span)):
            boiler = True  # the headline: what the article says is asked where it says it
        tokens = tokenize(span.text, span.start)
        same_line = bool(sentences) and "\n" not in text[sentences[-1].end : span.start]
        noted_line = bool(_EDITORS_NOTE.match(span.text)) or (noted_line and same_line)
        if noted_line:
            boiler = True  # "CORRECTION: Due to an editing error, …" and the rest of its line
        if boiler and same_line and _CREDIT.match(span.text):
            # "A calf stands with its mother … at the zoo. (Jane Doe/Keystone via AP)": the
            # credit closes a photo's caption, which is no sentence of the story either
            sentences[-1] = replace(sentences[-1], boilerplate=True)
        sentences.append(Sentence(index, span.start, span.end, span.text, tokens, boiler))
    article = title is not None or "\n" in text.strip()
    headline = title or ""
    if not headline and sentences and sentences[0].boilerplate and "\n" in text.strip():
        headline = sentences[0].text
    return Document(text, language, title or title_of(text), sentences, article, headline)


def _preamble_end(text: str) -> int:
    """Where the lines before the story end: the headline, a subheading, a section's name, the
    byline and the date line a pasted page opens with, each short and none a sentence ended by
    its full stop («تحذر من موجة حارة تضرب المملكة.. تصل إلى 50 درجة مئوية» ends with none:
    «..» joins its two halves). 0 when the first line is already the story's."""
    end = 0
    for line in re.finditer(r"[^\n]+", text):
        words = line.group().split()
        if not words:
            continue
        last = line.group().rstrip()
        ended = last[-1] in _SENTENCE_ENDS and not last.endswith("..") and not _quoted_whole(last)
        if len(words) > _HEADING_WORDS or ended:
            return end
        if last[-1] == ":" and len(words) >= _LEAD_IN_WORDS:
            return end  # "…, said applicants should follow three steps:" opens the story
        end = line.end()
    return 0  # a text of short lines only: a list, not a page


def _quoted_whole(line: str) -> bool:
    """A line in quote marks from end to end, as a page may print its headline: «العزيمة تفرض
    نفسها في دوري روشن …»; its closing mark ends no sentence (set hv: the byline and dateline
    under it, «فهد العويرضي – الرياض», were asked as a place gap, both reviewers)."""
    line = line.strip()
    pairs = {"«": "»", "“": "”", '"': '"'}
    closing = pairs.get(line[:1])
    return closing is not None and line.endswith(closing) and line[1:-1].count(closing) == 0


_HEADING_WORDS = 16
_LEAD_IN_WORDS = 6
_SENTENCE_ENDS = '.!?؟…"”»'


# The editor's note on a mended story, which the rest of its line goes on: "CORRECTION: Due to
# an editing error, …", "Editor's note: …", «تصحيح: …», in square brackets too ("[Editor’s
# Note: This post was updated to cover …]": both reviewers of a held-out set, trivial).
_EDITORS_NOTE = re.compile(
    r"\s*\[?\s*(?:correction|clarification|editor['’]s note|تصحيح|توضيح)\s*:",
    re.IGNORECASE,
)


# A photo's credit in parentheses, on its own after the caption it closes.
_CREDIT = re.compile(r"^\([^()]{3,60}(?:\bvia (?:AP|AFP|Reuters|Getty)|:\s*[A-Z][^():]{2,40})\)$")


def gap(text: str, left: Token, right: Token) -> str:
    """What lies between two tokens (usually a space or some punctuation)."""
    return text[left.end : right.start]


# A body that issues statements: "قالت وزارة الصحة إن …", "قالت شركة … «ريفيان» إن …".
def is_body(doc: Document, person: Person) -> bool:
    """True for an organisation that speaks (a company, a ministry), not one of the people."""
    return doc.people.get(person.name) is not person


def _opens(key: str, full: str) -> bool:
    """True when the Arabic name `key` (two words or more, folded) opens `full`, «يي» written
    as «ي» or not: a man called by his compound given name («محيي الدين» of «محيي الدين علي»)."""
    return (full.replace("يي", "ي") + " ").startswith(key.replace("يي", "ي") + " ")
