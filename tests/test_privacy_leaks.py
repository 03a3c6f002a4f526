"""Issue 14: nothing identifying leaves the library unless the caller asked for it.

Generated cases carry a client with a distinctive name (with diacritics), a
date of birth, a phone number, an e-mail address and a street address, and
the same details written into every free-text field in the usual variant
forms ("Zoe" for "Zoë", "19 July 1941", "+61 412 345 678"...). Every output
surface is then searched for any of them: repr/str of every record, finding
messages, paths and hints, ``CaseDataError``, the command line's ``check``,
``show`` and ``closure`` in both formats, the notebook HTML, ``redact()``
output, the FHIR export without identity, and log records.

Each surface test runs ``EXAMPLES`` generated cases (plus one fixed case)
under every hypothesis profile, so CI checks the same number.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import enum
import functools
import importlib
import io
import json
import logging
import pkgutil
import re
import tempfile
import typing
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import casemgmt
from casemgmt import (
    Case,
    CaseDataError,
    Consent,
    ConsentPurpose,
    Party,
    PartyRole,
    dumps,
    loads,
    validate,
)
from casemgmt.assessment import (
    AssessmentSession,
    Need,
    NeedDomain,
    Risk,
    RiskKind,
    RiskLevel,
    Strength,
    StrengthKind,
)
from casemgmt.case import Stage, StageChange
from casemgmt.cli import main
from casemgmt.closure import ClosureReason, ClosureRecord, ExitPlan, ExitSupport, evaluate
from casemgmt.closure._records import Episode
from casemgmt.core._client import ContactDetails
from casemgmt.core._time import Timeframe
from casemgmt.monitoring import (
    Achievement,
    CaseNote,
    ContactAttempt,
    ContactChannel,
    ContactResult,
    GoalProgress,
    NoteKind,
    PlanRevision,
    Review,
)
from casemgmt.monitoring._records import PlanDiff, PlanTerms
from casemgmt.planning._records import Action, CasePlan, DeferredNeed, Goal, StrengthStrategy
from casemgmt.privacy import redact
from casemgmt.referrals import (
    Advocacy,
    InboundReferral,
    ReceivingService,
    Referral,
    ReferralStatus,
    ScreeningDecision,
)
from casemgmt.referrals._records import Escalation, StatusChange
from casemgmt.testing.strategies import cases

EXAMPLES = 25
"""Generated cases per surface test, in every profile (CI included)."""

AS_OF = dt.date(2026, 1, 1)
_KEY = "casemgmt.disclosure"


# --- who the generated clients are -------------------------------------------------------


def _plain(text: str) -> str:
    """Accents dropped, as people type a name on a keyboard without them."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


_MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]  # fmt: skip


def _ordinal(day: int) -> str:
    suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


@attrs.frozen
class Who:
    """A generated client's identifying details, and how people write them."""

    first: str
    last: str
    born: dt.date
    national: str  # phone digits after the trunk 0, e.g. "412345678"
    email: str
    number: int
    street: str
    street_type: tuple[str, str]
    suburb: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def address(self) -> str:
        return f"{self.number} {self.street} {self.street_type[0]}, {self.suburb}"

    def dob_forms(self) -> list[str]:
        d, m, y = self.born.day, self.born.month, self.born.year
        month = _MONTHS[m - 1]
        return [
            f"{d:02d}/{m:02d}/{y}",
            f"{d} {month} {y}",
            self.born.isoformat(),
            f"{month} {d}, {y}",
            f"{d}.{m}.{y % 100:02d}",
            f"{_ordinal(d)} of {month} {y}",
            f"{d}-{month[:3]}-{y}",
            f"{d}/{m}/{y}",
        ]

    def phone_forms(self) -> list[str]:
        n = self.national
        if n[0] == "4":  # a mobile
            return [f"0{n}", f"0{n[:3]} {n[3:6]} {n[6:]}", f"+61 {n[:3]} {n[3:6]} {n[6:]}",
                    f"+61{n}", f"(0{n[0]}) {n[1:5]} {n[5:]}"]  # fmt: skip
        return [f"0{n}", f"(0{n[0]}) {n[1:5]} {n[5:]}", f"+61 {n[0]} {n[1:5]} {n[5:]}",
                f"+61{n}", f"0{n[0]} {n[1:5]}-{n[5:]}"]  # fmt: skip


