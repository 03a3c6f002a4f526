"""Goal-wording mechanisms of the sixth session (issue 15): who acts, and headings.

Each example names the rule of ACCEPTANCE.md "Goal wording" or WORDING_LABELS.md it
checks, with statements written for this test (in no scored corpus), on both sides of
the rule, so a test fails if the mechanism is lost or over-reaches; each failed on the
analyser at 29d4ce2 for at least one example. The earlier sessions' examples are in
``test_wording_general.py``.
"""

from __future__ import annotations

import pytest

from tests.planning.wording_codes import B, M, codes

# --- who acts: a worker's verb done to oneself; intervention verbs (sixth session) ----


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Remind yourself of three strengths before bed", False),
        ("Educate yourself about the side effects of the tablets", False),
        ("To remind himself of the bus times using his phone", False),
        ("Remind Tomas of the bus times", True),  # the client as the object
        ("To remind Tomas of the bus times", True),
        ("Help Tomas to look after himself", True),  # the reflexive is in Tomas's clause
    ],
)
def test_a_worker_verb_done_to_oneself_is_the_clients_act(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: client-type imperatives are the client's behaviour, worker-type
    ones (remind, educate, ...) are not, as is any imperative whose object is the client
    ("Advocate for yourself" was the one case kept before); a reflexive object makes the
    reader the one acted on, so the client acts."""
    assert (B in codes(text, "Tomas")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Reinforce turn-taking with specific praise", True),
        ("Reassure and orient at each shift change", True),
        ("Assign a thought record between sessions", True),
        ("Probe for thoughts of self-harm at each visit", True),
        ("Tomas will be praised by his teacher for finished work", True),  # passive
        ("Tomas will praise his little sister at least once a day", False),  # his own act
        ("Praise your child for each finished chore", False),  # the reader, a parent
    ],
)
def test_intervention_verbs_are_a_workers(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1 and PUBLIC_CORPUS: a nursing or worker intervention entered in a
    plan (reinforce, praise, reassure, assign, probe ...) is a worker task, and the
    client as the object of a practitioner act in the passive is not client behaviour;
    the same verb with the client as subject, or addressed to a parent, is the client's."""
    assert (B in codes(text, "Tomas")) is flagged


# --- who acts: a verbless goal naming a service (sixth session) ----------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Individual counselling once a fortnight for 10 sessions", True),
        ("Family therapy sessions", True),  # "family" modifies, it is no subject
        ("Youth mentoring twice a month", True),
        ("Linkage to a community GP", True),  # a task noun, not a name before "to"
        ("Pain management by the practice nurse", True),  # a worker as the "by" agent
        ("Psychiatric evaluation within 30 days", True),  # the head ends at "within"
        ("Family visits Gran every Sunday", False),  # "visits" is the family's verb
        ("Stable housing by June", False),  # "by" a date
        ("Full-time employment within 3 months", False),  # an outcome, no service
    ],
)
def test_a_verbless_goal_naming_a_service_is_not_client_behaviour(
    text: str, *, flagged: bool
) -> None:
    """WORDING_LABELS 1: a noun phrase naming a service or worker task ("Referral to a
    psychologist", "Weekly home visits by...") is not client behaviour; one naming an
    outcome with no actor ("Stable housing by June") is not flagged."""
    assert (B in codes(text)) is flagged


