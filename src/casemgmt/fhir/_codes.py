"""Code systems and value sets the bundles use, written down from their sources.

The SDOH codes come from the HL7 SDOH Clinical Care implementation guide
(Gravity Project, STU 2, FHIR R4 4.0.1): CodeSystem
``SDOHCC-CodeSystemTemporaryCodes`` and ValueSet ``SDOHCC-ValueSetSDOHCategory``
(input/fsh/valuesets/SDOHCCValueSetSDOHCategory.fsh in the guide's source);
the referral Task statuses are its ``SDOHCC-ValueSetReferralTaskStatus`` (FHIR
TaskStatus without ``requested``). Everything of our own that has no standard
code travels under ``NAMESPACE`` (see ``casemgmt.fhir._ext``).
"""

from __future__ import annotations

__all__ = [
    "CONDITION_CATEGORY",
    "CONSENT_ACTION",
    "GOAL_ACHIEVEMENT",
    "REFERRAL_TASK_STATUS",
    "RISK_PROBABILITY",
    "SDOHCC_CODES",
    "SDOH_CATEGORIES",
    "TASK_CODE",
    "TASK_STATUS",
    "US_CORE_CATEGORY",
    "invert",
]

SDOHCC_CODES = "http://hl7.org/fhir/us/sdoh-clinicalcare/CodeSystem/SDOHCC-CodeSystemTemporaryCodes"
CONDITION_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/condition-category"
US_CORE_CATEGORY = "http://hl7.org/fhir/us/core/CodeSystem/us-core-category"
TASK_CODE = "http://hl7.org/fhir/CodeSystem/task-code"
GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement"
RISK_PROBABILITY = "http://terminology.hl7.org/CodeSystem/risk-probability"
CONSENT_ACTION = "http://terminology.hl7.org/CodeSystem/consentaction"
CONSENT_SCOPE = "http://terminology.hl7.org/CodeSystem/consentscope"
ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode"
PARTICIPATION_TYPE = "http://terminology.hl7.org/CodeSystem/v3-ParticipationType"
CONDITION_VER_STATUS = "http://terminology.hl7.org/CodeSystem/condition-ver-status"
CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical"
LOINC = "http://loinc.org"

SDOH_CATEGORIES: dict[str, str] = {
    "sdoh-category-unspecified": "SDOH Category Unspecified",
    "food-insecurity": "Food Insecurity",
    "housing-instability": "Housing Instability",
    "homelessness": "Homelessness",
    "inadequate-housing": "Inadequate Housing",
    "transportation-insecurity": "Transportation Insecurity",
    "financial-insecurity": "Financial Insecurity",
    "material-hardship": "Material Hardship",
    "educational-attainment": "Educational Attainment",
    "employment-status": "Employment Status",
    "veteran-status": "Veteran Status",
    "stress": "Stress",
    "social-connection": "Social Connection",
    "intimate-partner-violence": "Intimate Partner Violence",
    "elder-abuse": "Elder Abuse",
    "personal-health-literacy": "Personal Health Literacy",
    "health-insurance-coverage-status": "Health Insurance Coverage Status",
    "medical-cost-burden": "Medical Cost Burden",
    "digital-literacy": "Digital Literacy",
    "digital-access": "Digital Access",
    "utility-insecurity": "Utility Insecurity",
    "incarceration-status": "Incarceration Status",
    "language-access": "Language Access",
    "protective-factor": "Protective Factor",
}
"""SDOHCC-ValueSetSDOHCategory, codes and displays as the IG lists them."""

TASK_STATUS = (
    "draft", "requested", "received", "accepted", "rejected", "ready", "cancelled",
    "in-progress", "on-hold", "failed", "completed", "entered-in-error",
)  # fmt: skip
"""FHIR R4 TaskStatus (http://hl7.org/fhir/task-status)."""

REFERRAL_TASK_STATUS = frozenset(TASK_STATUS) - {"requested"}
"""SDOHCC-ValueSetReferralTaskStatus: TaskStatus, excluding ``requested``."""

REFERRAL_TO_TASK: dict[str, str] = {
    "draft": "draft",
    "sent": "received",
    "accepted": "accepted",
    "declined": "rejected",
    "waitlisted": "on-hold",
    "appointment-booked": "ready",
    "attended": "in-progress",
    "completed": "completed",
    "lapsed": "failed",
    "cancelled": "cancelled",
}
"""Our referral statuses as the IG's referral Task statuses (one to one)."""

TASK_NEEDS_REASON = frozenset({"rejected", "cancelled", "on-hold", "failed"})
"""The IG asks for ``Task.statusReason.text`` on these statuses."""

ACTION_TO_ACTIVITY: dict[str, str] = {
    "planned": "not-started",
    "in-progress": "in-progress",
    "done": "completed",
    "cancelled": "cancelled",
}
"""Action status as CarePlan.activity.detail.status (R4 care-plan-activity-status)."""

RISK_LEVEL_TO_PROBABILITY: dict[str, str] = {"low": "low", "medium": "moderate", "high": "high"}
"""RiskLevel as RiskAssessment.prediction.qualitativeRisk (risk-probability)."""

PURPOSE_TO_CONSENT_ACTION: dict[str, str] = {
    "collect": "collect",
    "use": "use",
    "share": "disclose",
    "transfer": "disclose",
    "store": "access",
}
"""Consent purposes with a consentaction code; advocacy has none (extension)."""

STAGE_TO_EPISODE: dict[str, str] = {
    "referral-in": "planned",
    "intake": "waitlist",
    "assessment": "active",
    "planning": "active",
    "implementation": "active",
    "monitoring": "active",
    "exit": "active",
    "closed": "finished",
}
"""Case stage as EpisodeOfCare.status (the stage itself is an extension)."""

EPISODE_STATUS = frozenset({"planned", "waitlist", "active", "onhold", "finished", "cancelled"})
GOAL_LIFECYCLE = frozenset(
    {"proposed", "planned", "accepted", "active", "on-hold", "completed", "cancelled",
     "entered-in-error", "rejected"}
)  # fmt: skip
ACHIEVEMENT = frozenset(
    {"in-progress", "improving", "worsening", "no-change", "achieved", "sustaining",
     "not-achieved", "no-progress", "not-attainable"}
)  # fmt: skip
ACTIVITY_STATUS = frozenset(
    {"not-started", "scheduled", "in-progress", "on-hold", "completed", "cancelled", "stopped",
     "unknown", "entered-in-error"}
)  # fmt: skip
"""R4 required value sets for the statuses we read back, to refuse others."""


def invert(mapping: dict[str, str]) -> dict[str, str]:
    """The reverse of a one-to-one code map (the first wins for many-to-one)."""
    out: dict[str, str] = {}
    for ours, theirs in mapping.items():
        out.setdefault(theirs, ours)
    return out
