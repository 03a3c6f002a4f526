"""One act shown once: an ability to do a concrete act ("Can bathe self", "be able to
walk a mile"), an assist level ("independent with ADLs") or a concrete
act on a stated condition ("call the helpline when he feels an urge"). Each makes a goal
measurable although it names no count.
"""

from __future__ import annotations

from collections.abc import Sequence

from casemgmt.planning._wording._clauses import _Predicate
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _ABILITY_MODALS,
    _ABSTRACT_ENDINGS,
    _ADL_VERBS,
    _ASSIST_LEVELS,
    _ASSIST_WORDS,
    _BARE_REFLEXIVES,
    _BE,
    _COMPARATIVES,
    _CONDITIONALS,
    _DETERMINERS,
    _FEELINGS,
    _ONGOING_SKILLS,
    _PREPOSITIONS,
    _TOOL_VERBS,
)


def _shown_once(
    toks: Sequence[str],
    subj_end: int,
    pred: _Predicate,
    verbs: Sequence[int],
    end: int,
    *,
    ctx: _Context,
    conditioned: bool = False,
) -> str | None:
    """Which act shown once (the readers below) a goal that is not an inner state and
    not negated names, or None; ``end`` is where the goal's own clause ends and
    ``conditioned`` says a condition opened the sentence ("If the calls get too much,
    turn the phone off")."""
    frame = toks[subj_end : pred.main + 2]
    ability = "able" in frame or bool(frame and frame[0] in _ABILITY_MODALS)
    if (ability and _can_do(toks, subj_end, pred, inner=False, ctx=ctx)) or (
        len(toks) > 1
        and toks[1] in _BARE_REFLEXIVES
        and _checklist_skill(toks, subj_end, pred, ctx)
    ):
        return "an ability to do a concrete act"
    if pred.lemma == "be":
        return "an assist level" if _assist_level(toks, pred) else None
    if _helped_task(toks, pred, end, ctx):
        return "an assist level"
    condition = conditioned or (end < len(toks) and toks[end] in _CONDITIONALS)
    if condition and _conditional_act(toks, verbs, end, inner=False, ctx=ctx):
        return "a concrete act on a stated condition"
    return None


def _can_do(
    toks: Sequence[str], subj_end: int, pred: _Predicate, *, inner: bool, ctx: _Context
) -> bool:
    """ "Can bathe self", "be able to run a mile": an ability to do one physical act is
    shown by doing it once (ongoing ways of living and inner states are not)."""
    if inner or pred.negs or pred.main >= len(toks) or subj_end >= len(toks):
        return False
    frame = toks[subj_end : pred.main]
    if not (frame[:1] and frame[0] in _ABILITY_MODALS) and "able" not in frame:
        return False
    lex = ctx.lex
    lemma = lex.any_verb.lemma(toks[pred.main]) or toks[pred.main]
    return (
        (
            lemma in lex.terms.activity_verbs
            or lex.accomplishment.has(toks[pred.main])
            or _concrete_act(toks, pred, ctx)
        )
        and not lex.vague_verbs.has(toks[pred.main])
        and lemma not in _ONGOING_SKILLS
        and not lex.vague_markers.occurs(toks, 0)
    )


def _checklist_skill(toks: Sequence[str], subj_end: int, pred: _Predicate, ctx: _Context) -> bool:
    """ "Feed self", "Writes own name": a skill checklist's item, its object the bare
    reflexive of note style (no "him"/"her"), is an ability shown by doing the act once,
    as "Can bathe self" is; not an ongoing or vague verb ("manage own money"). The caller
    has seen the reflexive after the verb."""
    main = pred.main
    if subj_end or main or pred.negs:
        return False
    lex, w = ctx.lex, toks[main]
    return not (
        lex.vague_verbs.has(w)
        or (lex.any_verb.lemma(w) or w) in _ONGOING_SKILLS
        or lex.vague_markers.occurs(toks, 0)
    )


def _concrete_act(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> bool:
    """A verb no list names acting on a thing ("tie his shoes", "fasten her coat"), as
    ACCEPTANCE's "be able to" + a concrete act: not on an abstraction ("tolerate
    frustration", "regulate his emotions")."""
    lex, main = ctx.lex, pred.main
    if toks[main] not in lex.general_verbs or lex.any_verb.has(toks[main]) or main + 1 >= pred.end:
        return False
    obj = [k for k in range(main + 1, min(pred.end, main + 5)) if toks[k] not in _DETERMINERS]
    if not obj or not toks[obj[0]].isalpha() or toks[obj[0]] in _PREPOSITIONS:
        return False
    return not any(
        lex.abstract.has(toks[k]) or toks[k].endswith(_ABSTRACT_ENDINGS) or toks[k] in _FEELINGS
        for k in obj
    )


def _conditional_act(
    toks: Sequence[str], verbs: Sequence[int], end: int, *, inner: bool, ctx: _Context
) -> bool:
    """ "Call the helpline when he feels an urge", "respond when I ask him": a concrete act
    on a stated condition is checked each time the condition arises, like "whenever"."""
    if inner or not verbs:
        return False
    lex = ctx.lex
    if toks[verbs[0]] in _TOOL_VERBS and not lex.vague_markers.occurs(toks, 0):
        return True  # "practise grounding techniques when overwhelmed"
    return not (
        lex.vague_markers.occurs(toks, 0)
        or any(lex.vague_verbs.match(toks, v) or toks[v] in _BE for v in verbs)
        or any(lex.abstract.match(toks, k) for k in range(verbs[0], end))
    )


def _helped_task(toks: Sequence[str], pred: _Predicate, end: int, ctx: _Context) -> bool:
    """ "Ambulate to the bathroom with assistance and a walker", "transfer to the chair
    with standby supervision": a functional task with the help it needs is a level
    someone checks once (an assist level, as "independent with ADLs")."""
    if pred.main >= len(toks) or ctx.lex.vague_markers.occurs(toks, 0):
        return False
    lemma = ctx.lex.any_verb.lemma(toks[pred.main]) or toks[pred.main]
    return lemma in _ADL_VERBS and not _ASSIST_WORDS.isdisjoint(toks[pred.main + 1 : end])


def _assist_level(toks: Sequence[str], pred: _Predicate) -> bool:
    """ "Pt to be independent with ADLs": an assist level is a criterion."""
    nxt = toks[pred.main + 1 : pred.main + 3]
    return (
        pred.lemma == "be"
        and pred.state in _ASSIST_LEVELS
        and toks[pred.main - 1] not in _COMPARATIVES  # "be more independent": a direction
        and (nxt[:1] == ["with"] or (nxt[:1] == ["in"] and nxt[1:2] != ["the"]))
    )
