"""A class quiz end to end in Chromium: the teacher sets it, a student takes it and studies,
the student reads their progress, the teacher reads the results and the class view.

The pages read their clock from studyapp.web.clock.now, which the test holds still (so
that the quiz is open) and then moves past the closing time (so that the review shows the
right answers).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from flask import Flask
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from studyapp.domain import scheduling
from studyapp.extensions import db
from studyapp.models import Card, Question, QuizAttempt, Review, User
from tests.conftest import PASSWORD
from tests.quiz_clock import Clock, hold_quiz_time

SET_TITLE = "OpenAI ومراكز البيانات الخاصة: تصريحات سارة فريار"
QUIZ_SIZE = 5
RIGHT_ANSWERS = 3  # the first three answered right, the last two wrong
FLASHCARDS = ("card-friar", "card-on-our-dime")  # never in a quiz: studied on their own


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    return hold_quiz_time(monkeypatch, datetime.now(UTC))


def sign_in(page: Page, user: User) -> None:
    page.goto("/auth/login")
    page.fill("input[name=email]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    expect(page.locator(".topbar .who")).to_have_text(user.display_name)


def shoot(page: Page, artifacts: Path, name: str) -> None:
    """artifacts/<name>-ar-1280.png and -360.png; nothing may stick out sideways on a phone."""
    for width, height in ((1280, 900), (360, 780)):
        page.set_viewport_size({"width": width, "height": height})
        expect(page.locator("html")).to_have_attribute("dir", "rtl")
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{name} is {scroll_width}px wide in a {width}px window"
        page.screenshot(path=artifacts / f"{name}-ar-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def direction(page: Page, selector: str) -> str:
    """How the first element matching `selector` is laid out: "rtl" or "ltr"."""
    return page.locator(selector).first.evaluate("e => getComputedStyle(e).direction")


def question_on(page: Page, app: Flask) -> Question:
    question_id = int(page.locator("input[name=question_id]").get_attribute("value") or "0")
    with app.app_context():
        question = db.session.get(Question, question_id)
        assert question is not None
        db.session.expunge(question)
        return question


def answer(page: Page, question: Question, *, right: bool) -> None:
    """Answer the question on the page as a student would: digits and Enter, or typing."""
    if question.type in ("mcq", "multi"):
        wanted = [question.answer] if question.type == "mcq" else question.answer
        wrong = next(text for text in question.choices if text not in wanted)
        for text in wanted if right else [wrong]:  # the values are opaque: find the text
            choice = page.locator("label.choice").filter(has_text=text).locator("input")
            page.keyboard.press(choice.get_attribute("data-key") or "")
            expect(choice).to_be_checked()
        page.keyboard.press("Enter")
    elif question.type == "truefalse":
        page.keyboard.press("1" if question.answer == right else "2")
        page.keyboard.press("Enter")
    elif question.type in ("cloze", "short"):
        expect(page.locator("input[name=answer]")).to_be_focused()
        page.keyboard.type(question.answer[0] if right else "لا أعرف")
        page.keyboard.press("Enter")
    elif question.type == "order":
        count = len(question.choices)
        for step in question.choices:
            position = question.answer.index(step) + 1
            page.locator("label.choice").filter(has_text=step).locator("select").select_option(
                str(position if right else count + 1 - position)
            )
        page.locator("[data-study-form] select").last.press("Enter")
    else:
        raise AssertionError(f"a quiz asked a {question.type} question")


def set_class_quiz(page: Page, teacher: User, clock: Clock) -> str:
    """A class, the library set given to it and a quiz on it set from the class page, open
    from now for an hour; returns the class's join code."""
    page.goto("/teach/classes/new")
    page.fill("input[name=name]", "الصف العاشر")
    page.click("form button[type=submit]")
    code = page.locator("#join-code").inner_text().strip()
    page.locator("form[action$='/assign'] select[name=set_id]").select_option(label=SET_TITLE)
    page.click("form[action$='/assign'] button[type=submit]")
    # The set's class view (beside it: its exam date and challenges pages).
    set_view = (
        "a[href^='/teach/classes/'][href*='/sets/']:not([href$='/exam']):not([href$='/challenges'])"
    )
    expect(page.locator(set_view)).to_have_count(1)

    quizzes = page.locator("#quizzes")
    quizzes.locator("select[name=set_id]").select_option(label=SET_TITLE)
    quizzes.locator("input[name=question_count]").fill(str(QUIZ_SIZE))
    closes = (clock.now + timedelta(hours=1)).astimezone(ZoneInfo(teacher.timezone))
    quizzes.locator("input[name=closes_at]").fill(closes.strftime("%Y-%m-%dT%H:%M"))
    quizzes.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/teach/classes/\d+#quizzes$"))
    listed = page.locator("#quizzes .class-quizzes li")
    expect(listed).to_have_count(1)
    expect(listed).to_contain_text(SET_TITLE)
    expect(listed.locator(".badge.published")).to_be_visible()  # open now
    return code


