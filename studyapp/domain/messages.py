"""Problem messages that the web layer can say in the user's language.

A domain module has no gettext. A `Message` is the English text (so logs, the command line
and `str()` read as before) that also keeps its %-template and parameters: the web layer
looks the template up in its catalogue and fills in the parameters. Messages without
parameters need no wrapping; their English text is the catalogue's key.
"""

from __future__ import annotations

from typing import Any


class Message(str):
    """English text that remembers the template and parameters it was made from."""

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, **params: Any) -> Message:
        made = super().__new__(cls, template % params if params else template)
        made.template = template
        made.params = params
        return made


def said(template: str, **params: Any) -> Message:
    """A problem message; `make translations` extracts the template (keyword `said`)."""
    return Message(template, **params)
