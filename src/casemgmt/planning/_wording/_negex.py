"""The NegEx trigger table for positive terms: every word the negation reader looks for.

After Chapman et al.'s NegEx (2001): *triggers* open a negative target,
*pseudo-triggers* hold a trigger word but negate nothing ("no later than",
"not only"), and *terminators* end a trigger's scope ("unless", a topic such
as "the reasons to quit"). The agency-extendable triggers (cessation,
reduction and ceiling phrases, names that hold a trigger, supports) are
``WordingTerms`` lists; this table holds the closed-class words around them,
so :mod:`._negation` keeps no word in a function body. Data only.
"""

from __future__ import annotations

# --- triggers --------------------------------------------------------------------------

NEGATORS = frozenset(("not", "never", "no", "none", "nothing", "nor", "neither", "nobody"))
"""Pre-triggers of negation: "will not argue", "never miss"."""
NEGATOR_PAIRS = {("no", "longer"): "no longer", ("no", "more"): "no more"}
"""Negators quoted with the word after them."""
ABSENCE_PREPOSITIONS = frozenset(("without",))
"""Pre-triggers of absence unless a support or a person follows ("without reminders")."""
FREE_OF = {("free", "of"): "free of", ("free", "from"): "free of"}
"""Pre-triggers of absence ("free of incidents", "free from harm") and the words quoted."""
FREE_SUFFIX = "-free"
"""A post-trigger of absence fused to the word it negates: "smoke-free"."""
FREE_WORD = "free"
"""The "-free" suffix written apart ("pain free") after a noun."""
ADVERB_ENDING = "ly"
"""Before "free" a word ending so is an adverb ("completely free"), not what is absent."""
ZERO_WORDS = frozenset(("zero",))
"""Absence when a countable event or any plural follows: "zero incidents", "zero bets"."""
PLURAL_ENDING = "s"

# --- pseudo-triggers -------------------------------------------------------------------

PSEUDO_PAIRS = frozenset(
    (
        ("no", "later"),
        ("not", "later"),
        ("no", "less"),
        ("not", "less"),
        ("no", "fewer"),
        ("not", "fewer"),
        ("no", "matter"),
        ("not", "only"),
        ("or", "not"),
        ("if", "not"),
        ("no", "one"),
    )
)
"""Two words, the first a trigger or the second one, that negate nothing ("no later
than", "whether or not"): both are skipped."""
PSEUDO_AFTER = frozenset((("or", "not"), ("if", "not")))
"""A negator after these words negates nothing, even at the start of the scope."""
SUPPORT_NEGATORS = frozenset((("with", "no"), ("given", "no")))
"""(word before, negator): with a support after ("with no cues", "given no adult support"),
doing it alone."""
ANSWER_WORDS = frozenset(("yes",))
ANSWER_SPAN = 3
"""A negator this few words after an answer word is the answer named, not a negation:
"say yes or no", "yes/no questions", "indicate 'yes' or 'no'"."""
SUPPORT_VERBS = frozenset(("needing", "being"))
PASSIVE_SUPPORT = frozenset(("being",))
"""After "without", a support only before a participle ("without being told"); before an
adjective ("without being late") it is the absence of a problem."""
PARTICIPLE_ENDINGS = ("ed", "en", "told", "taught", "shown")
"""After "without": "without needing reminders", "without being told" (a support)."""
NOT_A_CUT = frozenset(("no", "not"))
"""Before "less" or "fewer" ("no fewer than 3"): a floor, not a reduction."""
PAUSES = frozenset(("stop",))
PAUSE_FOLLOWERS = frozenset((",", "and", "then"))
""""stop" with no object, before these, is a pause ("stop, take a breath and
think", "stop and count to ten"), not the cessation of a behaviour."""
CUT_COMPARATIVES = frozenset(("less", "fewer"))
"""Reductions that a preceding "no" or "not" turns into a floor."""

CEILINGS_NEEDING_A_NUMBER = frozenset(("under", "below", "only"))
"""Ceiling triggers only before a number or a target ("below 10", "only 2 days")."""
CEILINGS_BEFORE_A_VERB = frozenset(("only",))
"""Ceiling triggers also before a base-form verb: "only take a few", "only smoke outside"
restrict the act itself."""
CEILING_TARGETS = frozenset(("the", "a", "clinical"))
"""Words after a ceiling trigger that make it one without a number ("below the
clinical range")."""
SUPPORT_DETERMINERS = frozenset(("any", "a", "an", "the"))
"""Between "without" and a support: "without any prompts"."""
SUPPORT_MODIFIERS = 3
"""How many modifier words may stand between "without" (after its determiners) and the
support they describe: "without verbal or physical prompts", "without adult redirection",
"without an assistive device"."""
SUPPORT_LINKS = frozenset(("of", "or", "and", "'s"))
"""Skipped between "without" and a support's head: "the use of a walker", "verbal or
physical prompts", "the teacher's help"."""
POSSESSIVE_MARKS = frozenset(("'s",))
"""Between "without" and a person, with determiners: "without Sam's mother"."""

# --- terminators -----------------------------------------------------------------------

