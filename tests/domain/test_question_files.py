"""The questions/ file format: loading, the problems it reports, and dumping back."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studyapp.domain.grading import grade
from studyapp.domain.question_files import (
    QUESTION_KEYS,
    SET_KEYS,
    FileProblem,
    QuestionFileError,
    QuestionSet,
    dump,
    load_directory,
    load_file,
    load_text,
)
from studyapp.domain.questions import Question, Source

ARTICLE = (
    "Sarah Friar is the CFO of OpenAI. She spoke in San Francisco on Tuesday. "
    "Building is limited by chips, power and labour. The power is scarce."
)

VALID = f"""\
title: Test set
language: en
article: "{ARTICLE}"
questions:
  - id: q1
    type: mcq
    category: role
    prompt: Who is the CFO of OpenAI?
    choices: [Sarah Friar, Satya Nadella, Sam Altman]
    answer: Sarah Friar
    source: {{quote: "Sarah Friar is the CFO of OpenAI."}}
  - id: q2
    type: order
    category: sequence
    prompt: Put the constraints in the order the article lists them.
    choices: [power, chips, labour]
    answer: [chips, power, labour]
    source: {{quote: "chips, power and labour"}}
  - id: q3
    type: cloze
    category: place
    prompt: She spoke in ____ on Tuesday.
    answer: San Francisco
    source: {{quote: "She spoke in San Francisco on Tuesday."}}
  - id: q4
    type: truefalse
    category: fact
    prompt: Power is plentiful.
    answer: false
    source: {{quote: "power", occurrence: 2}}
