"""People in English news: a role before the name ("Foreign Minister Shah Mahmood Qureshi",
"Odisha boss Josep Gombau"), a role after it ("Sarah Friar, OpenAI's CFO,"), a title, or a
verb of saying beside two capitalised words. The roles around the name are roles_en.py's."""

from __future__ import annotations

import re

from .document import (
    NAME_PARTICLES,
    SPEECH_VERBS_EN,
    Document,
    Sentence,
    Token,
    capitalised_runs,
    gap,
)
from .names import (
    DESCRIBING_EN,
    MAX_NAME,
    ROLE_NOUNS_EN,
    TITLES_EN,
    a_country_en,
    census,
    ends_in_a_name_en,
    is_demonym_en,
    is_given_name,
    is_place_en,
)
from .portfolio_list import portfolio_opens_en
from .roles_en import role_after_en, role_before_en

# Words a body or a place follows, not a person: "… of Amazon Web Services", "in Lemon Grove,
# Sheriff's Sergeant … said" (set if: the town asked "Who is Sheriff's Sergeant …?").
_BEFORE_ORGANISATION_EN = frozenset("of at for from with by in".split())
ORG_WORDS_EN = frozenset(
    """inc corp co ltd llc plc spa sa ag gmbh nv bv srl fc club bank group university agency
    ministry department company corporation association council committee organization
    organisation institute fund party government airbase airport port guard service office
    bureau administration authority commission board center centre police army navy force
    corps channel network agency hospital clinic school college museum library trust
    foundation society union federation alliance holdings industries house affairs
    electronics technologies telecommunications communications airlines airways motors
    pharmaceuticals solutions systems services resources partners ventures enterprises
    interconnection utilities gas electric water league elementary academy primary secondary
    kindergarten polytechnic markets stores foods brands laboratories labs studios
    insurance""".split()
)
# The last word of a street's or a shop's name, never a person's: "residents living in Robinia
# Crescent said", "said Village Market customer Gail Hague" (set t: wrong key, both reviewers).
# Not organisation words: "Beckfield Lane and Boroughbridge Road" would then be one body.
_PLACE_TAILS_EN = frozenset(
    """market supermarket store stores shop mall crescent road street avenue terrace
    boulevard""".split()
)
# After a name: "Jr.", "III", and the letters of a British member of parliament or counsel.
_SUFFIXES_EN = frozenset("jr sr ii iii iv mp qc kc".split())
# A capitalised word joined to a participle describes what follows: "Award-winning", "Emmy-
# nominated", "Paris-based".
_DESCRIBES_AFTER_EN = re.compile(r"-[a-z]+(?:ing|ed|based|born|run|made|time|old)$")
_SHORT_BODIES_EN = frozenset("dept dist univ assn".split())
# A given name before one of these names a place or a thing: "Charles River", "George Square".
PLACE_WORDS_EN = frozenset(
    """river lake sea ocean bay island islands mountain mountains valley street avenue road
    square park bridge station hall college school center centre building tower cathedral
    church museum stadium county city district province state award prize trophy medal cup
    fellowship scholarship lecture""".split()
)


# Words that open a place's name with a given name after them: "San Antonio", "St. Louis".
_PLACE_OPENERS_EN = frozenset("san santa santo sao st saint ste fort port mount los las".split())
# "said Friar" names the speaker; "told Al Arabiya", "asked Reuters" name who listened.
_TO_THE_LISTENER_EN = frozenset({"told", "asked"})
# "a 30-year-old woman, Alexandra Souverneva, was arrested": someone named after what she is.
_PERSON_NOUNS_EN = frozenset(
    """man woman boy girl teenager resident student mother father son daughter wife husband
    victim suspect driver passenger neighbor neighbour""".split()
)
# What ends an event's name: no person's (mentions.py keeps a festival as a named thing to ask).
_EVENT_WORDS_EN = frozenset("fire wildfire blaze storm flood festival marathon".split())
_NAMING_WORDS_EN = frozenset("dubbed named called nicknamed".split())


