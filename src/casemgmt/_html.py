"""HTML for notebooks: the plan as seed 002's table, escaped and private.

By default the display is what ``redact(keep_text=True)`` would show, with
ids kept: the client appears by identifier, and free text is scrubbed (the
client's name reads "the client"; dates of birth, phones, e-mails and
addresses are replaced). A plan shown without its case cannot know whose
name to scrub, so its text is hidden. ``show_text=True`` shows the text as
written, for a worker's own screen. Every piece of text is HTML-escaped, so
a goal written as ``<script>`` stays text.
"""

from __future__ import annotations

from html import escape
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from casemgmt.assessment._records import Assessment
    from casemgmt.case import Case
    from casemgmt.planning._records import CasePlan

_HIDDEN = "[text hidden]"
_HIDDEN_NOTE = (
    "Text hidden: show the plan with its case (case_html), or pass show_text=True"
    " on a screen only you can see."
)

__all__ = ["case_html", "plan_html"]

_R = TypeVar("_R")

_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"
_CELL = "border:1px solid #ccc;padding:4px 8px;vertical-align:top"


def _cell(text: str, tag: str = "td") -> str:
    return f'<{tag} style="{_CELL}">{text}</{tag}>'


def plan_html(
    plan: CasePlan, assessment: Assessment | None = None, *, show_text: bool = False
) -> str:
    """The plan as a table: need / goal / actions by whom / time frame (seed 002).

    Without ``show_text=True`` the free text is hidden, since a plan alone
    does not say whose name to scrub; ``case_html`` shows it scrubbed.
    """
    if not show_text:
        plan = _hide_text(plan)
        assessment = _hide_text(assessment) if assessment is not None else None
    return _plan_table(plan, assessment, note="" if show_text else _HIDDEN_NOTE)


def _hide_text(record: _R) -> _R:
    from casemgmt.privacy import hide_text

    return hide_text(record, _HIDDEN)


def _plan_table(plan: CasePlan, assessment: Assessment | None, note: str = "") -> str:
    head = "".join(_cell(h, "th") for h in ("Need", "Goal", "Actions (by whom)", "Time frame"))
    rows = []
    for goal in plan.goals:
        needs = []
        for number in goal.need_numbers:
            need = assessment.need(number) if assessment is not None else None
            label = f"{number}. {need.description}" if need is not None else f"{number}."
            needs.append(escape(label))
        acts = plan.actions_for(goal.id)
        what = "<br>".join(escape(f"{a.what} ({_owner(a)})") for a in acts) or "<em>no actions</em>"
        when = "<br>".join(escape(str(a.timeframe) if a.timeframe else "-") for a in acts)
        rows.append(
            "<tr>"
            + _cell("<br>".join(needs) or "<em>no need cited</em>")
            + _cell(escape(goal.statement))
            + _cell(what)
            + _cell(when)
            + "</tr>"
        )
    review = plan.review_date.isoformat() if plan.review_date else "not set"
    caption = escape(f"Case plan v{plan.version}, {plan.created_on.isoformat()}; review {review}")
    return (
        f'<table style="{_STYLE}"><caption>{caption}</caption>'
        f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        + (f"<p><em>{escape(note)}</em></p>" if note else "")
    )


def _owner(action: object) -> str:
    responsible = getattr(action, "responsible", None)
    service = getattr(action, "service_name", "")
    if service:
        return str(service)
    return responsible.value if responsible is not None else "no owner"


def case_html(case: Case, *, show_client: bool = False, show_text: bool = False) -> str:
    """A case summary: identifier, stage, counts and the current plan.

    By default the client appears by identifier only and free text is
    scrubbed as ``casemgmt.privacy.scrubbed`` does. ``show_client=True``
    adds the client's name and date of birth, ``show_text=True`` the text as
    written: both for a worker's own screen. Every value is escaped.
    """
    from casemgmt.privacy import scrubbed

    shown = case if show_text else scrubbed(case)
    client = case.client.id
    if show_client:
        born = case.client.date_of_birth
        client = f"{case.client.name} ({client}{', born ' + born.isoformat() if born else ''})"
    facts = [
        ("Case", case.id),
        ("Client", client),
        ("Stage", case.stage.value),
        ("Opened", case.opened_on.isoformat()),
        ("Needs", str(len(case.assessment.needs))),
        ("Referrals", str(len(case.referrals))),
        ("Reviews", str(len(case.reviews))),
        ("Closed", case.closure.closed_on.isoformat() if case.closure else "open"),
    ]
    summary = "".join(f"<tr>{_cell(escape(k), 'th')}{_cell(escape(v))}</tr>" for k, v in facts)
    plan = (
        _plan_table(shown.plan, shown.assessment)
        if shown.plan is not None
        else "<p>No plan yet.</p>"
    )
    return f'<div><table style="{_STYLE}">{summary}</table>{plan}</div>'
