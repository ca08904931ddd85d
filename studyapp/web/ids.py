"""Ids from URLs and forms: only numbers the database can hold reach a query.

Every id column is an `integer`, at most 2**31 - 1 on PostgreSQL; SQLite refuses anything
past 2**63 - 1 with an OverflowError. A larger number names nothing: 404 in a URL, no value
in a form.
"""

from __future__ import annotations

from typing import Any

from werkzeug.routing import IntegerConverter, Map

MAX_STORED_INT = 2**31 - 1


class StoredIntConverter(IntegerConverter):
    """`<int:...>` in every route: 0 to MAX_STORED_INT, else the URL matches nothing (404)."""

    def __init__(self, map: Map, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("max", MAX_STORED_INT)
        super().__init__(map, *args, **kwargs)


def stored_int(value: str) -> int:
    """For `request.form.get(name, type=stored_int)`: the default when it is no stored int."""
    number = int(value)
    if not 0 <= number <= MAX_STORED_INT:
        raise ValueError(f"{value!r} is out of range")
    return number
