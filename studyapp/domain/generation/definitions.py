"""Definitions: "صراع العروش هو مسلسل فنتازيا ملحمي", "Uranus is the seventh planet from the
Sun" asked as "ما هو صراع العروش؟" / "What is Uranus?" (who, for a person or a role).

A sentence that opens on a term (its glosses in brackets and other names after "أو"/"or" left
out) and defines it with هو/هي (is/was/are + a/an/the) gives one short answer question. The
definition runs to the end of its clause; the key is its head, the words before a preposition,
relative word or verb ("مسلسل فنتازيا ملحمي", "مجموعة من الأمراض"), the whole definition
accepted too. No question when the opening is no term (a pronoun, a verb, someone's words:
"وقال إن هذا هو…"), when the definition points elsewhere ("a strengthening of that
conjecture") or ranks ("the world's largest producer": the gap on the subject asks that), or
when no key of five words or fewer can be typed.
"""

from __future__ import annotations

import re

from ..questions import Question
from . import aliases, copulas
from .document import (
    SPEECH_VERBS_AR,
    SPEECH_VERBS_EN,
    STOP_EN,
    Document,
    Sentence,
    fold,
)
from .drafts import draft, gives_away
from .names import ROLE_NOUNS_AR, ROLE_NOUNS_EN
from .precision import FUNCTION_WORDS_AR, FUNCTION_WORDS_EN, POINTERS_AR, POINTERS_EN

_CUE = {
    "ar": re.compile(r"\s(?:و?(هو|هي))\s+(?=\S)"),
    "en": re.compile(r"\s(is|was|are|were)\s+(?=(?:a|an|the|one)\s)", re.I),
}
_PROMPT = {"ar": "ما {cue} {subject}؟", "en": "What {cue} {subject}?"}
_WHO = {"ar": "من {cue} {subject}؟", "en": "Who {cue} {subject}?"}
# The definition ends at its clause: a comma, a stop, a bracket or a dash.
_END = re.compile(r"(?<![A-Z])\.(?!\d)|[،,؛;:()\[\]«»\"“”]|\s[-–—]\s|\sو(?:هو|هي)\s")
# Words that start what follows the head of a definition: a preposition or a relative word.
_AFTER_HEAD = {
    "ar": aliases.CLAUSE_STARTS["ar"] | {fold("ويعد"), fold("ويعتبر")},
    "en": aliases.CLAUSE_STARTS["en"] | {"founded"},
}
# No term has these words in it (FUNCTION_WORDS_* hold the STOP_* words already).
_NOT_IN_TERM = {
    "ar": FUNCTION_WORDS_AR | SPEECH_VERBS_AR,
    "en": FUNCTION_WORDS_EN | SPEECH_VERBS_EN,
}
_PAREN = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
_SUBJECT_WORDS = 6
_MAX_WORDS = 16
CONFIDENCE = 0.3


