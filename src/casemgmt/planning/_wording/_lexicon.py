"""Compiled lookups over the word tables: one longest-match lexicon per list, built once per
:class:`WordingTerms` value, and the per-statement context the readers share.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence

import attrs

from casemgmt.planning._wording._irregular import IRREGULAR
from casemgmt.planning._wording._tables import _NEG_WORDS
from casemgmt.planning._wording._terms import WordingTerms
from casemgmt.planning._wording._tokens import Shorthand

# --- Lexicon compilation ------------------------------------------------------


def _inflect(base: str) -> set[str]:
    """Regular and listed irregular forms of a base verb (over-generation is harmless)."""
    forms = {base, base + "s", base + "es"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
    if len(base) > 2 and base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    forms |= set(IRREGULAR.get(base, ()))
    return forms


class _Lexicon:
    """Longest-match lookup of single words and phrases, optionally inflected."""

    __slots__ = ("_first", "first_words")

    def __init__(self, phrases: Iterable[str], *, inflect: bool = False) -> None:
        first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for phrase in phrases:
            words = phrase.split()
            heads = _inflect(words[0]) if inflect else {words[0]}
            for head in heads:
                first.setdefault(head, []).append((tuple(words[1:]), phrase))
        for entries in first.values():
            entries.sort(key=lambda e: -len(e[0]))
        self._first = first
        self.first_words = frozenset(first)

    def match(self, toks: Sequence[str], i: int) -> tuple[int, str] | None:
        """(length, canonical phrase) of the longest entry starting at ``toks[i]``."""
        if i >= len(toks):
            return None
        entries = self._first.get(toks[i])
        if entries is None:
            return None
        for rest, phrase in entries:
            n = len(rest)
            if not n or tuple(toks[i + 1 : i + 1 + n]) == rest:
                return n + 1, phrase
        return None

    def heads(self) -> list[str]:
        """Every word that can start an entry."""
        return list(self._first)

    def has(self, word: str) -> bool:
        """True when ``word`` starts some entry (a one-word entry or a phrase)."""
        return word in self._first

    def lemma(self, word: str) -> str | None:
        """The one-word entry ``word`` inflects, if any."""
        entries = self._first.get(word)
        if entries:
            for rest, phrase in entries:
                if not rest:
                    return phrase
        return None


@attrs.frozen
class _Compiled:
    """Lexicons built once per :class:`WordingTerms` value."""

    terms: WordingTerms
    client: _Lexicon
    family: _Lexicon
    worker: _Lexicon
    other: _Lexicon
    worker_verbs: _Lexicon
    worker_participles: _Lexicon
    attainment: _Lexicon
    attainment_states: _Lexicon
    receiving: _Lexicon
    service: _Lexicon
    cessation: _Lexicon
    reduction: _Lexicon
    ceiling: _Lexicon
    support: _Lexicon
    name_phrases: _Lexicon
    replacement: _Lexicon
    frequency: _Lexicon
    deadline_preps: _Lexicon
    countable: _Lexicon
    accomplishment: _Lexicon
    concrete_only: frozenset[str]
    concrete: _Lexicon
    abstract: _Lexicon
    ongoing: frozenset[str]
    vague_markers: _Lexicon
    vague_verbs: _Lexicon
    scales: frozenset[str]
    thresholds: _Lexicon
    catenative: _Lexicon
    subordinators: _Lexicon
    any_verb: _Lexicon
    neg_triggers: frozenset[str]
    shorthand: Shorthand
    program: _Lexicon
    program_measures: _Lexicon


@functools.lru_cache(maxsize=16)
def _compile(terms: WordingTerms) -> _Compiled:
    verbs = (
        terms.worker_verbs
        | terms.accomplishment_verbs
        | terms.vague_verbs
        | terms.cessation_verbs
        | terms.reduction_words
        | terms.catenative_verbs
        | terms.receiving_verbs
        | terms.activity_verbs
    )
    any_verb = _Lexicon(verbs, inflect=True)
    name_phrases = _Lexicon(terms.name_phrases)
    cessation = _Lexicon(terms.cessation_verbs, inflect=True)
    reduction = _Lexicon(terms.reduction_words, inflect=True)
    ceiling = _Lexicon(terms.ceiling_phrases)
    frequency = _Lexicon(terms.frequency_words)
    return _Compiled(
        terms=terms,
        client=_Lexicon(terms.client_nouns),
        family=_Lexicon(terms.family_nouns),
        worker=_Lexicon(terms.worker_nouns),
        other=_Lexicon(terms.other_person_nouns),
        worker_verbs=_Lexicon(terms.worker_verbs, inflect=True),
        worker_participles=_Lexicon(terms.worker_participles),
        attainment=_Lexicon(terms.attainment_participles),
        attainment_states=_Lexicon(terms.attainment_states),
        receiving=_Lexicon(terms.receiving_verbs, inflect=True),
        service=_Lexicon(terms.service_nouns),
        cessation=cessation,
        reduction=reduction,
        ceiling=ceiling,
        support=_Lexicon(terms.support_words),
        name_phrases=name_phrases,
        replacement=_Lexicon(terms.replacement_phrases),
        frequency=frequency,
        deadline_preps=_Lexicon(terms.deadline_prepositions),
        countable=_Lexicon(terms.countable_events),
        accomplishment=_Lexicon(terms.accomplishment_verbs, inflect=True),
        concrete_only=terms.concrete_only_verbs,
        concrete=_Lexicon(terms.concrete_objects),
        abstract=_Lexicon(terms.abstract_objects),
        ongoing=terms.ongoing_institutions,
        vague_markers=_Lexicon(terms.vague_markers),
        vague_verbs=_Lexicon(terms.vague_verbs, inflect=True),
        scales=terms.scale_names,
        thresholds=_Lexicon(terms.threshold_words),
        catenative=_Lexicon(terms.catenative_verbs, inflect=True),
        subordinators=_Lexicon(terms.subordinators),
        any_verb=any_verb,
        shorthand=Shorthand.compile(terms.shorthand),
        program=_Lexicon(terms.program_nouns),
        program_measures=_Lexicon(terms.program_measures),
        neg_triggers=frozenset(
            [*name_phrases.heads(), *cessation.heads(), *reduction.heads(), *ceiling.heads()]
        )
        | _NEG_WORDS,
    )


_CLIENT = "client"
_WORKER = "worker"
_OTHER = "other"
_JOINT = "joint"
_NONE = "none"
_PROGRAM = "program"


@attrs.frozen
class _Context:
    lex: _Compiled
    names: frozenset[str]
    family: frozenset[str]
    names_given: bool


@attrs.define
class _Verdict:
    """What one statement's sentences add up to."""

    actor_reason: str | None = None
    actor_word: str | None = None
    negative_word: str | None = None
    negative_kind: str | None = None
    measurable: bool = False
    vague_word: str | None = None
    client_clause: bool = False
    helped_predicate: str | None = None
