"""Who said what: direct quotes and reported speech with their speaker."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..questions import Question
from ..text import normalize
from . import completions, distractors, keys, role_names
from .document import (
    SPEECH_VERBS_EN,
    Document,
    Person,
    Sentence,
    bundled,
    fold,
)
from .drafts import draft, mcq, shorten
from .headlines import heads_the_title
from .speakers import (
    QUOTE,
    is_body,
    is_quotation,
    says,
    speaker_of,
    subject,
)
from .statements import (
    NAMING,
    closes_quotation,
    inner,
    is_title,
    quoted_in,
    reported,
    statement_of,
)


@dataclass(frozen=True)
class Attribution:
    speaker: Person
    statement: str
    topic: str
    sentence: Sentence
    named_here: bool
    context: str = ""  # the reported clause around a short quotation, for a gap in it
    further: bool = False  # a second verb of saying in the sentence ("…، مضيفا أن …")
    a_name: bool = False  # «اجتماع ما قبل الإطلاق» after "يسمى": a name quoted, not words said


def find(doc: Document) -> list[Attribution]:
    """Every attributed statement, speakers resolved across sentences (\"وأضافت: «…»\", "he
    added"), and a paragraph that is all quotation given to the speaker named last. Read once
    per document: the facts, the quotes and the windows all ask."""
    return doc.once("attributions", _find)


# The writer's own words, closed in the next sentence: '"…?" we asked.', '"…," I said.'
_ASKED_BY_US = re.compile(r"^(?:we|I)\s+(?:asked|said|wondered|told)\b", re.IGNORECASE)


def _closes_our_question(doc: Document, last: Attribution, sentence: Sentence) -> bool:
    """True when `sentence`, a few words such as "we asked.", closes the bare quotation of the
    sentence before it, which `last` gave to the last speaker: the words are the writer's."""
    return (
        _ASKED_BY_US.match(sentence.text) is not None
        and len(sentence.text.split()) <= 6
        and last.sentence.index == sentence.index - 1
        and not last.named_here
        and is_quotation(last.sentence.text)
        and not says(doc, last.sentence)
    )


def _find(doc: Document) -> list[Attribution]:
    found: list[Attribution] = []
    last: Person | None = None
    for sentence in doc.content:
        if found and _closes_our_question(doc, found[-1], sentence):
            found.pop()  # '"What's it like …?" we asked.': the reporter's question
        speaker, named, verb_at, after = speaker_of(doc, sentence, last)
        if speaker is None:
            # A quotation with a verb of saying of its own ("…,” an engineer told the council")
            # is someone else's words, though the speaker is not one the article names.
            if last is not None and is_quotation(sentence.text) and not says(doc, sentence):
                statement = sentence.text.strip(' “”«»"')
                found.append(Attribution(last, statement, "", sentence, False))
            last = subject(doc, sentence) or last
            continue
        statement, topic = statement_of(doc, sentence, verb_at)
        previous = found[-1] if found else None
        # Only a quotation left without its verb (“…?” Asked X.) is closed by the next sentence's
        # verb: "… and the National Weather Service warned drivers" takes no one's words.
        ends_one = bool(previous) and previous.sentence.text.rstrip()[-1:] in '”»"'
        ends_one = ends_one or any(mark in sentence.text[: max(0, verb_at)] for mark in '”»"')
        closes = (not statement and ends_one) or closes_quotation(sentence.text, verb_at)
        if named and closes and previous:
            # "“Where does the money come from?” Asked city auditor Maria Rodriguez.": the
            # splitter cut after the question mark; the quotation is hers, not the last
            # speaker's. So with each sentence of a longer quotation closed by "…,” said X".
            opened = _opening_of(doc, sentence)
            for k in range(len(found) - 1, -1, -1):
                earlier = found[k]
                if opened is None or earlier.sentence.index < opened or earlier.named_here:
                    break
                found[k] = replace(earlier, speaker=speaker, named_here=True)
        if statement:
            context = reported(doc, sentence.text, verb_at)
            if statement not in context:
                context = ""  # "… لشبكة «سي ان ان» قبل أن تقود اجتماعا …": the narrator's words
            at = sentence.text.find(statement)
            a_name = bool(NAMING.search(sentence.text[max(0, at - 13) : max(0, at - 1)]))
            found.append(
                Attribution(speaker, statement, topic, sentence, named, context, a_name=a_name)
            )
            last = speaker
            found.extend(_more_in_sentence(doc, sentence, speaker, after))
        elif named:
            last = speaker
    return found


_QUOTE_MARKS = '“”«»"„'
_QUOTED_SENTENCES = 8  # sentences of one quotation the splitter may have cut apart


def _opening_of(doc: Document, sentence: Sentence) -> int | None:
    """The index of the sentence that opens the quotation `sentence` closes: in the same
    paragraph, with one quotation mark of its own and none in the sentences between."""
    for index in range(sentence.index - 1, max(-1, sentence.index - _QUOTED_SENTENCES - 1), -1):
        opening = doc.sentences[index]
        between = doc.text[opening.end : sentence.start]
        if "\n" in between or any(mark in between for mark in _QUOTE_MARKS):
            return None
        marks = sum(opening.text.count(mark) for mark in _QUOTE_MARKS)
        if marks:
            return index if marks == 1 or index == sentence.index - 1 else None
    return None


def _more_in_sentence(
    doc: Document, sentence: Sentence, speaker: Person, after: int
) -> list[Attribution]:
    """The further statements of one sentence: "قال X إن …، مؤكدا أن …، مشيرا إلى أن …" (or
    "X said …, adding that …") are two or three things X said, each its own statement."""
    found = []
    while True:
        who, named, verb_at, after = speaker_of(doc, sentence, speaker, after)
        if who is None:
            return found
        statement, topic = statement_of(doc, sentence, verb_at, later=True)
        if statement:
            found.append(Attribution(who, statement, topic, sentence, named, statement, True))


_WHO = {"ar": "من قال: «{statement}»؟", "en": 'Who said: "{statement}"?'}
_WHAT = {"ar": "ماذا {verb} {speaker} عن {topic}؟", "en": "What did {speaker} say about {topic}?"}


def extract(doc: Document) -> list[Question]:
    """Who said what: "who said" for each statement when two or more people speak, once when
    one does (a second would ask the same name again); besides, a gap in the statement with
    its speaker named."""
    # A speaker's own words, quoted, before what the article reports they said.
    attributions = sorted(
        _one_per_statement(find(doc)),
        key=lambda a: not quoted_in(a.statement, a.sentence.text),
    )
    speakers = {a.speaker.name for a in attributions}
    # A company and a person are asked among their own kind: Tesla's words beside Musk's leave
    # Musk the only person who speaks, asked once.
    kinds = {a.speaker.name: is_body(doc, a.speaker) for a in attributions}
    of_kind = {body: {n for n, b in kinds.items() if b == body} for body in (True, False)}
    questions: list[Question] = []
    statements = [shorten(a.statement) for a in attributions]
    asked_who = {True: False, False: False}
    said_in: dict[str, list[Sentence]] = {}  # the sentences of each speaker's who-said
    own: dict[str, set[int]] = {}  # the sentences each speaker's statements stand in
    for found in attributions:
        own.setdefault(found.speaker.name, set()).add(found.sentence.index)
    for index, found in enumerate(attributions):
        speaker = found.speaker.name
        statement = statements[index]
        s = found.sentence
        if found.a_name:
            pass  # only a gap in the sentence around it, below
        elif is_title(found.statement):
            continue  # 'Who said: "The Use of Money"?': a title, not something said
        elif any(_goes_on(doc, asked, s, own[speaker]) for asked in said_in.get(speaker, [])):
            continue  # "وقال كارلسون أيضًا …" right after his last: the same point again
        elif _done_by_another(doc, found):
            pass  # "أوضح ليو أن الحداد «طلب كميات أكبر»": asked as what Liu said of him
        elif (len(of_kind[kinds[speaker]]) >= 2 or not asked_who[kinds[speaker]]) and normalize(
            speaker
        ) not in normalize(statement):
            question = _who(doc, found, statement, attributions, sole=len(speakers) < 2)
            if question:
                questions.append(question)
                asked_who[kinds[speaker]] = True
                said_in.setdefault(speaker, []).append(s)
        if found.topic and len(speakers) >= 2 and not found.a_name:
            # Wrong choices are what others said: never another true statement of this speaker.
            others = [
                statements[k] for k, a in enumerate(attributions) if a.speaker.name != speaker
            ]
            verb = "قالت" if found.speaker.gender == "f" else "قال"
            prompt = _WHAT[doc.language].format(verb=verb, speaker=speaker, topic=found.topic)
            question = mcq(doc, "attribution", prompt, statement, others, s.start, s.end, 0.8)
            if question:
                questions.append(role_names.framing(question, speaker))
        # "…، مضيفا أن طلب كميات كبيرة من الرقائق": a short afterthought is no quotation to
        # complete; its gap would crowd out the article's other facts.
        short = found.further and len(found.statement.split()) < 8
        question = None if short else completions.complete(doc, found)
        if question:
            questions.append(question)
    return questions


def _done_by_another(doc: Document, found: Attribution) -> bool:
    """True when the quoted words are what another of the article's people did, named just
    before them: "من قال: «طلب كميات أكبر»؟" would be answered by who asked, not who said."""
    other = doc.resolve_person(found.topic) if found.topic else None
    return other is not None and other is not found.speaker


def _goes_on(doc: Document, last: Sentence, sentence: Sentence, own: set[int]) -> bool:
    """True when a statement stands beside its speaker's last asked one in the same paragraph
    with only the speaker's own words between: one point said on ("We will recommend the ARPA
    fund," Denbowski said. "But how much is the problem?")."""
    if last is sentence:
        return False
    # Either way round: a quotation is asked before the words reported around it.
    first, then = (last, sentence) if last.start < sentence.start else (sentence, last)
    if "\n" in doc.text[first.end : then.start]:
        return False
    # Sentences are in text order and never overlap: those between are the ones listed between.
    # One no one is given is inside the same quotation when the first opens a quotation it
    # does not close and no quotation mark stands between.
    between = doc.sentences[first.index + 1 : then.index]
    opens = sum(first.text.count(mark) for mark in _QUOTE_MARKS) % 2 == 1
    inside = opens and not any(mark in doc.text[first.end : then.start] for mark in _QUOTE_MARKS)
    return all(t.index in own or (inside and not says(doc, t)) for t in between)


# Reported words that open with the speaker as "he" or "she": "he does not support the plan".
_HE_OR_SHE_EN = re.compile(r"(he|she|his|her)\s", re.IGNORECASE)
_ACCORDING = {
    "ar": "بحسب أي جهة: «{statement}»؟",
    "en": 'According to which organisation: "{statement}"?',
}
_COMPANY = {"company", fold("شركة")}


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
    of an article is asked only among choices (typing the one name in it tests nothing). A
    company or a ministry is asked as a body: "بحسب أي جهة: «…»؟", never among people."""
    speaker = found.speaker.name
    s = found.sentence
    body = is_body(doc, found.speaker)
    if body and heads_the_title(doc, speaker):
        return None  # "According to which organisation" answered by the article's own subject
    prompt = (_ACCORDING if body else _WHO)[doc.language].format(statement=statement.rstrip("?؟"))
    gender = found.speaker.gender
    reported = _HE_OR_SHE_EN.match(statement) if doc.language == "en" and not body else None
    if reported and not quoted_in(found.statement, s.text):
        # 'Who said: "he clocked winds of 80 miles an hour"?' quotes words no one said so: the
        # narrator's "he" is the speaker, and the choices are of the gender it names.
        prompt = f"Who said that {statement.rstrip('?')}?"
        gender = gender or ("f" if reported.group(1).lower() in ("she", "her") else "m")
    if body:
        wrong = _other_bodies(doc, found, prompt, attributions)
    else:
        # The article's other speakers first, then its other people: none the statement names.
        fit = set(distractors.article_people(doc, speaker, gender, prompt))
        others = [a.speaker.name for a in attributions if a.speaker.name in fit]
        wrong = distractors.pick(speaker, [others]) + distractors.people(
            doc, speaker, f"{s.start}|{speaker}", gender, prompt
        )
    confidence = 0.9 if found.named_here and not body else 0.84
    question = mcq(doc, "attribution", prompt, speaker, wrong, s.start, s.end, confidence)
    if question is None and not sole:
        forms = keys.organisation_forms(speaker) if body else keys.person_forms(doc, speaker)
        question = draft(
            doc, "short", "attribution", prompt, [speaker, *forms], s.start, s.end, 0.8
        )
    return question


def _other_bodies(
    doc: Document, found: Attribution, prompt: str, attributions: list[Attribution]
) -> list[str]:
    """The article's other speaking bodies and organisations; for a company, well-known
    companies in the same script when the article names too few."""
    body = found.speaker.name
    others = [a.speaker.name for a in attributions if is_body(doc, a.speaker)]
    own = [o for o in doc.organisations if fold(o) not in fold(prompt)]
    pools = [distractors.not_places(doc, others), distractors.not_places(doc, own)]
    if found.speaker.roles and found.speaker.roles[0] in _COMPANY:
        # Well-known companies of the article's field only: a bank is no carmaker's rival.
        field, fields = distractors.field_of(doc.text), dict(bundled("company-fields"))
        pool = distractors.bundled_kind("organisations", doc.language, f"{body}|body")
        pool = [o for o in pool if field and fields.get(o) == field]
        pools += [[o for o in pool if o.isascii() == body.isascii()], pool]
    return distractors.pick(body, pools)


def _one_per_statement(found: list[Attribution]) -> list[Attribution]:
    seen: set[str] = set()
    kept = []
    for attribution in found:
        key = normalize(attribution.statement)[:60]
        if key and key not in seen:
            seen.add(key)
            kept.append(attribution)
    return kept


__all__ = ["QUOTE", "Attribution", "extract", "find", "inner", "SPEECH_VERBS_EN"]
