"""English speakers beside a verb of saying (speakers.speaker_of): how far after "said" a title
and name run, whom "told" names (the listener), the person a role names after the verb, an
apposition or an organisation just before it, and an unnamed spokeswoman or someone newly
brought in that a "she said" refers to."""

from __future__ import annotations

import re

from .clause_en import FINITE_AUXILIARIES_EN
from .document import STOP_EN, Document, Person, Sentence, Token, fold, gap
from .names import ROLE_NOUNS_EN
from .person_keys import census_name

# "A company spokeswoman", "an official": someone the article does not name, opening a sentence.
_UNNAMED_EN = re.compile(
    r"^(?:A|An|One)\b[^,.;]{0,40}?\b(?:spokes(?:wo)?man|spokesperson|official|representative"
    r"|source|aide|executive|employee)\b"
)
# Someone brought in at the head of a sentence: a person's relative or adviser ("Huston's
# pastor"), or "The" and a role, perhaps after the body it is of ("The Franklin County auditor").
_SOMEONE_ELSE_EN = re.compile(
    r"^(?:[A-Z][\w.-]+(?:'s|’s) (?P<kin>[a-z]+)\b"
    r"|The (?:[\w.&-]+ ){0,4}?(?P<role>[a-z]+)(?= [A-Z][a-z]| (?:also )?(?:spoke|testified)))"
)
_MORE_ROLES_EN = frozenset(
    """auditor pastor priest prosecutor detective investigator witness doctor nurse teacher
    principal treasurer clerk commander""".split()
)
_KIN_EN = frozenset(
    "wife husband son daughter mother father brother sister friend partner aide agent".split()
)


# Someone left unnamed right after the verb: "says one Mansfield employee", "said a resident".
_UNNAMED_AFTER_EN = re.compile(
    r"\s+(?:one|a|an|another)\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:employee|worker|resident|official"
    r"|source|spokes(?:wo)?man|spokesperson|member|fan|parent|student|neighbou?r|witness|passenger"
    r"|shopper|customer|driver|man|woman)\b"
)


def unnamed_after(text: str, at: int) -> bool:
    """True when the words after a verb of saying at offset `at` describe someone the article
    does not name: '"…," says one Mansfield employee' (set q: given to Mansfield Plumbing)."""
    return _UNNAMED_AFTER_EN.match(text, at) is not None


def someone_unnamed_before(doc: Document, sentence: Sentence, last: Person | None = None) -> bool:
    """True when this sentence or the one before opens with someone the article leaves unnamed,
    whom a "she said" after it refers to: "A company spokeswoman …", "Huston's pastor spoke to
    the court.", "The Franklin County auditor Matt Beaton, also spoke …" (a role it gives no one
    it knows). Not when that sentence names `last`, the speaker a "he said" would go back to."""
    before = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
    for s in (sentence, before):
        if s is None:
            continue
        if _UNNAMED_EN.match(s.text) is not None:
            return True
        if _newcomer(doc, s.text):
            return True
        opener = _SOMEONE_ELSE_EN.match(s.text)
        if opener is None or (last is not None and _names(doc, s.text[: opener.end()], last)):
            continue
        noun = (opener.group("kin") or opener.group("role")).lower()
        if noun not in ROLE_NOUNS_EN | _MORE_ROLES_EN | _KIN_EN:
            continue  # "Huston's decision …": no one who could speak
        if last is None or noun not in " ".join(last.roles).lower():
            return True
    return False


# A full name as a sentence's subject, right before its verb, perhaps after words that describe
# the person: "Renowned Argentine palaeontologist Rodolfo Coria doubted their findings …".
_SUBJECT_NAME_EN = re.compile(
    r"(?P<name>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s+(?:also\s+)?"
    r"(?:[a-z]+ed|said|says|told|thinks|believes|spoke|wrote|added)\b"
)
_SUBJECT_REACH = 60  # characters from the sentence's start the subject's name stands within


def _newcomer(doc: Document, text: str) -> bool:
    """True when the sentence's subject is a full name the article knows no one by: someone
    brought in there, whose is the "he told Reuters" after "Renowned Argentine palaeontologist
    Rodolfo Coria doubted …", not the last speaker's (set g: keyed to David Rubilar)."""
    found = _SUBJECT_NAME_EN.search(text[: _SUBJECT_REACH + 40])
    if found is None or found.start() > _SUBJECT_REACH:
        return False
    words = found.group("name").split()
    if any(doc.resolve_person(" ".join(words[k:])) for k in range(len(words))):
        return False  # "Mayor Tom Reed said": someone the article knows
    # "Wall Street rallied", "New York announced": no given name before the surname
    return census_name(words[-2])


