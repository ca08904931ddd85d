"""Every page of a class in use, as a student and as a teacher, in Arabic and English, on a
phone and a desktop: nothing sticks out sideways, and axe-core finds no WCAG 2.1 AA
violation. With SCREENSHOTS=1 in the environment it also saves
artifacts/tour-<who>-<page>-<language>-<width>.png for a look by eye (slower)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page

from studyapp.models import User
from tests.browser import classroom
from tests.browser.axe import violations

WIDTHS = {"phone": (390, 844), "desktop": (1280, 900)}
SCREENSHOTS = os.environ.get("SCREENSHOTS") == "1"


@pytest.mark.parametrize("language", ["ar", "en"])
def test_every_page_is_accessible_and_fits_on_a_phone_and_a_desktop(
    app: Flask,
    browser: Browser,
    base_url: str,
    make_user: Callable[..., User],
    question_id: Callable[[str], int],
    language: str,
    artifacts: Path,
    watch_errors: Callable[[Page, list[str]], None],
) -> None:
    world = classroom.build(app, make_user, locale=language)
    ids = {key: question_id(key) for key in classroom.QUESTION_KINDS.values()}
    tours = {
        "public": (None, classroom.PUBLIC_PAGES),
        "student": (world.student, classroom.student_pages(world, ids)),
        "teacher": (world.teacher, classroom.teacher_pages(world)),
    }
    found: dict[str, list[str]] = {}
    errors: list[str] = []
    for who, (user, pages) in tours.items():
        context = browser.new_context(base_url=base_url, locale=language)
        page = context.new_page()
        watch_errors(page, errors)
        if user is not None:
            classroom.sign_in(page, user)
        for width, height in WIDTHS.values():
            page.set_viewport_size({"width": width, "height": height})
            for name, path in pages.items():
                page.goto(path)
                label = f"{who}-{name}-{language}-{width}"
                if SCREENSHOTS:
                    page.screenshot(path=artifacts / f"tour-{label}.png", full_page=True)
                wide = page.evaluate("document.documentElement.scrollWidth")
                if wide > width:
                    found.setdefault(label, []).append(f"{wide}px wide in a {width}px window")
                for problem in violations(page):
                    found.setdefault(label, []).append(problem)
        context.close()
    report = "\n".join(f"{label}: {problem}" for label, items in found.items() for problem in items)
    (artifacts / f"tour-{language}.txt").write_text(report, encoding="utf-8")
    assert not found, report
    assert errors == []
