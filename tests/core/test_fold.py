"""The two strengths of folding (``core._fold``): the goal-wording analyser's accent
stripping is the first step of the full fold, so the two never disagree on a name."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from casemgmt.core._fold import fold, strip_accents

_NAMEISH = st.text(
    alphabet=st.sampled_from(
        list("aeiouzAEZ '-\u00eb\u00e9\u00c9\u00f8\u00df\u2019\u2013\u0301\u00ad")
    ),
    max_size=20,
)


@given(text=_NAMEISH)
def test_stripping_accents_first_does_not_change_the_fold(text: str) -> None:
    """Folding a statement the analyser has stripped gives the fold of the original."""
    assert fold(strip_accents(text)) == fold(text)


@given(text=_NAMEISH)
def test_stripping_accents_keeps_case_and_marks(text: str) -> None:
    """Capitals, dashes and quote marks survive: the analyser reads them."""
    stripped = strip_accents(text)
    assert sum(c.isupper() for c in stripped) >= sum(c in "AEZ\u00c9" for c in text)
    assert stripped.count("\u2019") == text.count("\u2019")
    assert stripped.count("\u2013") == text.count("\u2013")
    assert "\u0301" not in stripped


def test_accents_come_off_letters_only() -> None:
    assert strip_accents("Zo\u00eb Ren\u00e9e \u00d8ST") == "Zoe Renee \u00d8ST"
    assert fold("Zo\u00eb Ren\u00e9e \u00d8ST") == "zoe renee ost"


def _has_simple_case(char: str) -> bool:
    upper, lower = char.upper(), char.lower()
    return len(upper) == len(lower) == 1 and upper.lower() == lower


@given(st.characters(categories=("Lu", "Ll")).filter(_has_simple_case))
def test_a_letter_folds_the_same_in_either_case(char: str) -> None:
    """A name written in capitals must match it written in small letters (the scrubber and
    name matching rely on it), also for letters the look-alike table lists in one case only."""
    assert fold(char.upper()) == fold(char.lower())


def test_capital_eth_thorn_and_h_stroke_fold_as_their_small_letters() -> None:
    """Found by the scrubber's name property ('Ða' survived in 'ða said')."""
    assert [fold(c) for c in "\u00d0\u00de\u0126"] == [fold(c) for c in "\u00f0\u00fe\u0127"]
    assert fold("\u00d0A\u00deA") == "datha"
