"""Compiled lookups over the word tables: one longest-match lexicon per list, built once per
:class:`WordingTerms` value, and the per-statement context the readers share.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable, Sequence
from typing import NamedTuple

import attrs

from casemgmt.planning._wording._classes import class_index
from casemgmt.planning._wording._irregular import IRREGULAR
from casemgmt.planning._wording._negex import FOUND_WORDS
from casemgmt.planning._wording._tables import _NEG_WORDS
from casemgmt.planning._wording._terms import WordingTerms
from casemgmt.planning._wording._tokens import Shorthand

# --- Lexicon compilation ------------------------------------------------------


def regular_forms(base: str) -> set[str]:
    """The forms the regular rules derive from a base verb (over-generation is harmless);
    ``tools/gen_irregular_verbs.py`` lists only the forms these miss."""
    forms = {base, base + "s", base + "es"}
    if base.endswith("e"):
        forms |= {base + "d", base[:-1] + "ing"}
    else:
        forms |= {base + "ed", base + "ing"}
    if len(base) > 2 and base.endswith("y") and base[-2] not in "aeiou":
        forms |= {base[:-1] + "ies", base[:-1] + "ied"}
    return forms


def action_nouns(verbs: Iterable[str]) -> frozenset[str]:
    """The nouns naming the act of each one-word verb, derived by the regular rules
    ("observe": "observation", "observing"; "instruct": "instruction"; "assess":
    "assessment"), singular and plural; over-generation is harmless, as above."""
    out: set[str] = set()
    for verb in verbs:
        if " " in verb:
            continue
        stem = verb[:-1] if verb.endswith("e") else verb
        for noun in (stem + "ing", stem + "ion", stem + "ation", verb + "ment"):
            out.update((noun, noun + "s"))
    return frozenset(out)


@functools.lru_cache(maxsize=4096)
def _inflect(base: str) -> frozenset[str]:
    """Regular and listed irregular forms of a base verb (a verb is in several lists)."""
    return frozenset(regular_forms(base)).union(IRREGULAR.get(base, ()))


class _Lexicon:
    """Longest-match lookup of single words and phrases, optionally inflected."""

    __slots__ = ("_first", "_lemmas", "anchors", "first_words", "has", "lemma")

    has: Callable[[str], bool]
    """True when a word starts some entry (a one-word entry or a phrase)."""
    lemma: Callable[[str], str | None]
    """The one-word entry a word inflects, if any."""

    def __init__(self, phrases: Iterable[str], *, inflect: bool = False) -> None:
        # head word -> phrase length after the head -> the rest of the phrase -> the
        # answer, built once; the phrases are read in sorted order and the first wins a
        # tie ("enrolled" is a form of "enrol" and of "enroll"), so the answer does not
        # hang on the hash seed that orders a frozenset
        first: dict[str, dict[int, dict[tuple[str, ...], tuple[int, str]]]] = {}
        anchors: set[str] = set()
        for phrase in sorted(phrases):
            words = phrase.split()
            rest = tuple(words[1:])
            answer = (len(words), phrase)
            heads = _inflect(words[0]) if inflect else (words[0],)
            # a phrase's longest word after its head (seldom a grammar word: "a maximum
            # of" -> "maximum"); a one-word entry's every form
            anchors.update((max(rest, key=len),) if rest else heads)
            for head in heads:
                by_length = first.get(head)
                if by_length is None:  # most heads start one entry: no nested look-ups
                    first[head] = {len(rest): {rest: answer}}
                else:
                    by_length.setdefault(len(rest), {}).setdefault(rest, answer)
        self._first = {
            head: tuple(by_length.items())
            if len(by_length) == 1
            else tuple(sorted(by_length.items(), key=lambda e: -e[0]))
            for head, by_length in first.items()
        }
        self.first_words = frozenset(first)
        self.anchors = frozenset(anchors)
        """One word of each entry, as written: where none of them occurs, no entry can."""
        self._lemmas = {
            head: by_length[0][()][1] for head, by_length in first.items() if 0 in by_length
        }
        # the two questions every reader asks, word by word, answered by the dict and the
        # set themselves: a bound C method costs a fifth of a Python method's call
        self.has = self._first.__contains__
        self.lemma = self._lemmas.get

    def match(self, toks: Sequence[str], i: int) -> tuple[int, str] | None:
        """(length, canonical phrase) of the longest entry starting at ``toks[i]``:
        one dict lookup per phrase length, longest first."""
        try:
            entries = self._first.get(toks[i])
        except IndexError:  # past the end: no entry starts there
            return None
        if entries is None:
            return None
        for n, rests in entries:
            if not n:  # the one-word entry: always last, always matches
                return rests[()]
            found = rests.get(tuple(toks[i + 1 : i + 1 + n]))
            if found is not None:
                return found
        return None

    def occurs(self, toks: Sequence[str], start: int, stop: int | None = None) -> bool:
        """Does an entry start at some index in ``[start, stop)`` (default: to the end)?

        Only the words that can start an entry are tried, so a scan of a sentence
        costs a set test per token.
        """
        first = self._first
        if first.keys().isdisjoint(toks[start:stop]):
            return False  # no word that starts an entry: the common case, at C speed
        last = len(toks) if stop is None else min(stop, len(toks))
        return any(self.match(toks, i) is not None for i in range(start, last) if toks[i] in first)

    def heads(self) -> list[str]:
        """Every word that can start an entry."""
        return list(self._first)

    def lemmas(self) -> dict[str, str]:
        """Every form of a one-word entry, with the entry it inflects."""
        return dict(self._lemmas)


@attrs.frozen
class _Compiled:
    """Lexicons built once per :class:`WordingTerms` value."""

    terms: WordingTerms
    client: _Lexicon
    family: _Lexicon
    worker: _Lexicon
    other: _Lexicon
    worker_verbs: _Lexicon
    worker_actions: frozenset[str]
    """Nouns naming a worker verb's act ("observation", "instruction", "training")."""
    worker_participles: _Lexicon
    attainment: _Lexicon
    attainment_states: _Lexicon
    receiving: _Lexicon
    service: _Lexicon
    service_events: _Lexicon
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
    neg_anchors: frozenset[str]
    """Words one of which a negative target needs (``_negation``): without any, none can
    be found, however many trigger words ("a", "or") a clause holds."""
    shorthand: Shorthand
    program: _Lexicon
    program_measures: _Lexicon
    program_aims: _Lexicon
    practice_objects: _Lexicon
    actor_heads: frozenset[str]
    """Words that can start an actor term (worker, client, family, other, program)."""
    clause_stops: frozenset[str]
    """Words where the goal's own clause may end (``_clauses._finish`` looks at no other)."""
    general_verbs: frozenset[str]
    """Base forms of English verbs in general, beyond the lists the rules judge by."""
    classes: dict[str, int]
    """Each word of a word class the rule guards read, with its class bits (``_classes``)."""


