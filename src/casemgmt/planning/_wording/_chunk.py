"""Chunk one sentence into a clause: who the subject is, where the verb group is, and
whether it is a worker-type imperative. The judgements (``_sentence``) read the clause.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from casemgmt.planning._wording._actors import (
    _classify_np,
    _client_object,
    _for_client,
    _looks_like_name,
    _mention,
)
from casemgmt.planning._wording._clauses import _find_modal, _np_start, _Predicate, _predicate
from casemgmt.planning._wording._lexicon import _CLIENT, _NONE, _Context
from casemgmt.planning._wording._tables import (
    _DETERMINERS,
    _NOUN_VERBS,
    _PREPOSITIONS,
    _SELF_WORDS,
    _THIRD_PERSON_CLIENT,
)

_NP_GLUE = frozenset(("'s", "and", "&"))
_HEADLINE_LINKS = frozenset(("to", "is", "are", "am"))
_STATE_VERBS = frozenset(("is", "are", "am", "has", "have", "does", "do"))


@attrs.define
class _Clause:
    """One sentence, chunked: tokens, the subject span and role, the predicate."""

    toks: list[str]
    caps: list[bool]
    full: list[str]
    subject: str = _NONE
    pred: _Predicate | None = None
    imperative_worker: bool = False
    subj_start: int = 0
    subj_end: int = 0


def _chunk(toks: list[str], caps: list[bool], full: list[str], ctx: _Context) -> _Clause:
    """Find the subject and the verb group: after a modal ("Carla will..."), after a
    headline actor ("Carla to attend..."), or an imperative ("Attend...", "Help Carla...")."""
    clause = _Clause(toks, caps, full)
    lex = ctx.lex
    m = _find_modal(toks)
    if m > 1 and lex.any_verb.lemma(toks[0]) == toks[0] and not _mention(toks, caps, 0, ctx)[0]:
        m = -1  # an imperative with a modal in a later clause: "Build a network she can call"
    if m >= 0:
        s = _np_start(toks, m, ctx)
        clause.subj_start, clause.subj_end = s, m
        clause.subject = (
            _CLIENT  # no subject, or the client's name alone: "Carla will..."
            if m == s or (m == s + 1 and toks[s] in ctx.names)
            else _classify_np(toks, caps, s, m, ctx)
        )
        if clause.subject == _NONE and m == 0:
            clause.subject = _CLIENT
        clause.pred = _predicate(toks, m + 1, ctx)
        return clause
    k, j = _leading_actor(toks, caps, ctx)
    if j > k and j < len(toks) and not (k == 0 and j == 1 and _worker_verb_first(toks, ctx)):
        clause.subject = _classify_np(toks, caps, 0, j, ctx)
        p = j + 1 if toks[j] in _HEADLINE_LINKS and j + 1 < len(toks) else j
        clause.pred = _predicate(toks, j if toks[j] in _STATE_VERBS else p, ctx)
    elif toks[0] == "to" and len(toks) > 1:
        clause.subject = _CLIENT
        clause.pred = _predicate(toks, 1, ctx)
        wv = lex.worker_verbs.match(toks, 1)
        clause.imperative_worker = bool(wv) or _client_object(
            toks, caps, 1 + (wv or (1, ""))[0], ctx
        )
    elif _imperative(toks, ctx):
        clause.subject = _CLIENT
        clause.pred = _predicate(toks, 0, ctx)
        clause.imperative_worker = _worker_imperative(toks, caps, clause.pred, ctx)
    return clause


def _leading_actor(toks: Sequence[str], caps: Sequence[bool], ctx: _Context) -> tuple[int, int]:
    """The span [k, j) of actor words at the start ("Carla and the children"); j == k
    when there is none."""
    k = 0
    while k < len(toks) and (toks[k] in _DETERMINERS or toks[k] in _NP_GLUE):
        k += 1
    j = k
    while j < len(toks):
        n, _role = _mention(toks, caps, j, ctx)
        if (
            not n
            and j == k
            and _looks_like_name(toks[j], caps[j], ctx, sentence_start=j == 0)
            and _opens_predicate(toks, j + 1, ctx)
        ):
            n = 1
        if not n or (j == 0 and toks[0] in _NOUN_VERBS and _opens_object(toks, 1, ctx)):
            break  # "Volunteer for one activity": an imperative, not a volunteer
        j += n
        while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] in _NP_GLUE):
            j += 1
    return k, j


def _opens_predicate(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """Can ``toks[i]`` follow a headline actor ("Carla to attend", "Carla and Liam",
    "Carla attends")? A capitalised word followed by a plain noun is a heading's
    adjective ("Random home visits", "Medical evaluation"), not a name."""
    if i >= len(toks):
        return False
    w = toks[i]
    return (
        w in _HEADLINE_LINKS
        or w in _NP_GLUE
        or w in _STATE_VERBS
        or (ctx.lex.any_verb.has(w) and not w.endswith("ing"))  # not "Group counselling"
        or _mention(toks, [False] * len(toks), i, ctx)[0] > 0
    )


def _first_is_verb(toks: Sequence[str], ctx: _Context) -> bool:
    any_verb = ctx.lex.any_verb
    return any_verb.lemma(toks[0]) == toks[0] or bool(
        any_verb.match(toks, 0) and any_verb.lemma(toks[0]) is None
    )


def _worker_verb_first(toks: Sequence[str], ctx: _Context) -> bool:
    """ "Support Carla...": a worker verb the actor reader took for a name."""
    return _first_is_verb(toks, ctx) and ctx.lex.worker_verbs.match(toks, 0) is not None


def _imperative(toks: Sequence[str], ctx: _Context) -> bool:
    """Does the sentence open with a verb? Not a participle heading ("Enhanced family
    safety" names an outcome), unless it is a worker's verb ("Referred to a GP")."""
    lex = ctx.lex
    if _first_is_verb(toks, ctx):
        return True
    return bool(lex.any_verb.match(toks, 0)) and not (
        toks[0].endswith("ed") and not lex.worker_verbs.match(toks, 0)
    )


def _worker_imperative(
    toks: Sequence[str], caps: Sequence[bool], pred: _Predicate, ctx: _Context
) -> bool:
    """An instruction to a worker: a worker verb ("Assist...", not "Advocate for
    yourself"), or any verb with the client as object or beneficiary."""
    lex = ctx.lex
    verb_len = (lex.any_verb.match(toks, 0) or (1, ""))[0]
    if _addresses_parent(toks, verb_len, ctx):
        return False  # "Help your child to...": the plan speaks to the parent, who acts
    wv = lex.worker_verbs.match(toks, 0)
    self_advocacy = wv is not None and wv[1] == "advocate" and bool(_SELF_WORDS & set(toks[1:4]))
    return bool(
        (wv and not self_advocacy)
        or _client_object(toks, caps, verb_len, ctx)
        or _for_client(toks, verb_len, pred.end, ctx)
        or _names_client(toks, verb_len, ctx)
    )


def _names_client(toks: Sequence[str], start: int, ctx: _Context) -> bool:
    """Does an instruction speak of the client in the third person after its verb ("Meet
    with Sam to talk...", "Look at John's home")? Then it is addressed to someone else."""
    return any(w in ctx.names or w in _THIRD_PERSON_CLIENT for w in toks[start:])


def _opens_object(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """Does ``toks[i]`` start a verb's complement (a preposition, determiner or number)?"""
    w = toks[i] if i < len(toks) else ""
    return (
        (w in _PREPOSITIONS and w not in ("to", "of"))
        or w in _DETERMINERS
        or (w in ctx.lex.terms.number_words)
    )


def _addresses_parent(toks: Sequence[str], i: int, ctx: _Context) -> bool:
    """An imperative to "your child": a parenting plan addressing the parent (the client)."""
    return toks[i : i + 1] == ["your"] and ctx.lex.family.match(toks, i + 1) is not None
