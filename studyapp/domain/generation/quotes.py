"""Who said what: direct quotes and reported speech with their speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..questions import Question
from ..text import normalize
from . import distractors
from .document import (
    ROLE_WORDS_AR,
    ROLE_WORDS_EN,
    SPEECH_VERBS_EN,
    Document,
    Person,
    Sentence,
    fold,
)
from .drafts import mcq, shorten
from .mentions import capitalised_runs, name_after, speech_verb_at

_QUOTE = re.compile(r"“([^“”]+)”|«([^«»]+)»|\"([^\"]+)\"|„([^“”„]+)“")
_THAT_AR = re.compile(r"(?:^|\s)(?:[وف]?[إأا]ن|إلى أن|الى ان)\s+(?=\S)")
_THAT_EN = re.compile(r"\bthat\s+(?=\S)")
# "said the market was growing": a clause straight after the verb, not "said Friar" or "said in".
_BARE_CLAUSE_EN = re.compile(r"\s+(?=(?:the|a|an|it|they|we|he|she|its|their|this)\s)")
_TOPIC_AFTER = re.compile(
    r"(?:في إشارة إلى|في اشارة الى|بشأن|حول|referring to|in reference to|about)"
    r"\s+([^،,.:؛;“”«»\"]+)"
)


@dataclass(frozen=True)
class Attribution:
    speaker: Person
    statement: str
    topic: str
    sentence: Sentence
    named_here: bool


def find(doc: Document) -> list[Attribution]:
    """Every attributed statement, speakers resolved across sentences (\"وأضافت: «…»\")."""
    found: list[Attribution] = []
    last: Person | None = None
    for sentence in doc.content:
        speaker, named, verb_at = _speaker(doc, sentence, last)
        if speaker is None:
            continue
        statement, topic = _statement(doc, sentence, verb_at)
        if statement:
            found.append(Attribution(speaker, statement, topic, sentence, named))
            last = speaker
    return found


def _speaker(
    doc: Document, sentence: Sentence, last: Person | None
) -> tuple[Person | None, bool, int]:
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        gender = speech_verb_at(doc, token)
        if gender == "x":
            continue
        at = token.end - sentence.start
        if doc.language == "ar":
            found = name_after(doc, sentence, i + 1)
            person = doc.resolve_person(found[0]) if found else None
            if person is None:
                person = _by_role(doc, [t.key for t in tokens[i + 1 : i + 4]])
            if person is not None:
                return person, found is not None, at
            if found is None and last is not None and (not gender or last.gender in ("", gender)):
                return last, False, at
            continue
        person = _speaker_en(doc, sentence, i, last)
        if person is not None:
            return person[0], person[1], at
    return None, False, 0


def _speaker_en(
    doc: Document, sentence: Sentence, i: int, last: Person | None
) -> tuple[Person, bool] | None:
    tokens = sentence.tokens
    for a, b in capitalised_runs(doc, sentence):
        if b == i or a == i + 1:
            person = doc.resolve_person(doc.text[tokens[a].start : tokens[b - 1].end])
            if person is not None:
                return person, True
    for a, b in capitalised_runs(doc, sentence):
        person = doc.resolve_person(doc.text[tokens[a].start : tokens[b - 1].end])
        if person is not None and b <= i and i - b <= 12:
            return person, True  # "Maria Lopez, the chief executive of Nordwind, said"
    around = [t.key for t in tokens[max(0, i - 3) : i] + tokens[i + 1 : i + 2]]
    by_role = _by_role(doc, around)
    if by_role is not None:
        return by_role, False
    if last is not None and any(k in {"he", "she", "they"} for k in around):
        wanted = "f" if "she" in around else ("m" if "he" in around else "")
        if not wanted or last.gender in ("", wanted):
            return last, False
    return None


def _by_role(doc: Document, keys: list[str]) -> Person | None:
    """'المدير المالي' or 'the CFO' -> the person the article gave that role."""
    words = ROLE_WORDS_AR if doc.language == "ar" else ROLE_WORDS_EN
    if not keys or not any(k in words for k in keys):
        return None

    def stem(word: str) -> str:
        return word.removesuffix("ه").removesuffix("ي") if doc.language == "ar" else word

    said = {stem(k) for k in keys}
    for mention in doc.roles:
        role = [stem(k) for k in fold(mention.role).split()]
        if role and sum(w in said for w in role) >= min(2, len(role)):
            return doc.people.get(mention.person)
    return None


def _statement(doc: Document, sentence: Sentence, verb_at: int) -> tuple[str, str]:
    """(statement, topic): the longest quote of 3+ words, else the clause after أن/إن/that."""
    text = sentence.text
    quotes = [m for m in _QUOTE.finditer(text) if len(_inner(m).split()) >= 3]
    topic = ""
    if quotes:
        quote = max(quotes, key=lambda m: len(_inner(m)))
        if len(_inner(quote).split()) >= 4 or not _reported(doc, text, verb_at):
            before = text[max(verb_at, 0) : quote.start()]
            that = list((_THAT_AR if doc.language == "ar" else _THAT_EN).finditer(before))
            if that:
                topic = before[that[-1].end() :].strip(" ،,:")
            if not topic or len(topic.split()) > 6:
                after = _TOPIC_AFTER.search(text, quote.end())
                topic = after.group(1).strip() if after else ""
            return _inner(quote).strip(), _short_topic(topic)
    reported = _reported(doc, text, verb_at)
    return reported, ""


def _reported(doc: Document, text: str, verb_at: int) -> str:
    pattern = _THAT_AR if doc.language == "ar" else _THAT_EN
    match = pattern.search(text, verb_at)
    if match is None or match.start() - verb_at > 60:
        match = _BARE_CLAUSE_EN.match(text, verb_at) if doc.language == "en" else None
        if match is None:
            return ""
    clause = re.split(r"\s[،,]\s?(?:في إشارة|كما|referring)|[.؟?!]$", text[match.end() :])[0]
    clause = clause.strip(" ،,.")
    return clause if len(clause.split()) >= 4 else ""


def _inner(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


def _short_topic(topic: str) -> str:
    words = topic.split()
    return " ".join(words) if 0 < len(words) <= 6 else ""


_WHO = {"ar": "من قال: «{statement}»؟", "en": 'Who said: "{statement}"?'}
_WHAT = {"ar": "ماذا {verb} {speaker} عن {topic}؟", "en": "What did {speaker} say about {topic}?"}


def extract(doc: Document) -> list[Question]:
    attributions = find(doc)
    questions: list[Question] = []
    statements = [shorten(a.statement) for a in attributions]
    for index, found in enumerate(attributions):
        speaker = found.speaker.name
        statement = statements[index]
        s = found.sentence
        seed = f"{s.start}|{speaker}"
        wrong = distractors.people(doc, speaker, seed, found.speaker.gender)
        if len(wrong) < 2:
            wrong += distractors.organisations(doc, [speaker, *wrong], seed)
        if normalize(speaker) not in normalize(statement):
            prompt = _WHO[doc.language].format(statement=statement)
            confidence = 0.92 if found.named_here else 0.85
            question = mcq(doc, "attribution", prompt, speaker, wrong, s.start, s.end, confidence)
            if question:
                questions.append(question)
        # The nearest other statements: as plausible as any, and a bounded amount of work.
        nearby = sorted(range(len(statements)), key=lambda k: abs(k - index))
        others = [statements[k] for k in nearby[:8] if statements[k] != statement]
        if found.topic and len(others) >= 2:
            verb = "قالت" if found.speaker.gender == "f" else "قال"
            prompt = _WHAT[doc.language].format(verb=verb, speaker=speaker, topic=found.topic)
            question = mcq(doc, "attribution", prompt, statement, others, s.start, s.end, 0.8)
            if question:
                questions.append(question)
    return questions


__all__ = ["Attribution", "extract", "find", "SPEECH_VERBS_EN"]
