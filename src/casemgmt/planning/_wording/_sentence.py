"""Read one sentence: subject, predicate, then the three judgements into a verdict."""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._actors import (
    _acts_on_client,
    _classify_np,
    _client_object,
    _for_client,
    _is_receiving,
    _looks_like_name,
    _mention,
    _program_target,
)
from casemgmt.planning._wording._clauses import (
    _cut_goal_frame,
    _cut_opener,
    _find_modal,
    _np_start,
    _Predicate,
    _predicate,
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
    _BE_TO_ADJECTIVES,
    _COMPARATIVES,
    _COORD,
    _DETERMINERS,
    _DOWN_VERBS,
    _INDEPENDENCE,
    _INDEPENDENCE_PAIRS,
    _INNER_VERBS,
    _NOUN_VERBS,
    _OBJECT_PRONOUNS,
    _ONGOING_SKILLS,
    _PREPOSITIONS,
    _SELF_WORDS,
    _WISH_VERBS,
)
from casemgmt.planning._wording._tokens import _Sentence


def _analyse_sentence(sent: _Sentence, ctx: _Context, verdict: _Verdict) -> None:
    lex = ctx.lex
    toks, caps = sent
    full = list(toks)
    toks, caps = _cut_opener(toks, caps, ctx)
    toks, caps = _cut_goal_frame(toks, caps)
    if not toks:
        return
    subject = _NONE
    pred: _Predicate | None = None
    imperative_worker = False
    subj_start = subj_end = 0
    m = _find_modal(toks)
    if m > 1 and lex.any_verb.lemma(toks[0]) == toks[0] and not _mention(toks, caps, 0, ctx)[0]:
        m = -1  # an imperative with a modal in a later clause: "Build a network she can call"
    if m >= 0:
        s = _np_start(toks, m, ctx)
        subj_start, subj_end = s, m
        subject = _classify_np(toks, caps, s, m, ctx) if m > s else _CLIENT
        if subject == _NONE and m == 0:
            subject = _CLIENT
        pred = _predicate(toks, m + 1, ctx)
    else:
        # an actor at the start: "Carla to attend...", "I attend...", "Children attend..."
        k = 0
        while k < len(toks) and (toks[k] in _DETERMINERS or toks[k] in ("'s", "and", "&")):
            k += 1
        j = k
        found = False
        while j < len(toks):
            n, _role = _mention(toks, caps, j, ctx)
            if not n and _looks_like_name(toks[j], caps[j], ctx, sentence_start=j == 0) and j == k:
                n = 1
            if not n:
                break
            if j == 0 and toks[0] in _NOUN_VERBS and _opens_object(toks, 1, ctx):
                break  # "Volunteer for one activity": an imperative, not a volunteer
            found = True
            j += n
            while j < len(toks) and (toks[j] in _DETERMINERS or toks[j] in ("'s", "and", "&")):
                j += 1
        first_is_verb = bool(
            lex.any_verb.lemma(toks[0]) == toks[0]
            or (lex.any_verb.match(toks, 0) and lex.any_verb.lemma(toks[0]) is None)
        )
        if (
            found
            and j < len(toks)
            and not (first_is_verb and k == 0 and lex.worker_verbs.match(toks, 0) and j == 1)
        ):
            subject = _classify_np(toks, caps, 0, j, ctx)
            p = j + 1 if toks[j] in ("to", "is", "are", "am") and j + 1 < len(toks) else j
            if toks[j] in ("is", "are", "am", "has", "have", "does", "do"):
                p = j
            pred = _predicate(toks, p, ctx)
        elif toks[0] == "to" and len(toks) > 1:
            subject = _CLIENT
            pred = _predicate(toks, 1, ctx)
            imperative_worker = bool(lex.worker_verbs.match(toks, 1)) or _client_object(
                toks, caps, 1 + (lex.worker_verbs.match(toks, 1) or (1, ""))[0], ctx
            )
        elif first_is_verb or (
            lex.any_verb.match(toks, 0)
            and not (toks[0].endswith("ed") and not lex.worker_verbs.match(toks, 0))
        ):  # "Enhanced family safety": a participle heading names an outcome
            subject = _CLIENT
            pred = _predicate(toks, 0, ctx)
            wv = lex.worker_verbs.match(toks, 0)
            self_advocacy = (
                wv is not None and wv[1] == "advocate" and any(w in _SELF_WORDS for w in toks[1:4])
            )
            verb_len = (lex.any_verb.match(toks, 0) or (1, ""))[0]
            if _addresses_parent(toks, verb_len, ctx):
                pass  # "Help your child to...": the plan speaks to the parent, who acts
            elif (
                (wv and not self_advocacy)
                or _client_object(toks, caps, verb_len, ctx)
                or _for_client(toks, verb_len, pred.end, ctx)
            ):
                imperative_worker = True
        else:
            subject = _NONE
    if pred is None:
        # a noun phrase goal: "Stable housing", "Referral to a GP", "No more missed payments"
        first = toks[0]
        if (
            lex.worker_verbs.has(first.removesuffix("s"))
            or (
                first
                in (
                    "referral",
                    "referrals",
                    "provision",
                    "assistance",
                    "advocacy",
                    "linkage",
                    "coordination",
                    "liaison",
                    "case",
                    "support",
                    "help",
                    "transport",
                    "counselling",
                    "counseling",
                    "therapy",
                    "treatment",
                    "home",
                    "weekly",
                    "monthly",
                    "ongoing",
                )
                and lex.service.match(
                    toks, 0 if first not in ("weekly", "monthly", "ongoing") else 1
                )
            )
        ) or first in ("referral", "referrals", "provision", "advocacy", "linkage", "liaison"):
            verdict.actor_reason = verdict.actor_reason or "service"
        elif _program_target(toks, 0, len(toks), ctx):
            verdict.actor_reason = verdict.actor_reason or _PROGRAM
        else:
            verdict.client_clause = True
        neg = _negative_in(toks, 0, len(toks), ctx)
        if neg and not verdict.negative_word:
            verdict.negative_word, verdict.negative_kind = neg
        if _measurable(full, (0, len(full)), [], ctx) or (
            len(toks) > 1 and _nominal_accomplishment(toks, ctx)
        ):  # a one-word goal ("Housing") is a topic heading, not an outcome
            verdict.measurable = True
        return

    # --- whose behaviour ---
    if (
        subject == _CLIENT
        and "'s" in toks[subj_start:subj_end]
        and toks[subj_start] in ctx.names
        and _acts_on_client(toks, pred, ctx)
        and not (toks[pred.main] in _WISH_VERBS and "to" in toks[pred.main + 2 : pred.main + 3])
    ):
        subject = _OTHER  # "Walter's daughter will visit him": a relative acting on the client
    reason: str | None = None
    if subject == _PROGRAM or _program_target(toks, subj_start, pred.end, ctx):
        reason = _PROGRAM
    elif imperative_worker:
        reason = "imperative"
    elif subject in (_WORKER, _OTHER):
        reason = subject
    elif subject == _JOINT:
        reason = "joint"
    elif pred.passive == _WORKER:
        reason = "passive"
    elif pred.passive == "unknown" and subject == _NONE:
        reason = "agentless"
    elif subject == _CLIENT and _is_receiving(toks, pred, ctx):
        reason = "receiving"
    if pred.passive and reason in (None, "passive", "agentless"):
        # an agent named with "by": the client acting keeps it client behaviour
        for k in range(pred.main, pred.end):
            if toks[k] == "by" and k + 1 < pred.end:
                agent = _classify_np(toks, caps, k + 1, min(pred.end, k + 5), ctx)
                if agent in (_WORKER, _OTHER):
                    reason = "passive"
                elif agent == _CLIENT and toks[k + 1] in _SELF_WORDS:
                    reason = None
                break
    if reason and not verdict.actor_reason:
        verdict.actor_reason = reason
    if reason is None:
        verdict.client_clause = True
        if pred.main < len(toks):
            verdict.helped_predicate = verdict.helped_predicate or " ".join(
                toks[pred.main : pred.end]
            )
    elif reason in ("imperative", "passive", "receiving") and verdict.helped_predicate is None:
        # for the hint: the client's part after "to" ("Help Carla to find housing")
        for k in range(pred.main, pred.end):
            if toks[k] == "to" and k + 1 < pred.end and lex.any_verb.has(toks[k + 1]):
                verdict.helped_predicate = " ".join(toks[k + 1 : pred.end])
                break

    # --- positive terms ---
    if not verdict.negative_word:
        if pred.negs:
            verdict.negative_word, verdict.negative_kind = pred.negs[0], "negation"
        else:
            neg = _negative_in(toks, pred.start, pred.end, ctx)
            if neg:
                verdict.negative_word, verdict.negative_kind = neg

    if (
        not verdict.negative_word
        and pred.main < len(toks)
        and toks[pred.main] in _DOWN_VERBS
        and any(t in lex.scales for t in toks[subj_start:subj_end])
    ):
        # "her PHQ-9 score will fall by 5": a reduction on a symptom scale
        verdict.negative_word, verdict.negative_kind = toks[pred.main], "reduction"

    # --- measurable ---
    verbs = [pred.main]
    end = pred.end
    inner = pred.lemma in _INNER_VERBS
    if any(
        toks[k] in _COMPARATIVES and toks[k + 1] in _BE_TO_ADJECTIVES
        for k in range(subj_end, min(pred.main, len(toks) - 1))
    ):
        # "be more motivated to look for work": the target is a direction, not the act
        inner = True
        verbs = []
    if pred.lemma == "use" and end < len(toks) - 1 and toks[end] == "to":
        end = len(toks)  # "use the support of her worker to find housing": the aim counts
    for k in range(pred.main + 1, end - 1):
        prev = toks[k]
        if (prev in _COORD or (prev == "to" and not inner)) and lex.any_verb.has(toks[k + 1]):
            verbs.append(k + 1)  # an inner state's "to" is its content ("understand how to")
        elif (
            (prev in ctx.names or prev in _OBJECT_PRONOUNS)
            and toks[k + 1] not in _AUXILIARIES
            and lex.accomplishment.has(toks[k + 1])
        ):
            verbs.append(k + 1)  # "help Amina get a Medicare card"
    if pred.lemma == "be" and pred.state and lex.attainment_states.match(toks, pred.main):
        verdict.measurable = True
    if pred.lemma == "be" and pred.main < len(toks) and toks[pred.main] == "in":
        verbs.append(pred.main - 1)
    if pred.negs:
        verbs = []  # a negated event is not a completed one ("will not return to...")
    if (
        _measurable_sentence(full, toks, (pred.start, end), verbs, ctx)
        or (
            pred.passive
            and not pred.negs
            and not any(lex.vague_markers.match(toks, i) for i in range(len(toks)))
            and _accomplishment(toks, pred.main, pred.end, ctx, subject=range(subj_start, subj_end))
        )
        or _demonstrated_skill(toks, subj_end, pred, inner=inner, ctx=ctx)
    ):
        verdict.measurable = True
    if not verdict.measurable and verdict.vague_word is None:
        for k in verbs:
            vv = lex.vague_verbs.match(toks, k)
            if vv and vv[1] not in ("be",):
                verdict.vague_word = vv[1]
                break


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


def _demonstrated_skill(
    toks: Sequence[str], subj_end: int, pred: _Predicate, *, inner: bool, ctx: _Context
) -> bool:
    """ "Will be able to walk to the mailbox unassisted": one act shown without help.

    An ability frame plus an independence marker on a concrete act is a test
    someone can watch once; ongoing habits ("take her insulin without
    reminders") have no ability frame and stay open-ended.
    """
    frame = toks[subj_end : pred.main + 2]
    if inner or pred.negs or "able" not in frame:
        return False
    verb = subj_end + frame.index("able") + 2  # "be able to VERB"
    if verb >= len(toks) or toks[verb - 1] != "to":
        return False
    lex = ctx.lex
    if lex.vague_verbs.match(toks, verb) or toks[verb] in _ONGOING_SKILLS:
        return False
    return any(
        toks[k] in _INDEPENDENCE or toks[k : k + 2] in _INDEPENDENCE_PAIRS
        for k in range(verb + 1, max(pred.end, verb + 1))
    )
