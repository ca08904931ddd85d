"""Gold-fact coverage of the generator on the news-dev articles (../shared/datasets/news-dev).

Coverage, as that folder's README defines it: a fact is covered by a question of the ranked
output that asks it (attribution: who said it, or what the speaker said; order: an order question
with the steps in order; set: enough items in the answer, a select-all with a wrong choice; qa:
one side in the prompt, the other in the answer; answer: in the answer, not in the prompt;
mention: anywhere). Matching is by substring after the README's normalisation.

Per article and overall: coverage in the top 10 and top 20, musts in the top 20, the share of
gap-fills in the top 10, questions asked inside boilerplate, and the counts by kind.

    .venv/bin/python bench/news_coverage.py [--json] [--show N] [FILE.txt ...]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.domain.generation import generate  # noqa: E402
from studyapp.domain.generation.calibration import is_likely  # noqa: E402
from studyapp.domain.questions import Question  # noqa: E402

NEWS_DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "news-dev"
_FOLD = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و"})
_FOLD |= str.maketrans({"ئ": "ي", "ء": "ا", "ـ": None})


def norm(text: str) -> str:
    """The dataset README's normalisation: diacritics, tatweel, hamza forms, punctuation, case."""
    text = "".join(ch for ch in text if not ("\u064b" <= ch <= "\u065f" or ch == "\u0670"))
    text = text.translate(_FOLD)
    text = "".join(" " if unicodedata.category(ch).startswith("P") else ch for ch in text)
    return re.sub(r"\s+", " ", text.casefold()).strip()


def _has(text: str, keys: list[str]) -> bool:
    body = norm(text)
    return any(norm(k) and norm(k) in body for k in keys)


def _answers(question: Question) -> list[str]:
    answer = question.answer
    if isinstance(answer, bool):
        return []
    return [str(a) for a in answer] if isinstance(answer, list) else [str(answer)]


def covers(fact: dict, question: Question) -> bool:
    """True when `question` asks the gold `fact`, by the README's table."""
    kind = fact["kind"]
    prompt = question.prompt
    answer = " | ".join(_answers(question))
    if kind == "mention":
        return _has(" ".join([prompt, answer, *(question.choices or [])]), fact["any"])
    if question.type == "truefalse":
        return False
    if kind == "attribution":
        speaker, quote = fact["speaker"], fact["quote"]
        who = _has(answer, speaker) and _has(prompt, quote)
        what = _has(prompt, speaker) and _has(answer, quote)
        return who or what
    if kind == "order":
        if question.type != "order":
            return False
        steps = _answers(question)
        at = -1
        for keys in fact["steps"]:
            found = next((k for k, step in enumerate(steps) if k > at and _has(step, keys)), None)
            if found is None:
                return False
            at = found
        return True
    if kind == "set":
        items = _answers(question)
        hits = sum(1 for keys in fact["items"] if any(_has(item, keys) for item in items))
        if question.type == "multi" and len(question.choices or []) <= len(items):
            return False
        return hits >= fact.get("min", 2)
    if kind == "qa":
        a, b = fact["either"]
        return (_has(prompt, a) and _has(answer, b)) or (_has(prompt, b) and _has(answer, a))
    if kind == "answer":
        return _has(answer, fact["any"]) and not _has(prompt, fact["any"])
    raise ValueError(f"unknown fact kind {kind!r}")


def _share_of_gaps(questions: list[Question]) -> float:
    return sum(q.type == "cloze" for q in questions) / len(questions) if questions else 0.0


