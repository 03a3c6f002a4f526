"""Hypothesis strategies for every public record, and whole valid cases.

Users test their own rules with these, and so do we::

    from hypothesis import given
    from casemgmt.testing.strategies import cases

    @given(cases())
    def test_my_rule_never_crashes(case): ...

``cases()`` builds realistic, internally consistent cases: goals cite needs
the assessment has, actions belong to goals the plan has, dates run in
order, and some cases are closed.
"""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from casemgmt.assessment import (
    Assessment,
    AssessmentSession,
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
from casemgmt.case import Case, Stage, StageChange
from casemgmt.closure import ClosureReason, ClosureRecord, ExitPlan, ExitSupport
from casemgmt.core._client import Client, ContactDetails
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.core._parties import Party, PartyRole
from casemgmt.core._time import Timeframe
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
from casemgmt.planning._records import (
    Action,
    ActionKind,
    ActionStatus,
    CasePlan,
    DeferredNeed,
    Goal,
    GoalHorizon,
    GoalStatus,
    Responsible,
    StrengthStrategy,
)
from casemgmt.referrals import (
    Advocacy,
    InboundReferral,
    ReceivingService,
    Referral,
    ReferralStatus,
    ScreeningDecision,
)

__all__ = [
    "actions",
    "advocacy",
    "assessments",
    "case_notes",
    "case_plans",
    "cases",
    "clients",
    "closure_records",
    "consents",
    "contact_attempts",
    "dates",
    "exit_plans",
    "goal_progress",
    "goals",
    "inbound_referrals",
    "needs",
    "parties",
    "plan_diffs",
    "plan_revisions",
    "receiving_services",
    "referrals",
    "reviews",
    "risks",
    "strengths",
    "timeframes",
]

_EPOCH = dt.date(2020, 1, 1)
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=["Cs"]), min_size=0, max_size=40
)
_WORDS = st.sampled_from(
    [
        "find stable housing",
        "attend the job club every Tuesday",
        "open a bank account",
        "enrol the children in school",
        "pay $100 a month towards arrears for six months",
        "see the GP about sleep",
        "join a weekly parenting group",
    ]
)
_IDS = st.from_regex(r"[a-z]{1,6}-[0-9]{1,4}", fullmatch=True)
_TIMEFRAME_WORDS = st.sampled_from(
    ["1 day", "3 days", "1 week", "2 weeks", "a fortnight", "1 month", "six months", "1 year"]
)


def dates(start: dt.date = _EPOCH, days: int = 2000) -> st.SearchStrategy[dt.date]:
    """Dates from ``start`` up to ``days`` later."""
    return st.integers(0, days).map(lambda n: start + dt.timedelta(days=n))


def timeframes() -> st.SearchStrategy[Timeframe]:
    return _TIMEFRAME_WORDS.map(Timeframe)


def clients() -> st.SearchStrategy[Client]:
    return st.builds(
        Client,
        id=_IDS.map(lambda s: f"client-{s}"),
        name=st.from_regex(r"[A-Z][a-z]{1,10}( [A-Z][a-z]{1,12}){1,2}", fullmatch=True),
        date_of_birth=st.none() | dates(dt.date(1930, 1, 1), 30000),
        preferred_language=st.sampled_from(["", "English", "Arabic", "Dari", "Vietnamese"]),
        interpreter_needed=st.booleans(),
        cultural_identity_notes=_TEXT,
        contact=st.builds(
            ContactDetails,
            phone=st.from_regex(r"04[0-9]{8}", fullmatch=True),
            email=st.from_regex(r"[a-z]{3,8}@example\.org", fullmatch=True),
            address=st.builds(
                "{} {} Street, {}".format,
                st.integers(1, 999),
                st.sampled_from(["Wattle", "Banksia", "Jacaranda", "Ironbark"]),
                st.sampled_from(["Parramatta", "Logan", "Elizabeth", "Geelong"]),
            ),
        ),
    )