"""


def write(folder: Path, text: str | bytes, name: str = "set.yaml") -> Path:
    path = folder / name
    if isinstance(text, str):
        text = text.encode("utf-8")
    path.write_bytes(text)
    return path


def line_of(text: str, needle: str) -> int:
    """1-based line of the first line containing `needle`."""
    for number, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return number
    raise AssertionError(f"{needle!r} not in text")


def only_problem(exc: pytest.ExceptionInfo[QuestionFileError]) -> FileProblem:
    assert len(exc.value.errors) == 1, str(exc.value)
    return exc.value.errors[0]


def test_valid_file_loads_with_quotes_resolved_to_offsets(tmp_path: Path) -> None:
    qset = load_file(write(tmp_path, VALID, "energy-basics.yaml"))

    assert qset.slug == "energy-basics"  # defaults to the file stem
    assert (qset.title, qset.language, qset.tags) == ("Test set", "en", [])
    assert qset.path == str(tmp_path / "energy-basics.yaml")
    assert [q.id for q in qset.questions] == ["q1", "q2", "q3", "q4"]
    for question in qset.questions:
        source = question.source
        assert ARTICLE[source.start : source.end] == source.text
    assert qset.questions[2].answer == ["San Francisco"]  # one accepted answer is wrapped
    assert qset.questions[3].answer is False
    assert qset.questions[3].source.start == ARTICLE.rindex("power")  # occurrence: 2


def test_offsets_source_as_the_generator_writes_it_loads(tmp_path: Path) -> None:
    start = ARTICLE.index("San Francisco")
    end = start + len("San Francisco")
    text = VALID.replace(
        'source: {quote: "She spoke in San Francisco on Tuesday."}',
        f"source: {{start: {start}, end: {end}, text: San Francisco}}\n    confidence: 0.8",
    )
    question = load_file(write(tmp_path, text)).questions[2]
    assert question.source == Source(start, end, "San Francisco")
    assert question.confidence == 0.8


def test_accept_adds_answers_a_student_may_type_instead(tmp_path: Path) -> None:
    text = VALID.replace(
        "answer: San Francisco", "answer: San Francisco\n    accept: [SF, san francisco, Frisco]"
    )
    cloze = load_file(write(tmp_path, text)).questions[2]

    assert cloze.answer == ["San Francisco", "SF", "Frisco"]  # a mere case change is dropped
    assert cloze.canonical_answer == "San Francisco"
    assert grade(cloze, "Frisco").correct
    assert grade(cloze, "sf").correct
    assert not grade(cloze, "Los Angeles").correct


def test_accept_may_be_one_text_and_adds_to_an_answer_list(tmp_path: Path) -> None:
    one = VALID.replace("answer: San Francisco", "answer: San Francisco\n    accept: SF")
    assert load_file(write(tmp_path, one)).questions[2].answer == ["San Francisco", "SF"]
    both = VALID.replace("answer: San Francisco", "answer: [San Francisco, SF]\n    accept: Frisco")
    assert load_file(write(tmp_path, both)).questions[2].answer == ["San Francisco", "SF", "Frisco"]


def test_offsets_whose_text_differs_from_the_article_are_refused(tmp_path: Path) -> None:
    text = VALID.replace(
        'source: {quote: "Sarah Friar is the CFO of OpenAI."}',
        "source: {start: 0, end: 11, text: Sam Altman}",
    )
    with pytest.raises(QuestionFileError) as exc:
        load_file(write(tmp_path, text))
    problem = only_problem(exc)
    assert (problem.line, problem.question_id, problem.field) == (
        line_of(text, "text: Sam Altman"),
        "q1",
        "source",
    )
    assert "does not match" in problem.message


# Each case: (text to replace, replacement, line marker in the new text, id, field, message).
ERROR_CASES = {
    "unknown type": ("type: truefalse", "type: essay", "type: essay", "q4", "type", "essay"),
    "answer not among choices": (
        "answer: Sarah Friar",
        "answer: Tim Cook",
        "answer: Tim Cook",
        "q1",
        "answer",
        "must be one of the choices",
    ),
    "missing prompt": (
        "    prompt: Who is the CFO of OpenAI?\n",
        "",
        "- id: q1",
        "q1",
        "prompt",
        "is required",
    ),
    "quote not in article": (
        '{quote: "chips, power and labour"}',
        '{quote: "chips, water and labour"}',
        "water",
        "q2",
        "source",
        "not found in the article",
    ),
    "order already in order": (
        "choices: [power, chips, labour]",
        "choices: [chips, power, labour]",
        "choices: [chips",
        "q2",
        "choices",
        "already in the right order",
    ),
    "unknown question key": (
        "answer: San Francisco",
        "answer: San Francisco\n    hint: a city",
        "hint: a city",
        "q3",
        "hint",
        "not a question field; expected one of id, type",
    ),
    "occurrence beyond the quote's count": (
        "occurrence: 2",
        "occurrence: 3",
        "occurrence: 3",
        "q4",
        "source",
        "occurs 2 time(s)",
    ),
    "accept on an mcq": (
        "answer: Sarah Friar",
        "answer: Sarah Friar\n    accept: [Friar]",
        "accept: [Friar]",
        "q1",
        "accept",
        "is only for cloze and short questions, not mcq",
    ),
    "empty accept": (
        "answer: San Francisco",
        "answer: San Francisco\n    accept: []",
        "accept: []",
        "q3",
        "accept",
        "is empty",
    ),
    "accept that is not text": (
        "answer: San Francisco",
        "answer: San Francisco\n    accept: [SF, {city: SF}]",
        "accept: [SF",
        "q3",
        "accept",
        "must be a text or a list of texts",
    ),
    "truefalse answer quoted": (
        "answer: false",
        'answer: "false"',
        'answer: "false"',
        "q4",
        "answer",
        "true or false",
    ),
}


@pytest.mark.parametrize("case", ERROR_CASES.values(), ids=ERROR_CASES.keys())
def test_a_bad_question_is_named_by_file_line_id_and_field(
    tmp_path: Path, case: tuple[str, str, str, str, str, str]
) -> None:
    old, new, marker, question_id, field, message = case
    assert old in VALID
    text = VALID.replace(old, new, 1)
    path = write(tmp_path, text)

    with pytest.raises(QuestionFileError) as exc:
        load_file(path)

    problem = only_problem(exc)
    assert problem.file == str(path)
    assert problem.line == line_of(text, marker)
    assert (problem.question_id, problem.field) == (question_id, field)
    assert message in problem.message
    assert str(exc.value) == (
        f"{path}:{problem.line}: question {question_id}, field {field}: {problem.message}"
    )


def test_duplicate_id_names_the_second_and_points_to_the_first(tmp_path: Path) -> None:
    text = VALID.replace("- id: q3", "- id: q1")
    path = write(tmp_path, text)
    with pytest.raises(QuestionFileError) as exc:
        load_file(path)
    problem = only_problem(exc)
    assert (problem.file, problem.question_id, problem.field) == (str(path), "q1", "id")
    first, second = [n for n, line in enumerate(text.splitlines(), 1) if "- id: q1" in line]
    assert problem.line == second
    assert f"first at line {first}" in problem.message

    # still reported when the duplicate has problems of its own
    broken = text.replace("She spoke in ____ on Tuesday.", "She spoke on Tuesday.")
    with pytest.raises(QuestionFileError) as exc:
        load_file(write(tmp_path, broken))
    assert [(p.line, p.field) for p in exc.value.errors] == [(second, "id"), (second + 3, "prompt")]


def test_a_misspelt_key_is_reported_with_the_likely_intended_one(tmp_path: Path) -> None:
    text = VALID.replace("answer: San Francisco", "anwser: San Francisco")
    with pytest.raises(QuestionFileError) as exc:
        load_file(write(tmp_path, text))
    messages = {(p.field, p.message) for p in exc.value.errors}
    assert messages == {
        ("anwser", "is not a question field; did you mean answer?"),
        ("answer", "is required"),
    }


def test_a_quote_spelled_differently_gets_a_hint(tmp_path: Path) -> None:
    text = VALID.replace('"chips, power and labour"', '"chips,  power and labour"')
    with pytest.raises(QuestionFileError) as exc:
        load_file(write(tmp_path, text))
    assert "copy it exactly" in only_problem(exc).message


def test_broken_yaml_names_the_file_and_line(tmp_path: Path) -> None:
    text = VALID.replace("    category: place", "    category: [place")
    path = write(tmp_path, text)
    with pytest.raises(QuestionFileError) as exc:
        load_file(path)
    problem = only_problem(exc)
    assert problem.file == str(path)
    assert problem.line is not None
    assert line_of(text, "[place") <= problem.line <= line_of(text, "[place") + 2
    assert "not valid YAML" in problem.message


def test_text_that_is_not_utf8_is_refused_naming_file_and_line(tmp_path: Path) -> None:
    raw = VALID.replace("Test set", "Caf\xe9").encode("latin-1")
    path = write(tmp_path, raw)
    with pytest.raises(QuestionFileError) as exc:
        load_file(path)
    problem = only_problem(exc)
    assert (problem.file, problem.line) == (str(path), 1)
    assert "not UTF-8" in problem.message


def test_a_byte_order_mark_is_tolerated(tmp_path: Path) -> None:
    path = write(tmp_path, b"\xef\xbb\xbf" + VALID.encode("utf-8"))
    assert load_file(path).title == "Test set"
    assert load_text("\ufeff" + VALID, name="bom.yaml").title == "Test set"


def test_unknown_and_missing_set_fields_are_reported_together(tmp_path: Path) -> None:
    text = VALID.replace("language: en\n", "").replace("title: Test set", "titel: Test set")
    path = write(tmp_path, text)
    with pytest.raises(QuestionFileError) as exc:
        load_file(path)
    problems = {(p.field, p.line) for p in exc.value.errors}
    assert problems == {("titel", 1), ("title", None), ("language", None)}
    assert len(str(exc.value).splitlines()) == 3


def test_every_problem_in_a_file_is_reported_and_nothing_is_returned(tmp_path: Path) -> None:
    text = (
        VALID.replace("answer: Sarah Friar", "answer: Tim Cook")
        .replace("type: cloze", "type: riddle")
        .replace("occurrence: 2", "occurrence: 9")
    )
    with pytest.raises(QuestionFileError) as exc:
        load_file(write(tmp_path, text))
    assert [(p.question_id, p.field) for p in exc.value.errors] == [
        ("q1", "answer"),
        ("q3", "type"),
        ("q4", "source"),
    ]


def test_article_file_is_read_next_to_the_question_file(tmp_path: Path) -> None:
    (tmp_path / "energy.article.txt").write_text(ARTICLE, encoding="utf-8")
    text = VALID.replace(f'article: "{ARTICLE}"', "article_file: energy.article.txt")
    qset = load_file(write(tmp_path, text))
    assert qset.article == ARTICLE
    assert qset.article_file == "energy.article.txt"

    with pytest.raises(QuestionFileError) as exc:
        load_text(text, name="upload.yaml", base_dir=None)
    assert only_problem(exc).field == "article_file"


def test_article_file_outside_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "outside.txt").write_text(ARTICLE, encoding="utf-8")
    folder = tmp_path / "questions"
    folder.mkdir()
    text = VALID.replace(f'article: "{ARTICLE}"', "article_file: ../outside.txt")
    with pytest.raises(QuestionFileError) as exc:
        load_file(write(folder, text))
    problem = only_problem(exc)
    assert (problem.field, problem.line) == ("article_file", 3)
    assert "outside" in problem.message


def test_load_directory_is_sorted_and_collects_problems_of_every_file(tmp_path: Path) -> None:
    write(tmp_path, VALID.replace("title: Test set", "slug: b-set\ntitle: B"), "b.yml")
    write(tmp_path, VALID.replace("title: Test set", "slug: a-set\ntitle: A"), "a.yaml")
    write(tmp_path, "not a question set", "notes.txt")
    assert [s.slug for s in load_directory(tmp_path)] == ["a-set", "b-set"]

    write(tmp_path, VALID.replace("answer: Sarah Friar", "answer: Tim Cook"), "c.yaml")
    write(tmp_path, "title: [", "d.yaml")
    write(tmp_path, VALID.replace("title: Test set", "slug: a-set\ntitle: E"), "e.yaml")
    with pytest.raises(QuestionFileError) as exc:
        load_directory(tmp_path)
    assert [(Path(p.file).name, p.field) for p in exc.value.errors] == [
        ("c.yaml", "answer"),
        ("d.yaml", None),
        ("e.yaml", "slug"),
    ]


def test_file_problem_reads_as_one_line() -> None:
    full = FileProblem("questions/x.yaml", 12, "q7", "answer", "must be one of the choices")
    assert str(full) == "questions/x.yaml:12: question q7, field answer: must be one of the choices"
    assert str(FileProblem("x.yaml", None, None, "title", "is required")) == (
        "x.yaml: field title: is required"
    )
    assert str(FileProblem("x.yaml", 3, None, None, "is not valid YAML")) == (
        "x.yaml:3: is not valid YAML"
    )


# Dumping -----------------------------------------------------------------------------------


def test_dump_round_trips_and_is_deterministic(tmp_path: Path) -> None:
    qset = load_file(write(tmp_path, VALID))
    text = dump(qset)
    again = load_text(text, name="copy.yaml")
    assert again == qset
    assert dump(again) == text
    assert "occurrence: 2" in text  # the second "power" stays the second


def test_dump_writes_alternatives_under_accept_and_reads_them_back(tmp_path: Path) -> None:
    text = VALID.replace("answer: San Francisco", "answer: [San Francisco, SF, Frisco]")
    qset = load_file(write(tmp_path, text))

    dumped = dump(qset)
    written = yaml.safe_load(dumped)["questions"][2]
    assert (written["answer"], written["accept"]) == ("San Francisco", ["SF", "Frisco"])
    assert load_text(dumped, name="copy.yaml") == qset
    assert "accept" not in yaml.safe_load(dump(load_file(write(tmp_path, VALID))))["questions"][2]


def test_dump_of_a_set_built_in_code_round_trips() -> None:
    article = "الطاقة محدودة.\nوالعمالة محدودة أيضًا.\n"
    start = article.index("العمالة")
    qset = QuestionSet(
        slug="ar-set",
        title="مجموعة: اختبار",
        language="ar",
        article=article,
        tags=["طاقة", "yes"],
        questions=[
            Question(
                id="1",
                type="flashcard",
                prompt="العمالة",
                answer="true",
                source=Source(start, start + len("العمالة"), "العمالة"),
                category="definition",
                confidence=0.123456,
                extra={"generator": "cloze-v1"},
            )
        ],
    )
    text = dump(qset)
    assert load_text(text, name="ar-set.yaml") == qset
    assert "مجموعة" in text and "\\u" not in text  # Arabic stays readable
    keys = [line.split(":")[0] for line in text.splitlines() if not line.startswith(" ")]
    assert keys == ["slug", "title", "language", "tags", "article", "questions"]


def test_dump_keeps_referring_to_the_article_file(tmp_path: Path) -> None:
    (tmp_path / "energy.article.txt").write_text(ARTICLE, encoding="utf-8")
    text = VALID.replace(f'article: "{ARTICLE}"', "article_file: energy.article.txt")
    qset = load_file(write(tmp_path, text))

    dumped = dump(qset)
    assert "article_file: energy.article.txt" in dumped and ARTICLE not in dumped
    assert load_text(dumped, name="x.yaml", base_dir=tmp_path) == qset

    inline = dump(dataclasses.replace(qset, article_file=None))
    assert "article_file" not in inline and load_text(inline, name="x.yaml") == qset
    assert "article_file: other.txt" in dump(qset, article_file="other.txt")


# Robustness --------------------------------------------------------------------------------

_scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=20)
_values = st.recursive(
    _scalars,
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(QUESTION_KEYS + ("quote", "start")), inner, max_size=6)
    ),
    max_leaves=20,
)
_documents = st.dictionaries(st.sampled_from(SET_KEYS + ("junk",)), _values, max_size=8)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_text_either_loads_or_raises_question_file_error(text: str) -> None:
    try:
        load_text(text, name="fuzz.yaml")
    except QuestionFileError as exc:
        assert exc.errors and all(p.file == "fuzz.yaml" for p in exc.errors)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(_documents)
def test_any_yaml_mapping_either_loads_or_raises_question_file_error(document: dict) -> None:
    try:
        load_text(yaml.safe_dump(document, allow_unicode=True), name="fuzz.yaml")
    except QuestionFileError as exc:
        assert exc.errors
