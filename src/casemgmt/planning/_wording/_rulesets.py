"""The three wording rule sets as one value an agency can read, copy and change.

``check_goal_statement(text, rules=...)`` takes a :class:`WordingRules`;
each field is a core ``RuleSet`` (named, ordered, immutable), so an agency
adds, replaces or removes a rule with the same ``add``/``replace``/``remove``
it uses for plan and closure rules, and nothing global changes.
"""

from __future__ import annotations

from collections import Counter

import attrs

from casemgmt.core import Rule, RuleSet
from casemgmt.planning._wording._guards import Shape, guarded
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._rules_measurable import MEASURABLE_RULES
from casemgmt.planning._wording._rules_positive import POSITIVE_TERMS_RULES
from casemgmt.planning._wording._rules_who import WHO_ACTS_RULES

__all__ = ["DEFAULT_WORDING_RULES", "LIBRARY_RULES", "WordingRules", "plan"]

_Set = RuleSet[GoalReading, _Context]


def _rule_set(instance: object, attribute: attrs.Attribute[_Set], value: object) -> None:
    if not isinstance(value, RuleSet):
        msg = f"WordingRules.{attribute.name} must be a RuleSet, got {type(value).__name__}"
        raise TypeError(msg)


@attrs.frozen(cache_hash=True)
class WordingRules:
    """The goal-wording rule sets: who acts, positive terms, measurable.

    Each rule is ``rule(reading, ctx) -> Iterable[Finding]`` over one
    sentence (a :class:`GoalReading`). In ``who_acts`` and ``positive_terms``
    the first rule with a finding decides the sentence and the first sentence
    with one decides the statement; a ``measurable`` rule's finding is the
    evidence that the goal has an end point, and a statement with none is
    flagged ``goal.not-measurable``.

    >>> from casemgmt.planning import DEFAULT_WORDING_RULES
    >>> DEFAULT_WORDING_RULES.positive_terms.rule_names
    ('positive.negated-verb', 'positive.negative-in-scope', 'positive.falls-on-a-scale')
    """

    who_acts: _Set = attrs.field(default=WHO_ACTS_RULES, validator=_rule_set)
    positive_terms: _Set = attrs.field(default=POSITIVE_TERMS_RULES, validator=_rule_set)
    measurable: _Set = attrs.field(default=MEASURABLE_RULES, validator=_rule_set)

    def __attrs_post_init__(self) -> None:
        twice = sorted(name for name, n in Counter(self.rule_names).items() if n > 1)
        if twice:
            msg = f"a rule name is used in more than one rule set: {', '.join(twice)}"
            raise ValueError(msg)

    @property
    def rule_names(self) -> tuple[str, ...]:
        """Every rule's name: who acts, then positive terms, then measurable."""
        sets = (self.who_acts, self.positive_terms, self.measurable)
        return tuple(name for rule_set in sets for name in rule_set.rule_names)


DEFAULT_WORDING_RULES = WordingRules()
"""The rule sets used when an agency supplies none."""

LIBRARY_RULES: frozenset[object] = frozenset(
    rule
    for rule_set in (WHO_ACTS_RULES, POSITIVE_TERMS_RULES, MEASURABLE_RULES)
    for _, rule in rule_set.rules
)
"""The library's own rule functions: each returns a tuple of ``Finding`` (typed and
tested), so ``decide`` trusts their answer and checks only an agency's rules."""


_Rules = tuple[tuple[str, Rule[GoalReading, _Context]], ...]
Plan = tuple[_Rules, _Rules, _Rules]
"""The who-acts, positive-terms and measurable rules to ask about one sentence."""

_PLANS: dict[tuple[int, Shape], tuple[WordingRules, Plan]] = {}
_MAX_PLANS = 4096
"""Plans kept at most (some shapes and word-class sets per rule sets in use; agencies
build few rule sets)."""


def plan(rules: WordingRules, reading: GoalReading) -> Plan:
    """The rules of each set that can answer for ``reading``, in order: a guarded rule
    (``_guards``) is left out when the sentence's shape is not one it answers for.
    Worked out once per rule sets and shape."""
    pred = reading.pred
    shape: Shape = (
        (False, reading.subject, False, False, reading.classes)
        if pred is None
        else (True, reading.subject, bool(pred.passive), reading.imperative_worker, reading.classes)
    )
    key = (id(rules), shape)
    found = _PLANS.get(key)
    if found is not None and found[0] is rules:  # an id can be reused once rules are gone
        return found[1]
    if len(_PLANS) >= _MAX_PLANS:
        _PLANS.clear()
    sets = (rules.who_acts, rules.positive_terms, rules.measurable)
    asked = (
        _asked(sets[0].rules, shape),
        _asked(sets[1].rules, shape),
        _asked(sets[2].rules, shape),
    )
    _PLANS[key] = (rules, asked)
    return asked


def _asked(rules: _Rules, shape: Shape) -> _Rules:
    return tuple(
        (name, rule) for name, rule in rules if rule not in guarded or guarded[rule](shape)
    )
