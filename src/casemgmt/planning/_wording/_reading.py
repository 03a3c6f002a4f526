"""One sentence of a goal as the rule sets see it: the chunked clause and the statement.

A :class:`GoalReading` is the subject every wording rule receives (the
context is the statement's compiled lexicon and names). It holds the goal's
own clause after any opener and goal frame are cut ("By June, my goal is to
..."), the subject's span and role, and the verb group, plus the whole
statement as written for rules that word a hint from it. It shows no text in
its ``repr`` (client details never reach output).
"""

from __future__ import annotations

from casemgmt.planning._wording._clauses import _Predicate
from casemgmt.planning._wording._lexicon import _NONE

__all__ = ["GoalReading"]


class GoalReading:
    """One sentence of a goal statement, chunked; what a wording rule reads.

    ``toks``: the goal's own clause, lower-cased, one token a word ("carla",
    "will", "attend", ...), shorthand written out; ``full``: every token of the
    sentence, opener included; ``subject``: the subject's role ("client",
    "worker", "other", "joint", "program" or "none"), its tokens
    ``toks[subj_start:subj_end]``; ``pred``: the verb group (``main`` is the
    main verb's index, ``lemma`` its base form, ``end`` where the goal's own
    clause ends, ``negs`` the negators in it, ``passive`` "worker" or
    "unknown" for a passive), or None for a goal with no verb ("Stable
    housing"); ``imperative_worker``: an instruction to a worker ("Help Carla
    to ..."); ``text``: the whole statement as written; ``classes``: the word
    classes ``full`` holds, as bits (``_classes``: what the rule guards read).
    """

    __slots__ = (
        "caps",
        "classes",
        "full",
        "imperative_worker",
        "pred",
        "subj_end",
        "subj_start",
        "subject",
        "text",
        "toks",
        "verbs_judged",
    )

    def __init__(
        self, toks: list[str], caps: list[bool], full: list[str], text: str, classes: int
    ) -> None:
        # the chunker (``_chunk``) fills in the subject and the verb group
        self.toks = toks
        self.caps = caps
        self.full = full
        self.subject = _NONE
        self.subj_start = 0
        self.subj_end = 0
        self.pred: _Predicate | None = None
        self.imperative_worker = False
        self.text = text
        self.classes = classes
        self.verbs_judged: tuple[list[int], int, bool] | None = None
        """The verbs a measurable rule judges, worked out once (``_rules_measurable``)."""

    def __repr__(self) -> str:
        n = len(self.toks)
        return f"<GoalReading of {n} token{'s' * (n != 1)}, subject {self.subject!r}>"
