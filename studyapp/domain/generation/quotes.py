"""Who said what: direct quotes and reported speech with their speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..questions import CLOZE_GAP, Question
from ..text import normalize, split_sentences
from . import distractors, keys
from .document import (
    SPEECH_VERBS_EN,
    STOP_EN,
    Document,
    Person,
    Sentence,
    Token,
    fold,
    gap,
    tokenize,
)
from .drafts import draft, mcq, shorten
from .mentions import speech_verb_at
from .names import ROLE_NOUNS_AR, ROLE_NOUNS_EN
from .phrases import chunks, gap_score
from .precision import worth_a_gap

QUOTE = re.compile(r"“([^“”]+)”|«([^«»]+)»|\"([^\"]+)\"|„([^“”„]+)“")
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
    context: str = ""  # the reported clause around a short quotation, for a gap in it


def find(doc: Document) -> list[Attribution]:
    """Every attributed statement, speakers resolved across sentences (\"وأضافت: «…»\", "he
    added"), and a paragraph that is all quotation given to the speaker named last."""
    found: list[Attribution] = []
    last: Person | None = None
    for sentence in doc.content:
        speaker, named, verb_at = _speaker(doc, sentence, last)
        if speaker is None:
            # A quotation with a verb of saying of its own ("…,” an engineer told the council")
            # is someone else's words, though the speaker is not one the article names.
            if last is not None and _is_quotation(sentence.text) and not _says(doc, sentence):
                statement = sentence.text.strip(' “”«»"')
                found.append(Attribution(last, statement, "", sentence, False))
            last = _subject(doc, sentence) or last
            continue
        statement, topic = _statement(doc, sentence, verb_at)
        if statement:
            context = _reported(doc, sentence.text, verb_at)
            if statement not in context:
                context = sentence.text[verb_at:].strip(" ،,:")
            found.append(Attribution(speaker, statement, topic, sentence, named, context))
            last = speaker
        elif named:
            previous = found[-1] if found else None
            if (
                previous
                and previous.sentence.index == sentence.index - 1
                and not previous.named_here
            ):
                # "“Where does the money come from?” Asked city auditor Maria Rodriguez.": the
                # splitter cut after the question mark; the quotation is hers, not the last
                # speaker's.
                found[-1] = replace(previous, speaker=speaker, named_here=True)
            last = speaker
    return found


def _subject(doc: Document, sentence: Sentence, before: int | None = None) -> Person | None:
    """The first person the sentence names (before offset `before`, if given), for a "he said"
    in it or in what follows: the subject ("Gombau ... as he suggested that injuries to Tebar
    changed the game" gives the next quotation to Gombau, not Tebar)."""
    if _is_quotation(sentence.text):
        return None  # names inside someone's words are not the next speaker
    for token in sentence.tokens:
        if before is not None and token.start >= before:
            break
        if token.text[:1].isupper() or (token.is_arabic and len(token.key) >= 3):
            person = doc.resolve_person(token.text)
            if person is not None:
                return person
    return None


def _says(doc: Document, sentence: Sentence) -> bool:
    """True when a verb of saying stands outside the sentence's quote marks."""
    quoted = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in QUOTE.finditer(sentence.text)
    ]
    return any(
        speech_verb_at(doc, t) != "x" and not any(a <= t.start < b for a, b in quoted)
        for t in sentence.tokens
    )


def _names_someone(doc: Document, tokens: list[Token]) -> bool:
    return any(doc.resolve_person(t.text) for t in tokens if len(t.key) >= 3)


def _is_quotation(text: str) -> bool:
    """A sentence that is a quotation from its first word (a paragraph of someone's words)."""
    return text[:1] in '“«"' and len(text.split()) >= 5


_PRONOUNS_EN = {"he": "m", "she": "f", "they": ""}


