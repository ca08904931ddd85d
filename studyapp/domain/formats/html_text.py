"""The text a student reads in HTML that Moodle and Anki export, with the markup taken out.

Imported questions are stored and shown as plain text (the app escapes everything it shows),
so `<p dir="rtl">…</p>`, `&nbsp;` and `<b>` must not arrive as characters. Paragraphs,
list items and `<br>` become line breaks; entities are decoded; scripts, styles, embedded
objects and forms are dropped with their content; an image is kept as its alt text.
"""

from __future__ import annotations

import re
import warnings

from bs4 import BeautifulSoup, Comment, MarkupResemblesLocatorWarning, NavigableString

_DROPPED = (
    "script", "style", "template", "noscript", "head", "title", "iframe", "object", "embed",
    "applet", "form", "input", "button", "select", "textarea", "svg", "math", "audio", "video",
)  # fmt: skip
_BLOCKS = (
    "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "tr", "table", "blockquote", "pre",
    "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "hr",
)  # fmt: skip
_SPACES = re.compile(r"\s+")


def text_from_html(markup: str) -> str:
    """`markup` as text: one line per paragraph, spaces collapsed as a browser does."""
    with warnings.catch_warnings():
        # A field holding only "notes.txt" or a web address is text here, not a mistake.
        warnings.simplefilter("ignore", MarkupResemblesLocatorWarning)
        soup = BeautifulSoup(markup, "html.parser")
    for node in soup.find_all(string=lambda s: isinstance(s, Comment)):
        node.extract()
    for tag in soup.find_all(_DROPPED):
        tag.decompose()
    for node in soup.find_all(string=True):
        if node.find_parent("pre") is None:
            node.replace_with(NavigableString(_SPACES.sub(" ", str(node))))
    for image in soup.find_all("img"):
        image.replace_with(str(image.get("alt") or ""))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_before("\n")
        block.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().split("\n"))
    return "\n".join(line for line in lines if line)


def html_to_text(value: str) -> str:
    """Moodle XML's text fields as the app's text: plain text kept as it is (whitespace runs
    one space), HTML read by `text_from_html`."""
    if "<" not in value and "&" not in value:
        return " ".join(value.split())
    return text_from_html(value.replace("\xa0", " "))
