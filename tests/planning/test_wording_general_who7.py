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
        ("The arrears letters were submitted to the tribunal", True),
        ("Pets are not permitted in the units", True),
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


# --- a verbless contact with a worker ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Regular catch-ups with service providers to plan next steps", True),
        ("Weekly reviews with the key worker of the job search log", True),
        ("Weekly catch-ups with Tomas's uncle", False),  # a relative: not a service
        ("Tomas will meet with his caseworker every fortnight", False),  # his own act
        ("Meet with the caseworker every fortnight", False),  # a client-type imperative
    ],
)
def test_a_verbless_contact_with_a_worker_names_a_service(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour" and WORDING_LABELS 1: a noun phrase naming a service
    or worker task ("Weekly home visits by...") is not client behaviour; contacts "with"
    a worker named with no verb are the service's contacts, while a worker named inside
    the client's predicate ("meet with her case manager") leaves it the client's."""
    assert (B in codes(text, "Tomas")) is flagged


# --- clients in general, in the third person, in an instruction -----------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Help your clients list three warning signs", True),
        ("Wait in the lobby until the residents arrive", True),
        ("Set up the room before the participants come in", True),
        ("Help your son list three warning signs", False),  # a parent, the reader
        ("Greet two other residents by name at dinner", False),  # not "the"/"your" group
    ],
)
def test_clients_in_general_after_an_instruction_make_it_a_workers(
    text: str, *, flagged: bool
) -> None:
    """ACCEPTANCE "Whose behaviour": a worker-type imperative is not client behaviour,
    and WORDING_LABELS 1 makes any imperative whose object is the client a worker's;
    "the residents", "your clients" (clients as a group, spoken of in the third
    person) make the reader the one who serves them; "your son" is a parent's."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a "to" clause that is the goal, not its purpose --------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("To intervene early, safely and consistently on behalf of students at risk", True),
        ("To provide outreach that builds trust, safety and routine for young people", True),
        ("To keep his tenancy, Tomas will pay $50 a week off the arrears", False),
        ("To save money, cook at home four nights a week", False),
    ],
)
def test_a_to_clause_with_no_clause_after_its_comma_is_the_goal(
    text: str, *, flagged: bool
) -> None:
    """ACCEPTANCE "Whose behaviour": a worker-type imperative ("Provide counselling...")
    is not client behaviour, written "To provide..." too. A "to" clause before a comma is
    a purpose opener only when a clause follows ("To keep his tenancy, Tomas will...");
    when what follows is the rest of a list ("..., laundry for residents") it is the
    goal itself."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a note's passive with no "be" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Client educated on the signs of low blood sugar before discharge", True),
        ("Pt referred to the falls clinic", True),
        ("Tomas instructed to use the spacer with each puff", True),
        ("Tomas attends the gym three times a week", False),  # his own act, present tense
        ("Tomas supports his sister with her reading twice a week", False),
    ],
)
def test_a_notes_passive_without_be_is_a_workers_act(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": a practitioner act in the passive ("will be referred
    to...") is not client behaviour; a note writes it with no "be" ("Pt referred to...",
    "Patient instructed to..."): a worker's verb as a participle right after the client.
    A present-tense verb after the client ("attends", "supports") is his own act."""
    assert (B in codes(text, "Tomas")) is flagged


# --- "your" client in an instruction ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Reassure your patient before each injection", True),
        ("Praise your student for each finished page", True),
        ("Follow your individual treatment plan every day", False),  # a modifier
        ("Pay off your student loan by June", False),
        ("Ask your member of parliament for a letter of support", False),
    ],
)
def test_your_client_makes_the_reader_a_practitioner(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour" and WORDING_LABELS 1: any imperative whose object is
    the client is a worker's; "your patient", "your student" (a role clients hold, the
    plural of which is a client group) is the reader's client, so the reader serves;
    the same word modifying a noun ("your student loan") is not a person."""
    assert (B in codes(text, "Tomas")) is flagged


# --- "as a household" makes "we" the client's household ------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("As a household we will eat dinner together 4 nights a week", False),
        ("As a couple we will plan one outing a month", False),
        ("We will review the household budget with Tomas monthly", True),  # the agency
    ],
)
def test_as_a_household_makes_we_the_clients(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": "we" is the agency's voice unless the statement makes
    it the client's household; "as a household" or "as a couple" does, as "as a family"
    did."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a worker verb's act as the head of a verbless goal -------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Observation of play sessions with the foster carer", True),
        ("Fortnightly parenting instruction at home", True),
        ("Toileting independently by March", False),  # the client's own act
        ("When given an instruction, Tomas will start the task within 1 minute", False),
    ],
)
def test_a_workers_act_named_as_a_noun_is_a_service(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour" and WORDING_LABELS 1: a noun phrase naming a service or
    worker task ("Referral to a psychologist") is not client behaviour; the noun of a
    worker verb's act ("observation", "instruction", "training") heading the goal names
    one, derived from the worker verbs as their inflections are. Inside a clause of the
    client's ("When given an instruction, ...") it names no task."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a population as the place of a program's aim --------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Increase school attendance in young people leaving care", True),
        ("Increase attendance in class to 4 days a week", False),  # a place, not people
        ("Tomas will increase his attendance in class to 4 days a week", False),
    ],
)
def test_an_aim_in_a_population_is_a_programs(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE and WORDING_LABELS 1: a target for clients in general is an agency's
    measure; a change "in young people leaving care", like one "among tenants", is a
    population's, not one client's."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a title's point ends no sentence; an attainment done by a worker -------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ms. Lane will be enrolled in the literacy program by the youth worker", True),
        ("Dr. Patel will review the medication every month", True),
        ("Tomas will call Dr. Patel to book a review by Friday", False),  # his own act
        ("Tomas will be enrolled in the literacy program by June", False),  # a date
        ("Tomas will be hired by the hospital kitchen", False),  # attained, not serviced
    ],
)
def test_titles_and_attainments_done_by_a_worker(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": a practitioner act in the passive is not client
    behaviour, while attaining something of one's own ("be enrolled") is; "enrolled ...
    by the youth worker" names the worker who enrols (a participle the worker list gives
    with its "by"), "by June" only a date. "Dr." and "Ms." end no sentence, so the
    sentence after the title is read whole, with its subject."""
    assert (B in codes(text, "Tomas", "Lane")) is flagged