FIRSTS = ["Chloë", "Siobhán", "José", "Björn", "Małgorzata", "Thảo", "Aroha", "Renée", "Øystein"]
LASTS = ["Nguyễn", "Okonkwo-Reyes", "Kowalczyk", "Papadopoulou", "O'Dowd", "Müller-Lüdenscheid"]
STREETS = ["Wattle", "Banksia", "Jacaranda", "Ironbark", "Kurrajong", "Waratah"]
TYPES = [("Street", "St"), ("Road", "Rd"), ("Avenue", "Ave"), ("Crescent", "Cres")]


def _ascii_name(text: str) -> str:
    return re.sub(r"[^a-z]", "", _plain(text).lower())


def _not_new_year(day: dt.date) -> bool:
    return (day.month, day.day) != (1, 1)


@st.composite
def people(draw: st.DrawFn) -> Who:
    first, last = draw(st.sampled_from(FIRSTS)), draw(st.sampled_from(LASTS))
    mobile = draw(st.booleans())
    rest = draw(st.from_regex(r"[0-9]{8}", fullmatch=True))
    national = ("4" if mobile else draw(st.sampled_from("2378"))) + rest
    n = draw(st.integers(1, 99))
    domain = draw(st.sampled_from(["example.org", "mail.example.com"]))
    return Who(
        first=first,
        last=last,
        # not 1 January: that is what redact() keeps (the year), so it would read as a leak
        born=draw(st.dates(dt.date(1930, 1, 2), dt.date(2008, 12, 31)).filter(_not_new_year)),
        national=national,
        email=f"{_ascii_name(first)}.{_ascii_name(last)}{n}@{domain}",
        number=draw(st.integers(1, 999)),
        street=draw(st.sampled_from(STREETS)),
        street_type=draw(st.sampled_from(TYPES)),
        suburb=draw(st.sampled_from(["Logan", "Parramatta", "Elizabeth", "Geelong"])),
    )


CARLA = Who(
    first="Zoë",
    last="Okonkwo-Reyes",
    born=dt.date(1941, 7, 19),
    national="412345678",
    email="zoe.okonkworeyes41@example.org",
    number=12,
    street="Wattle",
    street_type=("Street", "St"),
    suburb="Logan",
)
"""The fixed client every surface test also sees (the examples from the issue)."""


# --- finding them in output ----------------------------------------------------------------


def _fold(text: str) -> str:
    text = text.replace("’", "'").replace("ø", "o").replace("Ø", "O")  # noqa: RUF001
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def _detectors(who: Who) -> dict[str, re.Pattern[str]]:
    """One pattern per identifying detail, over folded text."""
    tokens = {t for t in re.split(r"[\s'\-]+", _fold(who.name)) if len(t) >= 3}
    dob = [re.escape(_fold(f)) for f in who.dob_forms()]
    dob += [f"{who.born:%Y%m%d}", f"{who.born:%d%m%Y}"]
    digits = r"[\s().\-]*".join(who.national)
    street = rf"{who.number}\s+{_fold(who.street)}\s+(?:{'|'.join(map(_fold, who.street_type))})"
    return {
        "name": re.compile(rf"(?<!\w)(?:{'|'.join(map(re.escape, sorted(tokens)))})(?!\w)"),
        "date of birth": re.compile(rf"(?<![\w])(?:{'|'.join(dob)})(?!\d)"),
        "phone": re.compile(rf"(?<!\d)(?:\+?61|\(?0)?[\s().\-]*{digits}(?!\d)"),
        "e-mail": re.compile(re.escape(_fold(who.email.split("@")[0]))),
        "address": re.compile(rf"(?<!\d){street}(?!\w)"),
    }


def leaks(text: str, who: Who) -> list[str]:
    """The kinds of identifying detail found in ``text``, each with what matched."""
    folded = _fold(text)
    return [
        f"{kind}: {m.group()!r}" for kind, p in _detectors(who).items() if (m := p.search(folded))
    ]


