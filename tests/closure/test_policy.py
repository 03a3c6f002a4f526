"""ClosurePolicy: immutable, ordered, named rules plus parameters."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from casemgmt import Case, Finding, Severity
from casemgmt.closure import (
    DEFAULT_POLICY,
    ClosureContext,
    ClosurePolicy,
    Eligibility,
    evaluate,
)

AS_OF = dt.date(2024, 6, 3)


def never_on_fridays(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    if ctx.as_of.weekday() == 4:
        yield Finding("agency.friday", Severity.ERROR, "we do not close on Fridays")


def test_default_rule_names_in_order() -> None:
    """The default policy runs the seed 003 requirements in a fixed order."""
    expected = (
        "closure.already-closed",
        "closure.reason-documented",
        "closure.goal-still-active",
        "closure.referral-open",
        "closure.agreement",
        "closure.notice",
        "closure.stakeholder-not-notified",
        "closure.transfer-consent",
        "closure.exit-plan",
        "closure.notes-up-to-date",
        "closure.high-risk-open",
    )
    assert expected == DEFAULT_POLICY.rule_names


def test_add_returns_a_new_policy() -> None:
    """Adding a rule leaves the original policy as it was."""
    added = DEFAULT_POLICY.add("friday", never_on_fridays)
    expected = (("friday",), 11)
    assert expected == (added.rule_names[-1:], len(DEFAULT_POLICY))


def test_add_before_a_named_rule() -> None:
    """Agencies can place a rule where it reads best."""
    added = DEFAULT_POLICY.add("friday", never_on_fridays, before="closure.reason-documented")
    expected = ("closure.already-closed", "friday")
    assert expected == added.rule_names[:2]


def test_remove_returns_a_new_policy() -> None:
    """Removing a rule leaves the original policy as it was."""
    removed = DEFAULT_POLICY.remove("closure.exit-plan")
    assert ("closure.exit-plan" not in removed, "closure.exit-plan" in DEFAULT_POLICY) == (
        True,
        True,
    )


def test_replace_keeps_the_place() -> None:
    """A replaced rule runs where the old one did."""
    replaced = DEFAULT_POLICY.replace("closure.exit-plan", never_on_fridays)
    assert (DEFAULT_POLICY.rule_names, never_on_fridays) == (
        replaced.rule_names,
        replaced["closure.exit-plan"],
    )


@pytest.mark.parametrize(
    "change",
    [
        lambda p: p.add("closure.exit-plan", never_on_fridays),
        lambda p: p.remove("no-such-rule"),
        lambda p: p.replace("no-such-rule", never_on_fridays),
    ],
    ids=["duplicate-add", "unknown-remove", "unknown-replace"],
)
def test_unknown_or_duplicate_names_raise_value_error(change: object) -> None:
    """ACCEPTANCE: an unknown or duplicate name raises ValueError."""
    with pytest.raises(ValueError, match="rule"):
        change(DEFAULT_POLICY)  # type: ignore[operator]


def test_with_params_changes_only_the_parameters() -> None:
    """A 21-day notice period keeps the same rules."""
    policy = DEFAULT_POLICY.with_params(notice_days=21)
    assert (21, 3, DEFAULT_POLICY.rules) == (
        policy.notice_days,
        policy.min_contact_attempts,
        policy.rules,
    )


def test_negative_notice_is_refused() -> None:
    """A notice period is a number of days from zero."""
    with pytest.raises(ValueError, match="notice_days"):
        DEFAULT_POLICY.with_params(notice_days=-1)


def test_policy_from_pairs() -> None:
    """A policy can be built from (name, rule) pairs."""
    policy = ClosurePolicy(rules=[("friday", never_on_fridays)], notice_days=7)
    expected = (("friday",), 7)
    assert expected == (policy.rule_names, policy.notice_days)


def test_context_carries_the_parameters() -> None:
    """Rules read the policy's parameters from the context."""
    ctx = DEFAULT_POLICY.with_params(notice_days=21).context(AS_OF)
    assert ClosureContext(as_of=AS_OF, notice_days=21, min_contact_attempts=3) == ctx


def test_context_accepts_an_aware_datetime() -> None:
    """as_of may be an aware datetime; rules see its date."""
    moment = dt.datetime(2024, 6, 3, 9, tzinfo=dt.timezone.utc)
    expected = AS_OF
    assert expected == DEFAULT_POLICY.context(moment).as_of


def test_policy_without_rules_finds_nothing(ready_case: Case) -> None:
    """ACCEPTANCE: all findings come from the policy's rules."""
    assert Eligibility([]) == evaluate(ready_case, as_of=AS_OF, policy=ClosurePolicy())


def test_agency_rule_is_a_plain_function(ready_case: Case) -> None:
    """ACCEPTANCE: a closure rule is any callable rule(case, context)."""
    policy = ClosurePolicy().add("friday", never_on_fridays)
    friday = dt.date(2024, 6, 7)
    expected = (False, True)
    assert expected == (
        evaluate(ready_case, as_of=friday, policy=policy).eligible,
        evaluate(ready_case, as_of=AS_OF, policy=policy).eligible,
    )


def test_warnings_do_not_block() -> None:
    """ACCEPTANCE: eligible is true exactly when there is no ERROR finding."""
    verdict = Eligibility(
        [Finding("x.y", Severity.WARNING, "w"), Finding("x.z", Severity.INFO, "i")]
    )
    expected: tuple[bool, list[object]] = (True, [])
    assert expected == (verdict.eligible, verdict.blockers)


def test_an_error_blocks() -> None:
    """ACCEPTANCE: every ERROR finding is a blocker."""
    error = Finding("x.y", Severity.ERROR, "e")
    verdict = Eligibility([Finding("x.z", Severity.INFO, "i"), error])
    assert (False, [error]) == (verdict.eligible, verdict.blockers)
