"""Clients in general: an agency's targets and rules about a population, not one client.

ACCEPTANCE ("Whose behaviour") and WORDING_LABELS: a program's target about clients in
the plural or as a percentage ("80% of participants will...", "Increase the number of
tenants who...") or a rule for a population ("Residents who have earned their diploma
are expected to...") is not one client's behaviour. :mod:`._rules_who` asks these.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._clauses import _Predicate
from casemgmt.planning._wording._lexicon import _CLIENT, _Context
from casemgmt.planning._wording._purposes import _among_a_population
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._tables import (
    _AIM_DIRECTIONS,
    _DETERMINERS,
    _GROUP_LINKS,
    _NOUN_JOINS,
    _PEOPLE_RELATIVES,
    _PLURAL_LINKS,
    _POPULATION_MODIFIERS,
    _PREPOSITIONS,
    _PROGRAM_MODIFIERS,
    _SUBJECT_PRONOUNS,
    _UNIVERSALS,
)


def _program_target(toks: Sequence[str], start: int, end: int, ctx: _Context) -> bool:
    """A share or count of clients in general ("the number of clients who...")?"""
    lex = ctx.lex
    if lex.program.first_words.isdisjoint(toks) and (
        "of" not in toks or lex.client.first_words.isdisjoint(toks)  # the cheap test first
    ):
        return False  # no clients in general, and no share ("80% of youth") of a client noun
    measures = lex.program_measures.first_words
    for i in range(start, min(end, len(toks))):
        m = lex.program_measures.match(toks, i) if toks[i] in measures else None
        share = m is not None or (toks[i].endswith("%") and toks[i + 1 : i + 2] == ["of"])
        if share:
            j = i + (m[0] if m else 2)
            while j < end and (toks[j] in _DETERMINERS or toks[j] in _PROGRAM_MODIFIERS):
                j += 1
            if _clients_ahead(toks, j, end, ctx):
                return True  # "80% of participants", "80% of youth", "of 7th-grade students"
            if _among_clients(toks, j, end, ctx):
                return True  # "the number of evictions among program tenants"
    return False


def _clients_ahead(toks: Sequence[str], j: int, end: int, ctx: _Context) -> bool:
    """Clients in general at ``j``, after at most a few modifiers ("program participants",
    "7th-grade students"): a program noun, or a share of a client noun."""
    for k in range(j, min(end, j + _POPULATION_MODIFIERS + 1)):
        if ctx.lex.program.match(toks, k) or _share_of_clients(toks, k, ctx):
            return True
        if toks[k] in _PREPOSITIONS or ctx.lex.any_verb.has(toks[k]):
            return False
    return False


def _program_aim(toks: Sequence[str], start: int, end: int, ctx: _Context) -> bool:
    """A direction for society or a service, with no client in it ("Reduce the economic
    cost of crime to the community", "Enhance public safety"): an agency's aim."""
    lex = ctx.lex
    if lex.any_verb.lemma(toks[start]) not in _AIM_DIRECTIONS:
        return False
    if any(w in ctx.names or w in ctx.family or w in _SUBJECT_PRONOUNS for w in toks):
        return False
    return lex.program_aims.occurs(toks, start, end)


def _share_of_clients(toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """A share of a client noun ("80% of youth"), not of one client's things ("10% of the
    client's income") or of a pronoun."""
    m = ctx.lex.client.match(toks, j)
    return (
        m is not None
        and toks[j] not in _SUBJECT_PRONOUNS
        and toks[j + m[0] : j + m[0] + 1] != ["'s"]
    )


def _among_clients(toks: Sequence[str], j: int, end: int, ctx: _Context) -> bool:
    """A measure's thing counted over clients in general ("evictions among tenants")."""
    for k in range(j, min(end, j + 4)):
        if toks[k] in _GROUP_LINKS:
            m = k + 1
            while m < end and (toks[m] in _DETERMINERS or toks[m] in _PROGRAM_MODIFIERS):
                m += 1
            return m < end and ctx.lex.program.match(toks, m) is not None
    return False


def _population_cue(reading: GoalReading, s: int, ctx: _Context) -> bool:
    """A population as the subject at ``s``, looked for only when the statement holds a
    "who" or the subject's first word is followed by a plural verb ("Youth are")."""
    toks = reading.toks
    if "who" not in reading.text and not (s + 1 < len(toks) and toks[s + 1] in _PLURAL_LINKS):
        return False
    return _restricted_population(toks, s, ctx)


def _restricted_population(toks: Sequence[str], start: int, ctx: _Context) -> bool:
    """ "Residents who have earned their diploma are expected to...", "Every child who
    enters care must...", "Parents/carers whose children are on the register need to...":
    people in the plural (or every one of them) restricted by a "who" clause are a
    population a program's rule or target is about, not one client (ACCEPTANCE: an
    agency's target is not one client's behaviour); "John, who has a brain injury" is one."""
    k, universal = start, False
    while k < len(toks) and toks[k] in _DETERMINERS:
        universal = universal or toks[k] in _UNIVERSALS
        k += 1
    if _plural_client(toks, k, ctx):
        return True
    for skip in range(_POPULATION_MODIFIERS + 1):
        j = k + skip
        if any(w in _PREPOSITIONS or ctx.lex.any_verb.has(w) for w in toks[k:j]):
            return False
        people = _people_noun(toks, j, ctx, universal=universal)
        while people and toks[j + people : j + people + 1] and toks[j + people] in _NOUN_JOINS:
            j += people + 1  # "Parents/carers whose...": nouns joined
            people = _people_noun(toks, j, ctx, universal=universal)
        if people:
            return toks[j + people : j + people + 1] != [] and toks[j + people] in _PEOPLE_RELATIVES
    return False


def _plural_client(toks: Sequence[str], k: int, ctx: _Context) -> bool:
    """ "Youth are responsible to get themselves to school": a client noun of either number
    with a plural verb is clients in general (not "you are", "they are")."""
    m = ctx.lex.client.match(toks, k)
    return (
        m is not None
        and toks[k] not in _SUBJECT_PRONOUNS
        and toks[k + m[0] : k + m[0] + 1] != []
        and toks[k + m[0]] in _PLURAL_LINKS
    )


def _people_noun(toks: Sequence[str], j: int, ctx: _Context, *, universal: bool) -> int:
    """The length of clients in general at ``j``: a program noun ("residents"), or a client
    or family noun in the plural or after "every"/"each" ("students", "every child"); 0."""
    if j >= len(toks):
        return 0
    lex = ctx.lex
    m = lex.program.match(toks, j)
    if m is not None:
        return m[0]
    m = lex.client.match(toks, j) or lex.family.match(toks, j)
    if m is None or not (universal or toks[j + m[0] - 1].endswith(("s", "ren"))):
        return 0
    return m[0]


def _aim_instruction(reading: GoalReading, pred: _Predicate, ctx: _Context) -> bool:
    """An instruction setting a program's or society's aim ("Reduce recidivism")."""
    toks = reading.toks
    if reading.subj_end != 0 or reading.subject != _CLIENT:
        return False
    start = 1 if toks[0] == "to" else 0
    if not ctx.lex.program_aims.first_words.isdisjoint(toks) and _program_aim(
        toks, start, pred.end, ctx
    ):
        return True
    return ctx.lex.any_verb.lemma(toks[start]) in _AIM_DIRECTIONS and _among_a_population(
        toks, start, ctx
    )
