"""Where a speaker said it: the network, paper, agency, programme or journalist the narrator
names beside a statement ("told CNN", «لشبكة "سي ان ان"», «في حوار لوكالة أنباء البحرين»).

One question per speaker: "Which news outlet did Raimondo speak to?" / «لأي شبكة تحدثت
رايموندو؟». Wrong choices are outlets of the same kind from data/outlets-<language>.txt that
the article does not name; with too few of them the question is typed, the name's short and
long forms accepted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..questions import Question
from . import distractors, keys, outlets, quotes, role_names
from .document import (
    SPEECH_VERBS_AR,
    STOP_AR,
    Document,
    fold,
    fold_same_length,
    strip_clitic,
)
from .drafts import draft, gives_away, mcq

# Folded (document.fold_same_length): "شبكة" is matched as "شبكه", "الإعلامى" as "الاعلامي".
_OUTLET_AR = re.compile(
    r"(?<!\w)(?P<prep>ل|ب|على |في |مع |عبر )"
    r"(?P<noun>شبكه|قناه|صحيفه|جريده|مجله|وكاله|اذاعه|برنامج|منصه"
    r"|الاعلاميه|الاعلامي|الصحفيه|الصحفي|الصحافيه|الصحافي|المذيعه|المذيع)"
    r"(?:ه|ها)?\s+"
)
_OUTLET_EN = re.compile(
    r"(?<!\w)(?:told|speaking (?:to|with)|(?:in )?an interview with|in a statement to)"
    r"\s+(?P<the>[Tt]he\s+)?(?=[A-Z0-9])"
)
# A capitalised English name is an outlet when it is an acronym or carries a press word.
_PRESS_EN = re.compile(
    r"^[A-Z]{2,6}$|\b(?:News|TV|Television|Radio|Times|Post|Journal|Network|Magazine|Channel"
    r"|Daily|Herald|Tribune|Press|Agency|Reuters|Bloomberg|Gazette|Observer|Guardian|Globe"
    r"|Chronicle|Telegraph|Mail|Star|Examiner|Standard|Independent|Insider|Broadcasting)\b"
)
_QUOTED = re.compile(r'\s*(?:"([^"\n]{1,40})"|«([^»\n]{1,40})»|“([^”\n]{1,40})”)')
_NAME_EN = re.compile(r"(?:[A-Z0-9][\w&.'-]*)(?:\s+(?:[A-Z0-9][\w&.'-]*))*")
_WORD_AR = re.compile(r"[^\s،,.:؛;\"«»“”()]+")
# An outlet is where words were said only beside an interview or a statement ("في حوار خاص
# لوكالة …", "خلال لقائه ببرنامج …") or right after the speaker: "الرئيس التنفيذي لوكالة الفضاء"
# names where someone works.
_SAYING_AR = frozenset(
    fold_same_length(w)
    for w in """حوار مقابلة لقاء لقائه لقائها مداخلة تصريحات تصريح تصريحه تصريحها حديث حديثه
    حديثها تعليق بيان""".split()
)
_MAX_WORDS = 4
_PREP_AR = {
    "ل": "لأي",
    "ب": "في أي",
    "على": "على أي",
    "في": "في أي",
    "مع": "مع أي",
    "عبر": "عبر أي",
}
# The kind of outlet each noun names, as tagged in data/outlets-<language>.txt.
_KIND_AR = {"شبكه": "tv", "قناه": "tv", "اذاعه": "radio", "وكاله": "agency"}
_KIND_AR |= {"صحيفه": "paper", "جريده": "paper", "مجله": "paper"}
_JOURNALIST = ("الاعلامي", "الصحفي", "الصحافي", "المذيع")
_PROMPT_EN = "Which news outlet did {speaker} speak to?"
_AGENCY_PROMPT_EN = "Which news agency did {speaker} speak to?"


@dataclass(frozen=True)
class Venue:
    noun: str  # as the question names it: "شبكة", "إعلامي"; "" in English
    prep: str  # the question's opening: "لأي", "في أي"
    name: str  # the key
    forms: tuple[str, ...]  # the other forms a student may type
    kind: str  # "tv", "agency", "paper", "radio" or "" (a programme, a journalist)
    start: int  # the name's offset in the text


def extract(doc: Document) -> list[Question]:
    questions: list[Question] = []
    asked: set[str] = set()
    find = _arabic if doc.language == "ar" else _english
    for found in quotes.find(doc):
        speaker = found.speaker.name
        if speaker in asked or found.further:
            continue
        sentence = found.sentence
        said_at = sentence.text.find(found.statement)
        # The narrator's words around the statement ("“…,” Novak told Reuters"); the statement
        # is blanked out, offsets kept, so an outlet the speaker names is not where they spoke.
        narrator = sentence.text
        if said_at >= 0:
            end = said_at + len(found.statement)
            narrator = narrator[:said_at] + " " * (end - said_at) + narrator[end:]
        venue = find(doc, narrator, sentence.start, speaker)
        if venue is None or fold(speaker) in fold(venue.name) or fold(venue.name) in fold(speaker):
            continue
        question = _question(doc, found, venue)
        if question is not None:
            asked.add(speaker)
            questions.append(question)
    return questions


def _arabic(doc: Document, text: str, offset: int, speaker: str) -> Venue | None:
    folded = fold_same_length(text)
    for match in _OUTLET_AR.finditer(folded):
        name, end = _name_ar(text, match.end())
        if not name or not _beside_saying(folded, match.start(), speaker):
            continue
        noun = match.group("noun")
        shown = text[match.start("noun") : match.end("noun")]
        if noun.startswith("ال"):
            # "مع الإعلامي عمرو أديب": a journalist, asked as one; the name's short forms.
            if not noun.startswith(_JOURNALIST) or len(name.split()) < 2:
                continue
            return Venue(shown[2:], "مع أي", name, tuple(keys.name_forms(name)), "", offset)
        forms = [f"{shown} {name}"]
        after = _QUOTED.match(text, end)
        if after and len(_quoted(after).split()) <= 2:
            forms.append(_quoted(after))  # «وكالة أنباء البحرين "بنا"»
        kind = _KIND_AR.get(noun, "")
        key = forms[0] if kind == "agency" else name  # "وكالة أنباء البحرين", not "أنباء البحرين"
        others = tuple(f for f in [name, *forms] if f != key)
        prep = _PREP_AR[match.group("prep").strip()]
        return Venue(shown, prep, key, others, kind, offset + match.end())
    return None


def _beside_saying(folded: str, at: int, speaker: str) -> bool:
    """True when one of the three words before `at` is an interview or a verb of saying, or
    the speaker's name ends right before it."""
    before = folded[:at].split()[-3:]
    if any(w in _SAYING_AR or strip_clitic(w) in _SAYING_AR for w in before):
        return True
    if any(strip_clitic(w) in SPEECH_VERBS_AR for w in map(fold, before)):
        return True
    return fold(folded[:at]).rstrip().endswith(fold(speaker).split()[-1])


