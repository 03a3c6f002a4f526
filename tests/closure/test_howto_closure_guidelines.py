"""The how-to "Write your agency's closure guidelines" runs as written."""

from __future__ import annotations

import doctest
import re
from pathlib import Path
from typing import Any

import pytest

PAGE = Path(__file__).resolve().parents[2] / "docs" / "how-to" / "closure-guidelines.md"
BLOCK = re.compile(r"^```python\n(.*?)^```", re.DOTALL | re.MULTILINE)


def run_page() -> tuple[dict[str, Any], doctest.TestResults]:
    namespace: dict[str, Any] = {"__name__": "closure_guidelines"}
    for block in BLOCK.findall(PAGE.read_text(encoding="utf-8")):
        exec(compile(block, str(PAGE), "exec"), namespace)
    results = doctest.testfile(
        str(PAGE),
        module_relative=False,
        globs=dict(namespace),
        optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE,
        verbose=False,
    )
    return namespace, results


def test_page_examples_pass() -> None:
    """Every >>> example on the page shows the output it really gives."""
    _, results = run_page()
    expected = (0, True)
    assert expected == (results.failed, results.attempted > 10)


@pytest.mark.slow  # runs every property of the page again: minutes, so CI's second run
def test_page_property_tests_pass() -> None:
    """The agency's hypothesis tests on the page pass against the ACMA policy."""
    namespace, _ = run_page()
    tests = [v for k, v in namespace.items() if k.startswith("test_") and callable(v)]
    for test in tests:
        test()
    expected = 3
    assert expected == len(tests)
