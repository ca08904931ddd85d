"""Sessions end when their user says so: a copied cookie dies with the sign-out, on every
device, and a signed-in user's pages are never kept in a cache."""

from __future__ import annotations

from flask.testing import FlaskClient

from tests.conftest import csrf_token, sign_in


def session_cookie(client: FlaskClient) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def replay(app, cookie: str) -> FlaskClient:  # type: ignore[no-untyped-def]
    """Another browser that was handed a copy of the cookie."""
    other = app.test_client()
    other.set_cookie("session", cookie)
    return other


def signed_in(client: FlaskClient) -> bool:
    return client.get("/progress/").status_code == 200


def test_a_cookie_copied_before_sign_out_no_longer_works_after_it(app, make_user):
    user = make_user()
    client = app.test_client()
    sign_in(client, user)
    stolen = session_cookie(client)
    assert signed_in(replay(app, stolen))

    client.post("/auth/logout", data={"csrf_token": csrf_token(client, "/")})

    assert not signed_in(client)
    assert not signed_in(replay(app, stolen))


def test_signing_out_ends_the_session_on_every_device(app, make_user):
    user = make_user()
    phone, laptop = app.test_client(), app.test_client()
    sign_in(phone, user)
    sign_in(laptop, user)
    phone.post("/auth/logout", data={"csrf_token": csrf_token(phone, "/")})
    assert not signed_in(laptop)
    sign_in(laptop, user)
    assert signed_in(laptop)


def test_sign_out_everywhere_else_keeps_this_device_and_ends_the_others(app, make_user):
    user = make_user()
    here, school = app.test_client(), app.test_client()
    sign_in(here, user)
    sign_in(school, user)
    old_cookie = session_cookie(here)
    assert 'action="/account/sign-out-everywhere"' in here.get("/account/").text

    response = here.post(
        "/account/sign-out-everywhere", data={"csrf_token": csrf_token(here, "/account/")}
    )

    assert response.status_code == 302
    assert signed_in(here)
    assert not signed_in(school)
    assert not signed_in(replay(app, old_cookie))


def test_a_forged_or_old_style_session_id_is_anonymous(app, make_user):
    user = make_user()
    client = app.test_client()
    for forged in (str(user.id), f"{user.id}:x", f"{user.id}:2", "99999999999999999999:1", ""):
        with client.session_transaction() as session:
            session["_user_id"] = forged
            session["_fresh"] = True
        assert not signed_in(client), forged


def test_a_signed_in_users_pages_are_not_stored_by_any_cache(student_client, seed_set):
    for path in ("/", "/progress/", f"/study/{seed_set}", "/account/"):
        assert student_client.get(path).headers["Cache-Control"] == "no-store", path


def test_public_pages_and_static_files_stay_cacheable(client):
    assert "no-store" not in client.get("/auth/login").headers.get("Cache-Control", "")
    with client.get("/static/css/app.css") as response:
        assert "no-store" not in response.headers.get("Cache-Control", "")
