"""Measurable: the rule set that says what makes a sentence's goal checkable.

Each rule looks for one kind of end point (QCOSS 2014: "so the client knows
when it has been achieved") and, when it finds one, yields an INFO finding
``goal.measurable`` naming it ("a frequency ('weekly')"). Any rule's finding in
any sentence makes the statement measurable; a statement with none is flagged
``goal.not-measurable``, naming the vague verb if there is one
(:func:`vague_word`). Evidence quotes vocabulary entries only, never a number
or a name, which could be a client's detail.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence

from casemgmt.core import Finding, RuleSet, Severity
from casemgmt.planning._wording import _classes as word
from casemgmt.planning._wording._ability import _shown_once
from casemgmt.planning._wording._clauses import _Predicate, _verb_lemma
from casemgmt.planning._wording._criteria import criterion_at, digits
from casemgmt.planning._wording._guards import guard
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._measurable import (
    _accomplishment,
    _contacts_one,
    _nominal_accomplishment,
    _one_thing,
    _performed,
    _service_event,
)
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._tables import (
    _ACTIVITY_IN,
    _ASSURANCE_VERBS,
    _BE,
    _CHECKLIST_ENDINGS,
    _CONDITION_OPENERS,
    _COORD,
    _HOLDING_VERBS,
    _INDEPENDENCE,
    _INDEPENDENCE_PAIRS,
    _NAMED_PERIODS,
    _ONE_THING,
    _ONGOING_SKILLS,
    _PREPOSITIONS,
    _ROLE_ENDINGS,
    _SPAN_LEADS,
    _SPAN_PREPOSITIONS,
    _UNTIL,
)
from casemgmt.planning._wording._verbs_judged import _learning, verbs_judged

__all__ = ["MEASURABLE", "MEASURABLE_RULES", "vague_word"]

MEASURABLE = "goal.measurable"
"""The code of a measurable rule's evidence (INFO; never returned by the check)."""
_NO = ()


@functools.lru_cache(maxsize=1024)
def measurable_by(what: str, words: str = "") -> tuple[Finding]:
    """The evidence finding: what kind of end point, and the entry that showed it.

    Cached: the words are vocabulary entries, so there are few distinct findings.
    """
    quoted = f" ('{words}')" if words else ""
    return (Finding(MEASURABLE, Severity.INFO, f"measurable: {what}{quoted}"),)


# --- the rules, in the order they are asked -----------------------------------------


