"""Assessment records: numbered needs, strengths, risks (seeds 002, 004).

ISED (seed 004): the assessment "clearly identifies and numbers client
needs"; plans cite needs by number, so numbers are stable once given.
"""

from __future__ import annotations

import datetime as dt
from operator import attrgetter

import attrs

from casemgmt.core._disclosure import PERSON, SAFE
from casemgmt.core._ids import PartyId
from casemgmt.core._refusal import refuses
from casemgmt.core._repr import Record
from casemgmt.core._text import texts
from casemgmt.core._typed import typed
from casemgmt.core._vocabulary import Vocabulary
from casemgmt.errors import RefusedValueError

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


_NUMBER = attrgetter("number")


class HolisticDimension(Vocabulary):
    """ISED's three dimensions of a holistic assessment (seed 004)."""

    PHYSICAL = "physical"
    SOCIAL = "social"
    PSYCHOLOGICAL = "psychological"


class NeedDomain(Vocabulary):
    """Life domains an assessment covers (seeds 001, 002)."""

    HEALTH = "health"
    MOBILITY = "mobility"
    DAILY_LIVING = "daily-living"
    COGNITION = "cognition"
    MENTAL_HEALTH = "mental-health"
    MEDICATION = "medication"
    CARE = "care"
    HOUSING = "housing"
    INCOME = "income"
    EMPLOYMENT = "employment"
    EDUCATION = "education"
    LEGAL = "legal"
    FAMILY = "family"
    PARENTING = "parenting"
    SAFETY = "safety"
    SUBSTANCE_USE = "substance-use"
    SOCIAL_CONNECTION = "social-connection"
    CULTURAL_IDENTITY = "cultural-identity"
    TRANSPORT = "transport"
    # Added from the Gravity Project's SDOH categories (issue 16): social
    # needs the SDOH Clinical Care IG names that the list above did not.
    FOOD = "food"
    HOMELESSNESS = "homelessness"
    INADEQUATE_HOUSING = "inadequate-housing"
    MATERIAL_HARDSHIP = "material-hardship"
    UTILITIES = "utilities"
    DIGITAL_ACCESS = "digital-access"
    DIGITAL_LITERACY = "digital-literacy"
    HEALTH_INSURANCE = "health-insurance"
    MEDICAL_COST_BURDEN = "medical-cost-burden"
    HEALTH_LITERACY = "health-literacy"
    LANGUAGE_ACCESS = "language-access"
    INTIMATE_PARTNER_VIOLENCE = "intimate-partner-violence"
    ELDER_ABUSE = "elder-abuse"
    STRESS = "stress"
    VETERAN_STATUS = "veteran-status"
    INCARCERATION = "incarceration"
    OTHER = "other"

    @property
    def dimension(self) -> HolisticDimension:
        """Which of ISED's three dimensions this domain belongs to."""
        return _DIMENSION[self]

    @property
    def sdoh_category(self) -> str:
        """The Gravity SDOH category code for this domain.

        From the SDOH Clinical Care IG's SDOH category value set;
        ``sdoh-category-unspecified`` where no category fits.

        >>> NeedDomain.FOOD.sdoh_category, NeedDomain.MOBILITY.sdoh_category
        ('food-insecurity', 'sdoh-category-unspecified')
        """
        return _SDOH_CATEGORY.get(self, "sdoh-category-unspecified")


