"""GIFT: what Moodle reads, and what comes back when a GIFT file is imported."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from studyapp.domain.formats import gift, parse_set
from studyapp.domain.grading import grade
from studyapp.domain.question_files import QuestionFileError, QuestionSet, load_file, load_text
from studyapp.domain.questions import Question, Source

SEED = Path(__file__).parents[3] / "questions" / "openai-data-centers.yaml"


@pytest.fixture(scope="module")
def seed() -> QuestionSet:
    return load_file(SEED)


def read(text: str, name: str = "quiz.gift", slug: str | None = None) -> QuestionSet:
    """Read strictly, as the command line does: a skipped question refuses the file."""
    return parse_set(name, text.encode("utf-8"), fmt="gift", slug=slug)


def comparable(question: Question) -> Question:
    """What GIFT carries: everything but the source, the confidence and the order of right
    choices in a select-all question (the file lists choices, not answers)."""
    answer = question.answer
    if question.type == "multi" and isinstance(answer, list):
        answer = sorted(answer)
    return dataclasses.replace(
        question, answer=answer, source=Source(0, 0, ""), confidence=None, extra={}
    )


def test_seed_set_parsed_back_equals_its_questions(seed: QuestionSet) -> None:
    back = read(gift.export(seed), name="openai.gift")
    assert [comparable(q) for q in back.questions] == [comparable(q) for q in seed.questions]
    assert (back.slug, back.title, back.language) == (seed.slug, seed.title, "ar")


def test_export_import_export_is_byte_identical(seed: QuestionSet) -> None:
    text = gift.export(seed)
    assert gift.export(read(text)) == text


def test_the_file_is_the_article_and_each_question_quotes_its_own_lines(seed: QuestionSet) -> None:
    text = gift.export(seed)
    back = read(text)
    assert back.article == text
    first = back.questions[0].source
    assert text[first.start : first.end] == first.text
    assert first.text.startswith("::friar-role::") and first.text.endswith("}")


def test_questions_are_separated_by_exactly_one_blank_line(seed: QuestionSet) -> None:
    text = gift.export(seed)
    assert "\n\n\n" not in text and text.endswith("}\n") or text.endswith(".\n")
    paragraphs = text.rstrip("\n").split("\n\n")
    assert len(paragraphs) == 1 + len(seed.questions)  # the $CATEGORY header, then questions
    assert all(p.strip() and "\n\n" not in p for p in paragraphs)
    assert paragraphs[0].endswith(f"$CATEGORY: $course$/top/{seed.title}")


def test_special_characters_are_escaped_and_arabic_kept_as_is() -> None:
    prompt = "ما ناتج {٢ + ٢}؟ انظر: a~b = c #1 \\ نهاية"
    question = Question(
        id="math:1",
        type="short",
        prompt=prompt,
        answer=["٤ = أربعة", "4"],
        source=Source(0, 4, "نصّ "),
        explanation="لأنّ ٢+٢=٤",
    )
    qset = QuestionSet("sums", "جمع", "ar", "نصّ المقال", [question])
    text = gift.export(qset)
    line = text.split("\n\n")[1].splitlines()[-1]
    assert line == (
        "::math\\:1:: ما ناتج \\{٢ + ٢\\}؟ انظر\\: a\\~b \\= c \\#1 \\\\ نهاية "
        "{=٤ \\= أربعة =4####لأنّ ٢+٢\\=٤}"
    )
    back = read(text).questions[0]
    assert (back.id, back.prompt, back.answer, back.explanation) == (
        "math:1",
        prompt,
        ["٤ = أربعة", "4"],
        "لأنّ ٢+٢=٤",
    )


def test_accepted_answers_go_out_as_right_answers_and_come_back_accepted() -> None:
    qset = load_text(
        """\
title: Trip
language: en
article: She spoke in San Francisco on Tuesday.
questions:
  - id: city
    type: short
    category: place
    prompt: Where did she speak?
    answer: San Francisco
    accept: [SF, Frisco]
    source: {quote: She spoke in San Francisco on Tuesday.}
""",
        name="trip.yaml",
    )
    text = gift.export(qset)
    assert "Where did she speak? {=San Francisco =SF =Frisco}" in text
    back = read(text).questions[0]
    assert back.answer == ["San Francisco", "SF", "Frisco"]
    assert back.canonical_answer == "San Francisco"
    assert grade(back, "Frisco").correct


def test_select_all_weights_sum_to_100_for_right_and_are_negative_for_wrong(
    seed: QuestionSet,
) -> None:
    multi = next(q for q in seed.questions if q.type == "multi")
    block = gift._question(multi)
    weights = [float(line.split("%")[1]) for line in block.splitlines() if "%" in line]
    right = [w for w in weights if w > 0]
    assert len(right) == len(multi.answer) and sum(right) == pytest.approx(100, abs=0.001)
    assert all(w < 0 for w in weights if w <= 0) and len(weights) == len(multi.choices or [])


def test_order_becomes_matching_position_to_step(seed: QuestionSet) -> None:
    order = next(q for q in seed.questions if q.type == "order")
    block = gift._question(order)
    pairs = [line.strip() for line in block.splitlines() if "->" in line]
    assert sorted(p.split(" -> ")[0] for p in pairs) == [f"={n}" for n in range(1, len(pairs) + 1)]
    assert "=1 -> " + gift.escape(order.answer[0]) in pairs


def test_common_hand_written_forms_are_read() -> None:
    text = """// A quiz typed by hand, as in Moodle's documentation.