def _compile(terms: WordingTerms) -> _Compiled:
    """The lexicons for ``terms``: the last value's by identity (one test, no hashing of
    the terms per statement), else built or found in the cache of recent values."""
    last = _LAST[0]
    if last is None or last.terms is not terms:
        last = _LAST[0] = _compile_new(terms)
    return last


@functools.lru_cache(maxsize=16)
def _compile_new(terms: WordingTerms) -> _Compiled:
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
    actors = [
        _Lexicon(words)
        for words in (
            terms.client_nouns,
            terms.family_nouns,
            terms.worker_nouns,
            terms.other_person_nouns,
            terms.program_nouns,
        )
    ]
    replacement = _Lexicon(terms.replacement_phrases)
    receiving = _Lexicon(terms.receiving_verbs, inflect=True)
    subordinators = _Lexicon(terms.subordinators)
    return _Compiled(
        terms=terms,
        client=actors[0],
        family=actors[1],
        worker=actors[2],
        other=actors[3],
        worker_verbs=_Lexicon(terms.worker_verbs, inflect=True),
        worker_actions=action_nouns(terms.worker_verbs),
        worker_participles=_Lexicon(terms.worker_participles),
        attainment=_Lexicon(terms.attainment_participles),
        attainment_states=_Lexicon(terms.attainment_states),
        receiving=receiving,
        service=_Lexicon(terms.service_nouns),
        service_events=_Lexicon(terms.service_events),
        cessation=cessation,
        reduction=reduction,
        ceiling=ceiling,
        support=_Lexicon(terms.support_words),
        name_phrases=name_phrases,
        replacement=replacement,
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
        subordinators=subordinators,
        any_verb=any_verb,
        shorthand=Shorthand.compile(terms.shorthand),
        program=actors[4],
        program_measures=_Lexicon(terms.program_measures),
        program_aims=_Lexicon(terms.program_aims),
        practice_objects=_Lexicon(terms.practitioner_objects),
        actor_heads=frozenset().union(*(lexicon.first_words for lexicon in actors)),
        clause_stops=replacement.first_words | subordinators.first_words | {"to"},
        general_verbs=terms.mainly_verbs | terms.also_nouns,
        neg_triggers=frozenset(
            [*name_phrases.heads(), *cessation.heads(), *reduction.heads(), *ceiling.heads()]
        )
        | _NEG_WORDS,
        neg_anchors=cessation.anchors | reduction.anchors | ceiling.anchors | FOUND_WORDS,
        classes=class_index(
            lemmas=any_verb.lemmas(),
            receiving_heads=receiving.heads(),
            program_heads=actors[4].heads(),
            client_heads=actors[0].heads(),
            purpose_nouns=terms.purpose_nouns,
            scale_names=terms.scale_names,
        ),
    )


_LAST: list[_Compiled | None] = [None]
"""The lexicons last used (a one-item list so that :func:`_compile` can swap it)."""


_CLIENT = "client"
_WORKER = "worker"
_OTHER = "other"
_JOINT = "joint"
_NONE = "none"
_PROGRAM = "program"


class _Context(NamedTuple):
    """What the readers share for one statement: the lexicons and the client's names.

    A named tuple, not an attrs class: one is built per statement, and a tuple is
    built in a fraction of the time a frozen class's ``__init__`` takes. Every
    wording rule gets it (``ctx.lex.terms`` is the ``WordingTerms`` in use), so its
    repr shows no name part."""

    lex: _Compiled
    names: frozenset[str]
    family: frozenset[str]
    names_given: bool

    def __repr__(self) -> str:
        return "<wording context: lexicon and client names (not shown)>"
