"""Importing a file into a set: what will change is shown first, nothing is lost, and files
from Quizlet and Anki are read as their authors meant."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from html import unescape

import pytest
from sqlalchemy import func, select

from studyapp.extensions import db
from studyapp.models import Card, Question, QuestionSet
from tests.conftest import sign_in
from tests.importing import confirm, upload
from tests.web.test_teach import approved_set, english, the_set


@pytest.fixture
def teacher(client, make_user):  # type: ignore[no-untyped-def]
    user = make_user("teacher")
    sign_in(client, user)
    return user


def flashcards(slug: str) -> list[tuple[str, str]]:
    qset = db.session.scalar(select(QuestionSet).where(QuestionSet.slug == slug))
    return [(q.prompt, q.answer) for q in qset.questions if q.status == "approved"]


def set_state(app, slug: str):  # type: ignore[no-untyped-def]
    qset = the_set(app, slug)
    return qset.article, sorted(
        (q.key, q.status, q.prompt, q.answer_version) for q in qset.questions
    )


def test_a_gift_round_trip_with_a_typo_fixed_keeps_article_drafts_and_progress(
    app, client, teacher, make_user
):
    slug = approved_set(app, client)
    with app.app_context():
        qset = the_set(app, slug)
        approved = next(q for q in qset.questions if q.status == "approved")
        rejected = next(q for q in qset.questions if q.status == "draft")
        rejected.status = "rejected"
        student = make_user("student")
        db.session.add(
            Card(user_id=student.id, question_id=approved.id, state=2, due=datetime.now(UTC))
        )
        db.session.commit()
        prompt, question_id = approved.prompt, approved.id
        before = set_state(app, slug)
        drafts = sum(q.status in ("draft", "rejected") for q in qset.questions)
    exported = client.get(f"/teach/sets/{slug}/export.gift").get_data(as_text=True)
    fixed_prompt = prompt + " (مصحح)"
    assert exported.count(prompt) >= 1
    edited = exported.replace(prompt, fixed_prompt, 1)

    english(client)
    preview = upload(client, f"{slug}.gift", edited)
    page = preview.get_data(as_text=True)
    assert preview.status_code == 200
    assert "Nothing is saved until you press Import" in page
    kept = re.search(r'id="import-kept">(.*?)</section>', page, re.S).group(1)
    assert unescape(fixed_prompt) in unescape(kept)
    assert 'id="import-reset"' not in page and 'id="import-retired"' not in page
    assert "keeps its article" in page
    with app.app_context():
        assert set_state(app, slug) == before  # nothing written by the preview

    response = confirm(client, page)
    assert response.status_code == 302
    with app.app_context():
        qset = the_set(app, slug)
        assert qset.article == before[0] and qset.has_article
        assert "::" not in qset.article and "$CATEGORY" not in qset.article
        question = db.session.get(Question, question_id)
        assert question.prompt == fixed_prompt and question.answer_version == 1
        assert question.status == "approved"
        assert db.session.scalar(select(func.count(Card.id))) == 1
        assert sum(q.status in ("draft", "rejected") for q in qset.questions) == drafts
        assert all(q.source_end <= len(qset.article) for q in qset.questions)


def test_a_yaml_import_into_a_set_waits_for_the_teachers_confirmation(app, client, teacher):
    slug = approved_set(app, client)
    exported = client.get(f"/teach/sets/{slug}/export.yaml").get_data(as_text=True)
    with app.app_context():
        before = set_state(app, slug)
        retired = next(q.prompt for q in the_set(app, slug).questions if q.status == "approved")
    # Drop one question: the preview names it as retired, and the set is untouched.
    blocks = exported.split("\n  - id: ")
    victim = next(i for i, b in enumerate(blocks[1:], 1) if retired.split()[0] in b)
    edited = "\n  - id: ".join(blocks[:victim] + blocks[victim + 1 :])
    page = upload(client, "set.yaml", edited).get_data(as_text=True)
    assert 'id="import-retired"' in page
    with app.app_context():
        assert set_state(app, slug) == before
    assert confirm(client, page).status_code == 302
    with app.app_context():
        assert sum(q.status == "retired" for q in the_set(app, slug).questions) == 1
        assert sum(q.status == "draft" for q in the_set(app, slug).questions) == sum(
            status == "draft" for _, status, _, _ in before[1]
        )


def test_a_preview_made_stale_by_an_edit_is_refused_and_shown_again(app, client, teacher):
    slug = approved_set(app, client)
    exported = client.get(f"/teach/sets/{slug}/export.gift").get_data(as_text=True)
    english(client)
    page = upload(client, f"{slug}.gift", exported.replace("?", "؟ ", 1)).get_data(as_text=True)
    with app.app_context():
        question = next(q for q in the_set(app, slug).questions if q.status == "approved")
        question.prompt += " (edited meanwhile)"
        db.session.commit()
        before = set_state(app, slug)
    response = confirm(client, page)
    assert response.status_code == 200
    assert "The set changed since this preview" in response.get_data(as_text=True)
    with app.app_context():
        assert set_state(app, slug) == before


def test_questions_the_reader_skips_are_listed_with_line_and_reason_before_import(
    app, client, teacher
):
    gift = "::good:: Sky is blue {T}\n\n::open:: Never closed {=a ~b\n\n::also:: Grass is red {F}\n"
    english(client)
    response = upload(client, "mixed.gift", gift)
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    skipped = re.search(r'id="import-skipped">(.*?)</section>', page, re.S).group(1)
    assert "<td>3</td>" in skipped and "that is never closed" in skipped
    with app.app_context():
        assert db.session.scalar(select(func.count(QuestionSet.id))) == 0
    assert confirm(client, page).status_code == 302
    with app.app_context():
        assert [prompt for prompt, _ in flashcards("mixed")] == ["Sky is blue", "Grass is red"]


def test_a_quizlet_comma_export_keeps_the_commas_of_its_definitions(app, client, teacher):
    text = "Paris,capital of France, on the Seine\nRome,capital of Italy\n"
    for name, slug in (("capitals.txt", "capitals"), ("cities.csv", "cities")):
        page = upload(client, name, text).get_data(as_text=True)
        first = re.search(r'id="import-first">(.*?)</section>', page, re.S).group(1)
        assert "capital of France, on the Seine" in first  # the first cards, before importing
        with app.app_context():
            assert the_set(app, slug) is None
        assert confirm(client, page).status_code == 302
        with app.app_context():
            assert flashcards(slug) == [
                ("Paris", "capital of France, on the Seine"),
                ("Rome", "capital of Italy"),
            ]


def test_semicolon_cards_are_three_cards_and_unquoted_quotes_stay(app, client, teacher):
    text = 'sun\tشمس;moon\tقمر;"Carpe diem"\tseize the day'
    fields = {"file_format": "cards", "term_separator": "tab", "card_separator": "semicolon"}
    page = upload(client, "latin.txt", text, **fields).get_data(as_text=True)
    assert confirm(client, page, **fields).status_code == 302
    with app.app_context():
        assert flashcards("latin") == [
            ("sun", "شمس"),
            ("moon", "قمر"),
            ('"Carpe diem"', "seize the day"),
        ]


def test_a_custom_separator_read_again_changes_the_preview(app, client, teacher):
    text = "sun = شمس | moon = قمر"
    fields = {"term_separator": "custom", "term_custom": "=", "card_separator": "custom"}
    fields["card_custom"] = "|"
    page = upload(client, "sky.txt", text, **fields).get_data(as_text=True)
    assert confirm(client, page, **fields).status_code == 302
    with app.app_context():
        assert flashcards("sky") == [("sun", "شمس"), ("moon", "قمر")]


def test_changing_the_separators_after_the_preview_asks_to_check_again(app, client, teacher):
    text = "a,b;c,d"
    page = upload(client, "letters.txt", text, card_separator="newline").get_data(as_text=True)
    response = confirm(client, page, card_separator="semicolon")
    assert response.status_code == 200
    with app.app_context():
        assert the_set(app, "letters") is None


def test_anki_notes_in_plain_text_are_sniffed_and_read(app, client, teacher):
    notes = (
        "#separator:tab\n#html:true\n#notetype column:1\n#deck column:2\n#tags column:5\n"
        "Basic\tArabic\tكلمة\t<b>word</b>&nbsp;here\tvocab\n"
        'Basic\tArabic\t"two\tcells"\tback<br>line two\tvocab\n'
    )
    page = upload(client, "Arabic words.txt", notes).get_data(as_text=True)
    assert confirm(client, page).status_code == 302
    with app.app_context():
        assert flashcards("arabic-words") == [
            ("كلمة", "word here"),
            ("two cells", "back\nline two"),  # HTML shows a tab as a space
        ]
    # A .txt file in GIFT is still read as GIFT.
    assert upload(client, "quiz.txt", "::sky:: The sky is blue {T}\n").status_code == 302
    with app.app_context():
        question = the_set(app, "quiz").questions[0]
        assert (question.key, question.type, question.answer) == ("sky", "truefalse", True)


def test_import_errors_are_said_in_arabic(app, client, teacher):
    response = upload(client, "deck.csv", "front,back\nonly a front\n")
    page = response.get_data(as_text=True)
    assert response.status_code == 400
    assert "deck.csv:2" in page and "يلزم وجه وظهر (عمودان)" in page
    assert "needs a front and a back" not in page
    response = upload(client, "latin1.csv", "a,b\ncafé,x\n".encode("latin-1"))
    page = response.get_data(as_text=True)
    assert "ليس نصاً بترميز UTF-8 (البايت 0xe9)" in page and "is not UTF-8" not in page


def test_a_file_question_with_a_drafts_id_leaves_the_draft_alone(app, client, teacher):
    slug = approved_set(app, client)
    with app.app_context():
        draft = next(q for q in the_set(app, slug).questions if q.status == "draft")
        key, prompt, answer = draft.key, draft.prompt, draft.answer
    exported = client.get(f"/teach/sets/{slug}/export.gift").get_data(as_text=True)
    added = exported + f"\n::{key}:: Is this the draft? {{T}}\n"
    english(client)
    page = upload(client, f"{slug}.gift", added).get_data(as_text=True)
    held = re.search(r'id="import-held">(.*?)</section>', page, re.S).group(1)
    assert "Is this the draft?" in held
    assert confirm(client, page).status_code == 302
    with app.app_context():
        draft = next(q for q in the_set(app, slug).questions if q.key == key)
        assert (draft.status, draft.prompt, draft.answer) == ("draft", prompt, answer)


def test_a_rejected_question_of_an_imported_set_survives_a_new_file(app, client, teacher):
    first = "::a:: Sky is blue {T}\n\n::b:: Grass is red {F}\n\n::c:: Snow is white {T}\n"
    assert upload(client, "weather.gift", first).status_code == 302
    with app.app_context():
        rejected = next(q for q in the_set(app, "weather").questions if q.key == "a")
        rejected.status = "rejected"
        db.session.commit()
    again = "// a new first line moves every question\n\n::c:: Snow is white {T}\n"
    page = upload(client, "weather.gift", again).get_data(as_text=True)
    assert confirm(client, page).status_code == 302
    with app.app_context():
        qset = the_set(app, "weather")
        by_key = {q.key: q for q in qset.questions}
        assert (by_key["a"].status, by_key["a"].prompt) == ("rejected", "Sky is blue")
        assert by_key["b"].status == "retired" and by_key["c"].status == "approved"
        assert qset.article == again and not qset.has_article
        assert all(0 <= q.source_start < q.source_end <= len(again) for q in qset.questions)
        assert again[by_key["c"].source_start : by_key["c"].source_end].startswith("::c::")


@pytest.mark.parametrize("which", ["term", "card"])
def test_a_custom_separator_left_blank_is_asked_for_and_nothing_is_read(
    app, client, teacher, which
):
    english(client)
    fields = {f"{which}_separator": "custom", f"{which}_custom": ""}
    response = upload(client, "blank.txt", "sun\tشمس\nmoon\tقمر", file_format="cards", **fields)
    assert response.status_code == 400
    assert "Type the separator." in response.get_data(as_text=True)
    with app.app_context():
        assert the_set(app, "blank") is None
