"""Measurable: a criterion (number, frequency, quantifier on a countable event, scale
threshold) or one verifiable accomplishment.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from casemgmt.planning._wording._clauses import _object_heads, _verb_lemma
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _ACTIVITY_IN,
    _ATTENDANCE,
    _CHANGE_VERBS,
    _COORD,
    _CREATION,
    _DATE,
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


def _number_is_criterion(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """A number that sets a criterion, not a date, a deadline or an age."""
    lex = ctx.lex
    w = toks[i]
    prev = toks[i - 1] if i else ""
    prev2 = toks[i - 2] if i > 1 else ""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if w.endswith(("-year-old", "-years-old")) or nxt in ("year-old", "years-old"):
        return False
    if w.count("/") == 1 and (nxt in _TRIAL_NOUNS or prev == "("):
        return True  # "4/5 trials", "(3/4 time)": an accuracy, not a date
    if re.fullmatch(r"(19|20)\d\d", w) or _DATE.fullmatch(w):
        return False
    if prev == "," and nxt == ",":
        return False
    if w.endswith(("am", "pm")):
        return True  # a clock threshold: "in bed by 10pm"
    if w[-2:] in ("st", "nd", "rd", "th") and w[:1].isdigit():
        return nxt in ("time", "times") or prev in ("every", "each")
    if nxt in lex.terms.months or prev in lex.terms.months:
        return False
    if prev in ("aged", "age", "ages"):
        return False
    if (prev in _POSSESSIVES or prev == "'s") and (
        lex.family.match(toks, i + 1) or lex.other.match(toks, i + 1) or nxt in _PETS
    ):
        return False  # "her two sons": a family size, not a criterion
    if prev == "by" and prev2 in _CHANGE_VERBS:
        return True  # "increase by 12 months", "fall by 5 points": an amount of change
    if prev in ("the", "next") and prev2 in lex.terms.deadline_prepositions:
        return False
    unit = nxt in lex.terms.time_units
    if unit:
        before = prev2 if prev in ("the", "next", "first", "a") else prev
        if prev in ("next", "first") and prev2 == "the":
            before = toks[i - 3] if i > 2 else ""
        if before in lex.terms.deadline_prepositions or before in ("than", "later"):
            return False
    return not (prev in ("goal", "step", "phase", "stage", "section", "year", "grade") and not unit)


def _per_item_deadline(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """ "within a week of receiving them", "within 2 days of discharge": a time limit
    that restarts with each event, so each occasion can be checked."""
    terms = ctx.lex.terms
    if any(ctx.lex.vague_verbs.match(toks, k) for k in range(i)):
        return False  # "feel better within a week of...": a direction with a date
    j = i + 1
    if j < len(toks) and (
        toks[j] in ("a", "an", "one") or toks[j] in terms.number_words or toks[j][:1].isdigit()
    ):
        j += 1
    if j >= len(toks) or toks[j] not in terms.time_units:
        return False
    return (
        toks[j + 1 : j + 2] == ["of"]
        and j + 2 < len(toks)
        and toks[j + 2] not in ("the", "this", "that", "signing", "today")
    )


def _measurable(
    toks: Sequence[str], region: tuple[int, int], verbs: Sequence[int], ctx: _Context
) -> bool:
    """Does the statement carry a criterion: a count, frequency, amount, threshold, event?"""
    lex = ctx.lex
    n = len(toks)
    number_words = lex.terms.number_words
    triggers = lex.measure_triggers
    for i, w in enumerate(toks):
        if w not in triggers and not (w[:1].isdigit() or w[:1] == "$"):
            continue
        if w[:1].isdigit() or w[:1] == "$":
            if w.endswith("%") or w[:1] == "$" or _number_is_criterion(toks, i, ctx):
                return True
            continue
        if w in number_words:
            nxt = toks[i + 1] if i + 1 < n else ""
            if w == "one" and nxt in ("of", "day", "another", "on", "step", "to"):
                continue
            if w == "both" and nxt not in ("days", "sessions", "appointments", "meetings"):
                continue
            if w == "single":
                continue
            if _number_is_criterion(toks, i, ctx):
                return True
            continue
        if (w in ("times", "per") or lex.frequency.has(w)) and any(
            t in _VAGUE_COUNTS for t in toks[max(0, i - 2) : i]
        ):
            continue  # "several times per week": a vague count
        if w == "within" and _per_item_deadline(toks, i, ctx):
            return True  # "within a week of applying": a deadline for each occasion
        if (
            w == "free"
            and toks[i + 1 : i + 2] in (["of"], ["from"])
            and any(lex.countable.match(toks, j) for j in range(i + 2, min(n, i + 6)))
        ):
            return True  # "free of hospital admissions": a zero count of an event
        if w in _WHOLE_SPAN and i + 1 < n and toks[i + 1] in lex.terms.time_units:
            return True  # "an entire day without...", "a whole week": a duration
        if (
            w in _WORK_LEVELS
            and i > 0
            and toks[i - 1] in ("work", "works", "working")
            and (w.endswith("-time") or toks[i + 1 : i + 2] == ["time"])
        ):
            return True  # "work part-time": employed at a stated level
        if w in ("percent", "per", "dollars", "times", "hours", "kg", "km", "minutes") and (
            w != "per" or (i + 1 < n and toks[i + 1] in lex.terms.time_units)
        ):
            return True
        f = lex.frequency.match(toks, i)
        if f and (w, toks[i + 1] if i + 1 < n else "") in _PSEUDO_FREQUENCY:
            f = None  # "daily living skills": a name, not how often
        if f and i > 0 and f[0] == 1:
            j = i - 1
            while j > 0 and (toks[j] in _POSSESSIVES or toks[j] in ("the", "their")):
                j -= 1
            if j < i - 1 and toks[j] in _TOPIC_PREPS:
                f = None  # "choices about her daily activities": a topic, not how often
        if f:
            if f[1] in ("a day", "a week", "a month", "a night", "a fortnight", "a year"):
                prev = toks[i - 1] if i else ""
                if prev == "for":
                    return True
                if prev in ("within", "in") or not prev:
                    continue
            return True
        if w in ("every", "each", "all", "any") and i + 1 < n:
            nxt = toks[i + 1]
            if nxt in lex.terms.time_units or nxt in ("quarter", "other", "pay", "payday"):
                return True
            for j in range(i + 1, min(n, i + 5)):
                if lex.countable.match(toks, j):
                    return True
                if toks[j] in _PREPOSITIONS or toks[j] in _COORD:
                    break
            j = i + 1
            while (
                j < n
                and j < i + 4
                and toks[j]
                in (
                    "of",
                    "the",
                    "her",
                    "his",
                    "their",
                    "my",
                    "scheduled",
                    "booked",
                    "planned",
                    "agreed",
                    "weekly",
                    "required",
                    "court-ordered",
                    "rent",
                    "school",
                    "medical",
                    "arranged",
                    "prescribed",
                    "counselling",
                    "counseling",
                    "therapy",
                    "household",
                    "monthly",
                    "mandated",
                    "ordered",
                    "future",
                    "upcoming",
                    "remaining",
                )
            ):
                j += 1
            if lex.countable.match(toks, j):
                return True
        if w in ("never", "not") and i + 1 < n and toks[i + 1] in ("miss", "missing"):
            return True
        if w in ("no", "zero", "without") and i + 1 < n:
            j = i + 1
            if toks[j] in ("more", "further", "new", "any"):
                j += 1
            if j < n and lex.countable.match(toks, j):
                return True
        if w == "or" and 0 < i and i + 1 < n and toks[i + 1] in _OPEN_THRESHOLDS:
            return True  # "a C or higher", "7 or below": a threshold on a value
        if w in lex.scales:
            for j in range(max(0, i - 4), min(n, i + 8)):
                if lex.thresholds.match(toks, j):
                    return True
        if (
            w in ("for", "within")
            and toks[i + 1 : i + 3]
            in (
                ["a", "month"],
                ["a", "year"],
                ["a", "week"],
                ["a", "fortnight"],
            )
            and w == "for"
        ):
            return True
    start, end = region
    vague = any(lex.vague_markers.match(toks, i) for i in range(start, n))
    if vague:
        return False
    return any(_accomplishment(toks, v, end, ctx) for v in verbs)


def _shared_object(toks: Sequence[str], after: int, end: int, ctx: _Context) -> int:
    """Where a verb's object starts when it shares it with a coordinated verb.

    "create and follow a budget", "seek and maintain employment": the first
    verb's object is the one after the second verb.
    """
    if after + 1 < end and toks[after] in ("and", "or"):
        m = ctx.lex.any_verb.match(toks, after + 1)
        if m:
            return after + 1 + m[0]
    return after


def _accomplishment(
    toks: Sequence[str], v: int, end: int, ctx: _Context, subject: Sequence[int] = ()
) -> bool:
    """Is the verb at ``v`` a single verifiable accomplishment (enrol, obtain, move into)?

    ``subject`` holds the subject's token indices for a passive verb, whose
    grammatical subject is the thing acted on ("Housing will be secured").
    """
    lex = ctx.lex
    m = lex.accomplishment.match(toks, v)
    if not m:
        return False
    length, lemma = m
    after = v + length
    if lemma == "make" and after < len(toks) and toks[after] in ("sure", "certain"):
        return False  # "make sure ...": an assurance, not a made thing
    if lemma == "find" and after < len(toks) and toks[after] == "out":
        return True
    if (
        lemma in ("move", "relocate", "transition", "return", "get back")
        and after < len(toks)
        and toks[after] in ("into", "in", "to", "out", "back", "home")
    ):
        return True
    after = _shared_object(toks, after, end, ctx)
    obj = [*subject, *_object_heads(toks, after, end, limit=6)]
    if not obj and lemma in ("graduate", "pass", "register", "enrol", "enroll", "qualify"):
        return True
    concrete_hit: str | None = None
    plural_ongoing = False
    abstract_seen = False
    for j in obj:
        w = toks[j]
        a = lex.abstract.match(toks, j)
        c = lex.concrete.match(toks, j)
        if a and not (c and c[0] >= a[0]):
            abstract_seen = True
            continue
        if c:
            concrete_hit = c[1]
            if w in lex.ongoing and (j + 1 >= len(toks) or not lex.concrete.has(toks[j + 1])):
                plural_ongoing = True
            k = j + c[0]
            while k < end and k < j + 4 and toks[k] not in _PREPOSITIONS:
                if toks[k] in lex.ongoing:
                    plural_ongoing = True
                    concrete_hit = toks[k]
                    break
                k += 1
            break
        if w in lex.ongoing:
            plural_ongoing = True
            break
    if abstract_seen and concrete_hit is None:
        return False
    if lemma not in _ATTENDANCE:
        plural_ongoing = False
    if lemma in _ATTENDANCE:
        if concrete_hit is None or plural_ongoing:
            return False
        return concrete_hit not in lex.ongoing
    if concrete_hit in ("relationship", "relationships"):
        if lemma not in _CREATION:
            return False
        return "with" in toks[after:end]
    if concrete_hit is None and lemma in (
        "link",
        "connect",
        "refer",
        "drive",
        "take",
        "bring",
        "provide",
        "give",
        "offer",
        "accompany",
    ):
        for j in range(after, min(end, after + 8)):
            c = lex.concrete.match(toks, j)
            if c:
                concrete_hit = c[1]
                break
    if lemma in ("provide", "give", "offer", "deliver") and (
        concrete_hit is None or lex.service.has(concrete_hit.split()[0])
    ):
        return False
    if lemma in lex.concrete_only:
        return concrete_hit is not None and not plural_ongoing
    return True


# --- Sentence analysis -----------------------------------------------------------


def _measurable_sentence(
    full: Sequence[str],
    toks: Sequence[str],
    region: tuple[int, int],
    verbs: Sequence[int],
    ctx: _Context,
) -> bool:
    if _measurable(full, (len(full), len(full)), [], ctx):
        return True
    if any(ctx.lex.vague_markers.match(toks, i) for i in range(len(toks))):
        return False
    if (
        verbs
        and verbs[-1] >= 0
        and toks[verbs[-1] + 1 : verbs[-1] + 2] == ["in"]
        and _verb_lemma(toks[verbs[-1]], ctx) not in _ACTIVITY_IN
    ):
        # "be in stable housing", "be in full-time work"
        for j in range(verbs[-1] + 2, min(len(toks), verbs[-1] + 6)):
            c = ctx.lex.concrete.match(toks, j)
            if c and c[1] not in ctx.lex.ongoing:
                return True
    return any(_accomplishment(toks, v, region[1], ctx) for v in verbs if v >= 0)


def _nominal_accomplishment(toks: Sequence[str], ctx: _Context) -> bool:
    """Noun-phrase goals naming an attained thing: "Stable housing", "Full-time job"."""
    return any(
        ctx.lex.concrete.match(toks, i)
        and toks[i] not in ctx.lex.ongoing
        and not ctx.lex.service.match(toks, i)
        for i in range(min(len(toks), 4))
    ) and not any(ctx.lex.vague_verbs.match(toks, i) for i in range(min(len(toks), 2)))


# --- Findings -----------------------------------------------------------------
