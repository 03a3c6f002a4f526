"""The goal-wording shortcuts that skip work decide exactly as the full walk (issue 15).

Two shortcuts skip whole pieces of the analysis: the rule guards (``_guards``: a
rule is not asked about a sentence whose shape it cannot answer for) and the NegEx
anchors (``_lexicon.neg_anchors``: a clause holding no word a negative target needs
is dismissed at once). Each is checked here against what it stands for, and with
an agency's own terms, which must drive the shortcuts too.
"""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from casemgmt.planning import (
    DEFAULT_TERMS,
    DEFAULT_WORDING_RULES,
    WordingTerms,
    check_goal_statement,
)
from casemgmt.planning._wording._check import GoalJudge
from casemgmt.planning._wording._guards import guarded
from casemgmt.planning._wording._lexicon import _compile, _Context
from casemgmt.planning._wording._negation import _negative_in
from casemgmt.planning._wording._reading import GoalReading
from casemgmt.planning._wording._rulesets import plan
from casemgmt.planning._wording._sentence import read_sentence
from casemgmt.planning._wording._tokens import _tokenise
from tests.planning.wording_corpus import CORPUS

_AGENCY_TERMS = DEFAULT_TERMS.extend(
    ceiling_phrases=["a ceiling of"], cessation_verbs=["swear off"], worker_nouns=["kaimahi"]
)


def _readings(
    text: str,
    names: tuple[str, ...],
    terms: WordingTerms = DEFAULT_TERMS,
    family: tuple[str, ...] = (),
) -> list[tuple[GoalReading, _Context]]:
    judge = GoalJudge(names, family, terms)
    _, text, parts, family = judge._key(text)
    ctx = _Context(_compile(terms), frozenset(parts), frozenset(family), bool(parts))
    out = []
    for sent in _tokenise(text, ctx.lex.shorthand):
        reading = read_sentence(sent, ctx, text)
        if reading is not None:
            out.append((reading, ctx))
    return out


def _left_out_found_nothing(reading: GoalReading, ctx: _Context) -> int:
    """Ask each guarded rule the plan leaves out of this sentence: each must find nothing.
    Returns how many were left out."""
    sets = (
        DEFAULT_WORDING_RULES.who_acts,
        DEFAULT_WORDING_RULES.positive_terms,
        DEFAULT_WORDING_RULES.measurable,
    )
    left_out = 0
    asked = plan(DEFAULT_WORDING_RULES, reading)
    for rule_set, kept in zip(sets, asked, strict=True):
        for name, rule in rule_set.rules:
            if (name, rule) not in kept:
                assert rule in guarded
                assert tuple(rule(reading, ctx)) == (), name
                left_out += 1
    return left_out


def test_a_rule_left_out_by_its_guard_would_have_found_nothing() -> None:
    """Every corpus sentence: each guarded rule the plan leaves out answers nothing."""
    left_out = sum(
        _left_out_found_nothing(reading, ctx)
        for entry in CORPUS
        for reading, ctx in _readings(entry.text, entry.names)
    )
    assert left_out > len(CORPUS)  # the guards do leave rules out


def test_an_agency_rule_is_always_asked() -> None:
    """A rule with no guard (an agency's) is in every plan, in its place."""

    def local_rule(reading: GoalReading, ctx: _Context) -> tuple[()]:
        return ()

    rules = attrs.evolve(
        DEFAULT_WORDING_RULES,
        who_acts=DEFAULT_WORDING_RULES.who_acts.add("agency.local", local_rule),
    )
    for entry in CORPUS[:40]:
        for reading, _ in _readings(entry.text, entry.names):
            assert ("agency.local", local_rule) == plan(rules, reading)[0][-1]


_WORDS = st.sampled_from(
    [
        *("a", "maximum", "of", "no", "more", "than", "or", "less", "only", "if", "at", "most"),
        *("stop", "stops", "cut", "down", "out", "give", "up", "without", "free", "smoke-free"),
        *("zero", "not", "never", "unless", "reasons", "to", "quit", "with", "cues", "reduce"),
        *("ceiling", "swear", "off", "drinks", "will", "jon", "walk", "the", "week", "2", ","),
        *("(", ")", "relapse", "prevention", "plan", "fewer", "below", "under", "and", "kaimahi"),
    ]
)


@given(toks=st.lists(_WORDS, min_size=1, max_size=12), cut=st.integers(0, 12))
def test_the_anchor_shortcut_decides_as_the_full_negex_walk(toks: list[str], cut: int) -> None:
    """With the anchors made useless (every word an anchor), the walk finds the same
    negative target, with the default terms and with an agency's."""
    end = min(cut, len(toks)) or len(toks)
    for terms in (DEFAULT_TERMS, _AGENCY_TERMS):
        lex = _compile(terms)
        ctx = _Context(lex, frozenset(("jon",)), frozenset(), True)
        walk = _Context(attrs.evolve(lex, neg_anchors=frozenset(toks)), ctx.names, ctx.family, True)
        assert _negative_in(toks, 0, end, ctx) == _negative_in(toks, 0, end, walk)


def test_an_agencys_own_negative_phrases_are_anchors() -> None:
    """Terms an agency adds are found through the shortcut: the anchor of "a ceiling of"
    is "ceiling", not the "a" every clause holds."""
    lex = _compile(_AGENCY_TERMS)
    assert {"ceiling", "off"} <= lex.neg_anchors
    assert "a" not in lex.neg_anchors
    for text, words in (
        ("Jon will keep his drinking to a ceiling of 2 beers a week", "a ceiling of"),
        ("Jon will swear off gambling", "swear off"),
    ):
        found = check_goal_statement(text, client_names=["Jon"], terms=_AGENCY_TERMS)
        assert any(f"'{words}'" in f.message for f in found), text
        plain = check_goal_statement(text, client_names=["Jon"])
        assert not any(f"'{words}'" in f.message for f in plain), text
