"""Rows per entity from cases: identifiers, dates, codes and counts, no client details.

De-identified by default, with the privacy module's rules: the case, the
client and every person get a pseudonym (``casemgmt.privacy.pseudonym``,
keyed with ``salt``, so tables written with one salt join and another salt
gives unlinkable copies), the date of birth shrinks to a year, and no free
text is written at all (goal wording is summarised as finding codes). Only
``identified=True`` keeps the agency's own ids - for the agency's own use.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from casemgmt.checks import validate
from casemgmt.core._parties import PartyRole
from casemgmt.core._time import AsOf, as_date
from casemgmt.planning import check_goal_statement
from casemgmt.privacy import pseudonym, salt_key
from casemgmt.tables._schema import TABLES

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["Row", "RowMaker", "rows"]

Row = dict[str, Any]
"""One row: column name to a ``str``, ``int``, ``bool``, ``datetime.date`` or None."""


def _words(values: Iterable[object]) -> str:
    return " ".join(str(getattr(v, "value", v)) for v in values)


def _code(value: object) -> str | None:
    return None if value is None else str(getattr(value, "value", value))


class RowMaker:
    """Turns one case into its rows for the chosen tables (settings checked once)."""

    def __init__(
        self,
        *,
        tables: Sequence[str] | None = None,
        as_of: AsOf | None = None,
        salt: str | bytes | None = None,
        identified: bool = False,
    ) -> None:
        chosen = list(TABLES) if tables is None else list(tables)
        problems = [f"unknown table {t!r}" for t in chosen if t not in TABLES]
        if not identified and salt is None:
            problems.append("pass salt= to pseudonymise ids, or identified=True to keep them")
        if "findings" in chosen and as_of is None:
            problems.append("the findings table needs as_of= (the day the checks judge)")
        if problems:
            known = ", ".join(TABLES)
            raise ValueError("; ".join(problems) + f" (tables: {known})")
        self.tables = tuple(chosen)
        self.as_of = None if as_of is None else as_date(as_of)
        self._id: Callable[[str], str]
        if identified:
            self._id = str
        else:
            key = salt_key(salt, needed_by="the tables")
            self._id = lambda value: pseudonym(value, salt=key)
        self._makers: dict[str, Callable[[Case, str], list[Row]]] = {
            "cases": self._cases,
            "needs": self._needs,
            "goals": self._goals,
            "actions": self._actions,
            "referrals": self._referrals,
            "reviews": self._reviews,
            "findings": self._findings,
            "stage_changes": self._stage_changes,
        }

    def rows(self, case: Case) -> dict[str, list[Row]]:
        """Each chosen table's rows for ``case``."""
        case_id = self._id(case.id)
        return {name: self._makers[name](case, case_id) for name in self.tables}

    def _cases(self, case: Case, case_id: str) -> list[Row]:
        manager = next((p.id for p in case.parties if p.role is PartyRole.CASE_MANAGER), None)
        plan, closure = case.plan, case.closure
        born = case.client.date_of_birth
        return [
            {
                "case_id": case_id,
                "client_id": self._id(case.client.id),
                "birth_year": None if born is None else born.year,
                "program": case.program or None,
                "case_manager_id": None if manager is None else self._id(manager),
                "stage": case.stage.value,
                "opened_on": case.opened_on,
                "episode": case.episode_number,
                "closed_on": None if closure is None else closure.closed_on,
                "closure_reason": None if closure is None else closure.reason.value,
                "plan_version": None if plan is None else plan.version,
                "plan_created_on": None if plan is None else plan.created_on,
                "plan_review_date": None if plan is None else plan.review_date,
                "needs": len(case.assessment.needs),
                "goals": 0 if plan is None else len(plan.goals),
                "actions": 0 if plan is None else len(plan.actions),
                "referrals": len(case.referrals),
                "reviews": len(case.reviews),
            }
        ]

    def _needs(self, case: Case, case_id: str) -> list[Row]:
        return [
            {
                "case_id": case_id,
                "need_number": n.number,
                "domain": n.domain.value,
                "priority": n.priority.value,
                "identified_on": n.identified_on,
                "in_clients_words": n.in_clients_words,
                "verified_with_client": n.verified_with_client,
                "sources": _words(n.sources),
            }
            for n in case.assessment.needs
        ]

    def _goals(self, case: Case, case_id: str) -> list[Row]:
        plan = case.plan
        if plan is None:
            return []
        names = (case.client.name,) if case.client.name.strip() else ()
        return [
            {
                "case_id": case_id,
                "goal_id": g.id,
                "plan_version": plan.version,
                "need_numbers": _words(g.need_numbers),
                "horizon": g.horizon.value,
                "status": g.status.value,
                "priority": g.priority,
                "primary": g.primary,
                "target_date": g.target_date,
                "agreed_by_client": g.agreed_by_client,
                "achieved_on": g.achieved_on,
                "wording_findings": _words(
                    sorted({f.code for f in check_goal_statement(g.statement, client_names=names)})
                ),
            }
            for g in plan.goals
        ]

    def _actions(self, case: Case, case_id: str) -> list[Row]:
        plan = case.plan
        if plan is None:
            return []
        return [
            {
                "case_id": case_id,
                "action_id": a.id,
                "goal_id": a.goal_id,
                "plan_version": plan.version,
                "responsible": _code(a.responsible),
                "kind": a.kind.value,
                "status": a.status.value,
                "timeframe": None if a.timeframe is None else str(a.timeframe),
                "due_date": a.due_date,
                "completed_on": a.completed_on,
            }
            for a in plan.actions
        ]

    def _referrals(self, case: Case, case_id: str) -> list[Row]:
        return [
            {
                "case_id": case_id,
                "referral_id": r.id,
                "service_id": r.to.id,
                "organisation": r.to.organisation,
                "made_on": r.made_on,
                "status": r.status.value,
                "sent_on": r.sent_on,
                "follow_up_on": r.follow_up_on,
                "confirmed_on": r.confirmed_on(),
                "self_referral": r.self_referral,
                "warm_handoff": r.warm_handoff,
                "goal_id": r.goal_id,
                "need_numbers": _words(r.need_numbers),
            }
            for r in case.referrals
        ]

    def _reviews(self, case: Case, case_id: str) -> list[Row]:
        return [
            {
                "case_id": case_id,
                "review_number": number,
                "held_on": r.held_on,
                "kind": r.kind.value,
                "trigger": _code(r.trigger),
                "format": r.format.value,
                "goals_reviewed": len(r.progress),
                "client_satisfied": r.client_satisfied,
                "next_review_on": r.next_review_on,
            }
            for number, r in enumerate(case.reviews, start=1)
        ]

    def _findings(self, case: Case, case_id: str) -> list[Row]:
        day: dt.date = self.as_of  # type: ignore[assignment]  # checked in __init__
        return [
            {
                "case_id": case_id,
                "code": f.code,
                "severity": f.severity.value,
                "path": f.path,
                "message": f.message,
            }
            for f in validate(case, as_of=day)
        ]

    def _stage_changes(self, case: Case, case_id: str) -> list[Row]:
        return [
            {
                "case_id": case_id,
                "sequence": number,
                "from_stage": _code(c.from_stage),
                "to_stage": c.to_stage.value,
                "on": c.on,
                "by": self._id(c.by) if c.by else None,
            }
            for number, c in enumerate(case.stage_history, start=1)
        ]


def rows(
    table: str,
    cases: Iterable[Case],
    *,
    as_of: AsOf | None = None,
    salt: str | bytes | None = None,
    identified: bool = False,
) -> Iterator[Row]:
    """Stream one table's rows over any iterable of cases (constant memory).

    >>> import datetime as dt
    >>> from casemgmt import Case, Client
    >>> case = Case(id="case-1", client=Client(id="c-1", name="Carla"),
    ...             opened_on=dt.date(2024, 9, 1))
    >>> row = next(rows("cases", [case], salt="s"))
    >>> row["case_id"].startswith("anon-"), "Carla" in str(row)
    (True, False)
    """
    maker = RowMaker(tables=[table], as_of=as_of, salt=salt, identified=identified)
    return (row for case in cases for row in maker.rows(case)[table])
