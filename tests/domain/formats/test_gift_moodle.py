"""GIFT as Moodle writes and reads it: HTML text, partial credit, and the export's edge cases."""

from __future__ import annotations

import re

import pytest

from studyapp.domain.formats import gift, parse_set
from studyapp.domain.formats.gift_weights import MOODLE_WEIGHTS
from studyapp.domain.grading import grade
from studyapp.domain.question_files import QuestionFileError, QuestionSet
from studyapp.domain.questions import Question, Source

ARTICLE = "The sentence."
# As Moodle's own GIFT export writes a question bank edited in its HTML editor.
MOODLE_HTML = """\
// question: 2301  name: newton
::newton::[html]<p dir\\="rtl" style\\="text-align\\: right;">
ما وحدة <b>القوة</b>&nbsp;في النظام الدولي؟</p>{
\t=<p dir\\="rtl">نيوتن</p>
\t~%50%<p dir\\="rtl">كيلوغرام قوة</p>
\t~<p>جول</p>
\t~<p>واط</p>
\t####<p>النيوتن &amp; الكيلوغرام قوة</p><script>alert(1)</script>
}

// question: 2302  name: rivers
::rivers::[html]<p>Which river flows through <i>Cairo</i>?</p>\\n<p>Pick one&#39;s name.</p>{
\t=Nile
\t~Amazon
\t~Danube
}

// An answer in another format than its question's carries its own mark.
::tags:: Which tag makes text bold? {
\t=[html]<p>&lt;b&gt;</p>
\t~[html]<p>&lt;i&gt;</p>
\t~<u>
}
"""


def read(text: str, name: str = "quiz.gift") -> QuestionSet:
    """Read strictly, as the command line does: a skipped question refuses the file."""
    return parse_set(name, text.encode("utf-8"), fmt="gift")


def one_set(*questions: Question) -> QuestionSet:
    return QuestionSet(slug="t", title="T", language="en", article=ARTICLE, questions=[*questions])


def question(qid: str, qtype: str, prompt: str, answer: object, **more: object) -> Question:
    """A question quoting the whole article, as every test set here does."""
    source = Source(0, len(ARTICLE), ARTICLE)
    return Question(id=qid, type=qtype, prompt=prompt, answer=answer, source=source, **more)


def test_moodle_html_reaches_students_as_text_without_tags_or_entities() -> None:
    newton, rivers, tags = read(MOODLE_HTML).questions
    assert newton.prompt == "ما وحدة القوة في النظام الدولي؟"
    assert newton.choices == ["نيوتن", "كيلوغرام قوة", "جول", "واط"]
    assert newton.answer == "نيوتن"
    assert newton.explanation == "النيوتن & الكيلوغرام قوة"  # the script is dropped
    assert rivers.prompt == "Which river flows through Cairo?\nPick one's name."
    assert not any("<" in text or "&" in text for text in rivers.choices or [])
    assert (tags.answer, tags.choices) == ("<b>", ["<b>", "<i>", "<u>"])  # plain text stays


def test_one_full_mark_answer_with_partial_credit_is_single_answer_as_in_moodle() -> None:
    question = read("::force:: Unit of force? {=Newton ~%50%Kilogram-force ~Joule ~Watt}\n")
    (force,) = question.questions
    assert (force.type, force.answer) == ("mcq", "Newton")
    assert grade(force, "Newton").correct
    assert not grade(force, "Kilogram-force").correct
    assert force.extra == {"weights": {"Kilogram-force": 50.0}}
    exported = gift.export(question)
    assert "=Newton" in exported and "~%50%Kilogram-force" in exported
    assert read(exported).questions[0].extra == force.extra


def test_a_select_all_keeps_its_own_weights_through_export() -> None:
    text = "::p:: Which are prime? {~%40%2 ~%60%3 ~%-50%4 ~%0%9}\n"
    (primes,) = read(text).questions
    assert (primes.type, sorted(primes.answer)) == ("multi", ["2", "3"])
    assert primes.extra["weights"] == {"2": 40.0, "3": 60.0, "4": -50.0, "9": 0.0}
    again = read(gift.export(read(text))).questions[0]
    assert again.extra == primes.extra


