"""What a speaker said: the quotation a verb of saying introduces, or the clause it reports
("قال إن …", "said that …"), ended where the next thing said begins ("…، مؤكدا أن …")."""

from __future__ import annotations

import re

from .document import SPEECH_VERBS_EN, Document, Sentence
from .mentions import speech_verb_at
from .speakers import QUOTE, THAT_AR, quoted_at

_THAT_EN = re.compile(r"\bthat\s+(?=\S)")
# "said the market was growing": a clause straight after the verb, not "said Friar" or "said in".
_BARE_CLAUSE_EN = re.compile(r"\s+(?=(?:the|a|an|it|they|we|he|she|its|their|this)\s)")
_TOPIC_AFTER = re.compile(
    r"(?:في إشارة إلى|في اشارة الى|بشأن|حول|referring to|in reference to|about)"
    r"\s+([^،,.:؛;“”«»\"]+)"
)


def statement_of(
    doc: Document, sentence: Sentence, verb_at: int, later: bool = False
) -> tuple[str, str]:
    """(statement, topic): the longest quote of 3+ words, else the clause after أن/إن/that."""
    text = sentence.text
    quotes = [m for m in QUOTE.finditer(text) if len(inner(m).split()) >= 3]
    # The quotation this verb introduces, not the next verb's: "قال إن «…»، مؤكدا أن «…»".
    end = _next_verb(doc, sentence, verb_at)
    own = [m for m in quotes if verb_at <= m.start() < end]
    quotes = own or ([] if later else quotes)
    topic = ""
    if quotes:
        quote = max(quotes, key=lambda m: len(inner(m)))
        if len(inner(quote).split()) >= 4 or not reported(doc, text, verb_at):
            before = text[max(verb_at, 0) : quote.start()]
            that = list((THAT_AR if doc.language == "ar" else _THAT_EN).finditer(before))
            if that:
                topic = before[that[-1].end() :].strip(" ،,:")
            if not topic or len(topic.split()) > 6:
                after = _TOPIC_AFTER.search(text, quote.end())
                topic = after.group(1).strip() if after else ""
            return inner(quote).strip(), _short_topic(topic)
    return reported(doc, text, verb_at), ""


# "اجتماع يسمى «اجتماع ما قبل الإطلاق»", "a rover called “Perseverance”": a name, not words said.
NAMING = re.compile(r"(?:يسمى|تسمى|باسم|بعنوان|عنوان|called|named|titled|dubbed)\s*$")
# "…، مؤكدا أن …", "…, adding that …": the next thing said begins, this one ends.
_NEXT_SAID = re.compile(
    r"\s?[،,]\s*(?:[وف]?(?:مؤكد|مشير|مضيف|موضح|لافت|مشدد|منوه|مبين|معتبر|محذر)[اةًـ]+|"
    r"و(?:أوضح|أضاف|أكد|أشار|قال|تابع|لفت|شدد|ذكر)ت?|adding|noting|saying|stressing)\b"
)


def _next_verb(doc: Document, sentence: Sentence, verb_at: int) -> int:
    """Offset in the sentence of the first verb of saying after `verb_at` (its length if none)."""
    for token in sentence.tokens:
        at = token.start - sentence.start
        if at > verb_at and speech_verb_at(doc, token) != "x" and not quoted_at(sentence, token):
            return at
    return len(sentence.text)


def reported(doc: Document, text: str, verb_at: int) -> str:
    pattern = THAT_AR if doc.language == "ar" else _THAT_EN
    quoted = [(m.start(), m.end()) for m in QUOTE.finditer(text)]
    # Not the "ان" of «سي ان ان»: a word inside quote marks opens no reported clause.
    match = next(
        (
            m
            for m in pattern.finditer(text, verb_at)
            if not any(a < m.end() <= b for a, b in quoted)
        ),
        None,
    )
    # "وأضاف خلال مداخلة هاتفية مع الإعلامي … على قناة …، أنه …": Arabic says where first.
    reach = 130 if doc.language == "ar" else 60
    if match is None or match.start() - verb_at > reach:
        # "said the market was growing", but not "emphasized the need for …": a noun phrase.
        verb = text[:verb_at].split()[-1:]
        plain = bool(verb) and verb[0].lower() in SPEECH_VERBS_EN
        match = _BARE_CLAUSE_EN.match(text, verb_at) if doc.language == "en" and plain else None
        if match is None:
            return ""
    clause = re.split(r"\s[،,]\s?(?:في إشارة|كما|referring)|[.؟?!]$", text[match.end() :])[0]
    clause = _NEXT_SAID.split(clause)[0]
    clause = clause.strip(" ،,.")
    return clause if len(clause.split()) >= 4 else ""


def inner(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


def _short_topic(topic: str) -> str:
    words = topic.split()
    return " ".join(words) if 0 < len(words) <= 6 else ""