def parties(role: PartyRole | None = None) -> st.SearchStrategy[Party]:
    return st.builds(
        Party,
        id=_IDS,
        role=st.just(role) if role is not None else st.sampled_from(PartyRole),
        name=_TEXT,
        organisation=_TEXT,
    )


def consents(
    party_ids: st.SearchStrategy[str] = _IDS, granted: st.SearchStrategy[dt.date] | None = None
) -> st.SearchStrategy[Consent]:
    @st.composite
    def build(draw: st.DrawFn) -> Consent:
        granted_on = draw(granted if granted is not None else dates())
        withdrawn = draw(st.none() | st.integers(0, 400))
        return Consent(
            id=draw(_IDS.map(lambda s: f"consent-{s}")),
            purposes=tuple(draw(st.sets(st.sampled_from(ConsentPurpose), min_size=1))),
            parties=tuple(draw(st.lists(party_ids, max_size=3, unique=True))),
            form=draw(st.sampled_from(ConsentForm)),
            granted_on=granted_on,
            withdrawn_on=None if withdrawn is None else granted_on + dt.timedelta(days=withdrawn),
            categories=tuple(draw(st.lists(st.sampled_from(_CATEGORIES), max_size=3, unique=True))),
        )

    return build()


_CATEGORIES = ["contact", "housing", "health", "income", "legal", "children", "case-plan"]


def needs(number: int | None = None) -> st.SearchStrategy[Need]:
    return st.builds(
        Need,
        number=st.just(number) if number is not None else st.integers(1, 50),
        domain=st.sampled_from(NeedDomain),
        description=_TEXT,
        priority=st.sampled_from(NeedPriority),
        sources=st.lists(st.sampled_from(InformationSource), max_size=2, unique=True).map(tuple),
        in_clients_words=st.booleans(),
        verified_with_client=st.booleans(),
    )


def strengths() -> st.SearchStrategy[Strength]:
    return st.builds(Strength, id=_IDS, kind=st.sampled_from(StrengthKind), description=_TEXT)


def risks(identified: st.SearchStrategy[dt.date] | None = None) -> st.SearchStrategy[Risk]:
    """Risks; a high one always has a recorded response (a valid assessment)."""

    @st.composite
    def build(draw: st.DrawFn) -> Risk:
        level = draw(st.sampled_from(RiskLevel))
        actions = draw(st.lists(_WORDS, max_size=2))
        if level is RiskLevel.HIGH and not actions:
            actions = ["referred to the crisis team the same day"]
        return Risk(
            id=draw(_IDS),
            kind=draw(st.sampled_from(RiskKind)),
            level=level,
            identified_on=draw(identified if identified is not None else dates()),
            actions_taken=tuple(actions),
            statutory_notification=draw(st.booleans()),
        )

    return build()


def assessments(max_needs: int = 8, start: dt.date = _EPOCH) -> st.SearchStrategy[Assessment]:
    """Assessments with needs numbered 1..n (numbers are stable and unique)."""

    @st.composite
    def build(draw: st.DrawFn) -> Assessment:
        count = draw(st.integers(0, max_needs))
        numbered = tuple(draw(needs(i)) for i in range(1, count + 1))
        return Assessment(
            needs=numbered,
            strengths=tuple(draw(st.lists(strengths(), max_size=3, unique_by=lambda x: x.id))),
            risks=tuple(draw(st.lists(risks(dates(start, 60)), max_size=2))),
            sessions=(AssessmentSession(held_on=start, need_numbers=tuple(range(1, count + 1))),),
            client_prioritised=draw(st.booleans()),
            crisis_first=draw(st.booleans()),
            domains_explored=tuple(sorted({n.domain for n in numbered}, key=lambda d: d.value)),
        )

    return build()


