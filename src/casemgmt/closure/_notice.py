"""Closure rules on notice, and on a disengagement shown by failed contact attempts."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from casemgmt.closure._policy import ClosureContext
from casemgmt.closure._proposal import _reason
from casemgmt.closure._records import ClosureReason
from casemgmt.core import Finding
from casemgmt.core._episodes import before_episode
from casemgmt.core._findings import ERROR, known_finding
from casemgmt.core._time import iso_day, shift
from casemgmt.monitoring._records import ContactAttempt, ContactChannel

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "disengagement_missing",
    "failed_contact_run",
    "failed_contacts_in_a_row",
    "reasonable_notice",
]

_R = ClosureReason


def failed_contact_run(case: Case, on: dt.date) -> tuple[ContactAttempt, ...]:
    """The failed contact attempts since the last successful contact, up to ``on``, oldest
    first. Attempts of an earlier, closed episode do not count."""
    run: list[ContactAttempt] = []
    attempts = (a for a in case.contact_attempts if a.on <= on and not before_episode(case, a.on))
    for attempt in sorted(attempts, key=lambda a: a.on):
        run = [] if attempt.succeeded else [*run, attempt]
    return tuple(run)


def failed_contacts_in_a_row(case: Case, on: dt.date) -> int:
    """Failed contact attempts since the last successful contact, up to ``on``."""
    return len(failed_contact_run(case, on))


def disengagement_missing(case: Case, ctx: ClosureContext) -> list[str]:
    """What the record still lacks to document a disengagement; empty when documented.

    ACMA (seed 000): clients who "don't respond to phone messages or can no
    longer be contacted" are tried at other hours, by letter with a reply
    card, by text or email. So the failed attempts in a row must number at
    least ``ctx.min_contact_attempts``, span ``ctx.min_contact_span_days``
    from first to last, and use ``ctx.min_contact_channels`` channels or
    include a letter: three missed calls in one afternoon are not enough.
    """
    run = failed_contact_run(case, ctx.closing_on)
    missing: list[str] = []
    if len(run) < ctx.min_contact_attempts:
        missing.append(
            f"{ctx.min_contact_attempts} failed contact attempts in a row (there are {len(run)})"
        )
    span = (run[-1].on - run[0].on).days if run else 0
    if span < ctx.min_contact_span_days:
        missing.append(
            f"attempts spread over at least {ctx.min_contact_span_days} days (they span {span})"
        )
    channels = {a.channel for a in run}
    if len(channels) < ctx.min_contact_channels and ContactChannel.LETTER not in channels:
        used = ", ".join(sorted(c.value for c in channels)) or "none"
        missing.append(
            f"attempts through {ctx.min_contact_channels} channels or by letter (used: {used})"
        )
    return missing


def reasonable_notice(case: Case, ctx: ClosureContext) -> Iterator[Finding]:
    """Seed 003: evidence of reasonable notice; seed 000: "sufficient reminders".

    ``context.notice_days`` before the closing date. Waived when the client
    died or chose to end the service themself, and for a disengaged client
    once the failed contact attempts document it (``disengagement_missing``:
    enough of them, over enough days, by more than one channel or a letter).
    For a disengaged client the finding says what is still missing.
    """
    reason = _reason(ctx)
    if ctx.notice_days == 0 or reason in (_R.DECEASED, _R.CLIENT_CHOSE_TO_END):
        return
    closing = ctx.closing_on
    missing = disengagement_missing(case, ctx) if reason is _R.DISENGAGED else []
    if reason is _R.DISENGAGED and not missing:
        return
    or_attempts = (
        f"; or document the disengagement, which still lacks {'; '.join(missing)}"
        if missing
        else ""
    )
    given = ctx.proposed.notice_given_on if ctx.proposed is not None else None
    if given is None:
        earliest = shift(ctx.as_of, dt.timedelta(days=ctx.notice_days))
        yield known_finding(
            "closure.notice-missing",
            ERROR,
            f"no notice of closure to the client is recorded; this policy asks for"
            f" {ctx.notice_days} days' notice (ACMA process; QCOSS guide){or_attempts}",
            "$.closure.notice_given_on",
            hint=f"give notice and record notice_given_on; notice given on"
            f" {iso_day(ctx.as_of)} allows closing from {iso_day(earliest)}{or_attempts}",
        )
    elif (closing - given).days < ctx.notice_days:
        earliest = shift(given, dt.timedelta(days=ctx.notice_days))
        yield Finding(
            "closure.notice-too-short",
            ERROR,
            f"notice was given {(closing - given).days} days before closing; this policy asks"
            f" for {ctx.notice_days} days (QCOSS guide: reasonable notice){or_attempts}",
            "$.closure.notice_given_on",
            hint=f"close on {iso_day(earliest)} or later{or_attempts}",
        )
