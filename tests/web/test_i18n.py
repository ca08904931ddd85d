"""The Arabic interface: Arabic by default, English on request, and a catalogue kept complete."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po
from flask_babel import force_locale, ngettext

from tests.conftest import csrf_token

REPO = Path(__file__).resolve().parents[2]
TRANSLATIONS = REPO / "studyapp" / "translations"
ARABIC_PO = TRANSLATIONS / "ar" / "LC_MESSAGES" / "messages.po"
ARABIC_MO = ARABIC_PO.with_suffix(".mo")
HOW_TO_FIX = "run `make translations`, translate them in {po}, then `make translations` again"

# %(name)s and friends; `%%` is a literal percent sign.
PLACEHOLDER = re.compile(r"%\((\w+)\)[#0 +-]*\d*(?:\.\d+)?[diouxXeEfFgGcrsa]|%%")
# Arabic spells one and two out in words ("سؤال واحد", "سؤالان") and says "no questions" for
# zero, so those plural forms may leave the count out; every other form must show it.
COUNT, WORDED_FORMS = "num", {0, 1, 2}


def arabic_catalog():  # type: ignore[no-untyped-def]
    with ARABIC_PO.open("rb") as po:
        return read_po(po, locale="ar")


def translations_of(message) -> list[str]:  # type: ignore[no-untyped-def]
    return list(message.string) if isinstance(message.string, tuple | list) else [message.string]


def as_tuple(text_or_forms) -> tuple[str, ...]:  # type: ignore[no-untyped-def]
    return tuple(text_or_forms) if isinstance(text_or_forms, tuple | list) else (text_or_forms,)


def placeholders(text: str) -> set[str]:
    return {m.group(1) for m in PLACEHOLDER.finditer(text) if m.group(1)}


def stray_percent_signs(text: str) -> int:
    return PLACEHOLDER.sub("", text).count("%")


def source_msgids() -> dict[str, str]:
    """Every message the code and templates use now, as `make translations` extracts them."""
    with (REPO / "babel.cfg").open() as cfg:
        method_map, options_map = parse_mapping_cfg(cfg)
    keywords = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None}
    found = {}
    for filename, lineno, message, _comments, _context in extract_from_dir(
        str(REPO / "studyapp"), method_map, options_map, keywords=keywords
    ):
        msgid = message[0] if isinstance(message, tuple) else message
        found.setdefault(msgid, f"studyapp/{filename}:{lineno}")
    return found


def error_texts(page: str) -> list[str]:
    return re.findall(r'<p class="error" role="alert">([^<]*)</p>', page)


# The pages a user sees


def test_a_visitor_sees_the_start_page_in_arabic(client):
    page = client.get("/").get_data(as_text=True)
    assert "<title>مجموعات الأسئلة · studyapp</title>" in page
    for text in ("تسجيل الدخول", "إنشاء حساب", "تعلّم المقال، ولا تنسَه."):
        assert text in page
    assert "Sign in" not in page


def test_a_student_studies_in_arabic(student_client, seed_set):
    index = student_client.get("/").get_data(as_text=True)
    assert re.search(r"\d+ سؤالًا|\d+ أسئلة|\d+ سؤال", index), "the question count is not Arabic"
    assert "المُنجَز: 0، والمتبقي لليوم:" in index
    assert ">ادرس</a>" in index and "تسجيل الخروج" in index
    question = student_client.get(f"/study/{seed_set}").get_data(as_text=True)
    assert "تحقّق" in question or "أظهر الإجابة" in question
    assert "لوحة المفاتيح: 1–4 للاختيار" in question


def test_the_language_switch_shows_the_same_pages_in_english(student_client, seed_set):
    student_client.post("/language/en", data={"csrf_token": csrf_token(student_client, "/")})
    index = student_client.get("/").get_data(as_text=True)
    assert '<html lang="en" dir="ltr">' in index
    assert re.search(r"\d+ questions?<", index)
    assert ">Study</a>" in index and "Sign out" in index
    assert "ادرس" not in index and "تسجيل الخروج" not in index
    student_client.post("/language/ar", data={"csrf_token": csrf_token(student_client, "/")})
    assert "تسجيل الخروج" in student_client.get("/").get_data(as_text=True)


def test_form_errors_are_arabic_including_wtforms_own_messages(client):
    empty = client.post("/auth/signup", data={"csrf_token": csrf_token(client, "/auth/signup")})
    assert (
        error_texts(empty.get_data(as_text=True)) == ["هذا الحقل مطلوب."] * 5
    )  # name, e-mail, password, repeat, role
    bad = client.post(
        "/auth/signup",
        data={
            "display_name": "ن" * 81,
            "email": "not-an-email",
            "password": "short",
            "confirm": "other",
            "role": "student",
            "csrf_token": csrf_token(client, "/auth/signup"),
        },
    )
    assert error_texts(bad.get_data(as_text=True)) == [
        "يجب ألّا يزيد عدد الأحرف على 80.",
        "أدخل عنوان بريد إلكتروني صحيحًا.",
        "يجب أن يكون عدد الأحرف بين 8 و1000.",
        "كلمتا المرور غير متطابقتين.",
    ]


def test_wrong_credentials_are_reported_in_arabic(client, make_user):
    user = make_user()
    page = client.post(
        "/auth/login",
        data={"email": user.email, "password": "wrong!", "csrf_token": csrf_token(client)},
    ).get_data(as_text=True)
    assert error_texts(page) == ["البريد الإلكتروني أو كلمة المرور غير صحيحة."]


@pytest.mark.parametrize(
    ("count", "expected"),
    [
        (0, "لا أسئلة"),
        (1, "سؤال واحد"),
        (2, "سؤالان"),
        (3, "3 أسئلة"),
        (10, "10 أسئلة"),
        (11, "11 سؤالًا"),
        (99, "99 سؤالًا"),
        (100, "100 سؤال"),
        (103, "103 أسئلة"),
    ],
)
def test_question_counts_use_all_six_arabic_plural_forms(app, count, expected):
    with app.test_request_context(), force_locale("ar"):
        assert ngettext("%(num)d question", "%(num)d questions", count) == expected


# The catalogue


def test_template_messages_are_translated_and_their_values_escaped(app):
    """A page's _() (templating.page_gettext): the page's language, values put in as text."""
    from flask import render_template_string

    page = "{{ _('Rated: %(rating)s', rating=value) }} {{ _('Right!') }}"
    with app.test_request_context(), force_locale("ar"):
        shown = render_template_string(page, value="<b>جيد</b>")
    assert shown == "تقييمك: &lt;b&gt;جيد&lt;/b&gt; إجابة صحيحة!"
    with app.test_request_context(), force_locale("en"):
        assert render_template_string(page, value="Good") == "Rated: Good Right!"


def test_every_message_in_the_code_and_templates_has_an_arabic_translation():
    catalog = arabic_catalog()
    missing = [
        f"{where}: {msgid!r}"
        for msgid, where in source_msgids().items()
        if msgid not in catalog
        or catalog[msgid].fuzzy
        or not all(form.strip() for form in translations_of(catalog[msgid]))
    ]
    assert not missing, (
        f"{len(missing)} message(s) shown untranslated in Arabic - "
        + HOW_TO_FIX.format(po=ARABIC_PO.relative_to(REPO))
        + ":\n  "
        + "\n  ".join(missing)
    )


def test_the_catalogue_has_no_untranslated_or_fuzzy_entries():
    catalog = arabic_catalog()
    untranslated = [
        m.id
        for m in catalog
        if m.id and (m.fuzzy or not all(form.strip() for form in translations_of(m)))
    ]
    assert not untranslated, (
        "untranslated or fuzzy entries - "
        + HOW_TO_FIX.format(po=ARABIC_PO.relative_to(REPO))
        + f": {untranslated}"
    )
    assert catalog.num_plurals == 6, "Arabic has six plural forms: zero, one, two, few, many, other"


def test_translations_keep_every_placeholder_and_add_none():
    problems = []
    for message in arabic_catalog():
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple | list) else (message.id,)
        wanted = set().union(*(placeholders(msgid) for msgid in ids))
        for form, text in enumerate(translations_of(message)):
            found = placeholders(text)
            allowed_missing = {COUNT} if message.pluralizable and form in WORDED_FORMS else set()
            if wanted - found - allowed_missing:
                problems.append(f"{ids[0]!r} form {form} lacks {sorted(wanted - found)}")
            if found - wanted:
                problems.append(f"{ids[0]!r} form {form} adds {sorted(found - wanted)}")
            if stray_percent_signs(text) > stray_percent_signs(ids[0]):
                problems.append(f"{ids[0]!r} form {form} has a lone %; write %% for a percent sign")
    assert not problems, "\n".join(problems)


def test_the_committed_mo_matches_the_po():
    with ARABIC_MO.open("rb") as mo:
        compiled = {as_tuple(m.id): as_tuple(m.string) for m in read_mo(mo) if m.id}
    written = {as_tuple(m.id): as_tuple(m.string) for m in arabic_catalog() if m.id}
    assert compiled == written, "the .mo is stale: run `make translations` (it compiles too)"