def goals(
    need_numbers: st.SearchStrategy[tuple[int, ...]] | None = None,
    goal_id: st.SearchStrategy[str] = _IDS,
    plan_date: dt.date = _EPOCH,
) -> st.SearchStrategy[Goal]:
    @st.composite
    def build(draw: st.DrawFn) -> Goal:
        agreed = draw(st.booleans())
        return Goal(
            id=draw(goal_id),
            statement=draw(_WORDS).capitalize(),
            need_numbers=draw(
                need_numbers
                if need_numbers is not None
                else st.lists(st.integers(1, 8), min_size=1, max_size=3).map(tuple)
            ),
            horizon=draw(st.sampled_from(GoalHorizon)),
            indicators=tuple(draw(st.lists(_WORDS, max_size=2))),
            target_date=draw(st.none() | dates(plan_date, 720)),
            priority=draw(st.integers(1, 5)),
            status=draw(st.sampled_from(GoalStatus)),
            agreed_by_client=agreed,
            agreed_on=plan_date if agreed else None,
        )

    return build()


def actions(goal_id: str = "g-1", plan_date: dt.date = _EPOCH) -> st.SearchStrategy[Action]:
    @st.composite
    def build(draw: st.DrawFn) -> Action:
        frame = draw(timeframes())
        return Action(
            id=draw(_IDS.map(lambda s: f"a-{s}")),
            goal_id=goal_id,
            what=draw(_WORDS),
            responsible=draw(st.sampled_from(Responsible)),
            kind=draw(st.sampled_from(ActionKind)),
            timeframe=frame,
            timeframe_note=draw(st.sampled_from(["", "to book in", "for an appointment"])),
            due_date=frame.due_from(plan_date),
            status=draw(st.sampled_from(ActionStatus)),
        )

    return build()


def case_plans(
    need_numbers: tuple[int, ...] = (1, 2, 3),
    created: dt.date = _EPOCH,
    version: int = 1,
    strength_ids: tuple[str, ...] = (),
) -> st.SearchStrategy[CasePlan]:
    """Plans whose goals cite only ``need_numbers``, whose actions cite real goals,
    and which build on each of ``strength_ids``."""

    @st.composite
    def build(draw: st.DrawFn) -> CasePlan:
        cited = (
            st.lists(st.sampled_from(need_numbers), min_size=1, max_size=2, unique=True).map(tuple)
            if need_numbers
            else st.just(())
        )
        count = draw(st.integers(0, min(5, len(need_numbers))))  # no needs, no goals
        plan_goals = tuple(
            draw(goals(cited, st.just(f"g-{i}"), created)) for i in range(1, count + 1)
        )
        plan_actions: list[Action] = []
        for goal in plan_goals:
            for j in range(draw(st.integers(0, 3))):
                act = draw(actions(goal.id, created))
                plan_actions.append(
                    act.__class__(
                        **{**{f: getattr(act, f) for f in _ACTION_FIELDS}, "id": f"{goal.id}-a{j}"}
                    )
                )
        covered = {
            n for g in plan_goals if g.status is not GoalStatus.ENTERED_IN_ERROR
            for n in g.need_numbers
        }  # fmt: skip
        deferred = tuple(
            DeferredNeed(need_number=n, reason="crisis first: housing before this need")
            for n in need_numbers
            if n not in covered
        )
        signed = draw(st.booleans())
        return CasePlan(
            version=version,
            created_on=created,
            goals=plan_goals,
            actions=tuple(plan_actions),
            deferred_needs=deferred,
            strength_strategies=tuple(
                StrengthStrategy(strength_id=s, strategy="build on it in every goal")
                for s in strength_ids
            ),
            review_date=draw(st.none() | dates(created + dt.timedelta(days=30), 150)),
            agreed_by_client=signed,
            signed_by_client_on=created if signed else None,
            signed_by_case_manager_on=created if signed else None,
        )

    return build()


_ACTION_FIELDS = [
    "id", "goal_id", "what", "responsible", "responsible_party", "service_name", "kind",
    "timeframe", "timeframe_note", "due_date", "status", "completed_on",
]  # fmt: skip


def receiving_services() -> st.SearchStrategy[ReceivingService]:
    return st.builds(
        ReceivingService,
        id=_IDS.map(lambda s: f"svc-{s}"),
        organisation=st.sampled_from(["RentConnect", "Paradise Kids", "Job Link", "Headspace"]),
        service=_TEXT,
        location=_TEXT,
    )


