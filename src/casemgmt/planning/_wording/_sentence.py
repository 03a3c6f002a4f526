"""Read one sentence: subject, predicate, then the three judgements into a verdict."""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._ability import _shown_once
from casemgmt.planning._wording._actors import (
    _acts_on_client,
    _classify_np,
    _is_receiving,
    _program_aim,
    _program_target,
)
from casemgmt.planning._wording._chunk import _chunk, _Clause, _serves_group
from casemgmt.planning._wording._clauses import (
    _cut_goal_frame,
    _cut_opener,
    _Predicate,
)
from casemgmt.planning._wording._lexicon import (
    _CLIENT,
    _JOINT,
    _NONE,
    _OTHER,
    _PROGRAM,
    _WORKER,
    _Context,
    _Verdict,
)
from casemgmt.planning._wording._measurable import (
    _accomplishment,
    _measurable,
    _measurable_sentence,
    _nominal_accomplishment,
)
from casemgmt.planning._wording._negation import _negative_in
from casemgmt.planning._wording._tables import (
    _AUXILIARIES,
    _AVAILABLE,
    _BE_TO_ADJECTIVES,
    _COMPARATIVES,
    _COORD,
    _DELIVERED,
    _DETERMINERS,
    _DOWN_VERBS,
    _FOR_RECIPIENTS,
    _GIVING_VERBS,
    _HAVE,
    _INNER_VERBS,
    _NOT_SERVICE_HEADS,
    _NP_HEAD_ENDS,
    _OBJECT_PRONOUNS,
    _PREPOSITIONS,
    _SELF_WORDS,
    _SERVICE_FREQUENCIES,
    _SERVICE_HEAD_NOUNS,
    _SERVICE_HEADS,
    _TASK_NOUNS,
    _WISH_VERBS,
)
from casemgmt.planning._wording._tokens import _Sentence


def _analyse_sentence(sent: _Sentence, ctx: _Context, verdict: _Verdict) -> None:
    """Add one sentence's judgements to the statement's verdict."""
    toks, caps = _cut_opener(sent.toks, sent.caps, ctx)
    toks, caps = _cut_goal_frame(toks, caps)
    if not toks:
        return
    clause = _chunk(toks, caps, list(sent.toks), ctx)
    if clause.pred is None:
        _judge_noun_phrase(clause, ctx, verdict)
        return
    _judge_actor(clause, clause.pred, ctx, verdict)
    _judge_positive(clause, clause.pred, ctx, verdict)
    _judge_measurable(clause, clause.pred, ctx, verdict)


def _judge_noun_phrase(clause: _Clause, ctx: _Context, verdict: _Verdict) -> None:
    """A goal with no verb: "Stable housing", "Referral to a GP", "No more missed payments"."""
    toks = clause.toks
    if _names_service(toks, ctx) or _serves_group(toks, 0, len(toks), ctx):
        verdict.actor_reason = verdict.actor_reason or "service"
    elif _program_target(toks, 0, len(toks), ctx) or _program_aim(toks, 0, len(toks), ctx):
        verdict.actor_reason = verdict.actor_reason or _PROGRAM
    else:
        verdict.client_clause = True
    neg = _negative_in(toks, 0, len(toks), ctx)
    if neg and not verdict.negative_word:
        verdict.negative_word, verdict.negative_kind = neg
    if _measurable(clause.full, (0, len(clause.full)), [], ctx) or (
        len(toks) > 1 and _nominal_accomplishment(toks, ctx)
    ):  # a one-word goal ("Housing") is a topic heading, not an outcome
        verdict.measurable = True


def _names_service(toks: Sequence[str], ctx: _Context) -> bool:
    """Does the noun phrase name a service or worker task ("Weekly home visits")?"""
    lex, first = ctx.lex, toks[0]
    if lex.worker_verbs.has(first.removesuffix("s")) or first in _TASK_NOUNS:
        return True
    head = 1 if first in _SERVICE_FREQUENCIES else 0
    if first in _SERVICE_HEADS and lex.service.match(toks, head) is not None:
        return True
    return _service_head(toks, ctx) or _for_recipient(toks, ctx)


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
    numbers = ctx.lex.terms.number_words
    end = next(
        (
            k
            for k, w in enumerate(toks)
            if w in _NP_HEAD_ENDS
            or (k and (w in numbers or w[:1].isdigit() or ctx.lex.frequency.has(w)))
        ),
        len(toks),
    )  # "Home visits twice a month": a count after the head closes the noun group too
    if end == 0:
        return False
    if toks[end] in _COORD if end < len(toks) else False:
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


