"""Assessment: numbered needs, strengths and risks, built over sessions."""

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
