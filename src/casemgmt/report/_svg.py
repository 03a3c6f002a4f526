"""Bar charts as inline SVG: drawn by the server, readable without JavaScript.

Every label is escaped; each chart carries a ``<title>`` and ``<desc>``
(named by ``aria-labelledby``) that say in words what the bars show, so a
screen reader and a printout lose nothing.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import attrs

__all__ = ["PALETTE", "Series", "bar_chart"]

PALETTE = ("#1f5f99", "#c2571a", "#5b4f9e", "#2e7d32")
"""Colours with at least 4.5:1 contrast on white, distinguishable in grey print."""

_LABEL_W = 170
_BAR_W = 360
_VALUE_W = 60
_BAR_H = 14
_GAP = 10
_LEGEND_H = 22


@attrs.frozen
class Series:
    """One set of bars: a name for the legend and one value per category."""

    name: str
    values: tuple[float, ...]


def _short(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "\u2026"


def _format(value: float, percent: bool) -> str:
    return f"{value:.0%}" if percent else f"{value:g}"


def bar_chart(
    chart_id: str,
    title: str,
    categories: Sequence[str],
    series: Sequence[Series],
    *,
    percent: bool = False,
) -> str:
    """Horizontal grouped bars: one group per category, one bar per series.

    ``percent`` draws values in 0..1 against a 100% scale and labels them
    as percentages; otherwise the scale runs to the largest value.
    """
    if not categories:
        return f'<p class="empty">{escape(title)}: nothing to show.</p>'
    top = 1.0 if percent else max((v for s in series for v in s.values), default=0.0) or 1.0
    group_h = _BAR_H * len(series) + _GAP
    width = _LABEL_W + _BAR_W + _VALUE_W
    height = _LEGEND_H + group_h * len(categories) + 4
    words = []
    for i, category in enumerate(categories):
        parts = ", ".join(f"{s.name} {_format(s.values[i], percent)}" for s in series)
        words.append(f"{category}: {parts}")
    desc = "; ".join(words) + "."
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" role="img"'
        f' width="{width}" height="{height}" viewBox="0 0 {width} {height}"'
        f' aria-labelledby="{chart_id}-title {chart_id}-desc">',
        f'<title id="{chart_id}-title">{escape(title)}</title>',
        f'<desc id="{chart_id}-desc">{escape(desc)}</desc>',
    ]
    x = _LABEL_W
    for k, s in enumerate(series):
        colour = PALETTE[k % len(PALETTE)]
        out.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 16}" y="14" class="legend">{escape(s.name)}</text>')
        x += 24 + 8 * len(s.name)
    for i, category in enumerate(categories):
        y0 = _LEGEND_H + i * group_h
        out.append(
            f'<text x="{_LABEL_W - 6}" y="{y0 + _BAR_H * len(series) / 2 + 4:g}"'
            f' text-anchor="end" class="label">{escape(_short(category))}</text>'
        )
        for k, s in enumerate(series):
            value = s.values[i]
            bar = max(0.0, min(1.0, value / top)) * _BAR_W
            y = y0 + k * _BAR_H
            colour = PALETTE[k % len(PALETTE)]
            out.append(
                f'<rect class="bar" x="{_LABEL_W}" y="{y}" width="{bar:.1f}"'
                f' height="{_BAR_H - 2}"'
                f' fill="{colour}"/>'
            )
            out.append(
                f'<text x="{_LABEL_W + bar + 4:.1f}" y="{y + _BAR_H - 3}" class="value">'
                f"{escape(_format(value, percent))}</text>"
            )
    out.append(
        f'<line x1="{_LABEL_W}" y1="{_LEGEND_H - 2}" x2="{_LABEL_W}" y2="{height}" stroke="#444"/>'
    )
    out.append("</svg>")
    return "".join(out)
