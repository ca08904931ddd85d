"""Importing a file as a teacher does: upload it, then press Import on the preview."""

from __future__ import annotations

import io
import re
from html import unescape

from flask.testing import FlaskClient

from tests.conftest import csrf_token

HIDDEN = re.compile(r'<input[^>]*name="(content|file_name|version|reading)"[^>]*value="([^"]*)"')


def upload(client: FlaskClient, name: str, text: str | bytes, **fields: str):  # type: ignore[no-untyped-def]
    body = text.encode("utf-8") if isinstance(text, str) else text
    data = {"upload": (io.BytesIO(body), name), "csrf_token": csrf_token(client, "/teach/import")}
    data.update(fields)
    return client.post("/teach/import", data=data, content_type="multipart/form-data")


def confirm(client: FlaskClient, preview: str, **fields: str):  # type: ignore[no-untyped-def]
    """Press Import on a preview page, with the file and state it carries."""
    data = {name: unescape(value) for name, value in HIDDEN.findall(preview)}
    assert set(data) == {"content", "file_name", "version", "reading"}, preview
    data.update(fields, action="import", csrf_token=csrf_token(client, "/teach/import"))
    return client.post("/teach/import", data=data, content_type="multipart/form-data")