def _subject(doc: Document, text: str) -> str:
    """The term a sentence opens on, without its glosses in brackets, or '' when the opening is
    no term: a pronoun, a verb, an adverb, a speech verb or a function word in it, or a term
    already described before the cue ("نجيب محفوظ روائي مصري، هو …")."""
    subject = _PAREN.sub("", text).strip()
    alias = _ALIAS.match(subject)
    if alias:
        subject = alias.group(1)  # "صراع العروش أو لعبة العروش هو": the first name asks
    elif re.search(r"\w[,،]$", subject):
        return ""
    subject = subject.strip(" ,،:\"'«»“”")
    words = subject.split()
    if not 1 <= len(words) <= _SUBJECT_WORDS or re.search(r"[.،,؛;:!?؟()]", subject):
        return ""
    known = bool(doc.resolve_person(subject)) or subject in (*doc.places, *doc.organisations)
    if doc.language == "ar":
        stops = _NOT_IN_TERM["ar"]
        keys = [fold(w) for w in words]
        if any(k in stops or k.removeprefix("و") in stops for k in keys):
            return ""
        if keys[0] == fold("أما") or any(k in ("فهو", "فهي") for k in keys):
            return ""  # "أما X فهو …": the contrast's frame, not the term
        if keys[0].startswith("و") or any(_ADVERB.search(w) for w in words):
            return ""  # "وتقع …": a clause going on; "الهند رسمياً": not the term alone
        if not known and (_looks_like_verb(keys[0]) or any(_owned(k) for k in keys)):
            return ""  # "تمتد روسيا", "عاصمتها", «مسارها الزمكاني»: a verb, or a term of
            # something the sentence does not name
    else:
        stops = _NOT_IN_TERM["en"]
        keys = [w.casefold() for w in words]
        first = 1 if keys[0] in ("the", "a", "an") else 0
        if any(k in stops for k in keys[first:]) or not words[first][:1].isupper():
            return ""  # "It is", "Its capital is": no named term
        if len(words) == 1 and keys[0] in _INVERTED_EN:
            return ""  # "Gone is the clean shaven young man …": the subject comes after "is"
        if first:
            subject = keys[0] + subject[len(keys[0]) :]  # "What is the Zhou dynasty?"
        elif len(words) > 1 and all(w.islower() for w in words[1:]) and words[0].istitle():
            subject = subject[0].lower() + subject[1:]  # "What is heat exhaustion?"
    return subject


# Words that open a sentence turned round, the subject after its verb: "Gone is the …", "Here
# are the …" (set z: "What is Gone?", garbled, both reviewers).
_INVERTED_EN = frozenset(
    "gone here there such also among missing absent next last included attached enclosed".split()
)
_ADVERB = re.compile(r"(?:اً|ًا)$")  # an accusative adverb: «رسمياً», «تقليدياً»
_OWNED = ("ها", "هم", "هما")  # an attached pronoun: «مسارها», «عاصمتهم»


def _owned(key: str) -> bool:
    """A folded word with an attached pronoun; a word with the article has none («الهم»)."""
    return key.endswith(_OWNED) and not key.startswith("ال")


# A term with its other names: "X أو Y", "X، المعروف سابقا باسم Y،", "X, also known as Y,".
_ALIAS = re.compile(
    r"^(\S+(?:\s\S+){0,3}?)"
    r"(?:\s+(?:أو|or)\s|\s*[,،]\s*(?:المعروف|المعروفة|ويعرف|وتعرف|also known|known))"
)


def _looks_like_verb(key: str, shortest: int = 4) -> bool:
    """A folded Arabic word shaped like an imperfect verb: يكتب، تمتد (not تركيا)."""
    return len(key) >= shortest and key[0] in "يت" and key[1:3] != "ال" and not key.endswith("ا")


def _definition(doc: Document, text: str) -> str:
    """The definition up to the end of its clause, without function words or adverbs at its
    edges ("أيضاً مهد للصليب الأحمر" -> "مهد للصليب الأحمر")."""
    piece = _END.split(text, maxsplit=1)[0]
    rest = text[len(piece) :]
    if re.match(r"[\"“«]", rest) and not re.search(r"[,،.]\s*$", piece):
        return ""  # 'was the lone "no" vote': a quotation inside the phrase, not its end
    if re.match(r"[,،]\s*[a-z]", rest) and len(piece.split()) <= 3:
        return ""  # "a large, even-toed ungulate": the comma parts adjectives, not clauses
    words = piece.split()
    leading = _LEADING[doc.language]
    while words and (fold(words[0]) in leading or _ADVERB.search(words[0])):
        words.pop(0)
    while words and fold(words[-1]) in _EDGES[doc.language]:
        words.pop()
    if not 2 <= len(words) <= _MAX_WORDS:
        return ""
    keys = [_key(doc, w) for w in words]
    pointers = POINTERS_AR if doc.language == "ar" else POINTERS_EN
    skip = _ARTICLES | _OF[doc.language] | _PARTS[doc.language]
    lead = [k.removesuffix("'s").removesuffix("’s") for k in keys if k not in skip][:3]
    if any(k in pointers for k in lead) or any(k in _POINTING[doc.language] for k in keys):
        # "China is the world's largest producer": asked the other way, by the gap on the
        # subject; "a strengthening of that conjecture" needs the sentence before it.
        return ""
    return " ".join(words)


