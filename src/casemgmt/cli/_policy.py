"""``--policy MODULE:ATTRIBUTE``: an agency's closure policy, loaded by name."""

from __future__ import annotations

import importlib
import os
import sys
from typing import TYPE_CHECKING

from casemgmt.cli._common import UsageError

if TYPE_CHECKING:
    from casemgmt.closure import ClosurePolicy

__all__ = ["POLICY_HELP", "load_policy"]

POLICY_HELP = (
    "an agency's closure policy as MODULE:ATTRIBUTE, e.g. our_agency.closure:POLICY"
    " (a casemgmt.closure.ClosurePolicy)"
)


def load_policy(spec: str) -> ClosurePolicy:
    """The ``ClosurePolicy`` named ``module:attribute``, as ``--policy`` takes it.

    The current directory is searched first, as ``python -m`` would, so an
    agency's ``our_agency/closure.py`` next to its data just works.
    """
    from casemgmt.closure import ClosurePolicy

    module_name, colon, attribute = spec.partition(":")
    if not colon or not module_name or not attribute:
        msg = f"--policy {spec!r}: expected MODULE:ATTRIBUTE, e.g. our_agency.closure:POLICY"
        raise UsageError(msg)
    cwd = os.getcwd()
    added = cwd not in sys.path
    if added:
        sys.path.insert(0, cwd)
    try:
        module = importlib.import_module(module_name)
    except Exception as exc:  # any failure in the agency's module is reported, not raised
        msg = f"--policy {spec!r}: cannot import {module_name!r}: {type(exc).__name__}: {exc}"
        raise UsageError(msg) from None
    finally:
        if added:
            sys.path.remove(cwd)
    try:
        policy = getattr(module, attribute)
    except AttributeError:
        msg = f"--policy {spec!r}: module {module_name!r} has no attribute {attribute!r}"
        raise UsageError(msg) from None
    if not isinstance(policy, ClosurePolicy):
        msg = (
            f"--policy {spec!r}: {attribute!r} is a {type(policy).__name__},"
            " not a casemgmt.closure.ClosurePolicy"
        )
        raise UsageError(msg)
    return policy
