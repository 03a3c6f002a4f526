"""What names a service: a verbless goal ("Weekly home visits", "Referral to a GP",
"Medication management by the psychiatrist") describes what a service or worker
provides, which is not the client's behaviour (WORDING_LABELS 1). :mod:`._rules_who`
asks it of goals with no verb.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._actors import _classify_np
from casemgmt.planning._wording._lexicon import _OTHER, _WORKER, _Context
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._tables import (
    _AGENT_SPAN,
    _BY,
    _COORD,
    _DETERMINERS,
    _FOR_RECIPIENTS,
    _NOT_SERVICE_HEADS,
    _NP_HEAD_ENDS,
    _PREPOSITIONS,
    _SERVICE_FREQUENCIES,
    _SERVICE_HEAD_NOUNS,
    _SERVICE_HEADS,
    _TASK_NOUNS,
    _THIRD_PERSON_CLIENT,
)

_WITH, _OF, _THE, _POSSESSIVE, _SERVICE = "with", "of", "the", "'s", "service"
_LIST_MARKS = frozenset((",", ";", "("))
_ITEM_ENDS = frozenset((",", ";", "(", ")", ":", "and", "or", "/", "&"))
"""What ends an item of a heading's list ("job training, job placement and ...")."""


def _names_service(toks: Sequence[str], ctx: _Context) -> bool:
    """Does the noun phrase name a service or worker task ("Weekly home visits")?"""
    lex, first = ctx.lex, toks[0]
    if lex.worker_verbs.has(first.removesuffix("s")) or first in _TASK_NOUNS:
        return True
    head = 1 if first in _SERVICE_FREQUENCIES else 0
    if first in _SERVICE_HEADS and lex.service.match(toks, head) is not None:
        return True
    return (
        _service_head(toks, ctx)
        or _practice_thing(toks, ctx)
        or _for_recipient(toks, ctx)
        or _with_the_client(toks, ctx)
        or _with_a_worker(toks, ctx)
        or _worker_action(toks, ctx)
    )


