"""Which language and time zone a page is shown in."""

from __future__ import annotations

import unicodedata
from urllib.parse import unquote, urlsplit

from flask import current_app, session
from flask_login import current_user


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    chosen = session.get("locale")
    if chosen in languages:
        return chosen
    if current_user.is_authenticated and current_user.locale in languages:
        return current_user.locale
    return current_app.config["BABEL_DEFAULT_LOCALE"]


def select_timezone() -> str:
    if current_user.is_authenticated:
        return current_user.timezone
    return current_app.config["BABEL_DEFAULT_TIMEZONE"]


def text_direction(locale: str) -> str:
    return "rtl" if locale in ("ar", "fa", "he", "ur") else "ltr"


def content_direction(text: str, language: str | None = None) -> str:
    """The direction a piece of user content reads in: by its letters when they are all of one
    direction ("60 Minutes" ltr in an Arabic page, "20 مليار دولار" rtl in an English one);
    mixed, the language it was written in (its set's), else the browser's first-letter rule."""
    kinds = {unicodedata.bidirectional(char) for char in text}
    right_to_left = bool(kinds & {"R", "AL"})
    left_to_right = "L" in kinds
    if right_to_left != left_to_right:
        return "rtl" if right_to_left else "ltr"
    if right_to_left and language:
        return text_direction(language)
    return "auto"


def safe_next_url(target: str | None) -> str | None:
    r"""Only same-site paths may be redirected to after sign-in.

    Browsers drop tabs and newlines anywhere in a URL and read a backslash as a slash, so
    `/\t/evil.example` and `/\evil.example` lead off the site: control characters and
    spaces are removed first, and what is left, decoded or not, must be a path alone.
    """
    if not target:
        return None
    path = _visible(target)
    return path if _is_local_path(path) and _is_local_path(_visible(unquote(path))) else None


def _visible(text: str) -> str:
    return "".join(c for c in text if c.isprintable() and not c.isspace())


def _is_local_path(candidate: str) -> bool:
    parts = urlsplit(candidate)
    return (
        not parts.scheme
        and not parts.netloc
        and candidate.startswith("/")
        and not candidate.startswith("//")
        and "\\" not in candidate
    )
