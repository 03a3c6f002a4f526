"""Closure rules on the people around the case: the client and stakeholders agree, are told."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from casemgmt.closure._policy import ClosureContext
from casemgmt.closure._proposal import _reason
from casemgmt.closure._records import ClosureReason, ClosureRecord
from casemgmt.core import Finding
from casemgmt.core._findings import ERROR, WARNING, Severity, known_finding
from casemgmt.core._memo import per_case
from casemgmt.core._parties import PartyRole
from casemgmt.core._text import has_text
from casemgmt.referrals._records import ReferralStatus

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["STAKEHOLDER_ROLES", "client_agreement", "stakeholders_notified"]

_R = ClosureReason
_DRAFT = ReferralStatus.DRAFT

STAKEHOLDER_ROLES = frozenset(
    {PartyRole.SUPPORT_PERSON, PartyRole.CARER_GUARDIAN, PartyRole.EXTERNAL_SERVICE}
)
"""Parties who must be told of a closure and asked to agree to it (seed 003)."""


def _stakeholders(case: Case, record: ClosureRecord | None) -> tuple[_Stakeholder, ...]:
    """(party id, what it is, path) for everyone who must hear of the closure.

    The case's own part is worked out once per case (``per_case``): both rules ask.
    """
    memo = per_case(case)
    found: tuple[_Stakeholder, ...] | None = memo.get(_stakeholders)
    if found is None:
        found = memo[_stakeholders] = tuple(_case_stakeholders(case))
    if record is not None and record.transfer_to is not None:
        target = record.transfer_to
        if all(party_id != target for party_id, _, _ in found):
            return (*found, (target, "transfer target", "$.closure.transfer_to"))
    return found


_Stakeholder = tuple[str, str, str]


def _case_stakeholders(case: Case) -> Iterator[_Stakeholder]:
    seen: set[str] = set()
    for i, party in enumerate(case.parties):
        if party.role in STAKEHOLDER_ROLES and party.id not in seen:
            seen.add(party.id)
            yield party.id, party.role._value_, f"$.parties[{i}]"
    for i, referral in enumerate(case.referrals):
        service = referral.to.id
        if service in seen:  # first: a service already listed needs no status worked out
            continue
        status = referral.status
        if status is not _DRAFT and status.is_open:
            # status.has_shared: anything past draft
            seen.add(service)
            yield service, f"service with open referral {referral.id}", f"$.referrals[{i}].to"


_NO_AGREEMENT = Finding(
    "closure.no-agreement",
    ERROR,
    "there is no record that the client agreed to the closure, nor why their"
    " agreement could not be had (QCOSS guide)",
    "$.closure.agreed_by_client",
    hint="set agreed_by_client=True, or explain in no_agreement_reason (e.g. the"
    " client could not be contacted)",
)
# Built once: a closing checklist reports it for every case (issue 19).


def client_agreement(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: evidence that the client and stakeholders agreed, wherever possible."""
    record = ctx.proposed
    if _reason(ctx) is _R.DECEASED:
        return
    explained = record is not None and has_text(record.no_agreement_reason)
    if not explained and not (record is not None and record.agreed_by_client):
        yield _NO_AGREEMENT
    if explained:
        return
    yield from _not_recorded(
        _stakeholders(case, None),
        record.agreed_by if record is not None else (),
        "closure.stakeholder-agreement-missing",
        WARNING,
        says="is not recorded as agreeing to the closure; QCOSS guide asks"
        " for the agreement of all relevant stakeholders wherever possible",
        hint=(
            "add ",
            " to agreed_by, or say in no_agreement_reason why agreement could not be had",
        ),
    )


def stakeholders_notified(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: provide notice of closure to all relevant stakeholders."""
    record = ctx.proposed
    yield from _not_recorded(
        _stakeholders(case, record),
        record.notices_sent_to if record is not None else (),
        "closure.stakeholder-not-notified",
        ERROR,
        says="has not been sent notice of the closure (QCOSS guide)",
        hint=("send notice and add ", " to notices_sent_to"),
    )


def _not_recorded(
    stakeholders: Iterable[_Stakeholder],
    recorded: Iterable[str],
    code: str,
    severity: Severity,
    *,
    says: str,
    hint: tuple[str, str],
) -> Iterator[Finding]:
    """A finding for each stakeholder missing from ``recorded`` (who agreed, who was told).

    The message is "<what> <party id> " + ``says``; the hint is the party id's ``repr``
    between ``hint``'s two parts (an f-string: ``%`` cost half as much again, issue 19).
    """
    done = set(recorded)
    before, after = hint
    for party_id, what, path in stakeholders:
        if party_id not in done:
            yield known_finding(
                code, severity, f"{what} {party_id} {says}", path, f"{before}{party_id!r}{after}"
            )
