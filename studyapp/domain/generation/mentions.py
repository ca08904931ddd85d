"""Spotting who and what an article names: speakers, people with roles, organisations, places."""

from __future__ import annotations

import re
from functools import cache

from . import (
    appositions,
    arabic_organisations,
    bodies,
    bracketed_bodies_ar,
    coordinated,
    kind_places_ar,
    people,
)
from .arabic_roles import ADVERBS_AR, carries_pronoun_ar
from .clause_en import plural
from .date_words import SHORT_MONTHS_EN, TIMES_OF_DAY_AR
from .document import (
    ROLE_WORDS_AR,
    ROLE_WORDS_EN,
    SPEECH_VERBS_AR,
    SPEECH_VERBS_EN,
    STOP_AR,
    STOP_EN,
    Document,
    Sentence,
    Token,
    bundled,
    fold,
    fold_same_length,
    gap,
    is_capitalised,
    strip_clitic,
    without_preposition,
)
from .given import NAME_TAILS_EN
from .names import (
    COURTESY_EN,
    DESCRIBING_EN,
    ORG_CUES_AR,
    ROLE_NOUNS_EN,
    TITLES_EN,
    census,
    folded_places,
    is_demonym_en,
    names_origin,
)
from .people_en import ORG_WORDS_EN, short_names
from .precision import FUNCTION_WORDS_EN, idle_answer

# Words that open a place's name and never end one: «مدينة السادات», «جنوب الوادي».
_TAKES_A_NAME_AR = frozenset(fold(w) for w in "مدينة جنوب شمال شرق غرب وسط".split())
# Words after an organisation cue that describe rather than name it ("مؤتمر صحفي").
GENERIC_AFTER_CUE_AR = frozenset(
    fold(w) for w in "صحفي صحافي صحفيا دولي وطني عام سنوي افتراضي مشترك رسمي خاص طارئ موسع".split()
)
_NOT_ORGANISATIONS = (
    frozenset(
        """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december usd eur gbp sar aed egp qar kwd
    bhd omr jod inr pkr cny jpy allah god yes no fahrenheit celsius north south east
    west dynasty century""".split()
    )
    | SHORT_MONTHS_EN
)  # days, months, currency codes and God: "SAR 149 million", "thanks to Allah" name no body;
# nor does a vote ("voted Yes"), a scale ("2,000 degrees Fahrenheit") or a street of a grid
# ("7100 South"), nor an era ("the 18th Dynasty", set hy)


def spot(doc: Document) -> None:
    """Fill doc.people, doc.roles, doc.organisations and doc.places, in reading order."""
    people.spot(doc)
    coordinated.spot(doc, folded_places(doc.language), is_name_token_ar)
    # "Mission", "Rover", "Includes": a capitalised word the article also writes in lower case
    # is an ordinary word at the start of a title, not an organisation's name.
    ordinary = doc.small_words()
    for sentence in doc.content:
        appositions.spot(doc, sentence)
        _organisations(doc, sentence, ordinary)
    _places(doc)


# A title given after "called" or "titled", opening on its article: capitalised words and the
# small words between. None of its words is an organisation.
_SMALL_IN_TITLES = r"(?:of|the|a|an|in|and|for|to|on|at|with|your|my|our|his|her|its|their)"
_TITLE_EN = re.compile(
    rf"\b(?:called|titled|entitled)\s+((?:A|An|The)\s+[A-Z][\w'’-]*"
    rf"(?:\s+(?:{_SMALL_IN_TITLES}\s+)*[A-Z][\w'’-]*)*)"
)


def is_name_token_ar(token: Token) -> bool:
    key = token.key
    return (
        token.is_arabic
        and key not in STOP_AR
        and strip_clitic(key) not in SPEECH_VERBS_AR
        and not key.startswith("ال")
        and key not in ROLE_WORDS_AR
        and strip_clitic(key) not in ROLE_WORDS_AR  # «جامعة أوهايو وعضو هيئة …»: his next role
        and not key.isdigit()
        and key not in TIMES_OF_DAY_AR  # «أعلنت شركة ابل مساء اليوم»: when, no part of the name
        and without_preposition(strip_clitic(key)) not in STOP_AR  # «للمطورين لهذا العام»
    )