def assert_clean(surface: str, text: str, who: Who) -> None:
    found = leaks(text, who)
    assert found == [], f"{surface} shows {found}: {text[:400]!r}"


# --- putting them into cases ---------------------------------------------------------------


_TEMPLATES = [
    "Help {first} to call {first}'s landlord about {address}.",
    "{FIRST} rang from {phone}; born {dob}.",
    "{plain} said her number is {phone} and her email is {email}.",
    "{last}'s DOB is {dob}; mobile {phone}.",
    "Met {first} {last} (DOB {dob}) at {street_line}.",
    "Write to {EMAIL} or ring {phone}; birthday {dob}.",
    "{plain}s sister says {first} {LAST} was born {dob}, phone {phone}.",
    "Lives at {address}; date of birth {dob}; {lower} prefers texts to {phone}.",
]


class _Writer:
    """Free text naming ``who``, a different template and variant form each time."""

    def __init__(self, who: Who) -> None:
        self.who = who
        self.count = 0

    def __call__(self) -> str:
        who, i = self.who, self.count
        self.count += 1
        dobs, phones = who.dob_forms(), who.phone_forms()
        return _TEMPLATES[i % len(_TEMPLATES)].format(
            first=who.first,
            FIRST=who.first.upper(),
            plain=_plain(who.first),
            lower=_plain(who.first).lower(),
            last=who.last,
            LAST=who.last.upper(),
            dob=dobs[i % len(dobs)],
            phone=phones[i % len(phones)],
            email=who.email,
            EMAIL=who.email.upper(),
            address=who.address,
            street_line=f"{who.number} {who.street} {who.street_type[1]}",
        )


def _declared(field: attrs.Attribute[object]) -> str:
    """What a field declares it may disclose; free text unless it says otherwise."""
    value = field.metadata.get(_KEY)
    return str(getattr(value, "value", "text"))


def _fields(cls: type) -> tuple[attrs.Attribute[object], ...]:
    return tuple(attrs.fields(typing.cast("typing.Any", cls)))


def _hints(cls: type) -> dict[str, object]:
    return typing.get_type_hints(cls)


def _holds_text_type(hint: object) -> bool:
    """True for ``str``, ``str | None``, ``tuple[str, ...]`` and the like."""
    if hint is str:
        return True
    return any(_holds_text_type(arg) for arg in typing.get_args(hint) if arg is not Ellipsis)


def _fill(value: object, write: Callable[[], str]) -> object:
    """``value`` with every free-text string (in it, at any depth) written anew."""
    if isinstance(value, tuple):
        return tuple(_fill(v, write) for v in value)
    if not attrs.has(type(value)):
        return value
    changes: dict[str, object] = {}
    hints = _hints(type(value))
    for field in _fields(type(value)):
        old = getattr(value, field.name)
        if _holds_text_type(hints[field.name]):
            if _declared(field) == "text":
                fresh = (
                    write() if isinstance(old, str) else (*(write() for _ in old or ()), write())
                )
                changes[field.alias or field.name] = fresh
            continue
        new = _fill(old, write)
        if new is not old:
            changes[field.alias or field.name] = new
    return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]


def _first(vocabulary: type[enum.Enum]) -> typing.Any:
    return next(iter(vocabulary))


