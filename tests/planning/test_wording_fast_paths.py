"""The goal-wording analyser's fast paths read exactly as the general paths (issue 15).

Speed comes from shortcuts for the common shapes (ASCII text, a subject that is the
client's name); each is checked here against the general reading it stands for, so a
shortcut can never change a finding.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from casemgmt.planning import DEFAULT_TERMS
from casemgmt.planning._wording._actors import _classify_np
from casemgmt.planning._wording._check import _NAME_PART, _TITLES, _name_parts
from casemgmt.planning._wording._chunk import _chunk
from casemgmt.planning._wording._lexicon import _compile, _Context
from casemgmt.planning._wording._openers import (
    OPENING_CUTS,
    _cut_bare_opener,
    _cut_goal_frame,
    _cut_opener,
)
from casemgmt.planning._wording._tokens import (
    _CONTRACTIONS,
    _LINE_LABEL,
    _QUOTES,
    _TOKEN,
    _TOKEN_ASCII,
    _ascii_tokens,
    _display_forms,
    _fold,
    _label_end,
    _spell_out,
    _tokenise,
)
from tests.planning.wording_corpus import CORPUS

_ASCII_TEXT = st.lists(
    st.sampled_from([*"aAkKsStTnNdDrRhHmMpPx09$%'-.,:/()&!?; \n", "-x", "'s", "'S", "1st", "2PM"]),
    max_size=30,
).map("".join)


@given(text=_ASCII_TEXT)
def test_the_ascii_tokeniser_splits_as_the_case_blind_one(text: str) -> None:
    """Cases spelt out (``[sS][tT]``) match what ``re.I`` matches, on ASCII text."""
    assert _TOKEN_ASCII.findall(text) == _TOKEN.findall(text)


_QUOTED = st.lists(
    st.sampled_from(
        [*"aInNsStT' .", "\u2019", "\u2018", "`", "\u201c", "\u017f",
         "won't ", "Shan't ", "CAN'T ", "cannot ", "n't ", "'ll ", "I'm ", "'re ", "'ve ", "'d ",
         "'s ", "s' ", "James' "]
    ),
    max_size=24,
).map("".join)  # fmt: skip


@settings(max_examples=300)
@given(text=_QUOTED)
def test_contractions_are_spelt_out_as_every_pattern_in_turn_would(text: str) -> None:
    """Skipping a contraction's pattern where its substring is absent changes nothing
    ("\u017f", a long s, matches "s" case-blind: such text runs every pattern)."""
    expected = text
    for pattern, repl in (*_QUOTES, *((p, r) for _, p, r in _CONTRACTIONS)):
        expected = pattern.sub(repl, expected)
    assert _spell_out(text) == expected


_LINE = st.lists(
    st.sampled_from(
        [*"aAbBcCgGkKsStTxX09$%'-.,:/()&!?;*# \t", "-x", "'s", "1st", "2PM", "Goal",
         "Short-term", "aim", "Aim:", "c)", "(3)", "1.", "$ 5", "step", "Interventions"]
    ),
    max_size=24,
).map("".join)  # fmt: skip


@given(line=_LINE)
def test_an_ascii_line_is_tokenised_as_the_pattern_reads_it(line: str) -> None:
    """Splitting at spaces first and skipping the label pattern for plain openings
    ("Carla will...") finds the label and the tokens the patterns find.

    Lines as ``_tokenise`` hands them over: ``str.splitlines`` has already split
    at the separators it knows ("\x1c" among them), so none is drawn here.
    """
    start = _LINE_LABEL.match(line).end()  # type: ignore[union-attr]
    assert _label_end(line) == start
    assert _ascii_tokens(line, _label_end(line)) == _TOKEN.findall(line, start)


_PLAIN_LINE = st.lists(
    st.sampled_from(
        [*"aAbBkKsStTxX0129.,:/()&%!?;*#_\"+=@[]{} \t\x1c", "Ab", "ref", "12", "3.5", "5%",
         "K10", "2x", "x2", "10:30", "1/2", "(3)", "3rd", "AM"]
    ),
    max_size=24,
).map("".join)  # fmt: skip


@given(line=_PLAIN_LINE)
def test_a_line_without_pattern_marks_is_split_as_the_pattern_reads_it(line: str) -> None:
    """A line with no money, quote, hyphen or mixed letters and digits is split at C speed
    (marks spaced apart, then ``str.split``); it gives the pattern's tokens."""
    assert _ascii_tokens(line, 0) == _TOKEN.findall(line)
    assert _ascii_tokens(line, 2) == _TOKEN.findall(line, 2)