def test_untitled_questions_keep_their_ids_when_one_is_added_above() -> None:
    before = read("Capital of France? {=Paris ~Lyon ~Nice}\n\nTwo plus two? {=4 ~5 ~6}\n").questions
    after = read(
        "New question? {T}\n\nCapital of France? {=Paris ~Lyon ~Nice}\n\nTwo plus two? {=4 ~5 ~6}\n"
    ).questions
    assert [q.id for q in after[1:]] == [q.id for q in before]
    assert len({q.id for q in after}) == 3
    same_text = read("Choose the right word. {=a ~b ~e}\n\nChoose the right word. {=c ~d ~f}\n")
    assert len({q.id for q in same_text.questions}) == 2


def test_a_question_right_after_a_category_line_is_kept() -> None:
    qset = read("$CATEGORY: $course$/top/Week 2\n::q:: Sky colour? {=blue ~green ~red}\n")
    assert qset.title == "Week 2"
    assert [q.id for q in qset.questions] == ["q"]
    assert qset.questions[0].source.text == "::q:: Sky colour? {=blue ~green ~red}"


def test_a_blank_line_inside_an_answer_block_is_named_as_such_once() -> None:
    text = "::ok:: Fine? {T}\n\n::split:: Pick one {\n=a\n\n~b\n}\n\n::after:: Still read? {F}\n"
    with pytest.raises(QuestionFileError) as caught:
        read(text, name="bank.gift")
    assert str(caught.value).splitlines() == [
        "bank.gift:3: question split, field answer: opens an answer block { that is never "
        "closed; a blank line ends a question, so an answer block cannot hold one"
    ]


def test_a_cloze_whose_gap_ends_the_prompt_keeps_its_gap_in_moodle_and_here() -> None:
    qset = one_set(question("end", "cloze", "The capital of France is ____", ["Paris"]))
    exported = gift.export(qset)
    assert "The capital of France is ____ {=Paris}" in exported
    # Moodle keeps text before a closing block as it is: the gap stays in the question.
    back = read(exported).questions[0]
    assert (back.type, back.prompt, back.answer) == ("cloze", qset.questions[0].prompt, ["Paris"])


def test_an_answer_holding_an_arrow_stays_a_short_answer() -> None:
    qset = one_set(
        question("arrow", "short", "How is implication written?", ["p -> q", "p->q"]),
        question("card", "flashcard", "Implication", "p -> q"),
    )
    exported = gift.export(qset)
    assert "->" not in exported.replace("-\\>", "")  # Moodle would read a matching pair
    back = read(exported).questions
    assert [(q.type, q.answer) for q in back] == [
        ("short", ["p -> q", "p->q"]),
        ("flashcard", "p -> q"),
    ]


def test_a_choice_starting_with_a_percentage_is_no_weight() -> None:
    choices = ["%10% of users", "%20% of users", "all"]
    qset = one_set(
        question("pct", "mcq", "How many?", "%10% of users", choices=choices),
        question("typed", "short", "Rate?", ["%5% a year"]),
    )
    back = read(gift.export(qset)).questions
    assert [(q.type, q.answer, q.choices) for q in back] == [
        ("mcq", "%10% of users", ["%10% of users", "%20% of users", "all"]),
        ("short", ["%5% a year"], None),
    ]
    assert back[0].extra == {}


@pytest.mark.parametrize("right, wrong", [(2, 11), (3, 14), (12, 3), (1, 30)])
def test_select_all_weights_are_in_moodles_grade_list(right: int, wrong: int) -> None:
    choices = [f"c{n}" for n in range(right + wrong)]
    block = gift._question(question("m", "multi", "Which?", choices[:right], choices=choices))
    weights = [float(w) for w in re.findall(r"~%(-?[\d.]+)%", block)]
    assert len(weights) == right + wrong
    assert all(abs(w) in MOODLE_WEIGHTS for w in weights)
    assert sum(w for w in weights if w > 0) == pytest.approx(100, abs=0.01)
    assert all(w < 0 for w in weights[right:])


def test_the_language_is_the_questions_not_the_markups() -> None:
    text = (
        "// question: 2301  name: capital\n"
        '::capital::[html]<p dir\\="rtl" style\\="text-align\\: right; font-family\\: Arial;">'
        "ما عاصمة مصر؟</p>{=<p>القاهرة</p> ~<p>الإسكندرية</p> ~<p>أسوان</p>}\n"
    )
    assert read(text).language == "ar"
