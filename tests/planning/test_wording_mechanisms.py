"""Goal-wording mechanisms added to read statements nobody here wrote (issue 15).

Each example names the rule of ACCEPTANCE.md "Goal wording" or WORDING_LABELS.md (and
the public corpora's labelling decisions in PUBLIC_CORPUS.md) that it checks, with a
statement written for this test that is not in any scored corpus. Each rule is checked
on both sides, so a test fails if the mechanism is lost or over-reaches.
"""

from __future__ import annotations

import pytest

from casemgmt.planning import DEFAULT_TERMS, check_goal_statement
from tests.planning.wording_codes import B, M, N, codes

# --- who acts ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("We will cook dinner together twice a week", False),  # the household's own act
        ("We will save $50 a month for a family holiday", False),
        ("We will check in with Maria weekly by phone", True),  # an act on the client
        ("We will refer Maria to a dietitian by June", True),  # a worker verb
        ("We will improve outcomes for our customers by 2027", True),  # clients as a group
        ("We will review the strategy annually", True),  # no home life: the agency
        ("We will go to the park every Saturday", False),  # an everyday activity
        ("We will stay active", False),  # a personal state
    ],
)
def test_we_is_the_agency_only_when_it_does_a_workers_act(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 1: "we" is the agency unless the statement makes it the household;
    an agency does not cook dinner, go to the park or stay active."""
    assert (B in codes(text)) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Tom's dad would like Tom to receive speech therapy", True),
        ("I would like to receive counselling", True),
        ("Tom's dad would like Tom to join a football team", False),
    ],
)
def test_a_wish_for_the_client_is_judged_on_the_wished_act(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE: merely receiving a service is not client behaviour, in a wish frame too."""
    assert (B in codes(text, "Tom")) is flagged


@pytest.mark.parametrize(
    "text",
    [
        "Supervised contact visits with her son",  # a participle heading, not a name
        "Anger management classes for dad",  # a service named for the client
        "Drug and alcohol education classes",  # coordinated modifiers, service head
        "Partnering with families to set household goals",  # working with clients in general
        "Give people the confidence to apply for work",  # giving an abstract good to people
        "Reduce recidivism among young offenders",  # a program's aim
        "Vulnerable older people live safely at home",  # a population as subject
        "Seventy percent of youth will finish the course",  # a share of a client noun
        "I will deliver three parenting workshops this term",  # the subject delivers a service
        "R will have music sessions available twice a week",  # something made available
        "Catholic Charities will pay the first month's rent",  # an organisation's name
        "Counselling sessions to help Jo plan a budget that will last",  # relative "will"
    ],
)
def test_services_programs_and_providers_are_not_client_behaviour(text: str) -> None:
    """ACCEPTANCE/WORDING_LABELS 1: services, worker tasks and program targets about
    clients in general are not one client's behaviour."""
    assert B in codes(text)


@pytest.mark.parametrize(
    "text",
    [
        "Give others a turn in the board game",  # the client gives, nothing is a service
        "Increase the client's confidence in public speaking",  # the client's own change
        "Monitor your blood sugar before meals",  # the reader's own self-care
        "Stay away from crime",  # the client's own restraint, not a program aim
        "Housing for the family by June",  # an outcome for the client, not a service
        "Carla and her son will attend the playgroup weekly",
        "Jo will save 10% of her income each month",  # a share of her own things
        "Mary Jones will enrol in a TAFE course by June",  # a person's full name
    ],
)
def test_client_acts_stay_client_behaviour(text: str) -> None:
    """WORDING_LABELS 1: client acts, the client's own change and outcomes are not flagged."""
    assert B not in codes(text)


# --- positive terms ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "negative"),
    [
        ("Jo will join a walking group, reducing her isolation", False),  # a result
        ("Jo will find a group that can help reduce her stress", False),  # a purpose
        ("Jo will name feelings using words (not gestures) in class", False),  # an aside
        ("Jo will tell her sister about her promise to quit", False),  # a topic
        ("Jo will identify her triggers and avoid them", True),  # a new coordinated target
        ("Jo will go to bed only when tired", True),  # a restriction on a habit
        ("Jo will stop smoking (no more than 2 a day)", True),
    ],
)
def test_negative_scope(text: str, *, negative: bool) -> None:
    """ACCEPTANCE/WORDING_LABELS 2: purposes, results, topics and asides are out of the
    scope of negation; a coordinated avoidance and "only when" are negative targets."""
    assert (N in codes(text)) is negative


# --- measurable -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "measurable"),
    [
        ("Can make a cup of tea", True),  # an ability to do one physical act
        ("Jo will be able to swim a lap", True),
        ("Jo can manage her money", False),  # an ongoing way of living
        ("Pt to be independent with dressing within 3 weeks", True),  # an assist level
        ("Jo will be more independent in the community", False),  # a direction
        ("No shouting at the dinner table", True),  # a zero count of a behaviour
        ("Jo will phone her sponsor when she has a craving", True),  # act on a condition
        ("Jo will feel calm when she is at home", False),  # an inner state on a condition
        ("Refer cases to community legal services", False),  # many clients: ongoing
        ("Assess the client's mobility and falls risk", True),  # a worker's single act
        ("Jo will join a local choir or singing group", True),  # coordinated modifiers
        ("Jo will build relationships with friends or family", False),  # no one person
        ("Avoid any contact with the perpetrator", True),  # "any" on the event itself
        ("Avoid any late night snacking", False),  # "any" on a time word: no count
        ("Go on 1-on-1 outings with a mentor", False),  # a staffing ratio is no count
        ("Walk a mile", True),  # one unit of distance is an amount
        ("Eat a piece of fruit everyday", True),  # "everyday" is a frequency
        ("Read in the later hours of the evening", False),  # hours with no count
    ],
)
def test_measurable_criteria(text: str, *, measurable: bool) -> None:
    """ACCEPTANCE/WORDING_LABELS 3 and the public corpora's decisions (ability
    statements, assist levels, zero quantifiers, "when" conditions, named persons)."""
    assert (M not in codes(text)) is measurable


def test_program_aims_are_an_extendable_term_list() -> None:
    """The lexicon is the extension point (issue 15 item 2): an agency adds its own aims."""
    terms = DEFAULT_TERMS.extend(program_aims=["rough sleeping"])
    text = "Reduce rough sleeping across the city"
    before = {f.code for f in check_goal_statement(text)}
    after = {f.code for f in check_goal_statement(text, terms=terms)}
    assert B not in before
    assert B in after
