"""The quality report: indicators added up per case manager, program and overall.

One streaming pass over any iterable of cases keeps only counters and a few
case ids per indicator, so memory does not grow with the caseload. Reports
merge exactly (``merge`` is associative and commutative), so partitions of a
caseload - processes, Dask workers - are reviewed apart and added up.
"""

from __future__ import annotations

import bisect
import datetime as dt
import html
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from casemgmt.core._parties import PartyRole
from casemgmt.core._repr import Record
from casemgmt.core._time import AsOf, as_date
from casemgmt.monitoring._quality import INDICATORS, Measurement, measure_case

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = [
    "AGE_BUCKETS",
    "GROUPINGS",
    "Distribution",
    "GroupReport",
    "QualityReport",
    "Tally",
    "quality_review",
]

Grouping = Callable[["Case"], "str | None"]
"""A grouping names the group a case belongs to (None: the case is left out of it)."""

NO_GROUP = "(none)"


def _case_manager(case: Case) -> str:
    for party in case.parties:
        if party.role is PartyRole.CASE_MANAGER:
            return party.id
    return NO_GROUP


def _program(case: Case) -> str:
    return case.program or NO_GROUP


GROUPINGS: Mapping[str, Grouping] = {"case-manager": _case_manager, "program": _program}
"""Built-in groupings: the case manager's party id, and the case's program or team."""

AGE_BUCKETS: tuple[int, ...] = (30, 90, 180, 365)
"""Upper bounds (days) of the age bands; the last band is everything older."""


def _keep(ids: tuple[str, ...], more: Iterable[str], limit: int | None) -> tuple[str, ...]:
    merged = sorted({*ids, *more})
    return tuple(merged if limit is None else merged[:limit])


@attrs.frozen(kw_only=True, repr=False)
class Tally(Record):
    """An indicator's numerator and denominator, and the first case ids behind it.

    ``case_ids`` are the cases a supervisor should open (those short of the
    indicator), smallest ids first, at most the report's ``max_ids``;
    ``flagged`` counts them all.
    """

    numerator: int = 0
    denominator: int = 0
    flagged: int = 0
    case_ids: tuple[str, ...] = ()

    @property
    def rate(self) -> float | None:
        """numerator / denominator, or None when nothing was counted."""
        return self.numerator / self.denominator if self.denominator else None

    def merge(self, other: Tally, limit: int | None) -> Tally:
        return Tally(
            numerator=self.numerator + other.numerator,
            denominator=self.denominator + other.denominator,
            flagged=self.flagged + other.flagged,
            case_ids=_keep(self.case_ids, other.case_ids, limit),
        )


@attrs.frozen(kw_only=True, repr=False)
class Distribution(Record):
    """Days (case age, intake to first plan): count, total, and bands of ``AGE_BUCKETS``."""

    count: int = 0
    total: int = 0
    bands: tuple[int, ...] = (0,) * (len(AGE_BUCKETS) + 1)

    @property
    def mean(self) -> float | None:
        return self.total / self.count if self.count else None

    def add(self, days: int | None) -> Distribution:
        if days is None:
            return self
        band = next((i for i, top in enumerate(AGE_BUCKETS) if days <= top), len(AGE_BUCKETS))
        bands = tuple(n + (i == band) for i, n in enumerate(self.bands))
        return Distribution(count=self.count + 1, total=self.total + days, bands=bands)

    def merge(self, other: Distribution) -> Distribution:
        bands = tuple(a + b for a, b in zip(self.bands, other.bands, strict=True))
        return Distribution(
            count=self.count + other.count, total=self.total + other.total, bands=bands
        )


