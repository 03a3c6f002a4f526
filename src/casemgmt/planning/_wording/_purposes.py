"""A program's purpose frame. The client's goal frame ("My goal is to ...") is cut before
chunking (``_openers``): the goal follows it. A program's purpose frame ("The goal of
case management is to...", "The primary objective of this Supportive Housing Program is
to provide...", "Placement ... is the goal of the vocational rehabilitation program")
states what a service or agency sets out to do: its aim, not one client's behaviour
(ACCEPTANCE: what "a practitioner, service or someone other than the client will do");
"The goal of his therapy is for him to..." stays the client's. :mod:`._rules_who` asks
:func:`purpose_owner`, and :func:`_among_a_population` for an aim measured over a
population ("Reduce binge eating in individuals with bulimia").
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import _AMONG, _DETERMINERS, _POSSESSIVES

_OWNER_LINKS = frozenset(("of", "for"))
_BE = frozenset(("is", "are"))
_FRAME_SPAN = 3
"""Words before the purpose noun ("The primary", "One of the main"): a frame opens early."""
_OWNER_SPAN = 24
"""Words between "of" and "is": the owner's name, with its own "of" phrases."""


def purpose_owner(toks: Sequence[str], ctx: _Context) -> str | None:
    """The service, agency or program word whose purpose the sentence states, or None:
    a purpose noun owned by it, linked by "is"/"are" to the goal ("... is to provide")
    or closing the sentence ("... is the goal of the program")."""
    nouns = ctx.lex.terms.purpose_nouns
    for k, w in enumerate(toks):
        if w not in nouns or k + 2 >= len(toks) or toks[k + 1] not in _OWNER_LINKS:
            continue
        opening = k <= _FRAME_SPAN and toks[0] not in _POSSESSIVES
        closing = k >= 2 and (toks[k - 1] in _BE or toks[k - 2] in _BE)
        if not (opening or closing):
            continue
        end = len(toks)
        if opening:
            end = next(
                (j for j in range(k + 2, min(len(toks), k + _OWNER_SPAN)) if toks[j] in _BE),
                -1,
            )
            if end < 0 or toks[end + 1 : end + 2] != ["to"]:
                continue  # "The goal of therapy is for Jon to...": the client's act follows
        owner = _owner(toks, k + 2, end, ctx)
        if owner is not None:
            return owner
    return None


def _owner(toks: Sequence[str], start: int, end: int, ctx: _Context) -> str | None:
    """The service, worker or agency word naming the owner toks[start:end]; None when the
    owner is the client's ("of his therapy", "of Carla's plan") or names none."""
    lex = ctx.lex
    found: str | None = None
    for j in range(start, end):
        w = toks[j]
        if w in _POSSESSIVES or w == "'s" or w in ctx.names or w in ctx.family:
            return None
        if found is not None or w in _DETERMINERS:
            continue
        m = lex.worker.match(toks, j) or lex.service.match(toks, j)
        if m is not None:
            found = m[1]
        elif w in lex.terms.organisation_heads:
            found = w
    return found


def _among_a_population(toks: Sequence[str], start: int, ctx: _Context) -> bool:
    """ "... malnutrition among young children", "... in families across the county": a
    rate measured over people in the plural is a population's, not one client's."""
    lex = ctx.lex
    for k in range(start, len(toks) - 1):
        if toks[k] not in _AMONG:
            continue
        for j in range(k + 1, min(len(toks), k + 4)):
            w = toks[j]
            if w in _DETERMINERS:
                break  # "among the children": this household's, not a population
            plural = w.endswith(("s", "ren"))
            if lex.program.match(toks, j) or (plural and lex.family.match(toks, j)):
                return True
    return False
