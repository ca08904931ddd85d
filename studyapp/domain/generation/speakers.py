"""Who is speaking: the speaker of a verb of saying, by name, by role, by a pronoun or as the
one who spoke last ("قال الوزير", "وأضاف خلال …، أنه", "he added")."""

from __future__ import annotations

import re

from .according import ACCORDING_AR, according_to_ar, according_to_en
from .arabic_bodies import body_after_ar, body_before_ar
from .arabic_roles import honoured_ar
from .arabic_subjects import first_named_ar, present_ar
from .document import QUOTE, STOP_AR, Document, Person, Sentence, Token, fold, strip_clitic
from .mentions import speech_verb_at
from .names import MAX_NAME, ROLE_NOUNS_AR, ROLE_NOUNS_EN, is_role_word_ar
from .quotation_marks import in_open_quotation, is_quotation, quoted_at
from .quoted_as import quoted_speaker
from .speakers_by_role import by_role
from .speakers_en import (
    after_quotation,
    after_role_en,
    apposed,
    apposition_before,
    body_en,
    clause_start,
    ends_after,
    owns,
    right_before,
    someone_unnamed_before,
    takes_an_object,
    title_run,
    told,
    told_passive,
    unnamed_after,
)

# "إن …", "أنه …", "إلى أنها …": the clause a verb of saying reports.
# Not "بعد أن تمنى …" ("after he wished …"): a time, not what was said.
THAT_AR = re.compile(r"(?<!بعد)(?<!قبل)(?:^|\s)(?:[وف]?[إأا]ن|إلى [أا]ن)(?:ه|ها|هم)?\s+(?=\S)")
# "أن", "إنه", "أنها" as tokens key them; with the "إلى" of "مشيرًا إلى أن", what was said begins.
_THAT_KEYS_AR = frozenset({"ان", "انه", "انها"})
_SAID_NEXT_AR = _THAT_KEYS_AR | {"الي"}


# Words that open a clause after the main one: a name after them is no subject of the sentence.
_CLAUSE_OPENERS_EN = frozenset("while whereas although though because".split())


def subject(doc: Document, sentence: Sentence, before: int | None = None) -> Person | None:
    """The first person the sentence names (before offset `before`, if given), for a "he said"
    in it or in what follows: the subject ("Gombau ... as he suggested that injuries to Tebar
    changed the game" gives the next quotation to Gombau, not Tebar)."""
    if is_quotation(sentence.text):
        return None  # names inside someone's words are not the next speaker
    tokens = sentence.tokens
    if tokens and tokens[0].key in _PRONOUNS_EN:
        return None  # "He credited Chief Minister Mamata Banerjee’s leadership …": still him
    # '"Willie and Faf were just cramps and Handré has …," he said': the names quoted are whom
    # the words are about, not who says them (set o).
    quoted = [
        (sentence.start + m.start(), sentence.start + m.end())
        for m in QUOTE.finditer(sentence.text)
    ]
    for k, token in enumerate(tokens):
        if before is not None and token.start >= before:
            break
        if token.key in _CLAUSE_OPENERS_EN and doc.language == "en":
            break  # "Le Roux was replaced …, while Pollard lasted the whole game": not the subject
        if any(a <= token.start < b for a, b in quoted):
            continue
        if token.text[:1].isupper() or (token.is_arabic and len(token.key) >= 3):
            person = doc.resolve_person(token.text)
            if person is not None and not owns(doc, tokens, k):
                return person
    return None


def _opening_subject(doc: Document, sentence: Sentence) -> Person | None:
    """The person an English sentence opens with ("Cr Ireland dismissed …", "Mayor Jo Lee
    said …"), at most a title and three words in; else None."""
    person = subject(doc, sentence)
    if person is None:
        return None
    opening = sentence.tokens[:4]
    return person if any(doc.resolve_person(t.text) is person for t in opening) else None


def says(doc: Document, sentence: Sentence) -> bool:
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


