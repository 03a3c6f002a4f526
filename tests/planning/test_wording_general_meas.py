"""Goal-wording mechanisms of the seventh session (issue 15): positive terms, measurable.

Each example names the rule of ACCEPTANCE.md "Goal wording" or WORDING_LABELS.md it
checks, with statements written for this test (in no scored corpus), on both sides of
the rule, so a test fails if the mechanism is lost or over-reaches; each failed on the
analyser at fe60789 for at least one example. Earlier sessions' examples are in
``test_wording_general.py`` and ``test_wording_general_terms.py``.
"""

from __future__ import annotations

import pytest

from tests.planning.wording_codes import M, N, codes

# --- positive terms: an answer word is named, not a negation -------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Rosa will answer yes or no questions about her day with 80% accuracy", False),
        ("Rosa will nod or shake her head to show 'yes' or 'no'", False),
        ("Rosa will say yes/no when offered a choice", False),
        ("Rosa will say yes to one outing a week and no longer skip meals", True),
        ("Rosa will have no missed meals", True),
    ],
)
def test_an_answer_word_is_named_not_a_negation(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": negative when the target is worded as negation ("not,
    never, no more"); "no" named as an answer beside "yes" negates nothing, like a topic
    word ("talk about what upsets him"). A negator elsewhere still counts."""
    assert (N in codes(text, "Rosa")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Rosa will read the passage aloud given no adult support", False),
        ("Rosa will finish her homework given no prompts", False),
        ("Rosa will go to school given no absences last term", True),  # a problem
    ],
)
def test_given_no_support_is_doing_it_alone(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE: "without" + a support ("unaided", "without reminders") is not negative;
    "given no adult support" says the same, as "with no cues" does."""
    assert (N in codes(text, "Rosa")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Rosa will restrict her salt intake", True),
        ("Rosa will suppress her urge to shout", True),
        ("Rosa will curtail her spending on takeaways", True),
        ("Rosa will use her inhaler sparingly", True),
        ("Rosa will block access to betting apps on her phone", True),
        ("Rosa will step away when her brother teases her", True),
        ("Rosa will make a decision to cut out energy drinks", True),
        ("Rosa will make a decision about her course by June", False),
        ("Only smoke on the balcony", True),  # "only" before the act
        ("Rosa will go to the party and only drink two beers", True),
        ("Rosa will only need one prompt to start", False),  # a ceiling on support
    ],
)
def test_restraint_and_ceilings_written_as_verbs(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": cessation or restraint, avoidance or prevention, and a
    reduction or ceiling on a problem are negative, in any wording: "restrict",
    "suppress", "curtail", "sparingly", "block access", "step away", "only" + the act;
    "make a decision to" passes its target on like "make an effort to" (WORDING_LABELS 2,
    catenatives)."""
    assert (N in codes(text, "Rosa")) is flagged


# --- measurable: one service given once, named without a verb -----------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Referral to a dietitian", False),
        ("Formal referral to the housing register", False),
        ("Assessment of the household's budget", False),
        ("Orientation on tenancy rights", False),
        ("Referrals for legal and health services", True),  # several: how many?
        ("Psychiatric evaluation and/or treatment", True),  # joined to an ongoing service
        ("Assessment as needed", True),  # vague
    ],
)
def test_one_service_given_once_is_an_event(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: "a worker's single act ("refer", "make a referral") counts as an
    event"; ACCEPTANCE "Measurable": "one verifiable accomplishment". A verbless goal
    naming one referral, assessment or orientation names that event; plural or ongoing
    services and vague ones stay open-ended ("numbers ... not criteria")."""
    assert (M in codes(text)) is flagged


# --- measurable: choosing a day, contacting one helper --------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will pick a day to clear out his spare room", False),
        ("Omar will choose a start day for his new routine", False),
        ("Omar will meet with his probation officer about the move", False),
        ("Omar will meet with his sponsor", False),
        ("Omar will consult with a dietitian", False),
        ("Omar will meet with other tenants about the garden", True),  # people in general
        ("Omar will talk to his GP about his sleep", True),  # talk with no count
        ("Omar will talk about his feelings", True),
    ],
)
def test_choosing_a_day_and_contacting_one_helper_are_single_acts(
    text: str, *, flagged: bool
) -> None:
    """WORDING_LABELS 3: measurable by "one verifiable accomplishment: ... book/call/ask/
    contact someone", "set a quit date"; picking one day fixes a date as setting one does,
    and meeting with one helper is contacting them. ACCEPTANCE: "talk with no count
    (discuss, explore)" stays not measurable, as do people in general."""
    assert (M in codes(text, "Omar")) is flagged


