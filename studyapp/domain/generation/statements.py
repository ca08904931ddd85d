"""What a speaker said: the quotation a verb of saying introduces, or the clause it reports
("قال إن …", "said that …"), ended where the next thing said begins ("…، مؤكدا أن …").
Where a gap in it is clean is statement_gaps.py's."""

from __future__ import annotations

import re
from itertools import islice

from ..text import split_sentences
from . import datelines
from .according import AFTER_ACCORDING_EN
from .arabic_names import FIRST_PERSON_AR
from .document import (
    SPEECH_VERBS_EN,
    Document,
    Sentence,
    fold,
    fold_same_length,
    strip_clitic,
    without_preposition,
)
from .mentions import speech_verb_at
from .names import MEDIA_CUES
from .quotation_marks import quoted_at
from .speakers import QUOTE, THAT_AR

_THAT_EN = re.compile(r"\bthat\s+(?=\S)")
# "said the market was growing": a clause straight after the verb, not "said Friar" or "said in";
# "warned sales will be hurt …", "said his team was not ready", "said two people were taken …".
_AUXILIARY_AFTER_EN = r"(?:will|would|could|may|might|is|are|was|were|has|have|had)\s"
BARE_CLAUSE_EN = re.compile(
    r"\s+(?=(?:the|a|an|it|they|we|he|she|its|their|this)\s"
    r"|(?:(?:his|her|our|my|these|those|some|many|most|all|two|three|four|five|six|seven"
    r"|eight|nine|ten|[\d,.]+)\s)?[a-z]+\s" + _AUXILIARY_AFTER_EN + ")"
)
_TOPIC_AFTER = re.compile(
    r"(?:في إشارة إلى|في اشارة الى|بشأن|حول|referring to|in reference to|about)"
    r"\s+([^،,.:؛;“”«»\"]+)"
)


def statement_of(
    doc: Document, sentence: Sentence, verb_at: int, later: bool = False
) -> tuple[str, str]:
    """(statement, topic): the longest quote of 3+ words, else the clause after أن/إن/that."""
    text = sentence.text
    quotes = [
        m
        for m in QUOTE.finditer(text)
        if len(inner(m).split()) >= 3 and not names_an_outlet(text, m.start())
    ]
    # The quotation this verb introduces, not the next verb's: "قال إن «…»، مؤكدا أن «…»".
    end = _next_verb(doc, sentence, verb_at)
    own = [m for m in quotes if verb_at <= m.start() < end]
    # '"The wealth belongs to the people," said X, adding that "…"': the quotation closed
    # before the verb is the one it reports; the one after "adding" is the next verb's (set ih:
    # the second was given twice and the first to no one).
    closed = [m for m in quotes if m.end() <= verb_at] if end < len(text) else []
    quotes = own or ([] if later else closed or quotes)
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
    opened = _OPENED_AFTER.match(text, max(verb_at, 0)) if not quotes else None
    if opened and len(opened.group(1).split()) >= 3:
        # 'Noting there were 2,000 acres …, Thompson said, "We never had a general rain.', «وأوضح
        # … الجبر بأن “المشاريع تشمل …»: the quotation the verb opens, closed in a later
        # sentence, not the narration before it.
        return opened.group(1).strip(" .,"), ""
    tail = _QUOTATION_TAIL.match(text[: max(verb_at, 0)])
    if tail and not quotes and len(tail.group(1).split()) >= 3:
        return tail.group(1).strip(), ""  # "…all very excited,” said X": its last sentence
    clause = reported(doc, text, verb_at)
    # "DANANG, Vietnam (Reuters) - Ministers … reached agreement …, Guajardo said": not the
    # dateline, the agency's, before what he said.
    dateline = doc.once("dateline", datelines.dateline_end)
    opens = min(max(0, dateline - sentence.start), max(verb_at, 0))
    said_after = (
        _SAID_AFTER_EN.match(text[opens : max(verb_at, 0)]) if doc.language == "en" else None
    )
    if (
        not clause
        and said_after
        and not quotes
        and len(said_after.group(1).split()) >= 4
        and not _CIRCUMSTANCE_EN.match(said_after.group(1).strip())
    ):
        if _names_someone(doc, said_after.group(1)):
            # "Coun Nick Worth, executive member for libraries, speaking later, said …": the
            # words before the verb are its speaker and his role, no words of his (set f).
            return _bare_clause(text[max(verb_at, 0) :]), ""
        return said_after.group(1).strip(), ""  # "Sales fell 3 percent, said analyst X."
    return clause, ""


