"""Static files under content-hashed names, cached for a year.

`url_for("static", filename="css/app.css")` gives /static/css/app.<hash>.css, the hash taken
from the file's content: a changed file gets a new name, so the browser may keep every name
for good and a study page costs one request (the page itself) after the first. The
stylesheet's own references (its fonts) are rewritten to their hashed names the same way.
Names without a hash, or with a stale one, are still served, without the long cache life.

Done in the app rather than by a build step (Flask-Static-Digest's `flask digest compile`),
so that `make run`, `make serve` and an installed package need nothing run first.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, Response, abort, current_app, request, send_from_directory
from werkzeug.security import safe_join

ONE_YEAR = 365 * 24 * 3600
HASH_LENGTH = 12
_HASHED = re.compile(rf"^(?P<stem>.+)\.(?P<hash>[0-9a-f]{{{HASH_LENGTH}}})(?P<ext>\.[^./]+)$")
_CSS_URL = re.compile(r"""url\((["']?)(?!data:|/|https?:)([^"')]+)\1\)""")


@dataclass(frozen=True)
class Digested:
    name: str  # the hashed name
    body: bytes | None  # the rewritten content (stylesheets), else None: sent from disk


class StaticDigests:
    """Hashed names of one app's static folder, recomputed when a file changes on disk."""

    def __init__(self, folder: str) -> None:
        self.folder = Path(folder)
        self._known: dict[str, tuple[tuple[int, int], Digested]] = {}

    def digest(self, filename: str) -> Digested | None:
        path = safe_join(str(self.folder), filename)
        if path is None or not Path(path).is_file():
            return None
        stat = Path(path).stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        known = self._known.get(filename)
        if known is not None and known[0] == stamp:
            return known[1]
        content = Path(path).read_bytes()
        body = self._rewrite_css(filename, content) if filename.endswith(".css") else None
        stem, ext = posixpath.splitext(filename)
        digest = hashlib.sha256(body or content).hexdigest()[:HASH_LENGTH]
        found = Digested(name=f"{stem}.{digest}{ext}", body=body)
        self._known[filename] = (stamp, found)
        return found

    def _rewrite_css(self, filename: str, content: bytes) -> bytes:
        here = posixpath.dirname(filename)

        def hashed(match: re.Match[str]) -> str:
            quote, target = match.group(1), match.group(2)
            referred = posixpath.normpath(posixpath.join(here, target))
            found = self.digest(referred)
            if found is None:
                return match.group(0)
            return f"url({quote}{posixpath.relpath(found.name, here or '.')}{quote})"

        return _CSS_URL.sub(hashed, content.decode("utf-8")).encode("utf-8")

    def original(self, requested: str) -> tuple[str, bool]:
        """(the file's own name, whether `requested` is its current hashed name)."""
        match = _HASHED.match(requested)
        if match is None:
            return requested, False
        filename = match.group("stem") + match.group("ext")
        found = self.digest(filename)
        return filename, found is not None and found.name == requested


def send_static(filename: str) -> Response:
    digests: StaticDigests = current_app.extensions["static_digests"]
    original, current = digests.original(filename)
    found = digests.digest(original)
    if found is None:
        abort(404)
    if found.body is None:
        response = send_from_directory(str(digests.folder), original, max_age=0)
    else:
        response = current_app.response_class(found.body, mimetype="text/css")
        response.add_etag()
        response.make_conditional(request)
    if current:
        response.cache_control.public = True
        response.cache_control.max_age = ONE_YEAR
        response.cache_control.immutable = True
        response.cache_control.no_cache = False
    else:
        response.cache_control.no_cache = True
    return response


def register(app: Flask) -> None:
    assert app.static_folder is not None
    digests = StaticDigests(app.static_folder)
    app.extensions["static_digests"] = digests

    @app.url_defaults
    def hashed_static_names(endpoint: str, values: dict[str, str]) -> None:
        if endpoint == "static" and "filename" in values:
            found = digests.digest(values["filename"])
            if found is not None:
                values["filename"] = found.name

    app.view_functions["static"] = send_static
