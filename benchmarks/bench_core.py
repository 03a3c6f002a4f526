"""Load, dump, memory and import speed of casemgmt against pydantic v2 and msgspec mirrors.

Run from the repository root (not part of the test suite)::

    PYTHONPATH=src python benchmarks/bench_core.py            # full run
    PYTHONPATH=src python benchmarks/bench_core.py --quick    # a smoke run

It prints a table and writes ``benchmarks/results.json`` (gitignored).

The pydantic and msgspec mirrors are built from the *current* attrs records
(see ``mirror`` and ``struct_mirror``), so they have every field with an
equivalent type, default and check, and follow the records as they change.
Every contender reads the same bytes and, as each run checks, writes the
same bytes, so the comparison is like for like. ``orjson.loads`` alone is
timed too: the parse floor under every loader.

Loads and dumps are measured on three shapes of case: ``reference`` (the
16 KB case of ``make_case``), ``strategies`` (cases drawn, derandomized, from
``casemgmt.testing.strategies.cases()``) and ``varied`` (``_gen.make_case``:
open and closed cases of very different sizes).

Every timing is a median over interleaved repetitions (ours, theirs, ours,
...) in one process, so drift in a shared machine hits both sides alike.
"""

from __future__ import annotations

import argparse
import datetime as dt
import enum
import gc
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
import types
import typing
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Annotated, Any, Literal

import attrs
import msgspec
import orjson
from pydantic import AfterValidator, AwareDatetime, BaseModel, ConfigDict, Field, model_validator

import casemgmt
from casemgmt import Case
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
from casemgmt.case import Stage, StageChange
from casemgmt.closure import ExitPlan
from casemgmt.core._client import Client, ContactDetails
from casemgmt.core._consent import Consent, ConsentPurpose
from casemgmt.core._parties import Party, PartyRole
from casemgmt.core._time import Timeframe, _parse
from casemgmt.core._typed import TypeCheck
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
    ReviewKind,
    ReviewTrigger,
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
    StatusChange,
)

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import _gen  # noqa: E402 - the varied shape, from this folder

# --------------------------------------------------------------------------
# The pydantic v2 mirror of the Case shape
# --------------------------------------------------------------------------
#
# Built from the attrs records themselves, so it follows every field the
# other stages add: the same names in the same order, the same defaults,
# enums by value, ISO dates, aware date-times (AwareDatetime), time frames
# as checked text, tuples, optionals, strict primitives, unknown keys
# refused, ``schema_version: Literal[1]`` first on the case. Each record's
# own attrs validators (identifiers, cross-field rules such as "review_date
# is not before created_on") run in a pydantic after-validator, so both
# libraries do the same Python checks. Validators that only re-check the
# type (``instance_of``) are left to pydantic's own type check, as
# casemgmt's loader leaves them to its own.


