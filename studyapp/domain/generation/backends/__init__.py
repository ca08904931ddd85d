"""One interface, two back ends: the rules (the default, offline) and a language model.

`generate(text, backend=...)` returns a GenerationResult whatever runs. The model's questions
are grounded in the article (grounding.py), calibrated and ranked with the rules' own, and
may be mixed with them ("mixed"). When the model fails (timeout, error, bad JSON, refusal)
or none of its questions holds, the rules answer and the report says why. The model is
reached through `ask`, a callable the caller supplies: the domain makes no network call.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from ...text import split_sentences
from .. import GenerationResult, calibration, check_article, propose, ranker
from . import prompt, replies
from .grounding import REASONS, Article, ground

BACKENDS = ("rules", "llm", "mixed")
# Why the model gave nothing usable; the rules then answer.
FAILURES = ("timeout", "error", "bad_json", "refusal", "nothing_grounded")

Messages = list[dict[str, str]]
Progress = Callable[[int, int], None]


class ModelFailure(Exception):
    """A call to the model gave no reply to read; `kind` is one of FAILURES."""

    def __init__(self, kind: str, detail: str = "") -> None:
        super().__init__(f"{kind}: {detail}" if detail else kind)
        self.kind = kind
        self.detail = detail


@dataclass(frozen=True)
class Model:
    """How to reach the model: `ask(messages)` returns the reply's text or raises
    ModelFailure; `max_chars` is the most article sent in one call."""

    ask: Callable[[Messages], str]
    max_chars: int = 12_000
    per_call: int = 12
    name: str = "model"


def generate(
    text: str,
    *,
    backend: str = "rules",
    model: Model | None = None,
    language: str | None = None,
    title: str | None = None,
    limit: int | None = None,
    progress: Progress | None = None,
) -> GenerationResult:
    """Questions on `text` from the chosen back end, best first.

    :raises GenerationError: when the text is unusable (as the rules raise it).
    :raises ValueError: for an unknown back end, or "llm" without a model.
    """
    if backend not in BACKENDS:
        raise ValueError(f"backend must be one of {', '.join(BACKENDS)}, not {backend!r}")
    language = check_article(text, language)
    if backend == "rules":
        rules = propose(text, language=language, title=title)
        if progress:
            progress(1, 1)
        return GenerationResult(
            language,
            rules.title,
            ranker.rank(rules.questions, limit, article=rules.article, language=language),
        )
    if model is None:
        raise ValueError("no language model is configured")
    return _with_model(text, backend, model, language, title, limit, progress)


def pieces(text: str, max_chars: int) -> list[tuple[int, str]]:
    """The article cut at sentence ends into pieces of at most `max_chars` (a longer sentence
    stands alone), each with its offset."""
    cut: list[tuple[int, str]] = []
    start = end = None
    for sentence in split_sentences(text):
        if start is not None and end is not None and sentence.end - start > max_chars:
            cut.append((start, text[start:end]))
            start = None
        start = sentence.start if start is None else start
        end = sentence.end
    if start is not None and end is not None:
        cut.append((start, text[start:end]))
    return cut


def _with_model(
    text: str,
    backend: str,
    model: Model,
    language: str,
    title: str | None,
    limit: int | None,
    progress: Progress | None,
) -> GenerationResult:
    article = Article(text)
    dropped: Counter[str] = Counter()
    grounded = []
    failures: list[str] = []
    proposed = 0
    parts = pieces(text, model.max_chars)
    for call, (_, piece) in enumerate(parts, start=1):
        reply = ""
        try:
            reply = model.ask(prompt.messages(piece, language, title, model.per_call))
            items = replies.parse(reply)
        except ModelFailure as failure:
            failures.append(failure.kind)
            items = []
        except replies.BadReply:
            # Prose without any JSON is the model declining ("I cannot help with that").
            failures.append("bad_json" if "{" in reply or "[" in reply else "refusal")
            items = []
        proposed += len(items)
        for n, item in enumerate(items, start=1):
            found = replies.proposal(item)
            outcome = ground(found, article, f"model-{call}-{n}") if found else "malformed"
            if isinstance(outcome, str):
                dropped[outcome] += 1
            else:
                grounded.append(outcome)
        if progress:
            progress(call, len(parts))
    calibration.calibrate(grounded)
    rules = propose(text, language=language, title=title)
    pool = grounded + (rules.questions if backend == "mixed" else [])
    ranked = ranker.rank(pool, None, article=rules.article, language=language)
    kept = sum(1 for q in ranked if q.extra.get("generator") == "model")
    dropped["duplicate"] += len(grounded) - kept
    report: dict[str, object] = {
        "backend": backend,
        "model": model.name,
        "calls": len(parts),
        "failed_calls": len(failures),
        "proposed": proposed,
        "kept": kept,
        "dropped": {reason: dropped[reason] for reason in REASONS if dropped[reason]},
        "fallback": None,
    }
    if kept == 0 and backend == "llm":
        report["fallback"] = failures[0] if failures and not proposed else "nothing_grounded"
        ranked = ranker.rank(rules.questions, None, article=rules.article, language=language)
    elif failures and not proposed:
        report["fallback"] = failures[0]
    ranked = ranked if limit is None else ranked[:limit]
    return GenerationResult(language, rules.title, ranked, report=report)


__all__ = ["BACKENDS", "FAILURES", "Model", "ModelFailure", "generate", "pieces"]