def criterion(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A count, frequency, amount, duration, threshold, per-item deadline, or a zero or
    universal quantifier on a countable event, anywhere in the sentence (``_criteria``):
    "twice a week", "every appointment", "free of admissions", "below 10 on the PHQ-9"."""
    found = criterion_at(reading.full, ctx)
    if found is None:
        return _NO
    rule, i = found
    kind = _CRITERIA.get(rule.__name__, "a criterion")
    return measurable_by(kind, "" if rule is digits else reading.full[i])


_CRITERIA = {
    "digits": "a number",
    "number_word": "a count",
    "per_item_deadline": "a deadline for each event",
    "free_of_events": "a zero count",
    "whole_span": "a duration",
    "work_level": "a level of work",
    "unit_word": "a unit of count or amount",
    "frequency": "a frequency",
    "universal": "a universal quantifier",
    "zero_count": "a zero count",
    "threshold": "a threshold on a scale",
    "named_level": "a named level",
    "period": "a duration",
    "counted_compound": "a count",
    "as_soon_as": "a deadline for each event",
    "one_occasion": "one named occasion",
}
"""What each criterion rule of ``_criteria`` found, for the evidence."""


@guard(verb=True, needs=(word.BE_VERB | word.ASSURANCE_VERB,))
def attained_state(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A state reached once and checked ("will be enrolled", "be employed", "be housed"),
    also one a worker makes sure of ("ensure that the children are enrolled")."""
    pred = reading.pred
    if pred is None or ctx.lex.vague_markers.occurs(reading.toks, 0):
        return _NO  # "become as independent as possible": hedged
    toks, main = reading.toks, pred.main
    if pred.lemma in _ASSURANCE_VERBS:
        state = _assured_state(toks, pred, ctx)
        return measurable_by("an attained state", state) if state else _NO
    if pred.lemma != "be" or not pred.state:
        return _NO
    if pred.state.endswith("ly") and main + 1 < len(toks):
        main += 1  # "be gainfully employed": the adverb qualifies the state
    m = ctx.lex.attainment_states.match(toks, main)
    if m is None and pred.state in _ONE_THING and not pred.negs:
        m = ctx.lex.worker.match(toks, main + 1) or _role(toks, main + 1)  # "become a nurse"
    return measurable_by("an attained state", m[1]) if m else _NO


def _assured_state(toks: Sequence[str], pred: _Predicate, ctx: _Context) -> str | None:
    """The attained state an assurance names ("ensure that the children are enrolled",
    "make sure he is housed"), or None."""
    if pred.lemma == "make" and toks[pred.main + 1 : pred.main + 2] != ["sure"]:
        return None
    for k in range(pred.main + 1, pred.end - 1):
        if toks[k] in _BE:
            m = ctx.lex.attainment_states.match(toks, k + 1)
            if m:
                return m[1]
    return None


def _role(toks: Sequence[str], k: int) -> tuple[int, str] | None:
    """An agent noun taken up as a role ("be a welder", "a self-employed welder")."""
    if k + 1 < len(toks) and "-" in toks[k]:
        k += 1  # a compound modifier
    w = toks[k] if k < len(toks) else ""
    ends = k + 1 >= len(toks) or toks[k + 1] in _PREPOSITIONS or toks[k + 1] in _COORD
    return (1, "a role") if w.isalpha() and w.endswith(_ROLE_ENDINGS) and ends else None


@guard(verb=True)
def accomplishment(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """One verifiable accomplishment among the goal's verbs ("enrol in TAFE", "obtain a
    photo ID", "sign a lease"), unless a vague marker ("as needed") hedges it."""
    if reading.pred is None or ctx.lex.vague_markers.occurs(reading.toks, 0):
        return _NO
    verbs, end, _inner = verbs_judged(reading, reading.pred, ctx)
    toks = reading.toks
    for v in verbs:
        if 0 <= v < len(toks) and (  # a modal alone ("MAY") has no verb after it
            _accomplishment(toks, v, end, ctx)
            or _one_thing(toks, v, end, ctx)
            or _performed(toks, v, end, ctx)
            or _contacts_one(toks, v, end, ctx)
        ):
            return measurable_by("an accomplishment", _verb_lemma(toks[v], ctx))
    return _NO


@guard(verb=True, needs=(word.IN,))
def in_a_concrete_place(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """Being in a concrete, attained place or position ("be in stable housing", "be in
    full-time work"), not an ongoing institution ("be in school")."""
    if reading.pred is None or ctx.lex.vague_markers.occurs(reading.toks, 0):
        return _NO
    verbs = verbs_judged(reading, reading.pred, ctx)[0]
    toks, lex = reading.toks, ctx.lex
    if (
        not verbs
        or verbs[-1] < 0
        or toks[verbs[-1] + 1 : verbs[-1] + 2] != ["in"]
        or _verb_lemma(toks[verbs[-1]], ctx) in _ACTIVITY_IN
    ):
        return _NO
    for j in range(verbs[-1] + 2, min(len(toks), verbs[-1] + 6)):
        c = lex.concrete.match(toks, j)
        if c and c[1] not in lex.ongoing:
            return measurable_by("being in a concrete place or position", c[1])
    return _NO


@guard(verb=True, passive=True)
def passive_accomplishment(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """An accomplishment in the passive, its subject the thing acted on ("the lease will
    be signed", "housing will be secured")."""
    pred, toks = reading.pred, reading.toks
    if (
        pred is None
        or not pred.passive
        or pred.negs
        or ctx.lex.vague_markers.occurs(toks, 0)
        or not _accomplishment(
            toks, pred.main, pred.end, ctx, subject=range(reading.subj_start, reading.subj_end)
        )
    ):
        return _NO
    return measurable_by("an accomplishment in the passive", _verb_lemma(toks[pred.main], ctx))


@guard(verb=True)
def skill_shown_unassisted(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """ "Will be able to walk to the mailbox unassisted": one act shown without help.

    An ability frame plus an independence marker on a concrete act is a test
    someone can watch once; ongoing habits ("take her insulin without
    reminders") have no ability frame and stay open-ended.
    """
    pred, toks = reading.pred, reading.toks
    verb = None if pred is None else _ability_verb(reading, pred, ctx)
    if pred is None or verb is None:
        return _NO
    for k in range(verb + 1, max(pred.end, verb + 1)):
        if toks[k] in _INDEPENDENCE:
            return measurable_by("a skill shown unassisted", toks[k])
        if toks[k : k + 2] in _INDEPENDENCE_PAIRS:
            return measurable_by("a skill shown unassisted", " ".join(toks[k : k + 2]))
    return _NO


def _ability_verb(reading: GoalReading, pred: _Predicate, ctx: _Context) -> int | None:
    """The concrete act's index in "be able to VERB" or in a checklist item ("Puts on coat
    without help", "Going to the shops alone"), or None (no ability frame, a negation,
    an inner state, or a vague or ongoing verb such as "manage")."""
    toks = reading.toks
    frame = toks[reading.subj_end : pred.main + 2]
    if pred.negs or verbs_judged(reading, pred, ctx)[2]:
        return None
    if "able" in frame:
        verb = reading.subj_end + frame.index("able") + 2  # "be able to VERB"
        if verb >= len(toks) or toks[verb - 1] != "to":
            return None
    elif pred.main == 0 and toks[0] != pred.lemma and toks[0].endswith(_CHECKLIST_ENDINGS):
        verb = 0  # a skill checklist's item ("Puts on coat without help"): a skill shown
    else:
        return None
    if ctx.lex.vague_verbs.match(toks, verb) or toks[verb] in _ONGOING_SKILLS:
        return None
    return verb


@guard(verb=True)
def shown_once(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """One act shown once (``_ability``): an ability to do a concrete act ("Can bathe
    self"), an assist level ("independent with ADLs"), a concrete act on a stated
    condition ("call the helpline when he feels an urge", like "whenever")."""
    pred, toks = reading.pred, reading.toks
    if pred is None or pred.negs:
        return _NO
    if pred.main + 1 < len(toks) and toks[pred.main + 1] in _NEGATED:
        return _NO  # "Do not use salt when cooking": the auxiliary read as the verb
    verbs, end, inner = verbs_judged(reading, pred, ctx)
    full = reading.full
    conditioned = (  # an opener was cut, and it is a condition but not "if needed"
        full[0] in _CONDITION_OPENERS
        and len(full) > len(toks)
        and not ctx.lex.vague_markers.occurs(full, 0)
    )
    kind = (
        None
        if inner
        else _shown_once(toks, reading.subj_end, pred, verbs, end, ctx=ctx, conditioned=conditioned)
    )
    return measurable_by(kind) if kind else _NO


_NEGATED = frozenset(("not", "never"))
"""Right after the verb read as the main one, these negate it ("do not use")."""


@guard(verb=True, needs=(word.UNTIL, word.HOLDING_VERB))
def held_until(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A state held until a date ("live with his aunt until June", "stay at the shelter
    until the end of term"): how long it lasts is a duration criterion, like "for six
    months"; an activity until a date ("attend meetings until March") stays open-ended."""
    pred, toks = reading.pred, reading.toks
    if pred is None or pred.negs or pred.lemma not in _HOLDING_VERBS:
        return _NO
    terms = ctx.lex.terms
    for k in range(pred.main + 1, len(toks) - 1):
        if toks[k] not in _SPAN_PREPOSITIONS:  # "until", "through", "for"...
            continue
        nxt = toks[k + 1 : k + 4]
        if toks[k] in _UNTIL and (
            nxt[0] in terms.months or nxt[0][:1].isdigit() or nxt[:3] == ["the", "end", "of"]
        ):
            return measurable_by("a duration", toks[k])
        j = k + 1
        while j < len(toks) and toks[j] in _SPAN_LEADS:
            j += 1
        w = toks[j] if j < len(toks) else ""
        if j > k + 1 and (w in terms.time_units or w in terms.months or w in _NAMED_PERIODS):
            return measurable_by("a duration", toks[k])  # "for the next quarter"
    return _NO


@guard(verb=False)
def attained_thing(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A goal with no verb naming an attained thing ("Stable housing", "Full-time job");
    a one-word goal ("Housing") is a topic heading, not an outcome."""
    if reading.pred is not None or len(reading.toks) < 2:
        return _NO
    thing = _nominal_accomplishment(reading.toks, ctx)
    return measurable_by("an attained thing", thing) if thing else _NO


@guard(verb=False)
def service_event(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A goal with no verb naming one service given once ("Referral to a psychologist",
    "Orientation on local laws"): a worker's single act is an event (WORDING_LABELS 3)."""
    if reading.pred is not None:
        return _NO
    event = _service_event(reading.toks, ctx)
    return measurable_by("a single service event", event) if event else _NO


MEASURABLE_RULES: RuleSet[GoalReading, _Context] = RuleSet(
    (
        ("measurable.criterion", criterion),
        ("measurable.attained-state", attained_state),
        ("measurable.in-a-concrete-place", in_a_concrete_place),
        ("measurable.accomplishment", accomplishment),
        ("measurable.passive-accomplishment", passive_accomplishment),
        ("measurable.skill-shown-unassisted", skill_shown_unassisted),
        ("measurable.shown-once", shown_once),
        ("measurable.held-until", held_until),
        ("measurable.attained-thing", attained_thing),
        ("measurable.service-event", service_event),
    )
)
"""What makes a goal measurable, in the order asked; the first finding suffices."""


# --- what the rules read ------------------------------------------------------------


def vague_word(reading: GoalReading, ctx: _Context) -> str | None:
    """The first vague verb among the goal's verbs ("improve", "work on"): the evidence a
    ``goal.not-measurable`` finding quotes ("gives a direction, not an end point")."""
    if reading.pred is None:
        return None
    toks, vague, pred = reading.toks, ctx.lex.vague_verbs, reading.pred
    verbs = verbs_judged(reading, pred, ctx)[0]
    if not verbs and _learning(toks, reading.subj_end, pred):
        verbs = [pred.main]  # "learn to manage her anger": 'manage' is still vague
    for k in verbs:
        vv = vague.match(toks, k)
        if vv and vv[1] not in ("be",):
            return vv[1]
    return None
