"""Count how often blind reviewers of fresh news took the gap-fills each prompt cue marks
(studyapp/domain/generation/gap_cues.py), against the other gaps of the same kind: the shares
calibration.py rates them by (LONG_LIST_GAP, SHARED_WORD_GAP, WEEKDAY_BESIDE_DAY, WEEKDAY_GAP).

    .venv/bin/python bench/gap_cues.py [--until N]

Reads the judged rows bench/calibrate.py fits on from the reviews of fresh news (recent()),
each gap with the prompt it was shown with; --until stops at the N-th review (the shipped
constants were counted to the two-hundred-and-fifty-ninth).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import calibrate  # noqa: E402

from studyapp.domain.generation import gap_cues  # noqa: E402

_ARABIC = re.compile(r"(?:^|-)ar(?:-|$)")


def cue(row: dict) -> str | None:
    """The cue a judged gap's prompt shows, as calibration.py reads it (gap_cues.cue), or the
    other name gaps it is compared with."""
    answer = row["answer"]
    key = str(answer[0] if isinstance(answer, list) else answer)
    language = "ar" if _ARABIC.search(row["article"]) else "en"
    found = gap_cues.cue(row["category"], key, row["prompt"], language)
    return found or ("other name" if row["category"] == "entity" else None)


def count(until: int | None = None) -> tuple[Counter[str], Counter[str], dict[str, set]]:
    """Judged and accepted gaps of each cue, and the articles they were judged in, in the
    reviews of fresh news up to the `until`-th."""
    judged, accepted, articles = Counter(), Counter(), {}
    for path in calibrate.recent():
        if until and calibrate.ordinal(path) > until:
            continue
        for row in calibrate.judged_rows(path):
            if row["type"] != "cloze" or not row.get("prompt"):
                continue
            found = cue(row)
            if found:
                judged[found] += 1
                accepted[found] += row["verdict"] == "accept"
                articles.setdefault(found, set()).add((path.name, row["article"]))
    return judged, accepted, articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--until", type=int, metavar="N", help="the last review counted")
    judged, accepted, articles = count(parser.parse_args().until)
    for found in sorted(judged):
        share = accepted[found] / judged[found]
        print(
            f"{found:<26} {accepted[found]:>5} / {judged[found]:<5} {share:.2f}"
            f"  ({len(articles[found])} articles)"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
