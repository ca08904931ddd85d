"""The teacher's path in Chromium: from a pasted article to a class studying it."""

from __future__ import annotations

import re
from pathlib import Path

from playwright.sync_api import Browser, Page, expect

SEED = (
    Path(__file__).resolve().parents[2] / "questions" / "openai-data-centers.article.txt"
).read_text(encoding="utf-8")


def sign_up(page: Page, *, name: str, email: str, role: str) -> None:
    page.goto("/auth/signup")
    page.fill("input[name=display_name]", name)
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "a long password")
    page.fill("input[name=confirm]", "a long password")
    page.check(f"input[name=role][value={role}]")
    page.click("form button[type=submit]")
    # Sign-up tells nobody whether the e-mail had an account: the new user then signs in.
    expect(page).to_have_url(re.compile(r"/auth/login$"))
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", "a long password")
    page.click("form button[type=submit]")
    expect(page).to_have_url(re.compile(r"/$"))


def paste_article(page: Page, title: str, article: str) -> None:
    """From the teacher's page, a new set of the article; waits for its drafts."""
    page.goto("/teach/")
    page.click("a[href='/teach/sets/new']")
    page.fill("input[name=title]", title)
    page.fill("textarea[name=article]", article)
    page.click("form button[type=submit]")
    expect(page.locator(".question-card.draft").first).to_be_visible()


def test_a_teacher_turns_the_article_into_a_class_set_and_a_student_studies_it(
    page: Page, browser: Browser, base_url: str, artifacts: Path, console_errors: list[str]
):
    sign_up(page, name="الأستاذة منى", email="mona@example.org", role="teacher")
    paste_article(page, "فريار ومراكز البيانات", SEED)
    drafts = page.locator(".question-card.draft").count()
    assert drafts >= 8  # the likely questions; no phrase gaps fill a dated report's list
    # The source sentence of a question, highlighted beside it.
    page.locator(".question-card.draft .source-link a").first.click()
    expect(page.locator(".review-article mark").first).to_be_visible()
    expect(page.locator(".question-card.focused")).to_have_count(1)
    page.screenshot(path=str(artifacts / "teacher-review-ar-1280.png"), full_page=False)

    page.fill("input[name=count]", "8")
    page.click(".approve-best button[type=submit]")
    expect(page.locator(".question-card.approved")).to_have_count(8)
    page.click("form[action$='/publish'] button[type=submit]")
    expect(page.locator(".badge.published").first).to_be_visible()

    page.goto("/teach/classes/new")
    page.fill("input[name=name]", "الصف العاشر")
    page.click("form button[type=submit]")
    code = page.locator("#join-code").inner_text().strip()
    assert re.fullmatch(r"[A-Z0-9]{6}", code)
    page.select_option("select[name=set_id]", label="فريار ومراكز البيانات")
    page.click("form[action$='/assign'] button[type=submit]")
    expect(
        page.locator("section.card").filter(has_text="فريار ومراكز البيانات").first
    ).to_be_visible()

    student = browser.new_context(base_url=base_url, locale="ar").new_page()
    sign_up(student, name="سلمى", email="salma@example.org", role="student")
    student.goto("/classes/join")
    student.fill("input[name=code]", code.lower())
    student.click("form button[type=submit]")
    first_set = student.locator("ul.sets li").first
    expect(first_set).to_contain_text("فريار ومراكز البيانات")
    first_set.locator("a[href^='/study/']:not([href$='/exam'])").click()
    expect(student.locator("[data-study-form]")).to_be_visible()
    before = int(student.locator("#today-progress").get_attribute("value") or "0")
    # Answer whatever comes first: pick the first choice, or type, or rate.
    form = student.locator("[data-study-form]")
    kind = student.locator("section.study").get_attribute("data-question-type")
    if kind in ("mcq", "multi", "truefalse"):
        student.keyboard.press("1")
        student.keyboard.press("Enter")
    elif kind in ("cloze", "short"):
        form.locator("input[name=answer]").fill("جواب")
        form.locator("input[name=answer]").press("Enter")
    elif kind == "order":
        for i, select in enumerate(form.locator("select").all()):
            select.select_option(str(i + 1))
        form.locator("button[type=submit]").click()
    else:
        student.keyboard.press(" ")
        student.keyboard.press("3")
    expect(student).to_have_url(re.compile(r"/reviews/\d+$"))
    after = int(student.locator("#today-progress").get_attribute("value") or "0")
    assert after > before
    student.screenshot(path=str(artifacts / "student-class-set-result-ar-1280.png"))
    assert console_errors == []


RAIL_AR = (
    "أعلنت شركة النقل الوطنية خطة لخط حديدي جديد يربط العاصمة بالميناء.\n\n"
    "وقال المدير التنفيذي للشركة خالد منصور إن القطارات الأولى ستعمل عام 2027 على مسافة 42 "
    "كيلومترا."
)
RAIL_ADDED_AR = (
    "\n\nوقالت وزيرة النقل سلمى حداد إن الخط سينقل 18 ألف راكب يوميا بتكلفة 3.4 مليار دولار."
)


def test_after_editing_the_article_the_teacher_proposes_questions_on_what_it_gained(
    page: Page, artifacts: Path, console_errors: list[str]
):
    sign_up(page, name="الأستاذ سامي", email="sami@example.org", role="teacher")
    paste_article(page, "الخط الحديدي", RAIL_AR)
    before = page.locator(".question-card").count()
    page.locator(".question-card.draft form:has(input[value=rejected]) button").first.click()
    expect(page.locator(".question-card.rejected")).to_have_count(1)

    page.click("a[href$='/article']")
    page.fill("textarea[name=article]", RAIL_AR + RAIL_ADDED_AR)
    page.click("form button[type=submit]")
    expect(page.locator(".flash")).to_be_visible()  # back on the draft page
    expect(page.locator(".question-card")).to_have_count(before)  # saving proposes nothing

    button = page.locator(".propose-again button")
    button.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".flash")).to_contain_text("اقتُرح")
    cards = page.locator(".question-card")
    assert cards.count() > before
    expect(cards.filter(has_text="سلمى حداد").first).to_be_visible()
    assert page.locator(".question-card.rejected").count() == 1
    page.screenshot(path=str(artifacts / "teacher-propose-again-ar.png"), full_page=False)

    page.locator(".propose-again button").click()
    expect(page.locator(".flash")).to_contain_text("لا أسئلة جديدة")
    assert not console_errors


WEATHER_AR = (
    "طقس نهاية الأسبوع\n\n"
    "تتوقع دائرة الأرصاد الجوية أن يكون الجو غدا الجمعة حارا في معظم المناطق، ويطرأ ارتفاع "
    "على درجات الحرارة في المناطق الداخلية، والرياح شمالية غربية معتدلة السرعة.\n\n"
    "ويوم السبت يبقى الجو حارا ويطرأ انخفاض على درجات الحرارة في المناطق الساحلية، والرياح "
    "جنوبية غربية خفيفة.\n\n"
    "وحذرت الدائرة المواطنين من التعرض لأشعة الشمس خلال ساعات الذروة."
)


def test_a_weather_bulletin_gets_statements_to_judge_with_what_the_article_says(
    page: Page, artifacts: Path, console_errors: list[str]
):
    """A bulletin with no name, number or date to ask still gets questions: statements the
    teacher sees keyed true or false, the article's words under each, right to left."""
    sign_up(page, name="الأستاذ سامر", email="samer@example.org", role="teacher")
    paste_article(page, "طقس نهاية الأسبوع", WEATHER_AR)
    cards = page.locator(".question-card.draft").filter(has=page.locator(".hint.explanation"))
    expect(cards.first).to_be_visible()
    expect(cards.first.locator(".prompt-small")).to_contain_text("درجات الحرارة")
    note = cards.first.locator(".hint.explanation")
    expect(note).to_have_attribute("dir", "rtl")
    assert re.match(r"^(صواب|خطأ): يقول المقال: «", note.inner_text())
    page.screenshot(path=str(artifacts / "teacher-statements-ar-1280.png"), full_page=False)
    assert console_errors == []