def _names_someone(doc: Document, words: str) -> bool:
    """True when `words` open on a person of the article named in full."""
    opening = words.strip().split(",", 1)[0]
    person = doc.resolve_person(opening.removeprefix("Coun ").removeprefix("Cllr "))
    return person is not None and " " in opening


def _bare_clause(after: str) -> str:
    """The words after an English verb of saying with no "that": "said demand for AI capacity
    keeps growing." -> "demand for AI capacity keeps growing"; "" when they are too few."""
    clause = after.strip().rstrip(".").strip()
    return clause if len(clause.split()) >= 3 else ""


# Where or when something was said, before its speaker: "In its report, issued quarterly, the
# ACCC said …", "In a statement on Monday, the firm said …": no statement of theirs.
_CIRCUMSTANCE_EN = re.compile(
    r"(?:in|on|at|during|after|before|speaking|writing|responding)\b", re.IGNORECASE
)


# A quotation the verb of saying opens (after its speaker, «بأن»), running past the end of its
# sentence.
_OPENED_AFTER = re.compile(r"[^\"“”«»]{0,120}?[\"“«]([^\"“”«»]+)$")


def quoted_in(said: str, sentence: str) -> bool:
    """True when the words `said` stand inside quotation marks in `sentence`."""
    return any(said in inner(m) for m in QUOTE.finditer(sentence))


_SPEECH_EN = "|".join(sorted(SPEECH_VERBS_EN))
# "Economists had expected a rise of 0.5 percent, said analyst Jane Moore": the words said come
# first, unquoted, and the verb of saying after the comma that ends them.
# "Output rose 2.1 percent in May, economy minister Peter Weber said": between them, a name;
# "…, and the National Weather Service warned" is a clause of its own.
_SAID_AFTER_EN = re.compile(
    rf"^([^“”«»\"„]+?),\s+(?!(?:and|but|or|while|as|when|after|before|because|which|who)\s)"
    rf"(?:(?:[\w.'’-]+\s){{0,5}}?[A-Z][\w.'’-]+\s)?"
    rf"(?:{_SPEECH_EN})$"
)


def said_first(doc: Document, text: str) -> int:
    """How many characters of an English sentence are words said before their verb of saying
    ("Output rose 2.1 percent in May, minister Peter Weber said on Monday."), or 0."""
    if doc.language != "en":
        return 0
    for verb in islice(_SPEECH_VERB_EN.finditer(text), _VERBS_TRIED):
        found = _SAID_AFTER_EN.match(text[: verb.end()])
        if found and len(found.group(1).split()) >= 4 and not reported(doc, text, verb.end()):
            return found.end(1)
    return 0


_VERBS_TRIED = 3  # a sentence's first verbs of saying: the work per sentence stays bounded
_SPEECH_VERB_EN = re.compile(rf"\b(?:{_SPEECH_EN})\b")


def closes_quotation(text: str, verb_at: int) -> bool:
    """True when the sentence before its verb of saying is the last part of a quotation opened
    in a sentence before it: "But we're all very excited,” said X."."""
    return bool(_QUOTATION_TAIL.match(text[: max(verb_at, 0)]))


# The end of a quotation the sentence splitter cut after its first sentences: words with no
# quotation mark of their own, then the closing mark, then the speaker and the verb of saying.
_QUOTATION_TAIL = re.compile(r"^([^“”«»\"„]+?)[,،.]?\s*[”»\"]([^“”«»\"„]{0,60})$")


# "اجتماع يسمى «اجتماع ما قبل الإطلاق»", "a rover called “Perseverance”": a name, not words said.
NAMING = re.compile(r"(?:يسمى|تسمى|باسم|بعنوان|عنوان|called|named|titled|dubbed)\s*$")

# What stands around a word read alone: quotation marks, brackets, punctuation.
_EDGES = "\"“”«»'‘’,،.:;()"


def names_an_outlet(text: str, at: int) -> bool:
    """True when the word before `at` is an outlet's noun (names.MEDIA_CUES), with «بـ/لـ» on it
    or not: «قالت قناة "سي إن إن ترك" إن …», 'the programme "Good Morning Britain"'; the
    quotation marks at `at` hold its name, not words anyone said (a development set asked
    «من قال: «سي إن إن ترك»؟»)."""
    words = text[:at].split()
    return bool(words) and _media_noun(words[-1], prepositions=True)


