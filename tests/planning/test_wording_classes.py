"""Word classes (``_classes``): one index per vocabulary, read by the rule guards (issue 15).

The index is built from the ``WordingTerms`` in use, so an agency's added words
must land in it exactly as if the terms had been written out from scratch, and a
rule its guard leaves out for lack of a class must have had nothing to say.
"""

from __future__ import annotations

from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st

from casemgmt.planning import DEFAULT_TERMS, DEFAULT_WORDING_RULES, WordingTerms
from casemgmt.planning._wording._classes import (
    GIVING_VERB,
    PURPOSE_NOUN,
    RECEIVING_VERB,
    SCALE_NAME,
    sentence_classes,
)
from casemgmt.planning._wording._lexicon import _compile, _compile_new, _Context
from casemgmt.planning._wording._rules_who import program_purpose
from casemgmt.planning._wording._rulesets import plan
from casemgmt.planning._wording._sentence import read_sentence
from casemgmt.planning._wording._tables import _GIVING_VERBS
from casemgmt.planning._wording._tokens import _tokenise
from tests.planning.test_wording_outputs_unchanged import OPEN as PINNED
from tests.planning.test_wording_shortcuts import _left_out_found_nothing, _readings
from tests.planning.wording_corpus import load

HERE = Path(__file__).parent
OPEN = [HERE / f"{name}.jsonl" for name in PINNED]
"""The open corpus files whose outputs are pinned (never a fresh corpus's halves)."""

_AGENCY = DEFAULT_TERMS.extend(
    purpose_nouns=["kaupapa"],
    receiving_verbs=["obtain support from"],
    scale_names=["gad-7"],
    worker_nouns=["kaimahi"],
)

_WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyz-", min_size=2, max_size=9).filter(
    lambda w: w.strip("-") == w
)
_FIELDS = ("purpose_nouns", "receiving_verbs", "scale_names", "worker_verbs", "vague_verbs")


@settings(max_examples=40, deadline=None)
@given(added=st.dictionaries(st.sampled_from(_FIELDS), st.lists(_WORD, max_size=3), max_size=3))
def test_extended_terms_index_their_words_as_terms_built_from_scratch(
    added: dict[str, list[str]],
) -> None:
    """``extend`` and a value written out field by field give the same index, and each
    added word carries the class its field gives it (not cached from the defaults)."""
    extended = DEFAULT_TERMS.extend(**added)
    fields = {a.name: getattr(extended, a.name) for a in attrs.fields(WordingTerms)}
    from_scratch = WordingTerms(**fields)
    assert _compile_new.__wrapped__(from_scratch).classes == _compile(extended).classes
    lex = _compile(extended)
    for w in added.get("purpose_nouns", ()):
        assert lex.classes[w] & PURPOSE_NOUN
    for w in added.get("scale_names", ()):
        assert lex.classes[w] & SCALE_NAME
    for w in added.get("receiving_verbs", ()):
        assert lex.classes[w] & RECEIVING_VERB
    for w, bits in lex.classes.items():  # every giving bit is a giving verb's form
        if bits & GIVING_VERB:
            assert w in _GIVING_VERBS or lex.any_verb.lemma(w) in _GIVING_VERBS


@given(words=st.lists(st.sampled_from(["kaupapa", "goal", "gad-7", "provides", "the", "x"])))
def test_a_sentences_classes_are_its_words_classes(words: list[str]) -> None:
    index = _compile(_AGENCY).classes
    expected = 0
    for w in words:
        expected |= index.get(w, 0)
    assert sentence_classes(index, words) == expected


def test_an_agencys_purpose_noun_reaches_its_rule() -> None:
    """The guard reads the agency's terms: with its purpose noun the purpose rule is
    asked (and decides), with the default vocabulary it is left out."""
    text = "The kaupapa of the rehabilitation program is to keep whanau well"
    asked, found = {}, {}
    for terms in (DEFAULT_TERMS, _AGENCY):
        ctx = _Context(_compile(terms), frozenset(), frozenset(), False)
        reading = read_sentence(_tokenise(text)[0], ctx, text)
        assert reading is not None
        asked[terms] = [name for name, _ in plan(DEFAULT_WORDING_RULES, reading)[0]]
        found[terms] = program_purpose(reading, ctx)
    assert "who-acts.program-purpose" in asked[_AGENCY]
    assert found[_AGENCY]
    assert "who-acts.program-purpose" not in asked[DEFAULT_TERMS]
    assert not found[DEFAULT_TERMS]


def test_a_rule_left_out_for_its_word_classes_would_have_found_nothing() -> None:
    """Every sentence of every open corpus, with the default terms and an agency's: each
    guarded rule the plan leaves out answers nothing when asked."""
    left_out = sum(
        _left_out_found_nothing(reading, ctx)
        for path in OPEN
        for entry in load(path)
        for terms in (DEFAULT_TERMS, _AGENCY)
        for reading, ctx in _readings(entry.text, entry.names, terms, entry.family)
    )
    assert left_out > len(OPEN) * 100
