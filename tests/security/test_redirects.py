"""`next` after sign-in and after switching language: known open-redirect tricks all land on
this site, and none of them is a 500."""

from __future__ import annotations

from urllib.parse import quote, urljoin, urlsplit

import pytest

from tests.conftest import PASSWORD, csrf_token

SITE = "http://localhost/auth/login"

# What an attacker puts in `next`, as the server receives it once the query is decoded.
BYPASSES = [
    "//evil.example",
    "///evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "\\/evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/\r\n/evil.example",
    "/ /evil.example",
    " //evil.example",
    "\x00//evil.example",
    "/\x0b/evil.example",
    "/\u200b/evil.example",
    "/\u3000/evil.example",
    "https://evil.example",
    "https:evil.example",
    "http:/evil.example",
    "HTTPS://evil.example",
    "//evil.example@localhost",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "/%2Fevil.example",
    "/%5Cevil.example",
    "/%09/evil.example",
    "%2F%2Fevil.example",
    "/\\/evil.example",
    "evil.example",
    "/\nLocation: https://evil.example",
]


def stays_on_site(location: str) -> bool:
    """What a browser would do with the Location: a path of this site, nothing it would clean."""
    target = urlsplit(urljoin(SITE, location))
    return (
        target.scheme == "http"
        and target.netloc == "localhost"
        and location.startswith("/")
        and not location.startswith("//")
        and "\\" not in location
        and all(c.isprintable() and not c.isspace() for c in location)
    )


@pytest.mark.parametrize("target", BYPASSES)
def test_sign_in_never_sends_the_user_off_the_site(client, make_user, target):
    user = make_user()
    response = client.post(
        "/auth/login?next=" + quote(target, safe=""),
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    assert response.status_code == 302
    assert stays_on_site(response.headers["Location"]), response.headers["Location"]


@pytest.mark.parametrize("target", BYPASSES)
def test_switching_language_never_sends_the_user_off_the_site(client, target):
    response = client.post(
        "/language/en", data={"next": target, "csrf_token": csrf_token(client, "/")}
    )
    assert response.status_code == 302
    assert stays_on_site(response.headers["Location"]), response.headers["Location"]


def test_a_path_of_the_site_is_still_followed(client, make_user):
    user = make_user()
    response = client.post(
        "/auth/login?next=" + quote("/progress/?tab=1", safe=""),
        data={"email": user.email, "password": PASSWORD, "csrf_token": csrf_token(client)},
    )
    assert response.headers["Location"] == "/progress/?tab=1"