def _judge_actor(clause: _Clause, pred: _Predicate, ctx: _Context, verdict: _Verdict) -> None:
    """Whose behaviour: record why not the client's, or the client's own part for hints."""
    toks = clause.toks
    reason = _actor_reason(clause, pred, ctx)
    if reason and not verdict.actor_reason:
        verdict.actor_reason = reason
        verdict.actor_word = _actor_evidence(clause, pred, reason, ctx)
    if reason is None:
        verdict.client_clause = True
        if pred.main < len(toks):
            verdict.helped_predicate = verdict.helped_predicate or " ".join(
                toks[pred.main : pred.end]
            )
    elif reason in ("imperative", "passive", "receiving") and verdict.helped_predicate is None:
        # for the hint: the client's part after "to" ("Help Carla to find housing")
        for k in range(pred.main, pred.end):
            if toks[k] == "to" and k + 1 < pred.end and ctx.lex.any_verb.has(toks[k + 1]):
                verdict.helped_predicate = " ".join(toks[k + 1 : pred.end])
                break


def _actor_reason(clause: _Clause, pred: _Predicate, ctx: _Context) -> str | None:
    """Why the clause is not the client's behaviour (a key of the messages), or None."""
    toks, subject = clause.toks, clause.subject
    if subject == _CLIENT and _relative_acts_on_client(clause, pred, ctx):
        subject = _OTHER  # "Walter's daughter will visit him": a relative acting on the client
    reason: str | None = None
    if (
        subject == _PROGRAM
        or _program_target(toks, clause.subj_start, pred.end, ctx)
        or (
            clause.subj_end == 0
            and subject == _CLIENT
            and not ctx.lex.program_aims.first_words.isdisjoint(toks)
            and _program_aim(toks, 1 if toks[0] == "to" else 0, pred.end, ctx)
        )
    ):
        reason = _PROGRAM
    elif clause.imperative_worker:
        reason = "imperative"
    elif subject in (_WORKER, _OTHER):
        reason = subject
    elif subject == _JOINT:
        reason = "joint"
    elif pred.passive == _WORKER:
        reason = "passive"
    elif pred.passive == "unknown" and subject == _NONE:
        reason = "agentless"
    elif subject == _CLIENT and _receives(toks, pred, ctx):
        reason = "receiving"
    elif subject == _CLIENT and pred.lemma in _GIVING_VERBS and _delivers_service(toks, pred):
        reason = _WORKER
    elif subject == _NONE and pred.state in _AVAILABLE:
        reason = "agentless"  # "Childcare will be available for all recipients"
    if pred.passive and reason in (None, "passive", "agentless"):
        reason = _by_agent(clause, pred, ctx, reason)
    return reason


