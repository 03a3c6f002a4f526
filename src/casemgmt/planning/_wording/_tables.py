"""Closed-class word tables the readers use (modals, determiners, prepositions...).

Agency vocabulary lives in :class:`WordingTerms`; these are English grammar words
that no agency needs to change, kept here so no function body holds a word list.
"""

from __future__ import annotations

import re

from casemgmt.planning._wording._negex import TRIGGER_WORDS


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_MODALS = _set("""will shall would should must can could may might""")
_BE = _set("""be is are am was were been being become becomes became""")
_GET = frozenset(["get", "gets", "got", "gotten", "getting"])
_DETERMINERS = _set(
    """a an the my our your his her their its this that these those some any each every"""
)
_POSSESSIVES = _set("""my our your his her their its""")
_IMPERSONAL = _set("""it there this that these those what which who""")
"""Pronouns that never stand for a person's name, capitalised or not: "It is important
that Ana attends...", "There will be...", "This helps..."."""
_PREPOSITIONS = _set(
    """to in on at for from with by of about into onto over under through across after before
during within without towards toward around among between via per than upon near beside"""
)
_SUPPORT_ADJUNCT = _set(
    """from by of help support assistance guidance encouragement supported helped assisted
guided backing input coaching prompting"""
)
_SUBJECT_PRONOUNS = frozenset(["i", "he", "she", "they", "you"])
_OBJECT_PRONOUNS = frozenset(["him", "them", "me"])
_SELF_WORDS = _set("""herself himself themselves myself yourself ourselves""")
_SELF_OBJECT_SPAN = 3
"""How far after a worker's verb a reflexive makes it self-directed ("Advocate for
yourself", "Remind herself of"): the object or a preposition's object, not a later clause."""
_CLAUSE_OPENERS = _set(
    """by within in over with without after before during through using for at on from until
each every instead rather as once following upon starting beginning having to if when
whenever while unless because since although though where after upon in-order once"""
)
_KIN = _set("partner husband wife spouse boyfriend girlfriend fiance fiancee sister brother")
_COORD = _set("""and or then , & plus""")
_HOUSEHOLD = _set(
    """family children kids son sons daughter daughters baby home household house flat rent
partner money bills"""
)
_PARTICIPLE_END = ("ed", "en")
_FUNCTION_WORDS = _set(
    """no not never none nothing zero all any more most less fewer full part stable safe
increased improved reduced decreased better good new regular consistent ongoing weekly
monthly daily successful independent positive healthy appropriate ms mr mrs dr goal
objective"""
)
_BE_TO_ADJECTIVES = _set(
    """able ready willing going prepared expected required motivated committed determined
    likely responsible supported helped encouraged assisted enabled empowered taught coached
    linked connected referred asked allowed reminded prompted"""
)
_DATE = re.compile(r"(?:[0-3]?\d[/.-][01]?\d(?:[/.-]\d{2,4})?)")
_NEG_WORDS = TRIGGER_WORDS
"""Closed-class NegEx trigger words (``_negex``): the lexicon stops at these."""
_PUNCT_SPLIT = frozenset([".", "!", "?", ";", "\n"])
_DASH_CLAUSE_OPENERS = ("if", "when", "whenever", "unless", "because", "then", "so")
"""After a hyphen left hanging ("your guide- if it hurts"), these show a dash before a
new clause, not a compound cut short ("two- to three-word")."""


_NAME_PRECEDERS = _DETERMINERS | _PREPOSITIONS | frozenset(["'s", "and", "or"])

_CHANGE_VERBS = _set(
    """increase increases increased rise rises improve improves improved grow grows go goes
    fall falls drop drops decrease decreases reduce reduces lose loses gain gains lift lifts
    raise raises advance advances move moves"""
)
_PETS = _set("""dog dogs cat cats pets pet""")
_DOWN_VERBS = _set(
    """fall falls drop drops decline declines decrease decreases reduce reduces lower lowers
    lessen lessens shrink shrinks"""
)
_INNER_VERBS = _set(
    """understand know feel accept recognise recognize realise realize appreciate believe
    think consider explore discuss talk reflect"""
)
_ACTIVITY_IN = _set("""engage participate involve invest believe trust""")
_TOPIC_PREPS = _set("""about of with""")
_OPEN_THRESHOLDS = _set("""higher above better more lower below less fewer""")
_AUXILIARIES = _set("""do does did is are was were has have had""")
_COMPARATIVES = _set("""more less better greater""")
_GOAL_NOUNS = _set("""goal aim objective hope wish plan intention""")

