"""Wrong choices do not depend on the process: a student sees the same choices after a restart."""

import os
import subprocess
import sys
from pathlib import Path

# A feminine role against its masculine form: the words differ, so the verdict rests on fuzzy
# similarity, which once compared the words in set order (the process's hash order).
PROGRAM = (
    "from studyapp.domain.generation.distractors import is_variant\n"
    "print(is_variant('الرئيسة التنفيذية', 'الرئيس التنفيذي'))\n"
)


def _verdict(hash_seed: int) -> str:
    out = subprocess.run(
        [sys.executable, "-c", PROGRAM],
        env={**os.environ, "PYTHONHASHSEED": str(hash_seed)},
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[3],
    )
    return out.stdout.strip()


def test_a_distractor_is_judged_the_same_whatever_the_hash_seed():
    assert len({_verdict(seed) for seed in range(8)}) == 1