def _names(doc: Document, text: str, person: Person) -> bool:
    """True when `text` names `person` by a word of their name, not as someone's ("Huston's")."""
    words = re.findall(r"[A-Z][\w.-]+(?!'s|’s)\b", text)
    return any(doc.resolve_person(word) is person for word in words)


def told(doc: Document, tokens: list[Token], i: int) -> Person | None:
    """The person named after "told" at tokens[i]: who listened."""
    after = tokens[i + 1 : i + 1 + title_run(doc, tokens, i + 1)]
    for width in (3, 2, 1):
        for k in range(len(after) - width + 1):
            person = doc.resolve_person(" ".join(t.text for t in after[k : k + width]))
            if person is not None:
                return person
    return None


_IN_TITLES = frozenset({"the", "of", "a", "an", "and"})


# Between a role noun and the verb of saying it is the subject of: "attorney has said".
_VERB_HELPERS_EN = frozenset("has have had was is also".split())


# Groups that speak as one, before a verb of saying: the name after the verb is not theirs.
_SPEAKING_GROUPS_EN = frozenset(
    """police officials authorities prosecutors investigators witnesses officers deputies
    troopers sources firefighters""".split()
)


def title_run(doc: Document, tokens: list[Token], at: int) -> int:
    """How many tokens from `at` to look through for the speaker after a verb of saying: at
    least three, or up to a capitalised word at most eight on without punctuation between
    ("said the food group's finance chief Juergen Esser"); none after a verb whose subject is
    a role noun before it ("Phelps’ defense attorney has said Phelps “didn’t …”": the name
    after the verb is the one the words are about)."""
    k = at - 2
    while k > 0 and tokens[k].key in _VERB_HELPERS_EN:
        k -= 1
    if k >= 0 and tokens[k].key in ROLE_NOUNS_EN and not tokens[k].text[:1].isupper():
        return 0
    if k >= 0 and tokens[k].key in _SPEAKING_GROUPS_EN:
        return 0  # "Police said Garces hopped out …": Garces is whom the words are about (set ik)
    if 0 < at < len(tokens) and any(m in gap(doc.text, tokens[at - 1], tokens[at]) for m in '"“'):
        return 0  # 'The Minister said, “The President has instructed …”': his words, not a name
    reach = 3
    for n in range(min(8, len(tokens) - at)):
        token = tokens[at + n]
        if n and gap(doc.text, tokens[at + n - 1], token).strip():
            break
        if token.key in STOP_EN and token.key not in _IN_TITLES:
            break  # "suggested that injuries to Peter Vance…": a clause, not a title
        if token.text[:1].isupper():
            reach = max(reach, n + 1)
    after = at + reach
    if after < len(tokens) and tokens[after].key in FINITE_AUXILIARIES_EN:
        if not gap(doc.text, tokens[after - 1], tokens[after]).strip():
            return 0  # "said boss Sam Allardyce was a key factor": whom the words are about
    return reach


def after_role_en(doc: Document, near: list[Token], verb: Token) -> Person | None:
    """ "said Solar Hope of Nevada CEO Rita Vance": after the verb, the person the role noun
    names, before any name that comes first (the company's)."""
    for k in range(1, len(near)):
        if near[k - 1].start < verb.end or near[k - 1].key not in ROLE_NOUNS_EN:
            continue
        for width in (3, 2):
            person = doc.resolve_person(" ".join(t.text for t in near[k : k + width]))
            if person is not None and len(near[k : k + width]) == width:
                return person
    return None


_APPOSITION = 14  # tokens: "Jim Sponnick, ULA vice president for Atlas and Delta programs, said"