def _every_record(case: Case) -> Case:
    """``case`` with at least one of every record class a case can hold."""
    day = case.opened_on
    goal = Goal(id="g-extra", statement="Find stable housing", need_numbers=(1,))
    action = Action(
        id="a-extra",
        goal_id="g-extra",
        what="Call the housing service",
        timeframe=Timeframe("2 weeks"),
    )
    strategy = StrengthStrategy(strength_id="s-extra", strategy="use it")
    deferred = DeferredNeed(need_number=1, reason="crisis first")
    old_plan = CasePlan(
        created_on=day, goals=(goal,), actions=(action,), strength_strategies=(strategy,),
        deferred_needs=(deferred,),
    )  # fmt: skip
    closure = ClosureRecord(
        reason=ClosureReason.OTHER,
        closed_on=day,
        reason_text="moved away",
        exit_plan=ExitPlan(
            achievements=("housed",),
            supports_after_exit=(ExitSupport(need="housing", provided_by="GP"),),
            how_to_return="call us",
        ),
        by="cm-1",
    )
    revision = PlanRevision(
        from_version=1,
        to_version=2,
        revised_on=day,
        reason="no progress",
        diff=PlanDiff(
            goals_added=(goal,),
            actions_added=(action,),
            terms=PlanTerms(strength_strategies=(strategy,), deferred_needs=(deferred,)),
        ),
        by="cm-1",
    )
    advocacy = Advocacy(
        id="adv-extra",
        started_on=day,
        target="Housing authority",
        asked_for="a transfer",
        escalations=(Escalation(on=day, to="Area manager", reason="no reply"),),
    )
    referral = Referral(
        id="r-extra",
        to=ReceivingService(id="svc-extra", organisation="Job Link"),
        made_on=day,
        history=(StatusChange(status=ReferralStatus.SENT, on=day, by="cm-1", reason="sent"),),
    )
    review = Review(
        held_on=day, progress=(GoalProgress(goal_id="g-extra", achievement=_first(Achievement)),)
    )
    a = case.assessment
    assessment = attrs.evolve(
        a,
        needs=(*a.needs, Need(number=len(a.needs) + 1, domain=_first(NeedDomain), description="x")),
        strengths=(*a.strengths, Strength(id="s-extra", kind=_first(StrengthKind),
                                          description="x")),
        risks=(*a.risks, Risk(id="k-extra", kind=_first(RiskKind), level=RiskLevel.LOW,
                              identified_on=day)),
        sessions=(*a.sessions, AssessmentSession(held_on=day, notes="first visit")),
    )  # fmt: skip
    return attrs.evolve(
        case,
        plan_history=(*case.plan_history, old_plan),
        revisions=(*case.revisions, revision),
        advocacy=(*case.advocacy, advocacy),
        referral_in=InboundReferral(
            received_on=day,
            source="GP",
            decision=ScreeningDecision.NOT_ACCEPTED,
            decided_on=day,
            explanation="outside catchment",
            referred_on_to="Local housing service",
        ),
        episodes=(*case.episodes, Episode(number=1, opened_on=day, closure=closure)),
        assessment=assessment,
        stage_history=(
            StageChange(from_stage=None, to_stage=Stage.INTAKE, on=day, by="cm-1", reason="new"),
            *case.stage_history,
        ),
        parties=(*case.parties, Party(id="p-extra", role=_first(PartyRole), name="Sam Worker")),
        consents=(
            *case.consents,
            Consent(id="consent-extra", purposes=(_first(ConsentPurpose),), granted_on=day),
        ),
        referrals=(*case.referrals, referral),
        reviews=(*case.reviews, review),
        notes=(
            *case.notes,
            CaseNote(written_on=day, author="cm-1", kind=_first(NoteKind), text="visited"),
        ),
        contact_attempts=(
            *case.contact_attempts,
            ContactAttempt(on=day, channel=_first(ContactChannel), result=_first(ContactResult)),
        ),
    )


def identify(case: Case, who: Who) -> Case:
    """``case`` about ``who``: every free-text field and the client carry their details."""
    write = _Writer(who)
    filled = _fill(_every_record(case), write)
    assert isinstance(filled, Case)
    client = attrs.evolve(
        filled.client,
        name=who.name,
        date_of_birth=who.born,
        contact=ContactDetails(
            phone=who.phone_forms()[1], email=who.email, address=who.address,
            preferred_channel="sms",
        ),
    )  # fmt: skip
    return attrs.evolve(filled, client=client)


def _records(value: object) -> Iterator[object]:
    """Every record instance inside ``value``, ``value`` included."""
    if isinstance(value, tuple):
        for item in value:
            yield from _records(item)
    elif attrs.has(type(value)):
        yield value
        for field in _fields(type(value)):
            yield from _records(getattr(value, field.name))


