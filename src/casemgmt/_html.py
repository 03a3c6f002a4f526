"""HTML for notebooks: the case summary, escaped and private.

Only identifiers are shown for the client by default, and free text is
scrubbed of the client's name and details (issue 14); every piece of text is
HTML-escaped, so a goal written as ``<script>`` stays text. The plan table
itself is rendered by the planning layer (``planning._render.plan_html``),
beside its text twin; this module sits just under ``case.py``, which
delegates ``Case._repr_html_`` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from casemgmt.core._display import scrubbed
from casemgmt.planning._render import escape, plan_html

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["case_html", "plan_html"]

_STYLE = "border-collapse:collapse;text-align:left;vertical-align:top"
_CELL = "border:1px solid #ccc;padding:4px 8px;vertical-align:top"


def _cell(text: str, tag: str = "td") -> str:
    return f'<{tag} style="{_CELL}">{text}</{tag}>'


def case_html(case: Case, *, show_client: bool = False, show_text: bool = False) -> str:
    """A case summary: identifier, stage, counts and the current plan.

    By default the client appears by identifier only and free text is
    scrubbed as ``casemgmt.privacy.scrubbed`` does (the client's name reads
    "the client"; birth date, phones, e-mails, addresses replaced), like
    ``redact(keep_text=True)`` with ids kept. ``show_client=True`` adds the
    name and date of birth, ``show_text=True`` the text as written: both for
    a worker's own screen. Every value is escaped.
    """
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
        plan_html(shown.plan, shown.assessment, show_text=True)
        if shown.plan is not None
        else "<p>No plan yet.</p>"
    )
    return f'<div><table style="{_STYLE}">{summary}</table>{plan}</div>'
