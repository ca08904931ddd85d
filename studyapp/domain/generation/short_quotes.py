"""What the only speaker said, when the article quotes it whole in a few words: «قال وزير النقل
خالد العمري لصحيفة "الأيام" قبل أن يلتقي ممثلي النقابات … "انها أزمة حقيقية"» asked «ماذا قال
خالد العمري قبل أن يلتقي ممثلي النقابات …؟» keyed «انها أزمة حقيقية» («أزمة حقيقية» accepted);
'"It's a real crisis," Transport Minister Sami Haddad told the Daily Star before meeting union
leaders' asked "What did Sami Haddad say before meeting union leaders?". The role and the outlet
are left to their own questions.

With one speaker no "who said" is asked (quotes.py), and none of their other words may be a
wrong choice: the answer is typed, no longer than a key, and the question is the sentence that
frames the quotation, turned round, so it says which of their words it asks for. Not where the
speaker's words go on in the paragraph (says_more_here): the hundred-and-fifty-fifth review
rejected news-dev 08's «انها مشكلة كبيرة», followed by more of her words, as wrongly keyed."""

from __future__ import annotations

import re

from ..questions import Question
from . import role_names
from .attributions import Attribution
from .document import QUOTE, Document, Sentence, fold
from .drafts import draft
from .statements import inner, is_title

_FEWEST_WORDS = 2
_MOST_WORDS = 6  # longer words are a quotation to complete (completions.py), not to recall
_MOST_FRAME_WORDS = 24

# Past verbs of saying that "ماذا" can ask with: «ماذا أشار» would want «إلامَ».
_ASKABLE_AR = frozenset(
    fold(w)
    for w in """قال قالت أضاف أضافت أكد أكدت ذكر ذكرت أوضح أوضحت صرح صرحت كتب كتبت تابع تابعت
    أعلن أعلنت""".split()
)
# «وقال …», «فقالت …»: the conjunction tying the sentence to the one before.
_JOINED_AR = re.compile(r"^[وف](?=\w)")
# «قال الوزير إن "…"»: the particle that opens the words said.
_THAT_AR = re.compile(r"\s+(?:إن|أن|بأن|إنه|أنه)$")
# «لشبكة "سي ان ان"»: the outlet told, which its own question asks (venues.py).
_OUTLET_AR = re.compile(
    r"\s+لـ?\s*(?:(?:شبكة|قناة|صحيفة|جريدة|وكالة|موقع|مجلة|إذاعة|اذاعة|تلفزيون|برنامج)\s*)?"
    r"[«\"“][^«»\"“”]{1,40}[»\"”]"
)

# English verbs of saying in the past and the base a "What did … ?" asks with.
_BASE_EN = {
    "said": "say",
    "told": "tell",
    "added": "add",
    "explained": "explain",
    "noted": "note",
    "warned": "warn",
    "wrote": "write",
    "stated": "state",
    "insisted": "insist",
    "tweeted": "tweet",
    "remarked": "remark",
    "admitted": "admit",
    "declared": "declare",
}
# What stands after the quotation when it ends the sentence: its stop, nothing else.
_ENDS = re.compile(r"^\s*[.!]?\s*$")
# The opening a reader may leave out of the words: «انها مشكلة كبيرة» as «مشكلة كبيرة».
_OPENING = re.compile(
    r"^(?:إنها|انها|إنه|انه|هذه|هذا|it(?:['’]s| is| was)|that(?:['’]s| is| was)|this is)\s+",
    re.IGNORECASE,
)


def ask(doc: Document, found: Attribution, *, only_words: bool) -> Question | None:
    """A typed "what did X say" for a quotation of two to six words that stands whole in its
    sentence with the words naming who said it; None for any other statement. A bare "What
    did X say?" is asked only of the speaker's `only_words`: else it says not which."""
    if found.a_name or not found.named_here or is_title(found.statement):
        return None
    s = found.sentence
    match = next((m for m in QUOTE.finditer(s.text) if _said(inner(m), found.statement)), None)
    if match is None:
        return None
    words = inner(match).strip().rstrip(".،,!").strip()
    if not _FEWEST_WORDS <= len(words.split()) <= _MOST_WORDS or words.endswith(("?", "؟")):
        return None
    before, after = s.text[: match.start()], s.text[match.end() :]
    if doc.language == "ar":
        prompt = _ask_ar(before, after, found.speaker.name)
    else:
        prompt = _ask_en(before, after, found.speaker.name)
    if prompt is None or not _names(prompt, found.speaker.name):
        return None
    if len(prompt.split()) > _MOST_FRAME_WORDS:
        return None
    if not only_words and len(prompt.split()) <= 2 + len(found.speaker.name.split()):
        return None  # «ماذا قال العمري؟» of one who says more: which of his words?
    shorter = _OPENING.sub("", words, count=1)
    answer = [words] + ([shorter] if shorter != words and len(shorter.split()) >= 2 else [])
    question = draft(doc, "short", "statement", prompt, answer, s.start, s.end, 0.6)
    # Called by their role where "Who is the Transport Minister?" asks for their name.
    return role_names.framing(question, found.speaker.name)