@functools.cache
def _case_record_classes() -> frozenset[type]:
    """Every record class a ``Case`` can hold, found from the package's type hints."""
    for module in pkgutil.walk_packages(casemgmt.__path__, "casemgmt."):
        importlib.import_module(module.name)
    found: set[type] = set()
    todo: list[object] = [Case]
    while todo:
        hint = todo.pop()
        if isinstance(hint, type) and attrs.has(hint):
            if hint in found:
                continue
            found.add(hint)
            todo.extend(typing.get_type_hints(hint).values())
        else:
            todo.extend(typing.get_args(hint))
    return frozenset(found)


def _package_record_classes() -> set[type]:
    """Every attrs class the package defines (to show the discovery is not a hand list)."""
    found = set()
    for module in pkgutil.walk_packages(casemgmt.__path__, "casemgmt."):
        for value in vars(importlib.import_module(module.name)).values():
            if isinstance(value, type) and attrs.has(value) and value.__module__ == module.name:
                found.add(value)
    return found


def surface_test(fn: Callable[..., None]) -> Callable[..., None]:
    """Run ``fn(case, who)`` on the fixed client and ``EXAMPLES`` generated cases."""
    fixed = next(iter(_FIXED_CASE))
    wrapped = example(fixed, CARLA)(fn)
    return settings(max_examples=EXAMPLES)(given(cases(consent=None), people())(wrapped))


def _fixed_case() -> Iterator[Case]:
    from casemgmt.examples.carla import carla_case

    yield carla_case()


_FIXED_CASE = list(_fixed_case())


# --- the structure the surfaces rely on ----------------------------------------------------


def test_discovery_finds_the_case_records_among_the_package_classes() -> None:
    """The record classes are found from the package, and include the nested ones."""
    found = _case_record_classes()
    assert found <= _package_record_classes()
    names = {c.__name__ for c in found}
    assert {"Case", "Client", "ContactDetails", "Escalation", "ExitSupport", "PlanTerms"} <= names


def test_every_text_field_of_every_record_is_private_in_repr() -> None:
    """A string field not declared safe is free text, and repr never shows free text."""
    shown = [
        f"{cls.__name__}.{field.name}"
        for cls in _case_record_classes()
        for field in attrs.fields(cls)
        if field.repr
        and _declared(field) in ("text", "identity")
        and _holds_text_type(_hints(cls)[field.name])
        and "__repr__" not in vars(cls)
    ]
    assert shown == []


def test_the_declaration_values_are_known() -> None:
    """Only the five declarations exist; a typo would silently mean free text."""
    used = {_declared(field) for cls in _case_record_classes() for field in attrs.fields(cls)}
    assert used <= {"safe", "person", "identity", "birth-date", "text"}


@settings(max_examples=EXAMPLES)
@given(cases(consent=None), people())
def test_generated_cases_reach_every_record_class(case: Case, who: Who) -> None:
    """The surface tests see an instance of every record class a case can hold."""
    seen = {type(r) for r in _records(identify(case, who))}
    assert _case_record_classes() - seen == set()


# --- the surfaces --------------------------------------------------------------------------


@surface_test
def test_repr_and_str_of_every_record(case: Case, who: Who) -> None:
    """No record's repr or str shows the client's details, however deeply nested."""
    for record in _records(identify(case, who)):
        assert_clean(f"repr of {type(record).__name__}", repr(record), who)
        assert_clean(f"str of {type(record).__name__}", str(record), who)


@surface_test
def test_finding_messages_and_paths(case: Case, who: Who) -> None:
    """Every finding of validate and closure evaluate: code, message, path and repr."""
    case = identify(case, who)
    findings = [*validate(case, as_of=AS_OF), *evaluate(case, as_of=AS_OF).findings]
    for f in findings:
        assert_clean(f"finding {f.code}", f"{f.code} {f.message} {f.path}", who)


@surface_test
def test_finding_hints(case: Case, who: Who) -> None:
    """Hints quote the plan's words but say "the client", never the client's name."""
    case = identify(case, who)
    for f in [*validate(case, as_of=AS_OF), *evaluate(case, as_of=AS_OF).findings]:
        assert_clean(f"hint of {f.code}", f"{f.hint} {f!r}", who)


