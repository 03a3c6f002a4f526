"""casemgmt: a trustworthy domain model for human-services case management.

Records are frozen values; judgement comes back as ``Finding`` values; JSON
goes through one converter. See ``docs/`` for the Carla tutorial.
"""

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
