"""Tally a blind review of generated questions (docs/reviews/*.jsonl) as Markdown tables:
accepted per article, per kind of question and per group of articles, and rejects by defect.

    .venv/bin/python bench/review_tally.py docs/reviews/2026-12-01-third.jsonl [--rows]

With --rows, every judged question follows: article, rank, kind, verdict, defect, reason.

A row's group is its "source" field when it has one (held-out texts), else news-dev or the
seed article's whole output.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path


def group_of(row: dict) -> str:
    if row.get("source"):
        return row["source"]
    return "seed article, whole output" if row["article"] == "seed-full" else "news-dev, top ten"


def table(title: str, judged: Counter[str], accepted: Counter[str]) -> list[str]:
    lines = [f"| {title} | accepted |", "|---|---|"]
    for key in judged:
        share = accepted[key] / judged[key]
        lines.append(f"| {key} | {accepted[key]}/{judged[key]} ({share:.0%}) |")
    return lines + [""]


def tally(path: Path) -> str:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    out = []
    for key_of, title in (
        (group_of, "group"),
        (lambda r: r["article"], "article"),
        (lambda r: f"{r['type']} {r['category']}", "kind"),
    ):
        judged, accepted = Counter(), Counter()
        for row in rows:
            judged[key_of(row)] += 1
            accepted[key_of(row)] += row["verdict"] == "accept"
        out += table(title, judged, accepted)
    defects = Counter(row["defect"] for row in rows if row["verdict"] != "accept")
    out += ["| defect | rejected |", "|---|---|"]
    out += [f"| {defect} | {n} |" for defect, n in defects.most_common()] + [""]
    return "\n".join(out) + "\n"


def every_row(path: Path) -> str:
    out = ["| article | rank | kind | verdict | defect | reason |", "|---|---|---|---|---|---|"]
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        reason = r.get("reason", "").replace("|", "/")
        out.append(
            f"| {r['article']} | {r['rank']} | {r['type']} {r['category']} | {r['verdict']} "
            f"| {r['defect']} | {reason} |"
        )
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    names = [a for a in sys.argv[1:] if a != "--rows"]
    for name in names:
        print(tally(Path(name)))
        if "--rows" in sys.argv:
            print(every_row(Path(name)))
