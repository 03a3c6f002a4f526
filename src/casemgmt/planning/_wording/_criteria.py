"""Measurable, token by token: the criteria a word can open (a rule set, one rule a function).

Each rule looks at the token at ``i`` and answers True (a criterion starts here: the goal
is measurable), False (this token is settled and sets none: "several times", "within a
week" alone) or None (no opinion: ask the next rule). ``criterion_at`` runs them in order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from casemgmt.planning._wording._criteria_quantifiers import (
    OCCASION_WORDS,
    free_of_events,
    nxt,
    one_occasion,
    universal,
    zero_count,
)
from casemgmt.planning._wording._criteria_quantifiers import nxt as _nxt
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _CHANGE_VERBS,
    _DATE,
    _INNER_VERBS,
    _OPEN_THRESHOLDS,
    _PETS,
    _POSSESSIVES,
    _PSEUDO_FREQUENCY,
    _TOPIC_PREPS,
    _TRIAL_NOUNS,
    _VAGUE_COUNTS,
    _WHOLE_SPAN,
    _WORK_LEVELS,
)
from casemgmt.planning._wording._terms import WordingTerms

Rule = Callable[[Sequence[str], int, _Context], "bool | None"]

_NOT_A_COUNT_AFTER_ONE = frozenset(("of", "day", "another", "on", "step", "to"))
_COUNTED_BY_BOTH = frozenset(("days", "sessions", "appointments", "meetings"))
_DISTANCES = frozenset(
    ("mile", "miles", "kilometre", "kilometres", "kilometer", "kilometers", "lap", "laps",
     "block", "blocks", "metres", "meters", "yards", "feet")
)  # fmt: skip
_AN_HOUR = frozenset(("hour", "minute"))
"""After "a"/"an"/"half an" an amount of time spent ("spend an hour"), unless a deadline
("within an hour", "in an hour")."""
_UNIT_WORDS = (
    frozenset(("percent", "per", "dollars", "times", "hours", "kg", "km", "minutes"))
    | _DISTANCES
    | _AN_HOUR
)
_COUNTED_UNITS = frozenset(("times", "hours", "minutes")) | _DISTANCES | _AN_HOUR
"""Units that set an amount only after a count ("three times", "20 minutes", "a mile")."""
_ONE = frozenset(("a", "an", "half"))
_SPAN_FREQUENCIES = frozenset(("a day", "a week", "a month", "a night", "a fortnight", "a year"))
_A_PERIOD = (["a", "month"], ["a", "year"], ["a", "week"], ["a", "fortnight"])
_NOT_A_CRITERION_AFTER = frozenset(("goal", "step", "phase", "stage", "section", "year", "grade"))
_DATED = frozenset(("by", "before", "until", "till", "on", "after", "since"))
"""Before these a day/month form is a date ("by 3/10"), not a rating."""
_LEVELS = frozenset(("grade", "age", "year"))
_YEAR = re.compile(r"(19|20)\d\d")
_RATIO = re.compile(r"1:\d|\d:1|(\d+|one)-on-(\d+|one)")
"""A staffing ratio ("1-on-1 outings", "1:1 support") describes the support, not a count."""


def _prev(toks: Sequence[str], i: int, k: int = 1) -> str:
    return toks[i - k] if i >= k else ""


def number_is_criterion(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """A number that sets a criterion, not a date, a deadline, an age or a family size."""
    terms = ctx.lex.terms
    w, nxt = toks[i], toks[i + 1] if i + 1 < len(toks) else ""  # neighbours read once
    prev, prev2 = toks[i - 1] if i >= 1 else "", toks[i - 2] if i >= 2 else ""
    if w.count("/") == 1 and (
        nxt in _TRIAL_NOUNS or prev == "(" or (w.endswith(("/10", "/100")) and prev not in _DATED)
    ):
        return True  # "4/5 trials", "(3/4 time)", "from 8/10 to 4/10": not a date
    if _not_a_quantity(toks, i, ctx, prev, nxt):
        return False
    if w[:1].isdigit() and w.endswith(("am", "pm", "st", "nd", "rd", "th")):
        # a clock threshold ("in bed by 10pm"); an ordinal only as a frequency ("every 2nd")
        return w.endswith(("am", "pm")) or nxt in ("time", "times") or prev in ("every", "each")
    if prev == "by" and prev2 in _CHANGE_VERBS:
        return True  # "increase by 12 months", "fall by 5 points": an amount of change
    unit = nxt in terms.time_units
    if _deadline_before(toks, i, ctx, prev, prev2, unit=unit):
        return False
    return not (prev in _NOT_A_CRITERION_AFTER and not unit)


def _not_a_quantity(toks: Sequence[str], i: int, ctx: _Context, prev: str, nxt: str) -> bool:
    """An age, a year, a date, a list aside or "her two sons" (a family size)."""
    lex = ctx.lex
    w = toks[i]
    return bool(
        w.endswith(("-year-old", "-years-old", "-on"))  # "1-on-1" is read "1-on", "1"
        or (("-" in w or ":" in w) and _RATIO.fullmatch(w))
        or prev.endswith("-on")
        or nxt in ("year-old", "years-old")
        or (len(w) == 4 and _YEAR.fullmatch(w))  # the pattern is four characters
        or (not w.isdigit() and _DATE.fullmatch(w))  # the pattern needs a separator
        or (prev == "," and nxt == ",")
        or nxt in lex.terms.months
        or prev in lex.terms.months
        or prev in ("aged", "age", "ages")
        or (
            (prev in _POSSESSIVES or prev == "'s")
            and (lex.family.match(toks, i + 1) or lex.other.match(toks, i + 1) or nxt in _PETS)
        )
    )


def _deadline_before(
    toks: Sequence[str], i: int, ctx: _Context, prev: str, prev2: str, *, unit: bool
) -> bool:
    """ "by the 3rd", "within the next 2 weeks", "no later than 5 days": a deadline."""
    deadline = ctx.lex.terms.deadline_prepositions
    if prev in ("the", "next") and prev2 in deadline:
        return True
    if not unit:
        return False
    before = prev2 if prev in ("the", "next", "first", "a") else prev
    if prev in ("next", "first") and prev2 == "the":
        before = _prev(toks, i, 3)
    return before in deadline or before in ("than", "later")


# --- the rules, in the order they are asked ----------------------------------------------


def digits(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "30 minutes", "$100", "90%": a written number decides by itself."""
    w = toks[i]
    if not (w[:1].isdigit() or w[:1] == "$"):
        return None
    return w.endswith("%") or w[:1] == "$" or number_is_criterion(toks, i, ctx)