def _whose_role(tokens: list[Token], k: int) -> bool:
    """True when tokens[k:] are a role written small, a word or two, then a capitalised name:
    the name before them says whose role it is."""
    for r in range(k, min(k + 2, len(tokens) - 1)):
        if not tokens[r].text.islower():
            return False
        if tokens[r].key in ROLE_NOUNS_EN and tokens[r + 1].text[:1].isupper():
            return True
    return False


def _titled_speaker(tokens: list[Token], j: int) -> bool:
    """True for two words after a role noun with a verb of saying next: "US District Judge Sim
    Lake told jurors" names a judge, whatever his given name (set ih: "____ told jurors" keyed
    the whole run, "Lake" read as a place)."""
    return (
        j >= 3
        and tokens[j - 3].key in ROLE_NOUNS_EN
        and j < len(tokens)
        and tokens[j].key in SPEECH_VERBS_EN
    )


def _after_a_role_of(tokens: list[Token], i: int) -> bool:
    """True when the run at `i` follows a role noun and "of" or "for": "Minister of …"."""
    return i >= 2 and tokens[i - 1].key in ("of", "for") and tokens[i - 2].key in ROLE_NOUNS_EN


def _surname_after_unknown(
    doc: Document, tokens: list[Token], i: int, j: int, first_given: int
) -> bool:
    """True for a run of two words whose second, a given name, is a frequent surname too, and
    whose first no list knows: "Howell Thomas" is one man, not "Thomas" (set ia: his words and
    role went to no one, "Howell Thomas" asked as a body)."""
    first = tokens[i].key
    return (
        j - i == 2
        and first_given == j - 1
        and tokens[first_given].key in census("surnames")
        and first not in ORG_WORDS_EN
        and first not in PLACE_WORDS_EN
        and not is_place_en(tokens[i].text)
    )


