"""The findings' text and JSON lines (one home, ``cli._common``) say what a plain
reference says: a sort by rank, a count per severity, a dict per finding."""

from __future__ import annotations

from collections.abc import Sequence

from hypothesis import given
from hypothesis import strategies as st

from casemgmt.cli._common import case_report, counts, finding_json, findings_json, format_findings
from casemgmt.core import Finding, Severity, summarize

_words = st.text(st.characters(codec="utf-8", exclude_categories=["Cs"]), max_size=12)
_findings = st.lists(
    st.builds(
        Finding,
        code=st.sampled_from(["goal.stalled", "plan.missing", "x.y"]),
        severity=st.sampled_from(list(Severity)),
        message=_words.filter(str.strip),
        path=st.sampled_from(["", "$.plan.goals[0]", "$.reviews[3]"]),
        hint=st.none() | _words,
    ),
    max_size=12,
)


def _counts(findings: Sequence[Finding]) -> str:
    parts = []
    for severity, count in summarize(findings).items():
        if count:
            parts.append(f"{count} {severity.value if count == 1 else severity.value + 's'}")
    return ", ".join(parts) or "no findings"


def _format(findings: Sequence[Finding], indent: str) -> str:
    lines = []
    for f in sorted(findings, key=lambda f: f.severity.rank):
        at = f" at {f.path}" if f.path else ""
        lines.append(f"{indent}{f.severity.value.upper():7} {f.code}{at}\n")
        lines.append(f"{indent}        {f.message}\n")
        if f.hint:
            lines.append(f"{indent}        hint: {f.hint}\n")
    return "".join(lines)


@given(_findings, st.sampled_from(["a.jsonl:3", "-"]), st.sampled_from(["case-1", "c"]))
def test_the_text_lines_are_counts_then_the_findings_worst_first(
    findings: list[Finding], where: str, case_id: str
) -> None:
    """Worst first, in order within a severity, each counted; byte for byte the reference."""
    assert counts(findings) == _counts(findings)
    assert format_findings(findings, " ") == _format(findings, " ")
    expected = f"{where}: case {case_id}: {_counts(findings)}\n{_format(findings, '  ')}"
    assert case_report(where, case_id, findings) == expected


@given(_findings)
def test_the_json_findings_are_a_dict_of_each(findings: list[Finding]) -> None:
    """The same dicts, in the same order, with the same keys in the same order."""
    expected = [
        {
            "code": f.code,
            "severity": f.severity.value,
            "message": f.message,
            "path": f.path,
            "hint": f.hint,
        }
        for f in findings
    ]
    got = findings_json(findings)
    assert got == expected == [finding_json(f) for f in findings]
    assert [list(d) for d in expected] == [list(d) for d in got]
