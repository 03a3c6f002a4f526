"""The supervisor's report: one self-contained HTML page from a ``QualityReport``.

No scripts, fonts, images or links to fetch: the charts are inline SVG, the
style is inline, so the file can be mailed, archived and printed as it is.
Only identifiers appear (case ids, case managers' party ids) unless the
caller passes ``names`` for the case managers. Every piece of text is escaped.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from html import escape

from casemgmt.monitoring._quality import INDICATORS
from casemgmt.monitoring._quality_report import AGE_BUCKETS, GroupReport, QualityReport
from casemgmt.report._svg import Series, bar_chart

__all__ = ["render_report"]

_STYLE = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;
max-width:1000px;margin:1.5em auto;padding:0 1em;line-height:1.4}
h1{font-size:1.6em}h2{font-size:1.3em;margin-top:1.6em;border-bottom:1px solid #999}
h3{font-size:1.05em;margin-bottom:.3em}
figure{margin:0 0 1em 0}figcaption{font-size:.9em;color:#333}
svg.chart text{font-size:12px;fill:#1a1a1a}
table{border-collapse:collapse;font-size:.9em;margin:.5em 0}
th,td{border:1px solid #999;padding:3px 6px;text-align:left;vertical-align:top}
td.n{text-align:right;font-variant-numeric:tabular-nums}
thead th{background:#e8eef5}caption{text-align:left;font-weight:bold;padding:.3em 0}
.ids{font-family:ui-monospace,monospace;font-size:.85em}
@media print{body{margin:0;max-width:none;font-size:10pt}
section,figure,tr{break-inside:avoid}thead{display:table-header-group}
h2{break-after:avoid}}
"""

_AGE_LABELS = tuple(
    [f"up to {AGE_BUCKETS[0]} days"]
    + [f"{a + 1}-{b} days" for a, b in itertools.pairwise(AGE_BUCKETS)]
    + [f"over {AGE_BUCKETS[-1]} days"]
)


def _percent(rate: float | None) -> str:
    return "n/a" if rate is None else f"{rate:.0%}"


def _groups(report: QualityReport, grouping: str) -> list[tuple[str, GroupReport]]:
    return sorted((name, g) for (kind, name), g in report.groups.items() if kind == grouping)


def _figure(heading: str, svg: str, caption: str) -> str:
    return (
        f"<section><h3>{escape(heading)}</h3><figure>{svg}"
        f"<figcaption>{escape(caption)}</figcaption></figure></section>"
    )


def _label(name: str, names: Mapping[str, str]) -> str:
    return names.get(name, name)


def _charts(report: QualityReport, names: Mapping[str, str]) -> list[str]:
    workers = _groups(report, "case-manager")
    labels = [_label(n, names) for n, _ in workers]
    parts = [
        _figure(
            "Overdue reviews and actions per case manager",
            bar_chart(
                "overdue",
                "Overdue reviews and actions per case manager",
                labels,
                [
                    Series(
                        "Reviews overdue",
                        tuple(g.tally("review.overdue").numerator for _, g in workers),
                    ),
                    Series(
                        "Actions overdue",
                        tuple(g.tally("action.overdue").numerator for _, g in workers),
                    ),
                ],
            ),
            "Open cases whose plan review date has passed, and open actions past their due date.",
        )
    ]
    programs = [
        (n, g) for n, g in _groups(report, "program") if g.tally("goal.positive").denominator
    ]
    parts.append(
        _figure(
            "Goal wording per program",
            bar_chart(
                "wording",
                "Share of goals worded well, per program",
                [n for n, _ in programs],
                [
                    Series(title, tuple(g.tally(code).rate or 0.0 for _, g in programs))
                    for code, title in (
                        ("goal.client-behaviour", "Client behaviour"),
                        ("goal.positive", "Positive"),
                        ("goal.measurable", "Measurable"),
                    )
                ],
                percent=True,
            ),
            "Open goals in open cases worded as the client's behaviour, in positive terms"
            " and measurably (the goal-wording check).",
        )
    )
    age = report.overall.case_age
    parts.append(
        _figure(
            "Case age",
            bar_chart(
                "age",
                "Open cases by age",
                list(_AGE_LABELS),
                [Series("Open cases", tuple(float(n) for n in age.bands))],
            ),
            f"Days since the current episode opened; {age.count} open cases"
            + ("" if age.mean is None else f", {age.mean:.0f} days on average")
            + ".",
        )
    )
    reasons = sorted(report.overall.closure_reasons.items(), key=lambda kv: (-kv[1], kv[0]))
    parts.append(
        _figure(
            "Closure reasons",
            bar_chart(
                "closures",
                "Closures by reason",
                [r for r, _ in reasons],
                [Series("Closures", tuple(float(n) for _, n in reasons))],
            ),
            "Every closure recorded, current and earlier episodes.",
        )
    )
    due = [(n, g) for n, g in workers if g.tally("referral.followed-up").denominator]
    parts.append(
        _figure(
            "Referral follow-up per case manager",
            bar_chart(
                "referrals",
                "Referrals followed up by their date, per case manager",
                [_label(n, names) for n, _ in due],
                [
                    Series(
                        "Followed up",
                        tuple(g.tally("referral.followed-up").numerator for _, g in due),
                    ),
                    Series(
                        "Not followed up",
                        tuple(
                            g.tally("referral.followed-up").denominator
                            - g.tally("referral.followed-up").numerator
                            for _, g in due
                        ),
                    ),
                ],
            ),
            "Referrals whose follow-up date has come: service confirmed by that date or not.",
        )
    )
    return parts


