"""English speakers beside a verb of saying: how far after "said" a title and name run, whom
"told" names (the listener), and an unnamed spokeswoman that a "she said" refers to."""

from __future__ import annotations

import re

from .document import STOP_EN, Document, Person, Sentence, Token, gap
from .names import ROLE_NOUNS_EN

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
        opener = _SOMEONE_ELSE_EN.match(s.text)
        if opener is None or (last is not None and _names(doc, s.text[: opener.end()], last)):
            continue
        noun = (opener.group("kin") or opener.group("role")).lower()
        if noun not in ROLE_NOUNS_EN | _MORE_ROLES_EN | _KIN_EN:
            continue  # "Huston's decision …": no one who could speak
        if last is None or noun not in " ".join(last.roles).lower():
            return True
    return False


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


def title_run(doc: Document, tokens: list[Token], at: int) -> int:
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