def _name_ar(text: str, at: int) -> tuple[str, int]:
    """The outlet's name from `at`: a quoted name, or up to four words before a stop word or a
    punctuation mark ("أم بى سى مصر،")."""
    quoted = _QUOTED.match(text, at)
    if quoted:
        name = _quoted(quoted).strip()
        return (name, quoted.end()) if len(name.split()) <= _MAX_WORDS else ("", at)
    words: list[re.Match[str]] = []
    for match in _WORD_AR.finditer(text, at):
        between = text[words[-1].end() if words else at : match.start()]
        if between.strip() or fold(match.group()) in STOP_AR or len(words) == _MAX_WORDS:
            break
        if _OUTLET_AR.match(fold_same_length(match.group()) + " "):
            break  # "عمرو أديب ببرنامجه …": the next outlet begins
        words.append(match)
    if not words or len(words) == _MAX_WORDS:
        return "", at  # a run of four words is a clause, not a name
    return text[words[0].start() : words[-1].end()], words[-1].end()


def _quoted(match: re.Match[str]) -> str:
    """The name inside a _QUOTED match, whichever quotation marks it stands in."""
    return next(g for g in match.groups() if g)


def _english(doc: Document, text: str, offset: int, speaker: str) -> Venue | None:
    for match in _OUTLET_EN.finditer(text):
        name_match = _NAME_EN.match(text, match.end())
        if name_match is None:
            continue
        name = name_match.group().rstrip(".'")
        listed = name in outlets.listed("en").kinds
        if len(name.split()) > _MAX_WORDS or not (_PRESS_EN.search(name) or listed):
            continue  # "told Congress", "told Al Arabiya" only as a known outlet
        if doc.resolve_person(name) is not None:
            continue  # "told Friar": a person, not an outlet
        forms = [*keys.organisation_forms(name)]
        if match.group("the"):
            forms.append(f"The {name}")  # "The Boston Globe" as the paper writes itself
        kind = _kind_after_en(text, name_match.end()) or _kind_en(name)
        return Venue("", "", name, tuple(forms), kind, offset + match.end())
    return None


