"""Strategies for referrals, advocacy, reviews, revisions, contact, notes and closure records."""

from __future__ import annotations

import datetime as dt

import attrs
from hypothesis import strategies as st

from casemgmt.closure import ClosureReason, ClosureRecord, ExitPlan, ExitSupport
from casemgmt.monitoring import (
    Achievement,
    CaseNote,
    ContactAttempt,
    ContactChannel,
    ContactResult,
    GoalProgress,
    NoteKind,
    PlanDiff,
    PlanRevision,
    Review,
    ReviewFormat,
    ReviewKind,
    ReviewTrigger,
    RevisionKind,
    diff_plans,
)
from casemgmt.referrals import (
    Advocacy,
    InboundReferral,
    ReceivingService,
    Referral,
    ReferralStatus,
    ScreeningDecision,
)
from casemgmt.testing.strategies._common import (
    CATEGORIES,
    EPOCH,
    IDS,
    MANAGER,
    TEXT,
    WORDS,
    dates,
    day_after,
)
from casemgmt.testing.strategies._planning import case_plans

__all__ = [
    "advocacy",
    "case_notes",
    "closure_records",
    "contact_attempts",
    "exit_plans",
    "goal_progress",
    "inbound_referrals",
    "plan_diffs",
    "plan_revisions",
    "receiving_services",
    "referrals",
    "reviews",
]

_ORGANISATIONS = ("RentConnect", "Paradise Kids", "Job Link", "Headspace", "Legal Aid")


def service(draw: st.DrawFn, service_id: str) -> ReceivingService:
    return ReceivingService(
        id=service_id,
        organisation=draw(st.sampled_from(_ORGANISATIONS)),
        service=draw(st.just("") | TEXT),
        location=draw(st.just("") | TEXT),
    )


def receiving_services() -> st.SearchStrategy[ReceivingService]:
    return st.composite(lambda draw: service(draw, f"svc-{draw(IDS)}"))()


_R = ReferralStatus
PATHS: tuple[tuple[ReferralStatus, ...], ...] = (
    (_R.SENT,),
    (_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED, _R.ATTENDED, _R.COMPLETED),
    (_R.SENT, _R.ACCEPTED),
    (_R.SENT, _R.WAITLISTED),
    (_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED),
    (_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED, _R.ATTENDED),
    (),
    (_R.CANCELLED,),
    (_R.SENT, _R.DECLINED),
    (_R.SENT, _R.WAITLISTED, _R.ACCEPTED),
    (_R.SENT, _R.WAITLISTED, _R.LAPSED),
    (_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED, _R.CANCELLED),
    (_R.SENT, _R.LAPSED),
)
"""Legal routes through the lifecycle; their last steps cover every status. A sent,
still open referral comes first: hypothesis draws the first route most often."""
ENDED_PATHS = tuple(p for p in PATHS if p and not p[-1].is_open)
"""Routes that end the referral: what a case needs before it closes."""
del _R


def referral(
    draw: st.DrawFn,
    referral_id: str,
    need_numbers: tuple[int, ...],
    goal_ids: tuple[str, ...],
    *,
    made: dt.date,
    paths: tuple[tuple[ReferralStatus, ...], ...] = PATHS,
) -> Referral:
    """A referral made on ``made``, moved along one of ``paths``, followed up.

    A sent referral gets a follow-up date; one the client attended or
    completed is confirmed by its history, and some others by the worker.
    """
    ref = Referral(
        id=referral_id,
        to=service(draw, f"svc-{draw(IDS)}"),
        made_on=made,
        need_numbers=tuple(
            draw(st.lists(st.sampled_from(need_numbers), min_size=1, max_size=2, unique=True))
        )
        if need_numbers
        else (),
        goal_id=draw(st.none() | st.sampled_from(goal_ids)) if goal_ids else None,
        self_referral=draw(st.booleans()),
        warm_handoff=draw(st.booleans()),
        capacity_checked=draw(st.booleans()),
        location_checked=draw(st.booleans()),
        information_shared=tuple(
            draw(st.lists(st.sampled_from(CATEGORIES), max_size=3, unique=True))
        ),
    )
    day = made
    for step in draw(st.sampled_from(paths)):
        day = day_after(draw, day, 0, 20)
        ref = ref.move_to(step, on=day, by=MANAGER, reason="recorded in test data")
    sent = ref.sent_on
    if sent is None:
        return ref
    follow_up = day_after(draw, sent, 7, 42)
    confirmed = None
    if ref.confirmed_on() is None and draw(st.booleans()):
        confirmed = day_after(draw, sent, 1, 42)
    return attrs.evolve(
        ref,
        follow_up_on=follow_up,
        service_confirmed_on=confirmed,
        confirmed_by=MANAGER if confirmed else None,
    )


def referrals(
    need_numbers: tuple[int, ...] = (1,),
    goal_ids: tuple[str, ...] = (),
    made: dt.date = EPOCH,
    *,
    status: ReferralStatus | None = None,
) -> st.SearchStrategy[Referral]:
    """Referrals in every status, reached only through legal moves.

    Each serves at least one need when ``need_numbers`` is given (seed 000:
    referral is purposeful). ``status`` fixes the final status.
    """
    paths = tuple(
        p for p in PATHS if status is None or (p[-1] if p else ReferralStatus.DRAFT) is status
    )
    return st.composite(
        lambda draw: referral(
            draw, f"r-{draw(IDS)}", need_numbers, goal_ids, made=made, paths=paths
        )
    )()


