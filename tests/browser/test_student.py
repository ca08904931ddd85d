"""A student's path through the seed set in Chromium: sign up, study with the keyboard, undo.

Questions are reached by their key (questions/openai-data-centers.yaml) through ?q=<id>, so
each test meets the question type it is about whatever the scheduler would pick.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Review, User
from tests.conftest import PASSWORD

RIGHT = re.compile(r"\bresult\b.*\bright\b")
WRONG = re.compile(r"\bresult\b.*\bwrong\b")
REVIEW_PAGE = re.compile(r"/study/[\w-]+/reviews/\d+$")


@pytest.fixture
def student(page: Page, make_user: Callable[..., User], seed_set: str) -> Page:
    """A signed-in student (Arabic interface, the default) with the seed set loaded."""
    user = make_user("student")
    page.goto("/auth/login")
    page.fill("input[name=email]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    expect(page.locator(f'a[href="/study/{seed_set}"]')).to_be_visible()
    return page


def open_question(page: Page, slug: str, question_id: int) -> None:
    page.goto(f"/study/{slug}?q={question_id}")
    expect(page.locator("input[name=question_id]")).to_have_value(str(question_id))


def progress_value(page: Page) -> int:
    return int(page.locator("#today-progress").get_attribute("value") or "-1")


def choice_key(page: Page, text: str) -> str:
    """The digit shown next to the choice with this text (choices are shuffled)."""
    choice = page.locator("label.choice").filter(has_text=text)
    expect(choice).to_have_count(1)
    return choice.locator("input").get_attribute("data-key") or ""


def answer_by_keys(page: Page, slug: str, question_id: int, choice: str) -> None:
    """Open the question, press the digit of `choice`, then Enter to check it."""
    open_question(page, slug, question_id)
    page.keyboard.press(choice_key(page, choice))
    page.keyboard.press("Enter")


def reviews(app: Flask) -> list[Review]:
    with app.app_context():
        return list(db.session.scalars(select(Review).order_by(Review.id)))


def test_a_new_student_signs_up_through_the_form_and_opens_the_set(
    page: Page, seed_set: str, app: Flask, console_errors: list[str]
) -> None:
    page.goto("/auth/signup")
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    page.fill("input[name=display_name]", "ليلى")
    page.fill("input[name=email]", "layla@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.fill("input[name=confirm]", PASSWORD)
    expect(page.locator("input[name=role][value=student]")).to_be_checked()
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    page.fill("input[name=email]", "layla@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.locator("form button[type=submit]").click()

    expect(page.locator(".topbar .who")).to_have_text("ليلى")
    page.locator(f'a[href="/study/{seed_set}"]').click()

    expect(page.locator("[data-study-form] .prompt")).to_be_visible()
    expect(page.locator("#today-progress")).to_have_attribute("value", "0")
    with app.app_context():
        user = db.session.scalar(select(User).filter_by(email="layla@example.org"))
        assert user is not None and user.role == "student"
        assert user.timezone, "the browser's time zone was not sent with the form"
    assert console_errors == []


def test_a_multiple_choice_question_is_answered_with_digits_and_enter(
    student: Page, seed_set: str, question_id: Callable[[str], int], console_errors: list[str]
) -> None:
    page = student
    open_question(page, seed_set, question_id("friar-role"))
    before = progress_value(page)

    key = choice_key(page, "المديرة المالية")
    page.keyboard.press(key)
    expect(page.locator(f'input[name=choice][data-key="{key}"]')).to_be_checked()
    page.keyboard.press("Enter")

    expect(page).to_have_url(REVIEW_PAGE)
    expect(page.locator("section.result")).to_have_class(RIGHT)
    assert progress_value(page) > before

    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(rf"/study/{seed_set}$"))
    expect(page.locator("[data-study-form]")).to_be_visible()
    assert console_errors == []


def test_a_wrong_choice_is_marked_wrong_and_shows_the_right_answer(
    student: Page, seed_set: str, question_id: Callable[[str], int]
) -> None:
    page = student
    answer_by_keys(page, seed_set, question_id("friar-role"), "الرئيسة التنفيذية")

    expect(page.locator("section.result")).to_have_class(WRONG)
    expect(page.locator(".correct-answer")).to_contain_text("المديرة المالية")


def test_the_result_has_the_reviews_address_and_a_reload_does_not_answer_again(
    student: Page,
    seed_set: str,
    question_id: Callable[[str], int],
    app: Flask,
    console_errors: list[str],
) -> None:
    page = student
    answer_by_keys(page, seed_set, question_id("friar-role"), "المديرة المالية")

    expect(page.locator("section.result")).to_have_class(RIGHT)
    (review,) = reviews(app)
    expect(page).to_have_url(re.compile(rf"/study/{seed_set}/reviews/{review.id}$"))
    # The verdict is written again into its live region a moment after load (app.js).
    expect(page.locator("[data-verdict]")).not_to_be_empty()
    shown = page.locator("section.result").inner_text()

    sent: list[str] = []
    page.on("request", lambda request: sent.append(f"{request.method} {request.url}"))
    page.reload()

    expect(page.locator("section.result")).to_have_class(RIGHT)
    expect(page.locator("section.result")).to_have_text(shown)
    expect(page).to_have_url(re.compile(rf"/study/{seed_set}/reviews/{review.id}$"))
    assert not [line for line in sent if not line.startswith("GET ")], sent  # nothing re-sent
    assert [r.id for r in reviews(app)] == [review.id]
    assert console_errors == []


def press_on_arabic_layout(page: Page, code: str, key: str) -> None:
    """A key pressed on an Arabic keyboard layout: the physical key `code` gives `key`
    (Digit2 gives ٢, KeyZ gives ئ). Playwright's keyboard only knows the US layout."""
    cdp = page.context.new_cdp_session(page)
    for kind in ("keyDown", "keyUp"):
        cdp.send("Input.dispatchKeyEvent", {"type": kind, "code": code, "key": key, "text": key})
    cdp.detach()


