"""Goal wording on statements the analyser was not written against (WORDING_LABELS.md).

``wording_heldout.jsonl`` was written and labelled before the analyser was read;
``wording_probe.jsonl`` was written later, after reading it but before running it
on them. Both are held to the independent bar: F1 >= 0.90 / 0.90 / 0.85 and
precision >= 0.90 for every code.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from casemgmt.planning import (
    NEGATIVE_TERMS,
    NOT_CLIENT_BEHAVIOUR,
    NOT_MEASURABLE,
    check_goal_statement,
)
from tests.planning.wording_corpus import Labelled, load

HERE = Path(__file__).parent
HELDOUT = load(HERE / "wording_heldout.jsonl")
PROBE = load(HERE / "wording_probe.jsonl")
SETS = {"heldout": HELDOUT, "probe": PROBE}
BAR = [(NOT_CLIENT_BEHAVIOUR, 0.90), (NEGATIVE_TERMS, 0.90), (NOT_MEASURABLE, 0.85)]


def _scores(items: list[Labelled], code: str) -> tuple[float, float, float]:
    tp = fp = fn = 0
    for item in items:
        found = check_goal_statement(item.text, client_names=item.names, family_members=item.family)
        got = code in {f.code for f in found}
        expected = code in item.codes
        tp += got and expected
        fp += got and not expected
        fn += expected and not got
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def test_heldout_set_is_large_and_mixed() -> None:
    """At least 150 held-out statements, each code flagged on at least a fifth of them."""
    assert len(HELDOUT) >= 150
    for code, _ in BAR:
        assert sum(code in item.codes for item in HELDOUT) >= len(HELDOUT) // 5


@pytest.mark.parametrize("name", sorted(SETS))
@pytest.mark.parametrize(("code", "min_f1"), BAR)
def test_independent_bar(name: str, code: str, min_f1: float) -> None:
    """Per-code precision >= 0.90 and F1 at or above the independent bar."""
    precision, recall, f1 = _scores(SETS[name], code)
    print(f"{name} {code}: precision={precision:.3f} recall={recall:.3f} F1={f1:.3f}")
    assert f1 >= min_f1
    assert precision >= 0.90
