"""Importing Quizlet terms in Chromium: the first cards shown, separators chosen, then import."""

from __future__ import annotations

import re
from pathlib import Path

from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import QuestionSet
from tests.browser.test_teacher import sign_up

TERMS = 'sun,شمس;moon,قمر;"Carpe diem",seize the day, as Horace wrote'


def sets(app: Flask) -> int:
    with app.app_context():
        return db.session.scalar(select(func.count(QuestionSet.id))) or 0


def test_a_teacher_previews_chooses_separators_and_confirms_an_import(
    page: Page, app: Flask, artifacts: Path, console_errors: list[str]
):
    sign_up(page, name="الأستاذة منى", email="import@example.org", role="teacher")
    before = sets(app)
    page.goto("/teach/import")
    page.set_input_files(
        "input[name=upload]",
        files=[{"name": "sky.txt", "mimeType": "text/plain", "buffer": TERMS.encode()}],
    )
    page.click("form button.primary")

    # The preview: nothing written yet, the cards as read, the separators to change.
    expect(page.locator("#import-first")).to_be_visible()
    assert sets(app) == before
    rows = page.locator("#import-first tbody tr")
    expect(rows).to_have_count(3)
    expect(rows.nth(2).locator("td").first).to_have_text('"Carpe diem"')
    expect(rows.nth(2).locator("td").nth(1)).to_have_text("seize the day, as Horace wrote")

    # Read as one card per line instead: one line, no term separator after the first comma.
    page.check("input[name=card_separator][value=newline]")
    page.click("button[name=action][value=preview]")
    expect(rows).to_have_count(1)
    page.check("input[name=card_separator][value=semicolon]")
    page.check("input[name=term_separator][value=comma]")
    page.click("button[name=action][value=preview]")
    expect(rows).to_have_count(3)
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(artifacts / f"import-preview-ar-{width}.png"), full_page=True)
    assert sets(app) == before

    page.click("button[name=action][value=import]")
    expect(page).to_have_url(re.compile(r"/teach/sets/sky$"))
    assert sets(app) == before + 1
    expect(page.locator(".question-card")).to_have_count(3)

    # The same file with one definition changed: the change is shown, then confirmed.
    changed = TERMS.replace("قمر", "القمر")
    page.goto("/teach/import")
    page.set_input_files(
        "input[name=upload]",
        files=[{"name": "sky.txt", "mimeType": "text/plain", "buffer": changed.encode()}],
    )
    page.click("form button.primary")
    expect(page.locator("#import-reset li")).to_have_text(["moon"])  # a new back
    page.screenshot(path=str(artifacts / "import-changes-ar-1280.png"), full_page=True)
    page.click("button[name=action][value=import]")
    expect(page).to_have_url(re.compile(r"/teach/sets/sky$"))

    # In English, a GIFT file with a question the reader cannot read: listed, then left out.
    page.goto("/teach/import")
    page.locator(".topbar button[lang=en]").click()
    gift = "::a:: Sky is blue {T}\n\n::b:: Never closed {=a ~b\n\n::c:: Grass is red {F}\n"
    page.goto("/teach/import")
    page.set_input_files(
        "input[name=upload]",
        files=[{"name": "colours.gift", "mimeType": "text/plain", "buffer": gift.encode()}],
    )
    page.click("form button.primary")
    expect(page.locator("#import-skipped tbody td").first).to_have_text("3")
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(artifacts / f"import-skipped-en-{width}.png"), full_page=True)
    page.click("button[name=action][value=import]")
    expect(page.locator(".question-card")).to_have_count(2)
    assert not console_errors
