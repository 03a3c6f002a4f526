"""Measurable: a criterion (number, frequency, quantifier on a countable event, scale
threshold) or one verifiable accomplishment.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._clauses import _object_heads, _verb_lemma
from casemgmt.planning._wording._criteria import criterion_in
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _ACTIVITY_IN,
    _ATTENDANCE,
    _CREATION,
    _PREPOSITIONS,
)


def _measurable(
    toks: Sequence[str], region: tuple[int, int], verbs: Sequence[int], ctx: _Context
) -> bool:
    """Does the statement carry a criterion (``_criteria``) or, with no vague marker, one
    verifiable accomplishment among ``verbs``?"""
    if criterion_in(toks, ctx):
        return True
    lex = ctx.lex
    start, end = region
    if any(lex.vague_markers.match(toks, i) for i in range(start, len(toks))):
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
