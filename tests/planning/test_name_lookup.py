"""The names a goal judge looks for, written out for speed, match the plain versions (issue 19)."""

from __future__ import annotations

import attrs
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case
from casemgmt.planning._goal_wording import client_names
from casemgmt.planning._wording._check import _within
from casemgmt.testing import strategies as cst

words = st.text(st.sampled_from("ab Xé\t"), max_size=12)


@given(cst.cases(), words)
def test_client_names_are_first_and_full_name_without_repeats(case: Case, name: str) -> None:
    """The first name and the full name (spaces collapsed), each once, never blank."""
    named = attrs.evolve(case, client=attrs.evolve(case.client, name=name))
    full = " ".join(name.split())
    first = full.split(" ", 1)[0]
    assert client_names(named) == tuple(dict.fromkeys(n for n in (first, full) if n))


@given(st.lists(words, max_size=4).map(tuple), words)
def test_within_keeps_the_parts_in_the_text_in_order(parts: tuple[str, ...], text: str) -> None:
    assert _within(parts, text) == tuple(filter(text.__contains__, parts))
