"""Who said what, found: each statement of the article with its speaker, speakers resolved
across sentences, a quotation cut into sentences given whole to the speaker who closes it.
quotes.py asks the questions."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .document import Document, Person, Sentence, Token, fold, gap
from .mentions import speech_verb_at
from .names import ROLE_NOUNS_AR
from .quotation_marks import is_quotation
from .speakers import one_of_several_ar, says, speaker_of, subject
from .statements import NAMING, closes_quotation, outlet_says, reported, statement_of


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
    return doc.once("attributions", lambda d: [a for a in _find(d) if not _named_later(d, a)])


def _named_later(doc: Document, found: Attribution) -> bool:
    """True when the article names the speaker only after the statement's sentence: words are
    no one's the reader has not met yet (set j: the Saudi coach's words given to Qatar's, the
    only person the article named, a paragraph later)."""
    if found.named_here:
        return False
    words = [w for w in re.findall(r"\w+", found.speaker.name) if len(w) >= 3]
    first = min((at for w in words if (at := doc.text.find(w)) >= 0), default=-1)
    return first >= found.sentence.end


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


def _names_them(person: Person, statement: str) -> bool:
    """True when `statement` names `person` by their surname (three letters or more)."""
    surname = person.name.split()[-1]
    pattern = rf"(?<!\w){re.escape(surname)}(?!\w)"
    return len(surname) >= 3 and re.search(pattern, statement) is not None


# A subhead quoting what comes below it is a few words long.
_SUBHEAD = 8


def _a_subhead(doc: Document, sentence: Sentence, statement: str) -> bool:
    """True for a short quotation standing alone whose words all come again in one sentence
    further on: a subhead over the words of whoever says them there, not the last speaker's."""
    words = {fold(w) for w in statement.split()}
    if not words or len(statement.split()) > _SUBHEAD:
        return False
    keys = doc.once("sentence keys", _sentence_keys)
    return any(words <= keys[s.index] for s in doc.content if s.index > sentence.index)


def _sentence_keys(doc: Document) -> dict[int, frozenset[str]]:
    """Each content sentence's words (folded keys), by its index: read once per document."""
    return {s.index: frozenset(t.key for t in s.tokens) for s in doc.content}


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
            inside = _said_inside(doc, sentence.text)
            if inside is not None:
                last = inside  # '“… city," Repp said. "We’re …”': quote marks that do not pair
                continue
            beside = _named_after_quotation(doc, sentence.text)
            if beside is not None and not says(doc, sentence):
                # '"I am so thrilled …" shares Artistic Director Michael J. Bobbitt.': no verb of
                # saying the rules know, but the person named after the marks is the speaker.
                found.append(Attribution(beside[0], beside[1], "", sentence, True))
                last = beside[0]
                continue
            if last is not None and is_quotation(sentence.text) and not says(doc, sentence):
                statement = sentence.text.strip(' “”«»"')
                if _a_subhead(doc, sentence, statement):
                    continue  # «"ضربة الجزاء أنهت على أملنا"» over the next speaker's words
                if _names_them(last, statement):
                    # '“… an answer given by the Hon. Minister …, Samuel A. Jinapor, …”': no
                    # one names themselves so; the words are a body's (the statement's).
                    last = None
                    continue
                found.append(Attribution(last, statement, "", sentence, False))
            named = subject(doc, sentence)
            if doc.language == "en" and is_quotation(sentence.text) and says(doc, sentence):
                # '“…,” said Carnahan.' where Carnahan is no one the article names in full: the
                # quotation after it is this speaker's, not the last one named ("Wayne Root").
                last = None
                continue
            if doc.language == "en" and named is None and says(doc, sentence):
                if any(mark in sentence.text for mark in '“"'):
                    # 'The NHS Executive report says: "…': the paragraphs of the quotation that
                    # follow are the report's, not the last person's (set h: wrong key).
                    last = None
                    continue
            unknown = _someone_unknown_speaks_ar(doc, sentence)
            if unknown and (
                named is None or unknown == "several" or _named_in_the_words(sentence, named)
            ):
                # «وقال تيرجيه بيلسكوج، الرئيس التنفيذي …»: someone unknown spoke; «وسأل نائب
                # آخر رئيس الوزراء»: another member did, not the minister he asked.
                last = None
            else:
                last = named or last
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
            # «أعرب سعد الشهري عن رضاه …، وأكد في تصريحات إعلامية أن …»: the first verb
            # reports no words, a later one of the same speaker does.
            more = _more_in_sentence(doc, sentence, speaker, after)
            found.extend([replace(more[0], further=False), *more[1:]] if more else [])
    return found


# A known person's name and a verb of saying between a quotation's marks: «”People … city,"
# Repp said. "We’re …”», where a curly mark opens and a straight one closes.
_SAID_INSIDE_EN = re.compile(
    r"[,.!?][\"”’]\s+((?:[A-Z][\w'’-]+\s)?[A-Z][\w'’-]+)\s+(?:said|says)\b"
)