def test_enter_held_down_does_not_skip_past_the_result(
    student: Page, seed_set: str, question_id: Callable[[str], int]
) -> None:
    page = student
    answer_by_keys(page, seed_set, question_id("friar-role"), "المديرة المالية")
    expect(page).to_have_url(REVIEW_PAGE)

    cdp = page.context.new_cdp_session(page)
    repeat = {"type": "keyDown", "key": "Enter", "code": "Enter", "autoRepeat": True}
    cdp.send("Input.dispatchKeyEvent", {**repeat, "windowsVirtualKeyCode": 13})
    cdp.send("Input.dispatchKeyEvent", {"type": "keyUp", "key": "Enter", "code": "Enter"})
    cdp.detach()
    page.wait_for_timeout(300)
    expect(page).to_have_url(REVIEW_PAGE)


def test_digits_and_z_pressed_on_an_arabic_keyboard_work_too(
    student: Page, seed_set: str, question_id: Callable[[str], int], app: Flask
) -> None:
    page = student
    open_question(page, seed_set, question_id("event-venue"))
    key = choice_key(page, "في مؤتمر جولدمان ساكس")
    press_on_arabic_layout(page, f"Digit{key}", "٠١٢٣٤٥٦٧٨٩"[int(key)])
    expect(page.locator(f'input[name=choice][data-key="{key}"]')).to_be_checked()
    page.keyboard.press("Enter")
    expect(page.locator("section.result")).to_have_class(RIGHT)
    expect(page).to_have_url(REVIEW_PAGE)  # app.js has run: its keys work from here

    press_on_arabic_layout(page, "KeyZ", "ئ")
    expect(page.locator("[data-study-form]")).to_be_visible()
    assert reviews(app) == []


def test_a_typed_arabic_answer_with_other_hamza_forms_and_diacritics_is_right(
    student: Page, seed_set: str, question_id: Callable[[str], int], app: Flask
) -> None:
    page = student
    open_question(page, seed_set, question_id("cloze-first-party"))
    field = page.locator("input[name=answer]")
    expect(field).to_be_focused()
    # The set's answer is «الطرف الأول»: here with إ for أ and with harakat and a shadda.
    typed = "الطَّرَفُ الإوَّلُ"
    page.keyboard.type(typed)
    page.keyboard.press("Enter")

    expect(page.locator("section.result")).to_have_class(RIGHT)
    expect(page.locator(".correct-answer")).to_contain_text("الطرف الأول")
    expect(page.locator(".correct-answer")).to_contain_text(typed)
    assert [review.response for review in reviews(app)] == [typed]


def test_the_order_question_is_answered_with_the_selects(
    student: Page, seed_set: str, question_id: Callable[[str], int]
) -> None:
    page = student
    open_question(page, seed_set, question_id("phases-order"))
    positions = {
        "شراء سعة حوسبة جاهزة": "1",
        "العمل عن كثب مع الشركاء": "2",
        "بناء الطرف الأول": "3",
    }
    for step, position in positions.items():
        page.locator("label.choice").filter(has_text=step).locator("select").select_option(position)
    page.locator("[data-study-form] select").last.press("Enter")  # a select alone would not submit

    expect(page.locator("section.result")).to_have_class(RIGHT)


def test_an_order_with_a_position_given_twice_is_refused_and_nothing_is_recorded(
    student: Page, seed_set: str, question_id: Callable[[str], int], app: Flask
) -> None:
    page = student
    phases = question_id("phases-order")
    open_question(page, seed_set, phases)
    for select_box in page.locator("[data-study-form] select").all():
        select_box.select_option("1")
    page.locator("[data-study-form] button[type=submit]").click()

    expect(page.locator(".flash.error")).to_be_visible()
    expect(page.locator("input[name=question_id]")).to_have_value(str(phases))
    assert reviews(app) == []


