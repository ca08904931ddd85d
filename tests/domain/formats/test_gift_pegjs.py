"""gift-pegjs (npm), a GIFT parser written from Moodle's grammar, reads our export as we mean it.

`make test` installs it into tests/gift_pegjs with `npm ci` when node and npm are present.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from studyapp.domain.formats import gift
from studyapp.domain.question_files import QuestionSet, load_file
from studyapp.domain.questions import CLOZE_GAP, Question, Source

ROOT = Path(__file__).parents[3]
SEED = ROOT / "questions" / "openai-data-centers.yaml"
TOOL = ROOT / "tests" / "gift_pegjs"
ARTICLE = "The sentence."

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or not (TOOL / "node_modules" / "gift-pegjs").is_dir(),
    reason="gift-pegjs is not installed: needs node and `npm ci --prefix tests/gift_pegjs` "
    "(make test runs it when npm is present)",
)


def pegjs(text: str) -> list[dict]:
    """gift-pegjs's reading of `text`, categories left out."""
    done = subprocess.run(
        ["node", str(TOOL / "parse.js")], input=text, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, f"gift-pegjs refused the export: {done.stderr}"
    return [q for q in json.loads(done.stdout) if q["type"] != "Category"]


def as_pegjs_reads(question: dict) -> tuple:
    """(title, kind, stem, right answers, every answer) from gift-pegjs's question."""
    kind, stem = question["type"], question["stem"]["text"]
    if kind == "TF":
        return question["title"], "TF", stem, [question["isTrue"]], []
    if kind == "Matching":
        pairs = [(p["subquestion"]["text"], p["subanswer"]) for p in question["matchPairs"]]
        return question["title"], kind, stem, sorted(pairs), []
    texts = [c["text"]["text"] for c in question["choices"]]
    right = [
        c["text"]["text"]
        for c in question["choices"]
        if c["isCorrect"] or (c["weight"] or 0) > 0 or (kind == "Short" and c["weight"] is None)
    ]
    if question["hasEmbeddedAnswers"]:
        kind, stem = "Missing word", _gap(stem)
    return question["title"], kind, stem, sorted(right), texts if kind == "MC" else []


def as_we_mean(question: Question) -> tuple:
    """The same, from our question: what Moodle should read."""
    qid, prompt, answer = question.id, question.prompt, question.answer
    if question.type == "truefalse":
        return qid, "TF", prompt, [answer], []
    if question.type == "order":
        assert isinstance(answer, list)
        return qid, "Matching", prompt, sorted((str(i + 1), s) for i, s in enumerate(answer)), []
    if question.type in ("mcq", "multi"):
        right = answer if isinstance(answer, list) else [answer]
        return qid, "MC", prompt, sorted(right), question.choices
    accepted = answer if isinstance(answer, list) else [answer]
    if question.type == "cloze":
        before, _, after = prompt.partition(CLOZE_GAP)
        if after.strip():  # Moodle and gift-pegjs write the gap as five underscores
            return qid, "Missing word", _gap(f"{before}_____{after}"), sorted(accepted), []
    return qid, "Short", prompt, sorted(accepted), []


def _gap(stem: str) -> str:
    """The stem with no spaces around its gap: gift-pegjs adds one each side, Moodle none."""
    return re.sub(r"\s*_____\s*", "_____", stem)


def test_gift_pegjs_reads_every_seed_question_as_we_wrote_it() -> None:
    seed = load_file(SEED)
    read = pegjs(gift.export(seed))
    assert len(read) == len(seed.questions) == 40
    assert [as_pegjs_reads(q) for q in read] == [as_we_mean(q) for q in seed.questions]


def question(qid: str, qtype: str, prompt: str, answer: object, **more: object) -> Question:
    source = Source(0, len(ARTICLE), ARTICLE)
    return Question(id=qid, type=qtype, prompt=prompt, answer=answer, source=source, **more)


def test_gift_pegjs_reads_the_edge_cases_moodle_used_to_misread() -> None:
    many = [f"c{n}" for n in range(13)]
    edge = QuestionSet(
        slug="edge",
        title="Edge",
        language="en",
        article=ARTICLE,
        questions=[
            question("end", "cloze", "The capital of France is ____", ["Paris"]),
            # A right choice after = takes no weight in Moodle, but does in gift-pegjs: only
            # the wrong ones, where the two agree, are checked here.
            question("pct", "mcq", "How many?", "all", choices=["%10%", "%20%", "all"]),
            question("rate", "short", "Rate?", ["%5% a year"]),
            question("arrow", "flashcard", "Implication", "p -> q"),
            question("many", "multi", "Which?", many[:2], choices=many),
            question(
                "force",
                "mcq",
                "Unit of force?",
                "Newton",
                choices=["Newton", "Kilogram-force", "Joule"],
                extra={"weights": {"Kilogram-force": 50}},
            ),
        ],
    )
    end, pct, rate, arrow, several, force = pegjs(gift.export(edge))
    assert as_pegjs_reads(end)[1:4] == ("Short", "The capital of France is ____", ["Paris"])
    assert as_pegjs_reads(pct)[3:] == (["all"], ["%10%", "%20%", "all"])
    assert as_pegjs_reads(rate)[3] == ["%5% a year"]
    # Not a matching question; GIFT has no escape for "->", so its reader shows a backslash.
    assert as_pegjs_reads(arrow)[1:4] == ("Short", "Implication", ["p -\\> q"])
    weights = [c["weight"] for c in several["choices"]]
    assert weights == [50, 50] + [-10] * 11
    assert [c["weight"] for c in force["choices"]] == [None, 50, None]