def _said_inside(doc: Document, text: str) -> Person | None:
    """The person a quotation names as its speaker between its marks, when the marks do not
    pair and the sentence was read as all quotation."""
    if doc.language != "en":
        return None
    found = _SAID_INSIDE_EN.search(text)
    return doc.resolve_person(found.group(1)) if found else None


# A sentence that opens with a whole quotation and names someone after it, with no verb of
# saying the rules know: '"…" shares Director X.', '"…," continues Y.'
_QUOTED_THEN_EN = re.compile(r'^[“"](?P<quote>[^“”"]{20,}?)[,.!?]?[”"]\s+(?P<rest>[^“”"]{3,90})$')
_NAME_RUN_EN = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*")


def _named_after_quotation(doc: Document, text: str) -> tuple[Person, str] | None:
    """The person named after a whole quotation that opens the sentence, and the quotation."""
    if doc.language != "en":
        return None
    found = _QUOTED_THEN_EN.match(text.strip())
    if found is None:
        return None
    for run in _NAME_RUN_EN.finditer(found.group("rest")):
        words = run.group().rstrip(".").split()
        for k in range(len(words) - 1):  # the longest tail of the run that names someone
            person = doc.resolve_person(" ".join(words[k:]))
            if person is not None and len(words) - k >= 2:
                return person, found.group("quote").strip()
    return None


QUOTE_MARKS = '“”«»"„'
_QUOTED_SENTENCES = 8  # sentences of one quotation the splitter may have cut apart


def _opening_of(doc: Document, sentence: Sentence) -> int | None:
    """The index of the sentence that opens the quotation `sentence` closes: in the same
    paragraph, with one quotation mark of its own and none in the sentences between."""
    for index in range(sentence.index - 1, max(-1, sentence.index - _QUOTED_SENTENCES - 1), -1):
        opening = doc.sentences[index]
        between = doc.text[opening.end : sentence.start]
        if "\n" in between or any(mark in between for mark in QUOTE_MARKS):
            return None
        marks = sum(opening.text.count(mark) for mark in QUOTE_MARKS)
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
        if who is None or outlet_says(sentence.text, max(verb_at, 0)):
            return found  # «…، بينما قالت قناة "…" إن …»: the outlet's words, not the speaker's
        statement, topic = statement_of(doc, sentence, verb_at, later=True)
        if statement:
            found.append(Attribution(who, statement, topic, sentence, named, statement, True))


def _someone_unknown_speaks_ar(doc: Document, sentence: Sentence) -> str:
    """True when an Arabic verb of saying has, a few words after it, a role noun (in a sentence
    that names no one the article knows): «وقال تيرجيه بيلسكوج، الرئيس التنفيذي لشركة سكاتك، إن
    …». The «وتابع» after it is his, not the last known speaker's. "several" when the words
    after the verb say one of several («نائب آخر», «أحد النواب»), else "" or "one"."""
    if doc.language != "ar":
        return ""
    tokens = sentence.tokens
    verb = next((i for i, t in enumerate(tokens) if speech_verb_at(doc, t) != "x"), None)
    if verb is not None and _unknown_before_colon(doc, tokens, verb + 1):
        return "one"  # «وقال النمر: …»: a player the article never names in full speaks
    if verb is None or not any(_a_role(t.key) for t in tokens[verb + 1 : verb + 5]):
        return ""
    return "several" if one_of_several_ar(tokens[verb + 1 : verb + 5]) else "one"


def _unknown_before_colon(doc: Document, tokens: list[Token], k: int) -> bool:
    """True for one word right after a verb of saying, a colon after it, that names no one the
    article knows: «وقال النمر: …» (set n gave his words, and the «أضاف» after them, to the
    player quoted before him)."""
    if k + 1 >= len(tokens) or not tokens[k].is_arabic:
        return False
    after = gap(doc.text, tokens[k], tokens[k + 1]).strip()
    return after[:1] == ":" and doc.resolve_person(tokens[k].text) is None


# «أن/إن» that opens what is reported: «وقال رئيس معهد الفلك، أن مرصدا جديدا …».
_THAT_AR = re.compile(r"(?<!\w)[وف]?[إأا]ن(?!\w)")


def _named_in_the_words(sentence: Sentence, person: Person) -> bool:
    """True when `person` is first named after the «أن/إن» that opens what is said: «وقال
    رئيس معهد الفلك، أن مرصد جديد يتم بنائه …، وتم تشكيل لجنة من قبل رئيس الوزراء الدكتور
    مصطفي مدبولي»: the prime minister is spoken of; the head of the institute speaks."""
    that = _THAT_AR.search(sentence.text)
    if that is None:
        return False
    at = [sentence.text.find(form) for form in (person.name, *person.forms)]
    found = [a for a in at if a >= 0]
    return bool(found) and min(found) > that.start()


# «نائب», and as Kuwaiti reports write an unnamed member: «وقال النائب:», «تعجب أحد النواب».
_MEMBERS_AR = frozenset(fold(w) for w in "النائب النواب نواب".split())


def _a_role(key: str) -> bool:
    return key in ROLE_NOUNS_AR or key in _MEMBERS_AR
