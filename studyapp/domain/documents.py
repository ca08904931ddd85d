"""Uploaded articles -> plain text, with a library made for each format."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import PurePath

from bs4 import BeautifulSoup

# What a Word file may unpack to: far above any article's text with its photos.
MAX_UNPACKED_BYTES = 20 * 1024 * 1024


class DocumentError(ValueError):
    """The file cannot be read as an article; the message names the file.

    `kind` (type, binary, encoding, damaged, too_large, empty) lets the interface say it in the
    user's language.
    """

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _decode(name: str, content: bytes) -> str:
    if b"\x00" in content:
        raise DocumentError("binary", f"{name}: this is not a text file")
    try:
        return content.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise DocumentError(
            "encoding",
            f"{name}: the text is not UTF-8 (byte {error.start}); save it as UTF-8 and try again",
        ) from None


def _plain(name: str, content: bytes) -> str:
    return _decode(name, content)


def _html(name: str, content: bytes) -> str:
    soup = BeautifulSoup(_decode(name, content), "html.parser")
    for tag in soup(["script", "style", "nav", "header", "footer", "aside", "form", "noscript"]):
        tag.decompose()
    root = soup.find("article") or soup.find("main") or soup.body or soup
    blocks = [
        block.get_text(" ", strip=True)
        for block in root.find_all(["h1", "h2", "h3", "h4", "p", "li", "blockquote"])
    ]
    text = "\n\n".join(block for block in blocks if block)
    return text or root.get_text("\n", strip=True)


def _docx(name: str, content: bytes) -> str:
    import docx  # python-docx: imported here, it is only needed for Word files

    _check_unpacked_size(name, content)
    try:
        document = docx.Document(io.BytesIO(content))
    except Exception as error:  # python-docx raises many kinds for a damaged file
        message = f"{name}: this Word file cannot be opened ({error})"
        raise DocumentError("damaged", message) from None
    return "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip())


def _check_unpacked_size(name: str, content: bytes) -> None:
    """A Word file is a zip: a small upload can unpack to gigabytes of XML to parse."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            # zipfile stops reading a member at its declared size, so the sum is a bound.
            unpacked = sum(member.file_size for member in archive.infolist())
    except zipfile.BadZipFile:
        raise DocumentError("damaged", f"{name}: this Word file cannot be opened") from None
    if unpacked > MAX_UNPACKED_BYTES:
        message = f"{name}: unpacks to {unpacked} bytes, more than {MAX_UNPACKED_BYTES}"
        raise DocumentError("too_large", message)


READERS: dict[str, Callable[[str, bytes], str]] = {
    ".txt": _plain,
    ".md": _plain,
    ".html": _html,
    ".htm": _html,
    ".docx": _docx,
}


def read_article(name: str, content: bytes) -> str:
    """The readable text of an uploaded file, line endings normalised.

    :raises DocumentError: unknown file type, undecodable or empty file.
    """
    suffix = PurePath(name).suffix.lower()
    reader = READERS.get(suffix)
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise DocumentError(
            "type", f"{name}: files of type {suffix or '(none)'} cannot be read; use {known}"
        )
    text = reader(name, content).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"\n{3,}", "\n\n", text).strip()
    if not text:
        raise DocumentError("empty", f"{name}: the file holds no text")
    return text