# --- who acts: practitioner titles and abbreviations as written (sixth session) -------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("RBT will run discrete trials 3 times a week", True),
        ("The paraeducator will walk with Lena to the bus", True),
        ("DSP will support Lena at the pool on Saturdays", True),
        ("The GAL will visit Lena monthly", True),
        ("Medicaid will fund a power wheelchair", True),  # a payer
        ("Lena will take 5 mg PO twice a day", False),  # "by mouth", in the predicate
        ("Lena will meet her school counselor weekly", False),  # a worker in the predicate
    ],
)
def test_practitioner_titles_and_abbreviations_are_workers(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1 and issue 15 item 2: a worker, service or agency as subject is
    not client behaviour, and the defaults cover titles and their abbreviations as written
    in plans (RBT, DSP, GAL, paraeducator, payers); a worker named inside the predicate
    leaves the goal the client's."""
    assert (B in codes(text, "Lena")) is flagged


# --- who acts: an "-ly" adverb before an instruction's verb (sixth session) -----------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Thoroughly assess sleep and appetite at each visit", True),
        ("Routinely monitor weight and blood pressure", True),
        ("Gently remind the client of the house rules", True),
        ("Consistently attend the Tuesday art group", False),  # a client-type imperative
        ("Family attend therapy weekly", False),  # "family" is no adverb
        ("Apply for two jobs each week", False),  # "apply" is a verb
    ],
)
def test_an_ly_adverb_before_an_instruction_is_skipped(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: a worker-type imperative ("Assess...", "Remind...") is not client
    behaviour and a client-type one is; an adverb in "-ly" before the verb, listed or not,
    leaves the instruction what it is (read with no names given, as a template is)."""
    assert (B in codes(text)) is flagged


# --- who acts: an instruction whose object is the reader (sixth session) -------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("agree your support plan with you within a month", True),  # a service's promise
        ("Involve you in every decision about your tenancy", True),
        ("Keep your bus pass with you at all times", False),  # a thing carried along
        ("Ask a friend to come with you to the hearing", False),  # the friend's clause
        ("Find out which grants are open to you", False),  # a clause of its own
        ("Write down what you want from the review", False),
    ],
)
def test_an_instruction_acting_on_the_reader_is_someone_elses(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: "you" is the client, so an instruction whose object is "you"
    ("review your plan with you") is what someone else does to the client, like an
    imperative whose object is the client ("Work with Carla to..."); "you" carrying a
    thing, in another person's clause or in a clause of its own leaves it the client's."""
    assert (B in codes(text)) is flagged


# --- who acts: an examination received; a counted actor (sixth session) --------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Rosa will have a dental check-up every six months", True),  # received
        ("Rosa will receive a physical examination by May", True),
        ("One parent needs to undergo a parenting assessment", True),  # a counted parent
        ("Rosa will book a dental check-up by May", False),  # her own act
        ("Rosa will pass her driving test", False),
        ("Both parents attend the parenting class weekly", False),
    ],
)
def test_an_examination_is_a_service_received(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: merely receiving a service ("receive counselling", "be provided
    with") is not client behaviour; an examination or check-up had or received is such a
    service, while booking one is the client's act. A number before the actor ("One
    parent", "Both parents") leaves the actor the subject."""
    assert (B in codes(text, "Rosa")) is flagged


# --- a Title Case heading before a colon (sixth session) -----------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Identify Warning Signs: write down three signs that a low mood is starting", False),
        ("Plan Calm Evenings: choose a calming activity for each evening", False),
        ("Daily Living: Kemal to cook dinner twice a week", False),
        ("Housing Support: the case manager will call Kemal weekly", True),  # a worker
    ],
)
def test_a_title_case_heading_before_a_colon_names_no_one(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1 (decisions): an unknown capitalised word as the object can be the
    client's name ("Support Carla to..."), but a heading's Title Case before a colon
    ("Spot Warning Signs:") says nothing of names, as a whole line in Title Case does not;
    the sentence after the colon keeps its capitals."""
    assert (B in codes(text)) is flagged


# --- who acts: a role in apposition to the subject (sixth session) -------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("I, the class teacher, will greet Mia at the door each morning", True),
        ("Mrs Okafor, the school counsellor, will meet Mia weekly", True),
        ("Mia, a Year 8 student, will hand in homework each Friday", False),
        ("Mia, with her mentor, will apply for two weekend jobs", False),  # an adjunct
        ("Mia, supported by her mentor, will apply for two weekend jobs", False),
    ],
)
def test_a_role_in_apposition_names_the_subject(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: a worker as subject is not client behaviour, and a worker named
    only in an adjunct leaves it the client's; a role between commas after the subject
    ("I, the class teacher, will...") says who the subject is, an adjunct there does not."""
    assert (B in codes(text, "Mia")) is flagged


# --- who acts: a leading count and a "by" agent in a verbless service (sixth session) --


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Twice weekly home visits", True),  # the count is no head
        ("Three monthly welfare checks by the caseworker, with the school", True),
        ("Twice weekly walks with a friend", False),  # the client's own activity
        ("Three job interviews by June", False),  # the client's outcome, a date
    ],
)
def test_a_leading_count_and_a_by_agent_in_a_verbless_service(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: a noun phrase naming a service or worker task ("Weekly home
    visits by...") is not client behaviour: a count before the noun group is no head, and
    the "by" agent is read up to the end of its own noun phrase."""
    assert (B in codes(text)) is flagged


# --- who acts: services in the plural (sixth session) --------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Combine therapies from two providers", True),  # running services
        ("Medication management twice monthly", True),  # a verbless service
        ("Sami will complete all treatments on the plan", False),  # the client's act
        ("Sami will read about different therapies", False),
    ],
)
def test_services_in_the_plural_are_services(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: an instruction that runs services, or a noun phrase naming one,
    is not client behaviour, whether the service is named in the singular or the plural;
    completing one's treatments stays the client's act."""
    assert (B in codes(text, "Sami")) is flagged


# --- a topic heading before a colon is dropped (sixth session) -----------------------


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        ("Money Matters: Open a savings account by March", M, False),
        ("Next Steps: Support Kemal to open a bank account", B, True),
        ("Safe Evenings: keep a calm routine", M, True),
        ("Identify Triggers: list three situations that lead to arguments", B, False),
    ],
)
def test_a_topic_heading_before_a_colon_is_dropped(text: str, code: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1 and 3 are judged on the goal itself: a topic heading before a
    colon ("Money Matters:") is dropped as a list label ("Goal 1:") is, so the goal after
    it is read as a sentence of its own; a heading naming an act, a person or a service
    stays part of the reading."""
    assert (code in codes(text)) is flagged


# --- who acts: a verbless task done with the client (sixth session) ------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Review and update of the safety plan with the client", True),
        ("Goal setting with the participant each quarter", True),
        ("Stable housing with the client's partner", False),  # someone of the client's
        ("Weekend outings with her sister", False),  # a relative
    ],
)
def test_a_verbless_task_done_with_the_client_is_a_workers(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: an imperative whose object is the client ("Work with Carla
    to...") is not client behaviour, nor is a noun phrase naming a worker task; a task
    done "with the client" (the client in the third person) is the worker's."""
    assert (B in codes(text)) is flagged


# --- who acts: an activity or tool doing a worker's act to the client (sixth session) --


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("This game will help teach the child to take turns", True),
        ("The reminder app will prompt him to take his tablets", True),
        ("Daily walks will help reduce stress", False),  # no one is acted on
        ("Exercise will help my mood", False),
    ],
)
def test_a_thing_doing_a_workers_act_to_the_client(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: a service or worker task, not the client, acting is not client
    behaviour; an activity, tool or program that helps, teaches or prompts the client
    (or in a family plan the child) does the service's act."""
    assert (B in codes(text)) is flagged


# --- who acts: an opener written without its comma ------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        ("After school help the child with homework", B, True),  # a worker's instruction
        ("Each morning help the client get dressed", B, True),
        ("On quit day throw away all your cigarettes", M, False),  # "all" things, each one
        ("When she is upset call her sponsor", B, False),  # a clause: no cut
    ],
)
def test_an_opener_without_its_comma_is_cut(text: str, code: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1 and 3 judge the goal's own clause: a short adjunct before an
    instruction's verb ("After school", "On quit day") is dropped even without its comma,
    as "By June," is, so the instruction is read as one; a clause of its own ("When she is
    upset") is not cut without a comma."""
    assert (code in codes(text)) is flagged
