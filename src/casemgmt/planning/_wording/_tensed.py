"""A passive with a tensed "be" and no modal ("Mandatory family sessions are held weekly",
"Immediate health needs are addressed", "Goals ... are determined with the client"):
the verb group a chunker looking for a modal, a headline actor or an instruction misses.
Read here so that who acts judges it as it judges "will be held" (ACCEPTANCE: an
agentless task passive, or a worker's act in the passive, is not client behaviour).
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._actors import _classify_np
from casemgmt.planning._wording._clauses import (
    _np_start,
    _past_participle,
    _predicate,
    _skip_adverbs,
)
from casemgmt.planning._wording._lexicon import _NONE, _Context
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._tables import _PREPOSITIONS, _SERVICE_HEAD_NOUNS, _TASK_NOUNS

_TENSED_BE = frozenset(("is", "are", "was", "were"))
_OF_WITH = frozenset(("of", "with"))
"""Prepositions a subject's noun phrase may hold ("Goals of the plan", "Visits with...")."""
_RELATIVES = frozenset(("that", "which", "who", ","))
_ED = "ed"
_DOUBLED_SHORTEST = 5
_UNKNOWN = "unknown"


def _tensed_passive(clause: GoalReading, ctx: _Context) -> None:
    """Read the subject and a passive verb group at a tensed "be" into ``clause``, if the
    sentence has one. A service heading the subject ("Family sessions") is no actor,
    whoever it is for; a passive with no worker's participle ("are held") is agentless."""
    toks = clause.toks
    b = _tensed_be(toks, ctx)
    if b < 0:
        return
    s = _np_start(toks, b, ctx)
    clause.subj_start, clause.subj_end = s, b
    head, lex = toks[b - 1], ctx.lex
    service = lex.service.has(head) or head in _SERVICE_HEAD_NOUNS or head in _TASK_NOUNS
    clause.subject = _NONE if service else _classify_np(toks, clause.caps, s, b, ctx)
    pred = clause.pred = _predicate(toks, b, ctx)
    if pred.passive is None and not lex.attainment.has(toks[pred.main]):
        pred.passive = _UNKNOWN


def _tensed_be(toks: Sequence[str], ctx: _Context) -> int:
    """Where a tensed "be" followed by a past participle stands, or -1: not in a relative
    clause ("services that are offered"), nor after a phrase or clause of its own."""
    found = _TENSED_BE.intersection(toks)
    if not found:
        return -1  # most verbless goals: no "be" to look at
    k = min(map(toks.index, found))
    before = toks[:k]
    if k == 0 or toks[k - 1] in _RELATIVES or not ctx.lex.clause_stops.isdisjoint(before):
        return -1
    if not _PREPOSITIONS.isdisjoint(before) and any(
        w in _PREPOSITIONS and w not in _OF_WITH for w in before
    ):
        return -1
    j = _skip_adverbs(toks, k + 1, ctx, [])
    return k if j < len(toks) and _participle(toks[j], toks, j, ctx) else -1


def _participle(w: str, toks: Sequence[str], j: int, ctx: _Context) -> bool:
    """A past participle: a worker's ("addressed"), a listed verb's ("held"), or an English
    verb's regular one ("updated", "determined", "permitted")."""
    lex = ctx.lex
    return bool(
        lex.worker_participles.match(toks, j)
        or _past_participle(w, ctx)
        or (w.endswith(_ED) and (w[:-1] in lex.general_verbs or _doubled(w) in lex.general_verbs))
    )


def _doubled(w: str) -> str:
    """The base of a participle with a doubled last consonant ("permitted": "permit")."""
    return w[:-3] if len(w) > _DOUBLED_SHORTEST and w[-3] == w[-4] else ""