def _receives(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    """Receiving a service, or having something made available ("R will have bedside
    activities available daily")."""
    if pred.main >= len(toks) or toks[pred.main] not in ctx.lex.receiving.first_words:
        return False
    return _is_receiving(toks, pred, ctx) or (
        toks[pred.main] in _HAVE and any(t in _AVAILABLE for t in toks[pred.main : pred.end])
    )


def _delivers_service(toks: Sequence[str], pred: _Predicate) -> bool:
    """ "I will provide two classroom lessons": the subject delivers a service, so it is
    a practitioner writing their own goal."""
    end = next((k for k in range(pred.main + 1, pred.end) if toks[k] in _PREPOSITIONS), pred.end)
    return any(toks[k] in _DELIVERED for k in range(pred.main + 1, end))


def _actor_evidence(clause: _Clause, pred: _Predicate, reason: str, ctx: _Context) -> str | None:
    """The vocabulary entry that decided whose behaviour it is ("case manager", "refer",
    "participants"), for the message. Only lexicon entries are quoted, never names."""
    lex, toks = ctx.lex, clause.toks
    if reason == "imperative":
        first = 1 if toks[0] == "to" else 0
        m = lex.worker_verbs.match(toks, first) or lex.any_verb.match(toks, first)
        return m[1] if m and toks[first] not in ctx.names else None
    if reason in ("passive", "receiving"):
        m = lex.worker_participles.match(toks, pred.main) or lex.receiving.match(toks, pred.main)
        return m[1] if m else None
    lexicon = {_PROGRAM: lex.program, _WORKER: lex.worker, "joint": lex.worker}.get(reason)
    if lexicon is None:
        return None
    for i, w in enumerate(toks):
        m = None if w in ctx.names or w in ctx.family else lexicon.match(toks, i)
        if m:
            return m[1]
    return None


def _relative_acts_on_client(clause: _Clause, pred: _Predicate, ctx: _Context) -> bool:
    """ "Walter's daughter will visit him" (not "Jake's parents would like him to...")."""
    toks, start = clause.toks, clause.subj_start
    return (
        "'s" in toks[start : clause.subj_end]
        and toks[start] in ctx.names
        and _acts_on_client(toks, pred, ctx)
        and not (toks[pred.main] in _WISH_VERBS and "to" in toks[pred.main + 2 : pred.main + 3])
    )


def _by_agent(clause: _Clause, pred: _Predicate, ctx: _Context, reason: str | None) -> str | None:
    """A passive's "by" agent: a worker keeps it practitioner behaviour; the client
    acting on themself ("by herself") makes it the client's."""
    toks = clause.toks
    for k in range(pred.main, pred.end):
        if toks[k] == "by" and k + 1 < pred.end:
            agent = _classify_np(toks, clause.caps, k + 1, min(pred.end, k + 5), ctx)
            if agent in (_WORKER, _OTHER):
                return "passive"
            if agent == _CLIENT and toks[k + 1] in _SELF_WORDS:
                return None
            break
    return reason


def _judge_positive(clause: _Clause, pred: _Predicate, ctx: _Context, verdict: _Verdict) -> None:
    """Positive terms: a negator in the verb group, or a negative term in its scope."""
    if verdict.negative_word:
        return
    toks = clause.toks
    if pred.negs:
        verdict.negative_word, verdict.negative_kind = pred.negs[0], "negation"
        return
    neg = _negative_in(toks, pred.start, pred.end, ctx)
    if neg:
        verdict.negative_word, verdict.negative_kind = neg
    elif (
        pred.main < len(toks)
        and toks[pred.main] in _DOWN_VERBS
        and any(t in ctx.lex.scales for t in toks[clause.subj_start : clause.subj_end])
    ):
        # "her PHQ-9 score will fall by 5": a reduction on a symptom scale
        verdict.negative_word, verdict.negative_kind = toks[pred.main], "reduction"


def _judge_measurable(clause: _Clause, pred: _Predicate, ctx: _Context, verdict: _Verdict) -> None:
    """Measurable: a criterion, an attained state, an accomplishment among the verbs, a
    passive accomplishment ("the lease will be signed") or a skill shown unassisted."""
    lex, toks = ctx.lex, clause.toks
    verbs, end, inner = _verbs_to_judge(clause, pred, ctx)
    if pred.lemma == "be" and pred.state and lex.attainment_states.match(toks, pred.main):
        verdict.measurable = True
    subject = range(clause.subj_start, clause.subj_end)
    if (
        _measurable_sentence(clause.full, toks, (pred.start, end), verbs, ctx)
        or (
            pred.passive
            and not pred.negs
            and not lex.vague_markers.occurs(toks, 0)
            and _accomplishment(toks, pred.main, pred.end, ctx, subject=subject)
        )
        or (
            not inner
            and not pred.negs
            and _shown_once(toks, clause.subj_end, pred, verbs, end, ctx=ctx)
        )
    ):
        verdict.measurable = True
    if not verdict.measurable and verdict.vague_word is None:
        for k in verbs:
            vv = lex.vague_verbs.match(toks, k)
            if vv and vv[1] not in ("be",):
                verdict.vague_word = vv[1]
                break


_VERB_LEADS = _COORD | _OBJECT_PRONOUNS | {"to", "in", "with"}
"""Words after which ``_verbs_to_judge`` looks for another verb (with the client's names)."""


def _verbs_to_judge(
    clause: _Clause, pred: _Predicate, ctx: _Context
) -> tuple[list[int], int, bool]:
    """The verbs whose events could be the accomplishment, where the goal's clause ends,
    and whether the main verb is an inner state."""
    lex, toks = ctx.lex, clause.toks
    verbs = [pred.main]
    end = pred.end
    inner = pred.lemma in _INNER_VERBS
    if any(
        toks[k] in _COMPARATIVES and toks[k + 1] in _BE_TO_ADJECTIVES
        for k in range(clause.subj_end, min(pred.main, len(toks) - 1))
    ):
        # "be more motivated to look for work": the target is a direction, not the act
        inner = True
        verbs = []
    if pred.lemma == "use" and end < len(toks) - 1 and toks[end] == "to":
        end = len(toks)  # "use the support of her worker to find housing": the aim counts
    for k in range(pred.main + 1, end - 1):
        prev = toks[k]
        if prev not in _VERB_LEADS and prev not in ctx.names:
            continue  # only these words can put a verb after them
        gerund = prev in ("in", "with") and toks[k + 1].endswith("ing")  # "assist her in applying"
        if (
            (prev in _COORD or (prev == "to" and not inner) or gerund)
            and lex.any_verb.has(toks[k + 1])
            and not (prev == "," and _noun_list_item(toks, k))
        ):
            verbs.append(k + 1)  # an inner state's "to" is its content ("understand how to")
        elif (
            (prev in ctx.names or prev in _OBJECT_PRONOUNS)
            and toks[k + 1] not in _AUXILIARIES
            and lex.accomplishment.has(toks[k + 1])
        ):
            verbs.append(k + 1)  # "help Amina get a Medicare card"
    if pred.lemma == "be" and pred.main < len(toks) and toks[pred.main] == "in":
        verbs.append(pred.main - 1)
    if pred.negs:
        verbs = []  # a negated event is not a completed one ("will not return to...")
    return verbs, end, inner


def _noun_list_item(toks: Sequence[str], k: int) -> bool:
    """ "people, places, and things": after a comma, a bare word closed by another comma
    or "and", in a list that opened with a noun, is a noun ("places"), not a verb."""
    if toks[k] != "," or k + 2 >= len(toks) or toks[k + 2] not in _COORD:
        return False
    return toks[k - 1] not in _COORD and not toks[k - 1].endswith("ing")
