"""casemgmt: a trustworthy domain model for human-services case management.

Records are frozen values; judgement comes back as ``Finding`` values; JSON
goes through one converter. See ``docs/`` for the Carla tutorial.

The names below are imported on first use (PEP 562), so ``import casemgmt``
costs almost nothing until a record, rule or JSON function is touched
(issue 9); ``from casemgmt import Case`` works as usual.
"""

from __future__ import annotations

TYPE_CHECKING = False  # not typing.TYPE_CHECKING: importing typing costs milliseconds
if TYPE_CHECKING:
    from casemgmt.assessment import Assessment, Need, NeedDomain, NeedPriority, Risk, Strength
    from casemgmt.case import Case, Stage, StageChange
    from casemgmt.checks import DEFAULT_RULES, validate
    from casemgmt.core import (
        CheckContext,
        Finding,
        Rule,
        RuleSet,
        Severity,
        blockers,
        has_errors,
        summarize,
    )
    from casemgmt.core._client import Client, ContactDetails
    from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
    from casemgmt.core._parties import Party, PartyRole
    from casemgmt.core._time import Timeframe
    from casemgmt.errors import (
        CaseDataError,
        CaseMgmtError,
        ClosureBlockedError,
        ConsentError,
        TimeframeError,
        TransitionError,
    )
    from casemgmt.planning._records import Action, CasePlan, Goal
    from casemgmt.privacy import redact
    from casemgmt.serialization import dumps, from_dict, loads, to_dict

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_RULES",
    "CheckContext",
    "Action",
    "Assessment",
    "Case",
    "CaseDataError",
    "CaseMgmtError",
    "CasePlan",
    "Client",
    "ClosureBlockedError",
    "Consent",
    "ConsentError",
    "ConsentForm",
    "ConsentPurpose",
    "ContactDetails",
    "Finding",
    "Goal",
    "Need",
    "NeedDomain",
    "NeedPriority",
    "Party",
    "PartyRole",
    "Risk",
    "Rule",
    "RuleSet",
    "Severity",
    "Stage",
    "StageChange",
    "Strength",
    "Timeframe",
    "TimeframeError",
    "TransitionError",
    "blockers",
    "dumps",
    "from_dict",
    "has_errors",
    "loads",
    "redact",
    "summarize",
    "to_dict",
    "validate",
]

_HOME: dict[str, str] = {
    "Assessment": "casemgmt.assessment",
    "Need": "casemgmt.assessment",
    "NeedDomain": "casemgmt.assessment",
    "NeedPriority": "casemgmt.assessment",
    "Risk": "casemgmt.assessment",
    "Strength": "casemgmt.assessment",
    "Case": "casemgmt.case",
    "Stage": "casemgmt.case",
    "StageChange": "casemgmt.case",
    "DEFAULT_RULES": "casemgmt.checks",
    "validate": "casemgmt.checks",
    "CheckContext": "casemgmt.core",
    "Finding": "casemgmt.core",
    "Rule": "casemgmt.core",
    "RuleSet": "casemgmt.core",
    "Severity": "casemgmt.core",
    "blockers": "casemgmt.core",
    "has_errors": "casemgmt.core",
    "summarize": "casemgmt.core",
    "Client": "casemgmt.core._client",
    "ContactDetails": "casemgmt.core._client",
    "Consent": "casemgmt.core._consent",
    "ConsentForm": "casemgmt.core._consent",
    "ConsentPurpose": "casemgmt.core._consent",
    "Party": "casemgmt.core._parties",
    "PartyRole": "casemgmt.core._parties",
    "Timeframe": "casemgmt.core._time",
    "CaseDataError": "casemgmt.errors",
    "CaseMgmtError": "casemgmt.errors",
    "ClosureBlockedError": "casemgmt.errors",
    "ConsentError": "casemgmt.errors",
    "TimeframeError": "casemgmt.errors",
    "TransitionError": "casemgmt.errors",
    "Action": "casemgmt.planning._records",
    "CasePlan": "casemgmt.planning._records",
    "Goal": "casemgmt.planning._records",
    "redact": "casemgmt.privacy",
    "dumps": "casemgmt.serialization",
    "from_dict": "casemgmt.serialization",
    "loads": "casemgmt.serialization",
    "to_dict": "casemgmt.serialization",
}
"""Where each public name lives; keep it in step with ``__all__``."""

_SUBPACKAGES = frozenset(
    {
        "assessment",
        "case",
        "checks",
        "closure",
        "core",
        "errors",
        "monitoring",
        "planning",
        "privacy",
        "referrals",
        "serialization",
    }
)


if not TYPE_CHECKING:  # mypy sees the imports above; Python imports on first use
    from casemgmt._lazy import attach

    _BY_MODULE: dict[str, list[str]] = {}
    for _name, _module in _HOME.items():
        _BY_MODULE.setdefault(_module, []).append(_name)
    __getattr__, __dir__ = attach(__name__, _BY_MODULE, _SUBPACKAGES)
    del _BY_MODULE, _name, _module
