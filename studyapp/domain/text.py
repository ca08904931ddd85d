"""Arabic and English text handling: normalisation, sentence spans, language detection.

Plain Python, no Flask and no database, shared by grading, generation and the file loader.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Harakat, tanween, shadda, sukun, superscript alef and Quranic marks.
_DIACRITICS = re.compile(
    "[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed]"
)
_TATWEEL = "\u0640"
_BIDI_MARKS = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_ALEF_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا"})
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_ARABIC_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")
_LATIN_LETTER = re.compile("[A-Za-z]")
_ENGLISH_ARTICLES = {"a", "an", "the"}
# A leading definite article, optionally after one of the clitics و ف ب ل. Not after ك ("as
# the"): rare in an answer, while names begin with كال (كاليفورنيا, كالفن) and lost three letters.
_ARABIC_ARTICLE = re.compile(r"^(?:[وفبل]?ال)(?=\w{2,})")


def strip_diacritics(text: str) -> str:
    """Remove Arabic diacritics and tatweel; letters are untouched."""
    return _DIACRITICS.sub("", text).replace(_TATWEEL, "")


def fold_arabic(text: str) -> str:
    """Fold the spellings a learner may reasonably mix up to one form.

    Alef with hamza or madda becomes bare alef, final ta marbuta becomes ha,
    alef maqsura becomes ya, Arabic-Indic digits become Western digits.
    """
    text = strip_diacritics(text).translate(_ALEF_FORMS).translate(_DIGITS)
    text = re.sub(r"ة(?=\W|$)", "ه", text)
    return text.replace("ى", "ي")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """A comparison key: Arabic spellings folded, case folded."""
    return fold_arabic(text).casefold()


def tokens(text: str, *, drop_articles: bool = True) -> list[str]:
    """Normalised word tokens: folded, lower case, punctuation dropped, articles dropped."""
    text = _BIDI_MARKS.sub("", unicodedata.normalize("NFKC", text))
    text = fold_arabic(text).casefold()
    words = re.findall(r"\w+", text)
    if not drop_articles:
        return words
    result = []
    for word in words:
        if word in _ENGLISH_ARTICLES:
            continue
        result.append(_ARABIC_ARTICLE.sub("", word) if _ARABIC_LETTER.match(word) else word)
    return result


def normalize(text: str, *, drop_articles: bool = True) -> str:
    """One comparable string for an answer: the normalised tokens joined by single spaces."""
    return " ".join(tokens(text, drop_articles=drop_articles))


def detect_language(text: str) -> str:
    """'ar' when Arabic letters outnumber Latin ones by the usual margin of a mixed text, else 'en'.

    Arabic news often quotes Latin brand names (OpenAI, ChatGPT), so Arabic wins
    as soon as it makes up a third of the letters.
    """
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    if arabic == 0 and latin == 0:
        return "en"
    return "ar" if arabic * 2 >= latin else "en"


@dataclass(frozen=True)
class Span:
    """A piece of a text, kept by its character offsets into that text."""

    start: int
    end: int
    text: str


# A sentence ends at . ! ? ؟ or … (then an optional closing quote and any footnote marks, as
# in "in 2010.[21] Its", then space) or at a line break.
_SENTENCE_END = re.compile(r"(?<=[.!?؟…])[\"”»’']?(?:\[[^\]\n]{1,30}\])*(?=\s)|\n+")
_ABBREVIATIONS = re.compile(
    r"(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|Gen|Gov|Sen|Rep|Lt|Col|Capt|Inc|Ltd|Co|Corp|vs|etc"
    r"|Md|Mohd|Sgt|Maj|Brig|Adm|Supt|Insp|Hon|Rev|Messrs"  # "Md. Rahman", "Sgt. Tom Faudskar"
    r"|v|c|ca|cf|approx|No|vol|pp|p|fig|ch|ed|eds"  # "Brown v. Board", "(c. 1600)", "vol. 2, p. 14"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec"  # "which will begin Aug. 29": a month cut short
    r"|e\.g|i\.e|U\.S|U\.K|U\.N)|\b[A-Z]"
    # A lone Arabic letter is an initial ("راجندرا ك. باتشوري", "د. أحمد"), never a last word.
    r"|(?:^|\s)[\u0621-\u064a]"
    # Latin initials spelt in Arabic: "سي. سي. وي" (C. C. Wei), "جي. بي. مورغان"
    r"|(?:^|[\s\"“«])(?:إيه|أيه|ايه|بي|سي|دي|إي|إف|جي|إتش|آي|كيه|كي|إل|إم|إن|كيو|آر|إس|تي|يو|دبليو"
    r"|إكس|واي|زد))\.$"
)


# "p.m." ends a sentence only before a new one: not before a lower-case word, a day, a month
# or a time zone.
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_TIME_GOES_ON = re.compile(
    r"\s+(?:[a-z(]|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\b|(?:[ECMP][SD]?T|GMT|UTC|BST|CET|local)\b)"
)


def split_sentences(text: str) -> list[Span]:
    """Sentences of `text` as spans, whitespace trimmed, offsets exact into `text`."""
    spans: list[Span] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if "\n" not in match.group(0):
            piece = text[start:end]
            if _ABBREVIATIONS.search(piece) or _inside_quote(piece):
                continue
            if _CLOCK_END.search(piece) and _TIME_GOES_ON.match(text, end):
                continue  # "As of 9:30 p.m. Thursday, …", "at 10 a.m. and …": the time goes on
        _append_trimmed(text, start, end, spans)
        start = end
    _append_trimmed(text, start, len(text), spans)
    return spans


def _inside_quote(piece: str) -> bool:
    """True while a “…” or «…» quotation, or a bracket ("(لقحوا أطفالكم الآن.. ليبقوا
    بأمان)"), opened in `piece` is still open at its end."""
    return (
        piece.count("“") > piece.count("”")
        or piece.count("«") > piece.count("»")
        or piece.count("(") > piece.count(")")
    )


def _append_trimmed(text: str, start: int, end: int, spans: list[Span]) -> None:
    piece = text[start:end]
    stripped = piece.strip()
    if not stripped:
        return
    lead = len(piece) - len(piece.lstrip())
    s = start + lead
    spans.append(Span(s, s + len(stripped), stripped))


def sentence_containing(text: str, start: int, end: int) -> Span | None:
    """The sentence that holds the span start:end (or the first one it overlaps)."""
    for sentence in split_sentences(text):
        if sentence.start <= start < sentence.end or (start <= sentence.start < end):
            return sentence
    return None


def title_of(text: str) -> str:
    """The first non-empty line, shortened to a heading's length."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            return line if len(line) <= 120 else line[:117].rstrip() + "…"
    return ""


# A plain romanisation for slugs only (URLs and file names), not for display.
_ROMAN = str.maketrans(
    {
        "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ٱ": "a", "ب": "b", "ت": "t", "ث": "th",
        "ج": "j", "ح": "h", "خ": "kh", "د": "d", "ذ": "dh", "ر": "r", "ز": "z", "س": "s",
        "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh", "ف": "f",
        "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "و": "w",
        "ي": "y", "ى": "a", "ئ": "y", "ؤ": "w", "ء": "",
    }
)  # fmt: skip


def slugify(title: str, *, max_length: int = 60) -> str:
    """Lower-case ASCII words joined by '-': Arabic romanised, other scripts dropped."""
    text = fold_arabic(unicodedata.normalize("NFKC", title)).translate(_ROMAN).casefold()
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", text)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > max_length:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug
