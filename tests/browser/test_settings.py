"""The account page on a phone, in Arabic: it fits the screen, says what is wrong in Arabic,
and saves the student's pace."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from flask import Flask
from playwright.sync_api import Browser, expect

from studyapp.extensions import db
from studyapp.models import User
from tests.conftest import PASSWORD

PHONE = {"width": 390, "height": 844}


def test_the_settings_page_on_an_arabic_phone(
    app: Flask,
    browser: Browser,
    base_url: str,
    make_user: Callable[..., User],
    seed_set: str,
    artifacts: Path,
):
    user = make_user("student")
    context = browser.new_context(base_url=base_url, viewport=PHONE, has_touch=True)
    page = context.new_page()
    page.goto("/auth/login")
    page.fill("input[name=email]", user.email)
    page.fill("input[name=password]", PASSWORD)
    page.press("input[name=password]", "Enter")
    page.locator("details.menu > summary").click()  # on a phone the links fold behind Menu
    page.get_by_role("link", name="الإعدادات").click()
    expect(page.locator("html")).to_have_attribute("dir", "rtl")
    expect(page.locator("#workload tr.own")).to_contain_text("90%")
    page.screenshot(path=str(artifacts / "settings-ar-390.png"), full_page=True)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]

    page.fill("input[name=new_cards_per_day]", "500")
    page.get_by_role("button", name="حفظ", exact=True).click()
    error = page.locator("#pace-form .error")
    expect(error).to_have_text("أدخل عددًا صحيحًا من 0 إلى 200.")
    expect(page.locator("input[name=new_cards_per_day]")).to_have_attribute("aria-invalid", "true")
    page.screenshot(path=str(artifacts / "settings-ar-390-error.png"), full_page=True)

    page.fill("input[name=new_cards_per_day]", "8")
    page.fill("input[name=retention_percent]", "95")
    page.select_option("select[name=timezone]", "Asia/Riyadh")
    page.get_by_role("button", name="حفظ", exact=True).click()
    expect(page.locator(".flash")).to_have_text("حُفظت إعداداتك.")
    expect(page.locator("#workload tr.own")).to_contain_text("95%")
    with app.app_context():
        saved = db.session.get(User, user.id)
        assert (saved.new_cards_per_day, saved.desired_retention, saved.timezone) == (
            8,
            0.95,
            "Asia/Riyadh",
        )
    context.close()
