"""Positive terms: supports, which end a negative's scope. Doing a thing without help or
with less of it is more independence, a positive target ("without reminders", "no more
than 1 verbal prompt", "reduce prompts"), unlike the absence of a problem ("without
physical aggression"). The negation reader (``_negation``) asks these.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._negex import (
    PARTICIPLE_ENDINGS,
    PASSIVE_SUPPORT,
    POSSESSIVE_MARKS,
    SUPPORT_DETERMINERS,
    SUPPORT_LINKS,
    SUPPORT_MODIFIERS,
    SUPPORT_VERBS,
)
from casemgmt.planning._wording._tables import _DETERMINERS, _POSSESSIVES, _PREPOSITIONS

__all__ = ["less_support", "modified_support", "support_ceiling", "without_support"]


def without_support(toks: Sequence[str], i: int, ctx: _Context) -> int:
    """Length of the support after "without" ("reminders", "his mum"), else 0."""
    lex = ctx.lex
    sup = lex.support.match(toks, i + 1)
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    if sup is None and i + 2 < len(toks) and (nxt in _POSSESSIVES or nxt in SUPPORT_DETERMINERS):
        sup = lex.support.match(toks, i + 2)
    if sup is None and nxt in SUPPORT_VERBS:
        done_to = toks[i + 2] if i + 2 < len(toks) else ""
        if nxt not in PASSIVE_SUPPORT or done_to.endswith(PARTICIPLE_ENDINGS):
            return 1  # "without needing...", "without being told": done alone
        return 0  # "without being late": the absence of a problem
    if sup:
        return sup[0]
    modified = modified_support(toks, i + 1, ctx)
    if modified:
        return modified
    j = i + 1
    while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] in POSSESSIVE_MARKS):
        j += 1
    person = j < len(toks) and (
        toks[j] in ctx.names
        or lex.family.match(toks, j)
        or lex.worker.match(toks, j)
        or lex.other.match(toks, j)
        or lex.client.match(toks, j)  # "without the person who died": doing it alone
    )
    return j - i if person else 0


def modified_support(toks: Sequence[str], start: int, ctx: _Context) -> int:
    """Length of a support after modifiers ("verbal prompts", "an assistive device", "the
    use of a walker"), else 0: the head decides, so "without physical aggression" stays
    the absence of a problem. Determiners, "of" and "or" are skipped; a preposition, a
    trigger or a fourth modifier ends the search."""
    lex, modifiers = ctx.lex, 0
    for j in range(start, min(len(toks), start + 2 * SUPPORT_MODIFIERS)):
        w = toks[j]
        if w in _DETERMINERS or w in SUPPORT_LINKS:
            continue
        sup = lex.support.match(toks, j)
        if sup:
            return j + sup[0] - start if modifiers else 0
        if (
            modifiers == SUPPORT_MODIFIERS
            or w in _PREPOSITIONS
            or w in lex.neg_triggers
            or not w.replace("-", "").isalpha()
        ):
            return 0
        modifiers += 1
    return 0


def support_ceiling(toks: Sequence[str], i: int, ctx: _Context) -> int:
    """Length of a ceiling on support ("no more than 1 verbal prompt"), else 0.

    Fewer prompts is more independence, a positive target (like "without reminders").
    """
    ceil = ctx.lex.ceiling.match(toks, i)
    if ceil is None:
        return 0
    for j in range(i + ceil[0], min(len(toks), i + ceil[0] + 4)):
        if ctx.lex.support.match(toks, j):
            return j + 1 - i
    return 0


def less_support(toks: Sequence[str], k: int, ctx: _Context) -> bool:
    """ "with decreasing adult modelling", "reduce prompts": less support is more
    independence, a positive target (like "without reminders")."""
    return any(ctx.lex.support.match(toks, j) for j in range(k, min(len(toks), k + 2)))