def test_display_forms_keep_each_words_first_spelling() -> None:
    """Hints quote a word as first written ("Rent", not the later "RENT")."""
    forms = _display_forms("Pay Rent on time; RENT is due on the 1st. Don't miss it")
    assert forms["rent"] == "Rent"
    assert forms["1st"] == "1st"
    assert forms["do"] == "Do"
    assert "don't" not in forms


_NAMES = st.sampled_from(["carla", "jon", "amina", "liam"])
_REST = st.sampled_from(
    [
        "will attend every session",
        "will be supported to find housing",
        "'s worker will call",
        "and her case manager will meet weekly",
        "will not drink",
    ]
)


@given(name=_NAMES, rest=_REST, cap=st.booleans())
def test_a_name_alone_as_subject_reads_as_the_general_subject_reader(
    name: str, rest: str, *, cap: bool
) -> None:
    """ "Carla will...": the shortcut's answer is the one ``_classify_np`` gives."""
    (sentence,) = _tokenise(f"{name.title() if cap else name} {rest}")
    ctx = _Context(_compile(DEFAULT_TERMS), frozenset([name]), frozenset(), names_given=True)
    clause = _chunk(sentence.toks, sentence.caps, list(sentence.toks), ctx, "")
    general = _classify_np(sentence.toks, sentence.caps, clause.subj_start, clause.subj_end, ctx)
    assert clause.subject == general


_NAME_TEXT = st.lists(
    st.sampled_from([*"aAbBzZ '-.\t", "Mr", "dr", "Zoë", "O'Brien", "Ann-Marie", "Jo"]),
    max_size=8,
).map("".join)


@given(names=st.lists(_NAME_TEXT, max_size=3), drop=st.booleans())
def test_plain_names_are_split_as_the_name_pattern_reads_them(
    names: list[str], *, drop: bool
) -> None:
    """Names of ASCII letters and spaces skip the name pattern; the parts are the same."""
    words = _NAME_PART.findall(_fold(" ".join(names)).lower())
    expected = tuple(sorted({w for w in words if len(w) > 1 and not (drop and w in _TITLES)}))
    assert _name_parts(names, drop_titles=drop) == expected


def test_a_sentence_opening_with_no_opening_cut_word_is_left_as_it_is() -> None:
    """``read_sentence`` asks no cut of a sentence whose first word is not in
    ``OPENING_CUTS``: every cut must leave such a sentence unchanged. Checked on each
    corpus sentence from every word on, so every word of the corpus opens one."""
    lex = _compile(DEFAULT_TERMS)
    checked = 0
    for entry in CORPUS:
        ctx = _Context(lex, frozenset(w.lower() for w in entry.names), frozenset(), True)
        for sentence in _tokenise(entry.text, lex.shorthand):
            for k in range(len(sentence.toks)):
                toks, caps = sentence.toks[k:], sentence.caps[k:]
                if toks[0] in OPENING_CUTS:
                    continue
                checked += 1
                assert _cut_opener(toks, caps, ctx) == (toks, caps)
                assert _cut_bare_opener(toks, caps, ctx) == (toks, caps)
                assert _cut_goal_frame(toks, caps) == (toks, caps)
    assert checked > 1000