def _speaker(
    doc: Document, sentence: Sentence, last: Person | None
) -> tuple[Person | None, bool, int]:
    """(speaker, named in this sentence, offset after the verb) for the first verb of saying
    whose speaker can be named: a person beside it, a role given earlier, or a pronoun or a
    bare verb that continues the last speaker."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        gender = speech_verb_at(doc, token)
        if gender == "x":
            continue
        at = token.end - sentence.start
        if doc.language == "ar":
            near = tokens[i + 1 : i + 5]
        else:
            near = tokens[max(0, i - 6) : i + 1 + _title_run(doc, tokens, i + 1)]
        if doc.language == "ar" and not _names_someone(doc, near):
            # "عبر ستيبان توماس … مؤكدًا أن": a participle's speaker is named before it.
            near = tokens[max(0, i - 25) : i]
            near = near[::-1]
        for k in range(len(near)):
            for width in (3, 2, 1):
                words = near[k : k + width]
                if len(words) < width:
                    continue
                person = doc.resolve_person(" ".join(t.text for t in words))
                if person is not None and (width > 1 or len(words[0].key) >= 3):
                    return person, True, at
        person = _by_role(doc, [t.key for t in near], last)
        if person is not None:
            return person, False, at
        if doc.language == "en":
            around = [t.key for t in tokens[max(0, i - 2) : i + 2]]
            pronoun = next((p for p in around if p in _PRONOUNS_EN), None)
            earlier = _subject(doc, sentence, token.start) if pronoun else None
            for person in (earlier, last):
                if pronoun and person and person.gender in ("", _PRONOUNS_EN[pronoun]):
                    return person, False, at
        if last is None or doc.language == "en":
            continue
        if not gender or last.gender in ("", gender):
            following = tokens[i + 1].key if i + 1 < len(tokens) else ""
            if following in {"ان", "انه", "انها", "الي", "في"} or i + 1 >= len(tokens):
                return last, False, at
            if sentence.text[at : at + 3].strip()[:1] in {":", "«", '"', "“", "،"}:
                return last, False, at
    return None, False, 0


_IN_TITLES = frozenset({"the", "of", "a", "an", "and"})


def _title_run(doc: Document, tokens: list[Token], at: int) -> int:
    """How many tokens from `at` to look through for the speaker after a verb of saying: at
    least three, or up to a capitalised word at most eight on without punctuation between
    ("said the food group's finance chief Juergen Esser")."""
    reach = 3
    for n in range(min(8, len(tokens) - at)):
        token = tokens[at + n]
        if n and gap(doc.text, tokens[at + n - 1], token).strip():
            break
        if token.key in STOP_EN and token.key not in _IN_TITLES:
            break  # "suggested that injuries to Peter Vance…": a clause, not a title
        if token.text[:1].isupper():
            reach = max(reach, n + 1)
    return reach


def _by_role(doc: Document, keys: list[str], last: Person | None = None) -> Person | None:
    """'المدير المالي', 'the CFO' or 'the minister' -> the person the article gave that role:
    two of its words in common, or one role noun after "the"/"ال" in one person's role (the
    person named last, when several hold such a role)."""
    nouns = ROLE_NOUNS_AR if doc.language == "ar" else ROLE_NOUNS_EN
    if not keys or not any(k in nouns for k in keys):
        return None

    def stem(word: str) -> str:
        return word.removesuffix("ه").removesuffix("ي") if doc.language == "ar" else word

    said = {stem(k) for k in keys if k not in doc.stop_words()}
    for mention in doc.roles:
        # Words of the role itself, not "the" and "of": "told the city council" shares two
        # words with "managing director of the interim city" and names no role.
        role = [stem(k) for k in fold(mention.role).split() if k not in doc.stop_words()]
        common = [w for w in role if w in said]
        if role and len(common) >= min(2, len(role)) and _names_a_role(common, nouns, stem):
            return doc.people.get(mention.person)
    if doc.language == "ar":
        heads = {k[2:] for k in keys if k.startswith("ال") and k in nouns}
    else:
        pairs = zip(keys, keys[1:], strict=False)
        heads = {k for before, k in pairs if before == "the" and k in nouns}
    holders = {m.person for m in doc.roles if heads & set(fold(m.role).split())}
    if last is not None and last.name in holders:
        return last
    return doc.people.get(holders.pop()) if len(holders) == 1 else None


def _names_a_role(words: list[str], nouns: frozenset[str], stem) -> bool:
    """True when one of `words` is a role noun ("director", "وزير"), with or without "ال"."""
    stems = {stem(n) for n in nouns} | {stem(n[2:]) for n in nouns if n.startswith("ال")}
    return any(w in stems or w.removeprefix("ال") in stems for w in words)


def _statement(doc: Document, sentence: Sentence, verb_at: int) -> tuple[str, str]:
    """(statement, topic): the longest quote of 3+ words, else the clause after أن/إن/that."""
    text = sentence.text
    quotes = [m for m in QUOTE.finditer(text) if len(inner(m).split()) >= 3]
    topic = ""
    if quotes:
        quote = max(quotes, key=lambda m: len(inner(m)))
        if len(inner(quote).split()) >= 4 or not _reported(doc, text, verb_at):
            before = text[max(verb_at, 0) : quote.start()]
            that = list((_THAT_AR if doc.language == "ar" else _THAT_EN).finditer(before))
            if that:
                topic = before[that[-1].end() :].strip(" ،,:")
            if not topic or len(topic.split()) > 6:
                after = _TOPIC_AFTER.search(text, quote.end())
                topic = after.group(1).strip() if after else ""
            return inner(quote).strip(), _short_topic(topic)
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


def inner(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


def _short_topic(topic: str) -> str:
    words = topic.split()
    return " ".join(words) if 0 < len(words) <= 6 else ""


_WHO = {"ar": "من قال: «{statement}»؟", "en": 'Who said: "{statement}"?'}
_WHAT = {"ar": "ماذا {verb} {speaker} عن {topic}؟", "en": "What did {speaker} say about {topic}?"}
_COMPLETE = {
    "ar": "أكمل ما {verb} {speaker}: «{statement}»",
    "en": 'Complete what {speaker} said: "{statement}"',
}
# Reviewers accepted about four in ten two-word gaps in someone's words, and none of 45 longer.
_MAX_GAP_WORDS = 2


def extract(doc: Document) -> list[Question]:
    """Who said what: "who said" for each statement when two or more people speak, once when
    one does (a second would ask the same name again); besides, a gap in the statement with
    its speaker named."""
    attributions = _one_per_statement(find(doc))
    speakers = {a.speaker.name for a in attributions}
    questions: list[Question] = []
    statements = [shorten(a.statement) for a in attributions]
    asked_who = False
    for index, found in enumerate(attributions):
        speaker = found.speaker.name
        statement = statements[index]
        s = found.sentence
        if (len(speakers) >= 2 or not asked_who) and normalize(speaker) not in normalize(statement):
            question = _who(doc, found, statement, attributions, sole=len(speakers) < 2)
            if question:
                questions.append(question)
                asked_who = True
        if found.topic and len(speakers) >= 2:
            # Wrong choices are what others said: never another true statement of this speaker.
            others = [
                statements[k] for k, a in enumerate(attributions) if a.speaker.name != speaker
            ]
            verb = "قالت" if found.speaker.gender == "f" else "قال"
            prompt = _WHAT[doc.language].format(verb=verb, speaker=speaker, topic=found.topic)
            question = mcq(doc, "attribution", prompt, statement, others, s.start, s.end, 0.8)
            if question:
                questions.append(question)
        question = _complete(doc, found)
        if question:
            questions.append(question)
    return questions


def _who(
    doc: Document,
    found: Attribution,
    statement: str,
    attributions: list[Attribution],
    *,
    sole: bool,
) -> Question | None:
    """'Who said: "…"?' with the article's other speakers and people as choices; typed, with
    the surname accepted, when the article has too few people to choose from. The only speaker
    of an article is asked only among choices (typing the one name in it tests nothing)."""
    speaker = found.speaker.name
    s = found.sentence
    seed = f"{s.start}|{speaker}"
    prompt = _WHO[doc.language].format(statement=statement.rstrip("?؟"))
    # The article's other speakers first, then its other people: none the statement names.
    fit = set(distractors.article_people(doc, speaker, found.speaker.gender, prompt))
    others = [a.speaker.name for a in attributions if a.speaker.name in fit]
    wrong = distractors.pick(speaker, [others]) + distractors.people(
        doc, speaker, seed, found.speaker.gender, prompt
    )
    confidence = 0.9 if found.named_here else 0.84
    question = mcq(doc, "attribution", prompt, speaker, wrong, s.start, s.end, confidence)
    if question is None and not sole:
        answer = [speaker, *keys.name_forms(speaker)]
        question = draft(doc, "short", "attribution", prompt, answer, s.start, s.end, 0.8)
    return question


def _one_per_statement(found: list[Attribution]) -> list[Attribution]:
    seen: set[str] = set()
    kept = []
    for attribution in found:
        key = normalize(attribution.statement)[:60]
        if key and key not in seen:
            seen.add(key)
            kept.append(attribution)
    return kept


def _complete(doc: Document, found: Attribution) -> Question | None:
    """'Complete what Gombau said: "It was just ____, not the end of the world."'"""
    text = doc.text
    said = found.statement
    if len(said.split()) < 5 and found.context:
        said = found.context  # "إن مقدمي الخدمات «يتعلمون في الدايم لدينا»"
    at = text.find(said, found.sentence.start, found.sentence.end)
    if at < 0:
        return None
    best: tuple[float, int, int, int, int] | None = None
    for piece in split_sentences(said):
        a, b = at + piece.start, at + piece.start + len(piece.text)
        words = len(piece.text.split())
        if words < 5 or words > 40:
            continue
        span = Sentence(-1, a, b, text[a:b], tokenize(text[a:b], a), False)
        for first, phrase in chunks(doc, span):
            if len(phrase) > _MAX_GAP_WORDS or not worth_a_gap(doc.language, span, first, phrase):
                continue
            score = gap_score(doc, phrase)
            if best is None or score > best[0]:
                best = (score, a, b, phrase[0].start, phrase[-1].end)
    if best is None:
        return None
    score, a, b, start, end = best
    answer = text[start:end].strip(" ،,.:؛;")
    piece = text[a:start] + CLOZE_GAP + text[end:b]
    verb = "قالته" if found.speaker.gender == "f" else "قاله"
    prompt = _COMPLETE[doc.language].format(
        verb=verb, speaker=found.speaker.name, statement=piece.strip(" ،,:")
    )
    if normalize(answer) in normalize(prompt).split(" ") or len(answer) < 2:
        return None
    question = draft(doc, "cloze", "attribution", prompt, [answer], a, b, 0.7 + score / 10)
    question.extra["gap"] = (start, end)
    return question


__all__ = ["Attribution", "extract", "find", "SPEECH_VERBS_EN"]
