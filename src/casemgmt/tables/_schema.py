"""The flat tables' columns: one fixed schema per entity, named once.

Analysts join and filter these tables in DuckDB, polars or pandas, so the
column names and types are a contract: a column is added, never renamed or
retyped. Types are logical (``str``, ``int``, ``bool``, ``date``); the
Arrow writer maps them to Arrow types, the CSV writer to text.
"""

from __future__ import annotations

from collections.abc import Mapping

import attrs

__all__ = ["COLUMN_TYPES", "TABLES", "Column", "Table"]

COLUMN_TYPES = ("str", "int", "bool", "date")
"""The logical types a column may have; every column may also be empty (null)."""


@attrs.frozen
class Column:
    """One column: its name, logical type and what it holds."""

    name: str
    type: str
    doc: str = ""

    def __attrs_post_init__(self) -> None:
        if self.type not in COLUMN_TYPES:
            msg = f"column {self.name}: type must be one of {COLUMN_TYPES}, got {self.type!r}"
            raise ValueError(msg)


@attrs.frozen
class Table:
    """One table: a name (the file's stem) and its columns, in order."""

    name: str
    doc: str
    columns: tuple[Column, ...]

    @property
    def column_names(self) -> tuple[str, ...]:
        return tuple(c.name for c in self.columns)


_CASE_ID = Column("case_id", "str", "the case (a pseudonym unless identified)")

_SCHEMA = """
cases: one row per case
    client_id            str   the client (a pseudonym unless identified)
    birth_year           int   the client's year of birth (never the day)
    program              str   the team or program
    case_manager_id      str   the case manager party (a pseudonym unless identified)
    stage                str   the current stage
    opened_on            date  when the current episode opened
    episode              int   1 for the first episode; re-opening adds one
    closed_on            date  when the case closed (empty while open)
    closure_reason       str   the closure reason code (empty while open)
    plan_version         int   the current plan's version (empty with no plan)
    plan_created_on      date  when the current plan was made
    plan_review_date     date  the current plan's review date
    needs                int   assessed needs
    goals                int   goals in the current plan
    actions              int   actions in the current plan
    referrals            int   referrals out
    reviews              int   reviews held

needs: one row per assessed need
    need_number          int   the need's stable number
    domain               str   the need domain code
    priority             str   the need priority code
    identified_on        date  when the need was identified
    in_clients_words     bool  recorded in the client's own words
    verified_with_client bool  checked with the client
    sources              str   information sources, space-separated codes

goals: one row per goal of the current plan
    goal_id              str   the goal
    plan_version         int   the plan version the goal belongs to
    need_numbers         str   needs the goal cites, space-separated
    horizon              str   short-term or long-term
    status               str   the goal status code
    priority             int   1 = first
    primary              bool  a primary goal
    target_date          date  when the goal should be reached
    agreed_by_client     bool  the client agreed the goal
    achieved_on          date  when the goal was achieved
    wording_findings     str   goal-wording finding codes, space-separated

actions: one row per action of the current plan
    action_id            str   the action
    goal_id              str   the goal it serves
    plan_version         int   the plan version the action belongs to
    responsible          str   who carries it out (a role code)
    kind                 str   the action kind code
    status               str   the action status code
    timeframe            str   the plan's time frame words, e.g. '2 weeks'
    due_date             date  when it is due
    completed_on         date  when it was done

referrals: one row per referral out
    referral_id          str   the referral
    service_id           str   the receiving service's id
    organisation         str   the receiving organisation's name
    made_on              date  when the referral was made
    status               str   the latest status code
    sent_on              date  when information first left the agency
    follow_up_on         date  when to check the service was given
    confirmed_on         date  when the service was confirmed given
    self_referral        bool  the client referred themself
    warm_handoff         bool  introduced in person
    goal_id              str   the goal it serves
    need_numbers         str   needs it serves, space-separated

reviews: one row per review held
    review_number        int   1 for the case's first review, in record order
    held_on              date  when the review was held
    kind                 str   scheduled or triggered
    trigger              str   what triggered it (triggered reviews)
    format               str   the review format code
    goals_reviewed       int   goals whose progress was recorded
    client_satisfied     bool  the client was satisfied (empty: not asked)
    next_review_on       date  the next review date set

findings: one row per finding of the checks on the export's as-of date
    code                 str   the finding code
    severity             str   error, warning or info
    path                 str   the JSON path in the case
    message              str   the message (never client details)

stage_changes: one row per stage change, in history order
    sequence             int   1 for the case's first stage change
    from_stage           str   the stage left (empty for the first)
    to_stage             str   the stage entered
    on                   date  when
    by                   str   who moved it (a pseudonym unless identified)
"""
"""Each table: ``name: what a row is``, then a line per column: name, type, what it holds.

Written as a table because that is what it is; ``case_id`` comes first in every table.
"""


def _tables(schema: str) -> dict[str, Table]:
    tables: dict[str, Table] = {}
    for block in schema.strip().split("\n\n"):
        head, *rows = block.splitlines()
        name, doc = head.split(": ", 1)
        columns = [Column(*row.split(maxsplit=2)) for row in rows]
        tables[name] = Table(name, doc, (_CASE_ID, *columns))
    return tables


TABLES: Mapping[str, Table] = _tables(_SCHEMA)
"""Every table, in export order."""
