"""Read one sentence and ask a rule set about it: the step between chunking and findings.

:func:`read_sentence` cuts an opener and a goal frame and chunks what is left
into a :class:`GoalReading`; :func:`decide` asks a rule set's rules in order
and returns the first rule that has findings. A rule that raises, or an agency's
rule that yields something other than a ``Finding``, gives a ``rule.failed``
ERROR finding (as ``RuleSet.run`` does) and the next rule is asked; the
library's own rules return typed tuples, so their answers go unchecked.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import cast

from casemgmt.core import Finding, Rule
from casemgmt.core._rules import RULE_FAILED, run_rule
from casemgmt.planning._wording._chunk import _chunk
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._openers import (
    OPENING_CUTS,
    _cut_bare_opener,
    _cut_goal_frame,
    _cut_it_frame,
    _cut_opener,
)
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._rulesets import LIBRARY_RULES, WordingRules, _Rules, plan
from casemgmt.planning._wording._tokens import _Sentence

WordingRule = Rule[GoalReading, _Context]
Decision = tuple[str, tuple[Finding, ...]]
"""The deciding rule's name and its findings."""


def read_sentence(sent: _Sentence, ctx: _Context, text: str) -> GoalReading | None:
    """The sentence's goal clause, chunked; None when nothing is left after the opener."""
    toks, caps = sent.toks, sent.caps
    if toks and toks[0] in OPENING_CUTS:  # most sentences open with none ("Carla will")
        toks, caps = _cut_opener(toks, caps, ctx)
        toks, caps = _cut_bare_opener(toks, caps, ctx)
        toks, caps = _cut_goal_frame(toks, caps)
        toks, caps = _cut_it_frame(toks, caps)
    if not toks:
        return None
    reading = _chunk(toks, caps, list(sent.toks), ctx, text)
    if reading.pred is None and sent.toks[0] == _TO and len(toks) < len(sent.toks):
        # "To provide activities that increase employment, retention and earnings": no
        # clause follows the comma, so the "to" clause was the goal, not its purpose
        whole = _chunk(list(sent.toks), list(sent.caps), list(sent.toks), ctx, text)
        if whole.pred is not None:
            return whole
    return reading


_TO = "to"


def after_colon(
    sent: _Sentence,
    reading: tuple[WordingRules, _Context, str],
    failures: list[Finding],
    decided: tuple[Decision | None, bool],
) -> tuple[Decision | None, bool]:
    """The positive-terms decision and measurability once the clause after a colon
    (``colon_clause``) is read on its own, as a sentence of its own would be."""
    rules, ctx, text = reading
    negative, measurable = decided
    found = colon_clause(sent, rules, ctx, text) if not measurable or negative is None else None
    if found is None:
        return negative, measurable
    tail, (positive_rules, measurable_rules) = found
    negative = negative or decide(positive_rules, tail, ctx, failures)
    if not measurable:
        measurable = decide(measurable_rules, tail, ctx, failures) is not None
    return negative, measurable


def colon_clause(
    sent: _Sentence, rules: WordingRules, ctx: _Context, text: str
) -> tuple[GoalReading, tuple[_Rules, _Rules]] | None:
    """The clause after a colon (``clause_after_colon``) read on its own, with the
    positive-terms and measurable rules to ask of it, or None."""
    sentence = clause_after_colon(sent)
    tail = None if sentence is None else read_sentence(sentence, ctx, text)
    if tail is None:
        return None
    _, positive_rules, measurable_rules = plan(rules, tail)
    return tail, (positive_rules, measurable_rules if _own_step(sent, tail, ctx) else ())


def _own_step(sent: _Sentence, tail: GoalReading, ctx: _Context) -> bool:
    """Is the clause after a colon a step that can make the goal measurable? Not a list
    of items with no verb ("Keep a diary: date, time, sum of bets"), nor the duties a
    service heading describes ("Case Management Services: Developing a plan, making
    referrals..."): ongoing work, not one event."""
    head = sent.toks[: sent.toks.index(_COLON)]
    return tail.pred is not None and not any(map(ctx.lex.service.has, head))


def clause_after_colon(sent: _Sentence) -> _Sentence | None:
    """The clause after a colon ("Identify Triggers: Write down the situations...",
    "Remove the items: no lighters or ashtrays"), or None: a heading's step or a
    spelled-out target is a clause of its own for the measurable and positive-terms
    questions (who acts is read on the whole sentence). Not a colon inside brackets
    ("Housing (e.g.: arranging...)") nor one with fewer than two words after it."""
    toks = sent.toks
    if _COLON not in toks:
        return None
    k = toks.index(_COLON)
    if k == 0 or len(toks) - k <= _COLON_TAIL or ("(" in toks[:k] and ")" not in toks[:k]):
        return None
    return _Sentence(toks[k + 1 :], sent.caps[k + 1 :])


_COLON = ":"
_COLON_TAIL = 2
"""Fewer words than this after a colon are no clause ("Goal: housing")."""


def decide(
    rules: tuple[tuple[str, WordingRule], ...],
    reading: GoalReading,
    ctx: _Context,
    failures: list[Finding],
) -> Decision | None:
    """The first rule with findings, and its findings; failures go to ``failures``."""
    for name, rule in rules:
        try:
            found = rule(reading, ctx)
            if not found:
                continue  # the common answer: the rule has nothing to say
            if rule not in LIBRARY_RULES:
                # a generator is truthy even when it yields nothing
                found = tuple(found)
        except Exception as exc:
            failures.extend(_failed(name, exc))
            continue
        if not found:
            continue
        if rule in LIBRARY_RULES or all(isinstance(f, Finding) for f in found):
            return name, found  # type: ignore[return-value]  # checked just above
        failures.extend(_mended(name, found))
    return None


def _failed(name: str, exc: Exception) -> list[Finding]:
    """The ``rule.failed`` finding for a rule that raised ``exc`` (core's wording)."""

    def again(subject: object, context: object) -> Iterable[Finding]:
        raise exc

    return run_rule(name, again, None, None)


def _mended(name: str, found: Iterable[object]) -> list[Finding]:
    """A ``rule.failed`` finding for each item that is not a ``Finding``."""
    items = cast("list[Finding]", [f for f in found if not isinstance(f, Finding)])
    return [f for f in run_rule(name, lambda s, c: items, None, None) if f.code == RULE_FAILED]
