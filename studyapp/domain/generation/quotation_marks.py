"""Where quote marks put a word: inside someone's words, a verb of saying is not the article's;
and the opening mark a prompt needs when its words began in the sentence before."""

from __future__ import annotations

import re

from .document import QUOTE, Document, Sentence, Token


def is_quotation(text: str) -> bool:
    """A sentence that is a quotation from its first word (a paragraph of someone's words)."""
    return text[:1] in '“«"' and len(text.split()) >= 5


def in_open_quotation(doc: Document, token: Token) -> bool:
    """True inside a quotation its paragraph opens and has not closed yet: '"She voted for the
    strategy - then she said she didn't understand it.' is the mayor's words, a paragraph of a
    quotation that goes on into the next (news closes it only at its end)."""
    start = doc.text.rfind("\n", 0, token.start) + 1
    before = doc.text[start : token.start]
    if not before.lstrip().startswith(('"', "“", "«")):
        return False
    straight = before.count('"') % 2 == 1
    return (
        straight or before.count("“") > before.count("”") or before.count("«") > before.count("»")
    )


def quoted_at(sentence: Sentence, token: Token) -> bool:
    """True inside quote marks: a verb of saying in someone's words is not the article's."""
    at = token.start - sentence.start
    return any(m.start() < at < m.end() for m in QUOTE.finditer(sentence.text))


# The frames a prompt built around someone's words opens with.
_FRAMES = ("بحسب ", "أكمل ما ", "According to ", "Complete what ")
# A mark that closes a quotation (not one typed for an apostrophe, "Hernandez”s"), each with
# the mark that opens it.
_CLOSING = [
    (re.compile(re.escape(closing) + r"(?![^\W\d_])"), opening)
    for closing, opening in (("”", "“"), ("»", "«"), ("’’", "‘‘"))
]
# A straight double quote closing words: after a letter or a stop, before a space or a stop;
# after a digit, or a gap on one, it is the inch sign ('2.24" of rain', '____" of rain': set
# m, four prompts given an opening mark, garbled, both reviewers).
_STRAIGHT_CLOSE = re.compile(r'(?<=[^\W\d_]|[.,!?])"(?=[\s,.;:]|$)')
_INCHES = re.compile(r'(?<=[\d_])"')


def opened_quotation(prompt: str) -> str:
    """The prompt with an opening mark before a quotation its sentence began in the sentence
    before: 'Slightly less … a bad year," ____, from the Icahn School …' (set s: two prompts
    "starting mid-quotation with an unmatched closing mark" rejected as garbled)."""
    if prompt.startswith(_FRAMES):
        return prompt  # «بحسب …، …»: the frame's words are not the quotation's
    if prompt[:1] in '"“«':
        return prompt  # '"I'm satisfied with that,” said …': opened already, straight (set p:
        # a second, curly mark before it, garbled)
    for closing, opening in _CLOSING:
        found = closing.search(prompt)
        if found is None:
            continue
        before = prompt.find(opening)
        if before < 0 or before > found.start():
            return opening + prompt
    straight = _STRAIGHT_CLOSE.search(prompt)
    if (
        straight
        and (prompt.count('"') - len(_INCHES.findall(prompt))) % 2 == 1
        and not any(mark in prompt[: straight.start()] for mark in '"“«')
    ):  # not after a curly opening mark: '“It's only … League. … improving."' (set i)
        return '"' + prompt
    return prompt
