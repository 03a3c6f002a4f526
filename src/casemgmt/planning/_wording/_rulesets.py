"""The three wording rule sets as one value an agency can read, copy and change.

``check_goal_statement(text, rules=...)`` takes a :class:`WordingRules`;
each field is a core ``RuleSet`` (named, ordered, immutable), so an agency
adds, replaces or removes a rule with the same ``add``/``replace``/``remove``
it uses for plan and closure rules, and nothing global changes.
"""

from __future__ import annotations

from collections import Counter

import attrs

from casemgmt.core import RuleSet
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._rules_measurable import MEASURABLE_RULES
from casemgmt.planning._wording._rules_positive import POSITIVE_TERMS_RULES
from casemgmt.planning._wording._rules_who import WHO_ACTS_RULES

__all__ = ["DEFAULT_WORDING_RULES", "WordingRules"]

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
