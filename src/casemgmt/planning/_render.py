"""The case plan as the seed's table, in plain text and in HTML.

Seed 002 (the ISED/QCOSS case plan example) prints Carla's plan as a
four-column table: client need/problem, agreed goal, actions/by whom/how,
target time frame. Both renderings here show any plan that way, one row per
goal, with the needs it cites by number (seed 004: "numbers correspond"), and
say "by whom" and "how" through the same two functions. They print the plan's
own words and no client details, so keep client names out of goal and need
text. An agency passes its own four ``headings``.

Only the core is imported at run time, so the plan records can delegate
``_repr_html_`` here without an import cycle.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import TYPE_CHECKING

from casemgmt.core._disclosure import hide_text
from casemgmt.core._parties import PartyRole

if TYPE_CHECKING:
    from casemgmt.assessment._records import Assessment
    from casemgmt.planning._records import Action, CasePlan, Goal

__all__ = [
    "PLAN_HEADINGS",
    "action_how",
    "action_owner",
    "escape",
    "plan_html",
    "render_plan_table",
]

PLAN_HEADINGS = ("Client need/problem", "Agreed goal", "Actions/by whom/how", "Target time frame")
"""Seed 002's column headings (the ISED/QCOSS case plan example)."""

_SHARES = (0.25, 0.24, 0.33, 0.18)
_MIN_WIDTH = 60
_DATE_CELL = len("by 2024-09-04")

# How an action is carried out, by its kind's value (seed 002: direct service,
# referral, advocacy, or the client's own step), and the word before a service.
_HOW = {
    "direct-service": ("direct service", "from"),
    "referral": ("referral", "to"),
    "advocacy": ("advocacy", "with"),
    "client-self-action": ("own step", "at"),
}


def escape(text: str) -> str:
    """``html.escape`` (quotes too) without importing ``html``'s entity tables.

    The plan records import this module, so ``import casemgmt`` paths stay light.

    >>> escape("<b>Tom & 'Jerry'</b>")
    '&lt;b&gt;Tom &amp; &#x27;Jerry&#x27;&lt;/b&gt;'
    """
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&#x27;")
    )


def action_owner(action: Action) -> str:
    """Who carries out ``action``: the "by whom" of seed 002, for every rendering.

    An outside service is named (its service name, else its party id); an
    action with nobody responsible names the party given, else "nobody yet".
    """
    if action.responsible is PartyRole.EXTERNAL_SERVICE:
        return action.service_name or action.responsible_party or "an outside service"
    if action.responsible is None:
        return action.responsible_party or "nobody yet"
    return str(action.responsible.value).replace("-", " ")


def action_how(action: Action) -> str:
    """How ``action`` is carried out: its kind, and the service involved if not the owner."""
    how, word = _HOW.get(action.kind.value, (action.kind.value.replace("-", " "), "with"))
    service = action.service_name
    if service and service != action_owner(action):
        return f"{how} {word} {service}"
    return how


def _action_text(action: Action) -> str:
    return f"{action.what} ({action_owner(action)}; {action_how(action)})"


def _rows(plan: CasePlan) -> list[tuple[Goal | None, str, list[Action]]]:
    """One row per goal in plan order, then one per goal id only actions cite.

    A duplicated goal id shows its actions once, under the first such goal,
    so every action appears exactly once in either table.
    """
    goal_ids = {g.id for g in plan.goals}
    keys: list[tuple[Goal | None, str]] = [(g, g.id) for g in plan.goals]
    orphans = dict.fromkeys(a.goal_id for a in plan.actions if a.goal_id not in goal_ids)
    keys += [(None, gid) for gid in orphans]
    rows: list[tuple[Goal | None, str, list[Action]]] = []
    shown: set[str] = set()
    for goal, gid in keys:
        acts = [] if gid in shown else [a for a in plan.actions if a.goal_id == gid]
        shown.add(gid)
        rows.append((goal, gid, acts))
    return rows


def _headings(headings: Sequence[str]) -> tuple[str, str, str, str]:
    cells = tuple(headings)
    if len(cells) != 4 or not all(isinstance(h, str) for h in cells):
        msg = (
            "headings must be four strings (need, goal, actions, time frame),"
            f" got {len(cells)}: {cells!r}"
        )
        raise ValueError(msg)
    return (cells[0], cells[1], cells[2], cells[3])


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
        a = _wrap(_action_text(action), w_act, "  ")
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


