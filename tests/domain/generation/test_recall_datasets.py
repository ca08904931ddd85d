"""Answer recall on reading-comprehension data stays well above the plain-chunker baseline."""

import importlib.util
from pathlib import Path

import pytest

REPO = Path(__file__).parents[3]
DATASETS = REPO / ".." / "shared" / "datasets"


def _bench():
    spec = importlib.util.spec_from_file_location(
        "generation_recall", REPO / "bench" / "generation_recall.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name, floor", [("arcd-test.json", 0.5), ("xquad.en.json", 0.4)])
def test_recall_at_10_on_the_first_60_paragraphs(name, floor):
    path = DATASETS / name
    if not path.exists():
        pytest.skip(f"dataset absent: {path.resolve()} (see ../shared/datasets/README.md)")
    result = _bench().recall(path, [10], limit=60)
    assert result[10] >= floor