def _run(args: list[str], case: Case) -> tuple[int, str, str]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.jsonl"
        path.write_text(dumps(case) + "\n" + dumps(case) + "\n", encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*args, str(path), "--as-of", AS_OF.isoformat()])
    return code, out.getvalue(), err.getvalue()


@surface_test
def test_cli_check_text_and_json(case: Case, who: Who) -> None:
    """`casemgmt check` in both formats (hints included) names no client."""
    case = identify(case, who)
    for fmt in ("text", "json"):
        _, out, err = _run(["check", "--format", fmt], case)
        assert_clean(f"check --format {fmt}", out + err, who)


@surface_test
def test_cli_closure_text_and_json(case: Case, who: Who) -> None:
    """`casemgmt closure` in both formats names no client."""
    case = identify(case, who)
    for fmt in ("text", "json"):
        _, out, err = _run(["closure", "--format", fmt], case)
        assert_clean(f"closure --format {fmt}", out + err, who)


@surface_test
def test_cli_show(case: Case, who: Who) -> None:
    """`casemgmt show` scrubs the plan's text and its findings' hints by default."""
    _, out, err = _run(["show"], identify(case, who))
    assert_clean("show", out + err, who)


@surface_test
def test_cli_show_without_findings(case: Case, who: Who) -> None:
    """`casemgmt show`'s plan table, referrals and reviews name no client."""
    _, out, _ = _run(["show"], identify(case, who))
    assert_clean("show", out.split("\nFindings on ")[0], who)


@surface_test
def test_notebook_html(case: Case, who: Who) -> None:
    """The notebook display (case and plan) is scrubbed like redact(), by default."""
    from casemgmt.notebook import case_html, plan_html, to_records

    case = identify(case, who)
    assert_clean("Case._repr_html_", case._repr_html_(), who)
    assert_clean("case_html", case_html(case), who)
    assert_clean("to_records", json.dumps(to_records([case]), default=str), who)
    if case.plan is not None:
        assert_clean("CasePlan._repr_html_", case.plan._repr_html_(), who)
        assert_clean("plan_html", plan_html(case.plan, case.assessment), who)


@surface_test
def test_redact_output_of_every_record(case: Case, who: Who) -> None:
    """redact() leaves no detail in any record, with and without keep_text."""
    case = identify(case, who)
    for keep_text in (False, True):
        safe = redact(case, salt="privacy-test", keep_text=keep_text)
        assert_clean(f"redact(keep_text={keep_text})", dumps(safe), who)
        for record in _records(safe):
            assert_clean(f"redacted {type(record).__name__}", repr(record), who)


@surface_test
def test_fhir_export_without_identity(case: Case, who: Who) -> None:
    """A FHIR bundle written without include_identity (and `casemgmt export`) names no client."""
    from casemgmt.fhir import to_bundle

    case = identify(case, who)
    assert_clean("to_bundle", json.dumps(to_bundle(case), ensure_ascii=False), who)
    _, out, err = _run_plain(["export", "--to", "fhir"], case)
    assert_clean("export --to fhir", out + err, who)


