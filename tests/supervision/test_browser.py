"""The report in a real browser: headless Chromium draws the charts, logs no errors.

Chromium comes from the operating system's packages (Debian ``chromium``);
``.ci/run`` installs it when it is missing. The test takes a screenshot,
counts the bar colours in it (the SVG charts were drawn, not just sent) and
reads Chromium's log for console messages (none: the page has no script and
loads nothing).
"""

from __future__ import annotations

import datetime as dt
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from casemgmt.examples.caseload import synthetic_caseload
from casemgmt.monitoring import quality_review
from casemgmt.report import render_report
from casemgmt.report._svg import PALETTE

from ._png import count_colour, read_png

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
_CONSOLE = re.compile(r"CONSOLE|Failed to load resource|Refused to|Uncaught")


def _rgb(colour: str) -> tuple[int, int, int]:
    return int(colour[1:3], 16), int(colour[3:5], 16), int(colour[5:7], 16)


def console_problems(log: str) -> list[str]:
    """Lines of Chromium's log that report a console message or a blocked load."""
    return [line for line in log.splitlines() if _CONSOLE.search(line)]


def test_console_problems_are_found_in_a_log() -> None:
    """The log reader sees what Chromium writes for a console error."""
    log = (
        "[1:1:ERROR:dbus/bus.cc:405] Failed to connect to the bus\n"
        '[1:1:INFO:CONSOLE(3)] "Uncaught ReferenceError: x is not defined", source: file:///r (3)\n'
    )
    assert 1 == len(console_problems(log))


def _chromium(*args: str, profile: Path) -> subprocess.CompletedProcess[str]:
    if not Path(CHROMIUM).exists():
        pytest.fail("Chromium is missing: apt-get install -y chromium (.ci/run does this)")
    return subprocess.run(
        [
            CHROMIUM,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            "--enable-logging=stderr",
            "--v=0",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )


@pytest.mark.slow
def test_report_renders_in_headless_chromium(tmp_path: Path) -> None:
    report = quality_review(synthetic_caseload(80), as_of=dt.date(2024, 10, 20))
    page = tmp_path / "report.html"
    page.write_text(render_report(report), encoding="utf-8")
    shot = tmp_path / "report.png"
    run = _chromium(
        f"--screenshot={shot}",
        "--window-size=1000,2000",
        "--force-device-scale-factor=0.5",
        "--hide-scrollbars",
        page.as_uri(),
        profile=tmp_path / "profile",
    )
    assert shot.exists(), run.stderr[-2000:]
    assert [] == console_problems(run.stderr)
    width, height, _, _ = read_png(shot)
    assert (500, 1000) == (width, height)
    blue, orange = count_colour(shot, _rgb(PALETTE[0])), count_colour(shot, _rgb(PALETTE[1]))
    # Every chart has blue bars and two have orange ones: thousands of pixels, not a blank page.
    assert blue > 2000, blue
    assert orange > 500, orange
    dom = _chromium("--dump-dom", page.as_uri(), profile=tmp_path / "profile").stdout
    assert 5 == dom.count("<svg ")
    assert "Overdue reviews and actions per case manager" in dom
