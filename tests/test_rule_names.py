"""Issue 12, item 12: one naming scheme for rule names, the finding codes' own.

An agency replaces a default rule by the code it sees in a finding (ACMA,
seed 000: "established case closure guidelines... different for each
setting"), without guessing at a second vocabulary.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import casemgmt as cm
from casemgmt.closure import DEFAULT_POLICY
from casemgmt.examples.carla import carla_case
from casemgmt.planning import PLAN_RULES, worker_owns_most_actions

_CODE = re.compile(r"^[a-z]+(?:-[a-z]+)*(?:\.[a-z][a-z0-9]*(?:-[a-z0-9]+)*)+$")
ALL_NAMES = (*cm.DEFAULT_RULES.rule_names, *DEFAULT_POLICY.rule_names)
DOCS = Path(__file__).resolve().parent.parent / "docs" / "reference"


@pytest.mark.parametrize("name", ALL_NAMES)
def test_every_default_rule_name_is_code_shaped(name: str) -> None:
    """area.topic, lower case, hyphenated: the style of the codes."""
    assert _CODE.match(name) is not None


@pytest.mark.parametrize("name", ALL_NAMES)
def test_every_default_rule_name_is_in_the_reference(name: str) -> None:
    """The reference lists every rule name beside its codes."""
    text = "\n".join(p.read_text() for p in DOCS.glob("findings*.md"))
    assert f"`{name}`" in text


def test_a_single_code_rule_is_named_for_its_code() -> None:
    """Seed 003 (Zoe): the over-reliance warning is replaced under its own code."""
    rules = PLAN_RULES.replace("plan.worker-owns-actions", worker_owns_most_actions(share=0.5))
    assert rules.rule_names == PLAN_RULES.rule_names


def test_old_names_still_work_with_a_deprecation_warning() -> None:
    """Code written for the first release keeps working, and is told the new name."""
    with pytest.warns(DeprecationWarning, match=r"'plan\.worker-owns-actions'"):
        rules = PLAN_RULES.replace("worker-owns-actions", worker_owns_most_actions(share=0.5))
    assert rules.rule_names == PLAN_RULES.rule_names
    with pytest.warns(DeprecationWarning, match=r"'closure\.notice'"):
        assert "closure.notice" not in DEFAULT_POLICY.remove("reasonable-notice")


def test_combined_rule_sets_keep_the_old_names() -> None:
    """casemgmt.DEFAULT_RULES knows every area's old names."""
    with pytest.warns(DeprecationWarning, match=r"'referral\.not-checked'"):
        rules = cm.DEFAULT_RULES.remove("referral-checks")
    assert "referral.not-checked" not in rules.rule_names
    assert [] == [
        f
        for f in cm.validate(carla_case(), as_of=dt.date(2024, 9, 4), rules=rules)
        if f.code == "referral.not-checked"
    ]
