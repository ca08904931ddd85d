"""Who said what, asked: "who said" and "what did X say", and a gap in the words, of the
statements attributions.py finds with their speakers."""

from __future__ import annotations

import re

from ..questions import Question
from ..text import normalize
from . import completions, distractors, keys, role_names, short_quotes
from .attributions import QUOTE_MARKS, Attribution, find
from .document import (
    SPEECH_VERBS_EN,
    Document,
    Person,
    Sentence,
    bundled,
    fold,
    is_body,
)
from .drafts import draft, mcq, shorten
from .headlines import heads_the_title
from .names import ROLE_NOUNS_EN
from .speakers import (
    QUOTE,
    says,
)
from .spellings import spelled_out
from .statements import (
    inner,
    is_title,
    quoted_in,
)

_WHO = {"ar": "من قال: «{statement}»؟", "en": 'Who said: "{statement}"?'}
_WHAT = {"ar": "ماذا {verb} {speaker} عن {topic}؟", "en": "What did {speaker} say about {topic}?"}


def extract(doc: Document) -> list[Question]:
    """Who said what: "who said" for each statement when two or more people speak, never when
    one does (the one name the article prints throughout: blind reviewers rejected it as a
    duplicate, 31 times in 41 on news-dev's only coach); besides, a gap in the statement with
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
        alone = len(own[speaker]) == 1  # the speaker's only statement
        if found.a_name:
            pass  # only a gap in the sentence around it, below
        elif is_title(found.statement):
            continue  # 'Who said: "The Use of Money"?': a title, not something said
        elif any(_goes_on(doc, asked, s, own[speaker]) for asked in said_in.get(speaker, [])):
            continue  # "وقال كارلسون أيضًا …" right after his last: the same point again
        elif (
            len(speakers) < 2
            and not short_quotes.says_more_here(doc, s, own[speaker])
            and (question := short_quotes.ask(doc, found, only_words=alone))
        ):
            questions.append(question)  # the only speaker's few words, typed: no wrong choices
            continue
        elif _done_by_another(doc, found):
            pass  # "أوضح ليو أن الحداد «طلب كميات أكبر»": asked as what Liu said of him
        elif (
            len(speakers) >= 2
            and (len(of_kind[kinds[speaker]]) >= 2 or not asked_who[kinds[speaker]])
            and normalize(speaker) not in normalize(statement)
        ):
            question = _who(doc, found, statement, attributions)
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
    gap_text = doc.text[first.end : then.start]
    opens = sum(first.text.count(mark) for mark in QUOTE_MARKS) % 2 == 1
    # A quotation running on over paragraphs opens each with its mark and closes none: one
    # statement ('Ms Jones said: "When a magistrate … committee.' then '"It is unlikely …').
    run_on = opens and "\n" in gap_text and not _CLOSES_OR_OPENS_MIDLINE.search(gap_text)
    if "\n" in gap_text and not run_on:
        return False
    if run_on and _OPENS_PARAGRAPH.search(doc.text, then.start - 2, then.start + 1) is None:
        return False  # the later sentence opens no paragraph of the same quotation
    # Sentences are in text order and never overlap: those between are the ones listed between.
    # One no one is given is inside the same quotation when the first opens a quotation it
    # does not close and no quotation mark stands between (or only those opening paragraphs).
    between = doc.sentences[first.index + 1 : then.index]
    inside = opens and (run_on or not any(mark in gap_text for mark in QUOTE_MARKS))
    return all(t.index in own or (inside and not says(doc, t)) for t in between)


# A quotation mark that is not the one opening a paragraph: it closes the words or opens new.
_CLOSES_OR_OPENS_MIDLINE = re.compile(r"[^\n\s][\"“”«»]|[\"“”«»](?=\s*\n)")
_OPENS_PARAGRAPH = re.compile(r"\n\s*[\"“«]")


# Reported words that open with the speaker as "he" or "she": "he does not support the plan".
_HE_OR_SHE_EN = re.compile(r"(he|she|his|her)\s", re.IGNORECASE)
_HE_OR_SHE_OPENS_EN = re.compile(r"(?:He|She|His|Her)\s")  # a sentence's own, in capitals
_OPENING_AND_EN = re.compile(r"^(?:And|But|So|Yet)\s+(?=[a-z])")
_ACCORDING = {
    "ar": "بحسب أي جهة: «{statement}»؟",
    "en": 'According to which organisation: "{statement}"?',
}
_COMPANY = {"company", fold("شركة")}


_WHILE_ANOTHER_EN = re.compile(r",?\s+(?:while|whereas)\s+(?=[A-Z])")


def _names_another_speaker(
    doc: Document, found: Attribution, statement: str, attributions: list[Attribution]
) -> bool:
    """True when the words asked name every other speaker of the article by a word of their
    name: that rules them out and gives the answer away ("Long after I'm gone and Austin is
    gone" beside Austin, the only other speaker: set x). Naming one of several leaves a choice
    (the named one is no wrong choice, see distractors)."""
    words = set(re.findall(r"\w+", fold(statement)))
    others = {a.speaker.name for a in attributions} - {found.speaker.name}
    return bool(others) and all(
        any(len(part) >= 3 and part in words for part in fold(other).split()) for other in others
    )


def _who(
    doc: Document,
    found: Attribution,
    statement: str,
    attributions: list[Attribution],
) -> Question | None:
    """'Who said: "…"?' with the article's other speakers and people as choices; typed, with
    the surname accepted, when the article has too few people to choose from. A company or a
    ministry is asked as a body: "بحسب أي جهة: «…»؟", never among people."""
    speaker = found.speaker.name
    if doc.language == "en":
        # "… had turned out to be untrue, while Shadow Health Secretary Jonathan Ashworth said
        # …": the other man's words are no part of these (set y: garbled)
        statement = _WHILE_ANOTHER_EN.split(statement, maxsplit=1)[0]
    if doc.resolve_person(statement.split(" ", 1)[0].strip(",،")) is found.speaker:
        return None  # "Cossel, who studies amphibians, said …": his name, not his words
    if _names_another_speaker(doc, found, statement, attributions):
        return None  # "Long after I'm gone and Austin is gone …": not Austin, so the other one
    if doc.language == "en" and _said_jointly(doc, found):
        return None  # "a bench of Chief Justice G. Rohini and Justice R.S. Endlaw remarked":
        # the two said it together, not Endlaw alone (set n: wrongly keyed)
    s = found.sentence
    body = is_body(doc, found.speaker) and not _named_after_role_en(doc, found)
    if body and heads_the_title(doc, speaker):
        return None  # "According to which organisation" answered by the article's own subject
    if body and doc.language == "en" and not _known_body(doc, found.speaker):
        return None  # "Vice-Chancellor said", "Cowly said" (a misspelt surname): no body at all
    if body and doc.language == "en" and " " not in speaker and keys.census_name(speaker):
        return None  # '"…," said Thomas': a neighbour's surname, asked "According to which
        # organisation" (set s, rejected as garbled)
    prompt = (_ACCORDING if body else _WHO)[doc.language].format(statement=statement.rstrip("?؟"))
    if doc.language == "en" and not body and _PREDICATE_EN.match(statement) and found.context:
        # 'Who said: "is better than it probably should be"?' asks half a sentence: with its
        # subject, "Who said that the morale among employees is better than …?"
        prompt = f"Who said that {shorten(found.context).rstrip('?.')}?"
    gender = found.speaker.gender
    indirect = doc.language == "en" and not body and not quoted_in(found.statement, s.text)
    if indirect and _marked(s.text) and _HE_OR_SHE_OPENS_EN.match(statement):
        return None  # '"John was delighted … He has been similarly delighted …," Webster said':
        # a quotation's later sentence, whose "He" is someone it named before (set p: garbled)
    reported = _HE_OR_SHE_EN.match(statement) if indirect else None
    if reported:
        # 'Who said: "he clocked winds of 80 miles an hour"?' quotes words no one said so: the
        # narrator's "he" is the speaker, and the choices are of the gender it names.
        prompt = f"Who said that {statement.rstrip('?')}?"
        gender = gender or ("f" if reported.group(1).lower() in ("she", "her") else "m")
    elif indirect and prompt.startswith('Who said: "') and not _marked(s.text):
        # 'Who said: "the two sentences will be served concurrently"?' quotes words the article
        # only reports (reviewers of fresh news: "reported speech shown as a quote"). A
        # sentence with a quotation mark may hold a quotation split over sentences: quoted.
        # A sentence's opening "And" ties it to the one before, not to what was said: "Who
        # said that and there is no guarantee …?" (set p: garbled).
        said = _OPENING_AND_EN.sub("", statement)
        prompt = f"Who said that {completions.inner_case(doc, said).rstrip('?.')}?"
    if body:
        wrong = _other_bodies(doc, found, prompt, attributions)
    else:
        # The article's other speakers first, then its other people: none the statement names,
        # no one it reports dead. Quoted words tell no one's gender: another speaker is a fair
        # choice whatever theirs, a president who speaks too (set f: Barack Obama left out of
        # the choices for Devon Anderson's words, the murdered deputy offered).
        told = gender if reported else ""
        fit = set(distractors.article_people(doc, speaker, told, prompt, saying=True))
        others = [a.speaker.name for a in attributions if a.speaker.name in fit]
        wrong = distractors.pick(speaker, [others]) + distractors.people(
            doc, speaker, f"{s.start}|{speaker}", gender, prompt, saying=True
        )
    confidence = 0.9 if found.named_here and not body else 0.84
    question = mcq(doc, "attribution", prompt, speaker, wrong, s.start, s.end, confidence)
    if question is None:
        forms = _body_forms(doc, speaker) if body else keys.person_forms(doc, speaker)
        question = draft(
            doc, "short", "attribution", prompt, [speaker, *forms], s.start, s.end, 0.8
        )
    return question


def _body_forms(doc: Document, body: str) -> list[str]:
    """A body's other names: without its legal form, and its letters or the words they stand
    for where the article writes them ("IEBC": set e's reviewers marked "Independent Electoral
    and Boundaries Commission" wrong)."""
    return [
        *keys.organisation_forms(body),
        *spelled_out(body, doc.text),
        *keys.acronyms(body, doc.text),
    ]


# A person named before "and" and the speaker's titles: "G. Rohini and Justice ".
_JOINT_BEFORE_EN = re.compile(
    r"[A-Z][\w.'’-]+\s+and\s+(?:(?:Justice|Judge|Dr\.?|Mr\.?|Mrs\.?|Ms\.?|Chief|Prof\.?"
    r"|[A-Z]\.)\s*)*$"
)


def _said_jointly(doc: Document, found: Attribution) -> bool:
    """True when the speaker is the second of two people named together where the words are
    given to them (in the statement's sentence or, for a quotation of several sentences, in
    the one that closes it)."""
    start = found.sentence.start
    at = doc.text.find(found.speaker.name, start, start + _QUOTATION_REACH)
    return at > 0 and _JOINT_BEFORE_EN.search(doc.text[max(0, at - 60) : at]) is not None


_QUOTATION_REACH = 600  # characters from a quotation's first sentence to its speaker


def _marked(text: str) -> bool:
    """True when `text` holds a quotation mark."""
    return any(mark in text for mark in QUOTE_MARKS)


def _named_after_role_en(doc: Document, found: Attribution) -> bool:
    """True for a two- or three-word name the sentence gives right after a role noun, its
    first word a given name: "spokesman Steve Valley said" is a person, though "Valley" is a
    word of places (set t: "According to which organisation …?" keyed "Steve Valley")."""
    words = found.speaker.name.split()
    if doc.language != "en" or not 2 <= len(words) <= 3 or not keys.census_name(words[0]):
        return False
    text = found.sentence.text
    at = text.find(found.speaker.name)
    before = text[:at].split()[-1:] if at > 0 else []
    return bool(before) and before[0].lower() in ROLE_NOUNS_EN


def _other_bodies(
    doc: Document, found: Attribution, prompt: str, attributions: list[Attribution]
) -> list[str]:
    """The article's other speaking bodies and organisations; for a company, well-known
    companies in the same script when the article names too few."""
    body = found.speaker.name
    others = [a.speaker.name for a in attributions if is_body(doc, a.speaker)]
    own = [o for o in doc.organisations if fold(o) not in fold(prompt)]
    # Only a name that says it is a body, or a body's letters: "Appalachians" and "Winter Storm
    # Watch", capitalised in a weather report, had been offered beside "NWS" (fresh10).
    own = [o for o in own if distractors.names_a_body(o) or _LETTERS.fullmatch(o)]
    pools = [distractors.not_places(doc, others), distractors.not_places(doc, own)]
    if found.speaker.roles and found.speaker.roles[0] in _COMPANY:
        # Well-known companies of the article's field only: a bank is no carmaker's rival.
        field, fields = distractors.field_of(doc.text), dict(bundled("company-fields"))
        pool = distractors.bundled_kind("organisations", doc.language, f"{body}|body")
        pool = [o for o in pool if field and fields.get(o) == field]
        pools += [[o for o in pool if o.isascii() == body.isascii()], pool]
    return distractors.pick(body, pools)


_LETTERS = re.compile(r"[A-Z]{2,6}")


def _known_body(doc: Document, speaker: Person) -> bool:
    """True for a speaker the article shows to be an organisation: one it names as such, a
    name that says so ("Ministry of Health"), letters ("ACCC"), or a company by its role."""
    name = speaker.name
    if _a_role_or_misspelt_person(doc, name):
        return False
    return (
        name in doc.organisations
        or distractors.names_a_body(name)
        or bool(_LETTERS.fullmatch(name))
        or bool(speaker.roles and speaker.roles[0] in _COMPANY)
    )


# A quotation that opens with its verb, its subject left outside the quotation marks.
_PREDICATE_EN = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must)\s"
)


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


def _a_role_or_misspelt_person(doc: Document, name: str) -> bool:
    """True for a one-word speaker that is a role ("Vice-Chancellor said") or, near letter for
    letter, the surname of one of the article's people ("Cowly said" after "Jane Cowley")."""
    if " " in name.strip():
        return False
    if name.split("-")[-1].lower() in ROLE_NOUNS_EN:
        return True
    return any(keys.nearly_spells(name, person) for person in doc.people)
