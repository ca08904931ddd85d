"""Importing a file as a teacher does: upload it, then press Import on the preview."""

from __future__ import annotations

import io

from bs4 import BeautifulSoup
from flask.testing import FlaskClient

from tests.conftest import csrf_token


def form_fields(page: str) -> dict[str, str]:
    """What a browser sends from the page's import form: its inputs, ticked radios and selects."""
    form = BeautifulSoup(page, "html.parser").find("button", attrs={"value": "import"})
    assert form is not None, page
    fields: dict[str, str] = {}
    for element in form.find_parent("form").find_all(["input", "select"]):
        name = element.get("name")
        if element.name == "select":
            chosen = element.find("option", selected=True) or element.find("option")
            fields[name] = chosen.get("value", "")
        elif element.get("type") != "radio" or element.has_attr("checked"):
            fields[name] = element.get("value", "")
    return fields


def upload(client: FlaskClient, name: str, text: str | bytes, **fields: str):  # type: ignore[no-untyped-def]
    body = text.encode("utf-8") if isinstance(text, str) else text
    data = {"upload": (io.BytesIO(body), name), "csrf_token": csrf_token(client, "/teach/import")}
    data.update(fields)
    return client.post("/teach/import", data=data, content_type="multipart/form-data")


def confirm(client: FlaskClient, preview: str, **fields: str):  # type: ignore[no-untyped-def]
    """Press Import on a preview page, as a browser sends its form; `fields` changed first."""
    data = form_fields(preview)
    assert {"content", "file_name", "version", "reading"} <= set(data), preview
    data.update(fields, action="import", csrf_token=csrf_token(client, "/teach/import"))
    return client.post("/teach/import", data=data, content_type="multipart/form-data")