def outlet_says(text: str, at: int) -> bool:
    """True when the word after `at`, a verb of saying's end, is an outlet's noun: «بينما قالت
    قناة … إن …» gives the words to the outlet («قال لقناة …» is someone speaking to one)."""
    words = text[at:].split(None, 1)
    return bool(words) and _media_noun(words[0], prepositions=False)


def _media_noun(word: str, prepositions: bool) -> bool:
    key = fold(word.strip(_EDGES)).casefold()
    bare = without_preposition(key) if prepositions else key
    return bool({key, key.removeprefix("ال"), bare, bare.removeprefix("ال")} & MEDIA_CUES)


# "…، مؤكدا أن …", "…, adding that …": the next thing said begins, this one ends.
# Any participle with its accusative ending after a comma ("، داعياً إلى", "، قائلاً") is the
# narrator's again: the speaker's clause ends there.
_NEXT_SAID = re.compile(
    r"\s?[،,]\s*(?:[وف]?(?:مؤكد|مشير|مضيف|موضح|لافت|مشدد|منوه|مبين|معتبر|محذر)[اةًـ]+|"
    r"و(?:أوضح|أضاف|أكد|أشار|قال|تابع|لفت|شدد|ذكر)ت?|adding|noting|saying|stressing|"
    r"(?:he|she|they|it) (?:added|said|noted|told)|according to)\b"
    # "…, the Associated Press reports.": whose report it is, not the words said
    r"|,\s+(?:the\s+)?(?:[A-Z][\w.&'’-]*\s+){1,4}(?:reports|reported)(?=\s*[.;]|\s*$)"
    # "…, and his lawyer announced …": another speaker; "… but did not confirm …": the writer.
    r"|,?\s+(?:and|but)\s+(?:[\w'’-]+\s+){1,3}(?:said|says|announced|added|told|insisted)\b"
    r"|\s+but\s+(?:(?:did|does|would|could)\s+not|declined|refused)\b"
    r"|\s?[،,]\s*[وف]?(?:م\w{3,}|\wا\w{2,})(?:اً|ًا|ا|ةً)(?=\s)"
    # «…، بينما قالت قناة …», «…، في حين أكد …»: what another said, set against it
    r"|\s?[،,]\s*(?:بينما|فيما|في حين|وفي حين)\s"
)


def _next_verb(doc: Document, sentence: Sentence, verb_at: int) -> int:
    """Offset in the sentence of the first verb of saying after `verb_at` (its length if none)."""
    for token in sentence.tokens:
        at = token.start - sentence.start
        if at > verb_at and speech_verb_at(doc, token) != "x" and not quoted_at(sentence, token):
            return at
    return len(sentence.text)


# Verbs of saying whose object is the one spoken to: "asked the department to report back",
# "told the council the plan …": the words after them are no bare clause of what was said.
_TO_SOMEONE_EN = frozenset({"asked", "told"})
# Verbs that ask something of someone: "warned residents to stay indoors".
_DIRECTIVE_EN = frozenset("cautioned warned urged advised reminded encouraged".split())
_OBJECT_TO_EN = re.compile(
    r"\s+(?:the|a|an|its|their|his|her|all)?\s*(?:[\w'’-]+\s+){0,2}to\s+[a-z]"
)
# "told reporters the vote would be held …", "told the council he would resign": whom he told,
# then a clause with its auxiliary (without one, "told the council the plan" is two objects).
_TOLD_CLAUSE_EN = re.compile(
    r"\s+(?:the\s+|a\s+)?[A-Za-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s+(?="
    r"(?:he|she|they|it|we|i)\s(?:will|would|could|was|were|is|are|had|has|have)\s"
    r"|(?:(?:the|his|her|its|their|our|a|an|two|three|[\d,.]+)\s)?[a-z]+\s"
    + _AUXILIARY_AFTER_EN
    + ")"
)
# A clause has begun before a "that" after one of these: the "that" is its relative pronoun.
_AUXILIARY_EN = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|can|could|may|might)\b")


def _first_person_at(text: str, verb_at: int, reach: int) -> int | None:
    """Where words in the first person open what was said, with no «أن», colon or mark before
    them: «قال مهاجم المنتخب محمد السهلاوي أبارك لكل جماهيرنا …» (his words start at «أبارك»)."""
    folded = fold_same_length(text)
    before = None  # the word before, a negation the words open with: «لا أرى أفضلية …»
    for m in _WORD.finditer(folded, max(verb_at, 0), min(len(text), max(verb_at, 0) + reach)):
        if m.group() in FIRST_PERSON_AR or strip_clitic(m.group()) in FIRST_PERSON_AR:
            return before.start() if before and before.group() in _NEGATIONS_AR else m.start()
        before = m
    return None


