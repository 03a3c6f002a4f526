"""Goal-wording mechanisms of the eighth session (issue 15): who acts.

Each example names the rule of ACCEPTANCE.md "Goal wording" (or WORDING_LABELS.md) it
checks, with statements written for this test (in no scored corpus), on both sides of
the rule, so a test fails if the mechanism is lost or over-reaches; each failed on the
analyser at e610467 for at least one example. The seventh session's are in
``test_wording_general_who7.py``.
"""

from __future__ import annotations

import pytest

from tests.planning.wording_codes import B, codes

# --- a first word followed by "is"/"are" is a subject, not an instruction -----------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Rent is to be paid by the 5th of each month", True),
        ("Forms are to be lodged within a week of arrival", True),
        ("Late fees are to be waived for the first month", True),
        ("Smoking is permitted only on the back porch", True),
        ("Budgeting is taught in the Tuesday group", True),
        ("Rent will be paid by the 5th of each month", True),  # as before
        ("Cooking is something Tomas enjoys twice a week", False),  # no passive
        ("Tomas is to pay his rent by the 5th of each month", False),  # his own act
        ("Rent the flat on Elm Street by March", False),  # an instruction after all
    ],
)
def test_a_subject_before_is_is_not_an_instruction(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": an agentless task passive ("Housing will be secured")
    is not client behaviour, whether written with "will be", "is to be" or a tensed "is";
    a word that also is a verb ("Rent", "Smoking") followed by "is"/"are" is the subject
    of that passive, never an imperative (no imperative's verb is followed by "is")."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a worker word modifying another noun is no worker -------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tomas will receive his high school certificate by July", False),
        ("Tomas will receive a court order confirming custody by May", False),
        ("Tomas will receive a school counsellor for weekly sessions", True),  # a worker
        ("Tomas will receive an interpreter at each appointment", True),
    ],
)
def test_receiving_ones_own_document_is_attaining(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": attaining something of one's own ("receive her
    diploma") is client behaviour, and receiving a worker ("receive an interpreter") is
    receiving a service; a worker word before another noun ("school certificate",
    "court order") only modifies it, so the client receives a document, not a worker."""
    assert (B in codes(text, "Tomas")) is flagged


# --- populations: measures and rules about clients in general -------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tenants who fall behind on rent are expected to meet the officer monthly", True),
        ("Every pupil who misses a week must attend a catch-up session", True),
        ("Mothers whose babies are under six months will join the feeding group", True),
        ("60% of graduates who finish the course in June will start work by September", True),
        ("The share of year-9 students with two or more absences per term will fall", True),
        ("Raise the proportion of program tenants who renew their lease to 85%", True),
        ("Tomas, who moved here in May, will join the tenants' association by July", False),
        ("Tomas will thank the neighbours who helped him move by Friday", False),
        ("The parents will attend the school meeting every term", False),
        ("Tomas will keep 10% of his wages in savings each month", False),
    ],
)
def test_a_population_is_not_one_client(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour" and WORDING_LABELS: a target or rule about clients in
    general (a program's measure, "80% of participants", house rules for residents) is
    not one client's behaviour. Clients in the plural (or "every pupil") restricted by a
    "who"/"whose" clause are such a population, even when the clause holds a preposition
    or the measure's noun has modifiers ("year-9 students", "program tenants"); a name
    with a "who" clause is one client, and a share of his own things is his."""
    assert (B in codes(text, "Tomas")) is flagged


# --- instructions acting on the household or on the client in a care note ------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Drive the family to the settlement office on their first Monday", True),
        ("Show the household around the new flat on arrival day", True),
        ("Pick up the household from the hostel by 10am", True),
        ("Position client on her left side every two hours", True),
        ("Toilet resident after each meal", True),
        ("Wash the family car every Sunday", False),  # the family's car, not the family
        ("Take your family to the beach once a month", False),  # the reader's own family
        ("Position the chair by the window each morning", False),
        ("Meet the other families at the playgroup on Tuesdays", False),
    ],
)
def test_an_instruction_acting_on_the_household_is_a_workers(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": a worker-type imperative, or any imperative whose
    object is the client ("Work with Carla to..."), is not client behaviour. The whole
    household as the object ("Drive the family to...") is acted on from outside it (a
    parent says "your family"), and a care note's bare client object ("Position client
    on...", "Toilet resident after...") is the client acted on."""
    assert (B in codes(text, "Tomas")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Book rooms for all eligible incoming learners before the term starts", True),
        ("Hold a welcome lunch for the refugee on her first day", True),
        ("Read the veteran's discharge papers before the first meeting", True),
        ("Cook a meal for all my housemates on Sunday", False),  # not clients in general
        ("Tomas will meet the refugee support group every Tuesday", False),
    ],
)
def test_clients_by_their_role_are_served(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour" and WORDING_LABELS: an instruction for clients in
    general ("for all recipients") or naming the client in the third person ("Meet with
    the client") is addressed to someone serving them. The roles clients hold in
    settlement, justice and veterans' services ("the refugee", "learners", with
    modifiers before them) count as client nouns."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a verbless nursing task, plural clients, other people ---------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Change of dressings every second day", True),
        ("Flushing of the urinary catheter each shift", True),
        ("Four-hourly vital signs", True),
        ("Youth are expected to keep their rooms tidy every week", True),
        ("Visitors must sign in at the front desk", True),
        ("Respect for other residents and staff at the hostel", False),
        ("Stable housing by June", False),  # an outcome with no actor (WORDING_LABELS)
        ("You are going to walk to the shop twice a week", False),
        ("Tomas and I will pay our bills by the due date every month", False),
    ],
)
def test_practice_things_plural_clients_and_others(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour" and WORDING_LABELS: a noun phrase naming a service or
    worker task is not client behaviour ("Weekly home visits by..."); one whose leading
    noun group names a thing only a practitioner handles ("dressings", "urinary catheter",
    "vital signs") names a nurse's task. A client noun of either number with a plural verb
    ("Youth are...") is clients in general; visitors are someone else; "other residents"
    are not the client spoken of in the third person; "we"/"our" with household money is
    the household."""
    assert (B in codes(text, "Tomas")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tenancy officer to inspect the flat by 30 June", True),
        ("Settlement agency to book the first English class before arrival", True),
        ("Tomas to book his first English class by 30 June", False),
        ("Treatment services to continue weekly", True),  # a service, as before
    ],
)
def test_a_headline_actor_may_have_a_modifier(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": a worker, service or agency as the subject is not
    client behaviour, also in a headline ("Case manager to refer..."); a plain noun before
    the worker's title ("Tenancy officer", "Settlement agency") belongs to the actor."""
    assert (B in codes(text, "Tomas")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Connect with two old school friends each month", False),
        ("Encourage neighbours to join the Saturday garden working bee", False),
        ("Support a friend through her first week at the gym", False),
        ("Connect Tomas with a peer mentor by May", True),  # the client as object
        ("Offer people assistance with their tax returns", True),  # giving a service
        ("Assist elderly people with their shopping on Tuesdays", True),  # people in general
    ],
)
def test_a_workers_verb_on_ones_own_circle(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": a worker-type imperative ("Assist...", "Encourage...")
    is not client behaviour; done with or to the reader's own circle (friends, neighbours,
    peers) it is the reader's own act, as "Advocate for yourself" is, while giving people
    a service or serving people in general stays a worker's task."""
    assert (B in codes(text, "Tomas")) is flagged