@attrs.frozen(kw_only=True, repr=False)
class GroupReport(Record):
    """The indicators of one group of cases (a case manager, a program, everyone)."""

    cases: int = 0
    tallies: Mapping[str, Tally] = attrs.field(factory=dict)
    case_age: Distribution = Distribution()
    days_to_first_plan: Distribution = Distribution()
    closure_reasons: Mapping[str, int] = attrs.field(factory=dict)
    """Closures per reason code (current and earlier episodes)."""

    def tally(self, code: str) -> Tally:
        """The tally for an indicator code (empty when no case counted towards it)."""
        return self.tallies.get(code, Tally())

    def merge(self, other: GroupReport, limit: int | None) -> GroupReport:
        codes = {*self.tallies, *other.tallies}
        return GroupReport(
            cases=self.cases + other.cases,
            tallies={c: self.tally(c).merge(other.tally(c), limit) for c in sorted(codes)},
            case_age=self.case_age.merge(other.case_age),
            days_to_first_plan=self.days_to_first_plan.merge(other.days_to_first_plan),
            closure_reasons={
                r: self.closure_reasons.get(r, 0) + other.closure_reasons.get(r, 0)
                for r in sorted({*self.closure_reasons, *other.closure_reasons})
            },
        )


class _Counter:
    """A group's running totals during one pass (mutable; frozen at the end)."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.cases = 0
        self.sums: dict[str, list[int]] = {i.code: [0, 0, 0] for i in INDICATORS}
        self.ids: dict[str, list[str]] = {i.code: [] for i in INDICATORS}
        self.age = Distribution()
        self.to_plan = Distribution()
        self.reasons: dict[str, int] = {}

    def add(self, case_id: str, measured: Measurement) -> None:
        self.cases += 1
        for indicator in INDICATORS:
            num, den = measured.counts.get(indicator.code, (0, 0))
            sums = self.sums[indicator.code]
            sums[0] += num
            sums[1] += den
            if indicator.falls_short(num, den):
                sums[2] += 1
                self._keep_id(self.ids[indicator.code], case_id)
        self.age = self.age.add(measured.case_age_days)
        self.to_plan = self.to_plan.add(measured.days_to_first_plan)
        for reason in measured.closure_reasons:
            self.reasons[reason] = self.reasons.get(reason, 0) + 1

    def _keep_id(self, ids: list[str], case_id: str) -> None:
        at = bisect.bisect_left(ids, case_id)
        if at < len(ids) and ids[at] == case_id:
            return  # one id twice (a duplicated record) is one file to open, as merge has it
        if self.limit is not None and len(ids) >= self.limit:
            if not ids or case_id >= ids[-1]:
                return
            ids.pop()
        ids.insert(at, case_id)

    def freeze(self) -> GroupReport:
        tallies = {
            code: Tally(numerator=n, denominator=d, flagged=f, case_ids=tuple(self.ids[code]))
            for code, (n, d, f) in self.sums.items()
            if n or d or f
        }
        return GroupReport(
            cases=self.cases,
            tallies=tallies,
            case_age=self.age,
            days_to_first_plan=self.to_plan,
            closure_reasons=dict(sorted(self.reasons.items())),
        )


GroupKey = tuple[str, str]
"""(grouping, group): ("case-manager", "cm-7"), ("program", "housing"), ("overall", "all")."""

OVERALL: GroupKey = ("overall", "all")


@attrs.frozen(kw_only=True, repr=False)
class QualityReport(Record):
    """Quality indicators per group on one day; a value that merges and compares."""

    as_of: dt.date
    max_ids: int | None = 100
    groups: Mapping[GroupKey, GroupReport] = attrs.field(factory=dict)

    @property
    def overall(self) -> GroupReport:
        return self.groups.get(OVERALL, GroupReport())

    def group(self, grouping: str, name: str) -> GroupReport:
        """One group's indicators (empty when no case fell in it)."""
        return self.groups.get((grouping, name), GroupReport())

    def merge(self, other: QualityReport) -> QualityReport:
        """Both reports' cases added up (the same ``as_of`` and ``max_ids``)."""
        if other.as_of != self.as_of or other.max_ids != self.max_ids:
            msg = "only reports of the same day and the same max_ids can be merged"
            raise ValueError(msg)
        keys = sorted({*self.groups, *other.groups})
        empty = GroupReport()
        groups = {
            k: self.groups.get(k, empty).merge(other.groups.get(k, empty), self.max_ids)
            for k in keys
        }
        return QualityReport(as_of=self.as_of, max_ids=self.max_ids, groups=groups)

    def to_rows(self) -> list[dict[str, Any]]:
        """One row per group and indicator, for a data frame (stable columns)."""
        rows: list[dict[str, Any]] = []
        for (grouping, name), group in sorted(self.groups.items()):
            for indicator in INDICATORS:
                tally = group.tally(indicator.code)
                rows.append(
                    {
                        "as_of": self.as_of.isoformat(),
                        "grouping": grouping,
                        "group": name,
                        "cases": group.cases,
                        "indicator": indicator.code,
                        "title": indicator.title,
                        "numerator": tally.numerator,
                        "denominator": tally.denominator,
                        "rate": tally.rate,
                        "flagged_cases": tally.flagged,
                        "case_ids": " ".join(tally.case_ids),
                    }
                )
        return rows

    def compare(self, earlier: QualityReport) -> list[dict[str, Any]]:
        """Rows of this report beside an earlier one (this quarter against last)."""
        rows: list[dict[str, Any]] = []
        for key in sorted({*self.groups, *earlier.groups}):
            now, then = self.groups.get(key, GroupReport()), earlier.groups.get(key, GroupReport())
            for indicator in INDICATORS:
                rate, before = now.tally(indicator.code).rate, then.tally(indicator.code).rate
                change = None if rate is None or before is None else rate - before
                improved = None
                if change is not None and change != 0:
                    improved = (change > 0) == indicator.higher_is_better
                rows.append(
                    {
                        "grouping": key[0],
                        "group": key[1],
                        "indicator": indicator.code,
                        "rate": rate,
                        "earlier_rate": before,
                        "change": change,
                        "improved": improved,
                    }
                )
        return rows

    def _repr_html_(self) -> str:
        """Notebook display: the overall indicators; identifiers only, escaped."""
        body = "".join(
            f"<tr><th scope='row'>{html.escape(i.title)}</th>"
            f"<td>{self.overall.tally(i.code).numerator}</td>"
            f"<td>{self.overall.tally(i.code).denominator}</td>"
            f"<td>{_percent(self.overall.tally(i.code).rate)}</td></tr>"
            for i in INDICATORS
        )
        return (
            f"<table><caption>Quality review, {self.as_of.isoformat()}: "
            f"{self.overall.cases} cases</caption><thead><tr><th scope='col'>Indicator</th>"
            "<th scope='col'>Count</th><th scope='col'>Of</th><th scope='col'>Rate</th>"
            f"</tr></thead><tbody>{body}</tbody></table>"
        )