def inbound_referrals(received: dt.date | None = None) -> st.SearchStrategy[InboundReferral]:
    """Referrals in, screened; ``received`` fixes the day (else drawn)."""

    @st.composite
    def build(draw: st.DrawFn) -> InboundReferral:
        on = received if received is not None else draw(dates())
        decision = draw(st.sampled_from(ScreeningDecision))
        not_accepted = decision is ScreeningDecision.NOT_ACCEPTED
        return InboundReferral(
            received_on=on,
            source=draw(st.sampled_from(["self", "GP", "Centrelink", "school"])),
            decision=decision,
            decided_on=None if decision is ScreeningDecision.PENDING else on,
            explanation="outside our catchment" if not_accepted else "",
            referred_on_to="Local housing service" if not_accepted else "",
        )

    return build()


def advocacy(
    started: dt.date = EPOCH, consent_id: st.SearchStrategy[str | None] | None = None
) -> st.SearchStrategy[Advocacy]:
    """Advocacy records; ``consent_id`` draws the permission they name."""
    return st.builds(
        Advocacy,
        id=IDS.map(lambda s: f"adv-{s}"),
        started_on=st.just(started),
        target=st.sampled_from(["Housing authority", "School", "Centrelink"]),
        asked_for=WORDS,
        consent_id=consent_id if consent_id is not None else st.none() | IDS,
    )


def goal_progress(goal_id: str = "g-1") -> st.SearchStrategy[GoalProgress]:
    return st.builds(
        GoalProgress,
        goal_id=st.just(goal_id),
        achievement=st.sampled_from(Achievement),
        client_view=st.none() | st.sampled_from(Achievement),
        gas_level=st.none() | st.integers(-2, 2),
    )


def review(
    draw: st.DrawFn,
    held_on: dt.date,
    progress: tuple[GoalProgress, ...],
    next_review_on: dt.date | None,
) -> Review:
    kind = draw(st.sampled_from(ReviewKind))
    return Review(
        held_on=held_on,
        kind=kind,
        trigger=draw(st.sampled_from(ReviewTrigger)) if kind is ReviewKind.TRIGGERED else None,
        format=draw(st.sampled_from(ReviewFormat)),
        progress=progress,
        client_satisfied=draw(st.none() | st.booleans()),
        next_review_on=next_review_on,
        client_comment=draw(st.sampled_from(["", "I feel more settled", "Nothing has changed"])),
    )


def reviews(
    goal_ids: tuple[str, ...] = ("g-1",), held: st.SearchStrategy[dt.date] | None = None
) -> st.SearchStrategy[Review]:
    @st.composite
    def build(draw: st.DrawFn) -> Review:
        held_on = draw(held if held is not None else dates())
        progress = tuple(draw(goal_progress(g)) for g in goal_ids)
        return review(draw, held_on, progress, draw(st.none() | dates(held_on, 150)))

    return build()


def plan_diffs() -> st.SearchStrategy[PlanDiff]:
    """Diffs between two drawn plans; their ids overlap, so every kind of change occurs."""
    return st.one_of(
        st.just(PlanDiff()),
        st.tuples(case_plans(), case_plans(version=2)).map(lambda pair: diff_plans(*pair)),
    )


def plan_revisions() -> st.SearchStrategy[PlanRevision]:
    """Revision records, some without a reason or agreement (findings, not errors)."""
    return st.builds(
        PlanRevision,
        from_version=st.just(1),
        to_version=st.just(2),
        revised_on=dates(),
        reason=st.sampled_from(["no progress on housing", "client asked to change the order", ""]),
        trigger=st.none() | st.sampled_from(ReviewTrigger),
        diff=plan_diffs(),
        agreed_by_client=st.booleans(),
        agreed_by=st.lists(IDS, max_size=2, unique=True).map(tuple),
        new_review_date=st.none() | dates(),
        by=st.just(MANAGER),
        kind=st.sampled_from(RevisionKind),
    )


def contact_attempts(
    on: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[ContactAttempt]:
    return st.builds(
        ContactAttempt,
        on=on if on is not None else dates(),
        channel=st.sampled_from(ContactChannel),
        result=st.sampled_from(ContactResult),
        by=st.just(MANAGER),
    )


def case_notes(written: st.SearchStrategy[dt.date] | None = None) -> st.SearchStrategy[CaseNote]:
    return st.builds(
        CaseNote,
        written_on=written if written is not None else dates(),
        author=st.just(MANAGER),
        kind=st.sampled_from(NoteKind),
        text=WORDS,
    )


def exit_plans() -> st.SearchStrategy[ExitPlan]:
    return st.builds(
        ExitPlan,
        achievements=st.lists(WORDS, max_size=2).map(tuple),
        supports_after_exit=st.lists(
            st.builds(
                ExitSupport,
                need=WORDS,
                provided_by=st.just("GP"),
                referral_id=st.none() | IDS.map(lambda s: f"r-{s}"),
                risk_id=st.none() | IDS,
            ),
            max_size=2,
        ).map(tuple),
        how_to_return=st.just("Call the intake line or drop in any weekday."),
        follow_up_on=st.none() | dates(),
    )


def closure_records(
    closed: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[ClosureRecord]:
    """Closure records on their own; for records that fit a case, see ``closure_proposals``."""

    @st.composite
    def build(draw: st.DrawFn) -> ClosureRecord:
        closed_on = draw(closed if closed is not None else dates())
        reason = draw(st.sampled_from(ClosureReason))
        return ClosureRecord(
            reason=reason,
            closed_on=closed_on,
            reason_text="funding for the program ended" if reason is ClosureReason.OTHER else "",
            outcome_summary="housed and working",
            agreed_by_client=draw(st.booleans()),
            notice_given_on=draw(
                st.none() | st.integers(0, 42).map(lambda d: closed_on - dt.timedelta(days=d))
            ),
            exit_plan=draw(st.none() | exit_plans()),
            by=MANAGER,
        )

    return build()