_PRONOUNS_EN = {"he": "m", "she": "f", "they": ""}
_RELATIVES = frozenset(fold(w) for w in "الذي التي والذي والتي الذين who which".split())
_WHAT = fold("ما")


# «نائب آخر», «أحد النواب», «مسؤول آخر»: someone of several, unnamed.
_ANOTHER_AR = frozenset(fold(w) for w in "آخر أخرى اخر اخرى".split())
_ONE_OF_AR = frozenset(fold(w) for w in "أحد إحدى احد احدى".split())


def one_of_several_ar(near: list[Token]) -> bool:
    """True when the verb's subject is one of several people the article does not name."""
    if not near:
        return False
    if near[0].key in _ONE_OF_AR:
        return True
    return len(near) > 1 and near[1].key in _ANOTHER_AR and is_role_word_ar(near[0])


def _subject_of_participle(doc: Document, tokens: list[Token], i: int) -> Person | None:
    """The person named right after the sentence's opening verb, the subject a participle of
    saying goes with: «وتوقف سانتوس عند إصابة اللاعب عبد الفتاح حدراف …، مؤكداً أنها تبدو
    خطيرة» is the coach's, not the injured player's (set q: rejected as misattributed)."""
    if i < 4 or not tokens[i].key.endswith("ا") or not _opens_on_verb_ar(tokens[0]):
        return None
    for width in (3, 2, 1):
        words = tokens[1 : 1 + width]
        if len(words) == width and (width > 1 or len(words[0].key) >= 3):
            person = doc.resolve_person(" ".join(t.text for t in words))
            if person is not None:
                return person
    return None


def _opens_on_verb_ar(token: Token) -> bool:
    """«وتوقف», «عبّر», «أشاد»: a sentence opening on a verb in the past, its subject next."""
    key = strip_clitic(token.key) if token.key[:1] in "وف" else token.key
    return 3 <= len(key) <= 5 and not key.startswith("ال") and key not in STOP_AR


