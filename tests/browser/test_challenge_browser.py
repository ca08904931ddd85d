"""A challenge end to end in Chromium, in Arabic: a student marked wrong challenges the
marking from the result page, the teacher finds it from the class view and accepts it, and
the student reads the outcome on their progress page, their answer now right; the teacher
then takes the decision back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flask import Flask
from playwright.sync_api import Browser, Page, expect
from sqlalchemy import select

from studyapp.extensions import db
from studyapp.models import Review
from tests.browser.test_quiz_and_class_view import shoot, sign_in
from tests.challenge_world import KEY, OTHER, build

NOTE = "الخوارزمي هو محمد بن موسى، والمقال يذكر الاسمين"


def test_challenge_accept_and_the_student_sees_the_outcome(
    app: Flask,
    page: Page,
    browser: Browser,
    base_url: str,
    make_user,  # type: ignore[no-untyped-def]
    console_errors: list[str],
    watch_errors: Callable[[Page, list[str]], None],
    artifacts: Path,
) -> None:
    teacher_user = make_user("teacher", display_name="الأستاذة منى")
    student_user = make_user("student", display_name="سلمى")
    with app.app_context():
        made = build(teacher_user.id, [student_user.id])

    # 1. The student answers with the full name, which the key does not list.
    context = browser.new_context(
        base_url=base_url, locale="ar", viewport={"width": 1280, "height": 900}
    )
    student = context.new_page()
    watch_errors(student, console_errors)
    sign_in(student, student_user)
    student.goto(f"/study/{made.slug}?q={made.typed_id}")
    student.fill("input[name=answer]", OTHER)
    student.press("input[name=answer]", "Enter")
    expect(student.locator(".verdict")).to_have_text("لم تُصب هذه المرة.")

    # 2. The source sentence is quoted; the student challenges with a note.
    expect(student.locator("figure.source mark")).to_contain_text("محمد بن موسى الخوارزمي")
    student.click("details.challenge summary")
    student.fill("#challenge-note", NOTE)
    shoot(student, artifacts, "challenge-form")
    student.click("details.challenge button[type=submit]")
    expect(student.locator("#challenge")).to_contain_text("بانتظار قرار معلمك")

    # 3. The teacher finds the challenge from the class view and accepts it.
    sign_in(page, teacher_user)
    page.goto(f"/teach/classes/{made.class_id}/sets/{made.set_id}")
    page.click("#challenges-link a")
    item = page.locator(".challenge-queue > li")
    expect(item).to_have_count(1)
    expect(item).to_contain_text(NOTE)
    expect(item.locator(".challenged-answer")).to_have_text(OTHER)
    expect(item.locator(".correct-answer")).to_contain_text(KEY)
    expect(item.locator(".same-answer")).to_have_text("أجاب بها طالب واحد")
    shoot(page, artifacts, "challenge-queue")
    item.locator("textarea[name=reply]").fill("أحسنتِ: الاسمان صحيحان")
    item.locator("button[name=accept]").click()
    expect(page.locator("#no-challenges")).to_be_visible()
    expect(page.locator("main")).to_contain_text("أُعيد تصحيح إجابات الطلاب (1)")

    # 4. The student reads the outcome and the teacher's reply on their progress page.
    student.goto(f"/progress/{made.slug}")
    outcome = student.locator("#challenges li")
    expect(outcome).to_have_attribute("data-outcome", "accepted")
    expect(outcome).to_contain_text("قُبل: إجابتك محسوبة صحيحة")
    expect(outcome).to_contain_text("أحسنتِ: الاسمان صحيحان")
    shoot(student, artifacts, "challenge-outcome")
    with app.app_context():
        assert db.session.scalar(select(Review.correct)) is True

    # 5. The class view counts the challenge and marks the question.
    page.goto(f"/teach/classes/{made.class_id}/sets/{made.set_id}")
    row = page.locator("#items tr[data-question=who]")
    expect(row.locator("td.challenges")).to_have_text("قُبل 1 من 1")
    expect(row.locator("[data-flag=challenge_accepted]")).to_be_visible()

    # 6. The teacher takes the acceptance back from the queue: the answer is wrong again.
    page.goto(f"/teach/classes/{made.class_id}/sets/{made.set_id}/challenges")
    decided = page.locator("#decided > li")
    expect(decided).to_have_count(1)
    expect(decided).to_contain_text("مقبول")
    expect(decided).to_contain_text("أحسنتِ: الاسمان صحيحان")
    shoot(page, artifacts, "challenge-decided")
    decided.locator("button[name=undo]").click()
    expect(page.locator("main")).to_contain_text("تم التراجع: لم تعد الإجابة مقبولة")
    expect(page.locator(".challenge-queue > li")).to_have_count(1)
    with app.app_context():
        assert db.session.scalar(select(Review.correct)) is False
    context.close()
    assert not console_errors, console_errors