_P, _S, _Y = HolisticDimension.PHYSICAL, HolisticDimension.SOCIAL, HolisticDimension.PSYCHOLOGICAL
_DIMENSION = {
    NeedDomain.HEALTH: _P, NeedDomain.MOBILITY: _P, NeedDomain.DAILY_LIVING: _P,
    NeedDomain.MEDICATION: _P, NeedDomain.CARE: _P, NeedDomain.SUBSTANCE_USE: _P,
    NeedDomain.COGNITION: _Y, NeedDomain.MENTAL_HEALTH: _Y, NeedDomain.SAFETY: _Y,
    NeedDomain.CULTURAL_IDENTITY: _Y,
    NeedDomain.HOUSING: _S, NeedDomain.INCOME: _S, NeedDomain.EMPLOYMENT: _S,
    NeedDomain.EDUCATION: _S, NeedDomain.LEGAL: _S, NeedDomain.FAMILY: _S,
    NeedDomain.PARENTING: _S, NeedDomain.SOCIAL_CONNECTION: _S, NeedDomain.TRANSPORT: _S,
    NeedDomain.FOOD: _P, NeedDomain.HOMELESSNESS: _S, NeedDomain.INADEQUATE_HOUSING: _S,
    NeedDomain.MATERIAL_HARDSHIP: _S, NeedDomain.UTILITIES: _S, NeedDomain.DIGITAL_ACCESS: _S,
    NeedDomain.DIGITAL_LITERACY: _S, NeedDomain.HEALTH_INSURANCE: _S,
    NeedDomain.MEDICAL_COST_BURDEN: _S, NeedDomain.HEALTH_LITERACY: _S,
    NeedDomain.LANGUAGE_ACCESS: _S, NeedDomain.INTIMATE_PARTNER_VIOLENCE: _Y,
    NeedDomain.ELDER_ABUSE: _Y, NeedDomain.STRESS: _Y, NeedDomain.VETERAN_STATUS: _S,
    NeedDomain.INCARCERATION: _S, NeedDomain.OTHER: _S,
}  # fmt: skip

_SDOH_CATEGORY = {
    NeedDomain.HOUSING: "housing-instability", NeedDomain.INCOME: "financial-insecurity",
    NeedDomain.EMPLOYMENT: "employment-status", NeedDomain.EDUCATION: "educational-attainment",
    NeedDomain.SOCIAL_CONNECTION: "social-connection",
    NeedDomain.TRANSPORT: "transportation-insecurity", NeedDomain.FOOD: "food-insecurity",
    NeedDomain.HOMELESSNESS: "homelessness", NeedDomain.INADEQUATE_HOUSING: "inadequate-housing",
    NeedDomain.MATERIAL_HARDSHIP: "material-hardship", NeedDomain.UTILITIES: "utility-insecurity",
    NeedDomain.DIGITAL_ACCESS: "digital-access", NeedDomain.DIGITAL_LITERACY: "digital-literacy",
    NeedDomain.HEALTH_INSURANCE: "health-insurance-coverage-status",
    NeedDomain.MEDICAL_COST_BURDEN: "medical-cost-burden",
    NeedDomain.HEALTH_LITERACY: "personal-health-literacy",
    NeedDomain.LANGUAGE_ACCESS: "language-access",
    NeedDomain.INTIMATE_PARTNER_VIOLENCE: "intimate-partner-violence",
    NeedDomain.ELDER_ABUSE: "elder-abuse", NeedDomain.STRESS: "stress",
    NeedDomain.VETERAN_STATUS: "veteran-status", NeedDomain.INCARCERATION: "incarceration-status",
}  # fmt: skip
"""SDOH Clinical Care IG, ValueSet SDOHCC-ValueSetSDOHCategory: the one
category each domain maps to; every other domain is unspecified."""


class NeedPriority(Vocabulary):
    """When a need must be met (seed 002: immediate, short- and long-term)."""

    IMMEDIATE = "immediate"
    SHORT_TERM = "short-term"
    LONG_TERM = "long-term"


class InformationSource(Vocabulary):
    """Where a piece of assessment information came from (seed 004)."""

    CLIENT_INTERVIEW = "client-interview"
    DOCUMENTS = "documents"
    RELATIVES = "relatives"
    OBSERVATION = "observation"
    TESTING = "testing"
    REFERRAL_PAPERWORK = "referral-paperwork"


class StrengthKind(Vocabulary):
    """Kate Pascale & Associates' six kinds of strength (seed 002)."""

    PERSONAL_ATTRIBUTES = "personal-attributes"
    SKILLS = "skills"
    KNOWLEDGE_AND_EXPERIENCE = "knowledge-and-experience"
    COMMUNITY_CONNECTIONS = "community-connections"
    RESOURCES = "resources"
    ENVIRONMENTAL_ASSETS = "environmental-assets"