_POINTING = {
    "ar": frozenset(fold(w) for w in "هذا هذه ذلك تلك هؤلاء".split()),
    "en": frozenset("this that these those".split()),
}


_ARTICLES = frozenset({"a", "an", "the", "one"})
# Words a definition does not end on; it opens on none of them but an article.
_EDGES = {"ar": FUNCTION_WORDS_AR, "en": STOP_EN | {"also"}}
_LEADING = {language: words - _ARTICLES for language, words in _EDGES.items()}


def _head(doc: Document, definition: str) -> str:
    """The definition's head: its words before the first preposition, relative word or verb,
    when at least two words besides an article are left ("a trade magazine"), else ''. A
    part of a whole keeps the whole: "مجموعة من الأمراض", "one of the largest cities"."""
    words = definition.split()
    after = _AFTER_HEAD[doc.language]
    partitive = False
    for k, word in enumerate(words):
        key = _key(doc, word)
        part = k and _key(doc, words[k - 1]) in _PARTS[doc.language]
        if key in _OF[doc.language] and (part or doc.language == "en") and not partitive:
            # "مجموعة من الأمراض", "the official language of Somalia": the head goes on to
            # what it is a part or a property of
            partitive = True
            continue
        if partitive and key in ("the", "a", "an"):
            continue
        if key in after or (k and _verb_in_head(doc, key, words[k + 1 : k + 2])):
            head = words[:k]
            content = [w for w in head if w.casefold() not in _ARTICLES]
            return " ".join(head) if len(content) >= 2 and k < len(words) else ""
    return ""


def _verb_in_head(doc: Document, key: str, following: list[str]) -> bool:
    """True for a verb that starts what the definition says of its head: «دولة تقع في…», "a
    conflict fought in…", "a trombonist originating from…" (a participle before a preposition)."""
    if doc.language == "ar":
        return _looks_like_verb(key, 3)
    participle = key.endswith(("ed", "ing")) or key in _PARTICIPLES
    return participle and bool(following) and following[0].casefold() in _AFTER_HEAD["en"]


_PARTICIPLES = frozenset("fought built made known written born held given run led".split())


def _key(doc: Document, word: str) -> str:
    return fold(word) if doc.language == "ar" else word.casefold()


_OF = {"ar": frozenset({"من"}), "en": frozenset({"of"})}
_PARTS = {
    "ar": frozenset(fold(w) for w in "مجموعة واحد واحدة أحد إحدى نوع جزء فرع عضو".split()),
    "en": frozenset(
        """one group kind type member part suite genre family series collection branch form
        set class""".split()
    ),
}
_KEY_WORDS = 5  # a typed key a student can write: the head, or a short definition


def _is_person(doc: Document, subject: str, definition: str) -> bool:
    """True when the sentence defines a person: a name the article knows on either side, or a
    role ("رئيس الجمهورية…", "an American psychiatrist") that only a person holds."""
    if subject in doc.people or doc.resolve_person(definition):
        return True
    nouns = ROLE_NOUNS_AR if doc.language == "ar" else ROLE_NOUNS_EN
    head = (_head(doc, definition) or definition).split()
    # The head noun: first in Arabic ("رئيس الجمهورية"), before "of" or last in English.
    noun = (
        head[0]
        if doc.language == "ar"
        else (head[: head.index("of")] if "of" in head else head)[-1]
    )
    key = _key(doc, noun)
    return key in nouns or key.removeprefix("ال") in nouns


