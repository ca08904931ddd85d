"""Every question the generator proposes for the seed article and our own test articles.

Prints each question (rank, type, category, confidence, prompt, answer, choices) so that a person
can judge it as a teacher would, then the count per article and the share that passes validate()
(which must be 100%). The judged figures are recorded in docs/benchmarks.md, section "Generator".

    .venv/bin/python bench/generation_quality.py [FILE ...]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.domain.generation import generate  # noqa: E402
from studyapp.domain.generation.repeats import is_generic  # noqa: E402
from studyapp.domain.questions import Question, validate  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
ARTICLES = [
    REPO / ".." / "shared" / "seed" / "article-ar.txt",
    *sorted((REPO / "tests" / "domain" / "generation" / "articles").glob("*.txt")),
]


def line(rank: int, question: Question) -> str:
    answer = question.answer
    shown = " | ".join(answer) if isinstance(answer, list) else str(answer)
    text = (
        f"{rank:3}. [{question.type}/{question.category} {question.confidence or 0:.2f}] "
        f"{question.prompt}\n       -> {shown}"
    )
    if question.choices and question.type != "order":
        text += f"\n       choices: {' / '.join(question.choices)}"
    return text


def report(path: Path) -> bool:
    """Print the questions for one article; False when some question fails validation."""
    article = path.read_text(encoding="utf-8")
    result = generate(article)
    print(f"\n=== {path.name} ({result.language}) ===")
    invalid = 0
    for rank, question in enumerate(result.questions, 1):
        problems = validate(question, article)
        invalid += bool(problems)
        print(line(rank, question) + (f"\n       INVALID: {problems}" if problems else ""))
    total = len(result.questions)
    kinds = Counter(q.type for q in result.questions)
    generic = sum(1 for q in result.questions if is_generic(q))
    share = (total - invalid) / total if total else 1.0
    print(
        f"--- {total} questions ({', '.join(f'{k} {n}' for k, n in kinds.most_common())}; "
        f"{generic} generic phrase clozes); valid: {total - invalid}/{total} = {share:.0%}"
    )
    return invalid == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, default=ARTICLES)
    args = parser.parse_args()
    present = [path for path in args.files if path.exists()]
    for path in args.files:
        if not path.exists():
            print(f"skipped: {path.resolve()} is absent")
    ok = all([report(path) for path in present])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
