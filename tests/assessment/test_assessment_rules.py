"""Assessment records and rules: numbered needs, risks, holistic coverage (seeds 001, 002, 004)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from casemgmt import Case, Client, Severity, validate
from casemgmt.assessment import (
    Assessment,
    AssessmentSession,
    HolisticDimension,
    Need,
    NeedDomain,
    NeedPriority,
    Risk,
    RiskKind,
    RiskLevel,
)
from casemgmt.assessment._rules import ASSESSMENT_RULES, explored_domains
from casemgmt.core import CheckContext
from casemgmt.testing.strategies import assessments

DAY = dt.date(2024, 8, 21)
CTX = CheckContext(DAY)


def need(
    number: int,
    domain: NeedDomain = NeedDomain.HOUSING,
    priority: NeedPriority = NeedPriority.SHORT_TERM,
) -> Need:
    return Need(
        number=number, domain=domain, description="needs a place to live", priority=priority
    )


def case_with(assessment: Assessment) -> Case:
    return Case(
        id="case-1",
        client=Client(id="client-1", name="Carla"),
        opened_on=DAY,
        assessment=assessment,
    )


def found(assessment: Assessment, code: str) -> list[tuple[Severity, str]]:
    """(severity, path) of each finding with ``code`` from the assessment rules."""
    findings = ASSESSMENT_RULES.run(case_with(assessment), CTX)
    return [(f.severity, f.path) for f in findings if f.code == code]


def all_domains(*needs: Need) -> Assessment:
    return Assessment(needs=needs, domains_explored=tuple(NeedDomain))


# --- records


def test_need_numbers_start_at_one() -> None:
    """Seed 004: needs are numbered 1, 2, 3...; zero is no number."""
    with pytest.raises(ValueError, match="number"):
        need(0)


def test_add_need_refuses_a_used_number() -> None:
    """Seed 004: numbers are stable once given; a new need never reuses one."""
    with pytest.raises(ValueError, match="already used"):
        Assessment(needs=(need(1),)).add_need(need(1))


def test_next_need_number_follows_the_highest() -> None:
    """Numbers are never reused, even after a gap."""
    expected = 8
    assert expected == Assessment(needs=(need(2), need(7))).next_need_number


def test_assessment_builds_up_over_sessions() -> None:
    """Seed 002: information comes in bits and pieces; entries are appended."""
    first = Assessment().add_session(AssessmentSession(held_on=DAY, need_numbers=(1,)))
    later = first.add_need(need(1)).add_session(
        AssessmentSession(held_on=DAY + dt.timedelta(days=7), need_numbers=(2,))
    )
    assert (first.sessions[0], 2) == (later.sessions[0], len(later.sessions))


def test_domains_belong_to_ised_dimensions() -> None:
    """Seed 004: physical, social and psychological dimensions cover every domain."""
    expected = set(HolisticDimension)
    assert expected == {d.dimension for d in NeedDomain}


@given(assessments())
def test_generated_assessments_number_needs_uniquely(assessment: Assessment) -> None:
    """The strategies give stable, unique numbers 1..n."""
    expected = list(range(1, len(assessment.needs) + 1))
    assert expected == [n.number for n in assessment.needs]


# --- numbering


def test_duplicate_need_number_is_an_error() -> None:
    """Seed 004: two needs numbered 2 make the plan's citations ambiguous."""
    assessment = all_domains(need(1), need(2), need(2, NeedDomain.INCOME))
    expected = [(Severity.ERROR, "$.assessment.needs[2].number")]
    assert expected == found(assessment, "assessment.duplicate-need-number")


def test_unique_need_numbers_are_fine() -> None:
    """Seed 004: numbers 1..n, each once, find nothing."""
    expected: object = []
    assert expected == found(all_domains(need(1), need(3)), "assessment.duplicate-need-number")


# --- risk


def risk(level: RiskLevel, **kw: object) -> Risk:
    return Risk(
        id="r-1",
        kind=RiskKind.SELF_HARM,
        level=level,
        identified_on=DAY,
        **kw,  # type: ignore[arg-type]
    )


