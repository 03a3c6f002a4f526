"""Measurable, token by token: the criteria a word can open (a rule set, one rule a function).

Each rule looks at the token at ``i`` and answers True (a criterion starts here: the goal
is measurable), False (this token is settled and sets none: "several times", "within a
week" alone) or None (no opinion: ask the next rule). ``criterion_at`` runs them in order.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Sequence

from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._quantified import _counted_things, _every_thing
from casemgmt.planning._wording._tables import (
    _CHANGE_VERBS,
    _COORD,
    _DATE,
    _EVENT_MODIFIERS,
    _INNER_VERBS,
    _OPEN_THRESHOLDS,
    _PETS,
    _POSSESSIVES,
    _PREPOSITIONS,
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
_UNIT_WORDS = (
    frozenset(("percent", "per", "dollars", "times", "hours", "kg", "km", "minutes")) | _DISTANCES
)
_COUNTED_UNITS = frozenset(("times", "hours", "minutes")) | _DISTANCES
"""Units that set an amount only after a count ("three times", "20 minutes", "a mile")."""
_ONE = frozenset(("a", "an", "half"))
_BEFORE_THE_EVENT = frozenset(("going", "to", "again", "have", "be", "ever"))
"""Between "never" and the event it counts: "never going to relapse again"."""
_SPAN_FREQUENCIES = frozenset(("a day", "a week", "a month", "a night", "a fortnight", "a year"))
_CYCLES = frozenset(("quarter", "other", "pay", "payday"))
_A_PERIOD = (["a", "month"], ["a", "year"], ["a", "week"], ["a", "fortnight"])
_NOT_A_CRITERION_AFTER = frozenset(("goal", "step", "phase", "stage", "section", "year", "grade"))
_DATED = frozenset(("by", "before", "until", "till", "on", "after", "since"))
"""Before these a day/month form is a date ("by 3/10"), not a rating."""
_LEVELS = frozenset(("grade", "age", "year"))
_YEAR = re.compile(r"(19|20)\d\d")
_RATIO = re.compile(r"1:\d|\d:1|(\d+|one)-on-(\d+|one)")
"""A staffing ratio ("1-on-1 outings", "1:1 support") describes the support, not a count."""


def _nxt(toks: Sequence[str], i: int, k: int = 1) -> str:
    return toks[i + k] if i + k < len(toks) else ""


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


def free_of_events(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "free of hospital admissions": a zero count of a countable event."""
    if toks[i] != "free" or _nxt(toks, i) not in ("of", "from"):
        return None
    end = min(len(toks), i + 6)
    return ctx.lex.countable.occurs(toks, i + 2, end) or _counted_things(toks, i + 2, ctx) or None


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
        _counted(_prev(toks, i), ctx) or (w in _DISTANCES and _prev(toks, i) in _ONE)
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


def universal(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "every appointment", "all scheduled sessions", "each fortnight"."""
    if toks[i] not in ("every", "each", "all", "any") or i + 1 >= len(toks):
        return None
    if toks[i] == "any" and ctx.lex.cessation.occurs(toks, max(0, i - 6), i):
        # under avoidance "any" counts only an event heading its phrase: "avoid any
        # contact" is a zero count, "any late night eating" is none
        return _heads_event(toks, i + 1, ctx) or None
    lex, n, nxt = ctx.lex, len(toks), toks[i + 1]
    if nxt in lex.terms.time_units or nxt in _CYCLES:
        return True
    for j in range(i + 1, min(n, i + 5)):
        if lex.countable.match(toks, j):
            return True
        if toks[j] in _PREPOSITIONS or toks[j] in _COORD:
            break
    j = i + 1
    while j < n and j < i + 4 and toks[j] in _EVENT_MODIFIERS:
        j += 1
    return bool(lex.countable.match(toks, j) or _every_thing(toks, i, ctx)) or None


def _heads_event(toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """Do the words from ``j`` end in a countable event that closes the noun phrase?"""
    for k in range(j, min(len(toks), j + 3)):
        m = ctx.lex.countable.match(toks, k)
        if m is None:
            return False
        after = _nxt(toks, k, m[0])
        if not after or after in _PREPOSITIONS or after in _COORD:
            return True
    return False


def zero_count(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "never miss a dose", "no missed payments", "zero suspensions"."""
    w = toks[i]
    if w in ("never", "not") and _nxt(toks, i) in ("miss", "missing"):
        return True
    if w == "never":  # "never relapse", "is never going to relapse": no event of the kind
        j = i + 1
        while j < len(toks) and toks[j] in _BEFORE_THE_EVENT:
            j += 1
        return bool(j < len(toks) and ctx.lex.countable.match(toks, j)) or None
    if w not in ("no", "zero", "without") or i + 1 >= len(toks):
        return None
    j = i + 1
    if toks[j] in ("more", "further", "new", "any"):
        j += 1
    if w == "no" and j == i + 1 and _behaviour_noun(toks[j], ctx):
        return True  # "No napping", "no yelling": a zero count of a behaviour
    if j < len(toks) and ctx.lex.countable.match(toks, j):
        return True
    return (w != "without" and _counted_things(toks, j, ctx)) or None


def _behaviour_noun(w: str, ctx: _Context) -> bool:
    """A gerund naming a behaviour ("napping"), not a thing ("housing", "funding")."""
    lex = ctx.lex
    return (
        len(w) > 5
        and w.endswith("ing")
        and not (lex.concrete.has(w) or lex.service.has(w) or lex.abstract.has(w))
    )


def threshold(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "a C or higher", "below 10 on the PHQ-9", "to the mild range on the GAD-7"."""
    w, lex = toks[i], ctx.lex
    if w == "or" and 0 < i and _nxt(toks, i) in _OPEN_THRESHOLDS:
        return True
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
    vague_count,
    per_item_deadline,
    free_of_events,
    whole_span,
    work_level,
    unit_word,
    frequency,
    universal,
    zero_count,
    threshold,
    named_level,
    period,
)


def _triggers(rule: Rule, terms: WordingTerms) -> frozenset[str]:
    """The words that can open ``rule`` (digits are dispatched apart)."""
    freq = frozenset(phrase.split()[0] for phrase in terms.frequency_words)
    table: dict[Rule, frozenset[str]] = {
        number_word: terms.number_words,
        vague_count: freq | {"times", "per"},
        per_item_deadline: frozenset({"within"}),
        free_of_events: frozenset({"free"}),
        whole_span: _WHOLE_SPAN,
        work_level: _WORK_LEVELS,
        unit_word: _UNIT_WORDS,
        frequency: freq,
        universal: frozenset({"every", "each", "all", "any"}),
        zero_count: frozenset({"never", "not", "no", "zero", "without"}),
        threshold: terms.scale_names | {"or"},
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
