"""Every monitoring finding code is documented in docs/reference/findings-monitoring.md."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r'Finding\(\s*"([a-z]+\.[a-z-]+)"')


def test_every_code_is_in_the_reference() -> None:
    """A code a rule can emit has a row (code | severity | when | seed) in the reference."""
    sources = (ROOT / "src" / "casemgmt" / "monitoring").glob("*.py")
    codes = {code for path in sources for code in CODE.findall(path.read_text(encoding="utf-8"))}
    doc = (ROOT / "docs" / "reference" / "findings-monitoring.md").read_text(encoding="utf-8")
    expected: set[str] = set()
    assert expected == {code for code in codes if f"| `{code}` |" not in doc}
