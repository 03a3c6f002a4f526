"""The referral and privacy docs' examples run, so they cannot rot."""

from __future__ import annotations

import pathlib
import re

import pytest

DOCS = pathlib.Path(__file__).resolve().parents[2] / "docs"
PAGES = [
    "reference/findings-referrals.md",
    "how-to/share-referral-information.md",
    "how-to/redact-for-analytics.md",
]
CODES = [
    "referral.no-consent",
    "referral.shares-beyond-consent",
    "referral.consent-withdrawn",
    "referral.follow-up-overdue",
    "referral.no-follow-up-date",
    "referral.not-checked",
    "referral.no-purpose",
    "referral.unknown-need",
    "referral.unknown-goal",
    "referral.duplicate",
    "referral.over-resourced",
    "referral.illegal-history",
    "advocacy.no-written-permission",
    "transfer.no-written-consent",
    "referral-in.no-explanation",
    "referral-in.not-referred-on",
]


@pytest.mark.parametrize("page", PAGES)
def test_page_examples_run(page: str) -> None:
    """Every python block on the page runs, in order, in one namespace."""
    text = (DOCS / page).read_text(encoding="utf-8")
    blocks = re.findall(r"```python\n(.*?)```", text, flags=re.S)
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, f"{page}", "exec"), namespace)  # our own docs, run as tests
    assert blocks != []


@pytest.mark.parametrize("code", CODES)
def test_every_code_documented(code: str) -> None:
    """Every referral finding code appears in the reference table with its severity."""
    text = (DOCS / "reference/findings-referrals.md").read_text(encoding="utf-8")
    assert re.search(rf"\| `{re.escape(code)}` \| (ERROR|WARNING|INFO) \|", text) is not None


def test_every_code_in_source_is_listed() -> None:
    """No referral rule emits a code this test (and so the docs) does not know."""
    src = pathlib.Path(__file__).resolve().parents[2] / "src/casemgmt/referrals"
    text = "".join(
        (src / f"{name}.py").read_text() for name in ("_rules", "_consent_rules", "_follow_up")
    )
    found = set(re.findall(r'"((?:referral|advocacy|transfer|referral-in)\.[a-z-]+)"', text))
    rule_names = {"referral.links", "referral-in.screening"}  # names of multi-code rules
    assert found - rule_names == set(CODES)