_A_SET_OF_AR = re.compile(r"^[وب]?مجموعه$")
# Verbs that report words as surely as "said": "وأردف: …", "مشددا على أن …", "He underscored
# that …", "President Okafor stressed the need …".
MORE_SPEECH_AR = frozenset(
    fold(w) for w in "أردف أردفت مردفا مردفة مشددا مشددة مبينا مبينة منوها منوهة صرحت".split()
)
# «بيّن/بيّنت» ("explained") is written like the preposition «بين» ("between"): a verb of saying
# only before the «أن/إن» of what was explained.
_EXPLAINED_AR = frozenset(fold(w) for w in "بين بينت".split())
_THAT_NEXT_AR = re.compile(r"\s+[أإا]ن(?:ه|ها|هم)?\s")
MORE_SPEECH_EN = frozenset(
    "emphasized emphasised underscored stressed reiterated affirmed highlighted adding noting"
    " stressing explaining".split()
)


def speech_verb_at(doc: Document, token: Token) -> str:
    """'f', 'm' or '' when `token` is a verb of saying, else None-like empty marker 'x'."""
    if doc.language == "ar":
        bare = strip_clitic(token.key)
        if bare in _EXPLAINED_AR and _THAT_NEXT_AR.match(doc.text, token.end):
            return "f" if bare.endswith("ت") else "m"  # «وبين أن سبب …», not «بين الفريقين»
        if bare not in SPEECH_VERBS_AR and bare not in MORE_SPEECH_AR:
            return "x"
        return "f" if bare.endswith(("ت", "ه")) or bare.startswith("تقول") else "m"
    return "" if token.key in SPEECH_VERBS_EN or token.key in MORE_SPEECH_EN else "x"


# "… occurring. Significant amounts …", "… Maybe they were": a new clause opens; so does the
# story after a dateline's double hyphen ("MOBILE, Ala. (WKRG) -- Tension is brewing …")
_STARTS_CLAUSE = re.compile(r"[–—:;“\"…]|\s--?\s|[.!?]\s")


# A people's adjective by its shape ("Ugandan", "Senegalese", "Somali", "Danish"), for the
# nationalities the bundled list does not hold.
_PEOPLES_EN = re.compile(r"[A-Z][a-z]+(?:an|ese|i|ish)")


def _origin_en(token: Token) -> bool:
    """True for a nationality before a name: listed, or shaped like one and no one's name."""
    if names_origin(token.text, "en"):
        return True
    return (
        _PEOPLES_EN.fullmatch(token.text) is not None
        and token.key not in census("given-names")
        and token.key not in census("surnames")
    )


def _opening_word(token: Token) -> bool:
    """A sentence's first word that is capitalised only for opening it: a function word or a
    word that opens sentences ("Earlier", "Between"), never the first word of a name."""
    key = token.text.lower()
    return key in STOP_EN or key in FUNCTION_WORDS_EN or key in _OPENING_WORDS


# A name of capital letters and dots ("U.S", "U.K."), and the postal codes of the US states
# written after a town ("Strasburg VA", "Glasgow KY").
_LETTERS = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")
# A word run together with "not", "are", "have", "will", "would": "Shouldn’t", "We’re".
_CONTRACTED = re.compile(r"\w['’](?:t|re|ve|ll|d|m)\b", re.IGNORECASE)
_STATE_CODES = frozenset(
    """AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ
    NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC""".split()
)


# The US states as newspapers shorten them after a town, without their dot: "San Jose, Calif.".
_STATE_SHORT_EN = frozenset(
    """Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo""".split()
)


# An opening mark: a double one, a curly single one, a bracket, or a straight single one after
# a space ("somebody said 'Tell the …'": set s, "Tell" asked as a name).
_OPENS_QUOTE = re.compile(r"[\"“‘(]\s*$|''\s*$|(?:^|\s)'\s*$")


def _opens_words(doc: Document, pair: list[Token]) -> bool:
    """True for a capitalised word just inside an opening quotation mark or bracket that the
    article writes nowhere else: the first word of someone's words ("Remain", "Let", "Avoid",
    rejected as trivial gaps), not a name they use."""
    before, word = pair
    opened = _OPENS_QUOTE.search(gap(doc.text, before, word)) is not None
    return opened and doc.text.count(word.text) == 1


def _possessive(token: Token) -> bool:
    """A capitalised word with its possessive: "Michael's"."""
    return token.text[:1].isupper() and token.key.endswith(("'s", "’s"))