@surface_test
def test_flat_tables_and_csv_export(case: Case, who: Who) -> None:
    """Every flat table, de-identified by default, and `export --to csv` name no client."""
    from casemgmt.tables import TABLES, rows

    case = identify(case, who)
    for table in TABLES:
        for options in ({"salt": "privacy-test"}, {"identified": True}):
            found = list(rows(table, [case], as_of=AS_OF, **options))
            text = json.dumps(found, default=str, ensure_ascii=False)
            assert_clean(f"tables.rows({table}, {options})", text, who)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cases.jsonl"
        source.write_text(dumps(case) + "\n", encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(["export", "--to", "csv", str(source), "-o", str(Path(folder) / "tables")])
        written = "".join(
            f.read_text(encoding="utf-8") for f in (Path(folder) / "tables").iterdir()
        )
        assert_clean("export --to csv", written + out.getvalue() + err.getvalue(), who)


@surface_test
def test_quality_review_and_html_report(case: Case, who: Who) -> None:
    """The quality review's rows and notebook HTML, and `casemgmt report`, name no client."""
    from casemgmt.monitoring import quality_review

    case = identify(case, who)
    review = quality_review([case], as_of=AS_OF)
    assert_clean("QualityReport.to_rows", json.dumps(review.to_rows(), default=str), who)
    assert_clean("QualityReport._repr_html_", review._repr_html_(), who)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "cases.jsonl"
        source.write_text(dumps(case) + "\n", encoding="utf-8")
        page = Path(folder) / "report.html"
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            main(["report", str(source), "--as-of", AS_OF.isoformat(), "-o", str(page)])
        assert_clean("casemgmt report", page.read_text(encoding="utf-8") + out.getvalue(), who)


def _run_plain(args: list[str], case: Case) -> tuple[int, str, str]:
    """Run a command that takes no --as-of on a JSON Lines file of ``case``."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "cases.jsonl"
        path.write_text(dumps(case) + "\n", encoding="utf-8")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main([*args, str(path)])
    return code, out.getvalue(), err.getvalue()


def _bad_documents(case: Case, who: Who) -> Iterator[str]:
    """JSON that is not a case, each kind of mistake carrying the client's details."""
    data = json.loads(dumps(case))
    spaced = json.loads(dumps(case))
    spaced["client"]["id"] = f" {who.name}"
    yield json.dumps(spaced, ensure_ascii=False)
    extra = json.loads(dumps(case))
    extra["client"][who.name] = who.email
    yield json.dumps(extra, ensure_ascii=False)
    typed = json.loads(dumps(case))
    typed["opened_on"] = who.dob_forms()[1]
    yield json.dumps(typed, ensure_ascii=False)
    if data.get("plan") and data["plan"].get("actions"):
        timed = json.loads(dumps(case))
        timed["plan"]["actions"][0]["timeframe"] = f"until {who.first}'s court date"
        yield json.dumps(timed, ensure_ascii=False)


@surface_test
def test_case_data_error_text_and_problems(case: Case, who: Who) -> None:
    """CaseDataError names fields, paths and what was expected, never the value."""
    case = identify(case, who)
    for document in _bad_documents(case, who):
        with pytest.raises(CaseDataError) as caught:
            loads(document, Case)
        assert_clean("CaseDataError", f"{caught.value} {caught.value.problems}", who)


@surface_test
def test_log_records(case: Case, who: Who) -> None:
    """Nothing the library logs, at any level, carries the client's details."""
    from casemgmt.notebook import case_html

    case = identify(case, who)
    handler = _Collect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        validate(case, as_of=AS_OF)
        evaluate(case, as_of=AS_OF)
        redact(case, salt="privacy-test", keep_text=True)
        case_html(case)
        loads(dumps(case), Case)
        _run(["closure"], case)
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
    assert_clean("log records", "\n".join(handler.lines), who)


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.getMessage()} {record.exc_text or ''} {record.__dict__}")


# --- the detectors themselves ---------------------------------------------------------------


def test_detectors_find_every_form_they_inject() -> None:
    """The search finds each detail in each written form (so a clean result means clean)."""
    write = _Writer(CARLA)
    texts = [write() for _ in range(len(_TEMPLATES) * 8)]
    kinds = {"name", "date of birth", "phone", "e-mail", "address"}
    assert all(leaks(t, CARLA) for t in texts)
    assert kinds == {found.split(":")[0] for t in texts for found in leaks(t, CARLA)}
    for form in [*CARLA.dob_forms(), *CARLA.phone_forms(), "ZOE", "Okonkwo’s", CARLA.email]:  # noqa: RUF001
        assert leaks(f"x {form} y", CARLA), form


def test_detectors_pass_clean_text() -> None:
    """Scrubbed text and ordinary plan wording are not mistaken for a leak."""
    clean = "The client will call [name]'s landlord about [contact] by [dob] in 2 weeks."
    assert leaks(clean, CARLA) == []
