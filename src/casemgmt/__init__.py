"""casemgmt: a trustworthy domain model for human-services case management.

Records are frozen values; judgement comes back as ``Finding`` values; JSON
goes through one converter. See ``docs/`` for the Carla tutorial.

The names below are imported on first use (PEP 562, ``casemgmt._lazy``), so
``import casemgmt`` costs almost nothing until a record, rule or JSON function
is touched; ``from casemgmt import Case`` works as usual.
"""

from __future__ import annotations

__version__ = "0.1.0.dev0"

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
    from casemgmt.assessment import Assessment as Assessment
    from casemgmt.assessment import Need as Need
    from casemgmt.assessment import NeedDomain as NeedDomain
    from casemgmt.assessment import NeedPriority as NeedPriority
    from casemgmt.assessment import Risk as Risk
    from casemgmt.assessment import Strength as Strength
    from casemgmt.case import Case as Case
    from casemgmt.checks import DEFAULT_RULES as DEFAULT_RULES
    from casemgmt.checks import validate as validate
    from casemgmt.core import CheckContext as CheckContext
    from casemgmt.core import Finding as Finding
    from casemgmt.core import Rule as Rule
    from casemgmt.core import RuleSet as RuleSet
    from casemgmt.core import Severity as Severity
    from casemgmt.core import blockers as blockers
    from casemgmt.core import has_errors as has_errors
    from casemgmt.core import summarize as summarize
    from casemgmt.core._client import Client as Client
    from casemgmt.core._client import ContactDetails as ContactDetails
    from casemgmt.core._consent import Consent as Consent
    from casemgmt.core._consent import ConsentForm as ConsentForm
    from casemgmt.core._consent import ConsentPurpose as ConsentPurpose
    from casemgmt.core._lifecycle import Stage as Stage
    from casemgmt.core._lifecycle import StageChange as StageChange
    from casemgmt.core._parties import Party as Party
    from casemgmt.core._parties import PartyRole as PartyRole
    from casemgmt.core._time import Timeframe as Timeframe
    from casemgmt.errors import CaseDataError as CaseDataError
    from casemgmt.errors import CaseMgmtError as CaseMgmtError
    from casemgmt.errors import ClosureBlockedError as ClosureBlockedError
    from casemgmt.errors import ConsentError as ConsentError
    from casemgmt.errors import TimeframeError as TimeframeError
    from casemgmt.errors import TransitionError as TransitionError
    from casemgmt.planning._records import Action as Action
    from casemgmt.planning._records import CasePlan as CasePlan
    from casemgmt.planning._records import Goal as Goal
    from casemgmt.privacy import redact as redact
    from casemgmt.reading import iter_cases as iter_cases
    from casemgmt.schema import json_schema as json_schema
    from casemgmt.serialization import dumps as dumps
    from casemgmt.serialization import from_dict as from_dict
    from casemgmt.serialization import loads as loads
    from casemgmt.serialization import to_dict as to_dict
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
