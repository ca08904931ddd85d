"""How the pages look and behave for a person in Chromium: the question form, the highlight,
mixed-direction text, the results table, the result page, the phone layout, caching."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from flask import Flask
from playwright.sync_api import Browser, BrowserContext, Page, expect
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Question, Review, User
from tests.browser import classroom

PHONE = {"width": 390, "height": 844}


@pytest.fixture
def world(app: Flask, make_user: Callable[..., User]) -> classroom.Classroom:
    return classroom.build(app, make_user)


def context_for(browser: Browser, base_url: str, **options: object) -> BrowserContext:
    return browser.new_context(base_url=base_url, **options)  # type: ignore[arg-type]


@pytest.fixture
def contexts(browser: Browser, base_url: str) -> Iterator[Callable[..., Page]]:
    """New pages in contexts of their own: open(user, **context options)."""
    made: list[BrowserContext] = []

    def open_page(user: User | None, **options: object) -> Page:
        made.append(context_for(browser, base_url, **options))
        page = made[-1].new_page()
        if user is not None:
            classroom.sign_in(page, user)
        return page

    yield open_page
    for context in made:
        context.close()


def to_english(page: Page) -> None:
    page.goto("/")
    menu = page.locator(".menu > summary")
    if menu.is_visible():
        menu.click()
    page.locator(".topbar button[lang=en]").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")


def left_of(page: Page, selector: str, first: str, second: str) -> bool:
    """Whether, in the element, the text `first` is drawn to the left of `second`."""
    return page.locator(selector).first.evaluate(
        """(element, [first, second]) => {
            const x = (word) => {
                const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const at = node.data.indexOf(word);
                    if (at >= 0) {
                        const range = document.createRange();
                        range.setStart(node, at);
                        range.setEnd(node, at + word.length);
                        return range.getBoundingClientRect().left;
                    }
                }
                throw new Error("no " + word);
            };
            return x(first) < x(second);
        }""",
        [first, second],
    )


# --- 2: writing a question ----------------------------------------------------------------------


def test_the_question_form_shows_one_types_fields_and_the_right_choice_is_ticked(
    contexts: Callable[..., Page], world: classroom.Classroom, app: Flask
) -> None:
    page = contexts(world.teacher)
    page.goto(f"/teach/sets/{world.slug}/questions/new")
    form = page.locator("[data-question-form]")
    expect(form.locator("textarea[name=back]")).to_be_hidden()
    expect(form.locator("input[name=truth]").first).to_be_hidden()
    expect(form.locator("textarea[name=accept]")).to_be_hidden()
    expect(form.locator("textarea[name=right]")).to_be_hidden()  # marked, not retyped

    form.locator("textarea[name=prompt]").fill("من المديرة المالية لشركة OpenAI؟")
    form.locator("textarea[name=choices]").fill("سارة فريار\nجولدمان ساكس\nأوراكل")
    marks = form.locator("[data-marks] input[type=radio]")
    expect(marks).to_have_count(3)
    form.locator("[data-marks] label").filter(has_text="سارة فريار").click()
    form.locator("button[type=submit]").click()
    expect(page).to_have_url(re.compile(rf"/teach/sets/{world.slug}\?q=\d+"))
    with app.app_context():
        saved = db.session.scalar(
            select(Question).filter_by(prompt="من المديرة المالية لشركة OpenAI؟")
        )
        assert saved is not None and saved.type == "mcq" and saved.answer == "سارة فريار"

    page.goto(f"/teach/sets/{world.slug}/questions/new")
    form.locator("select[name=type]").select_option("flashcard")
    expect(form.locator("textarea[name=back]")).to_be_visible()
    expect(form.locator("textarea[name=choices]")).to_be_hidden()


# --- 3: the source highlight --------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "en"])
def test_a_highlight_over_several_lines_leaves_each_lines_dots_visible(
    contexts: Callable[..., Page], world: classroom.Classroom, language: str, artifacts: Path
) -> None:
    page = contexts(world.student, viewport=PHONE)
    if language == "en":
        to_english(page)
    page.goto(f"/study/{world.slug}/reviews/{world.review_id}")
    mark = page.locator(".source mark").first
    lines = mark.evaluate(
        "m => [...m.getClientRects()].map((r) => [Math.round(r.top), Math.round(r.bottom)])"
    )
    assert len({top for top, _ in lines}) > 1, "the highlight should wrap on a phone"
    for (_, bottom), (top, _) in zip(lines, lines[1:], strict=False):
        assert bottom <= top, f"a highlighted line overlaps the one before it: {lines}"
    page.locator(".source").screenshot(path=artifacts / f"highlight-{language}-390.png")


# --- 4: mixed-direction text --------------------------------------------------------------------


def test_a_number_stays_before_its_words_in_either_interface(
    contexts: Callable[..., Page],
    world: classroom.Classroom,
    app: Flask,
    question_id: Callable[[str], int],
) -> None:
    """ "60 Minutes", a choice of an Arabic set, in the Arabic interface; "20 مليار دولار", an
    answer, in the English one."""
    with app.app_context():
        friar = db.session.get(Question, question_id("friar-role"))
        short = db.session.get(Question, question_id("short-city"))
        assert friar is not None and short is not None
        wrong = next(c for c in friar.choices or [] if c != friar.answer)
        friar.choices = ["60 Minutes" if c == wrong else c for c in friar.choices or []]
        short.answer = ["20 مليار دولار"]
        db.session.commit()
    student = contexts(world.student)
    student.goto(f"/study/{world.slug}?q={question_id('friar-role')}")
    assert left_of(student, 'label.choice:has-text("Minutes")', "60", "Minutes")
    assert left_of(student, ".topbar .who", "60", "Minutes")  # a name
    teacher = contexts(world.teacher)
    to_english(teacher)
    teacher.goto(f"/teach/sets/{world.slug}")
    # Arabic reads from the right: the number, first, stands right of its words.
    assert left_of(teacher, '.question-card p:has-text("مليار")', "مليار", "20")


# --- 5: the class quiz results ------------------------------------------------------------------


def test_the_results_table_names_each_question_and_scrolls_inside_the_page(
    contexts: Callable[..., Page], world: classroom.Classroom, app: Flask, artifacts: Path
) -> None:
    page = contexts(world.teacher)
    to_english(page)
    page.goto(f"/quiz/class-quizzes/{world.class_quiz_id}/results")
    headers = page.locator("table.quiz-results thead th.question-column")
    expect(headers).to_have_count(10)
    prompts = page.locator(".quiz-columns li").all_inner_texts()
    for header, prompt in zip(headers.all(), prompts, strict=True):
        assert prompt[:20] in header.inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    box = page.locator(".table-scroll")
    assert box.evaluate("b => getComputedStyle(b).overflowX") == "auto"
    expect(box).to_have_attribute("tabindex", "0")  # scrolled by keyboard too
    expect(page.locator("#column-order")).to_be_visible()
    page.screenshot(path=artifacts / "results-en-1280.png", full_page=True)


# --- 6 and 10: the result page ------------------------------------------------------------------


def test_a_wrong_choice_shows_what_was_picked_and_the_verdict_is_announced(
    contexts: Callable[..., Page], world: classroom.Classroom, app: Flask
) -> None:
    with app.app_context():
        review = db.session.get(Review, world.review_id)
        assert review is not None
        picked = review.response
    page = contexts(world.student)
    page.goto(f"/study/{world.slug}/reviews/{world.review_id}")
    expect(page.locator(".given-answer")).to_contain_text(picked)
    verdict = page.locator("[data-verdict]")
    expect(verdict).to_have_attribute("role", "status")
    expect(verdict).not_to_be_empty()
    expect(page.locator("#next")).to_be_focused()
    expect(page.locator("#next")).to_have_attribute("aria-describedby", "verdict")


def test_a_wrong_select_all_answer_shows_the_boxes_ticked(
    contexts: Callable[..., Page],
    world: classroom.Classroom,
    question_id: Callable[[str], int],
    app: Flask,
) -> None:
    key = classroom.QUESTION_KINDS["multi"]
    with app.app_context():
        question = db.session.get(Question, question_id(key))
        assert question is not None
        wrong = next(c for c in question.choices or [] if c not in question.answer)
    page = contexts(world.student)
    page.goto(f"/study/{world.slug}?q={question_id(key)}")
    page.locator("label.choice").filter(has_text=wrong).click()
    page.keyboard.press("Enter")
    expect(page.locator("section.result")).to_have_class(re.compile(r"\bwrong\b"))
    expect(page.locator(".given-answer li")).to_have_text([wrong])


# --- 9: select-all with nothing ticked ----------------------------------------------------------


def test_enter_with_nothing_ticked_on_a_select_all_question_asks_and_records_nothing(
    contexts: Callable[..., Page],
    world: classroom.Classroom,
    question_id: Callable[[str], int],
    app: Flask,
) -> None:
    with app.app_context():
        before = db.session.scalar(select(func.count(Review.id)))
    page = contexts(world.student)
    asked = question_id(classroom.QUESTION_KINDS["multi"])
    page.goto(f"/study/{world.slug}?q={asked}")
    page.keyboard.press("Enter")
    expect(page.locator("[data-nothing-chosen]")).to_be_visible()
    expect(page.locator("input[name=question_id]")).to_have_value(str(asked))
    with app.app_context():
        assert db.session.scalar(select(func.count(Review.id))) == before


# --- 7: a phone ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["ar", "en"])
def test_on_a_touch_phone_the_header_is_one_row_with_no_key_hints_and_counts_shown(
    contexts: Callable[..., Page],
    world: classroom.Classroom,
    question_id: Callable[[str], int],
    language: str,
    artifacts: Path,
) -> None:
    page = contexts(world.student, viewport=PHONE, has_touch=True, is_mobile=True)
    if language == "en":
        to_english(page)
    page.goto(f"/study/{world.slug}?q={question_id('friar-role')}")
    header = page.locator("header.topbar")
    assert (header.bounding_box() or {"height": 999})["height"] <= 64
    expect(page.locator("kbd").first).to_be_hidden()
    expect(page.locator(".keys")).to_be_hidden()
    page.screenshot(path=artifacts / f"phone-study-{language}-390.png")
    page.locator(".menu > summary").click()
    expect(page.locator(".topbar .who")).to_be_visible()
    page.screenshot(path=artifacts / f"phone-menu-{language}-390.png")

    page.goto("/progress/")
    counts = page.locator("#forecast-counts li").all_inner_texts()
    assert len(counts) == 30 and any(count.strip() for count in counts)
    expect(page.locator("#forecast-counts")).to_be_visible()


# --- 9: caching ---------------------------------------------------------------------------------


def test_a_study_page_makes_one_request_once_the_first_has_loaded(
    contexts: Callable[..., Page],
    world: classroom.Classroom,
    question_id: Callable[[str], int],
    app: Flask,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = contexts(world.student)
    page.goto(f"/study/{world.slug}?q={question_id('friar-role')}")
    page.evaluate("document.fonts.ready")
    # The browser asks for the favicon after the load event; let the first page finish it, or
    # it lands among the second page's requests.
    page.wait_for_load_state("networkidle")
    served: list[str] = []
    inner = app.wsgi_app

    def counting(environ, start_response):  # type: ignore[no-untyped-def]
        served.append(environ["PATH_INFO"])
        return inner(environ, start_response)

    monkeypatch.setattr(app, "wsgi_app", counting)
    page.goto(f"/study/{world.slug}?q={question_id('card-friar')}")
    page.evaluate("document.fonts.ready")
    assert served == [f"/study/{world.slug}"]
