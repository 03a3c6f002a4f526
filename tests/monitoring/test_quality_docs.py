"""The quality-indicator reference is the catalogue itself, not a copy that drifts."""

from __future__ import annotations

from pathlib import Path

from casemgmt.monitoring import INDICATORS

DOC = Path(__file__).resolve().parents[2] / "docs" / "reference" / "quality-indicators.md"


def _row(code: str) -> str:
    indicator = next(i for i in INDICATORS if i.code == code)
    better = "higher" if indicator.higher_is_better else "lower"
    return (
        f"| `{indicator.code}` | {indicator.title} | {indicator.numerator} | "
        f"{indicator.denominator} | {better} | {indicator.source} |"
    )


def test_every_indicator_is_defined_once_in_the_reference() -> None:
    """Each indicator's row in the docs says exactly what the code counts."""
    text = DOC.read_text(encoding="utf-8")
    for indicator in INDICATORS:
        assert 1 == text.count(_row(indicator.code)), indicator.code


def test_the_reference_lists_no_indicator_the_code_lacks() -> None:
    """No stale rows: every backticked code in the table is in the catalogue."""
    rows = [line for line in DOC.read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    assert [i.code for i in INDICATORS] == [line.split("`")[1] for line in rows]