TERMINATORS = frozenset(("unless",))
"""End the scope: what follows "unless" is a condition, not the target."""
CONTRAST_BUT = "but"
"""An aside opening "(but not ..." restricts the act: in scope, as outside brackets."""
CONTRAST_LEADS = frozenset((CONTRAST_BUT, ","))
"""Before a negator after the goal's own act, these open a contrast that qualifies it
("ride the bus with my worker nearby but not sitting with me", "walk to school, not
get a lift"): the negation is not the goal's target, so the scope ends; not before a
number or a preposition ("but not 3 hours before bed", "but not within an hour"), a
restriction on the act, which is negative."""
ASIDE_OPEN, ASIDE_CLOSE = "(", ")"
"""An aside in brackets, closed or cut off ("by negation (not a...)"), is out of scope."""
EXAMPLE_LEADS = frozenset(("for", "example", "instance", "such", "as", "eg", ","))
"""Words that lead an aside's example ("(for example, no more than 60 minutes)")."""
ASIDE_CEILING_SPAN = 5
"""An aside's ceiling has its number within this many words of its trigger."""
NEW_TARGET_LEADS = frozenset(("and", "or", "then"))
"""After a topic, these before a trigger start a new coordinated target ("be mindful of
triggers and avoid them"): the topic no longer terminates."""
PURPOSE_HELP = frozenset(("help", "helps", "helping", "helped"))
RESULT_LEAD, RESULT_SUFFIX = ",", "ing"
PURPOSE_TO = "to"
"""After an abstract noun ("skills to avoid conflict"), "to" + a trigger is what the
skills are for, a purpose, as "learn strategies to avoid relapse" is (WORDING_LABELS 2)."""
ELLIPSIS_NEGATORS = frozenset(("not",))
ELLIPSIS_TAIL = frozenset(("any", "longer", "anymore", ")", ","))
"""A "not" with only these after it stands for a clause left out ("and what is not",
"until she can't any longer", ", not an event" excepted): it negates no act of the goal."""
"""A reduction as a participle after a comma is a result of the goal's own action
(", reducing isolation"), not its target."""
"""Before a reduction, a purpose ("a class that can help reduce stress"), like "to help
reduce" after a positive action."""
TOPIC_TERMINATORS = frozenset(
    (
        *("reasons", "reason", "triggers", "trigger", "pros", "cons", "benefits"),
        *("consequences", "risks", "signs", "effects", "dangers", "harms", "costs"),
        *("promise", "promises"),
        *("about", "regarding", "concerning"),
    )
)
"""A negative term after one of these is the topic ("list the reasons to quit", "talk
with her GP about cutting down"), not the goal's target."""
TOPIC_ON = "on"
TOPIC_NOUNS = frozenset(
    (
        *("worksheet", "worksheets", "handout", "leaflet", "booklet", "pamphlet", "video"),
        *("workshop", "class", "course", "session", "seminar", "lesson", "module", "article"),
        *("presentation", "talk", "training", "information", "book", "quiz", "essay"),
    )
)
"""Before "on", these make what follows their topic ("a worksheet on avoiding
conflict", "a class on relapse prevention"), as "about" does."""

# --- which verb reading -------------------------------------------------------------

VERB_ONLY = frozenset(("end", "lower", "limit", "decline", "refuse", "block"))
"""Triggers only as verbs ("end the relationship"), not as nouns or adjectives ("lower
extremity", "rules and limits", "take out the refuse", "stack the blocks")."""
VERB_LEADS = frozenset(("to", "and", "or", "not", "never"))
"""Words (with modals, adverbs and subject pronouns) after which a word is a verb."""
NOUN_OF = frozenset((("end", "of"),))
"""Trigger + word: the noun ("the end of the month"), not the verb."""
NOUNS_BEFORE = frozenset(("limit",))
"""Triggers that are nouns when last or followed by a ``NOUN_FOLLOWERS`` word."""
NOUN_FOLLOWERS = frozenset(("for", "and", ",", "on", "in", "at", "with", "around", "set"))
"""After "limits" these show the noun ("limits for children", "rules and limits at
home", "set limits with her son"), not the verb (whose object follows it)."""

CEILING_NOUNS = frozenset(("limit",))
"""Triggers that as nouns still set a ceiling when the problem modifies them ("spending
limits", "a drinking limit") or when one is kept to (``KEEPING_WITHIN``)."""
BEHAVIOUR_ENDING = "ing"
"""A modifier so ending names the behaviour limited ("spending", "gambling")."""
LIMIT_SETTING = frozenset(("setting", "establishing", "enforcing", "imposing", "placing"))
"""Gerunds that take a limit as their object ("by setting limits"): not the behaviour."""
KEEPING_WITHIN = frozenset(
    (("stick", "to"), ("keep", "to"), ("stay", "within"), ("keep", "within"), ("stay", "under"))
)
"""Verb + preposition before a limit: keeping to a ceiling ("stick to that limit")."""
KEEPING_SPAN = 4
"""A kept limit follows its verb's preposition within this many words ("to his weekly
budget limit")."""

TRIGGER_WORDS = (
    NEGATORS
    | ABSENCE_PREPOSITIONS
    | frozenset(first for first, _ in FREE_OF)
    | ZERO_WORDS
    | TERMINATORS
    | frozenset(first for first, _ in PSEUDO_PAIRS)
)
"""The closed-class words at which the negation reader stops (with the heads of the
agency's cessation, reduction, ceiling and name lists)."""
FOUND_WORDS = (
    NEGATORS
    | ABSENCE_PREPOSITIONS
    | frozenset(first for first, _ in FREE_OF)
    | frozenset((FREE_WORD,))
    | ZERO_WORDS
)
"""The closed-class words that can themselves decide a negative target (a negator,
"without", "free", "zero"); terminators and pseudo-triggers ("or", "if") never do."""
