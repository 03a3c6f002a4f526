"""The planning docs' examples run, so they cannot rot."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

DOCS = Path(__file__).resolve().parents[2] / "docs"


@pytest.mark.parametrize("page", ["how-to/carla-plan.md"])
def test_doc_examples_run(page: str) -> None:
    """Every pycon example on the page gives the output shown."""
    result = doctest.testfile(str(DOCS / page), module_relative=False, verbose=False)
    expected = (0, True)
    assert expected == (result.failed, result.attempted > 0)