def test_a_student_takes_a_class_quiz_and_the_teacher_reads_the_results_and_the_class_view(
    page: Page,
    browser: Browser,
    base_url: str,
    app: Flask,
    make_user: Callable[..., User],
    seed_set: str,
    question_id: Callable[[str], int],
    clock: Clock,
    artifacts: Path,
    console_errors: list[str],
    watch_errors: Callable[[Page, list[str]], None],
) -> None:
    teacher = make_user("teacher", display_name="الأستاذة منى")
    student_user = make_user("student", display_name="سلمى")

    # 1. The teacher sets the quiz.
    sign_in(page, teacher)
    code = set_class_quiz(page, teacher, clock)
    class_url = page.url.split("#")[0]

    # 2. The student joins, finds the quiz open and takes it.
    context = browser.new_context(
        base_url=base_url, locale="ar", viewport={"width": 1280, "height": 900}
    )
    student = context.new_page()
    watch_errors(student, console_errors)
    sign_in(student, student_user)
    student.goto("/classes/join")
    student.fill("input[name=code]", code)
    student.click("form button[type=submit]")
    student.click(".topbar a[href='/quiz/']")
    open_quiz = student.locator(".class-quizzes li").filter(has_text=SET_TITLE)
    expect(open_quiz).to_contain_text("الصف العاشر")
    open_quiz.locator("button[type=submit]").click()

    asked: list[Question] = []
    for number in range(QUIZ_SIZE):
        expect(student.locator(".quiz-bar progress")).to_have_attribute("value", str(number))
        expect(student.locator("#hand-in")).to_be_visible()
        question = question_on(student, app)
        asked.append(question)
        answer(student, question, right=number < RIGHT_ANSWERS)
    # The last answer hands the quiz in: the score comes at once, the answers at closing time.
    score = student.locator("#quiz-score")
    expect(score).to_have_text(f"الإجابات الصحيحة: {RIGHT_ANSWERS} من {QUIZ_SIZE} (60%)")
    expect(student.locator("#answers-later")).to_be_visible()
    expect(student.locator(".quiz-review")).to_have_count(0)

    clock.now += timedelta(hours=1, minutes=1)
    student.reload()
    expect(score).to_have_text(f"الإجابات الصحيحة: {RIGHT_ANSWERS} من {QUIZ_SIZE} (60%)")
    reviewed = student.locator(".quiz-review > li")
    expect(reviewed).to_have_count(QUIZ_SIZE)
    for number, question in enumerate(asked):
        item = student.locator(f"#review-{question.id}")
        expect(item).to_have_class(
            re.compile(r"\bright\b" if number < RIGHT_ANSWERS else r"\bwrong\b")
        )
        expect(item.locator(".prompt")).to_have_text(question.prompt)
        expected = question.answer
        if question.type in ("cloze", "short"):
            expected = question.answer[0]
        elif question.type == "truefalse":
            expected = "صواب" if question.answer else "خطأ"
        for text in expected if isinstance(expected, list) else [expected]:
            expect(item.locator(".correct-answer")).to_contain_text(text)
        expect(item.locator(".source blockquote mark").first).to_be_visible()
    shoot(student, artifacts, "quiz-review")
    with app.app_context():
        attempt = db.session.scalar(select(QuizAttempt))
        assert attempt is not None and attempt.question_ids == [q.id for q in asked]
        assert [a.correct for a in sorted(attempt.answers, key=lambda a: a.position)] == [
            True
        ] * RIGHT_ANSWERS + [False] * (QUIZ_SIZE - RIGHT_ANSWERS)

    # 3. The student studies two flashcards, then reads their progress on the set.
    for key, rating in zip(FLASHCARDS, ("3", "4"), strict=True):
        student.goto(f"/study/{seed_set}?q={question_id(key)}")
        student.keyboard.press("Space")
        student.keyboard.press(rating)
        expect(student).to_have_url(re.compile(r"/reviews/\d+$"))
    student.goto(f"/progress/{seed_set}")
    # The set's title and prompts start with "OpenAI": they still read right to left.
    assert direction(student, "main h1") == "rtl"
    assert direction(student, "#recall .prompt-small") == "rtl"
    with app.app_context():
        cards = list(db.session.scalars(select(Card).filter_by(user_id=student_user.id)))
        approved = db.session.scalar(
            select(db.func.count()).select_from(Question).filter_by(status="approved")
        )
        reviews = list(db.session.scalars(select(Review).filter_by(user_id=student_user.id)))
    assert len(cards) == QUIZ_SIZE + len(FLASHCARDS)  # every quiz answer to a new card counts
    assert len(reviews) == len(cards)
    # The page reads the held clock, an hour past the quiz's start: its "today" may be tomorrow.
    end_of_today = scheduling.end_of_day(clock.now, student_user.timezone)
    in_review = sum(1 for card in cards if card.state == 2)
    expect(student.locator("#count-new")).to_have_text(str(approved - len(cards)))
    expect(student.locator("#count-learning")).to_have_text(str(len(cards) - in_review))
    expect(student.locator("#count-review")).to_have_text(str(in_review))
    expect(student.locator("#due-today")).to_have_text(
        str(sum(1 for card in cards if card.due < end_of_today))
    )
    # No card was in review before these answers: retention has nothing to count yet.
    expect(student.locator("#retention")).to_have_text("–")
    expect(student.locator("section.card .hint").first).to_contain_text("(0 من 0)")
    studied_keys = {q.key for q in asked} | set(FLASHCARDS)
    recall_rows = student.locator("#recall > li")
    expect(recall_rows).to_have_count(approved)
    for key in studied_keys:
        expect(student.locator(f"#recall li[data-question='{key}'] data")).to_have_count(1)
    shoot(student, artifacts, "progress-set")

    # 4. The teacher reads the quiz results, then the class view of the set.
    page.goto(class_url)
    page.locator("#quizzes a[href*='/results']").click()
    row = page.locator(".quiz-results tbody tr").filter(has_text="سلمى")
    expect(row.locator("td").first).to_have_text(
        f"الإجابات الصحيحة: {RIGHT_ANSWERS} من {QUIZ_SIZE} (60%)"
    )
    expect(row.locator("td.mark.right")).to_have_count(RIGHT_ANSWERS)
    expect(row.locator("td.mark.wrong")).to_have_count(QUIZ_SIZE - RIGHT_ANSWERS)
    # Columns come in the set's order: each mark sits under its own question.
    columns = page.locator(".quiz-columns li")
    expect(columns).to_have_count(QUIZ_SIZE)
    right_prompts = {q.prompt for q in asked[:RIGHT_ANSWERS]}
    marks = row.locator("td.mark")
    for index in range(QUIZ_SIZE):
        prompt = columns.nth(index).inner_text().strip()
        expected_class = r"\bright\b" if prompt in right_prompts else r"\bwrong\b"
        expect(marks.nth(index)).to_have_class(re.compile(expected_class))
    shoot(page, artifacts, "quiz-results")

    page.goto(class_url)
    page.locator(f"a[href$='/sets/{asked[0].set_id}']").click()
    expect(page).to_have_url(re.compile(rf"/teach/classes/\d+/sets/{asked[0].set_id}$"))
    assert direction(page, "main h1") == "rtl"
    student_row = page.locator(f"#students tr[data-student='{student_user.id}']")
    expect(student_row.locator("td").nth(0)).to_have_text("سلمى")
    expect(student_row.locator("td").nth(1)).to_have_text(f"{len(cards)} من {approved}")
    expect(student_row.locator("td").nth(2)).to_have_text(
        str(sum(1 for card in cards if card.due < end_of_today))
    )
    expect(student_row.locator("td").nth(4).locator("data")).to_have_count(1)

    # Facility (the first cell after the question): one student, so 100% on a question they
    # got right first time, 0% on one they got wrong.
    for question, facility in ((asked[0], "1.0000"), (asked[-1], "0.0000")):
        item = page.locator(f"#items tr[data-question='{question.key}']")
        expect(item.locator("td").first.locator("data")).to_have_attribute("value", facility)
    expect(page.locator("#items tbody tr")).to_have_count(approved)

    memory = page.locator("#memory-map tbody tr")
    expect(memory).to_have_count(approved)
    for key in studied_keys:
        line = page.locator(f"#memory-map tr[data-question='{key}']")
        recall = float(line.locator("td").nth(1).locator("data").get_attribute("value") or "-1")
        assert 0 < recall <= 1, f"{key}: average recall {recall}"
        expect(line.locator("td").nth(3)).to_have_text("1")
    # Questions nobody has studied come last, with no recall to show.
    assert memory.last.get_attribute("data-question") not in studied_keys
    expect(memory.last.locator("td").nth(1)).to_have_text("–")
    expect(memory.last.locator("td").nth(3)).to_have_text("0")
    shoot(page, artifacts, "class-view")

    with page.expect_download() as download_info:
        page.locator("a[href$='/export.csv']").click()
    download = download_info.value
    assert download.suggested_filename.endswith(".csv")
    rows = list(csv.DictReader(Path(download.path()).read_text(encoding="utf-8-sig").splitlines()))
    own = {r["question"]: r for r in rows if r["email"] == student_user.email}
    assert len(own) == approved
    for number, question in enumerate(asked):
        assert own[question.key]["first_attempt_correct"] == (
            "yes" if number < RIGHT_ANSWERS else "no"
        )
        assert own[question.key]["state"] in ("learning", "review")
    for key in FLASHCARDS:
        assert own[key]["reviews"] == "1"
    assert own[next(k for k in own if k not in studied_keys)]["state"] == "new"

    context.close()
    assert console_errors == []
