"""Assessment: numbered needs, strengths and risks, built over sessions."""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.assessment._records import (
        Assessment,
        AssessmentSession,
        HolisticDimension,
        InformationSource,
        Need,
        NeedDomain,
        NeedPriority,
        Risk,
        RiskKind,
        RiskLevel,
        Strength,
        StrengthKind,
    )

__all__ = [
    "Assessment",
    "AssessmentSession",
    "HolisticDimension",
    "InformationSource",
    "Need",
    "NeedDomain",
    "NeedPriority",
    "Risk",
    "RiskKind",
    "RiskLevel",
    "Strength",
    "StrengthKind",
]

if not TYPE_CHECKING:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__, __all__)
