"""Findings and severities: the values every rule returns."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Finding, Severity, blockers, has_errors, summarize

findings = st.builds(
    Finding,
    code=st.sampled_from(["plan.unknown-need", "goal.negative-terms", "review.overdue"]),
    severity=st.sampled_from(Severity),
    message=st.text(max_size=20),
    path=st.sampled_from(["", "$.plan", "$.plan.goals[0]"]),
)


def test_severity_values_are_stable() -> None:
    """The wire values of Severity are part of the JSON output and never change."""
    assert [s.value for s in Severity] == ["error", "warning", "info"]


def test_str_names_code_severity_and_path() -> None:
    """A finding prints as one readable line."""
    f = Finding("plan.unknown-need", Severity.ERROR, "cites need 7", "$.plan.goals[0]")
    assert str(f) == "ERROR plan.unknown-need at $.plan.goals[0]: cites need 7"


def test_path_defaults_to_the_subject_itself() -> None:
    """An empty path means the finding is about the subject as a whole."""
    assert Finding("x.y", Severity.INFO, "m").path == ""


@given(st.lists(findings))
def test_blockers_are_exactly_the_errors(items: list[Finding]) -> None:
    """blockers() keeps every ERROR, in order, and nothing else."""
    assert [f for f in items if f.severity is Severity.ERROR] == blockers(items)
    assert bool(blockers(items)) == has_errors(items)


@given(st.lists(findings))
def test_summary_counts_every_finding(items: list[Finding]) -> None:
    """summarize() counts each finding once, under its severity."""
    counts = summarize(items)
    assert len(items) == sum(counts.values())
    assert set(Severity) == set(counts)


def test_rank_sorts_worst_first() -> None:
    """ERROR sorts before WARNING before INFO."""
    assert sorted(Severity, key=lambda s: s.rank) == [
        Severity.ERROR,
        Severity.WARNING,
        Severity.INFO,
    ]
