"""A number written the article's way is keyed with the forms a student types, listed where the
teacher sees them: "80 000" as "80,000" and "80000"; "R50bn" as "R50 billion" and "50 billion"
(a blind reviewer rejected both keys when the list showed the article's form alone)."""

from studyapp.domain.generation import generate
from studyapp.domain.grading import grade

MINES_EN = (
    "Union prepares to fight mine job cuts\n\n"
    "At a press conference on Monday the labour union said that 80 000 jobs have been shed "
    "in the last five years, and said it would oppose all future retrenchments.\n\n"
    "Between 2014 and 2016, the industry made an accumulative net loss of around R50bn, the "
    "chamber said.\n"
)


def _asking(key: str):
    questions = generate(MINES_EN, language="en").questions
    return next(q for q in questions if q.answer and str(q.answer[0]).startswith(key))


def test_a_count_grouped_by_a_space_takes_the_comma_and_the_bare_digits():
    question = _asking("80 000")
    for typed in ("80,000", "80000", "80 000"):
        assert typed in question.accepted_answers, question.accepted_answers
        assert grade(question, typed).correct, typed


def test_a_sum_with_a_short_scale_takes_the_scale_in_words():
    question = _asking("R50bn")
    for typed in ("R50 billion", "50 billion", "50bn"):
        assert typed in question.accepted_answers, question.accepted_answers
        assert grade(question, typed).correct, typed
