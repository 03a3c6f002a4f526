"""Issue 12, item 3: whitespace is never a record, tested by one mechanism everywhere.

QCOSS "Developing a case management plan" and "Monitoring and reviewing case
work" guides (seeds 002, 003): every change is documented with why; a high
risk is acted on now (Mission Australia practice approach, seed 001); ACMA
(seed 000): notes "clearly indicating the client's outcome(s)".
"""

from __future__ import annotations

import datetime as dt
from collections import Counter

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import casemgmt as cm
from casemgmt import Case, Consent, ConsentPurpose
from casemgmt._required_text import _all_have_text, _all_texts, required_texts
from casemgmt.assessment import Risk, RiskKind, RiskLevel
from casemgmt.closure import ClosureReason, ClosureRecord, ExitPlan, evaluate
from casemgmt.core._text import has_text
from casemgmt.examples.carla import carla_case
from casemgmt.monitoring import revise_plan
from casemgmt.referrals import Advocacy
from tests.test_rules_reference import rough_cases

AS_OF = dt.date(2024, 9, 4)
BLANKS = ["", " ", "\t", "\n  \n", "\u00a0", "\u3000"]


def codes(case: Case) -> list[tuple[str, str]]:
    return [(f.code, f.path) for f in cm.validate(case, as_of=AS_OF)]


@given(rough_cases())
def test_the_quick_look_sees_every_required_text(drawn: tuple[Case, dt.date]) -> None:
    """``record.blank-text`` first looks at every text without paths (issue 19); it must
    see exactly the values the careful walk does, or a blank could go unreported."""
    case, _ = drawn
    seen = Counter(map(repr, _all_texts(case)))
    assert seen == Counter(repr(value) for _, value in required_texts(case))
    assert _all_have_text(case) == all(has_text(value) for _, value in required_texts(case))


@given(st.text())
def test_has_text_is_exactly_a_visible_character(text: str) -> None:
    """The one test: text counts when something is left after stripping whitespace."""
    assert bool(text.strip()) == has_text(text)


@pytest.mark.parametrize("blank", BLANKS)
def test_a_blank_risk_response_is_no_response(blank: str) -> None:
    """Seed 001: a high risk with only a blank "action taken" is still unanswered."""
    risk = Risk(
        id="risk-1",
        kind=RiskKind.SELF_HARM,
        level=RiskLevel.HIGH,
        identified_on=AS_OF,
        actions_taken=(blank,),
    )
    case = carla_case()
    case = attrs.evolve(case, assessment=attrs.evolve(case.assessment, risks=(risk,)))
    found = codes(case)
    assert ("assessment.high-risk-unanswered", "$.assessment.risks[0].actions_taken") in found
    assert ("record.blank-text", "$.assessment.risks[0].actions_taken[0]") in found


@pytest.mark.parametrize("blank", BLANKS[1:])
def test_a_blank_revision_reason_is_no_reason(blank: str) -> None:
    """Seeds 002, 003: a plan change without a reason, however many spaces it has."""
    case = carla_case()
    assert case.plan is not None
    new = attrs.evolve(case.plan, review_date=dt.date(2024, 12, 4))
    revised = revise_plan(case, new, on=AS_OF, reason=blank, agreed_by_client=True, by="cm-1")
    assert ("revision.no-reason", "$.revisions[0]") in codes(revised)


@pytest.mark.parametrize("blank", BLANKS[1:])
def test_a_blank_reason_for_other_closure_is_refused(blank: str) -> None:
    """Seed 003: the reason for closing is documented; "other" needs words."""
    with pytest.raises(ValueError, match="reason_text"):
        ClosureRecord(reason=ClosureReason.OTHER, closed_on=AS_OF, reason_text=blank)


@pytest.mark.parametrize("blank", BLANKS[1:])
def test_blank_outcome_and_return_path_do_not_count(blank: str) -> None:
    """Seed 000: outcomes and how to come back, in words."""
    record = ClosureRecord(
        reason=ClosureReason.GOALS_ACHIEVED,
        closed_on=AS_OF,
        by="cm-1",
        outcome_summary=blank,
        no_agreement_reason=blank,
        exit_plan=ExitPlan(how_to_return=blank),
    )
    found = {f.code for f in evaluate(carla_case(), as_of=AS_OF, record=record).findings}
    assert {"closure.outcome-missing", "closure.no-return-path", "closure.no-agreement"} <= found


@pytest.mark.parametrize("blank", BLANKS[1:])
def test_a_blank_consent_scope_names_nobody(blank: str) -> None:
    """Seed 002: share only what the client agreed; a blank party or category is no scope."""
    consent = Consent(
        id="k-1",
        purposes=(ConsentPurpose.SHARE,),
        parties=(blank,),
        categories=(blank,),
        granted_on=AS_OF,
    )
    assert (False, False) == (
        consent.covers(ConsentPurpose.SHARE, blank, AS_OF),
        consent.allows_category("housing"),
    )
    case = attrs.evolve(carla_case(), consents=(consent,))
    found = codes(case)
    assert ("record.blank-text", "$.consents[0].parties[0]") in found
    assert ("record.blank-text", "$.consents[0].categories[0]") in found


@pytest.mark.parametrize("blank", BLANKS)
def test_a_blank_advocacy_target_is_found(blank: str) -> None:
    """Seed 002: advocacy is with or for someone; a blank target records no one."""
    advocacy = Advocacy(id="adv-1", started_on=AS_OF, target=blank, asked_for="a bond loan")
    case = attrs.evolve(carla_case(), advocacy=(advocacy,))
    assert ("record.blank-text", "$.advocacy[0].target") in codes(case)


def test_words_clear_every_blank_text_finding() -> None:
    """The Carla case, filled in, has no blank text (the rule is not noise)."""
    assert [] == [c for c in codes(carla_case()) if c[0] == "record.blank-text"]