_WORKER_COLUMNS = (
    ("review.overdue", "Reviews overdue"),
    ("action.overdue", "Actions overdue"),
    ("goal.measurable", "Goals measurable"),
    ("referral.followed-up", "Referrals followed up"),
    ("case.disengaged", "Disengaged"),
    ("risk.high-unanswered", "High risks unanswered"),
)


def _cell(group: GroupReport, code: str) -> str:
    tally = group.tally(code)
    if code in ("goal.measurable", "referral.followed-up"):
        return f"{_percent(tally.rate)} ({tally.numerator}/{tally.denominator})"
    return str(tally.numerator)


def _worker_table(report: QualityReport, names: Mapping[str, str], max_ids: int) -> str:
    head = "".join(f'<th scope="col">{escape(t)}</th>' for _, t in _WORKER_COLUMNS)
    rows = []
    for name, group in _groups(report, "case-manager"):
        ids = sorted(
            {*group.tally("review.overdue").case_ids, *group.tally("action.overdue").case_ids}
        )
        more = " \u2026" if len(ids) > max_ids else ""
        cells = "".join(f'<td class="n">{escape(_cell(group, c))}</td>' for c, _ in _WORKER_COLUMNS)
        rows.append(
            f'<tr><th scope="row">{escape(_label(name, names))}</th>'
            f'<td class="n">{group.cases}</td>'
            f'<td class="n">{group.tally("case.open").numerator}</td>{cells}'
            f'<td class="ids">{escape(" ".join(ids[:max_ids]))}{more}</td></tr>'
        )
    return (
        "<table><caption>Per case manager</caption><thead><tr>"
        '<th scope="col">Case manager</th><th scope="col">Cases</th><th scope="col">Open</th>'
        f'{head}<th scope="col">Cases to open (overdue)</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _indicator_table(group: GroupReport, max_ids: int) -> str:
    rows = []
    for indicator in INDICATORS:
        tally = group.tally(indicator.code)
        ids = " ".join(tally.case_ids[:max_ids])
        more = " \u2026" if tally.flagged > min(len(tally.case_ids), max_ids) else ""
        rows.append(
            f'<tr><th scope="row">{escape(indicator.title)}</th>'
            f'<td class="ids">{escape(indicator.code)}</td>'
            f'<td class="n">{tally.numerator}</td><td class="n">{tally.denominator}</td>'
            f'<td class="n">{_percent(tally.rate)}</td><td class="n">{tally.flagged}</td>'
            f'<td class="ids">{escape(ids)}{more}</td></tr>'
        )
    return (
        "<table><caption>Every indicator, all cases</caption><thead><tr>"
        '<th scope="col">Indicator</th><th scope="col">Code</th><th scope="col">Count</th>'
        '<th scope="col">Of</th><th scope="col">Rate</th><th scope="col">Cases flagged</th>'
        f'<th scope="col">First cases flagged</th></tr></thead><tbody>{"".join(rows)}'
        "</tbody></table>"
    )


def render_report(
    report: QualityReport,
    *,
    title: str = "Quality review of case files",
    names: Mapping[str, str] | None = None,
    max_ids: int = 20,
) -> str:
    """The whole page as a string: charts, then the per-worker and indicator tables.

    ``names`` maps case managers' party ids to the names to show instead;
    without it the page holds identifiers only. ``max_ids`` bounds the case
    ids listed per row.
    """
    shown = dict(names or {})
    overall = report.overall
    day = report.as_of.isoformat()
    charts: Sequence[str] = _charts(report, shown)
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}, {day}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><p>As of {day}: {overall.cases} cases,"
        f" {overall.tally('case.open').numerator} open."
        + ("" if shown else " Identifiers only: open a case by its id.")
        + "</p></header><main><h2>Charts</h2>"
        + "".join(charts)
        + "<h2>Case managers</h2>"
        + _worker_table(report, shown, max_ids)
        + "<h2>Indicators</h2>"
        + _indicator_table(overall, max_ids)
        + "<p>Each indicator is defined (numerator, denominator, source) in the"
        " project's quality-indicators reference.</p></main></body></html>\n"
    )