def says_more_here(doc: Document, sentence: Sentence, own: set[int]) -> bool:
    """True when the speaker has other words in the paragraph of `sentence`: «"انها مشكلة
    كبيرة". "كل شيء في حياتك … يتطلب أشباه الموصلات."» goes on, and "What did Raimondo say
    before the meeting?" keyed with the first words marks the rest wrong (the
    hundred-and-fifty-fifth review rejected it so)."""
    for index in own - {sentence.index}:
        other = doc.sentences[index]
        first, then = sorted((sentence, other), key=lambda t: t.start)
        if "\n" not in doc.text[first.end : then.start]:
            return True
    return False


def _said(quoted: str, statement: str) -> bool:
    return fold(quoted.strip(" .،,")) == fold(statement.strip(" .،,"))


def _names(prompt: str, speaker: str) -> bool:
    """True when the question names the speaker, by their full name or their last word."""
    return fold(speaker.split()[-1]) in fold(prompt)


def _ask_ar(before: str, after: str, speaker: str) -> str | None:
    """«وقالت وزيرة التجارة جينا رايموندو لشبكة "سي ان ان" قبل ان تقود اجتماعا …
    "…".» -> «ماذا قالت جينا رايموندو قبل ان تقود اجتماعا …؟»: the role and the outlet left
    to the questions that ask them (facts.py, venues.py)."""
    if not _ENDS.match(after):
        return None
    frame = _THAT_AR.sub("", before.strip(" :،,\n"))
    frame = _OUTLET_AR.sub("", _JOINED_AR.sub("", frame, count=1))
    verb, _, rest = frame.partition(" ")
    if fold(verb) not in _ASKABLE_AR:
        return None
    at = rest.find(speaker)
    if at > 0:
        rest = rest[at:]  # «وزيرة التجارة جينا رايموندو»: the role before the name dropped
    return f"ماذا {verb} {rest}؟"


# "Commerce Secretary Gina Raimondo told CNN", "said Raimondo": who, the verb, to whom.
_FRAME_EN = re.compile(
    r"^(?P<who>[A-Z][^,;:\"“”]*?)\s+(?P<verb>[a-z]+)(?:\s+(?P<to>[^,;:\"“”]+))?$"
)
_INVERTED_EN = re.compile(r"^(?P<verb>said|added|wrote)\s+(?P<who>[A-Z][^,;:\"“”]*)$")


# Whom it was told, by name: "the Daily Star", "CNN", "Reuters".
_NAMED_EN = re.compile(r"(?:the\s+)?(?:[A-Z][\w.&'’-]*)(?:\s+[A-Z][\w.&'’-]*)*")


def _ask_en(before: str, after: str, speaker: str) -> str | None:
    """'"It's a big problem," Raimondo told reporters.' or 'Raimondo told reporters: "It's a
    big problem."' -> "What did Raimondo tell reporters?"; told an outlet by name ("told CNN
    before …"), "What did Raimondo say before …?"."""
    if _ENDS.match(after) and before.strip():
        frame = before.strip().rstrip(":,").strip()
    elif not before.strip():
        frame = after.strip().lstrip(",").strip().rstrip(".").strip()
    else:
        return None
    inverted = _INVERTED_EN.match(frame)
    match = inverted or _FRAME_EN.match(frame)
    if match is None or match.group("verb") not in _BASE_EN:
        return None
    to = "" if inverted else (match.group("to") or "")
    base = _BASE_EN[match.group("verb")]
    named = _NAMED_EN.match(to) if base == "tell" else None
    if named:
        # "told the Daily Star before …": the outlet is asked by its own question (venues.py)
        base, to = "say", to[named.end() :].strip()
    if base == "tell" and not to:
        return None
    who = match.group("who")
    at = who.find(speaker)
    if at > 0:
        who = who[at:]  # "Transport Minister Sami Haddad": the role asked by its own question
    return f"What did {who} {base}{' ' + to if to else ''}?"
