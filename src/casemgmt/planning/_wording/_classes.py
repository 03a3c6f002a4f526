"""Word classes: each word of a sentence looked up once, as a bit of a class mask.

Many rules answer only when a sentence holds a word of some class: "program
purpose" needs a purpose noun ("goal of the program"), "receives service" a
receiving verb, "held until" an "until" and a verb of holding a state. The
classes are read off the lexicon in use (a :class:`WordingTerms`, an agency's
added words included) into one index, word -> bits, built once per compiled
lexicon (``_lexicon._compile``), and a sentence's mask is the union of its
words' bits, found with one set intersection (:func:`sentence_classes`). A rule
declares the classes it needs on its guard (``_guards.guard(needs=...)``), and
the rule sets skip it for a sentence without them. Each class is a necessary
condition of the rule that names it, so a class may hold more words than the
rule could use (over-marking only asks a rule that answers nothing), never fewer.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from casemgmt.planning._wording._tables import (
    _AIM_DIRECTIONS,
    _ASSURANCE_VERBS,
    _BE,
    _DOWN_VERBS,
    _GET,
    _GIVING_VERBS,
    _HOLDING_VERBS,
    _PEOPLE_RELATIVES,
    _PLURAL_LINKS,
    _SPAN_PREPOSITIONS,
)

__all__ = [
    "AIM_VERB",
    "ASSURANCE_VERB",
    "BE_VERB",
    "CLIENT_NOUN",
    "DOWN_VERB",
    "GIVING_VERB",
    "HOLDING_VERB",
    "IN",
    "OF",
    "PEOPLE_RELATIVE",
    "PLURAL_LINK",
    "PROGRAM_NOUN",
    "PURPOSE_NOUN",
    "RECEIVING_VERB",
    "SCALE_NAME",
    "UNTIL",
    "class_index",
    "sentence_classes",
]

PURPOSE_NOUN = 1 << 0
"""A purpose noun ("goal", "purpose", "mission"): ``terms.purpose_nouns``."""
RECEIVING_VERB = 1 << 1
"""A word that starts a receiving verb entry ("receive", "benefit from")."""
GIVING_VERB = 1 << 2
"""A form of a giving verb ("provides", "offered"), read by its lemma."""
DOWN_VERB = 1 << 3
"""A falling verb ("fall", "drops", "decline")."""
SCALE_NAME = 1 << 4
"""A symptom scale's name ("phq-9", "k10"): ``terms.scale_names``."""
BE_VERB = 1 << 5
"""A form of "be" or "get", or a verb whose lemma is "be": a verb group of state."""
ASSURANCE_VERB = 1 << 6
"""A form of "ensure" or "make" (a worker making sure of a state)."""
HOLDING_VERB = 1 << 7
"""A form of a verb of holding a state ("stay", "live", "remain"), "be" included."""
UNTIL = 1 << 8
"""A word that bounds a held state ("until", "throughout"; "for" the rest of the year)."""
IN = 1 << 9
"""The preposition "in" (being in a place or position)."""
PROGRAM_NOUN = 1 << 10
"""A word that starts a term for clients in general ("participants", "program tenants")."""
CLIENT_NOUN = 1 << 11
"""A word that starts a term for the client ("client", "she", "the young person")."""
AIM_VERB = 1 << 12
"""A form of a verb that sets a direction for society or a service ("reduce", "enhance")."""
OF = 1 << 13
"""The preposition "of" (a share: "80% of youth", "the number of clients")."""
PEOPLE_RELATIVE = 1 << 14
"""A relative about people ("who", "whose"): a population may be restricted by it."""
PLURAL_LINK = 1 << 15
"""A plural verb after a subject ("are", "were", "have"): "Youth are responsible to..."."""


def _by_lemma(lemmas: Mapping[str, str], wanted: Iterable[str]) -> set[str]:
    """The words whose lemma is one of ``wanted``, and the wanted words themselves (a
    rule reads the lemma of the verb, or the word itself when it inflects no entry)."""
    wanted = frozenset(wanted)
    return {w for w, lemma in lemmas.items() if lemma in wanted} | wanted


def class_index(
    *,
    lemmas: Mapping[str, str],
    receiving_heads: Iterable[str],
    program_heads: Iterable[str],
    client_heads: Iterable[str],
    purpose_nouns: Iterable[str],
    scale_names: Iterable[str],
) -> dict[str, int]:
    """Each word of a class, with the bits of all its classes. ``lemmas`` maps every
    verb form of the lexicon to its base form (``_Lexicon.lemma``); the rest are the
    terms' own lists."""
    be = _BE | _GET | _by_lemma(lemmas, ("be",))
    classes: tuple[tuple[int, Iterable[str]], ...] = (
        (PURPOSE_NOUN, purpose_nouns),
        (RECEIVING_VERB, receiving_heads),
        (GIVING_VERB, _by_lemma(lemmas, _GIVING_VERBS)),
        (DOWN_VERB, _DOWN_VERBS),
        (SCALE_NAME, scale_names),
        (BE_VERB, be),
        (ASSURANCE_VERB, _by_lemma(lemmas, _ASSURANCE_VERBS)),
        (HOLDING_VERB, _by_lemma(lemmas, _HOLDING_VERBS) | be),
        (UNTIL, _SPAN_PREPOSITIONS),
        (IN, ("in",)),
        (PROGRAM_NOUN, program_heads),
        (CLIENT_NOUN, client_heads),
        (AIM_VERB, _by_lemma(lemmas, _AIM_DIRECTIONS)),
        (OF, ("of",)),
        (PEOPLE_RELATIVE, _PEOPLE_RELATIVES),
        (PLURAL_LINK, _PLURAL_LINKS),
    )
    index: dict[str, int] = {}
    for bit, words in classes:
        for w in words:
            index[w] = index.get(w, 0) | bit
    return index


def sentence_classes(index: Mapping[str, int], words: Iterable[str]) -> int:
    """The union of the classes of ``words``: one set intersection, then a bit for each
    word that has any (a few per sentence)."""
    mask = 0
    for w in index.keys() & words:
        mask |= index[w]
    return mask
