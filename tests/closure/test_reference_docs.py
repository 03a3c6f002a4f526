"""Every closure finding code is documented in the reference."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r'"(closure\.[a-z-]+)"')


def test_every_closure_code_is_in_the_reference() -> None:
    """STYLE: every finding code appears in docs/reference with its seed."""
    source = "".join(
        p.read_text(encoding="utf-8") for p in (ROOT / "src/casemgmt/closure").glob("*.py")
    )
    page = (ROOT / "docs/reference/findings-closure.md").read_text(encoding="utf-8")
    codes = set(CODE.findall(source))
    expected: set[str] = set()
    assert expected == {c for c in codes if f"`{c}`" not in page}
    assert len(codes) > 20