def _percent(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate:.0%}"


def _groupings(by: Iterable[str | tuple[str, Grouping]]) -> list[tuple[str, Grouping]]:
    chosen: list[tuple[str, Grouping]] = []
    for item in by:
        if isinstance(item, str):
            if item not in GROUPINGS:
                known = ", ".join(sorted(GROUPINGS))
                msg = f"unknown grouping {item!r}; use one of {known} or a (name, function) pair"
                raise ValueError(msg)
            chosen.append((item, GROUPINGS[item]))
        else:
            chosen.append(item)
    return chosen


def quality_review(
    cases: Iterable[Case],
    *,
    as_of: AsOf,
    by: Iterable[str | tuple[str, Grouping]] = ("case-manager", "program"),
    max_ids: int | None = 100,
) -> QualityReport:
    """Review a caseload's files in one pass: every indicator per group and overall.

    ``by`` names built-in groupings (``"case-manager"``, ``"program"``) or
    gives ``(name, function)`` pairs; ``max_ids`` bounds the case ids kept
    per indicator (None keeps all of them).
    """
    day = as_date(as_of)
    groupings = _groupings(by)
    counters: dict[GroupKey, _Counter] = {}
    for case in cases:
        measured = measure_case(case, day)
        keys = [OVERALL]
        for name, grouping in groupings:
            group = grouping(case)
            if group is not None:
                keys.append((name, group))
        for key in keys:
            counter = counters.get(key)
            if counter is None:
                counter = counters[key] = _Counter(max_ids)
            counter.add(case.id, measured)
    groups = {key: counters[key].freeze() for key in sorted(counters)}
    return QualityReport(as_of=day, max_ids=max_ids, groups=groups)