def _practice_thing(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Removal of antiembolism stockings twice a day", "Hourly vital signs": a verbless
    goal whose leading noun group (with its "of" phrase) names a thing only a practitioner
    handles (``practitioner_objects``) names a nurse's or teacher's task."""
    practice = ctx.lex.practice_objects
    if practice.first_words.isdisjoint(toks):
        return False
    for k, w in enumerate(toks):
        if (w in _PREPOSITIONS and w != _OF) or w in _LIST_MARKS:
            return False
        if w in practice.first_words and practice.match(toks, k) is not None:
            return True
    return False


def _worker_action(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Observation with foster parent", "Weekly employment workshop training", "Career
    exploration, job training, job placement": a noun naming a worker verb's act heads the
    leading noun group (or an item of its list) and names the worker's task, as
    "Referral to a GP" does; not in a clause of its own ("When given an instruction")."""
    actions, lex = ctx.lex.worker_actions, ctx.lex
    if actions.isdisjoint(toks) or lex.subordinators.has(toks[0]):
        return False
    for k, w in enumerate(toks):
        if w in _PREPOSITIONS or lex.subordinators.has(w):
            return False  # only the leading noun group
        nxt = toks[k + 1] if k + 1 < len(toks) else ","
        if w in actions and (nxt in _ITEM_ENDS or nxt in _PREPOSITIONS):
            return True
    return False


def _with_a_worker(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Twice monthly interviews with caseworker", "Regular contacts with service providers":
    a verbless contact with a worker names the service's contact, as "Weekly home visits"
    does (a worker inside a client's predicate, "meet with her worker", has a verb)."""
    k = next((i for i, w in enumerate(toks) if w in _PREPOSITIONS or w in _LIST_MARKS), 0)
    if k == 0 or toks[k] != _WITH:
        return False  # only right after the leading noun group
    j = k + 1
    while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] == _SERVICE):
        j += 1  # "with the service providers", "with her caseworker"
    return ctx.lex.worker.match(toks, j) is not None


def _with_the_client(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Development and implementation of a plan with the client", "Goal setting with the
    participant": a task done with the client spoken of in the third person is the
    worker's (like "Work with Carla to..."); not with a relative or a name ("Visits with
    her baby", "Time with Sam")."""
    k = next((i for i, w in enumerate(toks) if w == _WITH), 0)
    if k == 0 or any(w in _PREPOSITIONS and w != _OF for w in toks[:k]):
        return False  # only after the leading noun group (and its "of" phrase)
    nxt = toks[k + 1 : k + 2]
    j = k + 1 if nxt and nxt[0] in _THIRD_PERSON_CLIENT else k + 2
    m = ctx.lex.client.match(toks, j) if j == k + 1 or nxt == [_THE] else None
    # not "with the client's partner": someone of the client's
    return m is not None and toks[j + m[0] : j + m[0] + 1] != [_POSSESSIVE]


def _done_by_someone(reading: GoalReading, ctx: _Context) -> bool:
    """ "Medication management by the psychiatrist", "Weekly home visits by the family
    worker": a verbless task whose "by" names a worker or someone else is their act
    (not "Stable housing by June")."""
    toks = reading.toks
    for k, w in enumerate(toks):
        if w == _BY and k:
            end = next(
                (j for j in range(k + 1, len(toks)) if toks[j] in _NP_HEAD_ENDS),
                len(toks),
            )  # "by caseworker with parents, agency personnel": the agent alone
            end = min(end, k + _AGENT_SPAN)
            return _classify_np(toks, reading.caps, k + 1, end, ctx) in (_WORKER, _OTHER)
        if w in _PREPOSITIONS:
            return False  # only right after the leading noun group
    return False


def _for_recipient(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Tutoring for child", "Anger management for the parent": something named for the
    client is provided to them; an outcome for them ("Housing for the family") is not."""
    lex = ctx.lex
    k = next((i for i, w in enumerate(toks[:4]) if w in _FOR_RECIPIENTS or w in _NP_HEAD_ENDS), 0)
    if k == 0 or toks[k] not in _FOR_RECIPIENTS or lex.concrete.has(toks[k - 1]):
        return False  # only right after the leading noun group
    j = k + 1
    while j < len(toks) and toks[j] in _DETERMINERS:
        j += 1
    return j < len(toks) and bool(
        toks[j] in ctx.names or lex.client.match(toks, j) or lex.family.match(toks, j)
    )


def _service_head(toks: Sequence[str], ctx: _Context) -> bool:
    """Is the head of the leading noun group a service ("Random home visits",
    "Parenting classes", "Medical evaluation and/or treatment")? Receiving a service
    is not the client's behaviour (ACCEPTANCE: "be provided with...")."""
    numbers, frequency = ctx.lex.terms.number_words, ctx.lex.frequency
    first = next(
        (k for k, w in enumerate(toks) if not (w in numbers or frequency.has(w))), len(toks)
    )  # "Twice monthly face-to-face interviews": a leading count is no head
    end = next(
        (
            k
            for k in range(first, len(toks))
            if (w := toks[k]) in _NP_HEAD_ENDS
            or (k > first and (w in numbers or w[:1].isdigit() or frequency.has(w)))
        ),
        len(toks),
    )  # "Home visits twice a month": a count after the head closes the noun group too
    if end <= first:
        return False
    if end < len(toks) and toks[end] in _COORD:
        stop = next((k for k in range(end, len(toks)) if toks[k] in _PREPOSITIONS), len(toks))
        if toks[stop - 1] in _SERVICE_HEAD_NOUNS or ctx.lex.service.has(toks[stop - 1]):
            return True  # "Alcohol and substance abuse classes"
    head = toks[end - 1]
    if head in _NOT_SERVICE_HEADS or any(
        ctx.lex.any_verb.lemma(w) == w and (k == 0 or toks[k - 1] in ctx.lex.terms.adverbs)
        for k, w in enumerate(toks[: end - 1])
    ):  # a verb the chunker missed ("independently use public transport"), not a noun
        return False  # modifier ("Supervised contact visits")
    if head in _SERVICE_HEAD_NOUNS:
        return True
    return any(
        (m := ctx.lex.service.match(toks, k)) is not None and k + m[0] == end
        for k in range(max(0, end - 2), end)
    )
