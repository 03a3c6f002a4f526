"""`check`'s per-case lines, written in one pass, say what the shared helpers say."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casemgmt.cli._common import counts, finding_json, format_findings
from casemgmt.cli._judge import findings_json, text
from casemgmt.core import Finding, Severity

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


@given(_findings, st.sampled_from(["a.jsonl:3", "-"]), st.sampled_from(["case-1", "c"]))
def test_the_text_lines_are_counts_then_format_findings(
    findings: list[Finding], where: str, case_id: str
) -> None:
    """Worst first, in order within a severity, each counted; byte for byte the helpers'."""
    expected = f"{where}: case {case_id}: {counts(findings)}\n{format_findings(findings)}"
    assert expected == text(where, case_id, findings)


@given(_findings)
def test_the_json_findings_are_finding_json_of_each(findings: list[Finding]) -> None:
    """The same dicts, in the same order, with the same keys in the same order."""
    expected = [finding_json(f) for f in findings]
    got = findings_json(findings)
    assert expected == got
    assert [list(d) for d in expected] == [list(d) for d in got]
