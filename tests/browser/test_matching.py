"""The matching and number widgets in Chromium, answered with the keyboard alone."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Question, Review, User
from studyapp.services import question_sets
from tests.conftest import PASSWORD
from tests.web.test_numerical_matching import CAPITALS

RIGHT = re.compile(r"\bresult\b.*\bright\b")


@pytest.fixture
def student(page: Page, app: Flask, make_user: Callable[..., User]) -> Page:
    with app.app_context():
        question_sets.sync(CAPITALS)
        db.session.commit()
    user = make_user("student")
    page.goto("/auth/login")
    page.fill("input[name=email]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    expect(page.locator('a[href="/study/capitals"]')).to_be_visible()
    return page


def open_question(page: Page, app: Flask, key: str) -> None:
    with app.app_context():
        question_id = db.session.scalar(select(Question.id).where(Question.key == key))
    page.goto(f"/study/capitals?q={question_id}")
    expect(page.locator("input[name=question_id]")).to_have_value(str(question_id))


def test_a_matching_question_is_answered_by_keyboard(
    student: Page, app: Flask, console_errors: list[str]
) -> None:
    page = student
    open_question(page, app, "capitals")
    rows = page.locator("ol.matching li")
    expect(rows).to_have_count(3)
    page.locator("select[name=match-1]").focus()
    for capital in ("Ottawa", "Rome", "Tokyo"):  # type-ahead picks the option, Tab moves on
        page.keyboard.type(capital)
        page.keyboard.press("Tab")
    page.keyboard.press("Shift+Tab")
    expect(page.locator("select[name=match-3] option:checked")).to_have_text("Tokyo")
    page.keyboard.press("Enter")
    expect(page.locator("section.result")).to_have_class(RIGHT)
    with app.app_context():
        assert db.session.scalar(select(Review.rating)) >= 3  # Good, or Easy when fast
    assert console_errors == []


def test_a_number_is_typed_with_arabic_digits_and_enter(
    student: Page, app: Flask, console_errors: list[str]
) -> None:
    page = student
    open_question(page, app, "pi")
    expect(page.locator("input[name=answer]")).to_be_focused()
    page.keyboard.type("٣٫١٤")
    page.keyboard.press("Enter")
    expect(page.locator("section.result")).to_have_class(RIGHT)
    assert console_errors == []


def test_the_question_form_shows_only_the_fields_of_the_chosen_type(
    page: Page, app: Flask, make_user: Callable[..., User], console_errors: list[str]
) -> None:
    user = make_user("teacher")
    with app.app_context():
        question_sets.sync(CAPITALS, owner=db.session.get(User, user.id))
        db.session.commit()
    page.goto("/auth/login")
    page.fill("input[name=email]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    expect(page.locator('a[href="/teach/"]')).to_be_visible()
    page.goto("/teach/sets/capitals/questions/new")
    page.select_option("select[name=type]", "numerical")
    expect(page.locator("input[name=number]")).to_be_visible()
    expect(page.locator("textarea[name=choices]")).to_be_hidden()
    expect(page.locator("textarea[name=pairs]")).to_be_hidden()
    page.select_option("select[name=type]", "matching")
    expect(page.locator("textarea[name=pairs]")).to_be_visible()
    expect(page.locator("input[name=number]")).to_be_hidden()
    page.fill("textarea[name=prompt]", "Match each country with its capital.")
    page.fill("textarea[name=pairs]", "Egypt -> Cairo\nFrance -> Paris\n-> Berlin")
    page.click("button.primary")
    expect(page.locator("article.question-card").filter(has_text="Egypt: Cairo")).to_have_count(1)
    assert console_errors == []
