"""Closure-policy throughput over cases streamed from JSON Lines: prints cases/s.

Run: PYTHONPATH=src python benchmarks/bench_closure.py [--sizes 10000 100000]

For each size, writes that many deterministic cases (``random.Random(seed)``)
to a temporary JSON Lines file, then streams it back line by line and, per
case, proposes a "goals achieved" closure and evaluates it under the default
policy and under an ACMA-style policy (12 months' sustained employment,
21 days' notice). Three figures per size: loading alone, evaluating alone
(both policies, on cases already in memory, first 10,000), and the whole
stream (load + both evaluations), which is what a nightly "which cases
could close?" job does.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from casemgmt import (
    Case,
    Client,
    Consent,
    ConsentPurpose,
    Party,
    PartyRole,
    Stage,
    dumps,
    loads,
)
from casemgmt.assessment import Assessment, Need, NeedDomain, Risk, RiskKind, RiskLevel
from casemgmt.case import StageChange
from casemgmt.closure import (
    DEFAULT_POLICY,
    STAKEHOLDER_ROLES,
    ClosurePolicy,
    ClosureReason,
    ClosureRecord,
    ExitPlan,
    evaluate,
    sustained_employment,
)
from casemgmt.monitoring import (
    CaseNote,
    ContactAttempt,
    ContactChannel,
    ContactResult,
    NoteKind,
    Review,
)
from casemgmt.planning import CasePlan, Goal, GoalStatus
from casemgmt.referrals import ReceivingService, Referral, ReferralStatus

AS_OF = dt.date(2025, 6, 30)
ACMA = DEFAULT_POLICY.add("sustained-employment", sustained_employment(12)).with_params(
    notice_days=21
)
_DOMAINS = list(NeedDomain)
_PATHS = [
    [],
    [ReferralStatus.SENT],
    [ReferralStatus.SENT, ReferralStatus.ACCEPTED],
    [ReferralStatus.SENT, ReferralStatus.DECLINED],
    [
        ReferralStatus.SENT,
        ReferralStatus.ACCEPTED,
        ReferralStatus.APPOINTMENT_BOOKED,
        ReferralStatus.ATTENDED,
        ReferralStatus.COMPLETED,
    ],
]


def make_case(rng: random.Random, i: int) -> Case:
    """One plausible case: needs, goals, referrals, reviews, notes; some closed."""
    opened = dt.date(2023, 1, 1) + dt.timedelta(days=rng.randrange(800))
    day = opened
    history: list[StageChange] = []
    stage = Stage.INTAKE

    def advance(to: Stage, gap: int) -> None:
        nonlocal day, stage
        day += dt.timedelta(days=gap)
        history.append(StageChange(from_stage=stage, to_stage=to, on=day, by="cm-1", reason="next"))
        stage = to

    advance(Stage.ASSESSMENT, rng.randrange(7))
    needs = tuple(
        Need(number=n, domain=rng.choice(_DOMAINS), description="assessed need")
        for n in range(1, rng.randint(1, 5) + 1)
    )
    risks = tuple(
        Risk(
            id=f"risk-{k}",
            kind=rng.choice(list(RiskKind)),
            level=rng.choice(list(RiskLevel)),
            identified_on=day,
            actions_taken=("safety plan",),
            resolved_on=day + dt.timedelta(days=30) if rng.random() < 0.5 else None,
        )
        for k in range(rng.randrange(3))
    )
    advance(Stage.PLANNING, rng.randint(1, 21))
    goals = tuple(
        Goal(
            id=f"g-{n.number}",
            statement="Client will attend the job club every Tuesday",
            need_numbers=(n.number,),
            status=rng.choice([GoalStatus.ACTIVE, GoalStatus.COMPLETED, GoalStatus.COMPLETED]),
            achieved_on=day + dt.timedelta(days=rng.randrange(30, 300)),
        )
        for n in needs
    )
    plan = CasePlan(created_on=day, goals=goals, review_date=day + dt.timedelta(days=120))
    advance(Stage.IMPLEMENTATION, rng.randrange(7))
    referrals = []
    for k in range(rng.randrange(4)):
        ref = Referral(
            id=f"r-{k}",
            to=ReceivingService(id=f"svc-{rng.randrange(50)}", organisation="Service"),
            made_on=day,
            need_numbers=(1,),
        )
        on = day
        for status in rng.choice(_PATHS):
            on += dt.timedelta(days=rng.randrange(1, 15))
            ref = ref.move_to(status, on=on, by="cm-1")
        referrals.append(ref)
    reviews = tuple(
        Review(held_on=day + dt.timedelta(days=120 * (k + 1))) for k in range(rng.randrange(4))
    )
    attempts = tuple(
        ContactAttempt(
            on=day + dt.timedelta(days=10 * k),
            channel=ContactChannel.PHONE,
            result=rng.choice(list(ContactResult)),
        )
        for k in range(rng.randrange(5))
    )
    notes = tuple(
        CaseNote(
            written_on=day + dt.timedelta(days=rng.randrange(600)),
            author="cm-1",
            kind=NoteKind.FACT,
            text="Progress recorded.",
        )
        for _ in range(rng.randrange(1, 6))
    )
    parties = [Party(id="cm-1", role=PartyRole.CASE_MANAGER)]
    if rng.random() < 0.4:
        parties.append(Party(id=f"sp-{i}", role=PartyRole.SUPPORT_PERSON))
    if reviews:
        advance(Stage.MONITORING, max(0, (reviews[-1].held_on - day).days))
    closure = None
    if rng.random() < 0.2:
        closed_on = day + dt.timedelta(days=rng.randrange(1, 60))
        closure = ClosureRecord(
            reason=rng.choice(list(ClosureReason)[:-1]),
            closed_on=closed_on,
            by="cm-1",
            outcome_summary="outcomes recorded",
            agreed_by_client=True,
        )
        advance(Stage.CLOSED, (closed_on - day).days)
    return Case(
        id=f"case-{i}",
        client=Client(id=f"client-{i}", name=f"Client {i}"),
        opened_on=opened,
        stage=stage,
        stage_history=tuple(history),
        parties=tuple(parties),
        consents=(
            Consent(
                id="consent-intake",
                purposes=(ConsentPurpose.COLLECT, ConsentPurpose.SHARE),
                parties=tuple(r.to.id for r in referrals),
                granted_on=opened,
            ),
        ),
        assessment=Assessment(needs=needs, risks=risks),
        plan=plan,
        referrals=tuple(referrals),
        reviews=reviews,
        contact_attempts=attempts,
        notes=notes,
        closure=closure,
    )


def proposal(case: Case) -> ClosureRecord:
    """The closure a worker would propose today: goals achieved, notice and exit plan."""
    told = tuple(p.id for p in case.parties if p.role in STAKEHOLDER_ROLES)
    return ClosureRecord(
        reason=ClosureReason.GOALS_ACHIEVED,
        closed_on=AS_OF,
        by="cm-1",
        outcome_summary="goals achieved",
        agreed_by_client=True,
        agreed_by=told,
        notice_given_on=AS_OF - dt.timedelta(days=28),
        notices_sent_to=told,
        exit_plan=ExitPlan(how_to_return="Call the intake line."),
    )


def write(path: Path, count: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            out.write(dumps(make_case(rng, i)))
            out.write("\n")


def stream(path: Path) -> Iterator[Case]:
    with path.open("rb") as lines:
        for line in lines:
            yield loads(line, Case)


def judge(case: Case, policies: tuple[ClosurePolicy, ...], tally: Counter[str]) -> None:
    record = proposal(case)
    for k, policy in enumerate(policies):
        if evaluate(case, as_of=AS_OF, policy=policy, record=record).eligible:
            tally[f"eligible-{k}"] += 1


def run(count: int, seed: int) -> None:
    policies = (DEFAULT_POLICY, ACMA)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cases.jsonl"
        start = time.perf_counter()
        write(path, count, seed)
        wrote = time.perf_counter() - start
        size_mb = os.path.getsize(path) / 1e6

        start = time.perf_counter()
        sample = []
        for case in stream(path):
            if len(sample) < 10_000:
                sample.append(case)
        load_only = count / (time.perf_counter() - start)

        tally: Counter[str] = Counter()
        start = time.perf_counter()
        for case in sample:
            judge(case, policies, tally)
        eval_only = len(sample) / (time.perf_counter() - start)

        tally = Counter()
        start = time.perf_counter()
        for case in stream(path):
            judge(case, policies, tally)
        end_to_end = count / (time.perf_counter() - start)

    print(f"{count:,} cases ({size_mb:,.1f} MB JSON Lines, written in {wrote:.1f}s)")
    print(f"  load only:                      {load_only:>10,.0f} cases/s")
    print(f"  evaluate only (2 policies):     {eval_only:>10,.0f} cases/s")
    print(f"  stream: load + evaluate (2 pol.): {end_to_end:>8,.0f} cases/s")
    print(
        f"  could close today: default {tally['eligible-0']:,}, ACMA-style {tally['eligible-1']:,}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    for count in args.sizes:
        run(count, args.seed)


if __name__ == "__main__":
    main()
