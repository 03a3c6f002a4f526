"""Findings built by the fast path (``known_finding``, ``FindingTemplate.at``) are
the findings ``Finding(...)`` builds: equal, hash-equal, and alike on every surface."""

from __future__ import annotations

import copy
import pickle
import weakref

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt.cli._common import finding_json
from casemgmt.core import Finding, Severity
from casemgmt.core._findings import FindingTemplate, known_finding

texts = st.text(max_size=30)
codes = st.text(min_size=1, max_size=20).filter(str.strip)
hints = st.none() | texts


def _alike(fast: Finding, slow: Finding) -> None:
    assert type(fast) is Finding
    assert fast == slow
    assert not fast != slow  # noqa: SIM202 - __ne__ is its own method
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert str(fast) == str(slow)
    assert attrs.asdict(fast) == attrs.asdict(slow)
    assert attrs.astuple(fast) == attrs.astuple(slow)
    assert finding_json(fast) == finding_json(slow)
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.dumps(fast, protocol) == pickle.dumps(slow, protocol)
        assert pickle.loads(pickle.dumps(fast, protocol)) == slow
    assert copy.copy(fast) == slow
    assert copy.deepcopy(fast) == slow
    assert attrs.evolve(fast, message="other") == attrs.evolve(slow, message="other")
    assert weakref.ref(fast)() is fast
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        fast.code = "x.y"  # type: ignore[misc]


@given(code=codes, severity=st.sampled_from(Severity), message=texts, path=texts, hint=hints)
def test_known_finding_is_the_constructed_finding(
    code: str, severity: Severity, message: str, path: str, hint: str | None
) -> None:
    """``known_finding`` fills the slots without the checks; nothing tells the result apart."""
    _alike(
        known_finding(code, severity, message, path, hint),
        Finding(code, severity, message, path, hint),
    )


@given(
    code=codes,
    severity=st.sampled_from(Severity),
    value=texts,
    where=st.integers(-2, 40),
    hint=hints,
)
def test_templated_finding_is_the_constructed_finding(
    code: str, severity: Severity, value: str, where: int, hint: str | None
) -> None:
    """``FindingTemplate.at`` gives the finding built by hand from the formatted text."""
    template = FindingTemplate(code, severity, "item %s is odd", "$.items[%s]", hint)
    _alike(
        template.at(where, value),
        Finding(code, severity, f"item {value} is odd", f"$.items[{where}]", hint),
    )


def test_a_finding_still_takes_a_weak_reference_and_no_new_attribute() -> None:
    """The weak-reference slot moved to a base class; instances are still slotted."""
    finding = Finding("x.y", Severity.INFO, "m")
    assert weakref.ref(finding)() is finding
    assert not hasattr(finding, "__dict__")
