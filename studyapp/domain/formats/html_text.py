"""HTML as the app's plain text: what imported question banks hold, read with BeautifulSoup."""

from __future__ import annotations

from bs4 import BeautifulSoup

_BLOCKS = ("p", "div", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre")


def html_to_text(value: str) -> str:
    """HTML as the app's text: blocks and <br> are line breaks, whitespace runs one space."""
    if "<" not in value and "&" not in value:
        return " ".join(value.split())
    soup = BeautifulSoup(value, "html.parser")
    for unsafe in soup(["script", "style"]):
        unsafe.decompose()
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCKS):
        block.insert_after("\n")
    lines = (" ".join(line.split()) for line in soup.get_text().replace("\xa0", " ").split("\n"))
    return "\n".join(line for line in lines if line)
