"""An exam date end to end in Chromium, in Arabic: the teacher sets it on the class's set, the
student sees the countdown and the prediction on their home page, studies, and the teacher
reads each student's prediction on the class page. Screenshots at 390 and 1280 px, in Arabic
and English, go to artifacts/.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from flask import Flask
from playwright.sync_api import Page, expect
from sqlalchemy import select

from studyapp.domain.progress import student_day
from studyapp.extensions import db
from studyapp.models import QuestionSet, User
from studyapp.services import classes
from tests.browser.test_quiz_and_class_view import sign_in


def shoot(page: Page, artifacts: Path, name: str) -> None:
    """Nothing may stick out sideways, on a phone or a desktop."""
    for width in (390, 1280):
        page.set_viewport_size({"width": width, "height": 900})
        scroll_width = page.evaluate("document.documentElement.scrollWidth")
        assert scroll_width <= width, f"{name} is {scroll_width}px wide in a {width}px window"
        page.screenshot(path=artifacts / f"{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


DAYS = 9  # from the day the test starts to the exam


def countdown(exam_day: date, sentence: str) -> re.Pattern[str]:
    """`sentence` ("… {} …") with the days left to the exam on the day a page was drawn: DAYS,
    or fewer when the test has run past the 4 a.m. rollover of the student's day since it began
    (a run at 03:59:59 UTC saw "8 أيام")."""
    now = (exam_day - student_day(datetime.now(UTC), "UTC")).days
    return re.compile("|".join(re.escape(sentence.format(n)) for n in range(now, DAYS + 1)))


def test_the_teacher_sets_an_exam_date_and_the_student_works_toward_it(
    app: Flask, seed_set: str, make_user, page: Page, artifacts: Path, console_errors: list[str]
) -> None:  # type: ignore[no-untyped-def]
    teacher = make_user("teacher", display_name="الأستاذة هدى")
    student = make_user("student", display_name="سلمى")
    with app.app_context():
        room = classes.create_class(db.session.get(User, teacher.id), "الصف العاشر")
        qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == seed_set))
        classes.assign(room, qset)
        classes.join(db.session.get(User, student.id), room.join_code)
        db.session.commit()
        class_id, set_id = room.id, qset.id
    exam_day = student_day(datetime.now(UTC), "UTC") + timedelta(days=DAYS)

    sign_in(page, teacher)
    page.goto(f"/teach/classes/{class_id}")
    page.get_by_role("link", name="حدّد موعد اختبار").click()
    page.fill("input[name=exam_on]", exam_day.isoformat())
    page.get_by_role("button", name="احفظ الموعد").click()
    expect(page.locator(".flash")).to_have_text("حُفظ موعد الاختبار.")
    expect(page.locator("#exam .countdown")).to_contain_text(
        countdown(exam_day, "الاختبار بعد {} أيام.")
    )
    page.get_by_role("button", name="تسجيل الخروج").click()

    sign_in(page, student)
    exam = page.locator("#exams .exam")
    expect(exam.locator(".countdown")).to_contain_text(countdown(exam_day, "الاختبار بعد {} أيام."))
    expect(exam.locator("[data-recall=now]")).to_have_text(re.compile(r"^0\s*[%٪]$"))
    expect(exam.locator(".per-day")).to_contain_text("المراجعات في اليوم حتى ذلك الحين")
    shoot(page, artifacts, "exam-home-ar")
    # Study today's first question: the prediction for the day rises.
    exam.get_by_role("link", name="ادرس").click()
    page.locator("#answer-form input[type=radio]").first.check()  # the first is multiple choice
    page.locator("#answer-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/reviews/\d+"))
    page.goto("/")
    expect(exam.locator("[data-recall=now]")).not_to_have_text(re.compile(r"^0\s*[%٪]$"))

    page.get_by_role("button", name="English").click()
    expect(page.locator("#exams .countdown")).to_contain_text(
        countdown(exam_day, "The exam is in {} days.")
    )
    shoot(page, artifacts, "exam-home-en")
    page.get_by_role("link", name="Exam date").first.click()
    shoot(page, artifacts, "exam-own-en")

    page.get_by_role("button", name="Sign out").click()
    sign_in(page, teacher)
    page.get_by_role("button", name="العربية").click()
    page.goto(f"/teach/classes/{class_id}/sets/{set_id}")
    expect(page.locator("#exam .countdown")).to_contain_text(
        countdown(exam_day, "الاختبار بعد {} أيام.")
    )
    row = page.locator(f"#students tr[data-student='{student.id}']")
    expect(row.locator(".exam-now")).not_to_have_text(re.compile(r"^0\s*[%٪]$"))
    shoot(page, artifacts, "exam-class-ar")
    page.locator("#students").screenshot(path=artifacts / "exam-class-students-ar.png")
    assert not console_errors