# --- "patient" with no article, as notes write it -------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Obtain patient consent before each dressing change", True),
        ("Check with the pharmacist whether patient should take the tablets with food", True),
        ("Patient will walk to the dining room with a frame twice a day", False),  # subject
    ],
)
def test_patient_with_no_article_is_the_client_in_the_third_person(
    text: str, *, flagged: bool
) -> None:
    """ACCEPTANCE "Whose behaviour" and WORDING_LABELS 1: an imperative naming the client
    in the third person is addressed to someone else; notes write "patient" with no
    article, as they write "pt" and "client" ("Advise patient to...")."""
    assert (B in codes(text)) is flagged


# --- a worker's verb after an instruction's catenative ----------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Continue to monitor attendance at the homework club", True),
        ("Begin to coordinate the school and respite rosters", True),
        ("Continue to advocate for herself at school meetings", False),  # self-directed
        ("Try to help your son with his homework every night", False),  # a parent's
    ],
)
def test_a_worker_verb_after_a_catenative_is_a_workers(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": a worker-type imperative ("Assist...", "Refer...") is
    not client behaviour; after a catenative ("Continue to monitor...") the worker's verb
    is still the instruction's, unless done to oneself or addressed to a parent."""
    assert (B in codes(text, "Tomas")) is flagged


# --- an agency's proper name, whatever word opens it ------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Youth Pathways and Transition Services review each plan monthly", True),
        ("Department of Housing Services will process the application", True),
        ("Tomas will attend Family Support Services weekly", False),  # he attends it
    ],
)
def test_an_agencys_name_is_the_agency_whatever_opens_it(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": practitioners and agencies are not the client; a run
    of capitalised words ending in an organisation's head word ("... Services") is one
    agency's name even when it opens with a client or family word ("Youth", "Family"),
    as "World Relief" is; named as the place the client goes, it leaves him the actor."""
    assert (B in codes(text, "Tomas")) is flagged


# --- an instruction acting on a thing only a practitioner handles ----------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Flush the nasogastric tube every shift", True),
        ("Record vital signs before each dose", True),
        ("Explain the reward chart system to the class", True),
        ("Note fluctuations in weight at each weigh-in", True),
        ("Check your vital signs each morning", False),  # the reader's own
        ("Keep my behaviour chart on the fridge", False),
        ("Note three triggers in a diary each week", False),  # no practitioner's thing
        ("Attend the weekly circle group at the library", False),
    ],
)
def test_an_instruction_on_a_practitioners_thing_is_a_workers(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": a worker-type imperative is not client behaviour and a
    client-type one ("Attend the job club") is; the class is the verb's *and* its object's:
    an instruction acting on a clinical device or record or a classroom's reward scheme
    (``practitioner_objects``: "tube", "vital signs", "reward chart system") is a nurse's
    or teacher's task whatever its verb, while the client's own ("your", "my") stays his."""
    assert (B in codes(text, "Tomas")) is flagged


# --- a capitalised plural before a plural verb is a group, not a name ------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Hosts make sure each newcomer has a bus pass", True),
        ("Congregations collect furniture for the flat", True),
        ("Churches collect winter coats for arriving families", True),
        ("Marcus collects his winter coat from the depot", False),  # one person, singular verb
        ("Lucas will make sure he has a bus pass", False),  # a modal: a name as before
        ("Chris walks to the depot each morning", False),
    ],
)
def test_a_capitalised_plural_with_a_plural_verb_is_not_a_name(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Whose behaviour": practitioners, agencies and other outside people are
    not the client; with no ``client_names`` an unknown capitalised subject is read as the
    client's name (WORDING_LABELS "Decisions"), but a word in -s followed by a verb in its
    plural form and no modal ("Mentors make sure...") is a plural common noun, a group of
    other people, not one person's name."""
    assert (B in codes(text)) is flagged
