"""The case plan as the seed's table: need / goal / actions by whom / time frame.

Seed 002 prints Carla's plan as a four-column table. This renders any plan
the same way in plain text, one row per goal, with the needs it cites by
number (seed 004: "numbers correspond"). It prints the plan's own words and
no client details, so keep client names out of goal and need text.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence

from casemgmt.assessment._records import Assessment
from casemgmt.planning._records import Action, CasePlan, Goal, Responsible

__all__ = ["render_plan_table"]

_HEADERS = ("Need", "Goal", "Actions / by whom", "Time frame")
_SHARES = (0.25, 0.24, 0.33, 0.18)
_MIN_WIDTH = 60
_DATE_CELL = len("by 2024-09-04")


def _who(action: Action) -> str:
    if action.responsible is Responsible.EXTERNAL_SERVICE:
        return action.service_name or action.responsible_party or "an outside service"
    if action.responsible is None:
        return action.responsible_party or "nobody yet"
    return str(action.responsible.value).replace("-", " ")


def _when(action: Action, width: int) -> list[str]:
    words = " ".join(part for part in (str(action.timeframe or ""), action.timeframe_note) if part)
    lines = _wrap(words, width) if words else []
    if action.due_date is not None:
        lines.append(f"by {action.due_date.isoformat()}")
    return lines or ["no time frame"]


def _wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text, width, subsequent_indent=indent, break_long_words=True, break_on_hyphens=False
    ) or [""]


def _goal_row(
    goal: Goal | None,
    goal_id: str,
    actions: Sequence[Action],
    assessment: Assessment,
    widths: tuple[int, int, int, int],
) -> list[tuple[str, str, str, str]]:
    w_need, w_goal, w_act, w_time = widths
    need_lines: list[str] = []
    goal_lines: list[str] = []
    if goal is None:
        goal_lines = _wrap(f"(goal {goal_id} is not in the plan)", w_goal)
    else:
        for number in goal.need_numbers:
            need = assessment.need(number)
            text = need.description if need is not None else "(not in the assessment)"
            label = f"{number}. "
            need_lines += _wrap(label + text, w_need, " " * len(label))
        if not goal.need_numbers:
            need_lines = _wrap("(no need cited)", w_need)
        goal_lines = _wrap(goal.statement, w_goal)
    act_lines: list[str] = []
    time_lines: list[str] = []
    for action in actions:
        a = _wrap(f"{action.what} ({_who(action)})", w_act, "  ")
        t = _when(action, w_time)
        height = max(len(a), len(t))
        act_lines += a + [""] * (height - len(a))
        time_lines += t + [""] * (height - len(t))
    if not actions:
        act_lines = _wrap("(no actions yet)", w_act)
    return _cells([[need_lines], [goal_lines], [act_lines], [time_lines]])


def _cells(columns: Sequence[Sequence[list[str]]]) -> list[tuple[str, str, str, str]]:
    """Stack each column's wrapped pieces and pad the columns to one height."""
    stacked = [[text for piece in column for text in piece] for column in columns]
    height = max(len(c) for c in stacked)
    padded = [c + [""] * (height - len(c)) for c in stacked]
    return list(zip(padded[0], padded[1], padded[2], padded[3], strict=True))


def render_plan_table(plan: CasePlan, assessment: Assessment, *, width: int = 100) -> str:
    """The plan as a plain-text table: need / goal / actions by whom / time frame.

    One row per goal, in plan order; each action shows who does it and its
    time frame in the plan's words with the date it falls on. Deferred
    needs and the strategies that build on strengths follow the table.

    >>> import datetime as dt
    >>> from casemgmt.assessment import Assessment, Need, NeedDomain
    >>> from casemgmt.planning import Action, CasePlan, Goal, Responsible
    >>> day = dt.date(2024, 9, 4)
    >>> a = Assessment(needs=(Need(number=1, domain=NeedDomain.EMPLOYMENT,
    ...                            description="Needs to find a job"),))
    >>> plan = CasePlan(created_on=day, goals=(
    ...     Goal(id="g-1", statement="Client will seek part-time work", need_numbers=(1,)),),
    ...     actions=(Action.planned(id="a-1", goal_id="g-1", what="Contact the employment"
    ...              " office", responsible=Responsible.CASE_MANAGER, timeframe="1 month",
    ...              plan_date=day),))
    >>> print(render_plan_table(plan, a, width=72))
    Case plan, version 1, dated 2024-09-04; no review date set
    +----------------+----------------+--------------------+---------------+
    | Need           | Goal           | Actions / by whom  | Time frame    |
    +================+================+====================+===============+
    | 1. Needs to    | Client will    | Contact the        | 1 month       |
    |    find a job  | seek part-time |   employment       | by 2024-10-04 |
    |                | work           |   office (case     |               |
    |                |                |   manager)         |               |
    +----------------+----------------+--------------------+---------------+
    """
    width = max(width, _MIN_WIDTH)
    room = width - (3 * len(_HEADERS) + 1)
    sizes = [max(8, int(room * share)) for share in _SHARES]
    sizes[3] = max(sizes[3], _DATE_CELL)  # a due date never breaks across lines
    sizes[2] += room - sum(sizes)
    widths = (sizes[0], sizes[1], sizes[2], sizes[3])
    rule = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    heavy = rule.replace("-", "=")

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    review = (
        f"review on {plan.review_date.isoformat()}"
        if plan.review_date is not None
        else "no review date set"
    )
    out = [
        f"Case plan, version {plan.version}, dated {plan.created_on.isoformat()}; {review}",
        rule,
        *(
            line(cells)
            for cells in _cells([[_wrap(h, w)] for h, w in zip(_HEADERS, widths, strict=True)])
        ),
        heavy,
    ]
    goal_ids = [g.id for g in plan.goals]
    rows: list[tuple[Goal | None, str]] = [(g, g.id) for g in plan.goals]
    orphans = dict.fromkeys(a.goal_id for a in plan.actions if a.goal_id not in goal_ids)
    rows += [(None, gid) for gid in orphans]
    if not rows:
        out += [line(("", "(no goals yet)", "", "")), rule]
    shown: set[str] = set()
    for goal, gid in rows:
        # a duplicated goal id shows its actions once, under the first such goal
        acts = [] if gid in shown else [a for a in plan.actions if a.goal_id == gid]
        shown.add(gid)
        out += [line(cells) for cells in _goal_row(goal, gid, acts, assessment, widths)]
        out.append(rule)
    if plan.deferred_needs:
        out.append("Needs deferred:")
        for deferred in plan.deferred_needs:
            out += _wrap(f"{deferred.need_number}. {deferred.reason}", width, "   ")
    if plan.strength_strategies:
        out.append("Strengths the plan builds on:")
        strengths = {s.id: s for s in assessment.strengths}
        for item in plan.strength_strategies:
            found = strengths.get(item.strength_id)
            name = found.description if found is not None else item.strength_id
            out += _wrap(f"- {name}: {item.strategy}", width, "  ")
    return "\n".join(out)
