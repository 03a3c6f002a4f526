"""Are the rules linear in case size? Grow one case 1x..16x and compare time with bytes.

Run: PYTHONPATH=src python benchmarks/bench_scaling.py [--repeat N]

Three ways a case grows over the years (issue 19): more goals and actions,
more reviews (each scoring every goal), more referrals with their consents.
For each, one reference case is grown k-fold (k = 1, 2, 4, 8, 16) and the
script prints, per rule (the default ``validate`` rules and the default
closure policy's rules) and for ``validate`` and closure ``evaluate`` as a
whole, how far from linear it is: for one rule, the time ratio against
k = 1 divided by k (the growth of what the rule scans); for ``validate``
and ``evaluate``, the time ratio divided by the byte ratio (``dumps``
length). 1.00 is linear (below 1: fixed costs amortised); the target is at
most 1.25 everywhere. Goal
texts are made distinct per copy and the wording cache is cleared before each
timing, so repeated wordings cannot hide a rule's cost.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import attrs

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _gen import make_case

from casemgmt import Case, dumps
from casemgmt.checks import DEFAULT_RULES
from casemgmt.closure import DEFAULT_POLICY, ClosureReason, ClosureRecord, evaluate
from casemgmt.core import CheckContext, Finding, Rule
from casemgmt.core._consent import Consent, ConsentForm, ConsentPurpose
from casemgmt.monitoring import GoalProgress, Review
from casemgmt.planning import clear_wording_cache
from casemgmt.referrals import Referral

SCALES = (1, 2, 4, 8, 16)


def reference_case() -> Case:
    """The first generated case with a plan, reviews and referrals (deterministic)."""
    rng = random.Random(2024)
    for i in range(500):
        case = make_case(rng, i)
        if case.plan and case.plan.goals and len(case.reviews) >= 2 and case.referrals:
            return attrs.evolve(case, closure=None) if case.closure is None else case
    msg = "no reference case found"
    raise RuntimeError(msg)


def grow_goals(case: Case, k: int) -> Case:
    assert case.plan is not None
    goals, actions = [], []
    for copy in range(k):
        for goal in case.plan.goals:
            gid = f"{goal.id}-x{copy}"
            goals.append(attrs.evolve(goal, id=gid, statement=f"{goal.statement} (part {copy})"))
            actions.extend(
                attrs.evolve(a, id=f"{a.id}-x{copy}", goal_id=gid)
                for a in case.plan.actions
                if a.goal_id == goal.id
            )
    return attrs.evolve(
        case, plan=attrs.evolve(case.plan, goals=tuple(goals), actions=tuple(actions))
    )


def grow_reviews(case: Case, k: int) -> Case:
    assert case.plan is not None
    base = case.reviews[-1]
    reviews: list[Review] = list(case.reviews)
    day = base.held_on
    for _step in range(len(case.reviews) * (k - 1)):
        day = day + dt.timedelta(days=30)
        progress = tuple(
            attrs.evolve(p, goal_id=g.id)
            for g, p in zip(
                case.plan.goals, _cycle(base.progress, len(case.plan.goals)), strict=False
            )
        )
        next_on = day + dt.timedelta(days=30) if base.next_review_on else None
        reviews.append(attrs.evolve(base, held_on=day, progress=progress, next_review_on=next_on))
    return attrs.evolve(case, reviews=tuple(reviews))


def _cycle(items: tuple[GoalProgress, ...], n: int) -> list[GoalProgress]:
    return [items[i % len(items)] for i in range(n)] if items else []


def grow_referrals(case: Case, k: int) -> Case:
    referrals: list[Referral] = []
    consents: list[Consent] = list(case.consents)
    for copy in range(k):
        for r in case.referrals:
            service = attrs.evolve(r.to, id=f"{r.to.id}-x{copy}")
            referrals.append(attrs.evolve(r, id=f"{r.id}-x{copy}", to=service))
            consents.append(
                Consent(
                    id=f"consent-{r.id}-x{copy}",
                    purposes=(ConsentPurpose.SHARE,),
                    parties=(service.id,),
                    form=ConsentForm.WRITTEN,
                    granted_on=r.made_on,
                )
            )
    return attrs.evolve(case, referrals=tuple(referrals), consents=tuple(consents))


GROWTHS: dict[str, Callable[[Case, int], Case]] = {
    "goals+actions": grow_goals,
    "reviews": grow_reviews,
    "referrals+consents": grow_referrals,
}


def _run_rule(rule: Rule[Case, CheckContext], case: Case, ctx: CheckContext) -> list[Finding]:
    return list(rule(case, ctx))


def _time(fn: Callable[[], object], repeat: int) -> float:
    """Best CPU time of one call (this thread's CPU clock, so other jobs on a shared
    machine do not count), each sample a loop of calls lasting at least 2 ms."""

    def loop(n: int) -> float:
        start = time.thread_time()
        for _ in range(n):
            clear_wording_cache()
            fn()
        return (time.thread_time() - start) / n

    n = 1
    while (first := loop(n)) * n < 0.002:
        n *= 2
    return min([first] + [loop(n) for _ in range(repeat - 1)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    base = reference_case()
    as_of = dt.date(2026, 1, 1)
    ctx = CheckContext.at(as_of)
    record = ClosureRecord(
        reason=ClosureReason.GOALS_ACHIEVED, closed_on=as_of, outcome_summary="Goals met"
    )
    closure_ctx = DEFAULT_POLICY.context(as_of, record)
    worst: dict[str, float] = {}
    whole: dict[str, float] = {}
    for growth, grow in GROWTHS.items():
        cases = {k: grow(base, k) for k in SCALES}
        size = {k: len(dumps(c)) for k, c in cases.items()}
        print(f"\n== {growth}: bytes {size[1]:,} .. {size[SCALES[-1]]:,}")
        timings: dict[str, dict[int, float]] = {}
        for name, rule in DEFAULT_RULES:
            timings[name] = {
                k: _time(partial(_run_rule, rule, c, ctx), args.repeat) for k, c in cases.items()
            }
        for name, closure_rule in DEFAULT_POLICY.rules:
            timings[f"closure: {name}"] = {
                k: _time(partial(_run_rule, closure_rule, c, closure_ctx), args.repeat)
                for k, c in cases.items()
            }
        timings["validate"] = {
            k: _time(partial(DEFAULT_RULES.run, c, ctx), args.repeat) for k, c in cases.items()
        }
        timings["evaluate"] = {
            k: _time(
                partial(evaluate, c, as_of=as_of, policy=DEFAULT_POLICY, record=record),
                args.repeat,
            )
            for k, c in cases.items()
        }
        print(
            f"{'rule':44} "
            + " ".join(f"{'x' + str(k):>7}" for k in SCALES[1:])
            + "  (time ratio / k; validate, evaluate: / byte ratio, then / k)"
        )
        for name, by_k in timings.items():
            grown = [by_k[k] / by_k[1] for k in SCALES[1:]]
            per_k = [g / k for g, k in zip(grown, SCALES[1:], strict=True)]
            if name in ("validate", "evaluate"):
                per_byte = [g / (size[k] / size[1]) for g, k in zip(grown, SCALES[1:], strict=True)]
                whole[f"{growth}: {name} / bytes"] = max(per_byte)
                whole[f"{growth}: {name} / k"] = max(per_k)
                print(f"{name + ' / bytes':44} " + " ".join(f"{r:7.2f}" for r in per_byte))
                print(f"{name + ' / k':44} " + " ".join(f"{r:7.2f}" for r in per_k))
                continue
            # rules that take under 2 microseconds are noise-bound; report them but do not rank
            worst[f"{growth}: {name}"] = max(per_k) if by_k[1] > 2e-6 else 0.0
            print(f"{name:44} " + " ".join(f"{r:7.2f}" for r in per_k))
    print("\nWorst rules (time ratio / k; rules above 2 us at k=1):")
    for name, ratio in sorted(worst.items(), key=lambda kv: -kv[1])[:10]:
        flag = "  <-- above 1.25" if ratio > LIMIT else ""
        print(f"  {name:65} {ratio:5.2f}{flag}")
    print("\nWhole runs (worst over k):")
    for name, ratio in whole.items():
        flag = "  <-- above 1.25" if ratio > LIMIT else ""
        print(f"  {name:65} {ratio:5.2f}{flag}")
    over = [name for name, ratio in worst.items() if ratio > LIMIT]
    verdict = "yes" if not over else f"no ({len(over)} above: {', '.join(over)})"
    print(f"\nEvery rule within {LIMIT}x of linear in every growth: {verdict}")


LIMIT = 1.25
"""Issue 19's bound: time may grow at most 1.25x faster than what the rule scans."""


if __name__ == "__main__":
    main()
