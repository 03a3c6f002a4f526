"""The command line: exit codes 0/1/2 and errors that name file, line and path."""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import sys
from pathlib import Path

import pytest

from casemgmt import Case, Client, dumps
from casemgmt.cli import _progress, main


def _case(case_id: str = "case-1") -> Case:
    return Case(id=case_id, client=Client(id="c-1", name="Carla"), opened_on=dt.date(2024, 9, 1))


def test_help_describes_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    """`casemgmt --help` works and lists check."""
    with pytest.raises(SystemExit) as info:
        main(["--help"])
    assert info.value.code == 0
    assert "check" in capsys.readouterr().out


def test_clean_case_exits_zero(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A case with no ERROR findings exits 0."""
    path = tmp_path / "case.json"
    path.write_text(dumps(_case()))
    assert main(["check", str(path), "--as-of", "2024-09-10"]) == 0
    assert "case case-1" in capsys.readouterr().out


def test_json_lines_bad_line_names_file_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Input that is not a case exits 2, naming file, line and JSON path."""
    good = dumps(_case("case-1"))
    bad = json.loads(dumps(_case("case-2")))
    bad["stage"] = "unheard-of"
    path = tmp_path / "caseload.jsonl"
    path.write_text(good + "\n" + json.dumps(bad) + "\n")
    assert main(["check", str(path), "--as-of", "2024-09-10"]) == 2
    err = capsys.readouterr().err
    assert f"{path}:2: $.stage:" in err


def test_json_lines_is_recognised_without_the_suffix(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Several one-line cases in a .json file are read as JSON Lines."""
    path = tmp_path / "many.json"
    path.write_text(dumps(_case("case-1")) + "\n" + dumps(_case("case-2")) + "\n")
    assert main(["check", str(path), "--format", "json", "--as-of", "2024-09-10"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [line["case"] for line in lines] == ["case-1", "case-2"]
    assert [line["findings"] for line in lines] == [[], []]


def test_missing_file_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A path that cannot be opened is bad input."""
    assert main(["check", str(tmp_path / "nope.json")]) == 2
    assert "cannot open" in capsys.readouterr().err


def test_not_json_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Text that is not JSON is bad input, named by file."""
    path = tmp_path / "notes.json"
    path.write_text("Carla called on Tuesday")
    assert main(["check", str(path)]) == 2
    err = capsys.readouterr().err
    assert str(path) in err
    assert "Carla" not in err


def test_bad_as_of_is_a_usage_error() -> None:
    """--as-of must be a date."""
    with pytest.raises(SystemExit) as info:
        main(["check", "x.json", "--as-of", "tomorrow"])
    assert info.value.code == 2


class _Terminal(io.StringIO):
    """A stream that says it is a terminal, to see the progress indicator."""

    def isatty(self) -> bool:
        return True


def _caseload(tmp_path: Path, count: int) -> Path:
    path = tmp_path / "caseload.jsonl"
    path.write_text("".join(dumps(_case(f"case-{n}")) + "\n" for n in range(count)))
    return path


def test_progress_shows_on_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A long run prints `cases checked: N` on stderr, in place, when stderr is a terminal."""
    terminal = _Terminal()
    monkeypatch.setattr(_progress, "PROGRESS_EVERY", 2)
    monkeypatch.setattr(sys, "stderr", terminal)
    assert main(["check", str(_caseload(tmp_path, 5)), "--as-of", "2024-09-10"]) == 0
    shown = terminal.getvalue()
    assert "\rcases checked: 2" in shown
    assert "\rcases checked: 4" in shown
    assert shown.endswith("\r")
    assert 5 == capsys.readouterr().out.count("no findings")


def test_no_progress_when_stderr_is_not_a_terminal(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Redirected stderr (a log, CI) gets no progress lines."""
    monkeypatch.setattr(_progress, "PROGRESS_EVERY", 2)
    assert main(["check", str(_caseload(tmp_path, 5)), "--as-of", "2024-09-10"]) == 0
    assert "" == capsys.readouterr().err


def test_progress_is_wiped_before_output_on_the_same_terminal(tmp_path: Path) -> None:
    """When the report shares the terminal, the progress line is cleared before each case."""
    out, err = _Terminal(), _Terminal()
    progress = _progress.Progress(err, out, every=1)
    progress.tick()
    progress.before_output()
    shown, wiped = err.getvalue().removeprefix("\r").split("\r", 1)
    assert re.fullmatch(r"cases checked: 1 \([\d,]+/s\)", shown)
    assert " " * len(shown) + "\r" == wiped


def _write_case(tmp_path: Path, case: Case, name: str = "case.json") -> Path:
    path = tmp_path / name
    path.write_text(dumps(case))
    return path


_POLICY_MODULE = """
from casemgmt.closure import ClosurePolicy, DEFAULT_POLICY

NOTHING = ClosurePolicy()
STRICT = DEFAULT_POLICY
NOT_A_POLICY = 42
"""


@pytest.fixture
def agency(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An agency's module, `agency_rules.py`, in the current directory."""
    (tmp_path / "agency_rules.py").write_text(_POLICY_MODULE)
    (tmp_path / "agency_exits.py").write_text("import sys\nsys.exit(3)\n")
    (tmp_path / "agency_raises.py").write_text("raise RuntimeError('no database')\n")
    monkeypatch.chdir(tmp_path)
    for name in ("agency_rules", "agency_exits", "agency_raises"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    return tmp_path


def test_policy_leaves_open_cases_to_the_case_rules(
    agency: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13: --policy alone does not judge an open case as if it were closing."""
    path = _write_case(agency, _case())
    assert 0 == main(
        ["check", str(path), "--as-of", "2024-09-10", "--policy", "agency_rules:STRICT"]
    )
    assert "closure." not in capsys.readouterr().out


def test_closing_judges_open_cases_under_the_policy(
    agency: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--closing proposes closure for every open case: the policy's blockers exit 1."""
    path = _write_case(agency, _case())
    args = ["check", str(path), "--as-of", "2024-09-10", "--closing"]
    assert 1 == main([*args, "--policy", "agency_rules:STRICT"])
    assert "closure.reason-missing" in capsys.readouterr().out
    assert 0 == main([*args, "--policy", "agency_rules:NOTHING"])
    assert "closure." not in capsys.readouterr().out


def test_a_recorded_closure_is_judged_as_it_was_made(
    agency: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A case that records its closure is judged on that record, not as 'already closed'."""
    from casemgmt.closure import ClosurePolicy, ClosureReason, ClosureRecord, close

    record = ClosureRecord(
        reason=ClosureReason.CLIENT_CHOSE_TO_END, closed_on=dt.date(2024, 9, 20), by="cm-1"
    )
    closed = close(_case(), record, as_of=dt.date(2024, 9, 20), policy=ClosurePolicy())
    path = _write_case(agency, closed)
    assert 1 == main(
        ["check", str(path), "--as-of", "2024-10-01", "--policy", "agency_rules:STRICT"]
    )
    out = capsys.readouterr().out
    assert "closure." in out
    assert "closure.already-closed" not in out
    assert 0 == main(["check", str(path), "--as-of", "2024-10-01"])
    assert "closure." not in capsys.readouterr().out


def test_policy_with_no_rules_adds_nothing(
    agency: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty policy finds nothing, so check still exits 0."""
    path = _write_case(agency, _case())
    assert 0 == main(
        ["check", str(path), "--as-of", "2024-09-10", "--policy", "agency_rules:NOTHING"]
    )
    assert "closure." not in capsys.readouterr().out


def test_without_policy_check_runs_only_validate(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Closure rules are not checked unless asked for."""
    assert 0 == main(["check", str(_write_case(tmp_path, _case())), "--as-of", "2024-09-10"])
    assert "closure." not in capsys.readouterr().out


@pytest.mark.parametrize(
    ("spec", "says"),
    [
        ("agency_rules", "expected MODULE:ATTRIBUTE"),
        ("no_such_agency:POLICY", "cannot import 'no_such_agency'"),
        ("agency_rules:MISSING", "has no attribute 'MISSING'"),
        ("agency_rules:NOT_A_POLICY", "is a int, not a casemgmt.closure.ClosurePolicy"),
        ("agency_exits:POLICY", "importing 'agency_exits' called sys.exit(3)"),
        ("agency_raises:POLICY", "cannot import 'agency_raises': RuntimeError: no database"),
    ],
)
def test_a_policy_that_cannot_be_loaded_exits_two(
    agency: Path, capsys: pytest.CaptureFixture[str], spec: str, says: str
) -> None:
    """A bad --policy is a clear error with exit 2, before any case is read."""
    path = _write_case(agency, _case())
    assert 2 == main(["check", str(path), "--policy", spec])
    captured = capsys.readouterr()
    assert says in captured.err
    assert "" == captured.out


def test_closure_lists_blockers_and_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`closure` says a case cannot close yet and lists what blocks it."""
    path = _write_case(tmp_path, _case())
    assert 1 == main(["closure", str(path), "--as-of", "2024-09-10"])
    out = capsys.readouterr().out
    assert "case case-1 on 2024-09-10: cannot close yet" in out
    assert "ERROR   closure.reason-missing" in out


def test_closure_with_an_empty_policy_may_close(
    agency: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With a policy of no rules every case may close (exit 0)."""
    path = _write_case(agency, _case())
    args = ["closure", str(path), "--as-of", "2024-09-10", "--policy", "agency_rules:NOTHING"]
    assert 0 == main(args)
    assert "may close" in capsys.readouterr().out


def test_closure_json_has_eligibility(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`closure --format json` prints one object per case with `eligible` and findings."""
    path = _write_case(tmp_path, _case())
    assert 1 == main(["closure", str(path), "--format", "json", "--as-of", "2024-09-10"])
    record = json.loads(capsys.readouterr().out)
    assert (False, "case-1") == (record["eligible"], record["case"])
    assert "closure.reason-missing" in [f["code"] for f in record["findings"]]


def _carla(tmp_path: Path) -> Path:
    from casemgmt.examples.carla import carla_json

    path = tmp_path / "carla.json"
    path.write_text(carla_json())
    return path


def test_the_carla_example_checks_clean(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """Issue 8: the README's command on the Carla case exits 0 on the plan date."""
    assert 0 == main(["check", str(_carla(tmp_path)), "--as-of", "2024-09-04"])
    assert "case case-2024-017: no findings" in capsys.readouterr().out


def test_a_goal_citing_an_unknown_need_exits_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A flawed case (goal cites need 9 of 7) exits 1 and names the code and path."""
    data = json.loads(_carla(tmp_path).read_text())
    data["plan"]["goals"][1]["need_numbers"] = [9]
    path = tmp_path / "flawed.json"
    path.write_text(json.dumps(data))
    assert 1 == main(["check", str(path), "--as-of", "2024-09-04"])
    out = capsys.readouterr().out
    assert "ERROR   plan.unknown-need at $.plan.goals[1].need_numbers[0]" in out


def test_show_prints_the_plan_table_and_status(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`show` prints the status, the seed's four-column table and the findings."""
    assert 0 == main(["show", str(_carla(tmp_path)), "--as-of", "2024-09-04"])
    out = capsys.readouterr().out
    assert "Stage: implementation since 2024-09-04" in out
    assert "| Client need/problem" in out
    assert "| Target time" in out
    assert "Findings on 2024-09-04: no findings" in out
    assert "Carla" not in out


def test_show_bad_input_exits_two(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`show` on something that is not a case exits 2 naming the file."""
    path = tmp_path / "notes.json"
    path.write_text("[]")
    assert 2 == main(["show", str(path)])
    assert str(path) in capsys.readouterr().err


def test_demo_tells_every_step(capsys: pytest.CaptureFixture[str]) -> None:
    """`casemgmt demo` walks intake, assessment, plan, referrals, review, closure."""
    assert 0 == main(["demo"])
    out = capsys.readouterr().out
    steps = [
        "1. Intake",
        "2. Assessment",
        "3. The case plan",
        "4. Referrals out",
        "5. Review, Goal Attainment Scaling and a plan revision",
        "6. Closure",
    ]
    assert [True] * len(steps) == [step in out for step in steps]
    for evidence in (
        "7. [employment, long-term] Needs to find a job",
        "GAS T-score",
        "Plan revised v1 -> v2",
        "closure.notice-missing",
        "eligible=True",
        "stage closed",
    ):
        assert evidence in out


def test_demo_is_deterministic() -> None:
    """The demo reads no clock: two runs print the same text."""
    from casemgmt.examples.demo import run_demo

    first, second = io.StringIO(), io.StringIO()
    run_demo(first)
    run_demo(second)
    assert first.getvalue() == second.getvalue()


def test_importing_casemgmt_does_not_import_the_cli() -> None:
    """`import casemgmt` stays light: the command line loads only when run."""
    import subprocess

    code = "import sys, casemgmt; print('casemgmt.cli' in sys.modules)"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "False" == result.stdout.strip()


def test_show_counts_in_singular_and_plural(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13: `show` says "1 risk", not "1 risks"."""
    assert 0 == main(["show", str(_carla(tmp_path)), "--as-of", "2024-09-04"])
    assert "Assessment: 7 needs, 3 strengths, 1 risk\n" in capsys.readouterr().out
