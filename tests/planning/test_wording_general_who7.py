"""Goal-wording mechanisms of the seventh session (issue 15): who acts.

Each example names the rule of ACCEPTANCE.md "Goal wording" (or WORDING_LABELS.md) it
checks, with statements written for this test (in no scored corpus), on both sides of
the rule, so a test fails if the mechanism is lost or over-reaches; each failed on the
analyser at fe60789 for at least one flagged example. The sixth session's are in
``test_wording_general_who.py``.
"""

from __future__ import annotations

import pytest

from tests.planning.wording_codes import B, codes

# --- a tensed "be" passive with no modal ------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Group sessions are held twice a month at the library", True),
        ("The tenancy application is lodged by the end of May", True),
        ("Urgent dental needs were attended to", True),
        ("Carers are encouraged to join the respite roster", True),
        ("Tomas is employed at the bakery by June", False),  # his own attained state
        ("Tomas is enrolled in the trade course", False),
        ("Tomas is able to cook two meals a week", False),
    ],
)
def test_a_tensed_passive_is_read_like_will_be(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": an agentless task passive ("Housing will be
    secured") and a practitioner act in the passive are not client behaviour; written in
    the present or past with no modal ("sessions are run", "needs were attended to") the
    passive is the same, and a state the client attains ("is employed") stays his."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a program's purpose frame ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The aim of the tenancy support service is to sustain tenancies", True),
        ("The main purpose of Riverside Youth Outreach is to engage young people", True),
        ("Stable work is the objective of the employment program", True),
        ("The goal of counselling is for Tomas to sleep through the night twice a week", False),
        ("The goal of his therapy is to sleep through the night", False),  # the client's
        ("My goal is to save $40 a week", False),
        ("The aim of the game is to win three rounds", False),  # no service owns it
    ],
)
def test_a_programs_purpose_is_not_the_clients_behaviour(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": what a service or agency will do is not client
    behaviour, and "the goal of <a service, agency or program> is to ..." states what
    that service sets out to do (its aim, as "Reduce recidivism" is a program's); a
    goal frame owned by the client ("My goal", "his therapy") or followed by the
    client's own act ("is for Tomas to") keeps the client as the one who acts."""
    assert (B in codes(text, "Tomas")) is flagged