def apposition_before(doc: Document, tokens: list[Token], i: int) -> int:
    """The first token of the apposition a comma closes right before the verb at tokens[i] (the
    name stands before it), or i when none does. An apposition whose closing comma the article
    left out counts when it opens on a role: '"…," Howell Thomas, senior paleontological
    preparator of the Natural History Museum of Los Angeles County said' (set ia: his words
    went to no one)."""
    if i < 2:
        return i
    closed = "," in gap(doc.text, tokens[i - 1], tokens[i])
    for k in range(i - 1, max(0, i - _APPOSITION), -1):
        between = gap(doc.text, tokens[k - 1], tokens[k]).strip()
        if closed and "," in between:
            return k
        if not closed and between:
            roled = any(t.key in ROLE_NOUNS_EN for t in tokens[k : k + 4])
            return k if between == "," and roled else i
    return i


def clause_start(doc: Document, tokens: list[Token], i: int) -> int:
    """The first token after the last semicolon before the verb at tokens[i]: "… by President
    Alan Pruitt; however, Reyes said": Pruitt is in another clause."""
    for k in range(i - 1, max(0, i - _APPOSITION - 3), -1):
        if ";" in gap(doc.text, tokens[k - 1], tokens[k]):
            return k
    return 0  # none in the window the speaker is looked for in


def body_en(doc: Document, sentence: Sentence, i: int) -> Person | None:
    """ "Rivian said in a statement": an organisation the article names, just before the verb."""
    tokens = sentence.tokens
    bodies = {fold(o): o for o in doc.organisations}
    for width in (3, 2, 1):
        if i - width < 0:
            continue
        words = tokens[i - width : i]
        if any(gap(doc.text, x, y).strip() for x, y in zip(words, words[1:], strict=False)):
            continue
        if any(mark in gap(doc.text, words[-1], tokens[i]) for mark in '"”»'):
            return None  # '"… reaches Earth," wrote the NOAA': the words' last, not who wrote
        name = bodies.get(fold(doc.text[words[0].start : words[-1].end]))
        if name is None or _goes_on_before(doc, tokens, i - width):
            continue
        if i - width > 0 and tokens[i - width - 1].key in _PLACE_BEFORE_EN:
            return None  # "… with the National Weather Service in Tulsa said": where, not who
        if i - width > 0 and tokens[i - width - 1].key in _OPPONENT_BEFORE_EN:
            return None  # "… after the win against Mumbai City FC said": whom they beat (set f)
        tool = i - width - 1 - (i - width > 1 and tokens[i - width - 1].key == "the")
        if tool >= 0 and tokens[tool].key in _TOOL_BEFORE_EN:
            return None  # "Astronomers using the Hubble Space Telescope says": what they used
        return Person(name, "", ["company"])
    return None


_PLACE_BEFORE_EN = frozenset("in at from near".split())
_TOOL_BEFORE_EN = frozenset("using via through aboard".split())
_OPPONENT_BEFORE_EN = frozenset("against over versus vs beat beating defeated defeating".split())


def apposed(doc: Document, tokens: list[Token], i: int) -> Person | None:
    """The person named before ", ROLE," when the apposition ends right before token i."""
    if i == 0 or gap(doc.text, tokens[i - 1], tokens[i]).strip() != ",":
        return None
    for c in range(i - 1, max(0, i - 10), -1):
        if gap(doc.text, tokens[c - 1], tokens[c]).strip() == ",":
            names = (" ".join(t.text for t in tokens[max(0, c - w) : c]) for w in (3, 2, 1))
            return next((p for p in map(doc.resolve_person, names) if p is not None), None)
    return None


def _goes_on_before(doc: Document, tokens: list[Token], at: int) -> bool:
    """True when the name at `at` is the tail of a longer one ("Sexuality Information and
    Education Council" gives no "Education Council"): a capitalised word or "and"/"of" before."""
    if at == 0 or gap(doc.text, tokens[at - 1], tokens[at]).strip():
        return False
    before = tokens[at - 1]
    return before.text[:1].isupper() or before.key in {"and", "of", "for", "&"}


# Verbs of saying that take an object as often as a statement: "added a pair of assists",
# "announced its agreement Friday to buy …", "reported a loss".
_ALSO_DOING_EN = frozenset(
    """add adds added note notes noted announce announces announced confirm confirms confirmed
    report reports reported unveil unveils unveiled""".split()
)
_OBJECT_OPENERS_EN = frozenset("a an the his her their its another two three four five".split())