def spot_sentence(doc: Document, sentence: Sentence) -> None:
    """Two or three capitalised words with a role, a title, a verb of saying or a given name."""
    tokens = sentence.tokens
    for i, j in capitalised_runs(doc, sentence):
        keys = [t.key for t in tokens[i:j]]
        # "Budget Director Susan Park said": a role, a given name and a surname that is a word
        # of places (set g: "Park" asked as a gap, and her words given to no one)
        titled_name = (
            j - i >= 3
            and (is_given_name(doc, tokens[j - 2]) or _titled_speaker(tokens, j))
            and any(t.key in ROLE_NOUNS_EN for t in tokens[i : j - 2])
        )
        if (keys[-1] in PLACE_WORDS_EN and not titled_name) or keys[-1] in _EVENT_WORDS_EN:
            continue  # "Fawn Fire", "Azraq Festival": an event's name, no one's
        if i == 0 and j - i >= 2 and keys[0] in _NAMING_WORDS_EN:
            i += 1  # "Dubbed Fawn Fire, the fire started …": what it was called follows
        ends = j  # where the run ends, a suffix and all
        while j - 1 > i and tokens[j - 1].key in _SUFFIXES_EN:
            j -= 1  # "David W. Anspach III", "Norman Lamb MP": the name is before it
        # The name is what follows the last role word of the run ("Foreign Minister | Shah …").
        # Not a surname that is a role noun after a given name: "Commissioner John | King".
        named = j - 2 >= i and is_given_name(doc, tokens[j - 2])
        roles = (k for k in range(i, j - 1 if named else j) if tokens[k].key in ROLE_NOUNS_EN)
        last_role = max(roles, default=-1)
        start = last_role + 1 if last_role >= 0 else i
        first_given = next((k for k in range(i, j) if is_given_name(doc, tokens[k])), None)
        # "Gov. Deval Patrick", "spokeswoman Leigh Ann Rassler": after a title or role, whole.
        titled_run = i > 0 and tokens[i - 1].key in TITLES_EN | ROLE_NOUNS_EN
        if last_role < 0 and first_given is not None and first_given > i and not titled_run:
            if tokens[first_given - 1].key in _PLACE_OPENERS_EN:
                continue  # "San Antonio Spurs", "St. Louis Cardinals": a place's name, no one's
            if not _surname_after_unknown(doc, tokens, i, j, first_given):
                start = first_given  # "Development Asad Umar": the name starts at its given name
        # "Minister of Health Jamal Jarrah announced": a name after the portfolio, whether its
        # given name is a known one or not (set ih: Jarrah was no one, his words no one's).
        after_portfolio = start == i and _after_a_role_of(tokens, i)
        portfolio = portfolio_opens_en([t.text for t in tokens[i:j]]) if after_portfolio else 0
        start += portfolio
        if any(
            t.key in ORG_WORDS_EN
            for t in tokens[i if last_role < 0 and not portfolio else start : j]
        ):
            continue  # "Odisha FC", but "Council Chair Jeffrey S. Waltman" after its role
        # Initials and the small words of a name ("da", "von der") make it no longer; a name
        # with them may hold one word more ("Luiz Inacio Lula da Silva").
        particles = sum(t.text in NAME_PARTICLES for t in tokens[start:j])
        initials = sum(len(t.key) == 1 for t in tokens[start:j]) + particles + bool(particles)
        if start >= j or j - start - initials > MAX_NAME:
            continue
        name_tokens = tokens[start:j]
        while len(name_tokens) > 1 and (
            name_tokens[0].key in TITLES_EN or _ACRONYM_TITLE.fullmatch(name_tokens[0].text)
        ):
            # "Dr Yasmin Rashid": no title; "DEO Ravinder", "DSP Jeevan Reddy": an office's
            # letters before the name (set o offered "DEO Ravinder" for another office)
            name_tokens, start = name_tokens[1:], start + 1
        while name_tokens and DESCRIBING_EN.search(name_tokens[0].text):
            name_tokens, start = name_tokens[1:], start + 1  # "California-based Chevron said"
        if name_tokens and _DESCRIBES_AFTER_EN.search(name_tokens[-1].text):
            continue  # "Tony Award-winning playwright": what describes the name, not a name
        if not name_tokens or any(t.text == "I" for t in name_tokens):
            continue  # "“Like I said …”": the speaker's "I", no one's name
        if " ".join(t.text for t in name_tokens) in doc.once("short names", short_names):
            continue  # "Cal Fire said": the short name of "the … Department of Forestry (Cal Fire)"
        last = name_tokens[-1].key
        if last in TITLES_EN | _SHORT_BODIES_EN:
            continue  # "former Virginia Gov. Bob McDonnell", "CT Dept. of …": a title or body
        if all(t.key in ROLE_NOUNS_EN for t in name_tokens) or (
            last.endswith("s") and last[:-1] in ROLE_NOUNS_EN
        ):
            continue  # "deputy Prime Ministers", "Chief Executives": roles, not a name
        before = tokens[start - 1] if start > 0 else None
        # What follows the name's suffix: "Theodore Boutrous Jr. said", "Norman Lamb MP said".
        after = tokens[ends] if ends < len(tokens) else None
        if before is not None and before.key in _BEFORE_ORGANISATION_EN:
            continue  # "chief executive of Amazon Web Services, said": the speaker came first
        role = role_before_en(doc, sentence, start)
        if role is None and after is not None and gap(doc.text, tokens[ends - 1], after) == ", ":
            # "The Nigerian Minister of Finance, Kemi Adeosun, has disclosed …": set off by
            # commas after its role.
            role = role_before_en(doc, sentence, start, ", ")
        titled = before is not None and before.key in TITLES_EN
        opens_quote = before is not None and any(
            mark in gap(doc.text, before, tokens[start]) for mark in '"“«'
        )  # 'Musk said "Giga Texas is …"': what he said, not who
        # "Lee said" names the speaker; "… in Coleman Counties, said spokesman Carl Reed" does
        # not: the words end at the comma, and the speaker follows the verb.
        said_after = after is not None and after.key in SPEECH_VERBS_EN
        between = gap(doc.text, tokens[ends - 1], after).strip() if after is not None else ""
        if ends > j:
            between = between.removeprefix(".")  # the dot of "Jr."
        speech = (said_after and not between) or (
            before is not None
            and before.key in SPEECH_VERBS_EN
            and before.key not in _TO_THE_LISTENER_EN
            and not opens_quote
        )
        apposition = role_after_en(doc, sentence, j)
        # "The Opposition's health spokesman, Gavin Jennings, says …": set off by commas
        # after a role noun, a name.
        between_commas = (
            before is not None
            and after is not None
            and (before.key in ROLE_NOUNS_EN or before.key in _PERSON_NOUNS_EN)
            and gap(doc.text, before, tokens[start]).strip() == ","
            and gap(doc.text, tokens[ends - 1], after).strip() == ","
        )
        given = is_given_name(doc, name_tokens[0]) or between_commas
        two = len(name_tokens) >= 2
        known = doc.resolve_person(" ".join(t.text for t in name_tokens)) is not None
        # "Elina Svitolina" where the article has "Svitolina said": a person by her surname.
        surname = name_tokens[-1].key in doc.memo.get("speaking surnames", ())
        if not (known or (two and (role or titled or speech or apposition or given or surname))):
            continue
        if speech and not said_after and not known and _whose_role(tokens, ends):
            continue  # 'said New Horizons principal investigator Alan Stern': the mission
            # whose investigator speaks, no one (set m: offered among the speakers)
        name = doc.text[name_tokens[0].start : name_tokens[-1].end].removesuffix("'s")
        if "&" in name:
            continue  # "M&S said", "AT&T": a company's letters, no one (set j offered "M&S"
            # among the people who spoke)
        the_before = before is not None and before.key == "the"  # a people or a thing
        if not known and (is_demonym_en(name, doc.text) or (the_before and not role)):
            continue  # "the South Koreans announced", "using the Hubble Space Telescope says"
        if not known and a_country_en(name):
            continue  # "During his visit to Sri Lanka, Foreign Minister …": a country, no one;
            # nor "North Central Nigeria" (set if: offered as a speaker)
        if not known and is_place_en(name.removesuffix("’s")):
            continue  # "The attorney general said South Carolina's laws …": a state, no one
        if not known and name_tokens[-1].key in _PLACE_TAILS_EN:
            continue  # "residents living in Robinia Crescent said": a street, no one
        person = doc.add_person(name.removesuffix("’s"))
        # "Chief Secretary Kamran Ali Afzal, Additional Chief Secretary Home, secretaries …":
        # after a role before the name, what follows the comma is the next one listed.
        for found in (role, None if role else apposition):
            if found and not ends_in_a_name_en(found[0]):
                text, a, b, organisation = found
                doc.add_role(person, text, organisation, a, b)


# An office's letters before a name: "DEO", "DSP", "MLA" (three to five capitals; "JJ Watt"'s two
# are initials).
_ACRONYM_TITLE = re.compile(r"[A-Z]{3,5}")


# "the California Department of Forestry and Fire Protection (Cal Fire)": a body's long name and,
# in parentheses, the short one the article goes on with.
_SHORT_NAME = re.compile(
    r"((?:[A-Z][\w&.'-]*\s+(?:(?:of|and|for|the)\s+)*)+)\(([A-Z][^()]{1,30})\)"
)


def short_names(doc: Document) -> frozenset[str]:
    """The short names the article gives its bodies in parentheses after their long names."""
    return frozenset(
        short.strip()
        for long, short in _SHORT_NAME.findall(doc.text)
        if any(word.casefold() in ORG_WORDS_EN for word in long.split())
    )