$CATEGORY: tom/Week 1

Who's buried in Grant's tomb?{~Grant ~Jefferson =no one}

::Colour:: What colour is the sky
on a clear day? {
  =blue#Yes!
  ~green#No.
  ~red
  ####Rayleigh scattering.
}

Grant is buried in Grant's tomb.{FALSE}

The sun rises in the east.{TRUE#wrong#right}

Two plus two is {=four =4} in any base above 4.

::Primes:: Which are prime? {~%50%2 ~%50%3 ~%-100%4}

::Steps:: Order the steps {
=boil water -> 1
=add tea -> 2
=pour -> 3
}

[markdown]Name the capital of France. {=Paris =paris}
"""
    qset = read(text, name="Week One.gift")
    kinds = [(q.type, q.answer) for q in qset.questions]
    assert kinds == [
        ("mcq", "no one"),
        ("mcq", "blue"),
        ("truefalse", False),
        ("truefalse", True),
        ("cloze", ["four", "4"]),
        ("multi", ["2", "3"]),
        ("order", ["boil water", "add tea", "pour"]),
        ("short", ["Paris", "paris"]),
    ]
    ids = [q.id for q in qset.questions]
    assert (ids[1], ids[5:7]) == ("Colour", ["Primes", "Steps"])
    assert all(ids[i].startswith("gift-") for i in (0, 2, 3, 4, 7))  # untitled: from the text
    colour = qset.questions[1]
    assert colour.prompt == "What colour is the sky on a clear day?"
    assert colour.explanation == "Rayleigh scattering."
    assert qset.questions[4].prompt == "Two plus two is ____ in any base above 4."
    assert qset.questions[6].choices == ["add tea", "pour", "boil water"]  # shown shuffled
    assert (qset.title, qset.slug, qset.language) == ("Week 1", "week-one", "en")


def test_errors_name_line_question_and_field_and_nothing_is_returned() -> None:
    text = """::good:: Fine question {=yes ~no ~maybe}

::open:: Never closed {=a ~b

::empty:: Essay {}

::num:: How many? {#three}

A description with no answers.

::nobody:: Nobody is right {~a ~b ~c}

::good:: Same title again {T}
"""
    with pytest.raises(QuestionFileError) as caught:
        read(text, name="bad.gift")
    lines = str(caught.value).splitlines()
    assert lines == [
        "bad.gift:3: question open, field answer: opens an answer block { that is never "
        "closed; a blank line ends a question, so an answer block cannot hold one",
        "bad.gift:5: question empty, field answer: is empty {}; essay questions have no "
        "answer to study",
        "bad.gift:7: question num, field answer: 'three' is not a number, number:tolerance "
        "or low..high",
        "bad.gift:9: field answer: has no answer block {…}; descriptions and essays are not read",
        "bad.gift:11: question nobody, field answer: marks no choice right (= or a positive "
        "%weight%)",
        "bad.gift:13: question good, field id: is used twice in this file (first at line 1)",
    ]


def test_an_invalid_question_is_reported_by_the_shared_validation() -> None:
    with pytest.raises(QuestionFileError) as caught:
        read("::dup:: Pick one {=a ~a ~b}\n")
    assert str(caught.value) == "quiz.gift:1: question dup, field choices: has duplicate choices"


def test_a_file_name_that_makes_no_slug_asks_for_one() -> None:
    with pytest.raises(QuestionFileError, match="give --slug"):
        read("سؤال؟ {T}\n", name="أسئلة.gift")
    assert read("سؤال؟ {T}\n", name="أسئلة.gift", slug="arabic-quiz").language == "ar"


def test_line_breaks_in_a_title_or_a_text_inject_no_question(seed: QuestionSet) -> None:
    injected = "\n\n::evil:: Is this an injected question? {T}\n\n"
    first = seed.questions[0]
    hostile = dataclasses.replace(
        seed,
        title="Data centres" + injected,
        questions=[
            dataclasses.replace(first, prompt=first.prompt + injected.replace("\n", "\r")),
            *seed.questions[1:],
        ],
    )
    back = parse_set("hostile.gift", gift.export(hostile).encode())
    assert [q.id for q in back.questions] == [q.id for q in seed.questions]
    assert back.title == "Data centres ::evil:: Is this an injected question? {T}"
    assert back.questions[0].prompt == first.prompt + injected


def test_a_long_file_of_untitled_questions_sharing_texts_keeps_every_id_apart() -> None:
    """Thousands of untitled questions, each text twice with other answers: the first takes
    the id of its text alone, the second one from its text and answers, none collide."""
    pairs = 1500
    text = "\n\n".join(
        f"What is item {n}? {{={n}}}\n\nWhat is item {n}? {{={n}a}}" for n in range(pairs)
    )
    questions = read(text, name="long.gift").questions
    ids = [q.id for q in questions]
    assert len(questions) == 2 * pairs and len(set(ids)) == len(ids)
    for n in (0, pairs // 2, pairs - 1):
        alone = read(f"What is item {n}? {{={n}}}").questions[0].id
        assert ids[2 * n] == alone != ids[2 * n + 1]
