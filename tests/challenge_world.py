"""A teacher's small Arabic set, given to a class, for the challenge tests: one typed question
whose key lacks a fair other answer, and one multiple-choice question."""

from __future__ import annotations

from dataclasses import dataclass

from studyapp.extensions import db
from studyapp.models import Assignment, Classroom, Enrollment, Question, QuestionSet

ARTICLE = (
    "وضع محمد بن موسى الخوارزمي أسس علم الجبر في بغداد. "
    "وكتب كتابه المختصر في حساب الجبر والمقابلة في القرن التاسع."
)
KEY = "الخوارزمي"
# Right, but not in the key: the challenged answer.
OTHER = "محمد بن موسى"
# The same answer as the grader sees it: diacritics, hamza and spacing do not count.
OTHER_SPELLED = "مُحمد  بن موسى"


@dataclass(frozen=True)
class ChallengeWorld:
    slug: str
    set_id: int
    class_id: int
    typed_id: int
    choice_id: int


def build(teacher_id: int, student_ids: list[int], slug: str = "al-jabr") -> ChallengeWorld:
    """The set, published and owned by the teacher, assigned to a class of these students.
    Needs an app context; commits."""
    source = ARTICLE.index("محمد بن موسى الخوارزمي")
    sentence_end = ARTICLE.index(".") + 1
    qset = QuestionSet(slug=slug, title="أسس علم الجبر", language="ar", article=ARTICLE)
    qset.owner_id = teacher_id
    typed = Question(
        key="who",
        position=0,
        type="short",
        category="entity",
        prompt="من وضع أسس علم الجبر؟",
        answer=[KEY],
        source_start=source,
        source_end=sentence_end,
    )
    choice = Question(
        key="where",
        position=1,
        type="mcq",
        category="place",
        prompt="أين وُضعت أسس علم الجبر؟",
        choices=["دمشق", "بغداد", "القاهرة"],
        answer="بغداد",
        source_start=0,
        source_end=sentence_end,
    )
    qset.questions = [typed, choice]
    classroom = Classroom(name="الصف الأول", teacher_id=teacher_id, join_code=f"C{slug[:5]}")
    db.session.add_all([qset, classroom])
    db.session.flush()
    db.session.add(Assignment(classroom_id=classroom.id, set_id=qset.id))
    db.session.add_all(Enrollment(classroom_id=classroom.id, student_id=s) for s in student_ids)
    db.session.commit()
    return ChallengeWorld(slug, qset.id, classroom.id, typed.id, choice.id)