def takes_an_object(doc: Document, tokens: list[Token], i: int) -> bool:
    """True for "added a pair of assists": the verb's object follows it, not what was said."""
    if tokens[i].key not in _ALSO_DOING_EN or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1]
    if gap(doc.text, tokens[i], after).strip():
        return False  # 'he added: "…"', "added, …"
    return after.key in _OBJECT_OPENERS_EN or after.text[:1].isdigit()


def right_before(doc: Document, tokens: list[Token], i: int) -> Person | None:
    """The person named by the one or two words right before the verb at `i`, no punctuation
    between: the subject of "Jones said", before any name earlier in the clause."""
    if i < 1 or gap(doc.text, tokens[i - 1], tokens[i]).strip():
        return None
    for width in (2, 1):
        words = tokens[i - width : i]
        if len(words) == width and not gap(doc.text, words[0], words[-1]).strip():
            person = doc.resolve_person(" ".join(t.text for t in words))
            if person is not None and not owns(doc, tokens, i - 1):
                return person
    return None


def ends_after(doc: Document, tokens: list[Token], k: int) -> bool:
    """True when token `k` ends its clause: '"…," said he.'."""
    return k < len(tokens) and (
        k + 1 == len(tokens) or bool(doc.text[tokens[k].end : tokens[k + 1].start].strip())
    )


def owns(doc: Document, tokens: list[Token], last: int) -> bool:
    """True when the name ending at tokens[last] is a possessive, or runs on into one: "Elon
    Musk's company" names whose company, not who speaks."""
    for k in (last, last + 1):
        if k >= len(tokens) or (k > last and not tokens[k].text[:1].isupper()):
            break
        after = doc.text[tokens[k].end : tokens[k].end + 2]
        if tokens[k].text.endswith(("'s", "’s")) or after in ("'s", "’s"):
            return True
        if tokens[k].text.endswith("s") and after[:1] in ("'", "’") and not after[1:].isalpha():
            return True  # "Phelps’ defense attorney has said …": his lawyer speaks
    return False


_CLOSING = '"”'
_AFTER_SAID = 8  # "said District 1 Councilman Bernal": a title and a name
_TITLE_LINKS = frozenset("of for at the".split())


def after_quotation(doc: Document, tokens: list[Token], i: int) -> Person | None:
    """The person named right after the verb at i when a quotation closes just before it:
    '"… for Councilwoman Taylor," said District 1 Councilman Bernal.' is Bernal's, though
    the quotation names Taylor."""
    if i == 0 or not any(m in gap(doc.text, tokens[i - 1], tokens[i]) for m in _CLOSING):
        return None
    end = i + 1
    while end < min(len(tokens), i + 1 + _AFTER_SAID):
        if end > i + 1 and gap(doc.text, tokens[end - 1], tokens[end]) != " ":
            break
        word = tokens[end]
        small = word.key in _TITLE_LINKS and end > i + 1  # "Solar Hope of Nevada CEO Rita Vance"
        # "Weinstein lawyer Phyllis Kupferstein": whose lawyer, then the lawyer (set g)
        role = word.key in ROLE_NOUNS_EN and end > i + 1 and end + 1 < len(tokens)
        if role and not tokens[end + 1].text[:1].isupper():
            role = False
        # "New Horizons principal investigator Alan Stern": a word that qualifies the role
        # (set m: the words went to "New Horizons", wrongly keyed, both reviewers)
        role = role or (
            end > i + 1
            and end + 2 < len(tokens)
            and word.text.islower()
            and tokens[end + 1].key in ROLE_NOUNS_EN
            and tokens[end + 2].text[:1].isupper()
        )
        if not (word.text[:1].isupper() or word.text.isdigit() or small or role):
            break
        end += 1
    for start in range(i + 1, end):  # the longest name that ends the run
        person = doc.resolve_person(doc.text[tokens[start].start : tokens[end - 1].end])
        if person is not None:
            return person
    return None


# "was told", "were eventually told", "had been told": the subject hears what is said.
_BE_PASSIVE_EN = frozenset("was were been being is are".split())


def told_passive(tokens: list[Token], i: int) -> bool:
    """True for "told" after a form of "be", perhaps with an adverb between."""
    if tokens[i].key != "told":
        return False
    before = [t.key for t in tokens[max(0, i - 2) : i]]
    return bool(before) and (
        before[-1] in _BE_PASSIVE_EN
        or (len(before) == 2 and before[0] in _BE_PASSIVE_EN and before[1].endswith("ly"))
    )
