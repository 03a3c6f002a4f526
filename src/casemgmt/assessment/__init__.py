"""Assessment: numbered needs, strengths and risks, built over sessions."""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.assessment._records import Assessment as Assessment
    from casemgmt.assessment._records import AssessmentSession as AssessmentSession
    from casemgmt.assessment._records import HolisticDimension as HolisticDimension
    from casemgmt.assessment._records import InformationSource as InformationSource
    from casemgmt.assessment._records import Need as Need
    from casemgmt.assessment._records import NeedDomain as NeedDomain
    from casemgmt.assessment._records import NeedPriority as NeedPriority
    from casemgmt.assessment._records import Risk as Risk
    from casemgmt.assessment._records import RiskKind as RiskKind
    from casemgmt.assessment._records import RiskLevel as RiskLevel
    from casemgmt.assessment._records import Strength as Strength
    from casemgmt.assessment._records import StrengthKind as StrengthKind
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