_R = ReferralStatus
_PATHS: list[list[ReferralStatus]] = [
    [],
    [_R.CANCELLED],
    [_R.SENT],
    [_R.SENT, _R.ACCEPTED],
    [_R.SENT, _R.DECLINED],
    [_R.SENT, _R.WAITLISTED],
    [_R.SENT, _R.WAITLISTED, _R.ACCEPTED],
    [_R.SENT, _R.WAITLISTED, _R.LAPSED],
    [_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED],
    [_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED, _R.ATTENDED],
    [_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED, _R.ATTENDED, _R.COMPLETED],
    [_R.SENT, _R.ACCEPTED, _R.APPOINTMENT_BOOKED, _R.CANCELLED],
    [_R.SENT, _R.LAPSED],
]
"""Legal routes through the lifecycle; their last steps cover every status."""
del _R


def referrals(
    need_numbers: tuple[int, ...] = (1,),
    goal_ids: tuple[str, ...] = (),
    made: dt.date = _EPOCH,
    *,
    status: ReferralStatus | None = None,
) -> st.SearchStrategy[Referral]:
    """Referrals in every status, reached only through legal moves.

    Each serves at least one need when ``need_numbers`` is given (seed 000:
    referral is purposeful). ``status`` fixes the final status.
    """
    paths = [
        p for p in _PATHS if status is None or (p[-1] if p else ReferralStatus.DRAFT) is status
    ]

    @st.composite
    def build(draw: st.DrawFn) -> Referral:
        ref = Referral(
            id=draw(_IDS.map(lambda s: f"r-{s}")),
            to=draw(receiving_services()),
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
                draw(st.lists(st.sampled_from(_CATEGORIES), max_size=3, unique=True))
            ),
            follow_up_on=draw(st.none() | dates(made, 90)),
        )
        day = made
        for step in draw(st.sampled_from(paths)):
            day += dt.timedelta(days=draw(st.integers(0, 20)))
            ref = ref.move_to(step, on=day, by="cm-1", reason="recorded in test data")
        return ref

    return build()


def inbound_referrals() -> st.SearchStrategy[InboundReferral]:
    @st.composite
    def build(draw: st.DrawFn) -> InboundReferral:
        received = draw(dates())
        decision = draw(st.sampled_from(ScreeningDecision))
        not_accepted = decision is ScreeningDecision.NOT_ACCEPTED
        return InboundReferral(
            received_on=received,
            source=draw(st.sampled_from(["self", "GP", "Centrelink", "school"])),
            decision=decision,
            decided_on=None if decision is ScreeningDecision.PENDING else received,
            explanation="outside our catchment" if not_accepted else "",
            referred_on_to="Local housing service" if not_accepted else "",
        )

    return build()


def advocacy(
    started: dt.date = _EPOCH, consent_id: st.SearchStrategy[str | None] | None = None
) -> st.SearchStrategy[Advocacy]:
    """Advocacy records; ``consent_id`` draws the permission they name."""
    return st.builds(
        Advocacy,
        id=_IDS.map(lambda s: f"adv-{s}"),
        started_on=st.just(started),
        target=st.sampled_from(["Housing authority", "School", "Centrelink"]),
        asked_for=_WORDS,
        consent_id=consent_id if consent_id is not None else st.none() | _IDS,
    )


def goal_progress(goal_id: str = "g-1") -> st.SearchStrategy[GoalProgress]:
    return st.builds(
        GoalProgress,
        goal_id=st.just(goal_id),
        achievement=st.sampled_from(Achievement),
        client_view=st.none() | st.sampled_from(Achievement),
        gas_level=st.none() | st.integers(-2, 2),
    )


