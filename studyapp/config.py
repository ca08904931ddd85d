"""Code defaults. instance/config.py, then the environment, then a test dict override these."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Any

DEFAULTS: dict[str, Any] = {
    "SQLALCHEMY_ENGINE_OPTIONS": {"pool_pre_ping": True},
    "BABEL_DEFAULT_LOCALE": "ar",
    "BABEL_DEFAULT_TIMEZONE": "UTC",
    "LANGUAGES": {"ar": "العربية", "en": "English"},
    "SESSION_COOKIE_HTTPONLY": True,
    "SESSION_COOKIE_SAMESITE": "Lax",
    "SESSION_COOKIE_SECURE": False,
    "REMEMBER_COOKIE_HTTPONLY": True,
    "REMEMBER_COOKIE_SAMESITE": "Lax",
    "WTF_CSRF_TIME_LIMIT": None,
    "MAX_CONTENT_LENGTH": 2 * 1024 * 1024,
    "MAX_ARTICLE_CHARS": 100_000,
    "NEW_CARDS_PER_DAY": 20,
    "DESIRED_RETENTION": 0.9,
    "DEFAULT_TIMEZONE": "UTC",
    # `flask fsrs refit-due` refits a student's FSRS parameters after this many new reviews.
    "FSRS_REFIT_EVERY": 500,
    # Limits on failed sign-ins and join codes (services/sign_in_limits.py says which); the
    # counters live in Redis when REDIS_URL is set, else in the database.
    "RATELIMIT_ENABLED": True,
    "ATTEMPT_LIMITS": {},
    "ATTEMPT_KEY_PREFIX": "studyapp:attempts:",
    # How many reverse proxies stand in front of the app (0: none, trust no X-Forwarded-*).
    "PROXY_FIX": 0,
    # Question generation (docs/deployment.md): the rules by default. A language model speaking
    # the OpenAI chat-completions API is used only when LLM_BASE_URL and LLM_MODEL are set.
    "LLM_BASE_URL": None,
    "LLM_MODEL": None,
    "LLM_API_KEY": None,
    "LLM_TIMEOUT": 60.0,  # seconds one call to the model may take
    "LLM_MAX_CHARS": 12_000,  # the most article sent in one call; a longer one is cut
    "LLM_QUESTIONS_PER_CALL": 12,
    # rules, llm or mixed; unset: llm when a model is configured, else rules.
    "GENERATOR_BACKEND": None,
    # Rules on an article longer than this, and any model, run as a background job.
    "BACKGROUND_GENERATION_CHARS": 20_000,
    # The worker thread that runs those jobs in each app process (off under TESTING unless
    # set); it looks for queued jobs this often, and takes over a running job whose
    # heartbeat is older than GENERATION_STALE_SECONDS (its process died).
    "GENERATION_WORKER": None,
    "GENERATION_POLL_SECONDS": 2.0,
    "GENERATION_STALE_SECONDS": None,
    "GENERATION_ATTEMPTS": 3,
    "QUESTIONS_DIR": str(Path(__file__).resolve().parent.parent / "questions"),
}

# Environment variables read over the file config, and the config key each sets.
ENVIRONMENT = {
    "DATABASE_URL": "SQLALCHEMY_DATABASE_URI",
    "SECRET_KEY": "SECRET_KEY",
    "REDIS_URL": "REDIS_URL",
    "TEACHER_SIGNUP": "TEACHER_SIGNUP",
    "LLM_BASE_URL": "LLM_BASE_URL",
    "LLM_MODEL": "LLM_MODEL",
    "LLM_API_KEY": "LLM_API_KEY",
    "GENERATOR_BACKEND": "GENERATOR_BACKEND",
}
# Numbers read from the environment.
NUMERIC_ENVIRONMENT = {
    "LLM_TIMEOUT": float,
    "LLM_MAX_CHARS": int,
    "BACKGROUND_GENERATION_CHARS": int,
}

# Who may sign up as a teacher: anyone, anyone once the administrator approves, or only
# those the administrator invites. Unset: approval behind HTTPS, open otherwise.
TEACHER_SIGNUP_MODES = ("open", "approval", "invite")


def from_environment(environ: dict[str, str] | os._Environ[str]) -> dict[str, Any]:
    """The config keys the environment sets; postgres:// URLs are given their driver."""
    values = {key: environ[name] for name, key in ENVIRONMENT.items() if environ.get(name)}
    if "SESSION_COOKIE_SECURE" in environ:
        values["SESSION_COOKIE_SECURE"] = environ["SESSION_COOKIE_SECURE"] == "1"
        values["REMEMBER_COOKIE_SECURE"] = values["SESSION_COOKIE_SECURE"]
    if environ.get("TRUSTED_PROXIES", "").isdigit():
        values["PROXY_FIX"] = int(environ["TRUSTED_PROXIES"])
    for name, kind in NUMERIC_ENVIRONMENT.items():
        if environ.get(name):
            try:
                values[name] = kind(environ[name])
            except ValueError:
                raise ValueError(f"{name} must be a number, not {environ[name]!r}") from None
    url = values.get("SQLALCHEMY_DATABASE_URI")
    if url:
        values["SQLALCHEMY_DATABASE_URI"] = database_url(url)
    return values


def teacher_signup(configured: str | None, *, secure_cookies: bool) -> str:
    mode = configured or ("approval" if secure_cookies else "open")
    if mode not in TEACHER_SIGNUP_MODES:
        raise ValueError(f"TEACHER_SIGNUP must be one of {', '.join(TEACHER_SIGNUP_MODES)}")
    return mode


def database_url(url: str) -> str:
    """Use psycopg 3 for PostgreSQL URLs that name no driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def instance_secret_key(instance_path: str) -> str:
    """The key kept in instance/secret_key, made on first run; never a fixed key."""
    path = Path(instance_path) / "secret_key"
    if path.exists():
        return path.read_text().strip()
    key = secrets.token_hex(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    # O_EXCL: when two workers start at once, one writes and the other reads its key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key
