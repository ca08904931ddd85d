"""Hostile ids and bodies on the quiz routes: starting a quiz, starting a class quiz and
answering in an attempt each answer with a redirect, a 400 or a 404; never a 500."""

from __future__ import annotations

import re
from urllib.parse import quote

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from werkzeug.datastructures import MultiDict

from tests.conftest import csrf_token

# Ids and numbers as an attacker types them: past every integer column, signed, spaced,
# in other digits, not numbers at all.
HOSTILE_NUMBERS = st.one_of(
    st.sampled_from(
        [str(2**31), str(2**63), str(2**64), "-1", "-" + str(2**63), " 7", "٣", "1e9", "0x10"]
    ),
    st.integers(min_value=-(2**70), max_value=2**70).map(str),
    st.text(max_size=30),
)
HOSTILE_TEXT = st.one_of(
    st.text(max_size=40), st.sampled_from(["ط" * 501, "\x00", "\r\n", "=HYPERLINK(1)"])
)
FIELDS = ["question_id", "choice", "answer", "rating", "rank-0", "rank-1", "shown_at", "seq"]
SETTINGS = settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def token_of(client) -> str:  # type: ignore[no-untyped-def]
    page = client.get("/quiz/").get_data(as_text=True)
    return re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)  # type: ignore[union-attr]


def test_any_start_form_is_a_quiz_or_a_clear_error(student_client, seed_set):
    token = token_of(student_client)

    @SETTINGS
    @given(count=HOSTILE_NUMBERS, limit=HOSTILE_NUMBERS)
    def start(count: str, limit: str) -> None:
        response = student_client.post(
            f"/quiz/sets/{seed_set}",
            data={"question_count": count, "time_limit": limit, "csrf_token": token},
        )
        assert response.status_code in (302, 400), (count, limit, response.status_code)

    start()


def test_any_class_quiz_id_in_the_start_url_is_a_404(student_client):
    token = token_of(student_client)

    @SETTINGS
    @given(class_quiz_id=HOSTILE_NUMBERS)
    def start(class_quiz_id: str) -> None:
        response = student_client.post(
            f"/quiz/class/{quote(class_quiz_id, safe='')}/start", data={"csrf_token": token}
        )
        assert response.status_code == 404, (class_quiz_id, response.status_code)

    start()


def test_any_answer_body_in_an_attempt_is_a_redirect_or_a_400(student_client, seed_set):
    started = student_client.post(
        f"/quiz/sets/{seed_set}",
        data={"question_count": 10, "time_limit": "", "csrf_token": csrf_token(student_client)},
    )
    attempt = started.headers["Location"]
    shown = student_client.get(attempt).get_data(as_text=True)
    real_id = re.search(r'name="question_id" value="(\d+)"', shown).group(1)  # type: ignore[union-attr]
    token = token_of(student_client)

    @SETTINGS
    @given(
        body=st.lists(
            st.tuples(st.sampled_from(FIELDS), st.one_of(HOSTILE_NUMBERS, HOSTILE_TEXT)),
            max_size=8,
        ),
        real=st.booleans(),
        attempt_id=st.one_of(st.just(attempt.rsplit("/", 1)[-1]), HOSTILE_NUMBERS),
    )
    def answer(body: list[tuple[str, str]], real: bool, attempt_id: str) -> None:
        form = MultiDict([*body, ("csrf_token", token)])
        if real:
            form.setlist("question_id", [real_id])
            form.setlist("answer", ["x" * 501])
        response = student_client.post(
            f"/quiz/attempts/{quote(attempt_id, safe='')}/answer", data=form
        )
        assert response.status_code in (302, 400, 404), (form, response.status_code)

    answer()
