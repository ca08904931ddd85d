"""How well the generator's confidence predicts a blind reviewer's verdict, on labels that the
rates were not fitted on (docs/reviews/held-out/*.jsonl).

    .venv/bin/python bench/calibration_check.py docs/reviews/held-out/2026-12-01-tenth.jsonl

Regenerates each judged article (news-dev and the seed from ../shared, "x-<lang>-<title>" as the
paragraphs of that XQuAD article joined), finds each judged question by its prompt, and prints
predicted against observed acceptance by band of confidence, and the Brier score against always
predicting the overall rate. Run it on the commit the review judged.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.domain.generation import generate  # noqa: E402

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared"
BANDS = ((0.0, 0.15), (0.15, 0.35), (0.35, 0.55), (0.55, 0.75), (0.75, 1.01))


def article_text(name: str) -> str:
    if name == "seed-full":
        return (SHARED / "seed" / "article-ar.txt").read_text(encoding="utf-8")
    if name.startswith("x-"):
        _, language, title = name.split("-", 2)
        data = json.loads((SHARED / "datasets" / f"xquad.{language}.json").read_text())["data"]
        # "Jacksonville,_Florida" is judged as "x-en-jacksonville_florida": no commas or brackets.
        article = next(a for a in data if re.sub(r"[,()]", "", a["title"].lower()) == title)
        return "\n\n".join(p["context"] for p in article["paragraphs"])
    return (SHARED / "datasets" / "news-dev" / f"{name}.txt").read_text(encoding="utf-8")


def main(path: Path) -> int:
    if not SHARED.exists():
        print(f"skipped: {SHARED.resolve()} is absent")
        return 0
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    generated: dict[str, list] = {}
    pairs = []
    for row in rows:
        name = row["article"]
        if name not in generated:
            generated[name] = generate(article_text(name)).questions
        # Reviews from the seventh on judge what the draft page shows first, so the judged rank
        # is not always the generated one: the question is found by its prompt.
        question = next((q for q in generated[name] if q.prompt == row["prompt"]), None)
        if question is None:
            print(f"{name} #{row['rank']}: not the question judged; run on the judged commit")
            return 1
        pairs.append((question.confidence or 0.0, row["verdict"] == "accept"))
    for low, high in BANDS:
        band = [(c, a) for c, a in pairs if low <= c < high]
        if band:
            predicted = sum(c for c, _ in band) / len(band)
            observed = sum(a for _, a in band) / len(band)
            print(
                f"confidence {low:.2f}-{min(high, 1):.2f}: {len(band):>3} questions, "
                f"predicted {predicted:.2f}, accepted {observed:.2f}"
            )
    overall = sum(a for _, a in pairs) / len(pairs)
    brier = sum((c - a) ** 2 for c, a in pairs) / len(pairs)
    constant = sum((overall - a) ** 2 for _, a in pairs) / len(pairs)
    print(f"Brier score {brier:.3f} (always {overall:.2f}: {constant:.3f}), {len(pairs)} questions")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