class _M(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _check_timeframe(value: str) -> str:
    _parse(value)  # the same (cached) parser casemgmt's Timeframe uses
    return value


TimeframeText = Annotated[str, AfterValidator(_check_timeframe)]

_MIRRORS: dict[type, type[BaseModel]] = {}


def _own_check(a: attrs.Attribute[Any]) -> Any:
    """The record's own validator for a field, minus the type check every
    stored record has (``core._typed``): the mirrors check types themselves,
    as casemgmt's loader does."""
    validator = a.validator
    return validator.then if isinstance(validator, TypeCheck) else validator


def _mirror_type(tp: Any) -> Any:
    if tp in (str, int, bool, float, dt.date) or (
        isinstance(tp, type) and issubclass(tp, enum.Enum)
    ):
        return tp
    if tp is dt.datetime:
        return AwareDatetime
    if tp is Timeframe:
        return TimeframeText
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1 and len(args) == 2:
            return _mirror_type(inner[0]) | None
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple[_mirror_type(args[0]), ...]  # type: ignore[misc]
    if attrs.has(tp):
        return mirror(tp)
    msg = f"the mirror does not know how to copy {tp!r}; teach _mirror_type"
    raise NotImplementedError(msg)


def mirror(cls: type) -> type[BaseModel]:
    """The pydantic model mirroring the attrs record ``cls`` (built once)."""
    if cls in _MIRRORS:
        return _MIRRORS[cls]
    fields = attrs.fields(attrs.resolve_types(cls))
    annotations: dict[str, Any] = {}
    namespace: dict[str, Any] = {"__module__": __name__, "__annotations__": annotations}
    if cls is Case:
        annotations["schema_version"] = Literal[1]
    for a in fields:
        annotations[a.name] = _mirror_type(a.type)
        if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
            factory = a.default.factory  # type: ignore[union-attr]
            made = mirror(factory) if attrs.has(factory) else factory
            namespace[a.name] = Field(default_factory=made)
        elif a.default is not attrs.NOTHING:
            namespace[a.name] = a.default
    checks = [(a, check) for a in fields if (check := _own_check(a)) is not None]
    if checks:

        def run_checks(self: Any) -> Any:
            for a, check in checks:
                check(self, a, getattr(self, a.name))
            return self

        namespace["_attrs_checks"] = model_validator(mode="after")(run_checks)
    model = type(f"P{cls.__name__}", (_M,), namespace)
    _MIRRORS[cls] = model
    return model


PCase = mirror(Case)

# --------------------------------------------------------------------------
# The msgspec mirror: frozen Structs, built from the attrs records the same way
# --------------------------------------------------------------------------
#
# Same names, order and defaults; enums by value, ISO dates, aware date-times
# (``Meta(tz=True)``), time frames as text checked in ``__post_init__``,
# tuples, optionals, unknown fields refused, ``schema_version: Literal[1]``
# first on the case. ``__post_init__`` runs the record's own attrs validators
# (except pure type checks, which msgspec's decoder already makes), as the
# pydantic mirror's after-validator does.

_STRUCTS: dict[type, type[msgspec.Struct]] = {}
_AwareDatetime = Annotated[dt.datetime, msgspec.Meta(tz=True)]


def _struct_type(tp: Any) -> Any:
    if tp in (str, int, bool, float, dt.date) or (
        isinstance(tp, type) and issubclass(tp, enum.Enum)
    ):
        return tp
    if tp is dt.datetime:
        return _AwareDatetime
    if tp is Timeframe:
        return str
    origin, args = typing.get_origin(tp), typing.get_args(tp)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1 and len(args) == 2:
            return _struct_type(inner[0]) | None
    if origin is tuple and len(args) == 2 and args[1] is Ellipsis:
        return tuple[_struct_type(args[0]), ...]  # type: ignore[misc]
    if attrs.has(tp):
        return struct_mirror(tp)
    msg = f"the msgspec mirror does not know how to copy {tp!r}; teach _struct_type"
    raise NotImplementedError(msg)


def struct_mirror(cls: type) -> type[msgspec.Struct]:
    """The msgspec Struct mirroring the attrs record ``cls`` (built once)."""
    if cls in _STRUCTS:
        return _STRUCTS[cls]
    fields = attrs.fields(attrs.resolve_types(cls))
    spec: list[Any] = [("schema_version", Literal[1])] if cls is Case else []
    for a in fields:
        tp = _struct_type(a.type)
        if isinstance(a.default, attrs.Factory):  # type: ignore[arg-type]
            factory = a.default.factory  # type: ignore[union-attr]
            made = struct_mirror(factory) if attrs.has(factory) else factory
            spec.append((a.name, tp, msgspec.field(default_factory=made)))
        elif a.default is not attrs.NOTHING:
            spec.append((a.name, tp, a.default))
        else:
            spec.append((a.name, tp))
    checks = [(a, check) for a in fields if (check := _own_check(a)) is not None]
    frames = [a.name for a in fields if a.type is Timeframe]
    namespace: dict[str, Any] = {}
    if checks or frames:

        def __post_init__(self: Any) -> None:  # noqa: N807 - msgspec's hook name
            for name in frames:
                _check_timeframe(getattr(self, name))
            for a, check in checks:
                check(self, a, getattr(self, a.name))

        namespace["__post_init__"] = __post_init__
    struct = msgspec.defstruct(
        f"S{cls.__name__}",
        spec,
        namespace=namespace,
        frozen=True,
        forbid_unknown_fields=True,
        kw_only=True,
        module=__name__,
    )
    _STRUCTS[cls] = struct
    return struct


SCase = struct_mirror(Case)

# --------------------------------------------------------------------------
# A deterministic, realistic case: 8 needs, 5 goals, 15 actions,
# 3 referrals with status history, 4 reviews (about 9 KB of JSON)
# --------------------------------------------------------------------------

_NEEDS = [
    (NeedDomain.HOUSING, "Sleeping on a friend's couch since the eviction; needs a stable place"),
    (NeedDomain.INCOME, "Benefit stopped after missing an appointment; rent arrears of $1,400"),
    (NeedDomain.MENTAL_HEALTH, "Low mood and poor sleep for three months, not yet seen by a GP"),
    (NeedDomain.EMPLOYMENT, "Wants part-time work that fits around school hours"),
    (NeedDomain.PARENTING, "Eldest child missing school two days a week"),
    (NeedDomain.TRANSPORT, "No car; the bus to the job centre takes ninety minutes"),
    (NeedDomain.SOCIAL_CONNECTION, "Few friends nearby since moving; feels isolated"),
    (NeedDomain.LEGAL, "Debt collector letters about an old phone contract"),
    (NeedDomain.HEALTH, "Asthma inhaler ran out; no regular doctor"),
    (NeedDomain.FAMILY, "Contact arrangements with the children's father keep changing"),
]
_GOALS = [
    "Carla will move into a two-bedroom flat she can afford by the end of March",
    "Carla will pay $100 a month towards her rent arrears for six months",
    "Carla will see a GP about her sleep within two weeks and follow the plan agreed",
    "Carla will attend the job club every Tuesday for eight weeks",
    "Carla's eldest will attend school at least four days a week by the end of term",
    "Carla will join a weekly parents' group at the community centre",
    "Carla will agree a repayment plan for the phone debt with the collector",
]
_ACTIONS = [
    "Complete the housing register application together",
    "Phone the benefits office to restore the payment",
    "Book a GP appointment and go with Carla if she wants",
    "Enrol at the Tuesday job club",
    "Meet the school's family liaison worker",
    "Apply for a bus pass through the discretionary fund",
    "Write to the debt collector asking them to pause contact",
    "Gather three months of bank statements",
    "Visit two flats on the housing association's list",
    "Set up a standing order for the arrears payment",
    "Ask the GP about a referral to talking therapy",
    "Prepare a CV with the job club adviser",
    "Agree a morning routine chart with the children",
    "Find out when the parents' group meets",
    "Fill in the debt advice service's intake form",
]
_TIMEFRAMES = ["1 week", "2 weeks", "a fortnight", "1 month", "six months", "3 days"]
_SERVICES = [
    ("svc-housing", "Eastside Housing Association", "Tenancy support", "12 Mill Lane"),
    ("svc-debt", "Citizens Debt Advice", "Debt advice", "The Library, High Street"),
    ("svc-mh", "Talking Therapies", "Low-intensity CBT", "Health Centre, Station Road"),
    ("svc-jobs", "Job Club", "Employment coaching", "Community Centre"),
]
_FIRST = ["Carla", "Ahmed", "Mei", "Tomasz", "Aroha", "Precious", "Liam", "Fatima"]
_LAST = ["Jones", "Khan", "Chen", "Nowak", "Ngata", "Dube", "Murphy", "Haddad"]


_AEST = dt.timezone(dt.timedelta(hours=10))


def _tag(n: int) -> str:
    """A short made-up word, different for every ``n`` (letters only: no digits to scrub)."""
    letters = ""
    while True:
        n, r = divmod(n, 26)
        letters += "abcdefghijklmnopqrstuvwxyz"[r]
        if not n:
            return letters


def make_case(index: int, *, distinct_texts: bool = False) -> Case:
    """The ``index``-th case of the benchmark caseload (same index, same case).

    The goal statements repeat seven texts across the caseload; with
    ``distinct_texts`` every statement of every case is its own (one made-up
    word added), so the goal-wording cache cannot hit (issue 19).
    """
    rng = random.Random(index)
    opened = dt.date(2023, 1, 2) + dt.timedelta(days=rng.randrange(500))

    def day(offset: int) -> dt.date:
        return opened + dt.timedelta(days=offset)

    client = Client(
        id=f"client-{index:06d}",
        name=f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        date_of_birth=dt.date(
            1970 + rng.randrange(35), 1 + rng.randrange(12), 1 + rng.randrange(28)
        ),
        preferred_language=rng.choice(["en", "en", "pl", "ar", "zh"]),
        interpreter_needed=rng.random() < 0.2,
        contact=ContactDetails(
            phone=f"07700 9{rng.randrange(10**5):05d}",
            email=f"client{index}@example.org",
            address=f"{rng.randrange(1, 200)} Station Road, Eastside",
            preferred_channel="sms",
        ),
    )
    parties = (
        Party(id="cm-1", role=PartyRole.CASE_MANAGER, name="Sam Worker", organisation="Agency"),
        Party(id="sup-1", role=PartyRole.SUPERVISOR, name="Pat Lead", organisation="Agency"),
        Party(id="sp-1", role=PartyRole.SUPPORT_PERSON, name="Aunt"),
        *(
            Party(id=sid, role=PartyRole.EXTERNAL_SERVICE, organisation=org)
            for sid, org, _, _ in _SERVICES[:3]
        ),
    )
    need_rows = rng.sample(_NEEDS, 8)
    needs = tuple(
        Need(
            number=i + 1,
            domain=domain,
            description=text,
            priority=rng.choice(list(NeedPriority)),
            sources=(InformationSource.CLIENT_INTERVIEW, InformationSource.DOCUMENTS),
            in_clients_words=rng.random() < 0.5,
            verified_with_client=True,
            identified_on=day(rng.randrange(1, 10)),
        )
        for i, (domain, text) in enumerate(need_rows)
    )
    assessment = Assessment(
        needs=needs,
        strengths=(
            Strength(
                id="s-1",
                kind=StrengthKind.PERSONAL_ATTRIBUTES,
                description="Determined; kept every appointment so far",
            ),
            Strength(
                id="s-2",
                kind=StrengthKind.COMMUNITY_CONNECTIONS,
                description="Aunt nearby helps with school runs",
            ),
        ),
        risks=(
            Risk(
                id="r-1",
                kind=RiskKind.SELF_HARM,
                level=RiskLevel.LOW,
                identified_on=day(2),
                description="Screened at intake; no current plans",
                actions_taken=("Safety plan agreed",),
            ),
        ),
        sessions=(
            AssessmentSession(held_on=day(2), participants=("cm-1",), need_numbers=(1, 2, 3)),
            AssessmentSession(held_on=day(9), participants=("cm-1", "sp-1"), need_numbers=(4, 5)),
        ),
        client_prioritised=True,
        domains_explored=tuple(d for d, _ in need_rows),
    )
    plan_day = day(14)
    goals = tuple(
        Goal(
            id=f"g-{i + 1}",
            statement=f"{statement}, with the {_tag(index * 5 + i)} team"
            if distinct_texts
            else statement,
            need_numbers=(i + 1,) if i else (1, 2),
            horizon=GoalHorizon.SHORT_TERM if i < 3 else GoalHorizon.LONG_TERM,
            indicators=("Tenancy signed",) if i == 0 else (),
            target_date=plan_day + dt.timedelta(days=60 + 30 * i),
            priority=i + 1,
            primary=i < 4,
            status=GoalStatus.ACTIVE,
            agreed_by_client=True,
            agreed_on=plan_day,
        )
        for i, statement in enumerate(rng.sample(_GOALS, 5))
    )
    actions = tuple(
        Action(
            id=f"a-{i + 1}",
            goal_id=f"g-{i % 5 + 1}",
            what=what,
            responsible=rng.choice(list(Responsible)),
            responsible_party="cm-1" if i % 3 == 0 else None,
            kind=ActionKind.REFERRAL if i % 5 == 0 else ActionKind.DIRECT_SERVICE,
            timeframe=Timeframe(frame := rng.choice(_TIMEFRAMES)),
            due_date=Timeframe(frame).due_from(plan_day),
            status=ActionStatus.DONE if i < 6 else ActionStatus.PLANNED,
            completed_on=plan_day + dt.timedelta(days=5) if i < 6 else None,
        )
        for i, what in enumerate(_ACTIONS)
    )
    plan = CasePlan(
        version=2,
        created_on=plan_day,
        goals=goals,
        actions=actions,
        strength_strategies=(StrengthStrategy(strength_id="s-2", strategy="Aunt does Tuesdays"),),
        deferred_needs=(DeferredNeed(need_number=8, reason="After housing is settled"),),
        review_date=plan_day + dt.timedelta(days=90),
        agreed_by_client=True,
        signed_by_client_on=plan_day,
        signed_by_case_manager_on=plan_day,
    )
    moves = [ReferralStatus.SENT, ReferralStatus.ACCEPTED, ReferralStatus.APPOINTMENT_BOOKED]
    referrals = []
    for i, (sid, org, service, location) in enumerate(_SERVICES[:3]):
        steps = 1 + (index + i) % 3
        referrals.append(
            Referral(
                id=f"ref-{i + 1}",
                to=ReceivingService(id=sid, organisation=org, service=service, location=location),
                made_on=plan_day + dt.timedelta(days=i),
                need_numbers=(i + 1,),
                goal_id=f"g-{i + 1}",
                warm_handoff=i == 0,
                capacity_checked=True,
                location_checked=True,
                information_shared=("contact", "housing"),
                history=tuple(
                    StatusChange(
                        status=moves[s],
                        on=plan_day + dt.timedelta(days=i + 3 * s),
                        by="cm-1",
                        reason="Client agreed" if s == 0 else "",
                    )
                    for s in range(steps)
                ),
                follow_up_on=plan_day + dt.timedelta(days=i + 14),
            )
        )
    reviews = tuple(
        Review(
            held_on=plan_day + dt.timedelta(days=30 * (r + 1)),
            kind=ReviewKind.TRIGGERED if r == 2 else ReviewKind.SCHEDULED,
            trigger=ReviewTrigger.CHANGED_CIRCUMSTANCES if r == 2 else None,
            participants=("cm-1", "client"),
            progress=tuple(
                GoalProgress(
                    goal_id=f"g-{g + 1}",
                    achievement=rng.choice([Achievement.IN_PROGRESS, Achievement.IMPROVING]),
                    gas_level=rng.choice([-1, 0, 1]),
                )
                for g in range(2)
            ),
            client_satisfied=True,
            decisions=("Keep the plan as agreed",),
            next_review_on=plan_day + dt.timedelta(days=30 * (r + 2)),
        )
        for r in range(4)
    )
    history = []
    stage = Stage.INTAKE
    for offset, to in ((2, Stage.ASSESSMENT), (10, Stage.PLANNING), (14, Stage.IMPLEMENTATION)):
        history.append(
            StageChange(
                from_stage=stage,
                to_stage=to,
                on=day(offset),
                by="cm-1",
                reason="Next",
                recorded_at=dt.datetime.combine(day(offset), dt.time(9, 30), tzinfo=_AEST),
            )
        )
        stage = to
    history.append(
        StageChange(
            from_stage=stage, to_stage=Stage.MONITORING, on=reviews[0].held_on, by="cm-1",
            reason="First review held",
        )
    )  # fmt: skip
    return Case(
        id=f"case-{index:06d}",
        client=client,
        opened_on=opened,
        stage=Stage.MONITORING,
        stage_history=tuple(history),
        parties=parties,
        consents=(
            Consent(
                id="consent-intake",
                purposes=(ConsentPurpose.COLLECT, ConsentPurpose.USE, ConsentPurpose.STORE),
                granted_on=opened,
            ),
            Consent(
                id="consent-share",
                purposes=(ConsentPurpose.SHARE,),
                parties=tuple(sid for sid, _, _, _ in _SERVICES[:3]),
                granted_on=plan_day,
                categories=("contact", "housing"),
            ),
        ),
        referral_in=InboundReferral(received_on=opened, source="GP", decided_on=opened),
        assessment=assessment,
        plan=plan,
        revisions=(
            PlanRevision(
                from_version=1,
                to_version=2,
                revised_on=plan_day,
                reason="Client asked to add the job club",
                trigger=ReviewTrigger.REQUEST,
                diff=PlanDiff(goals_removed=("g-9",)),
                agreed_by_client=True,
                agreed_by=("cm-1",),
            ),
        ),
        referrals=tuple(referrals),
        reviews=reviews,
        contact_attempts=(
            ContactAttempt(
                on=day(40), channel=ContactChannel.PHONE, result=ContactResult.NO_ANSWER, by="cm-1"
            ),
        ),
        notes=(
            CaseNote(
                written_on=day(41),
                author="cm-1",
                kind=NoteKind.FACT,
                text="Carla phoned back; she had started the job club.",
            ),
        ),
    )


_UNUSED_FOR_NOW = (ExitPlan, Advocacy, ScreeningDecision)  # shapes mirrored, not generated


# --------------------------------------------------------------------------
# Measurement helpers
# --------------------------------------------------------------------------


def _timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def interleaved(
    contenders: dict[str, Callable[[], object]], repeats: int
) -> dict[str, list[float]]:
    """Run each contender ``repeats`` times, alternating the order each round."""
    times: dict[str, list[float]] = {name: [] for name in contenders}
    names = list(contenders)
    for name in names:  # warm up every code path before timing
        contenders[name]()
    for r in range(repeats):
        for name in names if r % 2 == 0 else reversed(names):
            gc.collect()
            times[name].append(_timed(contenders[name]))
    return times


def per_case_memory(load: Callable[[bytes], object], docs: Sequence[bytes]) -> float:
    """Bytes of Python heap held per loaded case (tracemalloc)."""
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    kept = [load(d) for d in docs]
    gc.collect()
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del kept
    return (after - before) / len(docs)


_IMPORT_SNIPPET = "import time; t = time.perf_counter(); {stmt}; print(time.perf_counter() - t)"


def import_time(stmt: str, pycache: str) -> float:
    """Seconds ``stmt`` takes inside a fresh interpreter (startup not counted).

    Bytecode caches are on for both libraries, in one scratch folder
    (``PYTHONPYCACHEPREFIX``), as they would be for an installed package:
    with PYTHONDONTWRITEBYTECODE set (as on the project's machines) casemgmt,
    run from source, would recompile on every import while pydantic used its
    installed ``.pyc`` files.
    """
    here = Path(casemgmt.__file__).resolve().parent.parent  # the casemgmt being measured
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache
    env["PYTHONPATH"] = os.pathsep.join([str(here), env.get("PYTHONPATH", "")])
    out = subprocess.run(
        [sys.executable, "-c", _IMPORT_SNIPPET.format(stmt=stmt)],
        check=True,
        capture_output=True,
        text=True,
        env=env,
    )
    return float(out.stdout.strip())


IMPORTS = {
    "import casemgmt": "import casemgmt",
    "import pydantic": "import pydantic",
    "from casemgmt import Case, loads": "from casemgmt import Case, loads",
    "from pydantic import BaseModel": "from pydantic import BaseModel",
}


def imports(repeats: int) -> dict[str, list[float]]:
    """Import times in fresh processes, interleaved, after one warm-up each."""
    times: dict[str, list[float]] = {name: [] for name in IMPORTS}
    with tempfile.TemporaryDirectory() as pycache:
        for stmt in IMPORTS.values():  # write the bytecode caches, warm the page cache
            import_time(stmt, pycache)
        names = list(IMPORTS)
        for r in range(repeats):
            for name in names if r % 2 == 0 else reversed(names):
                times[name].append(import_time(IMPORTS[name], pycache))
    return times


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


def machine() -> dict[str, Any]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import pydantic

    try:
        import orjson

        orjson_version: str | None = orjson.__version__
    except ImportError:
        orjson_version = None
    return {
        "nproc": os.cpu_count(),
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "cpu": cpu,
        "platform": platform.platform(),
        "casemgmt": casemgmt.__version__,
        "pydantic": pydantic.VERSION,
        "orjson": orjson_version,
        "msgspec": msgspec.__version__,
        "attrs": attrs.__version__,
        "cattrs": _version("cattrs"),
    }


# --------------------------------------------------------------------------
# The run
# --------------------------------------------------------------------------


def strategy_cases(n: int) -> list[Case]:
    """``n`` cases drawn from the library's own strategy, the same every run."""
    from hypothesis import HealthCheck, given, settings

    from casemgmt.testing import strategies as cst

    drawn: list[Case] = []

    @settings(
        database=None,
        derandomize=True,
        max_examples=n,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(cst.cases())
    def draw(case: Case) -> None:
        drawn.append(case)

    draw()
    return drawn[:n]


def shape_cases(shape: str, n: int) -> list[Case]:
    if shape == "reference":
        return [make_case(i) for i in range(n)]
    if shape == "strategies":
        return strategy_cases(n)
    rng = random.Random(2024)
    return [_gen.make_case(rng, i) for i in range(n)]


SHAPES = ("reference", "strategies", "varied")
CONTENDERS = ("casemgmt", "pydantic", "msgspec", "orjson.loads")


def rates(
    times: dict[str, list[float]], n_cases: int, total_bytes: int
) -> dict[str, dict[str, float]]:
    out = {}
    for name, ts in times.items():
        med = statistics.median(ts)
        out[name] = {
            "median_s": med,
            "best_s": min(ts),
            "cases_per_s": n_cases / med,
            "bytes_per_s": total_bytes / med,
        }
    return out


def run_shape(shape: str, n_cases: int, repeats: int) -> dict[str, Any]:
    """loads and dumps of every contender on one shape of case."""
    from casemgmt import dumps, loads

    cases = shape_cases(shape, n_cases)
    n_cases = len(cases)
    docs = [dumps(c).encode() for c in cases]
    total_bytes = sum(map(len, docs))

    # Like for like: every contender reads the same bytes into equal values
    # and (checked here) writes the same bytes back.
    mirrored = [PCase.model_validate_json(d) for d in docs]
    decoder = msgspec.json.Decoder(SCase)
    encoder = msgspec.json.Encoder()
    structs = [decoder.decode(d) for d in docs]
    same_out = {
        "pydantic": all(
            m.model_dump_json().encode() == d for m, d in zip(mirrored, docs, strict=True)
        ),
        "msgspec": all(encoder.encode(m) == d for m, d in zip(structs, docs, strict=True)),
    }
    assert all(loads(d, Case) == c for d, c in zip(docs, cases, strict=True))

    def our_loads() -> None:
        for d in docs:
            loads(d, Case)

    def pydantic_loads() -> None:
        for d in docs:
            PCase.model_validate_json(d)

    def msgspec_loads() -> None:
        for d in docs:
            decoder.decode(d)

    def parse_floor() -> None:
        for d in docs:
            orjson.loads(d)

    def our_dumps() -> None:
        for c in cases:
            dumps(c)

    def pydantic_dumps() -> None:
        for m in mirrored:
            m.model_dump_json()

    def msgspec_dumps() -> None:
        for m in structs:
            encoder.encode(m)

    load_t = interleaved(
        {
            "casemgmt": our_loads,
            "pydantic": pydantic_loads,
            "msgspec": msgspec_loads,
            "orjson.loads": parse_floor,
        },
        repeats,
    )
    dump_t = interleaved(
        {"casemgmt": our_dumps, "pydantic": pydantic_dumps, "msgspec": msgspec_dumps}, repeats
    )
    loads_r = rates(load_t, n_cases, total_bytes)
    dumps_r = rates(dump_t, n_cases, total_bytes)

    def ratios(r: dict[str, dict[str, float]]) -> dict[str, float]:
        ours = r["casemgmt"]["cases_per_s"]
        return {name: ours / v["cases_per_s"] for name, v in r.items() if name != "casemgmt"}

    def paired(times: dict[str, list[float]]) -> dict[str, float]:
        """Median over rounds of each round's ratio: a round's contenders run back to
        back, so load that comes and goes between rounds cancels out."""
        ours = times["casemgmt"]
        return {
            name: statistics.median(t / o for t, o in zip(ts, ours, strict=True))
            for name, ts in times.items()
            if name != "casemgmt"
        }

    return {
        "cases": n_cases,
        "bytes_per_case": total_bytes / n_cases,
        "same_bytes_out": same_out,
        "loads": loads_r,
        "loads_ratio": ratios(loads_r),
        "loads_paired": paired(load_t),
        "dumps": dumps_r,
        "dumps_ratio": ratios(dumps_r),
        "dumps_paired": paired(dump_t),
    }


def rules_pass(
    cases: list[Case], as_of: dt.date, *, closure: bool, cold: bool = False
) -> Callable[[], None]:
    """One pass of ``validate`` (and closure ``evaluate``) over ``cases``; ``cold``
    clears the goal-wording cache first, so every statement is read afresh.

    Shared with ``bench_compiled.py``, which runs it under another build.
    """
    from casemgmt import validate
    from casemgmt.closure import evaluate
    from casemgmt.planning import clear_wording_cache

    def run() -> None:
        if cold:
            clear_wording_cache()
        for c in cases:
            validate(c, as_of=as_of)
            if closure:
                evaluate(c, as_of=as_of)

    return run


def run_rules(n_cases: int, repeats: int) -> dict[str, dict[str, float]]:
    """``validate`` and ``validate`` + closure ``evaluate`` per reference case, interleaved.

    Twice: on the caseload as made (goal statements repeat seven texts, so the
    goal-wording cache hits) and with every goal statement distinct, the
    wording cache cleared before each pass (issue 19: reported separately).
    """
    from casemgmt import dumps

    as_of = dt.date(2025, 6, 30)
    repeated = [make_case(i) for i in range(n_cases)]
    distinct = [make_case(i, distinct_texts=True) for i in range(n_cases)]

    times = interleaved(
        {
            "validate": rules_pass(repeated, as_of, closure=False),
            "validate+evaluate": rules_pass(repeated, as_of, closure=True),
            "validate, distinct texts": rules_pass(distinct, as_of, closure=False, cold=True),
            "validate+evaluate, distinct texts": rules_pass(
                distinct, as_of, closure=True, cold=True
            ),
        },
        repeats,
    )
    return rates(times, n_cases, sum(len(dumps(c)) for c in repeated))


def run(n_cases: int, repeats: int, import_repeats: int, shapes: Sequence[str]) -> dict[str, Any]:
    from casemgmt import loads

    by_shape = {shape: run_shape(shape, n_cases, repeats) for shape in shapes}
    cases = [make_case(i) for i in range(n_cases)]
    from casemgmt import dumps

    docs = [dumps(c).encode() for c in cases]
    validate_r = run_rules(n_cases, repeats)
    mem_docs = docs[: min(len(docs), 2000)]
    decoder = msgspec.json.Decoder(SCase)
    memory = {
        "casemgmt": per_case_memory(lambda d: loads(d, Case), mem_docs),
        "pydantic": per_case_memory(PCase.model_validate_json, mem_docs),
        "msgspec": per_case_memory(decoder.decode, mem_docs),
    }
    import_t = imports(import_repeats) if import_repeats else {}
    imp = {k: {"median_s": statistics.median(v), "best_s": min(v)} for k, v in import_t.items()}
    results: dict[str, Any] = {
        "machine": machine(),
        "when": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "cases": n_cases,
        "repeats": repeats,
        "shapes": by_shape,
        "rules": validate_r,
        "memory_per_case": memory,
        "memory_ratio": memory["casemgmt"] / memory["pydantic"],
        "imports": imp,
    }
    if imp:
        results["import_ratio"] = (
            imp["import casemgmt"]["median_s"] / imp["import pydantic"]["median_s"]
        )
        results["import_ratio_usable"] = (
            imp["from casemgmt import Case, loads"]["median_s"]
            / imp["from pydantic import BaseModel"]["median_s"]
        )
    return results


def rules_table(rules: dict[str, dict[str, float]]) -> str:
    """One line per rules measure, in cases/s on one core (reference shape)."""
    return "\n".join(
        f"{name + ' (cases/s, reference)':52} {v['cases_per_s']:>10,.0f}"
        for name, v in rules.items()
    )


def table(r: dict[str, Any]) -> str:
    m = r["machine"]
    rows = [
        f"machine: {m['nproc']} cores, {m['cpu']}, Python {m['python']}, "
        f"pydantic {m['pydantic']}, msgspec {m['msgspec']}, orjson {m['orjson']}, "
        f"attrs {m['attrs']}, cattrs {m['cattrs']}",
        f"{r['cases']} distinct cases per shape x {r['repeats']} interleaved repeats",
        "",
        "loads and dumps in cases/s; ratio = casemgmt speed / contender speed (>1: casemgmt "
        "faster), of the medians; paired = median of the ratios of each round",
    ]
    for shape, sr in r["shapes"].items():
        rows.append("")
        rows.append(
            f"shape {shape}: {sr['cases']} cases, {sr['bytes_per_case']:,.0f} bytes each; "
            f"same bytes out: {sr['same_bytes_out']}"
        )
        rows.append(
            f"  {'op':6} {'contender':14} {'cases/s':>10} {'MB/s':>8} {'ratio':>8} {'paired':>8}"
        )
        for op in ("loads", "dumps"):
            for name, v in sr[op].items():
                ratio = sr[f"{op}_ratio"].get(name)
                pair = sr[f"{op}_paired"].get(name)
                q = f"{ratio:>7.2f}x {pair:>7.2f}x" if ratio is not None and pair else ""
                rows.append(
                    f"  {op:6} {name:14} {v['cases_per_s']:>10,.0f} "
                    f"{v['bytes_per_s'] / 1e6:>8,.1f} {q}"
                )
    rows.append("")
    rows.append(rules_table(r["rules"]))
    mem = r["memory_per_case"]
    rows.append(
        f"memory per loaded case (bytes): casemgmt {mem['casemgmt']:,.0f}, "
        f"pydantic {mem['pydantic']:,.0f}, msgspec {mem['msgspec']:,.0f}"
    )
    imp = r["imports"]
    if imp:
        rows.append(
            "import casemgmt / pydantic (ms): "
            f"{imp['import casemgmt']['median_s'] * 1e3:.1f} / "
            f"{imp['import pydantic']['median_s'] * 1e3:.1f}; "
            "from casemgmt import Case, loads / from pydantic import BaseModel (ms): "
            f"{imp['from casemgmt import Case, loads']['median_s'] * 1e3:.1f} / "
            f"{imp['from pydantic import BaseModel']['median_s'] * 1e3:.1f}"
        )
    return "\n".join(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--quick", action="store_true", help="a short smoke run")
    parser.add_argument("--cases", type=int, default=None, help="distinct cases per repeat")
    parser.add_argument("--repeats", type=int, default=None)
    parser.add_argument("--shape", action="append", choices=SHAPES, help="repeatable")
    parser.add_argument("--no-imports", action="store_true", help="skip the import timings")
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="only validate and validate + evaluate (repeated and distinct goal texts)",
    )
    parser.add_argument("--out", type=Path, default=HERE / "results.json")
    args = parser.parse_args(argv)
    n_cases = args.cases or (100 if args.quick else 1000)
    repeats = args.repeats or (3 if args.quick else 15)
    shapes = args.shape or list(SHAPES)
    imports_n = 0 if args.no_imports else (3 if args.quick else 11)
    if args.rules_only:
        print(f"{n_cases} reference cases x {repeats} interleaved repeats; machine: {machine()}")
        print(rules_table(run_rules(n_cases, repeats)))
        return 0
    results = run(n_cases, repeats, import_repeats=imports_n, shapes=shapes)
    print(table(results))
    args.out.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwritten: {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