# Words that say what kind of thing the head is, no content of their own: "an example of".
_KIND_WORDS = {
    "ar": frozenset(fold(w) for w in "مثال مثالا نوع شكل".split()),
    "en": frozenset("example instance kind type sort form".split()),
}
_NO_CONTENT = {
    language: function | _ARTICLES | _OF[language] | _KIND_WORDS[language]
    for language, function in (("ar", FUNCTION_WORDS_AR), ("en", FUNCTION_WORDS_EN))
}


def _echoes(doc: Document, subject: str, key: str) -> bool:
    """True when every content word of the key stands in the term asked about: the question
    then gives its answer away."""
    stops = _NO_CONTENT[doc.language]
    asked = {_stem(doc, w) for w in re.findall(r"\w+", subject)}
    content = [_stem(doc, w) for w in re.findall(r"\w+", key) if _key(doc, w) not in stops]
    return bool(content) and all(w in asked for w in content)


# Heads that say what kind of thing nothing is: "a factor", "one problem", «أحد الأسباب».
_SAY_NOTHING = frozenset(
    fold(w)
    for w in """factor factors problem problems issue issues part reason reasons concern way thing
    things example one step matter question result challenge challenges عامل عوامل مشكلة جزء سبب
    أسباب أمر مثال خطوة نتيجة""".split()
)


def _says_nothing(key: str) -> bool:
    """True for a key that is only an article and a head naming no kind: "a factor"."""
    words = [w for w in key.split() if w.casefold() not in _ARTICLES]
    return len(words) == 1 and fold(words[0]).removeprefix("ال").casefold() in _SAY_NOTHING


def _stem(doc: Document, word: str) -> str:
    key = _key(doc, word)
    if doc.language == "ar":
        return key.removeprefix("و").removeprefix("ال")
    return key.removesuffix("s") if len(key) > 3 else key


def _from_sentence(doc: Document, sentence: Sentence) -> Question | None:
    text = sentence.text
    shape = copulas.without_pronoun(doc, text) if doc.language == "ar" else None
    if shape:  # «تعد الهند مهد حضارة…» is read as «الهند هو مهد حضارة…», asked with its هي
        text = f"{shape.term} هو {shape.definition}"
    match = _CUE[doc.language].search(text)
    if match is None:
        return None
    opening = text[: match.start()]
    if match.group(0).strip().startswith("و") and _ALIAS.match(_PAREN.sub("", opening).strip()):
        return None  # "X أو Y وهو الاسم المعتمد…": the clause is about Y, not the term
    subject = _subject(doc, opening)
    definition = subject and _definition(doc, text[match.end() :])
    if not definition:
        return None
    cue = match.group(1).casefold() if doc.language == "en" else match.group(1)
    cue = shape.pronoun if shape else cue
    template = _WHO if _is_person(doc, subject, definition) else _PROMPT
    prompt = template[doc.language].format(cue=cue, subject=subject)
    if gives_away(prompt, definition):
        return None
    # The key is what a student would write: the head, the whole definition accepted too.
    key = _head(doc, definition) or definition
    if len([w for w in key.split() if w.casefold() not in _ARTICLES]) > _KEY_WORDS:
        return None
    if _echoes(doc, subject, key):
        return None  # "What is the Quick Transfer Protocol?" keyed "a transfer protocol"
    if _says_nothing(key):
        return None  # "What are declining birth rates?" keyed "a factor" (156th review)
    answer = [key, definition]
    if shape:  # «قوة إقليمية» answers «ما هي إيران؟»; the article's «قوةً إقليمية» is right too
        answer = [key, shape.as_written(key), definition, shape.as_written(definition)]
    answer = list(dict.fromkeys(answer))
    return draft(
        doc, "short", "definition", prompt, answer, sentence.start, sentence.end, CONFIDENCE
    )


def extract(doc: Document) -> list[Question]:
    questions = []
    for sentence in doc.content:
        question = _from_sentence(doc, sentence)
        if question is not None:
            questions.append(question)
        questions += aliases.extract(doc, sentence)
    return questions