# Words that open sentences, capitalised there, and never begin a name.
_EVENTS_EN = frozenset("fire wildfire blaze storm flood".split())
_TOWNS_EN = frozenset("city town village county".split())
_OPENING_WORDS = frozenset(
    """between beyond within without towards toward upon along around behind beneath beside
    besides despite inside outside throughout under until via while earlier later once then now
    today yesterday recently meanwhile however still yet instead eventually initially finally
    subsequently previously originally traditionally currently early late dubbed named called
    nicknamed meet let remain please imagine consider join discover watch following during
    including according speaking regarding concerning excluding pending""".split()
)


# Folded. "Did" in «قامت الشركة بنشر …», whose object is a verbal noun after «ب».
_DID_AR = frozenset(fold(w) for w in "قام قامت يقوم تقوم قاموا".split())


def _organisations(doc: Document, sentence: Sentence, ordinary: frozenset[str]) -> None:
    tokens = sentence.tokens
    people = {fold(p) for p in doc.people}
    runs = bodies.whole(doc, sentence)
    ends = {b: a for a, b in runs}  # a run's start by its end, for the alias after it
    titles = [m.span(1) for m in _TITLE_EN.finditer(sentence.text)] if doc.language == "en" else []
    for i, j in runs:
        at = tokens[i].start - sentence.start
        if any(a <= at < b for a, b in titles):
            continue  # "an online document, called A Day in the Life of your Data": no "Day"
        if doc.language == "en" and i == 0 and j > 1 and _opening_word(tokens[0]):
            i = 1  # "Earlier Viking settlers …", "Between Bingen and Bonn": the sentence's capital
        while doc.language == "en" and j > i + 1 and DESCRIBING_EN.search(tokens[i].text):
            i += 1  # "California-based Chevron": the company is "Chevron"
        origin = doc.language == "en" and j > i + 2 and _origin_en(tokens[i])
        if origin and tokens[i + 1].key in census("given-names"):
            # "Ugandan Maxwell Rotich won …": his nationality and his name, no body (set il's
            # reviewers: "Ugandan Maxwell Rotich" an over-long key, both)
            doc.add_person(doc.text[tokens[i + 1].start : tokens[j - 1].end])
            continue
        name = doc.text[tokens[i].start : tokens[j - 1].end].removesuffix("'s").removesuffix("’s")
        if fold(name) in people or doc.resolve_person(name) or len(name) <= 2:
            continue
        if any(fold(name).endswith(" " + person) for person in people):
            continue  # "PML-N MNA Ahsan Iqbal": a party, a title and the person, no body
        if doc.language == "en" and bodies.bracketed_alias(doc, tokens, i, j):
            # "Apple (AAPL)": the ticker or acronym is the name before it, which it shows to be
            # a company's even at the start of a sentence; it is never asked on its own. The
            # name is all the capitalised words before it: "American Automobile Association".
            named = bodies.named_before(tokens, i)
            start = tokens[ends[i]].start if i in ends else named[0].start  # the whole name
            doc.add_entity(doc.organisations, doc.text[start : named[-1].end])
            continue
        if fold(name) in _NOT_ORGANISATIONS or fold(name) in folded_places("en"):
            continue
        if doc.language == "en" and tokens[i].key in COURTESY_EN | TITLES_EN:
            continue  # "Mr Agba said …", "Cllr Chaplain said": a person, never an organisation
        if doc.language == "en" and tokens[j - 1].key in TITLES_EN and j > i + 1:
            continue  # "Iowa Gov. Kim Reynolds": a state and the title of the person named after
        if doc.language == "en" and _CONTRACTED.search(name):
            continue  # "“Shouldn’t we …”": a quotation's first word, no name
        if doc.language == "en" and j - i <= 2 and tokens[j - 1].text == "I":
            continue  # "“Like I said …”": a quotation's first words and its speaker's "I"
        if _LETTERS.fullmatch(name) or (j > i + 1 and tokens[j - 1].text in _STATE_CODES):
            continue  # "U.S", "Strasburg VA": a country's letters, a town and its state
        if (
            j == i + 1
            and name in _STATE_SHORT_EN
            and doc.text[tokens[i].end : tokens[i].end + 1] == "."
        ):
            continue  # "based in San Jose, Calif., said": a state's abbreviation after a town
        if j == i + 1 and name.lower() in NAME_TAILS_EN and i > 0 and _possessive(tokens[i - 1]):
            continue  # "St. Michael's | Drive", "St. Mary's | Hospital": the end of one name
        if idle_answer(doc.language, name):
            continue  # "Top" in "Top 400", "Largest" opening a title: a rank, not a name
        if re.search(r"-[a-z]+$", name):
            continue  # "COVID-related", "Paris-based": a word describing, not a name
        if j == i + 1 and names_origin(name, doc.language):
            continue  # "the Italian law": a nationality, not an organisation
        if doc.language == "en" and is_demonym_en(name, doc.text):
            continue  # "called on Ghanaians to …", "the South Koreans announced": a people
        if any(t.key.removesuffix("'s") in ROLE_WORDS_EN for t in tokens[i:j]):
            continue
        if (
            doc.language == "en"
            and tokens[i].key in ROLE_NOUNS_EN
            and doc.resolve_person(
                doc.text[tokens[i + 1].start : tokens[j - 1].end] if j > i + 1 else ""
            )
        ):
            continue  # "Mayor Oscar Leeser broke the tie": a role and the person holding it
        if j == i + 2 and _heads_a_list_of_letters(doc.text, tokens[i], tokens[i + 1]):
            continue  # "Sections C, D and E": the first item of a list of letters and its head
            # (set hv's reviewers: "____, D and E" keyed "Sections C", over-long)
        if j == i + 1 and name.lower() in ORG_WORDS_EN:
            continue  # "the Kitsap County Sheriff's | Office": a body's head word, not its name
        if (
            j == i + 1
            and j + 1 < len(tokens)
            and tokens[j].key == "of"
            and is_capitalised(tokens[j + 1])
        ):
            continue  # "University" of "the University of Lyon": half a name
        if doc.language == "en" and j == i + 1 and (i == 0 or name.lower() in ordinary):
            continue  # a capitalised first word is usually just the start of the sentence
        if (
            doc.language == "en"
            and j == i + 1
            and _STARTS_CLAUSE.search(gap(doc.text, tokens[i - 1], tokens[i]))
        ):
            continue  # "(Reuters) – Results from…": the first word after a dateline
        if doc.language == "en" and j == i + 1 and i and _opens_words(doc, tokens[i - 1 : i + 1]):
            continue  # 'they should "Remain cautious …"', "(Let us see it)": a quotation's verb
        if j == i + 1 and i == 1 and tokens[0].key.isdigit() and ")" in gap(doc.text, *tokens[:2]):
            continue  # "2) Upload the tax return": the first word of a list's item
        if doc.language == "en" and tokens[j - 1].key in _EVENTS_EN:
            if name not in doc.once("short names", short_names):
                continue  # "the Fawn Fire": an event's name, not a body's ("Cal Fire" is one)
        if doc.language == "en" and j == i + 1 and j < len(tokens) and tokens[j].key in _TOWNS_EN:
            continue  # "north of Redding city": a place
        doc.add_entity(doc.organisations, name)
    if doc.language != "ar":
        return
    for i, token in enumerate(tokens[:-1]):
        if strip_clitic(token.key) not in ORG_CUES_AR and token.key not in ORG_CUES_AR:
            continue
        j = i + 1
        if _A_SET_OF_AR.match(tokens[i].key) and tokens[j].key.endswith("ات"):
            continue  # «مجموعة مشكلات تقنية»: "a set of problems", no group of companies (set r)
        # «وقامت شركة أبل بنشر تفاصيل …»: after «قام», the «ب» word is what the body did.
        did = any(strip_clitic(t.key) in _DID_AR for t in tokens[max(0, i - 2) : i])
        while j < len(tokens) and j - i <= 3 and is_name_token_ar(tokens[j]):
            if gap(doc.text, tokens[j - 1], tokens[j]).strip():
                break
            if did and j > i + 1 and tokens[j].key[:1] == "ب":
                break
            if j > i + 1 and carries_pronoun_ar(tokens[j]):
                break  # «خفضت شركة تويوتا توقعاتها»: what the firm cut, no part of its name
            if tokens[j].key in ADVERBS_AR:
                break  # «شركة ريدسير للاستشارات أخيرا»: when, no part of its name (set ia)
            j += 1
        if (
            j == i + 2
            and tokens[i + 1].key in _TAKES_A_NAME_AR
            and j < len(tokens)
            and not gap(doc.text, tokens[j - 1], tokens[j]).strip()
        ):
            j += 1  # «جامعة مدينة السادات», «جامعة جنوب الوادي»: the word goes on into the name
        if _runs_on_ar(doc, tokens, i, j):
            continue  # «ومؤسسة أبحاث | الدولة الحديثة بجامعة كامبريدج»: an indefinite word
            # before a definite one is half a name (set hx: «مؤسسة ____ الدولة» keyed «أبحاث»)
        if j > i + 2 and _described_ar(tokens[j - 1]):
            continue  # «شركة تكنولوجيا هندية»: "an Indian technology firm", no name (set ia)
        if j > i + 1 and tokens[i + 1].key not in GENERIC_AFTER_CUE_AR:
            doc.add_entity(doc.organisations, doc.text[tokens[i + 1].start : tokens[j - 1].end])
    bracketed_bodies_ar.spot(doc, sentence)
    arabic_organisations.spot(doc, sentence)


