"""``casemgmt export --to fhir``: bundles on standard output or in a directory."""

from __future__ import annotations

import json
from pathlib import Path

import attrs
import pytest

from casemgmt import dumps
from casemgmt.cli import main
from casemgmt.examples import carla_case
from casemgmt.fhir import from_bundle


def test_one_case_to_standard_output_is_de_identified(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .json case becomes one bundle; the client's name is left out by default."""
    case = carla_case()
    path = tmp_path / "carla.json"
    path.write_text(dumps(case))
    assert 0 == main(["export", "--to", "fhir", str(path)])
    out = capsys.readouterr().out
    assert case.client.name not in out
    client = from_bundle(json.loads(out)).case.client
    assert (case.client.id, "", None) == (client.id, client.name, client.date_of_birth)


def test_many_cases_to_a_directory_as_json_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A .jsonl caseload becomes DIR/<name>.fhir.jsonl, one bundle a line, lossless."""
    cases = [attrs.evolve(carla_case(), id=f"case-{n}") for n in range(3)]
    path = tmp_path / "caseload.jsonl"
    path.write_text("".join(dumps(c) + "\n" for c in cases))
    argv = ["export", "--to", "fhir", str(path), "-o", str(tmp_path / "out"), "--include-identity"]
    assert 0 == main(argv)
    lines = (tmp_path / "out" / "caseload.fhir.jsonl").read_text().splitlines()
    assert cases == [from_bundle(json.loads(line)).case for line in lines]
    assert "3 bundles" in capsys.readouterr().err


def test_bad_input_exits_two_naming_file_line_and_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A line that is not a case: exit 2, FILE:LINE and the JSON path."""
    bad = json.loads(dumps(carla_case()))
    bad["stage"] = "unheard-of"
    path = tmp_path / "caseload.jsonl"
    path.write_text(dumps(carla_case()) + "\n" + json.dumps(bad) + "\n")
    assert 2 == main(["export", "--to", "fhir", str(path)])
    assert f"{path}:2: $.stage:" in capsys.readouterr().err
