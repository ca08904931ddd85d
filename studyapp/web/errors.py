"""Error pages in the user's language; never a traceback."""

from __future__ import annotations

from flask import Flask, current_app, jsonify, render_template, request
from werkzeug.exceptions import HTTPException, InternalServerError

from ..extensions import db


def register(app: Flask) -> None:
    app.register_error_handler(HTTPException, _render)
    app.register_error_handler(Exception, _unexpected_error)


def _render(error: HTTPException):  # type: ignore[no-untyped-def]
    code = error.code or 500
    if request.path.startswith("/api/") or request.accept_mimetypes.best == "application/json":
        return jsonify(error=error.name, description=error.description), code
    return render_template("errors/error.html", error=error), code


def _unexpected_error(error: Exception):  # type: ignore[no-untyped-def]
    db.session.rollback()
    current_app.logger.exception("unexpected error on %s", request.path)
    return _render(InternalServerError(original_exception=error))
