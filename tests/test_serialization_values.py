"""The loader's scalar parsers accept and refuse exactly what the careful hooks do.

The fast path reads dates without a regular expression and tests identifiers
inline; these properties hold the new tests to the old ones on generated
text, so a document is accepted, or refused with the same problems at the
same paths, whichever path reads it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from casemgmt import CaseDataError, loads
from casemgmt._codegen import _values
from casemgmt.planning import Goal

_OLD_SHAPE = re.compile(r"\d{4}-\d{2}-\d{2}")  # the pattern the fast path used before
_CAREFUL_SHAPE = re.compile(r"^\d{4}-\d{2}-\d{2}$")  # the careful hook's, unchanged


def _old_fast(text: str) -> dt.date | None:
    """The previous fast-path date parser: pattern, then ``fromisoformat``."""
    if not _OLD_SHAPE.fullmatch(text):
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return None


def _old_careful(text: str) -> dt.date | str:
    """The careful hook's answer: the date, or the problem it reports."""
    if not _CAREFUL_SHAPE.match(text):
        return "expected a date as text, YYYY-MM-DD"
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        return "not a calendar date (YYYY-MM-DD)"


def _new_fast(text: str) -> dt.date | None:
    try:
        return _values.date_new(text)
    except ValueError:  # RefusedError, or fromisoformat's own
        return None


_ODD = "0123456789-WT:+Z .\n\u0660\u0661\u0969\uff13\U0001d7d8"
"""Digits of other scripts (``\\d`` matches them), ISO 8601 week and time marks."""


@st.composite
def _near_dates(draw: st.DrawFn) -> str:
    """A real date's text with one character changed, added or removed."""
    text = list(draw(st.dates()).isoformat())
    at = draw(st.integers(0, len(text)))
    how = draw(st.sampled_from(("replace", "insert", "delete")))
    char = draw(st.sampled_from(_ODD))
    if how == "insert":
        text.insert(at, char)
    elif at < len(text):
        text[at : at + 1] = [char] if how == "replace" else []
    return "".join(text)


date_texts = st.one_of(
    st.dates().map(dt.date.isoformat),
    _near_dates(),
    st.from_regex(_OLD_SHAPE, fullmatch=True),
    st.text(alphabet=_ODD, min_size=7, max_size=11),
    st.sampled_from(["20240101", "2024-W01-1", "2024-001", "2024-02-30", "0000-01-01"]),
)


@given(date_texts)
def test_date_parser_accepts_what_the_pattern_did(text: str) -> None:
    """Same dates accepted, same texts refused, as pattern + fromisoformat."""
    assert _old_fast(text) == _new_fast(text)


@given(date_texts)
def test_a_date_loads_or_is_refused_as_before(text: str) -> None:
    """Through ``loads``: the same date, or only the careful hook's message at the field's path."""
    document = {"id": "g-1", "statement": "Find a flat", "target_date": text}
    old = _old_careful(text)
    expected = [("$.target_date", old)] if isinstance(old, str) else old
    try:
        got: Any = loads(json.dumps(document), Goal).target_date
    except CaseDataError as exc:
        got = list(exc.problems)
    assert expected == got


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=6))
def test_identifier_test_inline_refuses_as_check_id(text: str) -> None:
    """An identifier loads when ``check_id`` accepts it; else its message, once, at ``$``
    (a record's own validators speak for the whole object, as before)."""
    document = {"id": text, "statement": "Find a flat"}
    try:
        expected: Any = Goal(id=text, statement="Find a flat").id
    except ValueError as exc:
        expected = [("$", str(exc))]
    try:
        got: Any = loads(json.dumps(document), Goal).id
    except CaseDataError as exc:
        got = list(exc.problems)
    assert expected == got