def test_high_risk_without_response_is_an_error() -> None:
    """Seeds 001, 002: a high risk is acted on now; no recorded response is an ERROR."""
    assessment = attrs.evolve(all_domains(), risks=(risk(RiskLevel.HIGH),))
    expected = [(Severity.ERROR, "$.assessment.risks[0].actions_taken")]
    assert expected == found(assessment, "assessment.high-risk-unanswered")


def test_high_risk_with_crisis_referral_is_answered() -> None:
    """Seed 002: linking the client with a crisis service is a response."""
    answered = risk(RiskLevel.HIGH, actions_taken=("linked with the crisis team",))
    assessment = attrs.evolve(all_domains(), risks=(answered,))
    expected: object = []
    assert expected == found(assessment, "assessment.high-risk-unanswered")


def test_high_risk_with_statutory_notification_is_answered() -> None:
    """Seed 001: a statutory notification made is a recorded response."""
    notified = risk(RiskLevel.HIGH, statutory_notification=True)
    assessment = attrs.evolve(all_domains(), risks=(notified,))
    expected: object = []
    assert expected == found(assessment, "assessment.high-risk-unanswered")


def test_medium_risk_without_response_is_not_an_error() -> None:
    """Only a high risk demands action now."""
    assessment = attrs.evolve(all_domains(), risks=(risk(RiskLevel.MEDIUM),))
    expected: object = []
    assert expected == found(assessment, "assessment.high-risk-unanswered")


# --- holistic coverage and the crisis-first path


def test_unexplored_dimensions_are_info() -> None:
    """Seed 004: a housing-only assessment leaves physical and psychological untouched."""
    assessment = Assessment(needs=(need(1),))
    findings = ASSESSMENT_RULES.run(case_with(assessment), CTX)
    infos = [f for f in findings if f.code == "assessment.domain-not-explored"]
    expected = [(Severity.INFO, True), (Severity.INFO, False), (Severity.INFO, True)]
    assert expected == [(f.severity, f.message.startswith("Nothing")) for f in infos]


def test_every_domain_explored_finds_nothing() -> None:
    """Seeds 001, 002: recording every domain explored completes the coverage."""
    expected: object = []
    assert expected == found(all_domains(need(1)), "assessment.domain-not-explored")


def test_needs_count_as_explored_domains() -> None:
    """A need in a domain shows that domain was explored."""
    assessment = Assessment(needs=(need(1, NeedDomain.TRANSPORT),))
    assert NeedDomain.TRANSPORT in explored_domains(assessment)


def test_assessment_not_started_is_not_judged() -> None:
    """At intake, before any session, coverage is not yet a question."""
    expected: object = []
    assert expected == ASSESSMENT_RULES.run(case_with(Assessment()), CTX)


def test_crisis_first_is_recorded_and_coverage_waits() -> None:
    """Seed 002: deal with the crisis first; only immediate needs so far is allowed."""
    assessment = Assessment(needs=(need(1, priority=NeedPriority.IMMEDIATE),), crisis_first=True)
    codes = [f.code for f in ASSESSMENT_RULES.run(case_with(assessment), CTX)]
    expected = ["assessment.crisis-first"]
    assert expected == codes


def test_crisis_first_ends_when_other_needs_are_assessed() -> None:
    """Seed 002: once a short-term need is assessed the comprehensive assessment is under way."""
    assessment = Assessment(
        needs=(need(1, priority=NeedPriority.IMMEDIATE), need(2, NeedDomain.INCOME)),
        crisis_first=True,
        domains_explored=tuple(NeedDomain),
    )
    expected: object = []
    assert expected == ASSESSMENT_RULES.run(case_with(assessment), CTX)


def test_validate_runs_the_assessment_rules() -> None:
    """casemgmt.validate runs ASSESSMENT_RULES with the rest."""
    assessment = attrs.evolve(all_domains(), risks=(risk(RiskLevel.HIGH),))
    codes = {f.code for f in validate(case_with(assessment), as_of=DAY)}
    assert "assessment.high-risk-unanswered" in codes


def test_assessment_rule_names_are_stable() -> None:
    """Agencies address rules by these names."""
    expected = (
        "assessment.duplicate-need-number",
        "assessment.high-risk-unanswered",
        "assessment.crisis-first",
        "assessment.domain-not-explored",
    )
    assert expected == ASSESSMENT_RULES.rule_names
