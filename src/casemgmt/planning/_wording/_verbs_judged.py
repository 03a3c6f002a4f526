"""Measurable: which of a goal's verbs name its events, read once per sentence.

``verbs_judged`` gives the measurable rules (``_rules_measurable``) the verbs whose
events could be the accomplishment ("get a job and sign a lease"), where the goal's own
clause ends, and whether the target is an inner state, a direction ("be more
motivated to...") or a skill to learn ("learn how to cook a meal").
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._clauses import _Predicate
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._tables import (
    _AUXILIARIES,
    _BE_TO_ADJECTIVES,
    _COMPARATIVES,
    _COORD,
    _INNER_VERBS,
    _LEARNING_VERBS,
    _OBJECT_PRONOUNS,
)

__all__ = ["verbs_judged"]

_VERB_LEADS = _COORD | _OBJECT_PRONOUNS | {"to", "in", "with"}
"""Words after which ``verbs_judged`` looks for another verb (with the client's names)."""


def verbs_judged(
    reading: GoalReading, pred: _Predicate, ctx: _Context
) -> tuple[list[int], int, bool]:
    """The verbs whose events could be the accomplishment, where the goal's clause ends,
    and whether the main verb is an inner state; worked out once per reading."""
    judged = reading.verbs_judged
    if judged is None:
        judged = reading.verbs_judged = _verbs_to_judge(reading.toks, reading.subj_end, pred, ctx)
    return judged


def _verbs_to_judge(
    toks: Sequence[str], subj_end: int, pred: _Predicate, ctx: _Context
) -> tuple[list[int], int, bool]:
    lex = ctx.lex
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
    if _learning(toks, subj_end, pred):
        inner, verbs = True, []  # "learn how to make a budget": a skill, not yet an act
    if pred.lemma == "use" and end < len(toks) - 1 and toks[end] == "to":
        end = len(toks)  # "use the support of her worker to find housing": the aim counts
    reported = _THAT in toks  # "ensure that the refugee secures..." (rare: one test)
    for k in range(pred.main + 1, end - 1):
        prev = toks[k]
        if reported and _THAT in toks[max(0, k - 3) : k] and _reported_act(toks, k + 1, ctx):
            verbs.append(k + 1)  # "ensure that the refugee secures employment"
            continue
        if (
            prev not in _VERB_LEADS
            and prev not in ctx.names
            and not (prev in lex.actor_heads and _client_word(prev, ctx))
        ):
            continue  # only these words can put a verb after them
        if prev == "to" and toks[k - 1] == _HOW:
            continue  # "teach him how to prepare a bottle": a skill, not the act
        gerund = prev in ("in", "with") and toks[k + 1].endswith("ing")  # "assist her in applying"
        if (
            (prev in _COORD or (prev == "to" and not inner) or gerund)
            and lex.any_verb.has(toks[k + 1])
            and not (prev == "," and _noun_list_item(toks, k))
        ):
            verbs.append(k + 1)  # an inner state's "to" is its content ("understand how to")
        elif (
            (prev in ctx.names or prev in _OBJECT_PRONOUNS or _client_word(prev, ctx))
            and toks[k + 1] not in _AUXILIARIES
            and lex.accomplishment.has(toks[k + 1])
        ):
            verbs.append(k + 1)  # "help Amina get a Medicare card"
    if pred.lemma == "be" and pred.main < len(toks) and toks[pred.main] == "in":
        verbs.append(pred.main - 1)
    if pred.negs:
        verbs = []  # a negated event is not a completed one ("will not return to...")
    return verbs, end, inner


def _learning(toks: Sequence[str], subj_end: int, pred: _Predicate) -> bool:
    """Is the goal's verb behind a catenative of learning ("learn how to cook a meal")?"""
    return not _LEARNING_VERBS.isdisjoint(toks[subj_end : pred.start])


_THAT = "that"
_HOW = "how"


def _reported_act(toks: Sequence[str], v: int, ctx: _Context) -> bool:
    """An accomplishment in the third person after "that" + its subject ("ensure that the
    refugee secures employment"): the act the instruction makes sure of."""
    w = toks[v]
    lemma = ctx.lex.accomplishment.lemma(w)
    return w.endswith("s") and lemma is not None and lemma != w and w not in _AUXILIARIES


def _client_word(w: str, ctx: _Context) -> bool:
    """A one-word client or family noun ("help the family apply", "the client get")."""
    lex = ctx.lex
    return lex.family.lemma(w) is not None or lex.client.lemma(w) is not None


def _noun_list_item(toks: Sequence[str], k: int) -> bool:
    """ "people, places, and things": after a comma, a bare word closed by another comma
    or "and", in a list that opened with a noun, is a noun ("places"), not a verb."""
    if toks[k] != "," or k + 2 >= len(toks) or toks[k + 2] not in _COORD:
        return False
    return toks[k - 1] not in _COORD and not toks[k - 1].endswith("ing")