def reviews(
    goal_ids: tuple[str, ...] = ("g-1",), held: st.SearchStrategy[dt.date] | None = None
) -> st.SearchStrategy[Review]:
    @st.composite
    def build(draw: st.DrawFn) -> Review:
        held_on = draw(held if held is not None else dates())
        kind = draw(st.sampled_from(ReviewKind))
        return Review(
            held_on=held_on,
            kind=kind,
            trigger=draw(st.sampled_from(ReviewTrigger)) if kind is ReviewKind.TRIGGERED else None,
            format=draw(st.sampled_from(ReviewFormat)),
            progress=tuple(draw(goal_progress(g)) for g in goal_ids),
            client_satisfied=draw(st.none() | st.booleans()),
            next_review_on=draw(st.none() | dates(held_on + dt.timedelta(days=1), 150)),
            client_comment=draw(
                st.sampled_from(["", "I feel more settled", "Nothing has changed"])
            ),
        )

    return build()


def plan_diffs() -> st.SearchStrategy[PlanDiff]:
    """Diffs between two drawn plans; their ids overlap, so every kind of change occurs."""
    return st.one_of(
        st.just(PlanDiff()),
        st.tuples(case_plans(), case_plans(version=2)).map(lambda pair: diff_plans(*pair)),
    )


def plan_revisions() -> st.SearchStrategy[PlanRevision]:
    return st.builds(
        PlanRevision,
        from_version=st.just(1),
        to_version=st.just(2),
        revised_on=dates(),
        reason=st.sampled_from(["no progress on housing", "client asked to change the order", ""]),
        trigger=st.none() | st.sampled_from(ReviewTrigger),
        diff=plan_diffs(),
        agreed_by_client=st.booleans(),
        agreed_by=st.lists(_IDS, max_size=2, unique=True).map(tuple),
        new_review_date=st.none() | dates(),
        by=st.just("cm-1"),
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
        by=st.just("cm-1"),
    )


def case_notes(written: st.SearchStrategy[dt.date] | None = None) -> st.SearchStrategy[CaseNote]:
    return st.builds(
        CaseNote,
        written_on=written if written is not None else dates(),
        author=st.just("cm-1"),
        kind=st.sampled_from(NoteKind),
        text=_WORDS,
    )


def exit_plans() -> st.SearchStrategy[ExitPlan]:
    return st.builds(
        ExitPlan,
        achievements=st.lists(_WORDS, max_size=2).map(tuple),
        supports_after_exit=st.lists(
            st.builds(
                ExitSupport,
                need=_WORDS,
                provided_by=st.just("GP"),
                referral_id=st.none() | _IDS.map(lambda s: f"r-{s}"),
                risk_id=st.none() | _IDS,
            ),
            max_size=2,
        ).map(tuple),
        how_to_return=st.just("Call the intake line or drop in any weekday."),
        follow_up_on=st.none() | dates(),
    )


def closure_records(
    closed: st.SearchStrategy[dt.date] | None = None,
) -> st.SearchStrategy[ClosureRecord]:
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
            by="cm-1",
        )

    return build()


