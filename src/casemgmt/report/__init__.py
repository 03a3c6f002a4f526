"""The supervisor's report as one self-contained HTML page (issue 17).

``render_report(quality_review(cases, as_of=...))`` gives a page with inline
SVG charts - overdue reviews and actions per case manager, goal wording per
program, case age, closure reasons, referral follow-up - and the per-worker
table under them; no scripts, printable, identifiers only unless asked.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.report._page import render_report as render_report
    from casemgmt.report._svg import Series as Series
    from casemgmt.report._svg import bar_chart as bar_chart
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