# --- measurable: an attained state behind an adverb, a role taken up -----------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will be gainfully employed by March", False),
        ("Omar will be securely housed", False),
        ("Omar will become a carpenter", False),
        ("Omar will be a self-employed electrician", False),
        ("Omar will become a volunteer at the food bank", False),
        ("Omar will be a better listener", True),  # a quality: a direction
        ("Omar will be really relaxed", True),  # an inner state
    ],
)
def test_an_attained_state_or_role_is_measurable(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: "be employed/enrolled/housed" is one verifiable accomplishment
    whatever adverb qualifies it, and taking up a role ("become a nurse") is attained
    once; ACCEPTANCE "Measurable": direction ("better") and inner states stay not
    measurable."""
    assert (M in codes(text, "Omar")) is flagged


# --- measurable: a learning goal names a skill, not yet an act ------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will learn how to write a cover letter", True),
        ("Omar will learn to open a bank account online", True),
        ("Show Omar how to top up his travel card", True),  # a skill taught
        ("Omar will find out how to enrol his son in soccer", False),  # an event
        ("Omar will learn to cook a meal with his mentor twice a week", False),  # a criterion
        ("Omar will write a cover letter", False),  # the act itself
    ],
)
def test_a_learning_goal_names_a_skill(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: abstract objects ("skills, confidence, strategies, ways") are not
    measurable, and "learn to"/"learn how to" (or "how to" after any verb) names a skill
    to be gained rather than the act done (probe: "Grace will learn to cook a simple
    meal" is not measurable); a criterion still makes it measurable, and the act itself
    (also "find out how to...") is an accomplishment."""
    assert (M in codes(text, "Omar")) is flagged


# --- reading: "e.g." and "i.e." end no sentence ---------------------------------------


@pytest.mark.parametrize(
    ("text", "code", "flagged"),
    [
        ("Omar will name sizes (e.g., bigger, less) when asked", N, False),  # an aside
        ("Omar will sort his post (i.e. no bills left unopened)", N, False),
        ("Omar will improve his situation (e.g. a new flat)", M, True),  # still direction
        ("Omar will sort his post every day (e.g. bills, letters)", M, False),
        ("Omar will list the pros and cons of renting vs. not renting", N, False),
    ],
)
def test_latin_abbreviations_end_no_sentence(text: str, code: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Goal wording" judges one statement; the dots of "e.g.", "i.e." and
    "vs." end no sentence, so what follows stays the aside of the sentence it qualifies (an aside
    in brackets is not the target, ACCEPTANCE "Positive terms") instead of being read as
    a goal of its own ("less" alone would be a reduction, "a new flat" an attained
    thing)."""
    assert (code in codes(text, "Omar")) is flagged


# --- positive terms: "but not" + a time or number restricts the act -------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will drink coffee in the morning but not 6 hours before bed", True),
        ("Omar will drink coffee daily (but not within an hour of bedtime)", True),
        ("Omar will walk to the shops with his worker nearby but not holding his arm", False),
        ("Omar will travel to the clinic without a companion", False),  # a support
    ],
)
def test_but_not_with_a_time_restricts_the_act(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": negative when the target is worded as negation, and "a
    mix with any negative target is negative"; "but not" + a time or a count restricts
    the client's own act, inside brackets or out, while "but not" + what a supporter does
    only qualifies it, and "without" + a support ("unaided") is not negative."""
    assert (N in codes(text, "Omar")) is flagged


# --- positive terms: infinitive lists, "block", "zero" + a plural, "only as much" ------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("To cut down gambling (online, at the pub, at the track)", True),
        ("to lessen cravings, to sleep well and to eat regularly", True),
        ("To get to work on time, Omar will set two alarms", False),  # a real opener
        ("Omar will block betting sites on his phone", True),
        ("Omar will build a tower of 10 blocks", False),  # a noun
        ("Omar will have zero bets on the horses this month", True),
        ("Omar will take only as much cash as he needs", True),
        ("Omar will walk to the bus stop without his walking frame", False),  # an aid
    ],
)
def test_infinitive_lists_and_restraint_wordings(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": cessation or restraint, avoidance or prevention,
    absence ("zero" + a problem), reduction or a ceiling ("no more than") are negative;
    "without" + a support or aid is not. A comma inside brackets or between listed
    infinitive goals ends no opener, so the first goal is read, not dropped."""
    assert (N in codes(text, "Omar")) is flagged


# --- measurable: one named occasion, a count in a compound, "as soon as" + an event ----


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will bring his payslips to his first appointment at the bank", False),
        ("Omar will raise the rent arrears at the next meeting", False),
        ("Omar will keep a sleep diary over the next month", True),  # a period
        ("Omar will feel calmer by the next appointment", True),  # a deadline
        ("Omar will do a twenty-minute walk", False),
        ("Omar will spend an hour reading to his son", False),
        ("Omar will feel calmer in an hour", True),  # a deadline, and an inner state
        ("Omar will put his pay into savings as soon as it arrives", False),
        ("Omar will put money into savings as soon as possible", True),  # vague
    ],
)
def test_one_occasion_and_counts_in_words(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Measurable": a number, count or amount makes a goal measurable, also
    inside a compound ("a seven-minute mile") or as "an hour" spent; one named occasion
    of an event ("her first appointment") is checked once, as one named service attended
    (WORDING_LABELS 3), and "as soon as" + an event is a time limit per event ("within a
    week of receiving them"); a deadline alone, a period or "as soon as possible" is
    not."""
    assert (M in codes(text, "Omar")) is flagged


# --- measurable: vague quantifiers hedge an act ---------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will return to his evening class regularly", True),
        ("Omar will take the stairs whenever possible", True),
        ("Omar will become as fit as possible", True),
        ("Omar will take the stairs whenever he visits his mum", False),  # each time
        ("Omar will return to his evening class twice a week", False),
    ],
)
def test_vague_quantifiers_hedge_an_act(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Measurable": "vague quantifiers (regularly, appropriately)" are not
    criteria, and hedge an act that would otherwise be one event; "whenever possible" is
    no frequency, while "whenever" + an event is (WORDING_LABELS 3)."""
    assert (M in codes(text, "Omar")) is flagged


# --- measurable: asking for help; a checklist item shown unassisted -------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will ask for help when the washing machine breaks", False),
        ("Ask for assistance at the service desk", False),
        ("Omar will ask for help when needed", True),  # vague
        ("Zips up coat without assistance", False),  # a checklist item
        ("Puts on his shoes unaided", False),
        ("Omar will zip up his coat without reminders", True),  # an ongoing habit
        ("Brushes teeth regularly", True),
    ],
)
def test_asking_for_help_and_checklist_skills(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: "book/call/ask/contact someone" is one verifiable accomplishment,
    so is asking for help, unless hedged ("when needed"); ACCEPTANCE: "one verifiable
    accomplishment, also in 'be able to' form with a concrete act ('walk to the mailbox
    unassisted')": a skill checklist's item ("Zips up coat without assistance") states
    that ability, while a habit kept without reminders stays open-ended."""
    assert (M in codes(text, "Omar")) is flagged


# --- reading: a time phrase opens the sentence ----------------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("The night before the interview, iron every shirt", False),
        ("The day before your quit day, throw away all your cigarettes", False),
        ("Each morning, Omar will pack his lunch", False),
        ("The week before the move, Omar will feel settled", True),  # an inner state
    ],
)
def test_a_time_phrase_opens_the_sentence(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Measurable" reads the goal's own act; a leading time phrase ("The day
    before your quit day,") is an adjunct like "By June,", so the act after it is judged
    (a universal quantifier, a frequency), and an inner state stays not measurable."""
    assert (M in codes(text, "Omar")) is flagged


# --- measurable: writing things down makes one record ---------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will write down the questions he wants to ask his landlord", False),
        ("Omar will list the warning signs which he has noticed", False),
        ("Omar will jot down his worries", False),
        ("Omar will list his feelings as needed", True),  # vague
        ("Omar will think about his worries", True),  # an inner state
    ],
)
def test_writing_things_down_makes_one_record(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: "develop/write/set up a concrete artefact (budget, CV, safety
    plan)" is one verifiable accomplishment; writing things down or listing them makes
    one such record whatever is listed, unless hedged; thinking about them is an inner
    state (ACCEPTANCE "Measurable")."""
    assert (M in codes(text, "Omar")) is flagged


# --- measurable: a state a worker makes sure of; titles with a dot ---------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Ensure that Mr. Omar Said's son is enrolled in a kindergarten by March", False),
        ("Make sure Omar is housed before winter", False),
        ("Make sure Omar is happy at home", True),  # an inner state
    ],
)
def test_a_state_a_worker_makes_sure_of(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: "be employed/enrolled/housed" is one verifiable accomplishment,
    and "a worker's single act ... counts as an event": making sure of such a state names
    its end point; the dot of "Mr." ends no sentence. An inner state stays not
    measurable (ACCEPTANCE "Measurable")."""
    assert (M in codes(text, "Omar")) is flagged


# --- positive terms: what a worksheet or class is on is its topic ---------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will complete a worksheet on avoiding arguments with his brother", False),
        ("Omar will attend a class on stopping smoking", False),
        ("Omar will attend a class on budgeting and stop gambling", True),  # a new target
        ("Omar will focus on avoiding arguments", True),
    ],
)
def test_what_a_worksheet_is_on_is_its_topic(text: str, *, flagged: bool) -> None:
    """ACCEPTANCE "Positive terms": topic words ("talk about what upsets him") are not
    negative; "on" after a worksheet, class or talk names its topic as "about" does,
    while a coordinated act after it, or "focus on" + avoidance, is the target."""
    assert (N in codes(text, "Omar")) is flagged


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("Omar will take his blood pressure tablets as instructed", False),
        ("Omar will use his nasal spray as ordered", False),
        ("Omar will use his nasal spray as he likes", True),
    ],
)
def test_as_instructed_is_a_frequency(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: a frequency ("as prescribed") is a criterion; "as instructed" and
    "as ordered" name the same schedule."""
    assert (M in codes(text, "Omar")) is flagged


# --- reading: a condition written without its comma ----------------------------------


@pytest.mark.parametrize(
    ("text", "flagged"),
    [
        ("If I notice a rash I will seek medical attention", False),
        ("When I feel dizzy I will sit down and rest", False),
        ("If I feel low I will feel better soon", True),  # an inner state
    ],
)
def test_a_condition_without_its_comma(text: str, *, flagged: bool) -> None:
    """WORDING_LABELS 3: a conditional behaviour is counted like "whenever" ("call the
    helpline when he feels an urge"); the condition ends where the goal's subject takes
    its modal, comma or not, so the act after it is judged."""
    assert (M in codes(text, "Omar")) is flagged
