"""How often a question of the first ten prints what another of them asks, the first reason
blind reviewers reject questions on news ("the prompt prints Q6's answer"). Two counts over
the first ten of each article:

- shown first: questions the draft page shows first whose prompt prints the key of another
  question of the ten;
- asked: questions of the ten whose key the prompt of another question of the ten prints.

"Prints" is the generator's own test (drafts.gives_away: the key as whole words after
normalising). Choices are left out: a who-said question offers the other speakers by design.

    .venv/bin/python bench/printed_keys.py [--show] [FILE.txt ...]   (default: news-dev)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.news_coverage import NEWS_DEV  # noqa: E402
from studyapp.domain.generation import generate  # noqa: E402
from studyapp.domain.generation.calibration import is_likely  # noqa: E402
from studyapp.domain.generation.drafts import gives_away, norm  # noqa: E402
from studyapp.domain.generation.ranker import FIRST  # noqa: E402
from studyapp.domain.generation.repeats import first_answer  # noqa: E402
from studyapp.domain.questions import Question  # noqa: E402

_NO_KEY = ("order", "multi", "truefalse")


def printed(questions: list[Question]) -> tuple[list[int], list[int]]:
    """Positions of the questions shown first that print another's key, and of the questions
    whose key another prints."""
    keys = [
        (n, first_answer(q))
        for n, q in enumerate(questions)
        if q.type not in _NO_KEY and norm(first_answer(q))
    ]
    printers = [
        n
        for n, q in enumerate(questions)
        if is_likely(q) and any(m != n and gives_away(q.prompt, key) for m, key in keys)
    ]
    victims = [
        m
        for m, key in keys
        if any(n != m and gives_away(q.prompt, key) for n, q in enumerate(questions))
    ]
    return printers, victims


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--show", action="store_true", help="print each printing question")
    args = parser.parse_args()
    files = args.files or sorted(NEWS_DEV.glob("*.txt"))
    if not files:
        print(f"no articles: {NEWS_DEV.resolve()} is absent", file=sys.stderr)
        return 2
    shown = printing = asked = victims = 0
    for path in files:
        first = generate(path.read_text(encoding="utf-8")).questions[:FIRST]
        printers, printed_keys = printed(first)
        shown += sum(is_likely(q) for q in first)
        printing += len(printers)
        asked += len(first)
        victims += len(printed_keys)
        if args.show:
            for n in printers:
                q = first[n]
                print(f"{path.name} #{n + 1} [{q.type} {q.category}] {q.prompt}")
    print(
        f"shown first printing another's key: {printing}/{shown}; "
        f"questions whose key another prints: {victims}/{asked}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