def test_a_flashcard_is_revealed_with_space_and_rated_with_a_digit(
    student: Page, seed_set: str, question_id: Callable[[str], int], app: Flask
) -> None:
    page = student
    open_question(page, seed_set, question_id("card-friar"))
    answer = page.locator("[data-flashcard] > p").first
    expect(answer).to_be_hidden()
    page.keyboard.press("3")  # rating before the answer is seen: nothing happens
    expect(page.locator("[data-flashcard]")).not_to_have_attribute("open", "")

    page.keyboard.press("Space")
    expect(answer).to_be_visible()
    expect(answer).to_contain_text("المديرة المالية")
    page.keyboard.press("3")

    expect(page).to_have_url(REVIEW_PAGE)
    assert [review.rating for review in reviews(app)] == [3]


def test_z_takes_the_last_answer_back(
    student: Page, seed_set: str, question_id: Callable[[str], int], app: Flask
) -> None:
    page = student
    venue = question_id("event-venue")
    open_question(page, seed_set, venue)
    before = progress_value(page)
    page.keyboard.press(choice_key(page, "في مؤتمر جولدمان ساكس"))
    page.keyboard.press("Enter")
    expect(page.locator("section.result")).to_have_class(RIGHT)
    assert progress_value(page) > before
    expect(page.locator("[data-undo]")).to_be_visible()
    expect(page).to_have_url(REVIEW_PAGE)  # app.js has run: its keys work from here

    page.keyboard.press("z")

    expect(page.locator(".flash")).to_be_visible()
    expect(page.locator("input[name=question_id]")).to_have_value(str(venue))
    assert progress_value(page) == before
    assert reviews(app) == []


def test_the_undo_button_works_without_the_keyboard(
    student: Page, seed_set: str, question_id: Callable[[str], int], app: Flask
) -> None:
    page = student
    open_question(page, seed_set, question_id("tf-know-how"))
    page.locator("label.choice").first.click()
    page.locator("[data-study-form] button[type=submit]").click()
    page.locator("[data-undo]").click()

    expect(page.locator("input[name=question_id]")).to_have_value(str(question_id("tf-know-how")))
    assert reviews(app) == []


@pytest.mark.parametrize("width", [1280, 360])
def test_the_study_pages_read_right_on_a_desktop_and_a_phone_in_both_languages(
    student: Page,
    seed_set: str,
    question_id: Callable[[str], int],
    width: int,
    artifacts: Path,
    console_errors: list[str],
) -> None:
    """Saves artifacts/study-<page>-<language>-<width>.png for a look by eye."""
    page = student
    page.set_viewport_size({"width": width, "height": 900 if width > 400 else 780})
    pages = {
        "mcq": "friar-role",
        "cloze": "cloze-first-party",
        "order": "phases-order",
        "flashcard": "card-friar",
    }
    for language, direction in (("ar", "rtl"), ("en", "ltr")):
        if language == "en":
            button, menu = page.locator(".topbar button[lang=en]"), page.locator(".menu > summary")
            # Wait for the bar to be laid out before asking which of the two shows: on a phone
            # the button is in the Menu, and asking too early once read neither as visible.
            shown = ".topbar button[lang=en]:visible, .menu > summary:visible"
            expect(page.locator(shown).first).to_be_visible()
            if not button.is_visible():
                menu.click()
            button.click()
        for name, key in pages.items():
            open_question(page, seed_set, question_id(key))
            expect(page.locator("html")).to_have_attribute("dir", direction)
            expect(page.locator("html")).to_have_attribute("lang", language)
            if name == "flashcard":
                page.keyboard.press("Space")
            fits(page, width)
            assert arabic_font_loaded(page), "the vendored Arabic font did not load"
            page.screenshot(path=artifacts / f"study-{name}-{language}-{width}.png", full_page=True)
        open_question(page, seed_set, question_id("friar-role"))
        page.keyboard.press(choice_key(page, "المديرة المالية"))
        page.keyboard.press("Enter")
        expect(page).to_have_url(REVIEW_PAGE)
        fits(page, width)
        page.screenshot(path=artifacts / f"study-result-{language}-{width}.png", full_page=True)
        page.locator("[data-undo]").click()
    assert console_errors == []


def fits(page: Page, width: int) -> None:
    """Nothing sticks out sideways: no horizontal scrolling at this width."""
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= width, f"the page is {scroll_width}px wide in a {width}px window"


def arabic_font_loaded(page: Page) -> bool:
    """The page's Arabic is drawn with the font the app serves (static/fonts), not a fallback."""
    return page.evaluate(
        """async () => {
            await document.fonts.ready;
            return [...document.fonts].some(
                (face) => face.family.includes("Noto Sans Arabic") && face.status === "loaded"
                    && face.unicodeRange.includes("U+600-6FF"));
        }"""
    )
