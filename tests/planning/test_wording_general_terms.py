"""Goal-wording mechanisms of the sixth session (issue 15): positive terms, measurable.

Each example names the rule of ACCEPTANCE.md "Goal wording" or WORDING_LABELS.md it
checks, with statements written for this test (in no scored corpus), on both sides of
the rule, so a test fails if the mechanism is lost or over-reaches; each failed on the
analyser at 29d4ce2 for at least one example. The earlier sessions' examples are in
``test_wording_general.py``.
"""

from __future__ import annotations

import pytest

from casemgmt.planning import check_goal_statement
from tests.planning.wording_codes import M, N, codes

# --- positive terms: an aid or a modified support after "without" (sixth session) -----


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ines will climb the stairs without a handrail", False),  # an aid
        ("Ines will cross the car park without her walking frame or cane", False),
        ("Ines will add up the shopping bill without a calculator", False),
        ("Ines will fold the laundry without verbal or gestural prompts", False),
        ("Ines will set the table without adult redirection", False),  # a modifier first
        ("Ines will finish the chores with fewer than 2 redirections", False),  # a ceiling
        ("Ines will play with her brother without physical aggression", True),  # a problem
        ("Ines will go to bed without loud arguments", True),
        ("Ines will finish the chores with fewer than 2 tantrums", True),
    ],
)
def test_an_aid_or_a_modified_support_after_without_is_not_negative(
    text: str, *, flagged: bool
) -> None:
    """WORDING_LABELS 2: "without" + a support ("without reminders", "without help") is
    not negative, and a ceiling on support is not either (PUBLIC_CORPUS: "no more than 1
    verbal prompt"); the support's head decides, whatever modifies it, and an aid the
    client manages without is a support. "Without" + a problem stays negative."""
    assert (N in codes(text, "Ines")) is flagged


# --- positive terms: what a talk is about is its topic (sixth session) ---------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Nadia will talk with her GP about cutting down", False),
        ("Nadia will write in her journal about her ambivalence regarding quitting", False),
        ("Nadia will stop by the drop-in centre on Fridays", False),  # to visit
        ("Nadia will read about relapse and avoid the pub", True),  # a new target
        ("Nadia will cut down on takeaways", True),
        ("Nadia will stop at one drink", True),
    ],
)
def test_what_a_talk_is_about_is_its_topic(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 2: topic words ("talk about what makes him angry") are not negative;
    a trigger after "about"/"regarding"/"concerning" is what the act is about, not its
    target, unless a coordinated act follows; "stop by" is a visit, not a cessation."""
    assert (N in codes(text, "Nadia")) is flagged


# --- positive terms: a limit as a noun (sixth session) -------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will keep to a limit of 3 coffees a day", True),  # a ceiling on a habit
        ("Omar will agree a quota of 5 cigarettes a day", True),
        ("Omar will limit takeaway meals to one a week", True),  # the verb
        ("Omar will keep the house rules and limits at his foster home", False),  # a noun
        ("Omar will set limits with his younger brother", False),  # boundaries
    ],
)
def test_a_limit_is_a_ceiling_only_on_an_amount(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 2: a ceiling on a problem ("limit to", "no more than", "a maximum
    of") is negative, so "a limit of 3" and "a quota of 5" are too; "limits" as the noun
    (rules and limits, setting limits with someone) is no ceiling."""
    assert (N in codes(text, "Omar")) is flagged


# --- positive terms: a pause, doing without a person, a place off-limits (sixth session)


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Theo will stop, breathe and count to ten when he is angry", False),  # a pause
        ("Theo will stop and think before he answers back", False),
        ("Theo will learn to live without the person he cared for", False),  # alone
        ("Theo will stop gambling online", True),  # a cessation
        ("Theo will make the car off-limits to smoking", True),  # a restraint
        ("Theo will ban vaping in his room", True),
    ],
)
def test_a_pause_and_doing_without_a_person_are_not_negative(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 2: cessation or restraint (stop, refrain, prevent...) is negative;
    "stop" with no object before "," or "and" is a pause in a coping routine, and
    "without" + a person is doing it alone ("without reminders"), not an absence;
    "off-limits", "ban", "prohibit" are restraint."""
    assert (N in codes(text, "Theo")) is flagged


# --- measurable: "all of" things; meals are events (sixth session) -------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Shred all of your old bank statements", False),  # each one checkable
        ("Yusuf will feed himself at all mealtimes today", False),  # every meal
        ("Yusuf will handle all of his feelings calmly", True),  # abstractions
        ("Yusuf will eat healthy meals", True),  # plural events, no count
    ],
)
def test_all_of_the_things_and_every_meal_are_criteria(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: a universal quantifier on a countable event ("all scheduled
    sessions") or on things handled one by one is a criterion, written "all of" too; a
    meal is a countable event; plural events without a count are not measurable."""
    assert (M in codes(text, "Yusuf")) is flagged


# --- measurable: things handed over are concrete (sixth session) ---------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Provide warm clothing for the winter", False),  # a worker's single act
        ("Provide a tepid sponge bath", False),
        ("Bilal will buy a cot and a car seat before the birth", False),
        ("Bilal will keep his clothes tidy", True),  # an ongoing habit
        ("Bilal will take a shower", True),
    ],
)
def test_things_handed_over_are_concrete(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3 and PUBLIC_CORPUS: getting or handing over a concrete thing is one
    verifiable act, a worker's too ("Provide tepid sponge bath"); clothing, a cot or a
    car seat are such things. Keeping things tidy or a daily wash stays ongoing."""
    assert (M in codes(text, "Bilal")) is flagged


def test_a_modal_alone_raises_nothing() -> None:
    """A one-word statement that is a modal ("MAY", found by the property test of
    test_wording) has no verb after it: the measurable rules must not fail on it."""
    found = check_goal_statement("MAY")
    assert [f.code for f in found] == [M]


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ravi will take out the refuse every Tuesday", False),  # the noun
        ("Ravi will get a bus pass free of charge", False),  # a price
        ("Ravi will reduce, reuse and recycle at home", False),  # a slogan
        ("Ravi will refuse offers of cannabis", True),  # the verb
        ("Ravi will be free of criminal charges for a year", True),  # absence
    ],
)
def test_fixed_phrases_and_nouns_that_hold_a_trigger(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 2: refusing is restraint and "free of" a problem is absence, but a
    word or phrase that only holds a trigger ("the refuse", "free of charge", "reduce,
    reuse and recycle") negates nothing, like "relapse prevention plan"."""
    assert (N in codes(text, "Ravi")) is flagged


# --- irregular forms: a lexicon verb is read in any of its forms (tools/gen_irregular_verbs.py)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dana threw out the expired food by 1 May 2026", set()),  # one act, dated
        ("Dana will throw out the expired food by 1 May 2026", set()),  # the same, present
        ("Dana skipped the smoke break twice this week", {N}),  # restraint, past tense
        ("Dana will skip the smoke break twice this week", {N}),
        ("Dana forwent gambling for 3 months", {N}),
        ("Dana will forgo gambling for 3 months", {N}),
    ],
)
def test_a_lexicon_verb_reads_the_same_in_its_irregular_forms(
    text: str, expected: set[str]
) -> None:
    """ACCEPTANCE "Goal wording": a verb the lexicon lists ("throw out" a one-off act;
    "skip", "forgo" restraint, WORDING_LABELS 2) decides in its irregular past forms as in
    its plain form; the forms are generated from the lexicon's verbs into ``_irregular``."""
    assert expected == codes(text) & {N, M}
