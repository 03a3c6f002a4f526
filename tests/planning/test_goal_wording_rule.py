"""`goal_wording_rule`: an agency's wording terms and rules carried into `validate`.

Issue 15 makes `WordingTerms` the extension point (its role titles, service
names, local phrases); a plan should be judged in validation by the same
wording the agency checked statement by statement.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given

from casemgmt import DEFAULT_RULES, Case, validate
from casemgmt.core import CheckContext, RuleSet
from casemgmt.core._client import ContactDetails
from casemgmt.examples import carla_case
from casemgmt.planning import (
    DEFAULT_TERMS,
    DEFAULT_WORDING_RULES,
    WordingRules,
    check_goal_statement,
    goal_wording_rule,
)
from casemgmt.planning._rules import goal_wording
from casemgmt.testing.strategies import cases

DAY = dt.date(2024, 9, 4)
PATH = "$.plan.goals[1].statement"


def _with_goal(statement: str, case: Case | None = None) -> Case:
    case = case or carla_case()
    assert case.plan is not None
    goals = case.plan.goals
    goal = attrs.evolve(goals[1], statement=statement)
    return attrs.evolve(case, plan=attrs.evolve(case.plan, goals=(goals[0], goal, *goals[2:])))


def _codes_at(case: Case, rules: RuleSet[Case, CheckContext] = DEFAULT_RULES) -> list[str]:
    found = validate(case, as_of=DAY, rules=rules)
    return [f.code for f in found if f.path == PATH]


def test_agency_terms_reach_validation() -> None:
    """A vague phrase the agency adds makes its plans' goals not measurable in `validate`."""
    case = _with_goal("Carla will sign a lease in due course")
    terms = DEFAULT_TERMS.extend(vague_markers=["in due course"])
    ours = DEFAULT_RULES.replace("goal.wording", goal_wording_rule(terms=terms))
    assert [] == _codes_at(case)
    assert ["goal.not-measurable"] == _codes_at(case, ours)
    # the same judgement as the statement check with the same terms
    found = check_goal_statement("Carla will sign a lease in due course", terms=terms)
    assert ["goal.not-measurable"] == [f.code for f in found]


def test_agency_rules_reach_validation() -> None:
    """Removing a who-acts rule from the agency's rule sets removes its finding in `validate`."""
    case = _with_goal("Carla will receive weekly counselling")
    assert "goal.not-client-behaviour" in _codes_at(case)
    ours = WordingRules(who_acts=DEFAULT_WORDING_RULES.who_acts.remove("who-acts.receives-service"))
    rules = DEFAULT_RULES.replace("goal.wording", goal_wording_rule(rules=ours))
    assert "goal.not-client-behaviour" not in _codes_at(case, rules)


@given(cases())
def test_default_rule_judges_as_the_built_in_one(case: Case) -> None:
    """With no terms or rules given, the rule finds exactly what the default `goal.wording` does."""
    ctx = CheckContext.at(DAY)
    assert list(goal_wording(case, ctx)) == list(goal_wording_rule()(case, ctx))


def test_hints_are_scrubbed_and_repr_is_bare() -> None:
    """The agency's rule scrubs a quoted address from hints as the default does."""
    case = carla_case()
    client = attrs.evolve(
        case.client, contact=ContactDetails(address="12 Kurrajong Crescent, Dubbo")
    )
    case = _with_goal(
        "Help Carla to find a flat near 12 Kurrajong Crescent", attrs.evolve(case, client=client)
    )
    terms = DEFAULT_TERMS.extend(worker_nouns=["kaimahi"])
    rule = goal_wording_rule(terms=terms)
    hints = [f.hint or "" for f in rule(case, CheckContext.at(DAY))]
    assert any("the client will find a flat" in h.lower() for h in hints)
    assert not any("kurrajong" in h.lower() for h in hints)
    assert "kaimahi" not in repr(rule)


@pytest.mark.parametrize("change", ["extend", "without"])
def test_terms_refuse_an_unknown_word_list_by_name(change: str) -> None:
    """A typo in a field name is a TypeError naming it, for widening and narrowing alike."""
    with pytest.raises(TypeError, match="WordingTerms has no word list named 'worker_noun'"):
        getattr(DEFAULT_TERMS, change)(worker_noun=["kaiawhina"])


def test_terms_without_takes_back_what_extend_added() -> None:
    """extend widens one named list only; without removes the same words again."""
    wider = DEFAULT_TERMS.extend(worker_nouns=["kaiawhina"])
    assert "kaiawhina" in wider.worker_nouns
    assert "kaiawhina" not in DEFAULT_TERMS.worker_nouns
    assert wider.vague_markers == DEFAULT_TERMS.vague_markers
    assert wider.without(worker_nouns=["kaiawhina"]) == DEFAULT_TERMS