def _heads_a_list_of_letters(text: str, head: Token, letter: Token) -> bool:
    """True for a plural and a letter that open a list of letters ("Sections C, D and E"), not
    a name with a letter ("Atlas V", set hy: the rocket was no longer asked)."""
    if len(letter.text) != 1 or not plural(head.text):
        return False
    return _NEXT_LETTER.match(text, letter.end) is not None


_NEXT_LETTER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)[A-Z](?![\w'’])")


def _described_ar(last: Token) -> bool:
    """True for a nationality with no article closing the words after a body's noun: they
    describe the body («شركة تكنولوجيا هندية»), where a name's would be definite («شركة أرامكو
    السعودية»)."""
    return not last.key.startswith("ال") and names_origin(last.text, "ar")


def _runs_on_ar(doc: Document, tokens: list[Token], i: int, j: int) -> bool:
    """True when the one word after the cue at token i is indefinite and a definite word goes
    on from it with no gap: the name is the whole chain, which the run stopped short of."""
    if j != i + 2 or j >= len(tokens) or gap(doc.text, tokens[j - 1], tokens[j]).strip():
        return False
    return not tokens[i + 1].key.startswith("ال") and tokens[j].key.startswith("ال")


def gazetteer(language: str) -> list[str]:
    return [name for name, _ in bundled(f"places-{language}")]


@cache
def _gazetteer_pattern(language: str) -> tuple[re.Pattern[str], dict[str, str]]:
    names = {fold_same_length(place): place for place in gazetteer(language)}
    keys = sorted(names, key=len, reverse=True)
    pattern = r"(?<!\w)(?:[وبل]|ال)?(" + "|".join(map(re.escape, keys)) + r")(?!\w)"
    return re.compile(pattern), names


def _places(doc: Document) -> None:
    pattern, names = _gazetteer_pattern(doc.language)
    for sentence in doc.content:
        for match in pattern.finditer(fold_same_length(sentence.text)):
            doc.add_entity(doc.places, names[match.group(1)])


def place_spans(doc: Document, sentence: Sentence) -> list[tuple[int, int, str]]:
    """(start, end, gazetteer form) of every known place in the sentence, with the side of it
    that the sentence names: "جنوب آسيا", "أوروبا الغربية", "Western Europe"."""
    pattern, names = _gazetteer_pattern(doc.language)
    folded = fold_same_length(sentence.text)
    spans = []
    for m in pattern.finditer(folded):
        start, end = m.start(1), m.end(1)
        before = _SIDE_BEFORE[doc.language].search(folded, 0, m.start())
        after = _SIDE_AFTER[doc.language].match(folded, end) if m.start(1) == m.start() else None
        if before:
            start = before.start(1)
        if after:
            end = after.end()
        spans.append((sentence.start + start, sentence.start + end, names[m.group(1)]))
    taken = [(a, b) for a, b, _ in spans]
    for a, b, name in kind_places_ar.spans(doc, sentence):
        if not any(a < y and x < b for x, y in taken):
            spans.append((a, b, name))  # «بمحافظة الدرب»: a place the gazetteer does not know
    return spans


# The side of a place, which the answer needs ("تقع في جنوب آسيا": not "آسيا" alone).
_SIDES_AR = r"(?:شمال|جنوب|شرق|غرب|وسط)(?:\s(?:شرق|غرب))?"
_SIDE_BEFORE = {
    "ar": re.compile(r"(?<!\w)[وبل]?(" + _SIDES_AR + r")\s+(?:ال)?$"),
    "en": re.compile(
        r"(?<!\w)((?:North|South|East|West|Central)(?:ern)?(?:-?(?:east|west)(?:ern)?)?)\s+$"
    ),
}
_SIDE_AFTER = {
    "ar": re.compile(r"\s+ال(?:شمالي|جنوبي|شرقي|غربي|وسط)[هي]?(?!\w)"),
    "en": re.compile(r"(?!)"),
}
