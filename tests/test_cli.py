"""The command line: exit codes 0/1/2 and errors that name file, line and path."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from casemgmt import Case, Client, dumps
from casemgmt.cli import main


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
