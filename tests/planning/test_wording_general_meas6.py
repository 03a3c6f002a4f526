"""Goal-wording mechanisms of the seventh session's second measurable round (issue 15).

Each example names the rule of ACCEPTANCE.md "Goal wording" or WORDING_LABELS.md it
checks, with statements written for this test (in no scored corpus), on both sides of
the rule, so a test fails if the mechanism is lost or over-reaches; each failed on the
analyser at 25432b2 for at least one example. The first round's examples are in
``test_wording_general_meas.py``.
"""

from __future__ import annotations

import pytest

from tests.planning.wording_codes import M, N, codes

# --- reading: "is to" + a verb stands for the modal -----------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Head of household is to obtain a photo ID by March", False),
        ("The tenants are to sign the new lease", False),
        ("The main aim is to enrol in a TAFE course", False),
        ("My goal today is to book a GP appointment", False),
        ("Head of household is to improve his wellbeing", True),  # a direction
        ("The main aim is to feel better", True),  # an inner state
    ],
)
def test_is_to_reads_as_a_modal(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Measurable": one verifiable accomplishment (enrol, obtain, sign) is a
    criterion. "X is to obtain" says what "X will obtain" says, and a goal frame may take
    a modifier ("The main aim is to") or a time word ("My goal today is to"); the act
    after them is judged, so direction and inner states stay flagged."""
    assert (M in codes(text, "Omar")) is flagged


# --- reading: the clause after a colon ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Track Spending: Write down every purchase in a notebook", False),
        ("Plan Ahead: Book a dentist appointment for May", False),
        ("Track Spending: Think about money more", True),  # direction only
        ("Keep a food diary: meals, snacks, drinks", True),  # items, no step
    ],
)
def test_a_step_after_a_colon_is_judged(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Measurable": a universal quantifier or one accomplishment is a
    criterion. A heading that names an act ("Track Spending:") keeps its place for who
    acts, and the step after the colon is read as a sentence of its own; a list of items
    with no verb is no step."""
    assert (M in codes(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Remove all the things in the car that have to do with smoking: no lighters", True),
        ("Remove all the things in the car that have to do with smoking: a clean car", False),
    ],
)
def test_a_target_after_a_colon_is_in_terms(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": absence ("no + a problem") is negative; a target
    spelled out after a colon is read as a clause of its own."""
    assert (N in codes(text)) is flagged


# --- positive terms: a ceiling with a number restricts the act -----------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Play video games on weeknights, no more than 45 minutes a night", True),
        ("Play video games in set times (for example, no more than 45 minutes)", True),
        ("Play video games in set times (for example, after dinner)", False),
        ("Walk to school, not get a lift from Dad", True),
        ("Play board games (for example, not chess but cards)", False),
    ],
)
def test_a_ceiling_with_a_number_is_in_scope(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": a ceiling ("no more than") is negative. After a comma
    or in an example aside, a ceiling with a number restricts the act, as "but not 3
    hours before bed" does; an aside without one is an example, not the target."""
    assert (N in codes(text)) is flagged


# --- measurable: a note-style instruction drops its article ---------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Set quit date", False),
        ("Buy alarm clock", False),
        ("Set goals", True),  # plural, no count
        ("Set healthy routine", True),  # a way of living
    ],
)
def test_a_note_style_instruction_on_one_thing(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: one verifiable accomplishment, such as setting up a concrete
    thing, is a criterion. Notes drop the article ("Set quit date" for "Set a quit
    date"): one concrete thing in the singular reads as "a" thing."""
    assert (M in codes(text)) is flagged
