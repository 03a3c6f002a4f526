"""Issue 12, items 2 and 5: a disengagement is documented over time and channels; a
transfer names its receiving provider.

ACMA "How the ACMA case management process works" (seed 000): when clients
"don't respond to phone messages or can no longer be contacted", case
managers call "at irregular hours (evenings or weekends)", send "letters with
prepaid reply cards", text and email. QCOSS "Monitoring and reviewing case
work" guide (seed 003): evidence of reasonable notice, and the client's
written permission to transfer their information to "that provider".
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

from casemgmt import Case, Consent, ConsentForm, ConsentPurpose
from casemgmt.closure import DEFAULT_POLICY, ClosureReason, ClosureRecord, evaluate
from casemgmt.monitoring import ContactAttempt, ContactChannel, ContactResult

AS_OF = dt.date(2024, 6, 3)
PHONE, SMS, LETTER = ContactChannel.PHONE, ContactChannel.SMS, ContactChannel.LETTER


def tried(case: Case, *tries: tuple[int, ContactChannel]) -> Case:
    """Failed attempts on the given days of May 2024, by the given channels."""
    attempts = tuple(
        ContactAttempt(on=dt.date(2024, 5, day), channel=ch, result=ContactResult.NO_ANSWER)
        for day, ch in tries
    )
    return attrs.evolve(case, contact_attempts=attempts)


def disengaged(record: ClosureRecord) -> ClosureRecord:
    return attrs.evolve(
        record,
        reason=ClosureReason.DISENGAGED,
        notice_given_on=None,
        agreed_by_client=False,
        no_agreement_reason="client could not be contacted",
    )


def notice(case: Case, record: ClosureRecord, policy: object = DEFAULT_POLICY) -> list[str]:
    verdict = evaluate(case, as_of=AS_OF, record=record, policy=policy)  # type: ignore[arg-type]
    return [f.message for f in verdict.findings if f.code.startswith("closure.notice")]


def test_three_missed_calls_in_one_afternoon_do_not_waive_notice(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: three calls on one day are not "can no longer be contacted"."""
    case = tried(ready_case, (20, PHONE), (20, PHONE), (20, PHONE))
    [message] = notice(case, disengaged(good_record))
    assert "over at least 14 days (they span 0)" in message
    assert "2 channels or by letter (used: phone)" in message


def test_attempts_over_two_weeks_by_two_channels_waive_notice(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: calls at other times and a text over two weeks document it."""
    case = tried(ready_case, (1, PHONE), (8, SMS), (15, PHONE))
    assert [] == notice(case, disengaged(good_record))


def test_a_letter_is_enough_of_a_second_channel(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 000: "sending letters with prepaid reply cards" counts on its own."""
    case = tried(ready_case, (1, LETTER), (8, LETTER), (15, LETTER))
    assert [] == notice(case, disengaged(good_record))


def test_one_channel_over_weeks_still_lacks_a_second(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Phone calls alone, however spread, say only what is missing: another channel."""
    case = tried(ready_case, (1, PHONE), (8, PHONE), (15, PHONE))
    [message] = notice(case, disengaged(good_record))
    assert "still lacks attempts through 2 channels or by letter (used: phone)" in message
    assert "14 days" not in message.split("still lacks")[1]


def test_the_span_and_channels_are_policy_parameters(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """An agency may accept a week and one channel: its policy says so."""
    case = tried(ready_case, (1, PHONE), (4, PHONE), (8, PHONE))
    lenient = DEFAULT_POLICY.with_params(min_contact_span_days=7, min_contact_channels=1)
    assert ([], 1) == (
        notice(case, disengaged(good_record), lenient),
        len(notice(case, disengaged(good_record))),
    )


@pytest.mark.parametrize("field", ["min_contact_span_days", "min_contact_channels"])
def test_negative_parameters_are_refused(field: str) -> None:
    """A negative period or channel count is a mistake."""
    with pytest.raises(ValueError, match=field):
        DEFAULT_POLICY.with_params(**{field: -1})


def _transfer_consent(case: Case, parties: tuple[str, ...]) -> Case:
    consent = Consent(
        id="consent-transfer",
        purposes=(ConsentPurpose.TRANSFER,),
        parties=parties,
        form=ConsentForm.WRITTEN,
        granted_on=case.opened_on,
    )
    return attrs.evolve(case, consents=(*case.consents, consent))


def test_a_transfer_closure_naming_nobody_is_never_consented(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: permission is to transfer to "that provider"; no provider, no permission."""
    import casemgmt as cm

    case = _transfer_consent(ready_case, ("next-provider",))
    record = attrs.evolve(
        good_record, reason=ClosureReason.TRANSFERRED, transfer_consent_id="consent-transfer"
    )
    closed = attrs.evolve(case, closure=record, stage=cm.Stage.CLOSED)
    found = [f for f in cm.validate(closed, as_of=AS_OF) if f.code == "transfer.no-written-consent"]
    assert ["$.closure.transfer_to"] == [f.path for f in found]
    blockers = evaluate(case, as_of=AS_OF, record=record).blockers
    assert "closure.transfer-target-missing" in [f.code for f in blockers]


def test_a_transfer_closure_without_a_cited_consent_naming_nobody_is_found(
    ready_case: Case, good_record: ClosureRecord
) -> None:
    """Seed 003: with no provider and no cited consent, any transfer consent used to do."""
    import casemgmt as cm

    case = _transfer_consent(ready_case, ("next-provider",))
    record = attrs.evolve(good_record, reason=ClosureReason.TRANSFERRED)
    closed = attrs.evolve(case, closure=record, stage=cm.Stage.CLOSED)
    codes = [f.code for f in cm.validate(closed, as_of=AS_OF)]
    assert 1 == codes.count("transfer.no-written-consent")
