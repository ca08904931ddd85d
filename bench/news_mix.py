"""The mix of questions on news articles that have no gold facts: articles a teacher might
paste, never seen by the rules (news-dev's gold-fact coverage is bench/news_coverage.py).

Per article and overall: the share of gap-fills in the top ten, the kinds in the top ten, and
how many of the ten the draft page shows first. With --items, the top ten of every article is
written as JSON lines for a blind reviewer (article, rank, type, prompt, choices, answer and the
further answers grading takes; no confidence, which would tell the reviewer the generator's own
opinion).

    .venv/bin/python bench/news_mix.py ARTICLE.txt ... [--items OUT.jsonl]

The articles are other people's text: keep them outside the repository.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.domain.generation import generate  # noqa: E402
from studyapp.domain.generation.calibration import is_likely  # noqa: E402
from studyapp.domain.questions import TYPED_TYPES, Question  # noqa: E402

TOP = 10


def item(article: str, rank: int, question: Question) -> dict:
    """One question as a blind reviewer reads it."""
    answer = question.answer
    row = {"article": article, "rank": rank, "type": question.type, "prompt": question.prompt}
    row["choices"] = question.choices
    if question.type in TYPED_TYPES and isinstance(answer, list):
        row["answer"], row["accepted"] = answer[0], answer[1:]
    else:
        row["answer"] = answer
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="+", type=Path)
    parser.add_argument("--items", type=Path, help="write the top ten for a blind review here")
    args = parser.parse_args()
    shares, kinds, shown, rows = [], Counter(), 0, []
    for path in args.files:
        questions = generate(path.read_text(encoding="utf-8")).questions[:TOP]
        share = sum(q.type == "cloze" for q in questions) / max(1, len(questions))
        likely = sum(is_likely(q) for q in questions)
        mix = Counter(q.type for q in questions)
        shares.append(share)
        kinds.update(mix)
        shown += likely
        rows += [item(path.stem, rank, q) for rank, q in enumerate(questions, 1)]
        listed = " ".join(f"{k}:{n}" for k, n in sorted(mix.items()))
        print(f"{path.stem:36} gap-fills {share:4.0%}  shown first {likely:2}  {listed}")
    print(
        f"overall: {len(shares)} articles, gap-fills {sum(shares) / len(shares):.0%} of the top "
        f"ten, shown first {shown / len(shares):.1f} per article; kinds {dict(kinds)}"
    )
    if args.items:
        lines = [json.dumps(row, ensure_ascii=False) for row in rows]
        args.items.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
