"""Errors from the domain, said in the user's language."""

from __future__ import annotations

from flask_babel import gettext as _

from ..domain.documents import DocumentError
from ..services.authoring import ArticleError


def document_error(error: DocumentError) -> str:
    messages = {
        "type": _("This type of file cannot be read. Use .txt, .md, .html or .docx."),
        "binary": _("This file is not text."),
        "encoding": _("The text of this file is not UTF-8. Save it as UTF-8 and try again."),
        "damaged": _("This Word file cannot be opened."),
        "too_large": _("This Word file unpacks to far more than an article: it cannot be read."),
        "empty": _("The file holds no text."),
    }
    return messages.get(error.kind, str(error))


def article_error(error: ArticleError) -> str:
    if error.kind == "too_long":
        return _("The article is too long: at most %(limit)d characters.", limit=error.limit)
    return _("The article is empty.")
