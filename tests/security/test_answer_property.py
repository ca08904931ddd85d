"""Any form body posted as an answer is its result page, a redirect back to the question, a
clear 400, or a 404 when it names no approved question of the set; never a 500."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select
from werkzeug.datastructures import MultiDict

from studyapp.extensions import db
from studyapp.models import Question, Review

TEXT = st.text(max_size=40)
NUMBERISH = st.one_of(
    st.integers(-3, 12).map(str), st.sampled_from(["", " 1", "1.5", "٣", "true", "1e3"]), TEXT
)
FIELDS = ["question_id", "seq", "shown_at", "choice", "answer", "rating", "rank-0", "rank-1"]


@st.composite
def answer_bodies(draw, question_ids: list[int]):  # type: ignore[no-untyped-def]
    body: list[tuple[str, str]] = []
    if draw(st.booleans()):
        body.append(("question_id", str(draw(st.sampled_from(question_ids)))))
    for name in draw(st.lists(st.sampled_from(FIELDS + ["rank-2", "other"]), max_size=8)):
        body.append((name, draw(NUMBERISH)))
    return body


def test_any_answer_form_is_a_result_a_redirect_a_400_or_a_404(student_client, seed_set, app):
    with app.app_context():
        ids = list(db.session.scalars(select(Question.id)))
    page = student_client.get(f"/study/{seed_set}").get_data(as_text=True)
    token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', page).group(1)

    recorded: set[str] = set()

    @settings(
        max_examples=150,
        deadline=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(body=answer_bodies(ids), with_token=st.booleans())
    def post_answer(body: list[tuple[str, str]], with_token: bool) -> None:
        form = body + ([("csrf_token", token)] if with_token else [])
        response = student_client.post(f"/study/{seed_set}/answer", data=MultiDict(form))
        assert response.status_code in (200, 302, 400, 404), (form, response.status_code)
        if response.status_code == 200:  # read and recorded: the result page, named
            named = response.headers.get("Content-Location", "")
            match = re.search(r"/reviews/(\d+)$", named)
            assert match, (form, named)
            assert 'class="card study result' in response.get_data(as_text=True)
            recorded.add(match.group(1))
        elif response.status_code == 302:  # not readable: back to the question
            assert "/reviews/" not in response.headers["Location"], form

    post_answer()
    with app.app_context():
        # Only answers that were read and acknowledged left a review behind.
        assert db.session.scalar(select(func.count(Review.id))) == len(recorded)
