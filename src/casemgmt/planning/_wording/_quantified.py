"""Measurable: a universal quantifier on things the goal's act handles one by one.

"Return every library book", "throw away all ashtrays", "answer each email": each
thing can be checked, so the quantifier is a criterion (ACCEPTANCE: universal
quantifiers), whatever the noun. ``_criteria.universal`` asks it after its own
countable events ("every appointment") gave no answer.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _ABSTRACT_ENDINGS,
    _COORD,
    _DETERMINERS,
    _PREPOSITIONS,
    _SCOPE_NOUNS,
)

_EVERY = frozenset(("every", "each", "all"))
"""Universal quantifiers; "any" is not one ("report any signs" sets no count)."""


def _every_thing(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """ "return every library book", "throw away all ashtrays", "answer each email": a
    universal quantifier on things the goal's act handles one by one is checkable on each
    (ACCEPTANCE), whatever the noun; not a scope ("in all settings"), people ("all
    staff"), an abstraction ("all his feelings") or under a vague verb ("improve all")."""
    lex = ctx.lex
    if toks[i] not in _EVERY or lex.vague_verbs.occurs(toks, 0, i):
        return False  # "report any signs": no count
    j = i + 1
    while j < len(toks) and toks[j] in _DETERMINERS:
        j += 1
    heads: list[int] = []
    while j < len(toks) and len(heads) < 4 and _noun_like(toks[j], ctx):
        heads.append(j)
        j += 1
    if not heads:
        return False
    w = toks[heads[-1]]
    return not (
        (toks[i] == "all" and not w.endswith("s"))
        or w in _SCOPE_NOUNS
        or w.endswith(_ABSTRACT_ENDINGS)
        or any(lex.abstract.has(toks[k]) or toks[k] in lex.actor_heads for k in heads)
    )


def _noun_like(w: str, ctx: _Context) -> bool:
    """Can ``w`` be part of a noun phrase's modifiers and head (a word, not a grammar word,
    adverb or time word)?"""
    terms = ctx.lex.terms
    return (
        w.isalpha()
        and w not in _PREPOSITIONS
        and w not in _COORD
        and w not in terms.adverbs
        and w not in terms.time_units
        and not w.endswith("ly")
    )
