"""A share on a page is a whole percent with halves rounded up (babel rounds them to even)."""

from __future__ import annotations

from flask import render_template_string


def test_the_percent_macro_shows_62_5_as_63(app) -> None:  # type: ignore[no-untyped-def]
    with app.test_request_context("/", headers={"Accept-Language": "en"}):
        html = render_template_string(
            '{% from "_charts.html" import percent %}{{ percent(0.625) }}'
        )
    assert '<data value="0.6250">63%</data>' in html