def number_word(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "three times", "twice", but not "one of", "both of her", "a single"."""
    w, nxt = toks[i], _nxt(toks, i)
    if w not in ctx.lex.terms.number_words:
        return None
    if (w == "one" and nxt in _NOT_A_COUNT_AFTER_ONE) or w == "single":
        return False
    if w == "both" and nxt not in _COUNTED_BY_BOTH:
        return False
    return number_is_criterion(toks, i, ctx)


def counted_compound(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "a seven-minute mile", "a two-hour walk": a count written into a compound."""
    count, _, unit = toks[i].partition("-")
    return (count in ctx.lex.terms.number_words and unit in _COMPOUND_UNITS) or None


_COMPOUND_UNITS = frozenset(("minute", "hour", "day", "week", "month", "mile", "kilometre"))


def as_soon_as(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "pay the bills as soon as he gets paid": a time limit that restarts with each event
    (like "within a week of receiving them"); "as soon as possible" is vague."""
    if toks[i - 1 : i + 2] != ["as", "soon", "as"] if i else True:
        return None
    after = nxt(toks, i, 2)
    return (
        bool(after) and after not in _SOON_VAGUE and not ctx.lex.vague_markers.has(after)
    ) or False


_SOON_VAGUE = frozenset(("possible", "able", "ready", "practicable", "feasible", "needed"))


def vague_count(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "several times per week": a frequency whose count is vague sets no criterion."""
    w = toks[i]
    counted = w in ("times", "per") or w in ctx.lex.frequency.first_words
    if counted and not _VAGUE_COUNTS.isdisjoint(toks[max(0, i - 2) : i]):
        return False
    return None


def per_item_deadline(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "within a week of receiving them": a time limit that restarts with each event."""
    if toks[i] != "within" or any(t in _INNER_VERBS or t in _CHANGE_VERBS for t in toks[:i]):
        return None  # "feel better within a week of...": a direction with a date
    terms = ctx.lex.terms
    j = i + 1
    if toks[j : j + 1] and (
        toks[j] in ("a", "an", "one") or toks[j] in terms.number_words or toks[j][:1].isdigit()
    ):
        j += 1
    if _nxt(toks, j, 0) not in terms.time_units or _nxt(toks, j) != "of":
        return None
    return _nxt(toks, j, 2) not in ("", "the", "this", "that", "signing", "today") or None


def whole_span(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "an entire day without...", "a whole week": a duration."""
    return (toks[i] in _WHOLE_SPAN and _nxt(toks, i) in ctx.lex.terms.time_units) or None


def work_level(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "work part-time": employed at a stated level."""
    w = toks[i]
    return (
        w in _WORK_LEVELS
        and _prev(toks, i) in ("work", "works", "working")
        and (w.endswith("-time") or _nxt(toks, i) == "time")
    ) or None


def unit_word(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "five times", "per week", "20 minutes": a unit of count or amount."""
    w = toks[i]
    if w not in _UNIT_WORDS:
        return None
    if w in _COUNTED_UNITS and not (
        _counted(_prev(toks, i), ctx)
        or (w in _DISTANCES and _prev(toks, i) in _ONE)
        or (
            w in _AN_HOUR
            and _prev(toks, i) in _ONE
            and _prev(toks, i, 2) not in ctx.lex.terms.deadline_prepositions
        )
    ):
        return None  # "in the later hours of the day", "at times": no amount
    return (w != "per" or _nxt(toks, i) in ctx.lex.terms.time_units) or None


def _counted(prev: str, ctx: _Context) -> bool:
    return prev[:1].isdigit() or prev in ctx.lex.terms.number_words


def frequency(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "daily", "twice a week", "every morning"; not "daily living", not "about her
    daily activities" (a topic), not "within a week" (a deadline)."""
    f = ctx.lex.frequency.match(toks, i)
    if f is None or (toks[i], _nxt(toks, i)) in _PSEUDO_FREQUENCY:
        return None
    if i > 0 and f[0] == 1:
        j = i - 1
        while j > 0 and (toks[j] in _POSSESSIVES or toks[j] in ("the", "their")):
            j -= 1
        if j < i - 1 and toks[j] in _TOPIC_PREPS:
            return None
    # "a week" after "within" or "in", or alone, is a deadline or a span, not how often
    return not (f[1] in _SPAN_FREQUENCIES and _prev(toks, i) in ("within", "in", ""))


def threshold(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "a C or higher", "below 10 on the PHQ-9", "to the mild range on the GAD-7"."""
    w, lex = toks[i], ctx.lex
    if w == "or" and 0 < i and _nxt(toks, i) in _OPEN_THRESHOLDS:
        return True
    if w in lex.terms.threshold_states:
        return True  # "afebrile": a reading under a clinical norm
    if w in lex.scales:
        end = min(len(toks), i + 8)
        return lex.thresholds.occurs(toks, max(0, i - 4), end) or None
    return None


def named_level(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "read at grade level", "at or above age level": a benchmark someone checks."""
    w = toks[i]
    return (
        w in ("grade-level", "age-level") or (w in _LEVELS and _nxt(toks, i) == "level")
    ) or None


def period(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "for a month": a duration."""
    return (toks[i] == "for" and toks[i + 1 : i + 3] in _A_PERIOD) or None


TOKEN_RULES: tuple[Rule, ...] = (
    digits,
    number_word,
    counted_compound,
    vague_count,
    per_item_deadline,
    as_soon_as,
    free_of_events,
    whole_span,
    work_level,
    unit_word,
    frequency,
    universal,
    zero_count,
    one_occasion,
    threshold,
    named_level,
    period,
)


def _triggers(rule: Rule, terms: WordingTerms) -> frozenset[str]:
    """The words that can open ``rule`` (digits are dispatched apart)."""
    freq = frozenset(phrase.split()[0] for phrase in terms.frequency_words)
    table: dict[Rule, frozenset[str]] = {
        number_word: terms.number_words,
        counted_compound: frozenset(
            f"{n}-{u}" for n in terms.number_words for u in _COMPOUND_UNITS
        ),
        vague_count: freq | {"times", "per"},
        per_item_deadline: frozenset({"within"}),
        as_soon_as: frozenset({"soon"}),
        free_of_events: frozenset(
            {"free"} | {f"{event}-free" for event in terms.countable_events if " " not in event}
        ),
        whole_span: _WHOLE_SPAN,
        work_level: _WORK_LEVELS,
        unit_word: _UNIT_WORDS,
        frequency: freq,
        universal: frozenset({"every", "each", "all", "any"}),
        zero_count: frozenset({"never", "not", "no", "zero", "without"}),
        one_occasion: OCCASION_WORDS,
        threshold: terms.scale_names | terms.threshold_states | {"or"},
        named_level: _LEVELS | {"grade-level", "age-level"},
        period: frozenset({"for"}),
    }
    return table.get(rule, frozenset())


_DIGIT_RULES: tuple[Rule, ...] = (digits,)


def _dispatch(terms: WordingTerms) -> dict[str, tuple[Rule, ...]]:
    """For each trigger word, the rules it can open, in ``TOKEN_RULES`` order: the last
    terms' table by identity (no hashing of the terms per statement)."""
    last_terms, table = _LAST[0]
    if last_terms is not terms:
        table = _dispatch_new(terms)
        _LAST[0] = terms, table
    return table


@functools.lru_cache(maxsize=16)
def _dispatch_new(terms: WordingTerms) -> dict[str, tuple[Rule, ...]]:
    by_word: dict[str, list[Rule]] = {}
    for rule in TOKEN_RULES:
        for word in _triggers(rule, terms):
            by_word.setdefault(word, []).append(rule)
    numbers = {w for w in by_word if w[:1].isdigit() or w[:1] == "$"}  # read by digits alone
    return {w: _DIGIT_RULES if w in numbers else tuple(rules) for w, rules in by_word.items()}


_LAST: list[tuple[WordingTerms | None, dict[str, tuple[Rule, ...]]]] = [(None, {})]
"""The terms last dispatched for and their table."""

_NUMBER_FIRST = frozenset("0123456789$")  # how a number starts in ASCII


def criterion_at(toks: Sequence[str], ctx: _Context) -> tuple[Rule, int] | None:
    """The first token that opens a criterion (count, frequency, amount, threshold,
    quantifier) and the rule that read it there, or None."""
    terms, dispatch = _LAST[0]
    if terms is not ctx.lex.terms:  # another vocabulary than the last statement's
        dispatch = _dispatch(ctx.lex.terms)
    for i, w in enumerate(toks):
        # one set test per word; a number ("3", "$100") is dispatched apart
        if w in dispatch:
            rules = dispatch[w]
        elif (w < ":" and w[0] in _NUMBER_FIRST) or (w > "\x7f" and w[0].isdigit()):
            # compared whole, a word orders as its first character: a lower-case word
            # (most) is neither below ":" (digits, "$") nor beyond ASCII
            rules = _DIGIT_RULES
        else:
            continue
        for rule in rules:
            found = rule(toks, i, ctx)
            if found is not None:
                if found:
                    return rule, i
                break
    return None
