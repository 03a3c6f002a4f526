"""Issue 12, item 6: a finding's severity is a Severity, so no agency rule can fail open."""

from __future__ import annotations

import pytest

from casemgmt import Finding, Severity, has_errors


@pytest.mark.parametrize(
    ("given", "expected"),
    [("error", Severity.ERROR), ("warning", Severity.WARNING), ("info", Severity.INFO)],
)
def test_the_three_documented_strings_convert(given: str, expected: Severity) -> None:
    """Finding("x", "error", ...) is an ERROR, so it blocks like one."""
    assert expected is Finding("agency.x", given, "m").severity


def test_a_string_error_blocks() -> None:
    """The agency rule of the issue: a string severity is no longer silently not a blocker."""
    assert has_errors([Finding("agency.x", "error", "m")])


@pytest.mark.parametrize("given", ["ERROR", "fatal", "", "blocker"])
def test_other_strings_are_refused(given: str) -> None:
    """Only the three values convert; anything else names the allowed ones."""
    with pytest.raises(ValueError, match="'error', 'warning', 'info'"):
        Finding("agency.x", given, "m")


@pytest.mark.parametrize("given", [0, None, 2.5, True, ("error",)])
def test_other_types_are_refused(given: object) -> None:
    """A severity that is not text nor a Severity is a TypeError naming the field."""
    with pytest.raises(TypeError, match="severity"):
        Finding("agency.x", given, "m")


@pytest.mark.parametrize(
    "fields",
    [
        {"code": 7, "message": "m"},
        {"code": "agency.x", "message": None},
        {"code": "agency.x", "message": "m", "path": 3},
        {"code": "agency.x", "message": "m", "hint": b"bytes"},
    ],
)
def test_text_fields_must_be_text(fields: dict[str, object]) -> None:
    """code, message, path and hint are strings (hint may be None)."""
    with pytest.raises(TypeError, match="Finding"):
        Finding(severity=Severity.INFO, **fields)  # type: ignore[arg-type]


def test_a_blank_code_is_refused() -> None:
    """A finding must say what it is: a blank code cannot be documented or filtered."""
    with pytest.raises(ValueError, match="code"):
        Finding("  ", Severity.ERROR, "m")
