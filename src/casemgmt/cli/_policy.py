"""``--policy`` and ``--rules MODULE:ATTRIBUTE``: an agency's rules, loaded by name.

Whatever goes wrong in the agency's module — an exception, a ``sys.exit``
while importing, a missing or wrongly typed attribute — is one line naming
the option and the module, and exit 2 before any case is read.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from typing import TYPE_CHECKING, TypeVar

from casemgmt.cli._common import UsageError

if TYPE_CHECKING:
    from casemgmt.case import Case
    from casemgmt.closure import ClosurePolicy
    from casemgmt.core import CheckContext, RuleSet

__all__ = [
    "POLICY_HELP",
    "RULES_HELP",
    "add_policy_option",
    "add_rules_option",
    "load_policy",
    "load_rules",
]

POLICY_HELP = (
    "an agency's closure policy as MODULE:ATTRIBUTE, e.g. our_agency.closure:POLICY"
    " (a casemgmt.closure.ClosurePolicy)"
)
_T = TypeVar("_T")

RULES_HELP = (
    "an agency's case rules as MODULE:ATTRIBUTE, e.g. our_agency.rules:RULES"
    " (a casemgmt.core.RuleSet), run after the default rules; a rule with a default"
    " rule's name replaces it"
)


def add_policy_option(parser: argparse.ArgumentParser, more_help: str = "") -> None:
    """``--policy MODULE:ATTRIBUTE`` for ``load_policy``; ``more_help`` ends its help."""
    parser.add_argument(
        "--policy", default=None, metavar="MODULE:ATTRIBUTE", help=POLICY_HELP + more_help
    )


def add_rules_option(parser: argparse.ArgumentParser) -> None:
    """``--rules MODULE:ATTRIBUTE`` for ``load_rules``."""
    parser.add_argument("--rules", default=None, metavar="MODULE:ATTRIBUTE", help=RULES_HELP)


def _load(spec: str, option: str, example: str, kind: type[_T], kind_name: str) -> _T:
    module_name, colon, attribute = spec.partition(":")
    if not colon or not module_name or not attribute:
        msg = f"{option} {spec!r}: expected MODULE:ATTRIBUTE, e.g. {example}"
        raise UsageError(msg)
    cwd = os.getcwd()
    added = cwd not in sys.path
    if added:
        sys.path.insert(0, cwd)
    try:
        module = importlib.import_module(module_name)
    except SystemExit as exc:
        msg = f"{option} {spec!r}: importing {module_name!r} called sys.exit({exc.code!r})"
        raise UsageError(msg) from None
    except Exception as exc:  # any failure in the agency's module is reported, not raised
        msg = f"{option} {spec!r}: cannot import {module_name!r}: {type(exc).__name__}: {exc}"
        raise UsageError(msg) from None
    finally:
        if added:
            sys.path.remove(cwd)
    try:
        value = getattr(module, attribute)
    except AttributeError:
        msg = f"{option} {spec!r}: module {module_name!r} has no attribute {attribute!r}"
        raise UsageError(msg) from None
    if not isinstance(value, kind):
        msg = f"{option} {spec!r}: {attribute!r} is a {type(value).__name__}, not a {kind_name}"
        raise UsageError(msg)
    return value


def load_policy(spec: str) -> ClosurePolicy:
    """The ``ClosurePolicy`` named ``module:attribute``, as ``--policy`` takes it.

    The current directory is searched first, as ``python -m`` would, so an
    agency's ``our_agency/closure.py`` next to its data just works.
    """
    from casemgmt.closure import ClosurePolicy

    name = "casemgmt.closure.ClosurePolicy"
    return _load(spec, "--policy", "our_agency.closure:POLICY", ClosurePolicy, name)


def load_rules(spec: str) -> RuleSet[Case, CheckContext]:
    """The default case rules with an agency's ``RuleSet`` (``--rules``) merged in.

    Each agency rule replaces the default rule of the same name, or runs
    after the defaults.
    """
    from casemgmt.checks import DEFAULT_RULES
    from casemgmt.core import RuleSet

    extra: RuleSet[Case, CheckContext] = _load(
        spec, "--rules", "our_agency.rules:RULES", RuleSet, "casemgmt.core.RuleSet"
    )
    rules = DEFAULT_RULES
    for name, rule in extra:
        rules = rules.replace(name, rule) if name in rules else rules.add(name, rule)
    return rules