def speaker_of(
    doc: Document, sentence: Sentence, last: Person | None, first: int = 0
) -> tuple[Person | None, bool, int, int]:
    """(speaker, named in this sentence, offset after the verb, index of the next token) for
    the first verb of saying from token `first` whose speaker can be named: a person beside it,
    a role given earlier, or a pronoun or a bare verb that continues the last speaker."""
    tokens = sentence.tokens
    for i, token in enumerate(tokens):
        if i < first:
            continue
        if doc.language == "ar" and token.key in ACCORDING_AR:
            person = according_to_ar(doc, sentence, i)
            if person is not None:
                return person, True, token.end - sentence.start, i + 1
            continue
        if doc.language == "en" and token.key == "according":
            found = according_to_en(doc, sentence, i)
            if found is not None:
                return found[0], True, found[1], i + 1
            continue
        if doc.language == "en" and token.key == "quoted":
            quoted = quoted_speaker(doc, tokens, i)  # '"…," the website quoted X as saying'
            if quoted is not None:
                person, saying = quoted
                return person, True, tokens[saying].end - sentence.start, saying + 1
            continue
        gender = speech_verb_at(doc, token)
        if gender == "x" or quoted_at(sentence, token) or _byline(doc, sentence, token):
            continue
        if in_open_quotation(doc, token):
            continue
        if doc.language == "en" and takes_an_object(doc, tokens, i):
            continue  # "Zach Senecal added a pair of assists": a thing added, nothing said
        if i and tokens[i - 1].key in _RELATIVES:
            continue  # "تعليق أحد المستخدمين، والذي أشار إلى أن …": the antecedent speaks
        if doc.language == "en" and told_passive(tokens, i):
            continue  # "Craig Arthur was eventually told that …": he listens (set v, both)
        at = token.end - sentence.start
        if doc.language == "en" and unnamed_after(sentence.text, at):
            return None, False, 0, len(tokens)  # '"…," says one Mansfield employee': no one
            # named (set q: the words were given to the company, Mansfield Plumbing)
        if doc.language == "ar":
            near = _after_verb_ar(sentence, i)
        elif token.key == "told":
            near = tokens[max(0, i - 6) : i + 1]  # '"…," he told Guyger': Guyger listens
        else:
            opened = apposition_before(doc, tokens, i)
            start = max(0, min(i - 6, opened - 3), clause_start(doc, tokens, i))
            near = tokens[start : i + 1 + title_run(doc, tokens, i + 1)]
        if doc.language == "ar" and not _names_someone(doc, near):
            honoured = honoured_ar(doc, near[:3])
            if honoured is not None:
                return honoured, False, at, i + 1  # «وقال سموه»: the prince the article named
            if one_of_several_ar(near):
                # «وسأل نائب آخر رئيس الوزراء»: another member asks, the minister listens.
                return None, False, 0, len(tokens)
            # "وذكر الوزير في حوار …": a role the article gave one person, after the verb.
            person = by_role(doc, [t.key for t in near[:3]], last, [t.key for t in near[3:6]])
            if person is not None:
                return person, False, at, i + 1
            body = body_after_ar(doc, sentence, near) or body_before_ar(doc, sentence, i)
            if body is not None:
                return body, True, at, i + 1
            # "كما تناول المدرب إصابة اللاعب عثمان ديمبيلي، مشيرًا إلى أن": the participle's
            # speaker is the sentence's subject, a role after its first verb, not the player.
            if one_of_several_ar(tokens[1 : min(i, 4)]):
                return None, False, 0, len(tokens)  # «وسأل نائب آخر رئيس الوزراء، قائلا»
            person = by_role(doc, [t.key for t in tokens[: min(i, 4)]], last)
            if person is not None:
                return person, False, at, i + 1
            if any(t.key in ROLE_NOUNS_AR for t in near[:3]):
                # "أوضح الرئيس التنفيذي لـ TSMC، "سي. سي. وي"، أن …": someone the article
                # names no further speaks; neither he nor his "مؤكدًا" is the last speaker's.
                return None, False, 0, len(tokens)
            # "عبر ستيبان توماس … مؤكدًا أن": a participle's speaker is named before it.
            present = present_ar(tokens, 0, i)
            opener = first_named_ar(doc, tokens, i, present) if present else None
            if opener is not None:
                return opener, True, at, i + 1  # the one those present came to hear
            opener = _subject_of_participle(doc, tokens, i)
            if opener is not None:
                return opener, True, at, i + 1
            near = tokens[max(0, i - 25) : i]
            # "أوضح … ليو، أن الحداد «طلب …»، مؤكدًا أن": a name after an earlier "أن" is in
            # what was said; the participle's speaker stands before it.
            that = [k for k, t in enumerate(near) if t.key in _THAT_KEYS_AR]
            near = near[: that[0]][::-1] if that else near[::-1]
        if doc.language == "en" and i and tokens[i - 1].key == "and":
            # "Cr Ireland dismissed the dressing down by the mayor and said she …": the
            # sentence's subject says it, not the mayor the first verb's object names.
            opener = _opening_subject(doc, sentence)
            if opener is not None:
                return opener, True, at, i + 1
        # '"…," said Mayor Castro', "said the finance chief Juergen Esser", "… a warrant for
        # Charles, Jones said": Jones.
        named = (
            after_quotation(doc, tokens, i)
            or after_role_en(doc, near, token)
            or right_before(doc, tokens, i)
            if doc.language == "en"
            else None
        )
        if named is not None:
            return named, True, at, i + 1
        for k in range(len(near)):
            for width in (3, 2, 1):
                words = near[k : k + width]
                if len(words) < width:
                    continue
                person = doc.resolve_person(" ".join(t.text for t in words))
                if person is not None and owns(doc, near, k + width - 1):
                    continue  # "Elon Musk's company announced": the company speaks, not Musk
                if person is not None and (width > 1 or len(words[0].key) >= 3):
                    return person, True, at, i + 1
        person = by_role(doc, [t.key for t in near], last)
        if person is not None:
            return person, False, at, i + 1
        body = body_en(doc, sentence, i) if doc.language == "en" else None
        if body is not None:
            # "Linda Waring, spokeswoman for the Department of Health, said": she speaks.
            return apposed(doc, tokens, i) or body, True, at, i + 1
        if doc.language == "en" and i >= 2 and tokens[i - 2].key == "the":
            if tokens[i - 1].key in ROLE_NOUNS_EN:
                # 'The Minister said, “The President has …” … this he says': a role the article
                # gave no one speaks; neither he nor his later "he says" is the last speaker.
                return None, False, 0, len(tokens)
        if doc.language == "en":
            # "“…,” he said", "he said that …"; not "Authorities said he was shot …", where
            # "he" is whom the words are about.
            after = tokens[i + 1 : i + 2] if ends_after(doc, tokens, i + 1) else []
            around = [t.key for t in [*tokens[max(0, i - 2) : i], tokens[i], *after]]
            pronoun = next((p for p in around if p in _PRONOUNS_EN), None)
            earlier = subject(doc, sentence, token.start) if pronoun else None
            listener = told(doc, tokens, i) if token.key == "told" else None
            if pronoun and earlier is None and someone_unnamed_before(doc, sentence, last):
                continue  # "A company spokeswoman gave …. "…," she said": not the last named
            for person in (earlier, last if listener is None else None):
                # '"…," he told Guyger': not Guyger, and no one the article quoted before: the
                # one telling her is often someone it has just brought in.
                if pronoun and person and person.gender in ("", _PRONOUNS_EN[pronoun]):
                    return person, False, at, i + 1
        if last is None or doc.language == "en":
            continue
        if i and tokens[i - 1].key == _WHAT:
            continue  # «وتنتقد منظمات حقوقية … ما تقول إنه …»: what the subject says, not his
        if not gender or last.gender in ("", gender):
            following = tokens[i + 1].key if i + 1 < len(tokens) else ""
            if following in _SAID_NEXT_AR or following == "في" or i + 1 >= len(tokens):
                return last, False, at, i + 1
            if sentence.text[at : at + 3].strip()[:1] in {":", "«", '"', "“", "،"}:
                return last, False, at, i + 1
            participle = strip_clitic(token.key).startswith("م")
            if (following in {"خلال", "في", "عبر", "ل", "لـ"} or participle) and THAT_AR.search(
                sentence.text[at : at + 160]
            ):
                # "وأضاف خلال مداخلة هاتفية مع …، أنه …": where he said it, then what; and
                # "…، مؤكدا بعد أن تمنى …، أن …": a participle's speaker is the sentence's.
                return last, False, at, i + 1
    return None, False, 0, len(tokens)