# Negations a first-person verb may follow: "I do not see", "I did not", "I will not".
_NEGATIONS_AR = frozenset(fold_same_length(w) for w in "لا ولا لم ولم لن ولن ما".split())


_WORD = re.compile(r"[^\s،,.:؛]+")


# A pronoun that a relative "that" follows: "one that", "something that".
_RELATIVE_HEAD_EN = re.compile(
    r"\b(?:one|ones|something|anything|everything|nothing|those|thing|things)\s+$", re.IGNORECASE
)


def reported(doc: Document, text: str, verb_at: int) -> str:
    if doc.language == "en" and AFTER_ACCORDING_EN.search(text[:verb_at]):
        if _GOES_ON_EN.match(text, verb_at):
            return ""  # "… was made Thursday, according to X, and comes a day after …": not his
        return _clause(text[verb_at:])  # "According to X, the driver fled …"
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
    if (
        match is not None
        and doc.language == "en"
        and _AUXILIARY_EN.search(text, verb_at, match.start())
    ):
        match = None  # "warned sales will be hurt during the quarter that covers …": a relative
    if (
        match is not None
        and doc.language == "en"
        and _RELATIVE_HEAD_EN.search(text, 0, match.start())
    ):
        match = None  # "said the new MRI replaces one that dates to 2004": not what he said (set u)
    if match is None or match.start() - verb_at > reach:
        # "said the market was growing", but not "emphasized the need for …": a noun phrase.
        verb = text[:verb_at].split()[-1:]
        plain = bool(verb) and verb[0].lower() in SPEECH_VERBS_EN - _TO_SOMEONE_EN
        match = BARE_CLAUSE_EN.match(text, verb_at) if doc.language == "en" and plain else None
        if match and verb[0].lower() in _DIRECTIVE_EN and _OBJECT_TO_EN.match(text, verb_at):
            match = None  # "cautioned the courtroom to avoid …": what he asked of them, no words
        if doc.language == "en" and verb and verb[0].lower() == "told":
            match = _TOLD_CLAUSE_EN.match(text, verb_at)  # "told reporters he would resign"
        if match is None and doc.language == "ar":
            opener = _first_person_at(text, verb_at, reach)
            return _clause(text[opener:]) if opener is not None else ""
        if match is None:
            return ""
    rest = text[match.end() :]
    if doc.language == "ar":
        rest = _THAT_AGAIN_AR.sub("", rest, count=1)  # «مضيفًا أن أن الاتفاق …»: a typo's «أن»
    return _clause(rest)


# A second «أن» right after the one that opens the clause, as an article may print by mistake.
_THAT_AGAIN_AR = re.compile(r"^[أا]ن\s+")


# What goes on with the writer's sentence after a source named in passing: "and", "but", "which".
_GOES_ON_EN = re.compile(r"\s*(?:and|but|which|while|as|who)\s", re.IGNORECASE)


def _clause(text: str) -> str:
    """The reported clause `text` opens, to the next thing said or the sentence's end; "" when
    it is under four words."""
    clause = re.split(r"\s[،,]\s?(?:في إشارة|كما|referring)|[.؟?!]$", text)[0]
    clause = _NEXT_SAID.split(clause)[0]
    # «… للعودة بعرض أعلى. وأقحمت مجموعة كومكاست …»: a sentence the splitter left joined (a
    # quote mark the article left open before it) ends the clause at its full stop.
    pieces = split_sentences(clause)
    if len(pieces) > 1:
        clause = clause[: pieces[0].end]
    clause = clause.strip(" ،,.")
    return clause if len(clause.split()) >= 4 else ""


def inner(match: re.Match[str]) -> str:
    return next(g for g in match.groups() if g is not None)


def _short_topic(topic: str) -> str:
    words = topic.split()
    return " ".join(words) if 0 < len(words) <= 6 else ""


# "The Use of Money": a few capitalised words without a verb are a title, not words said.
_IN_TITLES_EN = frozenset("of the a an and in on for to".split())


def is_title(statement: str) -> bool:
    """True for a quoted title ("The Use of Money"): no statement to attribute."""
    words = statement.strip(" .,!?").split()
    capitalised = all(w[:1].isupper() or w[:1].isdigit() or w in _IN_TITLES_EN for w in words)
    return 0 < len(words) <= 6 and capitalised
