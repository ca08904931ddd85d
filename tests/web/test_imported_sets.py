"""A set imported from GIFT or CSV has no article: its file is the answer key, never shown."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

from flask_migrate import upgrade
from sqlalchemy import select, text

from studyapp import create_app
from studyapp.domain.formats import parse_set
from studyapp.domain.formats.csv_format import card_id
from studyapp.extensions import db
from studyapp.models import QuestionSet
from studyapp.services import question_sets
from tests.conftest import csrf_token

MIGRATIONS = Path(__file__).parents[2] / "studyapp" / "migrations" / "versions"
GIFT = (
    "::capital:: What is the capital of Australia? {=Canberra ~Sydney ~Melbourne}\n\n"
    "::river:: Which river flows through Cairo? {=Nile ~Amazon ~Danube}\n"
)
CSV = "front,back\nWhat is the capital of Australia?,Canberra\n"


def imported(app, name: str = "geo.gift", body: str = GIFT) -> str:  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(parse_set(name, body.encode()))
        db.session.commit()
    return "geo"


def test_the_article_page_of_an_imported_set_does_not_exist(app, student_client):
    slug = imported(app)
    response = student_client.get(f"/sets/{slug}/article")
    assert response.status_code == 404
    assert "Canberra" not in response.get_data(as_text=True)


def test_the_home_page_offers_no_article_for_an_imported_set(app, student_client, seed_set):
    slug = imported(app)
    page = student_client.get("/").get_data(as_text=True)
    assert f"/sets/{seed_set}/article" in page
    assert f"/sets/{slug}/article" not in page


def test_the_result_page_says_the_set_has_no_article(app, student_client):
    slug = imported(app)
    student_client.post("/language/en", data={"csrf_token": csrf_token(student_client, "/")})
    page = student_client.get(f"/study/{slug}").get_data(as_text=True)
    question_id = re.search(r'name="question_id" value="(\d+)"', page).group(1)
    seq = re.search(r'name="seq" value="(\d+)"', page).group(1)
    choice = re.search(r'name="choice" value="([^"]+)"', page).group(1)
    form = {"question_id": question_id, "seq": seq, "choice": choice}
    form["csrf_token"] = csrf_token(student_client, "/")
    result = student_client.post(f"/study/{slug}/answer", data=form).get_data(as_text=True)
    assert "This set has no article to read" in result
    assert "{=" not in result and f"/sets/{slug}/article" not in result


def test_a_csv_import_has_no_article_either(app, student_client):
    slug = imported(app, "geo.csv", CSV)
    assert student_client.get(f"/sets/{slug}/article").status_code == 404
    with app.app_context():
        assert db.session.scalar(select(QuestionSet.has_article)) is False


def test_the_migration_marks_sets_whose_article_is_an_imported_file(tmp_path):
    """Sets imported before the flag existed: the file reads back as the set's own questions."""
    app = create_app(
        {
            "TESTING": True,
            "SECRET_KEY": "old",
            "SQLALCHEMY_DATABASE_URI": f"sqlite:///{tmp_path / 'old.sqlite'}",
        }
    )
    with app.app_context():
        upgrade(revision="e46989e1eef0")
        rows = [(1, "geo", GIFT, ["capital", "river"]), (2, "prose", "Canberra is big.", ["q1"])]
        with db.engine.begin() as connection:
            for set_id, slug, article, keys in rows:
                connection.execute(
                    text(
                        "INSERT INTO question_sets (id, slug, title, language, article, status,"
                        " tags, created_at, updated_at) VALUES (:id, :slug, :slug, 'en',"
                        " :article, 'published', '[]', '2026-01-01', '2026-01-01')"
                    ),
                    {"id": set_id, "slug": slug, "article": article},
                )
                for key in keys:
                    connection.execute(
                        text(
                            "INSERT INTO questions (set_id, key, position, type, category, prompt,"
                            " answer, source_start, source_end, status, needs_review,"
                            " answer_version) VALUES (:set_id, :key, 0, 'flashcard', 'fact', 'p',"
                            " '\"a\"', 0, 5, 'approved', 0, 1)"
                        ),
                        {"set_id": set_id, "key": key},
                    )
        upgrade()
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT slug, has_article FROM question_sets"))
            flags = {row.slug: bool(row.has_article) for row in rows}
        db.engine.dispose()
    assert flags == {"geo": False, "prose": True}


def test_the_migration_rule_reads_gift_and_csv_but_not_prose():
    path = MIGRATIONS / "5c1e0a7d2b94_imported_sets_have_no_article.py"
    spec = importlib.util.spec_from_file_location("imported_sets_migration", path)
    migration = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(migration)
    assert migration._is_imported_file(GIFT, {"capital", "river"})
    assert migration._is_imported_file(CSV, {card_id("What is the capital of Australia?")})
    assert not migration._is_imported_file(GIFT, {"something", "else"})
    assert not migration._is_imported_file("Canberra is the capital. {Not a question}", {"q1"})
