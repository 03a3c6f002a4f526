"""Chunk a sentence, first step: cut what comes before the goal's own clause.

An opener ("By June,", "With help from her worker,", "If the calls get too much,"), a
short adjunct written without its comma ("After school help the child...") and a goal
frame ("My goal is to", "The aim of this program is for") are dropped before the
subject and the verb group are found (``_clauses``).
"""

from __future__ import annotations

from casemgmt.planning._wording._clauses import _find_modal
from casemgmt.planning._wording._lexicon import _Context
from casemgmt.planning._wording._tables import (
    _BE,
    _CLIENT_OPENERS_ALL,
    _CONDITION_OPENERS,
    _DETERMINERS,
    _FRAME_TIME_WORDS,
    _GOAL_NOUNS,
    _MODALS,
    _POSSESSIVES,
    _PREPOSITIONS,
    _SUBJECT_PRONOUNS,
)

__all__ = ["OPENING_CUTS", "_cut_bare_opener", "_cut_goal_frame", "_cut_it_frame", "_cut_opener"]


def _cut_opener(toks: list[str], caps: list[bool], ctx: _Context) -> tuple[list[str], list[bool]]:
    """Drop a leading adverbial clause up to its comma ("By June," / "With help from...,"
    / "The day before your quit day,")."""
    toks, caps = _cut_condition(toks, caps, ctx)
    for _ in range(3):
        if not toks or "," not in toks:
            break
        if toks[0] not in _CLIENT_OPENERS_ALL and not _time_opener(toks, ctx):
            break
        k = toks.index(",")
        if _not_an_opener(toks, k):
            break
        if _find_modal(toks[:k]) >= 0 and toks[0] not in (
            "if",
            "when",
            "whenever",
            "once",
            "while",
            "until",
            "because",
            "since",
            "although",
            "though",
            "unless",
            "after",
            "before",
            "as",
        ):
            break
        toks, caps = toks[k + 1 :], caps[k + 1 :]
    return toks, caps


def _cut_condition(
    toks: list[str], caps: list[bool], ctx: _Context
) -> tuple[list[str], list[bool]]:
    """Drop a condition written without its comma before the goal's subject and modal
    ("If I notice a sore I will seek medical attention"): the condition ends where a
    subject pronoun or the client's name takes a modal."""
    if not toks or toks[0] not in _CONDITION_OPENERS:
        return toks, caps
    for k in range(3, min(len(toks), _CONDITION_SPAN)):
        if toks[k] == "," or toks[k] in _MODALS:
            if toks[k] in _MODALS and (
                toks[k - 1] in _SUBJECT_PRONOUNS or toks[k - 1] in ctx.names
            ):
                return toks[k - 1 :], caps[k - 1 :]
            break
    return toks, caps


_CONDITION_SPAN = 16
"""A comma-less condition's subject and modal stand at most this far in."""


def _time_opener(toks: list[str], ctx: _Context) -> bool:
    """Does a time phrase open the sentence ("The day before your quit day,", "Each
    morning,")? It is an adjunct of the goal's act, like "By June,"."""
    return (
        len(toks) > 2
        and toks[0] in _TIME_DETERMINERS
        and toks[1] in ctx.lex.terms.time_units
        and toks.index(",") <= _TIME_OPENER_SPAN
    )


_TIME_DETERMINERS = frozenset(("the", "each", "every", "this", "that", "one"))
_TIME_OPENER_SPAN = 8
"""A time phrase's comma stands at most this far in."""


def _not_an_opener(toks: list[str], k: int) -> bool:
    """Is the comma at ``k`` no opener's end: inside brackets ("To give up a vice
    (smoking, drinking...)"), or between goals listed as infinitives ("to reduce
    symptoms, to maximize quality of life")?"""
    before = toks[:k]
    if "(" in before and ")" not in before:
        return True
    return toks[0] == _TO and toks[k + 1 : k + 2] == [_TO]


_TO = "to"