# What the article calls the outlet after its name: "the PA news agency", "the Times newspaper".
_KIND_AFTER_EN = (
    ("agency", re.compile(r"\s+(?:news\s+)?agency\b", re.I)),
    ("paper", re.compile(r"\s+(?:news)?paper\b", re.I)),
    ("radio", re.compile(r"\s+radio\b", re.I)),
    ("tv", re.compile(r"\s+(?:TV|television|channel|network)\b", re.I)),
)


def _kind_after_en(text: str, end: int) -> str:
    """The kind the words after the outlet's name give it, else "" ("PA" is an agency where
    the article says so, though its letters look like a channel's)."""
    return next((kind for kind, words in _KIND_AFTER_EN if words.match(text, end)), "")


_KIND_EN = (
    ("radio", re.compile(r"\bRadio\b")),
    ("agency", re.compile(r"\b(?:Agency|Press|Reuters|Bloomberg|AP|AFP)\b")),
    (
        "paper",
        re.compile(
            r"\b(?:Times|Post|Journal|Daily|Herald|Tribune|Gazette|Observer|Guardian"
            r"|Globe|Chronicle|Telegraph|Mail|Star|Examiner|Standard|Independent)\b"
        ),
    ),
    ("tv", re.compile(r"^[A-Z]{2,6}$|\b(?:News|TV|Television|Network|Channel|Broadcasting)\b")),
)


def _kind_en(name: str) -> str:
    """The outlet's kind: from data/outlets-en.txt, else from its press word ("Globe": a paper)."""
    known = outlets.listed("en").kinds
    if name in known:
        return known[name]
    return next((kind for kind, words in _KIND_EN if words.search(name)), "")


def _question(doc: Document, found: quotes.Attribution, venue: Venue) -> Question | None:
    speaker = found.speaker.name
    if doc.language == "ar":
        verb = "تحدثت" if found.speaker.gender == "f" else "تحدث"
        prompt = f"{venue.prep} {venue.noun} {verb} {speaker}؟"
    else:
        asked = _AGENCY_PROMPT_EN if venue.kind == "agency" else _PROMPT_EN
        prompt = asked.format(speaker=speaker)
    if gives_away(prompt, venue.name):
        return None
    s = found.sentence
    wrong = _outlets(doc, venue)
    question = mcq(doc, "venue", prompt, venue.name, wrong, s.start, s.end, 0.8)
    if question is None:
        answer = [venue.name, *venue.forms]
        question = draft(doc, "short", "venue", prompt, answer, s.start, s.end, 0.75)
    if question is None:
        return None
    question.extra["outlet"] = venue.kind  # calibration rates an agency as agencies are rated
    return role_names.framing(question, speaker)


_REGION = {"en": "world", "ar": "arab"}


def _outlets(doc: Document, venue: Venue) -> list[str]:
    """Outlets of the venue's kind the article does not name: none of them is also right."""
    if not venue.kind:
        return []
    rows = outlets.listed(doc.language).rows
    named = outlets.named(doc)
    # Not distractors.pick: "وكالة الأنباء السعودية" shares "وكالة الأنباء" with the key and
    # is still another agency.
    pool = [
        row
        for row in rows
        if row.kind == venue.kind
        and row.name not in named
        and not _initials_of(venue.name, row.name)
    ]
    # Outlets of the key's region first: no Arab channel beside CNN for an American minister.
    key = fold(venue.name)
    # An outlet the list does not know is taken for one of the article's own language's world:
    # "Channel 4 News" beside "Sky News Arabia" was an implausible choice (ninety-first review).
    region = next((row.region for row in rows if row.folded == key), _REGION[doc.language])
    seed = f"{venue.start}|{venue.name}"
    ordered = distractors.stable_order([row.name for row in pool], seed)
    regions = {row.name: row.region for row in pool}
    ordered.sort(key=lambda name: bool(region) and regions[name] != region)
    # The key is named without its "The": so is every choice ("Washington Post").
    return [name.removeprefix("The ") for name in ordered]


def _initials_of(one: str, other: str) -> bool:
    """True when one name is the other's initials: "AP" and "Associated Press" are one agency."""

    def initials(name: str) -> str:
        return "".join(w[0] for w in re.findall(r"[A-Za-z]+", name.removeprefix("The ")))

    return (one.isupper() and one == initials(other)) or (
        other.isupper() and other == initials(one)
    )
