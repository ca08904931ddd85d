"""The app as a whole: health, configuration, language, headers, errors."""

from __future__ import annotations

from pathlib import Path

from studyapp import create_app
from tests.conftest import csrf_token


def test_healthz_answers_ok_after_a_database_round_trip(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.get_json() == {"status": "ok"}


def test_pages_are_arabic_and_right_to_left_by_default(client):
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="ar" dir="rtl">' in page


def test_the_language_switch_turns_the_page_english(client):
    client.post("/language/en", data={"csrf_token": csrf_token(client, "/"), "next": "/"})
    page = client.get("/").get_data(as_text=True)
    assert '<html lang="en" dir="ltr">' in page
    assert "Sign in" in page


def test_every_page_carries_the_security_headers(client):
    headers = client.get("/").headers
    assert "script-src 'self'" in headers["Content-Security-Policy"]
    assert "unsafe-inline" not in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["X-Frame-Options"] == "DENY"
    assert headers["Referrer-Policy"]


def test_an_unknown_page_is_a_friendly_404(client):
    response = client.get("/no/such/page")
    assert response.status_code == 404
    assert "<html" in response.get_data(as_text=True)


def test_without_a_secret_key_one_is_generated_once_and_kept(tmp_path, monkeypatch):
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setattr("studyapp.INSTANCE_PATH", str(tmp_path))
    first = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}).config["SECRET_KEY"]
    second = create_app({"SQLALCHEMY_DATABASE_URI": "sqlite://"}).config["SECRET_KEY"]
    assert first == second and len(first) >= 32
    assert (Path(tmp_path) / "secret_key").read_text().strip() == first


def test_configuration_layers_environment_over_instance_file(tmp_path, monkeypatch):
    (tmp_path / "config.py").write_text("NEW_CARDS_PER_DAY = 7\nSECRET_KEY = 'from-file'\n")
    monkeypatch.setattr("studyapp.INSTANCE_PATH", str(tmp_path))
    monkeypatch.setenv("SECRET_KEY", "from-env")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/db")
    app = create_app({"TESTING": True})
    assert app.config["NEW_CARDS_PER_DAY"] == 7
    assert app.config["SECRET_KEY"] == "from-env"
    assert app.config["SQLALCHEMY_DATABASE_URI"] == "postgresql+psycopg://u@h/db"
    assert create_app({"SECRET_KEY": "from-test"}).config["SECRET_KEY"] == "from-test"
