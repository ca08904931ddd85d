"""A question bank exported from Moodle studies as its author meant it: text, not HTML, and
the one full-mark answer right even where another earns partial credit."""

from __future__ import annotations

import re

from studyapp.domain.formats import parse_set
from studyapp.extensions import db
from studyapp.services import question_sets
from tests.conftest import csrf_token

# As Moodle's GIFT export writes a question edited in its HTML editor.
BANK = """\
// question: 0  name: Switch category to $course$/top/Physics
$CATEGORY: $course$/top/Physics

// question: 2301  name: force
::force::[html]<p dir\\="rtl" style\\="text-align\\: right;">ما وحدة <b>القوة</b>&nbsp;؟</p>{
\t=<p>نيوتن</p>
\t~%50%<p>كيلوغرام قوة</p>
\t~<p>جول</p>
\t~<p>واط</p>
}
"""


def test_a_moodle_question_shows_as_text_and_its_full_mark_answer_is_right(app, student_client):  # type: ignore[no-untyped-def]
    with app.app_context():
        question_sets.sync(parse_set("physics.gift", BANK.encode()))
        db.session.commit()
    student_client.post("/language/en", data={"csrf_token": csrf_token(student_client, "/")})
    page = student_client.get("/study/physics").get_data(as_text=True)
    assert "ما وحدة القوة ؟" in page
    assert "&lt;" not in page and "&amp;nbsp;" not in page
    choices = re.findall(r'name="choice" value="([^"]+)".*?<bdi[^>]*>([^<]*)</bdi>', page, re.S)
    assert sorted(label for _, label in choices) == sorted(["نيوتن", "كيلوغرام قوة", "جول", "واط"])
    newton = next(value for value, label in choices if label == "نيوتن")
    form = {
        "question_id": re.search(r'name="question_id" value="(\d+)"', page).group(1),
        "seq": re.search(r'name="seq" value="(\d+)"', page).group(1),
        "choice": newton,
        "csrf_token": csrf_token(student_client, "/"),
    }
    result = student_client.post("/study/physics/answer", data=form).get_data(as_text=True)
    assert 'class="card study result right"' in result
