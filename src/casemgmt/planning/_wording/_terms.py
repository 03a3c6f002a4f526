"""Word lists behind the goal-wording checks, kept as data an agency can read and extend.

Each field of :class:`WordingTerms` is a set of lower-case words or phrases
(phrases are words separated by single spaces). Verbs are listed in their base
form; inflections (``-s``, ``-ed``, ``-ing``) are derived when the terms are
compiled. ``DEFAULT_TERMS.extend(worker_nouns=["kaseworker"])`` returns a new
value; nothing global changes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import attrs

from casemgmt.planning._wording._verbs import _ALSO_NOUNS, _MAINLY_VERBS
from casemgmt.planning._wording._verbs_rare import _RARE_VERBS
from casemgmt.planning._wording._vocabulary import (
    _ABSTRACT_OBJECTS,
    _ACCOMPLISHMENT_VERBS,
    _ACTIVITY_VERBS,
    _ADVERBS,
    _ATTAINMENT_PARTICIPLES,
    _ATTAINMENT_STATES,
    _CARE_VERBS,
    _CATENATIVE_VERBS,
    _CEILING_PHRASES,
    _CESSATION_VERBS,
    _CONCRETE_OBJECTS,
    _CONCRETE_ONLY_VERBS,
    _COUNTABLE_EVENTS,
    _DEADLINE_PREPOSITIONS,
    _FREE_SUFFIX_EXCEPTIONS,
    _FREQUENCY_WORDS,
    _MONTHS,
    _NAME_HEADS,
    _NAME_PHRASES,
    _NEGATORS,
    _NUMBER_WORDS,
    _ONGOING_INSTITUTIONS,
    _RECEIVING_VERBS,
    _REDUCTION_WORDS,
    _REPLACEMENT_PHRASES,
    _SCALE_NAMES,
    _SERVICE_EVENTS,
    _SERVICE_NOUNS,
    _SUBORDINATORS,
    _SUPPORT_WORDS,
    _THRESHOLD_STATES,
    _THRESHOLD_WORDS,
    _TIME_UNITS,
    _VAGUE_MARKERS,
    _VAGUE_VERBS,
    _WEEKDAYS,
    _WORKER_PARTICIPLES,
    _WORKER_VERBS,
)
from casemgmt.planning._wording._vocabulary_actors import (
    _CLIENT_NOUNS,
    _FAMILY_NOUNS,
    _ORGANISATION_HEADS,
    _OTHER_PERSON_NOUNS,
    _PRACTITIONER_OBJECTS,
    _PROGRAM_AIMS,
    _PROGRAM_MEASURES,
    _PROGRAM_NOUNS,
    _PURPOSE_NOUNS,
    _SHORTHAND,
    _WORKER_NOUNS,
)

__all__ = ["DEFAULT_TERMS", "WordingTerms"]


def _words(text: str) -> frozenset[str]:
    """Split a ``|``-separated list (phrases may hold spaces) into a frozenset."""
    return frozenset(w.strip().lower() for w in text.split("|") if w.strip())


def _to_set(value: Iterable[str]) -> frozenset[str]:
    if isinstance(value, str):
        value = [value]
    return frozenset(" ".join(str(v).lower().split()) for v in value if str(v).strip())


def _field(text: str) -> frozenset[str]:
    return attrs.field(default=_words(text), converter=_to_set)


@attrs.frozen(cache_hash=True)
class WordingTerms:
    """The vocabulary the goal-wording analyser reads; immutable, extend with :meth:`extend`.

    Agencies add their own role names, services or vague terms without
    editing the library: ``DEFAULT_TERMS.extend(worker_nouns=["navigator"])``.
    """

    client_nouns: frozenset[str] = _field(_CLIENT_NOUNS)
    family_nouns: frozenset[str] = _field(_FAMILY_NOUNS)
    worker_nouns: frozenset[str] = _field(_WORKER_NOUNS)
    other_person_nouns: frozenset[str] = _field(_OTHER_PERSON_NOUNS)
    program_nouns: frozenset[str] = _field(_PROGRAM_NOUNS)
    program_measures: frozenset[str] = _field(_PROGRAM_MEASURES)
    program_aims: frozenset[str] = _field(_PROGRAM_AIMS)
    organisation_heads: frozenset[str] = _field(_ORGANISATION_HEADS)
    purpose_nouns: frozenset[str] = _field(_PURPOSE_NOUNS)
    shorthand: frozenset[str] = _field(_SHORTHAND)
    practitioner_objects: frozenset[str] = _field(_PRACTITIONER_OBJECTS)
    """Things only a practitioner handles ("urinary catheter", "token system"): an
    instruction acting on one is a worker's task."""
    worker_verbs: frozenset[str] = _field(_WORKER_VERBS)
    worker_participles: frozenset[str] = _field(_WORKER_PARTICIPLES)
    attainment_participles: frozenset[str] = _field(_ATTAINMENT_PARTICIPLES)
    attainment_states: frozenset[str] = _field(_ATTAINMENT_STATES)
    receiving_verbs: frozenset[str] = _field(_RECEIVING_VERBS)
    activity_verbs: frozenset[str] = _field(_ACTIVITY_VERBS)
    service_nouns: frozenset[str] = _field(_SERVICE_NOUNS)
    service_events: frozenset[str] = _field(_SERVICE_EVENTS)
    """Services given once ("referral", "assessment"): named without a verb, one event."""
    negators: frozenset[str] = _field(_NEGATORS)
    cessation_verbs: frozenset[str] = _field(_CESSATION_VERBS)
    reduction_words: frozenset[str] = _field(_REDUCTION_WORDS)
    ceiling_phrases: frozenset[str] = _field(_CEILING_PHRASES)
    support_words: frozenset[str] = _field(_SUPPORT_WORDS)
    name_heads: frozenset[str] = _field(_NAME_HEADS)
    name_phrases: frozenset[str] = _field(_NAME_PHRASES)
    free_suffix_exceptions: frozenset[str] = _field(_FREE_SUFFIX_EXCEPTIONS)
    replacement_phrases: frozenset[str] = _field(_REPLACEMENT_PHRASES)
    number_words: frozenset[str] = _field(_NUMBER_WORDS)
    frequency_words: frozenset[str] = _field(_FREQUENCY_WORDS)
    time_units: frozenset[str] = _field(_TIME_UNITS)
    months: frozenset[str] = _field(_MONTHS)
    weekdays: frozenset[str] = _field(_WEEKDAYS)
    deadline_prepositions: frozenset[str] = _field(_DEADLINE_PREPOSITIONS)
    countable_events: frozenset[str] = _field(_COUNTABLE_EVENTS)
    accomplishment_verbs: frozenset[str] = _field(_ACCOMPLISHMENT_VERBS)
    concrete_only_verbs: frozenset[str] = _field(_CONCRETE_ONLY_VERBS)
    concrete_objects: frozenset[str] = _field(_CONCRETE_OBJECTS)
    abstract_objects: frozenset[str] = _field(_ABSTRACT_OBJECTS)
    ongoing_institutions: frozenset[str] = _field(_ONGOING_INSTITUTIONS)
    vague_markers: frozenset[str] = _field(_VAGUE_MARKERS)
    vague_verbs: frozenset[str] = _field(_VAGUE_VERBS)
    scale_names: frozenset[str] = _field(_SCALE_NAMES)
    threshold_words: frozenset[str] = _field(_THRESHOLD_WORDS)
    threshold_states: frozenset[str] = _field(_THRESHOLD_STATES)
    """States read against a clinical norm ("afebrile", "normotensive"): a threshold."""
    catenative_verbs: frozenset[str] = _field(_CATENATIVE_VERBS)
    subordinators: frozenset[str] = _field(_SUBORDINATORS)
    adverbs: frozenset[str] = _field(_ADVERBS)
    mainly_verbs: frozenset[str] = _field(_MAINLY_VERBS + "|" + _RARE_VERBS)
    """English verbs in general (WordNet): a statement opening with one is an instruction."""
    also_nouns: frozenset[str] = _field(_ALSO_NOUNS + "|" + _CARE_VERBS)
    """Verbs as often nouns ("transport", "water"): an instruction only before an object."""

    def extend(self, **more: Iterable[str]) -> WordingTerms:
        """Return a copy with each named field widened by the given words.

        ``terms.extend(worker_nouns=["navigator"], vague_markers=["in time"])``;
        an unknown field name raises ``TypeError`` (as ``attrs.evolve`` does).
        """
        return self._changed(more, frozenset.union)

    def without(self, **fewer: Iterable[str]) -> WordingTerms:
        """Return a copy with the given words removed from each named field."""
        return self._changed(fewer, frozenset.difference)

    def _changed(
        self,
        words_by_name: dict[str, Iterable[str]],
        combine: Callable[[frozenset[str], frozenset[str]], frozenset[str]],
    ) -> WordingTerms:
        changes: dict[str, frozenset[str]] = {}
        for name, words in words_by_name.items():
            current = getattr(self, name, None)
            if not isinstance(current, frozenset):
                msg = f"WordingTerms has no word list named {name!r}"
                raise TypeError(msg)
            changes[name] = combine(current, _to_set(words))
        return attrs.evolve(self, **changes)


DEFAULT_TERMS = WordingTerms()
"""The vocabulary used when an agency supplies none."""