def score(path: Path) -> dict:
    """Coverage figures for one article and its gold file."""
    text = path.read_text(encoding="utf-8")
    gold = json.loads(path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    started = time.process_time()
    questions = generate(text, language=gold["language"]).questions
    elapsed = time.process_time() - started
    facts = gold["facts"]
    musts = [f for f in facts if f.get("must")]

    def covered(fact: dict, top: int) -> bool:
        return any(covers(fact, q) for q in questions[:top])

    top10 = questions[:10]
    boiler = [
        q for q in questions if any(norm(b) in norm(q.source.text) for b in gold["boilerplate"])
    ]
    return {
        "article": path.stem,
        "language": gold["language"],
        "questions": len(questions),
        "facts": len(facts),
        "top10": sum(covered(f, 10) for f in facts) / len(facts),
        "top20": sum(covered(f, 20) for f in facts) / len(facts),
        "musts20": sum(covered(f, 20) for f in musts) / len(musts) if musts else 1.0,
        "musts": len(musts),
        "gaps10": _share_of_gaps(top10),
        "gaps_shown10": _share_of_gaps([q for q in top10 if is_likely(q)]),
        # What the draft page shows first: the top ten without kinds reviewers rarely accept.
        "shown10": sum(is_likely(q) for q in top10),
        "speakers": any(f["kind"] == "attribution" for f in facts),
        "boilerplate": len(boiler),
        "kinds": dict(Counter(q.type for q in questions)),
        "kinds10": dict(Counter(q.type for q in top10)),
        "missed20": [f["id"] for f in facts if not covered(f, 20)],
        "ms": round(elapsed * 1000, 1),
        "top": [q.to_dict() for q in questions],
    }


def summary(rows: list[dict]) -> dict:
    facts = sum(r["facts"] for r in rows)
    musts = sum(r["musts"] for r in rows)
    speaking = [r for r in rows if r["speakers"]]
    return {
        "articles": len(rows),
        "top10": sum(r["top10"] * r["facts"] for r in rows) / facts,
        "top20": sum(r["top20"] * r["facts"] for r in rows) / facts,
        "musts20": sum(r["musts20"] * r["musts"] for r in rows) / musts,
        "gaps10_with_speakers": sum(r["gaps10"] for r in speaking) / max(1, len(speaking)),
        "worst_gaps10_with_speakers": max((r["gaps10"] for r in speaking), default=0.0),
        "gaps_shown10_with_speakers": sum(r["gaps_shown10"] for r in speaking)
        / max(1, len(speaking)),
        "boilerplate": sum(r["boilerplate"] for r in rows),
        "shown10": sum(r["shown10"] for r in rows) / len(rows),
        "kinds": dict(sum((Counter(r["kinds"]) for r in rows), Counter())),
        "kinds10": dict(sum((Counter(r["kinds10"]) for r in rows), Counter())),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--json", action="store_true", help="one JSON document, questions too")
    parser.add_argument("--show", type=int, default=0, help="print the top N questions of each")
    args = parser.parse_args()
    files = args.files or sorted(NEWS_DEV.glob("*.txt"))
    if not files:
        print(f"skipped: no articles in {NEWS_DEV.resolve()} (../shared is absent)")
        return 0
    rows = [score(path) for path in files]
    total = summary(rows)
    if args.json:
        print(json.dumps({"articles": rows, "overall": total}, ensure_ascii=False, indent=1))
        return 0
    print(f"{'article':40} {'n':>3} {'top10':>6} {'top20':>6} {'must20':>7} {'gap10':>6} kinds")
    for r in rows:
        kinds = " ".join(f"{k}:{n}" for k, n in sorted(r["kinds10"].items()))
        print(
            f"{r['article']:40} {r['questions']:3} {r['top10']:6.0%} {r['top20']:6.0%} "
            f"{r['musts20']:7.0%} {r['gaps10']:6.0%} {kinds}"
        )
        if r["missed20"]:
            print(f"{'':44}missed: {', '.join(r['missed20'])}")
        for rank, q in enumerate(r["top"][: args.show], 1):
            answer = q["answer"] if not isinstance(q["answer"], list) else " | ".join(q["answer"])
            choices = " / ".join(q.get("choices") or [])
            print(f"    {rank:2}. [{q['type']}/{q['category']} {q.get('confidence', 0):.2f}] ")
            print(
                f"        {q['prompt']}\n        -> {answer}"
                + (f"\n        ({choices})" if choices and q["type"] != "order" else "")
            )
    print(
        f"overall: top10 {total['top10']:.1%}, top20 {total['top20']:.1%}, musts in top20 "
        f"{total['musts20']:.1%}, gap-fills in top10 (articles with speakers) "
        f"{total['gaps10_with_speakers']:.0%} (worst {total['worst_gaps10_with_speakers']:.0%}), "
        f"boilerplate questions {total['boilerplate']}"
    )
    print(
        f"shown first on the draft page, of the top ten: {total['shown10']:.1f} per article, "
        f"gap-fills {total['gaps_shown10_with_speakers']:.0%} of them (articles with speakers)"
    )
    print(f"kinds in top10: {total['kinds10']}; all: {total['kinds']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
