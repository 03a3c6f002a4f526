"""Lazy exports: each package imports a name's module only when it is used (issue 9)."""

from __future__ import annotations

import importlib
import subprocess
import sys

import pytest

PACKAGES = [
    "casemgmt",
    "casemgmt.assessment",
    "casemgmt.planning",
    "casemgmt.referrals",
    "casemgmt.monitoring",
    "casemgmt.closure",
]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_exported_name_resolves_and_is_listed(package: str) -> None:
    """Each name in __all__ resolves, and dir() lists it."""
    module = importlib.import_module(package)
    for name in module.__all__:
        assert getattr(module, name) is not None
        assert name in dir(module)


@pytest.mark.parametrize("package", PACKAGES)
def test_unknown_names_are_refused(package: str) -> None:
    """A typo is an AttributeError, never a silent import."""
    with pytest.raises(AttributeError, match="no attribute 'no_such_name'"):
        _ = importlib.import_module(package).no_such_name


def test_records_load_without_the_rules() -> None:
    """Importing closure records (as Case does) does not load the closure rules."""
    code = (
        "import sys; from casemgmt.closure import ClosureRecord; "
        "print(sorted(m for m in ('casemgmt.closure._rules', 'casemgmt.closure._ops',"
        " 'casemgmt.planning._wording', 'casemgmt.monitoring._caseload') if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout
    assert "[]" == out.strip()
