"""studyapp: comprehension questions from articles, studied with spaced repetition."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask

from . import config

# The repository's instance/ folder, so that a non-editable install still finds it.
INSTANCE_PATH = os.environ.get(
    "STUDYAPP_INSTANCE_PATH", str(Path(__file__).resolve().parent.parent / "instance")
)


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    app = Flask(__name__, instance_path=INSTANCE_PATH, instance_relative_config=True)
    configure(app, test_config)
    register_extensions(app)
    register_blueprints(app)
    register_commands(app)
    register_errorhandlers(app)
    register_security_headers(app)
    register_proxy_fix(app)
    register_generation_worker(app)
    return app


def configure(app: Flask, test_config: dict[str, Any] | None) -> None:
    """Code defaults, then instance/config.py, then the environment, then the test dict."""
    app.config.from_mapping(config.DEFAULTS)
    app.config["SQLALCHEMY_DATABASE_URI"] = "sqlite:///" + os.path.join(
        app.instance_path, "studyapp.sqlite"
    )
    app.config.from_pyfile("config.py", silent=True)
    app.config.update(config.from_environment(os.environ))
    if test_config:
        app.config.update(test_config)
    app.config["TEACHER_SIGNUP"] = config.teacher_signup(
        app.config.get("TEACHER_SIGNUP"), secure_cookies=app.config["SESSION_COOKIE_SECURE"]
    )
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = config.instance_secret_key(app.instance_path)


def register_extensions(app: Flask) -> None:
    from .extensions import babel, csrf, db, login_manager, migrate
    from .web.i18n import select_locale, select_timezone

    db.init_app(app)
    migrate.init_app(
        app, db, directory=str(Path(__file__).parent / "migrations"), render_as_batch=True
    )
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale, timezone_selector=select_timezone)
    login_manager.init_app(app)
    login_manager.login_view = "auth.login"
    login_manager.login_message = None

    from . import database

    database.configure_engine(app)
    database.end_reads_with_commit(app)

    from .services.sessions import user_of_session

    login_manager.user_loader(user_of_session)


def register_blueprints(app: Flask) -> None:
    from .web import (
        account,
        admin,
        auth,
        challenges,
        class_view,
        classes,
        exams,
        main,
        progress,
        quiz,
        static_files,
        study,
        teach,
        templating,
    )
    from .web.ids import StoredIntConverter

    app.url_map.converters["int"] = StoredIntConverter
    modules = (main, auth, account, admin, study, teach, classes, progress, class_view, quiz)
    for module in (*modules, challenges, exams):
        app.register_blueprint(module.bp)
    templating.register(app)
    static_files.register(app)


def register_commands(app: Flask) -> None:
    from .cli import register

    register(app)


def register_errorhandlers(app: Flask) -> None:
    from .web.errors import register

    register(app)


def register_security_headers(app: Flask) -> None:
    from .web.security import add_security_headers, no_store_private_pages

    app.after_request(add_security_headers)
    app.after_request(no_store_private_pages)


def register_proxy_fix(app: Flask) -> None:
    """Behind PROXY_FIX reverse proxies, the client's address and scheme come from them."""
    if proxies := int(app.config["PROXY_FIX"]):
        from werkzeug.middleware.proxy_fix import ProxyFix

        app.wsgi_app = ProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, x_for=proxies, x_proto=proxies, x_host=proxies
        )


def register_generation_worker(app: Flask) -> None:
    """Background question generation: a worker thread per serving process."""
    from . import generation_worker

    generation_worker.register(app)
