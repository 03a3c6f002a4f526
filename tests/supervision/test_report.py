"""The supervisor's HTML report: self-contained, accessible, escaped, identifiers only."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import attrs
import pytest

from casemgmt import Case, dumps
from casemgmt.cli import main
from casemgmt.examples.caseload import synthetic_caseload
from casemgmt.monitoring import quality_review
from casemgmt.report import Series, bar_chart, render_report

AS_OF = dt.date(2024, 10, 20)


def _page(cases: list[Case], **kwargs: object) -> str:
    return render_report(quality_review(cases, as_of=AS_OF), **kwargs)  # type: ignore[arg-type]


def test_page_is_self_contained_and_has_every_chart() -> None:
    """No scripts, no links to fetch; five charts, each with a title and a description."""
    page = _page(list(synthetic_caseload(40)))
    assert "<script" not in page.lower()
    assert not re.search(r"""(src|href)\s*=""", page)
    assert re.findall(r"https?://[^\"' ]+", page) == ["http://www.w3.org/2000/svg"] * 5
    assert 5 == page.count("<svg ")
    for chart in ("overdue", "wording", "age", "closures", "referrals"):
        assert f'aria-labelledby="{chart}-title {chart}-desc"' in page
        assert f'<title id="{chart}-title">' in page
        assert f'<desc id="{chart}-desc">' in page
    assert "@media print" in page
    assert '<html lang="en">' in page


def test_tables_have_scoped_headers_and_each_case_manager() -> None:
    cases = list(synthetic_caseload(40))
    page = _page(cases)
    managers = {p.id for c in cases for p in c.parties if p.role.value == "case-manager"}
    for manager in managers:
        assert f'<th scope="row">{manager}</th>' in page
    assert '<th scope="col">Reviews overdue</th>' in page
    assert "<th>" not in page  # every header cell says what it heads


def test_identifiers_only_unless_names_are_given() -> None:
    """Client and worker names stay out; names= shows the workers' names when asked."""
    cases = list(synthetic_caseload(20))
    page = _page(cases)
    assert all(c.client.name not in page for c in cases)
    assert "Worker " not in page
    named = _page(cases, names={"cm-1": "Worker A"})
    assert '<th scope="row">Worker A</th>' in named


def test_everything_is_escaped() -> None:
    """A program or case id written as markup stays text."""
    case = next(iter(synthetic_caseload(1)))
    case = attrs.evolve(case, program="<script>alert(1)</script>")
    page = _page([case])
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_closure_reasons_are_counted() -> None:
    cases = list(synthetic_caseload(60))
    report = quality_review(cases, as_of=AS_OF)
    expected: dict[str, int] = {}
    for case in cases:
        if case.closure is not None:
            expected[case.closure.reason.value] = expected.get(case.closure.reason.value, 0) + 1
    assert expected == dict(report.overall.closure_reasons)
    assert sum(expected.values()) > 0
    page = render_report(report)
    for reason in expected:
        assert f">{reason}</text>" in page


def test_bar_chart_scales_bars_and_describes_values() -> None:
    svg = bar_chart("t", "Title", ["a", "b"], [Series("n", (2.0, 4.0))])
    widths = [
        float(w) for w in re.findall(r'<rect class="bar" x="170" y="\d+" width="([\d.]+)"', svg)
    ]
    assert [180.0, 360.0] == widths
    assert "a: n 2; b: n 4." in svg
    assert "nothing to show" in bar_chart("t", "Empty", [], [])
    pct = bar_chart("p", "P", ["x"], [Series("rate", (0.5,))], percent=True)
    assert ">50%</text>" in pct


def _jsonl(path: Path, cases: list[Case]) -> Path:
    path.write_text("".join(dumps(c) + "\n" for c in cases))
    return path


def test_cli_report_writes_the_page(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = _jsonl(tmp_path / "cases.jsonl", list(synthetic_caseload(15)))
    out = tmp_path / "report.html"
    code = main(["report", str(source), "--as-of", AS_OF.isoformat(), "-o", str(out)])
    assert 0 == code
    assert f"{out}: 15 cases reviewed as of {AS_OF}" in capsys.readouterr().out
    assert out.read_text() == _page(list(synthetic_caseload(15)))
    named = tmp_path / "named.html"
    main(["report", str(source), "--as-of", AS_OF.isoformat(), "-o", str(named), "--names"])
    assert "Worker " in named.read_text()


def test_cli_report_jobs_writes_the_same_page(tmp_path: Path) -> None:
    """--jobs 2 splits the file and merges the reviews: the very same page."""
    from casemgmt.cli import _review_jobs

    cases = list(synthetic_caseload(40))
    source = _jsonl(tmp_path / "cases.jsonl", cases)
    one, two = tmp_path / "one.html", tmp_path / "two.html"
    argv = ["report", str(source), "--as-of", AS_OF.isoformat()]
    assert 0 == main([*argv, "-o", str(one)])
    chunk = _review_jobs.CHUNK_BYTES
    _review_jobs.CHUNK_BYTES = source.stat().st_size // 5  # several ranges, not one
    try:
        assert 0 == main([*argv, "-o", str(two), "--jobs", "2"])
    finally:
        _review_jobs.CHUNK_BYTES = chunk
    assert one.read_text() == two.read_text()


def test_cli_report_refused_line_is_reported_and_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line that is not a case is named; the other cases are still reviewed."""
    cases = list(synthetic_caseload(3))
    source = tmp_path / "cases.jsonl"
    source.write_text(dumps(cases[0]) + '\n{"id": 3}\n' + dumps(cases[1]) + "\n")
    pages = []
    for jobs in ("1", "2"):
        target = tmp_path / f"r{jobs}.html"
        code = main(
            ["report", str(source), "-o", str(target), "--jobs", jobs, "--as-of", "2024-10-20"]
        )
        assert 2 == code
        assert f"{source}:2: $" in capsys.readouterr().err
        pages.append(target.read_text())
    assert pages[0] == pages[1] == _page(cases[:2])


@pytest.mark.parametrize("jobs", ["0", "-1", "two"])
def test_cli_report_refuses_bad_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], jobs: str
) -> None:
    """report refuses a bad --jobs while parsing, in the words check uses."""
    source = _jsonl(tmp_path / "cases.jsonl", list(synthetic_caseload(1)))
    with pytest.raises(SystemExit) as info:
        main(["report", str(source), "-o", str(tmp_path / "r.html"), "--jobs", jobs])
    assert 2 == info.value.code
    assert f"not a number of processes (1 or more): {jobs!r}" in capsys.readouterr().err
    assert not (tmp_path / "r.html").exists()


def test_an_empty_caseload_gives_a_page_that_says_so() -> None:
    page = render_report(quality_review([], as_of=AS_OF))
    assert "0 cases, 0 open" in page
    assert 4 == page.count("nothing to show")  # the age chart still shows its empty bands