def _cut_bare_opener(
    toks: list[str], caps: list[bool], ctx: _Context
) -> tuple[list[str], list[bool]]:
    """Drop a short adjunct written without its comma before an instruction's verb ("After
    school help the child with homework", "On quit day throw away..."): the verb is the
    first base-form verb after a word that is no preposition or determiner. Not a clause
    of its own ("When she is upset call...": it needs its comma) nor a modal's sentence."""
    if not toks or toks[0] not in _BARE_OPENERS or _find_modal(toks) >= 0:
        return toks, caps
    lex = ctx.lex
    for k in range(2, min(len(toks) - 1, _BARE_OPENER_SPAN + 1)):
        w, prev = toks[k], toks[k - 1]
        if prev in _SUBJECT_PRONOUNS or prev in _BE:
            break  # a clause of its own
        if prev in _PREPOSITIONS or prev in _DETERMINERS or prev in _CLIENT_OPENERS_ALL:
            continue
        if lex.any_verb.lemma(w) == w or w in lex.terms.mainly_verbs:
            return toks[k:], caps[k:]
    return toks, caps


_BARE_OPENERS = frozenset(("after", "before", "during", "on", "at", "each", "every", "when"))
_BARE_OPENER_SPAN = 4
"""The verb after a comma-less opener stands at most this far in ("After school help")."""


_FRAME_DETERMINERS = _POSSESSIVES | {"the", "our"}
_IT_FRAME_SPAN = 3
"""Words between "It is" and its "that"/"for": "It is important that", "It is very
important for", "It will be expected that"."""
OPENING_CUTS = (
    _CONDITION_OPENERS
    | _CLIENT_OPENERS_ALL
    | _TIME_DETERMINERS
    | _BARE_OPENERS
    | _FRAME_DETERMINERS
    | _GOAL_NOUNS
    | {"it"}
)
"""Every first word one of the cuts above acts on: a sentence opening with another word
("Carla will...", most) is read as it stands, with no cut asked. A new kind of opener
adds its first words here (``test_wording_fast_paths`` checks the corpus)."""


def _cut_goal_frame(toks: list[str], caps: list[bool]) -> tuple[list[str], list[bool]]:
    """Drop a framing "My goal is to" / "The aim of this program is for": the goal follows."""
    k = 1 if toks and toks[0] in _FRAME_DETERMINERS else 0
    if k and toks[k + 1 : k + 2] and toks[k + 1] in _GOAL_NOUNS and toks[k].isalpha():
        k += 1  # "The ultimate goal is to": one modifier after the determiner
    if len(toks) <= k + 2 or toks[k] not in _GOAL_NOUNS:
        return toks, caps
    verb = k + 2 if toks[k + 1] in _FRAME_TIME_WORDS else k + 1  # "My goal today is to"
    if toks[verb] == "of":  # "the goal of this drug treatment program is to ..."
        verb = next((i for i in range(verb, min(len(toks), verb + 8)) if toks[i] == "is"), -1)
    if verb < 0 or verb + 1 >= len(toks) or toks[verb] not in ("is", "will"):
        return toks, caps
    j = verb + 1
    if toks[j] == "be" and toks[verb] == "will":
        j += 1
    if j < len(toks) and toks[j] in ("to", "for", "that"):
        cut = j if toks[j] == "to" else j + 1
        return toks[cut:], caps[cut:]
    return toks, caps


def _cut_it_frame(toks: list[str], caps: list[bool]) -> tuple[list[str], list[bool]]:
    """Drop an impersonal frame, "It is important that" / "It is vital for": the clause
    after it says who acts ("It is important that staff call Ana weekly": staff)."""
    if len(toks) < 4 or toks[0] != "it" or toks[1] not in ("is", "will"):
        return toks, caps
    j = 3 if toks[1] == "will" and toks[2] == "be" else 2
    for k in range(j + 1, min(len(toks) - 1, j + 1 + _IT_FRAME_SPAN)):
        if toks[k] in ("that", "for"):
            return toks[k + 1 :], caps[k + 1 :]
    return toks, caps
