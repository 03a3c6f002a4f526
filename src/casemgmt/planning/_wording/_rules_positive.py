"""Positive terms: the rule set that decides whether a sentence's target is a negative.

A decision list (Garvin 2009: goals are stated in positive terms): the first
rule with a finding decides the sentence, and the first sentence with one
decides the statement. The message quotes the deciding words ("('stop')");
the hint proposes the behaviour that replaces the problem.
"""

from __future__ import annotations

import re

from casemgmt.core import Finding, RuleSet, Severity
from casemgmt.planning._wording import _classes as word
from casemgmt.planning._wording._guards import guard
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._negation import _negative_in
from casemgmt.planning._wording._negex import ELLIPSIS_TAIL
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._tables import _DOWN_VERBS

__all__ = ["NEGATIVE_TERMS", "POSITIVE_TERMS_RULES"]

NEGATIVE_TERMS = "goal.negative-terms"
_NO = ()
_KINDS = {
    "negation": "what the client will not do",
    "cessation": "what the client will stop, avoid or refrain from",
    "reduction": "reducing or limiting a problem",
    "ceiling": "a ceiling on a problem",
    "absence": "the absence of a problem",
}
"""What each kind of negative target frames the goal as (NegEx trigger kinds)."""


def negative(reading: GoalReading, words: str, kind: str) -> tuple[Finding]:
    """The finding for a negative target of ``kind`` decided by ``words``."""
    return (
        Finding(
            NEGATIVE_TERMS,
            Severity.WARNING,
            f"The goal is framed as {_KINDS.get(kind, 'a negative')} ('{words}'); "
            "goals are stated in positive terms (Garvin 2009).",
            hint=_negative_hint(reading.text.lower()),
        ),
    )


# --- the rules, in the order they are asked -----------------------------------------


@guard(verb=True)
def negated_verb(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A negator in the verb group ("will not argue", "will never miss", "try not to")."""
    pred = reading.pred
    if pred is None or not pred.negs:
        return _NO
    toks = reading.toks
    if toks[-1] in ELLIPSIS_TAIL and all(t in ELLIPSIS_TAIL for t in toks[pred.main :]):
        return _NO  # "until she can't any longer": the negated act is left out
    return negative(reading, pred.negs[0], "negation")


def negative_in_scope(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A negative term governing the goal's own clause, NegEx-style (``_negation``):
    cessation ("stop"), reduction ("reduce"), a ceiling ("no more than 2"), absence
    ("free of", "smoke-free", "without" + a problem)."""
    pred, toks = reading.pred, reading.toks
    if pred is None:
        found = _negative_in(toks, 0, len(toks), ctx)
    else:
        found = _negative_in(toks, pred.start, pred.end, ctx)
    return negative(reading, *found) if found else _NO


@guard(verb=True, needs=(word.DOWN_VERB, word.SCALE_NAME))
def falls_on_a_scale(reading: GoalReading, ctx: _Context) -> tuple[Finding, ...]:
    """A symptom scale as the subject of a falling verb ("her PHQ-9 score will fall by
    5"): a reduction on a problem."""
    pred, toks = reading.pred, reading.toks
    if (
        pred is None
        or pred.main >= len(toks)
        or toks[pred.main] not in _DOWN_VERBS
        or not any(t in ctx.lex.scales for t in toks[reading.subj_start : reading.subj_end])
    ):
        return _NO
    return negative(reading, toks[pred.main], "reduction")


POSITIVE_TERMS_RULES: RuleSet[GoalReading, _Context] = RuleSet(
    (
        ("positive.negated-verb", negated_verb),
        ("positive.negative-in-scope", negative_in_scope),
        ("positive.falls-on-a-scale", falls_on_a_scale),
    )
)
"""Positive terms, in order; the first rule with a finding decides the sentence."""


# --- the hint -------------------------------------------------------------------------

_NEG_HINTS = {
    "argue": "get on well with",
    "fight": "resolve disagreements calmly with",
    "drink": "stay sober",
    "use": "stay clean and sober",
    "smoke": "choose smoke-free activities",
    "miss": "attend every",
    "yell": "speak calmly",
    "shout": "speak calmly",
    "hit": "use calm discipline such as time-out",
    "skip": "attend",
    "steal": "pay for what she takes",
    "isolate": "spend time with people",
    "self-harm": "use a safe coping strategy",
    "gamble": "spend leisure money on planned activities",
}
"""A problem behaviour and the positive behaviour a hint proposes instead."""

_NEG_HINT_WORDS = [
    (w, re.compile(rf"\b{re.escape(w)}"), better) for w, better in _NEG_HINTS.items()
]


def _negative_hint(text_low: str) -> str:
    for plain, pattern, better in _NEG_HINT_WORDS:
        if plain in text_low and pattern.search(text_low):  # the substring test is the cheap one
            return (
                "Say what the client will do instead, for example "
                f"'will {better} ...', with how often or by when."
            )
    return (
        "Say what the client will do instead (the behaviour that replaces the problem), "
        "e.g. 'Jon will develop good relationships with his neighbour' rather than "
        "'Jon will not argue with his neighbour' (QCOSS 2014)."
    )
