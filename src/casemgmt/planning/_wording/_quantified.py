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
    _FEELINGS,
    _PREPOSITIONS,
    _SCOPE_NOUNS,
)

_EVERY = frozenset(("every", "each", "all"))
_OF = "of"
_NOT_QUANTIFIED = frozenset(("longer", "later", "sooner", "matter", "doubt", "less", "fewer"))
"""After "no" these make a fixed phrase ("no longer", "no later than"), not a count."""
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
    if toks[j : j + 1] == [_OF]:
        j += 1  # "all of your cigarettes", "each of the forms"
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
        w.replace("-", "").isalpha()
        and w not in _PREPOSITIONS
        and w not in _COORD
        and w not in terms.adverbs
        and w not in terms.time_units
        and not w.endswith("ly")
    )


def _counted_things(toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """ "no police call-outs", "free from signs of infection", "zero school suspensions":
    a zero quantifier on things in the plural, whatever the noun, counts them
    (ACCEPTANCE: a zero quantifier on a countable event or state); not on feelings,
    abstractions or supports ("without reminders" is read by the negation rules)."""
    lex = ctx.lex
    if toks[j : j + 1] and toks[j] in _NOT_QUANTIFIED:
        return False  # "no longer interferes": a negator, not a zero count
    for k in range(j, min(len(toks), j + 3)):
        w = toks[k]
        if not _noun_like(w, ctx):
            return False
        if w.endswith("s") and not w.endswith("ss"):
            return not (
                w in _FEELINGS
                or w.endswith(_ABSTRACT_ENDINGS)
                or lex.abstract.has(w)
                or lex.support.has(w)
                or w in lex.terms.time_units
            )
    return False