class RiskKind(Vocabulary):
    """Risks seed 002 asks every assessment to consider."""

    SELF_HARM = "self-harm"
    VIOLENCE_FROM_OTHERS = "violence-from-others"
    RISK_TO_OTHERS = "risk-to-others"
    CHILDREN_AT_RISK = "children-at-risk"
    COMBINED = "combined"


class RiskLevel(Vocabulary):
    """How urgent a risk is; HIGH must be acted on now (seed 001)."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


@refuses("{v} < 1")
def _positive(instance: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        msg = f"{attribute.name} must be a whole number from 1"
        raise RefusedValueError(msg, value=value)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Need(Record):
    """An assessed need or barrier, numbered so plans can cite it."""

    number: int = attrs.field(validator=_positive)
    domain: NeedDomain
    description: str = attrs.field(repr=False)
    priority: NeedPriority = NeedPriority.SHORT_TERM
    sources: tuple[InformationSource, ...] = ()
    in_clients_words: bool = False
    verified_with_client: bool = False
    identified_on: dt.date | None = None


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Strength(Record):
    """Something the client brings that the plan can build on (seed 002)."""

    id: str = attrs.field(metadata=SAFE)
    kind: StrengthKind
    description: str = attrs.field(repr=False)
    sources: tuple[InformationSource, ...] = ()


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Risk(Record):
    """A risk found at intake or assessment, and what was done about it."""

    id: str = attrs.field(metadata=SAFE)
    kind: RiskKind
    level: RiskLevel
    identified_on: dt.date
    description: str = attrs.field(default="", repr=False)
    actions_taken: tuple[str, ...] = attrs.field(default=(), repr=False)
    statutory_notification: bool = False
    reassessed_on: dt.date | None = None
    resolved_on: dt.date | None = None

    @property
    def has_response(self) -> bool:
        """An action was recorded (in words, not blanks) or a statutory notification made."""
        return bool(texts(self.actions_taken)) or self.statutory_notification

    def is_open(self, as_of: dt.date) -> bool:
        """Identified by ``as_of`` and not yet resolved."""
        return self.identified_on <= as_of and (
            self.resolved_on is None or self.resolved_on > as_of
        )


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class AssessmentSession(Record):
    """One sitting of the assessment: information comes "in bits and pieces"."""

    held_on: dt.date
    participants: tuple[PartyId, ...] = attrs.field(default=(), metadata=PERSON)
    need_numbers: tuple[int, ...] = ()
    notes: str = attrs.field(default="", repr=False)


@attrs.frozen(kw_only=True, field_transformer=typed, repr=False)
class Assessment(Record):
    """The assessment built up over sessions; entries are added, never rewritten.

    ``crisis_first`` records the seed 002 path: the immediate issue is dealt
    with before a comprehensive assessment, so only immediate needs so far.
    """

    needs: tuple[Need, ...] = ()
    strengths: tuple[Strength, ...] = ()
    risks: tuple[Risk, ...] = ()
    sessions: tuple[AssessmentSession, ...] = ()
    client_prioritised: bool = False
    crisis_first: bool = False
    domains_explored: tuple[NeedDomain, ...] = ()

    def need(self, number: int) -> Need | None:
        """The need with this number, or None."""
        for need in self.needs:
            if need.number == number:
                return need
        return None

    @property
    def need_numbers(self) -> frozenset[int]:
        """The numbers of the assessed needs (asked by several rules a case: built in C)."""
        return frozenset(map(_NUMBER, self.needs))

    @property
    def next_need_number(self) -> int:
        """The number the next need gets: numbers are never reused."""
        return max((n.number for n in self.needs), default=0) + 1

    def add_need(self, need: Need) -> Assessment:
        """A copy with ``need`` appended; its number must be new."""
        if need.number in self.need_numbers:
            msg = f"need number {need.number} is already used; numbers are stable"
            raise ValueError(msg)
        return attrs.evolve(self, needs=(*self.needs, need))

    def add_strength(self, strength: Strength) -> Assessment:
        return attrs.evolve(self, strengths=(*self.strengths, strength))

    def add_risk(self, risk: Risk) -> Assessment:
        return attrs.evolve(self, risks=(*self.risks, risk))

    def add_session(self, session: AssessmentSession) -> Assessment:
        return attrs.evolve(self, sessions=(*self.sessions, session))