_WROTE = frozenset(fold(w) for w in "كتب كتبت".split())
# «الرياض - كتبت رنا صلاح - أكدت …»: the writer's name, a few words closed by a dash.
_BYLINE_END = re.compile(r"^(?:\s*[^\s\-–—:|.،,]+){1,4}\s*[-–—:|]")


def _byline(doc: Document, sentence: Sentence, token: Token) -> bool:
    """True for «كتب/كتبت» opening the writer's byline, not a verb of saying."""
    if strip_clitic(token.key) not in _WROTE:
        return False
    return _BYLINE_END.match(doc.text[token.end : sentence.end]) is not None


def _after_verb_ar(sentence: Sentence, i: int) -> list[Token]:
    """The words after an Arabic verb of saying up to what is said: "أكد وزير التربية والتعليم
    الدكتور ماجد النعيمي أن …" names its speaker six words on, after his role; a quotation
    ends them too («وأعلنت المحكمة "ثبوت قيام المتهمين باسم عوض الله …"»: he is spoken of)."""
    near = []
    said = [  # quotations of more than a name's three words: «"فولتا"» is the company's name
        (sentence.start + m.start(), sentence.start + m.end())
        for m in QUOTE.finditer(sentence.text)
        if len(m.group().split()) > MAX_NAME
    ]
    for token in sentence.tokens[i + 1 : i + 11]:
        if token.key in _SAID_NEXT_AR or any(a < token.start < b for a, b in said):
            break
        near.append(token)
    return near
