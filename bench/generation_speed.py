"""Speed of the question generator on the seed article, 1x, 10x and 100x its length, and on
a paste built to be slow (a new speaker, role and place in every sentence), 3k to 48k characters.

    .venv/bin/python bench/generation_speed.py

Targets: the seed article in process under 50 ms; the 100x text under 5 s; linear on both.
Times are CPU seconds of this process (time.process_time), so other jobs on a shared machine
do not inflate them; wall-clock times are printed alongside. Each run starts as a new article
would: the generator's bounded caches of texts (folded words, tokens, counts) are emptied first,
so a run does not reuse what the run before it read. The bundled lists stay loaded, as they do
in a running server.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from studyapp.domain.generation import generate  # noqa: E402

SEED = Path(__file__).resolve().parents[1] / ".." / "shared" / "seed" / "article-ar.txt"


def forget_texts() -> None:
    """Empty every bounded cache of the application (lru_cache with a size: caches keyed by a
    text); the unbounded ones hold bundled data, loaded once per process."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("studyapp"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if callable(info) and info().maxsize is not None:
                value.cache_clear()


def timed(text: str, repeat: int) -> tuple[float, float, int]:
    """Median CPU and wall seconds of `repeat` runs, and the number of questions."""
    cpu, wall = [], []
    count = 0
    for _ in range(repeat):
        forget_texts()
        started, clock = time.process_time(), time.perf_counter()
        count = len(generate(text).questions)
        cpu.append(time.process_time() - started)
        wall.append(time.perf_counter() - clock)
    return statistics.median(cpu), statistics.median(wall), count


def main() -> int:
    if not SEED.exists():
        print(f"skipped: no seed article at {SEED.resolve()}")
        return 0
    article = SEED.read_text(encoding="utf-8")
    started = time.process_time()
    generate(article)
    print(f"first call (cold caches): {1000 * (time.process_time() - started):.1f} ms CPU")
    base = None
    for factor, repeat in ((1, 21), (10, 5), (100, 1)):
        text = "\n\n".join([article] * factor)
        seconds, wall, count = timed(text, repeat)
        base = base or seconds
        print(
            f"{factor:>4}x  {len(text):>7} chars  {1000 * seconds:9.1f} ms CPU"
            f"  ({seconds / base:6.1f}x the 1x time; wall {1000 * wall:.0f} ms)  {count} questions"
        )
    crafted()
    return 0


def crafted() -> None:
    """The shape that took 21.9 s at 24k characters when person lookups scanned every person."""
    sentence = "Name{0} Surname{0}, the chief engineer of City{0}, said that the plan would work."
    for size in (3_000, 12_000, 24_000, 48_000):
        parts, length = [], 0
        while length < size:
            parts.append(sentence.format(len(parts)))
            length += len(parts[-1]) + 1
        seconds, wall, count = timed(" ".join(parts), 1)
        print(f"crafted {size:>6} chars  {seconds:6.2f} s CPU  (wall {wall:.2f} s)", end="")
        print(f"  {count} questions")


if __name__ == "__main__":
    raise SystemExit(main())
