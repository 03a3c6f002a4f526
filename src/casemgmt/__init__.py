"""casemgmt: a trustworthy domain model for human-services case management.

Records are frozen values; judgement comes back as ``Finding`` values; JSON
goes through one converter. See ``docs/`` for the Carla tutorial.

The names below are imported on first use (PEP 562, ``casemgmt._lazy``), so
``import casemgmt`` costs almost nothing until a record, rule or JSON function
is touched; ``from casemgmt import Case`` works as usual.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt import assessment as assessment
    from casemgmt import case as case
    from casemgmt import checks as checks
    from casemgmt import closure as closure
    from casemgmt import core as core
    from casemgmt import errors as errors
    from casemgmt import fhir as fhir
    from casemgmt import monitoring as monitoring
    from casemgmt import planning as planning
    from casemgmt import privacy as privacy
    from casemgmt import reading as reading
    from casemgmt import referrals as referrals
    from casemgmt import schema as schema
    from casemgmt import serialization as serialization
    from casemgmt.assessment import Assessment, Need, NeedDomain, NeedPriority, Risk, Strength
    from casemgmt.case import Case
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
    from casemgmt.core._lifecycle import Stage, StageChange
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
    from casemgmt.reading import iter_cases
    from casemgmt.schema import json_schema
    from casemgmt.serialization import dumps, from_dict, loads, to_dict

__version__ = "0.1.0.dev0"

__all__ = [
    "DEFAULT_RULES",
    "Action",
    "Assessment",
    "Case",
    "CaseDataError",
    "CaseMgmtError",
    "CasePlan",
    "CheckContext",
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
    "iter_cases",
    "json_schema",
    "loads",
    "redact",
    "summarize",
    "to_dict",
    "validate",
]

if not TYPE_CHECKING:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__, __all__)