@st.composite
def _cases(draw: st.DrawFn, closed: bool | None, consent: bool | None) -> Case:
    opened = draw(dates(_EPOCH, 1500))
    client = draw(clients())
    manager = Party(id="cm-1", role=PartyRole.CASE_MANAGER, name="Worker")
    assessment = draw(assessments(start=opened))
    numbers = tuple(n.number for n in assessment.needs)
    history: list[StageChange] = []
    stage = Stage.INTAKE
    day = opened

    def advance(to: Stage, gap: int) -> None:
        nonlocal stage, day
        day = day + dt.timedelta(days=gap)
        history.append(
            StageChange(from_stage=stage, to_stage=to, on=day, by="cm-1", reason="next step")
        )
        stage = to

    plan = None
    referral_list: tuple[Referral, ...] = ()
    advocacy_list: tuple[Advocacy, ...] = ()
    review_list: tuple[Review, ...] = ()
    consented = draw(st.booleans()) if consent is None else consent
    if draw(st.booleans()) or closed:
        advance(Stage.ASSESSMENT, draw(st.integers(0, 7)))
        advance(Stage.PLANNING, draw(st.integers(1, 21)))
        strength_ids = tuple(s.id for s in assessment.strengths)
        plan = draw(case_plans(numbers, created=day, strength_ids=strength_ids))
        goal_ids = tuple(g.id for g in plan.goals)
        advance(Stage.IMPLEMENTATION, draw(st.integers(0, 7)))
        if numbers:
            referral_list = tuple(
                draw(
                    st.lists(
                        referrals(numbers, goal_ids, day), max_size=3, unique_by=lambda r: r.id
                    )
                )
            )
        advocacy_list = tuple(
            draw(
                st.lists(
                    advocacy(day, st.just("consent-advocate" if consented else None)),
                    max_size=2,
                    unique_by=lambda a: a.id,
                )
            )
        )
        drawn = draw(st.lists(reviews(goal_ids, dates(day, 200)), max_size=4))
        review_list = tuple(sorted(drawn, key=lambda r: r.held_on))
        if review_list:
            advance(Stage.MONITORING, max(0, (review_list[-1].held_on - day).days))
    closure = None
    if closed if closed is not None else draw(st.booleans()):
        closure = draw(closure_records(dates(day, 120)))
        advance(Stage.CLOSED, (closure.closed_on - day).days)
    consent_list = _case_consents(opened, referral_list, closure, consented=consented)
    return Case(
        id=draw(_IDS.map(lambda s: f"case-{s}")),
        client=client,
        opened_on=opened,
        stage=stage,
        stage_history=tuple(history),
        parties=(manager,),
        consents=consent_list,
        referral_in=draw(st.none() | inbound_referrals()),
        assessment=assessment,
        plan=plan,
        referrals=referral_list,
        advocacy=advocacy_list,
        reviews=review_list,
        contact_attempts=tuple(draw(st.lists(contact_attempts(dates(opened, 300)), max_size=3))),
        notes=tuple(draw(st.lists(case_notes(dates(opened, 300)), max_size=3))),
        closure=closure,
    )


def _case_consents(
    opened: dt.date,
    referral_list: tuple[Referral, ...],
    closure: ClosureRecord | None,
    *,
    consented: bool,
) -> tuple[Consent, ...]:
    """The intake consent, and, when ``consented``, the consents that cover
    every referral's service, the advocacy and a closing transfer."""
    pur = ConsentPurpose
    if not consented:
        return (
            Consent(
                id="consent-intake",
                purposes=(pur.COLLECT, pur.USE, pur.STORE),
                form=ConsentForm.VERBAL,
                granted_on=opened,
            ),
        )
    written = ConsentForm.WRITTEN
    found = [
        Consent(
            id="consent-intake",
            purposes=(pur.COLLECT, pur.USE, pur.STORE, pur.SHARE),
            parties=tuple(dict.fromkeys(r.to.id for r in referral_list)),
            form=written,
            granted_on=opened,
        ),
        Consent(id="consent-advocate", purposes=(pur.ADVOCATE,), form=written, granted_on=opened),
    ]
    transfers = tuple(dict.fromkeys(r.to.id for r in referral_list if r.transfer))
    if closure is not None and closure.transfer_to is not None:
        transfers = (*transfers, closure.transfer_to)
    if transfers or (closure is not None and closure.reason is ClosureReason.TRANSFERRED):
        found.append(
            Consent(
                id="consent-transfer",
                purposes=(pur.TRANSFER,),
                parties=transfers or ("next-provider",),
                form=written,
                granted_on=opened,
            )
        )
    return tuple(found)


def cases(*, closed: bool | None = None, consent: bool | None = True) -> st.SearchStrategy[Case]:
    """Valid, varied cases: open and closed, with and without plans,
    referrals, advocacy and reviews. ``closed=True``/``False`` fixes which.

    ``consent=True`` (the default) records written consents covering every
    referral's service, the advocacy and any transfer; ``consent=False``
    records only a verbal consent to collect, use and store, so every sent
    referral and every advocacy lacks consent; ``None`` draws either.
    """
    return _cases(closed, consent)
