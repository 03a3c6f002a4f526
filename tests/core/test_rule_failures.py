"""Issue 12, item 9: a rule that fails becomes an ERROR ``rule.failed``; the rest still run."""

from __future__ import annotations

from collections.abc import Iterable

from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Finding, RuleSet, Severity

SECRET = "Carla Smith, born 1990-01-02"


def fine(subject: object, context: object) -> Iterable[Finding]:
    yield Finding("agency.fine", Severity.WARNING, "found")


def raises(subject: object, context: object) -> Iterable[Finding]:
    raise KeyError(SECRET)


def half_then_raises(subject: object, context: object) -> Iterable[Finding]:
    yield Finding("agency.half", Severity.INFO, "before")
    raise ZeroDivisionError(SECRET)


def returns_none(subject: object, context: object) -> Iterable[Finding]:
    return None  # type: ignore[return-value]


def yields_a_tuple(subject: object, context: object) -> Iterable[Finding]:
    yield ("agency.x", "error", "not a finding")  # type: ignore[misc]


def _rules(*named: tuple[str, object]) -> RuleSet[object, object]:
    return RuleSet(tuple(named))  # type: ignore[arg-type]


def test_a_raising_rule_is_an_error_naming_rule_and_exception_type() -> None:
    """The failure is one ERROR naming the rule and the exception type, nothing more."""
    [failed] = _rules(("agency.broken", raises)).run(None, None)
    assert (failed.code, failed.severity, failed.path) == ("rule.failed", Severity.ERROR, "")
    assert "'agency.broken'" in failed.message
    assert "KeyError" in failed.message


def test_the_exception_message_never_reaches_the_finding() -> None:
    """An exception may quote client data; only its type is reported."""
    [failed] = _rules(("agency.broken", raises)).run(None, None)
    assert SECRET not in f"{failed.message} {failed.hint}"


def test_the_other_rules_still_run_in_order() -> None:
    """One broken rule aborts nothing: the rules after it still report."""
    rules = _rules(("a", fine), ("b", raises), ("c", fine))
    assert ["agency.fine", "rule.failed", "agency.fine"] == [f.code for f in rules.run(None, None)]


def test_findings_before_the_failure_are_kept() -> None:
    """A generator that fails half way keeps what it found, then reports the failure."""
    codes = [f.code for f in _rules(("h", half_then_raises)).run(None, None)]
    assert ["agency.half", "rule.failed"] == codes


def test_returning_none_is_a_failure() -> None:
    """A rule that forgets to return its findings is reported, not skipped."""
    [failed] = _rules(("agency.none", returns_none)).run(None, None)
    assert ("rule.failed", "TypeError") == (failed.code, failed.message.split("raised ")[1][:9])


def test_yielding_something_else_is_a_failure() -> None:
    """A rule yielding a tuple instead of a Finding is reported with the type it gave."""
    [failed] = _rules(("agency.tuple", yields_a_tuple)).run(None, None)
    assert failed.code == "rule.failed"
    assert "tuple" in failed.message


@given(st.lists(st.sampled_from([fine, raises, returns_none, yields_a_tuple]), max_size=6))
def test_every_rule_contributes_and_failures_are_errors(rules: list[object]) -> None:
    """Each fine rule gives its finding, each broken rule exactly one rule.failed ERROR."""
    rule_set = _rules(*((f"r{i}", r) for i, r in enumerate(rules)))
    found = rule_set.run(None, None)
    expected = ["agency.fine" if r is fine else "rule.failed" for r in rules]
    assert expected == [f.code for f in found]
    assert all(f.severity is Severity.ERROR for f in found if f.code == "rule.failed")