_ATTENDANCE = _set("""attend participate join undergo take part go start begin commence""")
_CREATION = _set("""develop build establish form create make prepare write draft design set up""")

_CLIENT_OPENERS_ALL = _CLAUSE_OPENERS | frozenset(["in", "instead", "rather", "with", "together"])

_VERB_PARTICLES = _set("""up out off down away back over""")
"""After a verb that is as often a noun, these make it a phrasal verb ("Clean up the
yard", "Sort out his papers"): an instruction."""
_NOT_AFTER_A_VERB = _set("""of 's and or , : - / & %""")
"""After a statement's first word these make it a noun ("Fight of ..."), not a verb."""
_NOUN_VERBS = _set("""volunteer mentor coach tutor sponsor counsel advocate""")
"""Role nouns that are also verbs: at the start before a preposition or an object they are
imperatives ("Volunteer for one activity"), not a worker as subject."""
_WISH_VERBS = _set("""like want wants expect expects hope hopes need needs""")
"""A wish frame: in "Jake's parents would like him to increase..." the goal is his act."""
_WISHED_PERSONS = _set("""him her them me us""")
"""Object pronouns that may name the client in a wish frame ("would like him to...")."""
_WHOLE_SPAN = _set("""entire whole full""")
"""'an entire day', 'a whole week' without...: a duration criterion."""
_TRIAL_NOUNS = _set("""trials trial opportunities attempts occasions times time tries probes""")
"""After a fraction ("4/5 trials", "3/4 time") the number is an accuracy, not a date."""
_VAGUE_COUNTS = _set("""several few some many multiple numerous various frequent more""")
"""A frequency with a vague count ("several times per week") sets no criterion."""
_LIFE_DOMAINS = _set(
    """living life lives activities activity tasks functioning stress needs responsibilities
    challenges routines demands hassles"""
)
"""After "daily"/"everyday", these name a domain of living, not something done each day
("manage daily stress", "independence in daily activities", "during daily routines");
an act or thing after it is one ("a daily walk", "keep a daily journal")."""
_PSEUDO_FREQUENCY = frozenset(
    (
        *((day, domain) for day in ("daily", "everyday", "day-to-day") for domain in _LIFE_DOMAINS),
        ("whenever", "possible"),
        ("whenever", "needed"),
        ("whenever", "necessary"),
    )
)
"""Frequency words inside a name ("daily living skills") or a vague marker ("whenever
possible"): no frequency."""
_WORK_LEVELS = _set("""part-time full-time part full""")
"""'work part-time': being employed at a stated level, a verifiable state."""
_INDEPENDENCE = _set("""unassisted unaided independently alone unprompted""")
_INDEPENDENCE_PAIRS = [
    ["without", "help"], ["without", "assistance"], ["without", "prompting"],
    ["without", "support"], ["on", "his"], ["on", "her"], ["on", "their"],
    ["by", "himself"], ["by", "herself"], ["by", "themselves"],
]  # fmt: skip
"""Markers that a skill is shown without help ("walk to the mailbox unassisted")."""
_ONGOING_SKILLS = _set("""manage live cope use maintain handle control keep stay remain""")
"""Verbs naming an ongoing way of living, not one act to watch ("be able to manage")."""
_EVENT_MODIFIERS = _set(
    """of the her his their my scheduled booked planned agreed weekly required court-ordered
    rent school medical arranged prescribed counselling counseling therapy household monthly
    mandated ordered future upcoming remaining"""
)
"""Words between "every"/"all" and a countable event ("all of her scheduled sessions")."""
_SERVICE_HEADS = _set(
    """referral referrals provision assistance advocacy linkage coordination liaison case
    support help transport counselling counseling therapy treatment home weekly monthly
    ongoing"""
)
"""First words of a noun-phrase goal that name a service when a service noun follows."""
_SERVICE_FREQUENCIES = _set("""weekly monthly ongoing""")
_BY = "by"
_AGENT_SPAN = 5
"""A "by" agent is read over at most the four words after "by" ("by her family worker")."""
"""A frequency before the service noun ("weekly counselling")."""
_TASK_NOUNS = _set("""referral referrals provision advocacy linkage liaison""")
"""Nouns that name a worker's task by themselves ("Referral to a psychologist")."""
_NP_HEAD_ENDS = _set(
    """with to for from of by in on at and or and/or until , ; : - within before after during
    per every each"""
)
"""Words that close a noun phrase's leading noun group: the head is the word before
("Supervised visits with her baby", "Medical evaluation and/or treatment")."""
_SERVICE_HEAD_NOUNS = _set(
    """class classes evaluation evaluations screening screenings appointment-based
    orientation induction"""
)
"""Service heads beyond the lexicon's service nouns ("Parenting classes")."""
_NOT_SERVICE_HEADS = _set("""care education act help""")
"""Service nouns that head a client's own outcome as often as a service ("Self care",
"Further education"): a verbless goal ending in them is not judged a service."""
_THIRD_PERSON_CLIENT = _set("""client clients clt pt patient patients""")
"""The client spoken of in the third person: an instruction naming them is addressed to
someone else ("Meet with the client weekly")."""
_ADJECTIVE_LEADS = _set("""be is are am being been more very so too stay stays remain remains""")
"""Before these "patient" is an adjective ("Be patient with your son"), not the client."""
_BECOME = _set("""become becomes became""")
_CATENATIVE_ING = _set("""continue keep start begin try commit work""")
"""Catenatives taking an -ing verb: "continue attending", "start looking"."""
_AIM_VERBS = _set("""work aim strive try commit seek""")
"""Catenatives whose verb comes after "to"/"towards" further on ("work with X to find")."""
_TOWARDS = _set("""to towards toward""")
_MOVE_VERBS = frozenset(("move", "relocate", "transition", "return", "get back"))
_MOVE_PARTICLES = _set("""into in to out back home""")
"""'move into', 'return home': a change of place is one event."""
_COMPLETE_ALONE = _set("""graduate pass register enrol enroll qualify""")
"""Accomplishments with no object needed ("will graduate")."""
_COMPLETE_ANY = _set("""complete finish""")
"""Accomplishments whatever one thing they take ("complete developmental child history",
"finish the course"): completing is the observable end point (ACCEPTANCE: "complete")."""
_TRANSFER_VERBS = _set("""link connect refer drive take bring provide give offer accompany""")
"""Verbs whose concrete thing may come later ("refer her to a GP")."""
_GIVING_VERBS = _set("""provide give offer deliver""")
_GENERIC_PEOPLE = _set("""people others everyone everybody""")
"""People in general as a giving verb's recipient ("Give people the skills"): a service's
audience, not the client."""
"""Giving a service is the worker's act, not the client's accomplishment."""
_OBJECT_LEADS = _set("""the for with a""")
"""Words skipped before an imperative's object ("Support the family to...")."""
_AFTER_OBJECT_HER = frozenset(("", "to", "in", "into", "with", "for", "on", "and"))
"""After these "her" is an object ("Support her to"), not a possessive ("her rent")."""
_CLIENT_OBJECTS = _set("""family household parents parent caregiver carer youth""")
"""Objects of a worker's imperative that are the client in family plans."""
_INTENT_VERBS = _set("""going wants want plans aims intends needs agrees""")
"""'is going to', 'wants to': an intention frame standing in for the modal."""
_INTENT_SUBJECTS = _set("""is are am i she he they we""")
_BE_TO = _set("""is are""")
_SUBJECT_LINKS = _set("""is are was were has""")
"""Right after the first word, these make it a subject, never an imperative's verb
("Rent is to be paid", "Walking is encouraged")."""
"""'Head of household is to obtain a GED': 'is to' + a verb stands in for the modal."""
_FRAME_TIME_WORDS = _set("""today now""")
"""'My goal today is to': a time word between a goal noun and its 'is'."""
_TIME_CLAUSE_OPENERS = _set("""before after until once when""")
"""Subordinators that may open a deadline ("before the 1st") rather than a clause."""
_DEADLINE_STARTS = _set("""the their her his first next end""")
"""After a time-clause opener these start a deadline phrase, not a new clause."""
_HEADING_SUFFIXES = ("ing", "tion", "ment", "ness", "ity", "ance", "ence")
"""Endings of nouns that open a heading ("Housing", "Employment"): at a sentence's start a
capitalised word with one is not a name."""
_NAME_ENDINGS_ED = ("fred", "dred", "med", "eed")
"""Given names ending in -ed (Wilfred, Mildred, Mohammed, Reed): not taken for a
participle opening a heading ("Supervised visits", "Unannounced visits")."""
_AIM_DIRECTIONS = _set(
    """reduce decrease lower lessen minimise minimize cut increase improve enhance promote
    protect prevent strengthen expand"""
)
"""Verbs that set a direction for a program's aim ("Reduce recidivism", "Enhance public
safety"); a client's own cessation ("Stay away from crime") is not one."""
_GROUP_PREPOSITIONS = _set("""with for""")
_GROUP_QUANTIFIERS = _set("""all many more both each every""")
"""'with families', 'for all recipients': working with or for clients in general."""
_DELIVERED = _set(
    """lessons lesson classes class workshops workshop training sessions session services
    counselling counseling therapy groups presentations programs programmes tutoring"""
)
"""Services that are delivered: "I will provide two classroom lessons" makes the "I" the
provider (a counsellor's own goal), whatever the subject word."""
_FOR_RECIPIENTS = _set("""for""")
_AVAILABLE = _set("""available accessible""")
"""'will be available', 'have ... available': something provided, not done by the client."""
_HAVE = _set("""have has having""")
_NOT_INITIALS = _set("""a i o""")
"""One-letter words that are not a name's initial."""
_ABILITY_MODALS = _set("""can could""")
"""'Can bathe self': an ability, like 'be able to'."""
_ASSIST_LEVELS = _set("""independent""")
"""'independent with ADLs': the level of help a task needs, a criterion."""
_GROUP_NOUNS = _set("""family others people everyone community""")
"""A relationship with a group is no one relationship to verify ("with friends or family")."""
_CONDITIONALS = _set("""when if""")
"""A condition after the goal's act ("call the helpline when he feels an urge")."""
_COORD_MODIFIERS = _set("""or and""")
"""Between coordinated modifiers of one head ("a religious or civic organization")."""
_GROUP_LINKS = _set("""among amongst for of by""")
_PROGRAM_MODIFIERS = _set("""program programme service all our eligible enrolled""")
"""'the number of evictions among program tenants': a measure over clients in general."""
_MAKING_VERBS = _set(
    """make bake knit sew paint draw craft create design compose construct assemble write
    draft plant fix repair mend"""
)
"""Verbs of making: with one thing as object ("bake a cake") the act ends when the thing
exists, so doing it once is a verifiable accomplishment."""
_ONE_THING = _set("""a an""")
_ASSURANCE_VERBS = _set("""ensure make""")
"""A worker making sure of a state ("ensure that the children are enrolled", "make sure
he is housed"): the state named is the end point."""
_RECORDING_VERBS = frozenset(("write down", "jot down", "note down", "write out", "list"))
"""Writing things down or listing them makes one record, checked once, whatever is listed
("write down the reasons you want to quit", "list your triggers")."""
_CHECKLIST_ENDINGS = ("s", "ing")
"""A statement opening with its verb so inflected and no subject ("Puts on coat without
help", "Going to the shops alone") is a skill checklist's item: a skill shown, as "is able
to" would say."""
_BARE_REFLEXIVES = _set("""self own""")
"""A skill checklist's object in note style ("Feed self", "Writes own name")."""
_ROLE_ENDINGS = ("er", "or", "ist", "ian", "ent", "ant")
"""Agent nouns after "be a"/"become a" ("a welder", "a docent", "a pharmacist"): a role
taken up, an attained state; only bare or after a compound modifier ("a self-employed
welder"), since an adjective makes it a quality ("a better parent", "a positive role")."""
_LEARNING_VERBS = _set("""learn learns learned learnt learning""")
"""A catenative of learning ("learn to budget", "learn how to cook a meal"): the target is
a skill, not yet one act; only a criterion makes it measurable (WORDING_LABELS 3: skills
are abstract objects)."""
_CONTACT_VERBS = _set("""meet consult""")
_CONTACT_PREPOSITIONS = _set("""with""")
"""Meeting with or consulting one helper ("meet with my sponsor", "consult with the
dietitian") is contacting someone: one verifiable act, as "call" or "contact" is. Not
"talk to" or "speak with": talk with no count is not measurable (ACCEPTANCE)."""
_CHOOSING_VERBS = _set("""choose pick select set name fix""")
"""Choosing one day or time ("pick a quit day", "choose a specific day") fixes a date:
done once, though its object is a unit of time."""
_PER_EVENT_VERBS = _set("""attend book schedule make set arrange keep go participate""")
"""Verbs done once per event: with plural events and no count ("book appointments", "set
up their medical appointments") they are ongoing; enrolling in classes is one act."""
"""An indefinite article: one thing, not a kind of thing or a habit."""
_WAYS_OF_LIVING = _set(
    """diet lifestyle life living attitude mindset outlook sleep effort difference change
    choice choices decision environment atmosphere space home mess point habit routine"""
)
"""Objects of "make"/"create" that are no made thing: a way of living or an abstraction
("create a calm environment", "make a difference")."""
_ABSTRACT_ENDINGS = ("ness", "ity", "ism", "ship", "ance", "ence", "hood", "tude")
"""Endings of abstract nouns ("awareness", "stability", "friendship", "confidence")."""
_HOLDING_VERBS = _set("""stay remain live reside keep maintain hold continue be""")
"""Verbs of holding a state: "until January" after one is how long it is held."""
_UNTIL = _set("""until till through throughout""")
_SPAN_PREPOSITIONS = _UNTIL | _set("""for""")
_SPAN_LEADS = _set("""the a an next whole entire full rest of this coming school""")
"""Between a span's preposition and its period ("for the whole of June", "through the
coming term"): at least one of them, so a bare "for June" (rent for June) is no span.
"Over the next month" is a window, not how long a state is held."""
_NAMED_PERIODS = _set(
    """summer winter spring autumn fall holidays holiday term semester quarter christmas
    easter weekend weekends"""
)
"""Periods named, not counted: held "through the summer" a state lasts a checkable time."""
_SCOPE_NOUNS = _set(
    """area areas aspect aspects domain domains setting settings situation situations
    environment environments way ways thing things opportunity opportunities effort
    efforts part parts kind kinds type types sort form forms"""
)
"""After "all"/"every" these are a scope ("in all settings", "every opportunity"), not
things or events that can be counted."""
_FEELINGS = _set(
    """anger frustration anxiety stress fear sadness grief worry emotions feelings urges
    impulses cravings pain distress boredom disappointment criticism rejection change
    conflict triggers behaviour behavior behaviours behaviors temper mood worries regrets
    problems issues difficulties concerns thoughts drugs substances pills weapons"""
)
"""What one copes with, not a thing acted on: "be able to tolerate frustration" names an
inner capacity, not a concrete act."""
_AND_OR = _set("""and or &""")
"""Coordinators after a noun that heads its phrase ("the student and her mother")."""
_CONDITION_OPENERS = _set("""if when whenever""")
"""A condition opening the sentence ("If the calls get too much, turn the phone off"):
a concrete act on it is checked each time it arises, like "whenever"."""
_TITLES = _set("""mr mrs ms miss mx dr""")
"""Titles before a person's name ("Mrs Goldstein")."""
_STRONG_TELIC = _set(
    """obtain submit sign lodge renew purchase buy collect secure earn book block delete
    uninstall unsubscribe disable"""
)
"""Accomplishments whose completion is checked on any thing but an abstraction ("obtain
permission", "sign the consent"): no concrete-object list is needed for them."""
_ADL_VERBS = _set(
    """ambulate walk transfer stand sit climb dress bathe shower toilet groom feed eat
    mobilise mobilize propel wheel step"""
)
"""Functional tasks (activities of daily living, mobility) that a stated level of help
makes a criterion: "ambulate to the bathroom with assistance of one"."""
_ASSIST_WORDS = _set(
    """assistance assist supervision standby walker frame cane crutches stick wheelchair
    help prompting cueing independently unassisted"""
)
"""A level of help or an aid named with a functional task."""
_EACH = _set("""each every""")
_PLURAL_LINKS = _set("""are were have""")
"""After a client noun of either number ("youth"), these show it plural: clients in
general ("Youth are responsible to...")."""
_OTHER_PEOPLE = _set("""other another""")
"""Before a client noun, someone other than the client ("other clients and staff")."""
_PEOPLE_RELATIVES = _set("""who whose""")
"""Open a relative clause about people: "Residents who have earned...", "Parents whose
children...": a subject so restricted names a population (a program's rule or target)."""
_UNIVERSALS = _set("""each every all any""")
_NOUN_JOINS = _set("""/ and or""")
_POPULATION_MODIFIERS = 2
"""Words that may stand before the people noun ("fourth-grade students who...")."""
"""Before a client noun ("for each household") these make it clients in general."""
_AMONG = _set("""among amongst in""")
"""Before people in the plural, a rate measured over a population ("among young
children")."""
_PERFORMANCE_VERBS = _set("""demonstrate demonstrates perform performs""")
"""Verbs of showing a skill to an observer: one observed performance of a named practice
("demonstrate correct inhaler technique") is checkable; a direction ("demonstrate
increased mobility") or an inner state ("demonstrate understanding") is not."""
_DIRECTION_WORDS = _set(
    """increased improved decreased reduced enhanced greater better more less fewer
    increasing improving decreasing reducing"""
)
_INNER_NOUNS = _set(
    """understanding knowledge insight awareness acceptance willingness motivation
    readiness commitment interest feelings emotions confidence"""
)
_TOOL_VERBS = _set("""practise practises practice practices""")
"""Using a practice on a stated condition ("practise grounding when overwhelmed"): the
condition says when to check it, as "whenever" does."""
