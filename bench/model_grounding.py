"""What the grounding checks drop, on the news-dev articles, from scripted model answers.

    .venv/bin/python bench/model_grounding.py [DIR]

No real model is measured here. For each article a script writes the answer a model might
give: faithful questions quoted exactly, quoted with the slips models make (case and
punctuation, a letter swapped, a clause of the sentence), and planted faults (a sentence
from another article, a changed number, a gap key from another sentence, an unnamed speaker,
a missing field, an answer not among the choices, a repeat). Each proposal goes through the
grounding of the model back end (grounding.ground), and the whole answer through the back
end's pipeline (ranking and de-duplication included). The table says, per kind of
proposal, how many were kept and which check dropped the others: faithful kinds should be
kept, planted faults dropped by the check named for them.
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.domain.generation.backends import Model, generate  # noqa: E402
from studyapp.domain.generation.backends.grounding import REASONS, Article, ground  # noqa: E402
from studyapp.domain.generation.backends.replies import proposal  # noqa: E402
from studyapp.domain.text import split_sentences  # noqa: E402

DATASET = Path(__file__).resolve().parents[1] / ".." / "shared" / "datasets" / "news-dev"
FAITHFUL = ("exact", "normalised", "letter slip", "clause", "gap, key in source")
FAULTS = (
    "other article's sentence",
    "changed number",
    "a word replaced",
    "gap key from elsewhere",
    "unnamed speaker",
    "missing field",
    "answer not a choice",
    "repeat",
)


def _long_words(sentence: str) -> list[str]:
    return [w for w in re.findall(r"\w+", sentence) if len(w) >= 5 and not w.isdigit()]


def _swap(word: str) -> str:
    middle = len(word) // 2
    return word[: middle - 1] + word[middle] + word[middle - 1] + word[middle + 1 :]


def _tf(source: str, kind: str) -> tuple[str, dict[str, object]]:
    return kind, {"type": "truefalse", "category": "fact", "prompt": source, "answer": True,
                  "source": source}  # fmt: skip


def script(text: str, other: str, rng: random.Random) -> list[tuple[str, dict[str, object]]]:
    """The scripted answer for one article: (kind, proposal) pairs."""
    sentences = [s.text for s in split_sentences(text) if len(_long_words(s.text)) >= 3]
    rng.shuffle(sentences)
    foreign = [s.text for s in split_sentences(other) if len(s.text.split()) >= 6]
    out: list[tuple[str, dict[str, object]]] = []
    for n, sentence in enumerate(sentences[:12]):
        words = _long_words(sentence)
        kind = FAITHFUL[n % len(FAITHFUL)]
        if kind == "exact":
            out.append(_tf(sentence, kind))
        elif kind == "normalised":
            out.append(_tf(re.sub(r"[^\w\s]", "", sentence).lower(), kind))
        elif kind == "letter slip":
            longest = max(words, key=len)
            out.append(_tf(sentence.replace(longest, _swap(longest), 1), kind))
        elif kind == "clause":
            half = sentence.split()
            out.append(_tf(" ".join(half[len(half) // 3 :]), kind))
        else:
            key = max(words, key=len)
            prompt = sentence.replace(key, "____", 1)
            out.append((kind, {"type": "cloze", "category": "fact", "prompt": prompt,
                               "answer": key, "source": sentence}))  # fmt: skip
    first = sentences[0] if sentences else text
    numbered = next((s for s in sentences if re.search(r"\d", s)), None)
    out.append(
        _tf(foreign[0] if foreign else "A sentence from elsewhere.", "other article's sentence")
    )
    if numbered:
        out.append(
            _tf(re.sub(r"\d", lambda m: str((int(m.group()) + 3) % 10), numbered), "changed number")
        )
    foreign_words = _long_words(" ".join(foreign)) or ["elsewhere"]
    if len(sentences) > 2:
        longest = max(_long_words(sentences[2]), key=len)
        replaced = sentences[2].replace(longest, rng.choice(foreign_words), 1)
        out.append(_tf(replaced, "a word replaced"))
    other_words = _long_words(sentences[1]) if len(sentences) > 1 else ["elsewhere"]
    stray = next((w for w in other_words if w not in first), other_words[0])
    out.append(("gap key from elsewhere", {"type": "cloze", "category": "fact", "answer": stray,
                            "prompt": first.replace(_long_words(first)[0], "____", 1),
                            "source": first}))  # fmt: skip
    speaker = {
        "type": "mcq",
        "category": "attribution",
        "prompt": "Who said this?",
        "choices": ["Zebulon Quartermaine", "Ignatius Bellweather", "Octavia Thistlewood"],
        "answer": "Zebulon Quartermaine",
        "source": first,
    }
    out.append(("unnamed speaker", speaker))
    out.append(("missing field", {"type": "mcq", "category": "fact", "prompt": "Which one?",
                            "answer": "x"}))  # fmt: skip
    out.append(("answer not a choice", {"type": "mcq", "category": "fact", "prompt": "Which one?",
                            "choices": ["one", "two", "three"], "answer": "four",
                            "source": first}))  # fmt: skip
    out.append(("repeat", dict(out[0][1])))
    return out


def main() -> int:
    directory = Path(sys.argv[1]) if len(sys.argv) > 1 else DATASET
    paths = sorted(directory.glob("*.txt"))
    if not paths:
        print(f"skipped: no articles in {directory}")
        return 0
    rng = random.Random(16)
    table: dict[str, Counter[str]] = defaultdict(Counter)
    totals: Counter[str] = Counter()
    proposed = kept = 0
    for n, path in enumerate(paths):
        text = path.read_text(encoding="utf-8")
        other = paths[(n + 1) % len(paths)].read_text(encoding="utf-8")
        pairs = script(text, other, rng)
        article = Article(text)
        for m, (kind, item) in enumerate(pairs):
            found = proposal(item)
            outcome = ground(found, article, f"q{m}") if found else "malformed"
            table[kind][outcome if isinstance(outcome, str) else "kept"] += 1
        reply = json.dumps({"questions": [item for _, item in pairs]}, ensure_ascii=False)
        result = generate(text, backend="llm", model=Model(ask=lambda _, reply=reply: reply))
        report = result.report or {}
        proposed += int(report["proposed"])
        kept += int(report["kept"])
        totals.update(report["dropped"])
    columns = ["kept", *REASONS[:-1]]
    print(f"{len(paths)} articles, {proposed} proposals, {kept} kept after ranking")
    print("dropped by the pipeline: " + ", ".join(f"{r} {totals[r]}" for r in REASONS))
    print()
    print("| proposal | n | " + " | ".join(columns) + " |")
    print("|---|---|" + "---|" * len(columns))
    for kind in (*FAITHFUL, *FAULTS):
        row = table[kind]
        cells = " | ".join(str(row[c]) for c in columns)
        print(f"| {kind} | {sum(row.values())} | {cells} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
