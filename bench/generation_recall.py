"""Answer recall at k of the question generator on SQuAD-format reading-comprehension data.

Measure (../shared/datasets/README.md): run the generator on each paragraph alone, keep its k
best questions, collect their answers (each item of a list answer on its own; mcq: the answer;
cloze/short: every accepted answer; order: the steps; truefalse: skipped). A human question is
recalled when some generated answer reaches token F1 >= 0.5 with one of its human answers.

    .venv/bin/python bench/generation_recall.py [--k 10 20] [--only arcd-train] [--max N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.domain.generation import GenerationError, generate  # noqa: E402
from studyapp.domain.questions import Question  # noqa: E402
from studyapp.domain.text import tokens  # noqa: E402

DATASETS = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets"
FILES = {
    "arcd-train": "arcd-train.json",
    "arcd-test": "arcd-test.json",
    "xquad.ar": "xquad.ar.json",
    "xquad.en": "xquad.en.json",
    "tydiqa.ar": "tydiqa-goldp-dev.ar.json",
    "tydiqa.en": "tydiqa-goldp-dev.en.json",
}


def answers_of(question: Question) -> list[str]:
    if question.type == "truefalse":
        return []
    if question.type in ("cloze", "short"):
        return list(question.accepted_answers)
    if isinstance(question.answer, list):
        return [str(a) for a in question.answer]
    return [str(question.answer)]


def f1(predicted: list[str], gold: list[str]) -> float:
    common = sum((Counter(predicted) & Counter(gold)).values())
    if common == 0:
        return 0.0
    precision, recall = common / len(predicted), common / len(gold)
    return 2 * precision * recall / (precision + recall)


def recall(path: Path, ks: list[int], limit: int | None = None) -> dict[int, float]:
    hits, total = recalled(path, ks, limit)
    return {k: hits[k] / total if total else 0.0 for k in ks}


def recalled(path: Path, ks: list[int], limit: int | None = None) -> tuple[dict[int, int], int]:
    """How many human questions of `path` are recalled at each k, and how many there are."""
    data = json.loads(path.read_text(encoding="utf-8"))
    hits = dict.fromkeys(ks, 0)
    total = 0
    paragraphs = [p for article in data["data"] for p in article["paragraphs"]][:limit]
    for paragraph in paragraphs:
        try:
            questions = generate(paragraph["context"], limit=max(ks)).questions
        except GenerationError:
            questions = []
        generated = [[tokens(a) for a in answers_of(q)] for q in questions]
        for qa in paragraph["qas"]:
            gold = [tokens(a["text"]) for a in qa["answers"] if tokens(a["text"])]
            total += 1
            for k in ks:
                if any(
                    f1(answer, human) >= 0.5
                    for answers in generated[:k]
                    for answer in answers
                    if answer
                    for human in gold
                ):
                    hits[k] += 1
    return hits, total


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--k", type=int, nargs="+", default=[10, 20])
    parser.add_argument("--only", nargs="+", choices=sorted(FILES), default=sorted(FILES))
    parser.add_argument("--max", type=int, default=None, help="paragraphs per dataset")
    args = parser.parse_args()
    if not DATASETS.is_dir():
        print(f"skipped: no datasets folder at {DATASETS.resolve()}")
        return 0
    for name in [n for n in FILES if n in args.only]:
        path = DATASETS / FILES[name]
        if not path.exists():
            print(f"{name:12} skipped: {path.name} is absent")
            continue
        started = time.perf_counter()
        hits, total = recalled(path, args.k, args.max)
        figures = "  ".join(
            f"recall@{k}={hits[k] / max(1, total):.3f} ({hits[k]}/{total})" for k in args.k
        )
        print(f"{name:12} {figures}  ({time.perf_counter() - started:.1f}s)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