def render_plan_table(
    plan: CasePlan,
    assessment: Assessment,
    *,
    width: int = 100,
    headings: Sequence[str] = PLAN_HEADINGS,
) -> str:
    """The plan as a plain-text table: need / goal / actions by whom, how / time frame.

    One row per goal, in plan order; each action shows who does it, how,
    and its time frame in the plan's words with the date it falls on.
    Deferred needs and the strategies that build on strengths follow the
    table. ``headings`` replaces seed 002's four column headings.

    >>> import datetime as dt
    >>> from casemgmt.assessment import Assessment, Need, NeedDomain
    >>> from casemgmt.planning import Action, ActionKind, CasePlan, Goal, Responsible
    >>> day = dt.date(2024, 9, 4)
    >>> a = Assessment(needs=(Need(number=1, domain=NeedDomain.EMPLOYMENT,
    ...                            description="Needs to find a job"),))
    >>> plan = CasePlan(created_on=day, goals=(
    ...     Goal(id="g-1", statement="Client will seek part-time work", need_numbers=(1,)),),
    ...     actions=(Action.planned(id="a-1", goal_id="g-1", what="Contact the employment"
    ...              " office", responsible=Responsible.CASE_MANAGER, timeframe="1 month",
    ...              plan_date=day, kind=ActionKind.ADVOCACY, service_name="Jobs Hub"),))
    >>> print(render_plan_table(plan, a, width=72))
    Case plan, version 1, dated 2024-09-04; no review date set
    +----------------+----------------+--------------------+---------------+
    | Client         | Agreed goal    | Actions/by         | Target time   |
    | need/problem   |                | whom/how           | frame         |
    +================+================+====================+===============+
    | 1. Needs to    | Client will    | Contact the        | 1 month       |
    |    find a job  | seek part-time |   employment       | by 2024-10-04 |
    |                | work           |   office (case     |               |
    |                |                |   manager;         |               |
    |                |                |   advocacy with    |               |
    |                |                |   Jobs Hub)        |               |
    +----------------+----------------+--------------------+---------------+
    """
    columns = _headings(headings)
    width = max(width, _MIN_WIDTH)
    room = width - (3 * len(columns) + 1)
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
            for cells in _cells([[_wrap(h, w)] for h, w in zip(columns, widths, strict=True)])
        ),
        heavy,
    ]
    rows = _rows(plan)
    if not rows:
        out += [line(("", "(no goals yet)", "", "")), rule]
    for goal, gid, acts in rows:
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


_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"
_CELL = "border:1px solid #ccc;padding:4px 8px;vertical-align:top"


def _cell(text: str, tag: str = "td") -> str:
    return f'<{tag} style="{_CELL}">{text}</{tag}>'


def plan_html(
    plan: CasePlan,
    assessment: Assessment | None = None,
    *,
    headings: Sequence[str] = PLAN_HEADINGS,
    show_text: bool = False,
) -> str:
    """The plan as an HTML table with the same columns and cells as the text one.

    Every piece of text is escaped, so a goal written as ``<script>`` stays
    text. Without ``assessment`` the needs show by number only. A plan alone
    does not say whose name to scrub, so its free text is hidden unless
    ``show_text=True`` (issue 14); ``case_html`` shows a case's plan scrubbed.
    """
    if not show_text:
        plan = hide_text(plan, TEXT_HIDDEN)
        assessment = hide_text(assessment, TEXT_HIDDEN) if assessment is not None else None
    head = "".join(_cell(escape(h), "th") for h in _headings(headings))
    rows = []
    for goal, gid, acts in _rows(plan):
        needs = []
        for number in goal.need_numbers if goal is not None else ():
            need = assessment.need(number) if assessment is not None else None
            label = f"{number}. {need.description}" if need is not None else f"{number}."
            needs.append(escape(label))
        stated = (
            escape(goal.statement)
            if goal is not None
            else f"<em>(goal {escape(gid)} is not in the plan)</em>"
        )
        what = "<br>".join(escape(_action_text(a)) for a in acts) or "<em>no actions yet</em>"
        when = "<br>".join(escape(" ".join(_when(a, 1_000))) for a in acts)
        rows.append(
            "<tr>"
            + _cell("<br>".join(needs) or "<em>no need cited</em>")
            + _cell(stated)
            + _cell(what)
            + _cell(when)
            + "</tr>"
        )
    review = plan.review_date.isoformat() if plan.review_date else "not set"
    caption = escape(f"Case plan v{plan.version}, {plan.created_on.isoformat()}; review {review}")
    return (
        f'<table style="{_STYLE}"><caption>{caption}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + ("" if show_text else f"<p><em>{escape(_HIDDEN_NOTE)}</em></p>")
    )


TEXT_HIDDEN = "[text hidden]"
"""What a plan's free text shows as in HTML without ``show_text=True``."""
_HIDDEN_NOTE = (
    "Text hidden: show the plan with its case (case_html), or pass show_text=True"
    " on a screen only you can see."
)
