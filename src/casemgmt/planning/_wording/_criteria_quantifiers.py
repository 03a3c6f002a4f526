"""Measurable, token by token: the quantifier criteria (rules of ``_criteria``'s set).

A universal or zero quantifier on a countable event is a criterion (ACCEPTANCE:
"every appointment", "no missed rent payments", "free of admissions"), and so is one
named occasion of an event ("her first appointment", "at the next session"). Each rule
answers as ``_criteria``'s do: True (a criterion starts here), False (settled, none) or
None (no opinion).
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._quantified import _counted_things, _every_thing
from casemgmt.planning._wording._tables import (
    _BE,
    _COORD,
    _DETERMINERS,
    _EVENT_MODIFIERS,
    _INNER_NOUNS,
    _INNER_VERBS,
    _POSSESSIVES,
    _PREPOSITIONS,
)

__all__ = ["OCCASION_WORDS", "free_of_events", "nxt", "one_occasion", "universal", "zero_count"]

_BEFORE_THE_EVENT = frozenset(("going", "to", "again", "have", "be", "ever"))
"""Between "never" and the event it counts: "never going to relapse again"."""
_CYCLES = frozenset(("quarter", "other", "pay", "payday"))


def nxt(toks: Sequence[str], i: int, k: int = 1) -> str:
    """The token ``k`` after ``i``, or "" past the end."""
    return toks[i + k] if i + k < len(toks) else ""


def free_of_events(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "free of hospital admissions", "seizure-free": a zero count of a countable event
    (the dispatch opens this rule only at "free" and at an event's "-free" compound)."""
    if toks[i] != "free":
        return True  # "symptom-free", "incident-free"
    if nxt(toks, i) not in ("of", "from"):
        return None
    end = min(len(toks), i + 6)
    return ctx.lex.countable.occurs(toks, i + 2, end) or _counted_things(toks, i + 2, ctx) or None


def universal(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "every appointment", "all scheduled sessions", "each fortnight"."""
    if toks[i] not in ("every", "each", "all", "any") or i + 1 >= len(toks):
        return None
    if toks[i] == "any" and ctx.lex.cessation.occurs(toks, max(0, i - 6), i):
        # under avoidance "any" counts only an event heading its phrase: "avoid any
        # contact" is a zero count, "any late night eating" is none
        return _heads_event(toks, i + 1, ctx) or None
    lex, n, nxt = ctx.lex, len(toks), toks[i + 1]
    if nxt in _ALL_TIMES and toks[i - 1 : i] == ["at"] and _held_state(toks, i - 1):
        return False  # "remain sober at all times": a state held, not an event counted
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


def _held_state(toks: Sequence[str], end: int) -> bool:
    """Is a state the clause's predicate before ``end`` ("must be sober", "remain
    completely calm")? A copula followed, past its adverbs, by an adjective, not by a
    place, a thing or a person ("stay with the client", "be in bed")."""
    for k in range(end - 1, -1, -1):
        if toks[k] in _COPULAS:
            j = k + 1
            while j < end and toks[j].endswith("ly"):
                j += 1
            w = toks[j] if j < end else ""
            return w.isalpha() and not (
                w in _PREPOSITIONS or w in _DETERMINERS or w in _POSSESSIVES
            )
    return False


_ALL_TIMES = frozenset(("times", "time"))
_COPULAS = _BE | frozenset(("remain", "remains", "remaining", "stay", "stays", "staying"))
"""Verbs of being or staying in a state: "at all times" after one holds the state."""


def _heads_event(toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """Do the words from ``j`` end in a countable event that closes the noun phrase?"""
    for k in range(j, min(len(toks), j + 3)):
        m = ctx.lex.countable.match(toks, k)
        if m is None:
            return False
        after = nxt(toks, k, m[0])
        if not after or after in _PREPOSITIONS or after in _COORD:
            return True
    return False


def zero_count(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "never miss a dose", "no missed payments", "zero suspensions"."""
    w = toks[i]
    if w in ("never", "not") and nxt(toks, i) in ("miss", "missing"):
        return True
    if w == "never":  # "never relapse", "is never going to relapse": no event of the kind
        j = i + 1
        while j < len(toks) and toks[j] in _BEFORE_THE_EVENT:
            j += 1
        return bool(j < len(toks) and ctx.lex.countable.match(toks, j)) or _never_act(toks, j, ctx)
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


def _never_act(toks: Sequence[str], j: int, ctx: _Context) -> bool | None:
    """ "never hit her again", "never shop hungry": "never" on one concrete act counts its
    occasions, a zero quantifier like "never miss a dose"; not on an inner state or a
    vague verb ("never feel alone", "never improve"), not "be", not hedged ("for a
    significant time")."""
    if j >= len(toks):
        return None
    lex, w = ctx.lex, toks[j]
    lemma = lex.any_verb.lemma(w) or (w if w in lex.general_verbs else None)
    if (
        lemma is None
        or lemma in _BE
        or lemma in _INNER_VERBS
        or (lex.vague_verbs.has(w) and not _consumes_a_thing(toks, j, lemma, ctx))
        or lex.cessation.match(toks, j)  # "never give up": persistence, not an event
        or lex.vague_markers.occurs(toks, 0)
        or not _INNER_NOUNS.isdisjoint(toks[:j])  # "acceptance that I will never drink"
    ):
        return None
    return True


def _consumes_a_thing(toks: Sequence[str], j: int, lemma: str, ctx: _Context) -> bool:
    """ "use ice", "take speed": a verb of consuming (vague with a skill, "use coping
    skills") on a thing is one act each time."""
    k = j + 1
    while k < len(toks) and (toks[k] in _DETERMINERS or toks[k] in _POSSESSIVES):
        k += 1
    obj = nxt(toks, k, 0)
    return lemma in _CONSUMING and obj.isalpha() and not ctx.lex.abstract.has(obj)


_CONSUMING = frozenset(("use", "take"))


def _behaviour_noun(w: str, ctx: _Context) -> bool:
    """A gerund naming a behaviour ("napping"), not a thing ("housing", "funding")."""
    lex = ctx.lex
    return (
        len(w) > 5
        and w.endswith("ing")
        and not (lex.concrete.has(w) or lex.service.has(w) or lex.abstract.has(w))
    )


OCCASION_WORDS = frozenset(("first", "next"))
"""Before an event, these name one occasion of it: "her first appointment", "at your next
session"."""
_OCCASION_SPAN = 3
_BY = frozenset(("by", "before", "until", "till", "within"))
"""Before an occasion these make it a deadline ("by the next appointment")."""


def one_occasion(toks: Sequence[str], i: int, ctx: _Context) -> bool | None:
    """ "go to her first appointment", "ask at your next session": one named occasion of a
    countable event is checked once, like one named service attended (WORDING_LABELS 3);
    not several ("the next few sessions"), not a period ("over the next month")."""
    if toks[i] not in OCCASION_WORDS:
        return None
    if not _BY.isdisjoint(toks[max(0, i - 2) : i]):
        return None  # "by the next appointment": a deadline, not the occasion itself
    for j in range(i + 1, min(len(toks), i + 1 + _OCCASION_SPAN)):
        if toks[j] in ctx.lex.terms.time_units:
            return None  # "over the next month": a period or a deadline
        m = ctx.lex.countable.match(toks, j)
        if m is not None:
            return not toks[j + m[0] - 1].endswith("s") or None
        if toks[j] in _PREPOSITIONS or toks[j] in _COORD:
            return None
    return None
