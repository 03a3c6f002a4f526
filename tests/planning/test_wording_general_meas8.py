"""Goal-wording mechanisms of the eighth session (issue 15): measurable and positive terms.

Each example names the rule of ACCEPTANCE.md "Goal wording" or WORDING_LABELS.md it
checks, with statements written for this test (in no scored corpus), on both sides of
the rule, so a test fails if the mechanism is lost or over-reaches; each mechanism failed
on the analyser at e610467 for at least one example. Earlier sessions' examples are in
``test_wording_general_meas.py`` and ``test_wording_general_meas6.py``.
"""

from __future__ import annotations

import pytest

from casemgmt.planning import DEFAULT_TERMS, check_goal_statement
from tests.planning.wording_codes import M, N, codes

# --- measurable: "never" on a concrete act -------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ines will never hit her brother again", False),  # a zero count of the act
        ("Never drive after drinking", False),
        ("Ines will never leave the stove on unattended", False),
        ("Ines will never feel lonely again", True),  # an inner state has no occasions
        ("Ines will never improve", True),  # a direction
        ("Ines will never give up on her studies", True),  # persistence, no act
        ("Ines will not hit her brother", True),  # a negated habit: no quantifier
        ("Ines will work towards acceptance that she will never drink again", True),
    ],
)
def test_never_on_a_concrete_act_is_a_zero_count(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Measurable": a zero quantifier on a countable event is a criterion;
    "never" + an act counts its occasions as "never miss a dose" does; "not" does not
    quantify, and an inner state or direction is not measurable whatever the negator."""
    assert (M in codes(text, "Ines")) is flagged


# --- measurable: a skill checklist's item, zero counts in "-free", clinical states ----


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Bathe self.", False),  # a checklist item: the ability shown once
        ("Brushes own hair", False),
        ("Dress self independently", False),
        ("Manage own money", True),  # an ongoing skill, no end point
        ("Improve own confidence", True),  # a direction
        ("Bathe regularly.", True),  # no reflexive: an ongoing habit with a vague word
    ],
)
def test_a_checklist_item_with_a_bare_reflexive_is_a_skill_shown(
    text: str, *, flagged: bool
) -> None:
    """ACCEPTANCE "Measurable": one verifiable accomplishment, also an ability to do a
    concrete act ("Can bathe self"); a checklist item in note style ("Feed self") is that
    ability written without its frame."""
    assert (M in codes(text)) is flagged


@pytest.mark.parametrize(
    ("text", "measurable_flag", "negative_flag"),
    [
        ("Ines will be seizure-free", False, True),  # a zero count, worded as absence
        ("Ines will be nightmare-free for a month", False, True),
        ("Ines will be clutter-free", True, True),  # no countable event: a state
        ("Ines will be afebrile", False, False),  # a reading against a norm
        ("Ines will remain normotensive", False, False),
        ("Ines will feel well", True, False),  # an inner state
    ],
)
def test_free_of_an_event_and_clinical_states(
    text: str, *, measurable_flag: bool, negative_flag: bool
) -> None:
    """Issue 15 item 3: a zero quantifier on a countable event ("free of ...") is a
    criterion, also fused ("seizure-free"); a state read against a clinical norm is a
    threshold, like "below 10 on the PHQ-9". Absence stays negative (ACCEPTANCE)."""
    found = codes(text, "Ines")
    assert (M in found, N in found) == (measurable_flag, negative_flag)


def test_threshold_states_are_an_agency_list() -> None:
    """The clinical states are a ``WordingTerms`` list an agency extends."""
    text = "Ines will be apnoea-settled"
    assert M in codes(text, "Ines")
    terms = DEFAULT_TERMS.extend(threshold_states=["apnoea-settled"])
    found = check_goal_statement(text, client_names=["Ines"], terms=terms)
    assert M not in {f.code for f in found}


# --- measurable: "daily" before a domain of living, "at all times" over a state ---------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ines will cope better with daily hassles", True),  # a domain, not how often
        ("Ines will gain independence in everyday tasks", True),
        ("Ines will take a daily walk", False),  # an act done each day
        ("Ines will write in her journal daily", False),
        ("Ines will be calm at all times", True),  # a state held: no count
        ("Ines will wear her hearing aids at all times", False),  # each occasion
        ("Ines will stay with her child at all times at the pool", False),
    ],
)
def test_daily_domains_and_states_held_at_all_times(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Measurable": a frequency ("daily") is a criterion, and a universal
    quantifier on a countable event; "daily stress" names a domain of living, and "at
    all times" over a state ("stay sober") quantifies no event (WORDING_LABELS 3)."""
    assert (M in codes(text, "Ines")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ines will stay clean for the rest of the school year", False),  # a duration
        ("Ines will remain in her unit for the whole of winter", False),
        ("Ines will live with her aunt through the summer", False),
        ("Ines will improve her mood over the summer", True),  # a direction in a window
        ("Ines will pay the rent for June", True),  # a month named, no span
    ],
)
def test_a_state_held_for_a_named_span(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: a duration criterion ("for six months"); a state held for a
    named span ("for the rest of the year", "through the summer") lasts a checkable time."""
    assert (M in codes(text, "Ines")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ines will delete the betting apps from her phone", False),  # one act
        ("Ines will block her dealer's number", False),
        ("Ines will block out her feelings", True),  # an inner state
    ],
)
def test_blocking_or_deleting_a_thing_is_one_act(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: one verifiable accomplishment (remove, throw away, cancel): done
    once to a thing, not to a feeling."""
    assert (M in codes(text, "Ines")) is flagged


# --- dashes, time adjuncts, a negated conditional act ---------------------------------


@pytest.mark.parametrize(
    ("text", "measurable_flag", "negative_flag"),
    [
        ("Let the pain guide you - if it grows, do not carry on", True, True),
        ("Plan the week ahead \u2014 no late-night gaming", True, True),
        ("Walk for two- to three-minute stretches", False, False),  # a hanging hyphen
        ("Walk 20 - 30 minutes a day", False, False),  # a range of numbers
        ("Cycle after work, no more than an hour", False, True),  # a ceiling in scope
        ("Do not add sugar when baking", True, True),  # a negated act, no count
        ("Add less sugar when baking", False, True),  # a conditional act, a reduction
        ("Text your sponsor when cravings start", False, False),  # a conditional act
    ],
)
def test_dashes_time_adjuncts_and_negated_conditional_acts(
    text: str, *, measurable_flag: bool, negative_flag: bool
) -> None:
    """A dash between words ends a clause, so what follows is read as its own step; "after
    work," is a time adjunct of the goal's act, not a clause; a concrete act on a condition
    is measurable (WORDING_LABELS, held-out decisions) unless it is negated."""
    found = codes(text)
    assert (M in found, N in found) == (measurable_flag, negative_flag)


# --- positive terms: limits, purposes after abstract nouns, elliptical "not" ------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ines will agree on betting limits with her partner", True),  # a ceiling
        ("Ines will keep to her weekly spending limit", True),
        ("Ines will set clear rules and limits for her son", False),  # limits on others
        ("Ines will finish the test within the time limit", False),  # a time allowed
        ("Ines will learn techniques to prevent relapse", False),  # a purpose
        ("Ines will list what helps her and what does not", False),  # an ellipsis
        ("Ines will abandon the search for a perfect job", True),  # cessation
    ],
)
def test_limits_purposes_and_ellipsis(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": a ceiling on a problem is negative ("limit to"), also
    as a noun a behaviour names or one kept to; a purpose after the goal's own object and
    a "not" standing for a clause left out set no negative target."""
    assert (N in codes(text, "Ines")) is flagged
