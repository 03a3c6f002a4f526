"""`casemgmt check` over real files: never drop a case, input as it comes, exit codes."""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from casemgmt import Case, Client, dumps
from casemgmt.cli import main
from casemgmt.examples.carla import carla_json


def _case(case_id: str = "case-1") -> Case:
    return Case(id=case_id, client=Client(id="c-1", name="Carla"), opened_on=dt.date(2024, 9, 1))


def _bad_stage(case_id: str) -> str:
    data = json.loads(dumps(_case(case_id)))
    data["stage"] = "unheard-of"
    return json.dumps(data)


def _flawed_carla() -> str:
    """Carla's case with a goal citing need 9 of 7: one ERROR (plan.unknown-need)."""
    data = json.loads(carla_json())
    data["plan"]["goals"][1]["need_numbers"] = [9]
    return json.dumps(data)


@pytest.fixture
def caseload(tmp_path: Path) -> Path:
    """Five lines: good, bad stage, good, not JSON, good."""
    lines = [dumps(_case("case-1")), _bad_stage("case-2"), dumps(_case("case-3")), "{oops"]
    path = tmp_path / "caseload.jsonl"
    path.write_text("\n".join([*lines, dumps(_case("case-5"))]) + "\n")
    return path


def _check(*args: str) -> list[str]:
    return ["check", *args, "--as-of", "2024-09-10"]


def test_every_bad_line_is_reported_and_every_good_case_checked(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue 13: bad lines 2 and 4 are reported, cases 1, 3 and 5 printed; exit 2."""
    assert 2 == main(_check(str(caseload)))
    out, err = capsys.readouterr()
    assert [f"{caseload}:{n}: case case-{n}: no findings" for n in (1, 3, 5)] == [
        line for line in out.splitlines() if ": case " in line
    ]
    assert f"{caseload}:2: $.stage:" in err
    assert f"{caseload}:4: $: not valid JSON" in err
    assert "3 cases checked, 0 with errors, 2 refused" == out.splitlines()[-1]


def test_json_format_carries_refused_lines_as_records(
    caseload: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--format json: one record per input line, refused ones included; summary on stderr."""
    assert 2 == main(_check(str(caseload), "--format", "json"))
    out, err = capsys.readouterr()
    records = [json.loads(line) for line in out.splitlines()]
    assert ["case-1", None, "case-3", None, "case-5"] == [r["case"] for r in records]
    assert ["$.stage"] == [p["path"] for p in records[1]["refused"]]
    assert f"{caseload}:4" == records[3]["source"]
    assert err.endswith("3 cases checked, 0 with errors, 2 refused\n")


@pytest.mark.parametrize(
    ("files", "code"),
    [
        (["clean"], 0),
        (["flawed"], 1),
        (["refused"], 2),
        (["clean", "flawed"], 1),
        (["refused", "flawed"], 2),
        (["flawed", "refused", "clean"], 2),
    ],
)
def test_exit_codes_combine_refused_over_errors_over_clean(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], files: list[str], code: int
) -> None:
    """2 if any input was refused, else 1 if any ERROR, else 0; every file is read."""
    content = {"clean": carla_json(), "flawed": _flawed_carla(), "refused": "[]"}
    paths = []
    for n, kind in enumerate(files):
        paths.append(tmp_path / f"{n}-{kind}.json")
        paths[-1].write_text(content[kind])
    assert code == main(["check", *map(str, paths), "--as-of", "2024-09-04"])
    out = capsys.readouterr().out
    assert ("flawed" in files) == ("ERROR   plan.unknown-need" in out)
    errors = int("flawed" in files)
    assert f"with errors, {files.count('refused')} refused" in out.splitlines()[-1]
    assert f", {errors} with errors" in out.splitlines()[-1]


def _stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))


def test_dash_reads_json_lines_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`casemgmt check -` reads a caseload piped in, with CRLF line ends."""
    _stdin(monkeypatch, (dumps(_case("a")) + "\r\n" + dumps(_case("b")) + "\r\n").encode())
    assert 0 == main(_check("-"))
    out = capsys.readouterr().out
    assert "<stdin>:1: case a: no findings\n<stdin>:2: case b: no findings\n" in out


def test_dash_reads_one_json_case_from_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pretty-printed case with a byte-order mark, piped in, is one case."""
    _stdin(monkeypatch, b"\xef\xbb\xbf" + json.dumps(json.loads(carla_json()), indent=2).encode())
    assert 0 == main(["check", "-", "--as-of", "2024-09-04"])
    assert "<stdin>: case case-2024-017: no findings" in capsys.readouterr().out


def test_an_empty_caseload_says_no_cases(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty JSON Lines file is no cases, exit 0."""
    (tmp_path / "none.jsonl").write_text("")
    assert 0 == main(_check(str(tmp_path / "none.jsonl")))
    assert "no cases\n" == capsys.readouterr().out


def test_an_empty_json_file_says_it_is_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty .json file is refused, saying so: exit 2."""
    (tmp_path / "case.json").write_text("")
    assert 2 == main(_check(str(tmp_path / "case.json")))
    assert f"{tmp_path / 'case.json'}: $: the file is empty: no case\n" == capsys.readouterr().err


_RULES_MODULE = """
from casemgmt import Finding, Severity
from casemgmt.core import RuleSet

def needs_a_worker(case, context):
    if not case.parties:
        yield Finding("agency.no-worker", Severity.ERROR, "no worker is named", "$.parties")

RULES = RuleSet().add("agency.no-worker", needs_a_worker)
SILENCE = RuleSet().add("assessment", lambda case, context: ())
"""


def test_rules_adds_an_agencys_case_rules(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--rules runs an agency's RuleSet after the defaults; same-named rules replace them."""
    (tmp_path / "agency_case_rules.py").write_text(_RULES_MODULE)
    monkeypatch.chdir(tmp_path)
    monkeypatch.delitem(sys.modules, "agency_case_rules", raising=False)
    (tmp_path / "case.json").write_text(dumps(_case()))
    assert 1 == main(_check("case.json", "--rules", "agency_case_rules:RULES"))
    assert "ERROR   agency.no-worker at $.parties" in capsys.readouterr().out
    assert 2 == main(_check("case.json", "--rules", "agency_case_rules:_RULES_MISSING"))
    assert "has no attribute" in capsys.readouterr().err


def _run(args: list[str], **kwargs: object) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "casemgmt.cli", *args]
    return subprocess.run(cmd, text=True, stderr=subprocess.PIPE, check=False, **kwargs)  # type: ignore[call-overload, no-any-return]


def _big(tmp_path: Path, count: int = 2000) -> Path:
    path = tmp_path / "big.jsonl"
    path.write_text("".join(dumps(_case(f"case-{n}")) + "\n" for n in range(count)))
    return path


def test_a_closed_stdout_ends_with_one_line_not_a_traceback(tmp_path: Path) -> None:
    """`casemgmt check big.jsonl | head`: one line on stderr, no traceback."""
    read, write = os.pipe()
    os.close(read)
    try:
        result = _run(_check(str(_big(tmp_path))), stdout=write)
    finally:
        os.close(write)
    assert "Traceback" not in result.stderr
    assert ["casemgmt check: output closed before the report was complete"] == (
        result.stderr.splitlines()
    )


def test_a_full_disk_ends_with_one_line_and_exit_two(tmp_path: Path) -> None:
    """Output that cannot be written (ENOSPC) is one line and exit 2."""
    with open("/dev/full", "w") as full:
        result = _run(_check(str(_big(tmp_path, 50))), stdout=full)
    assert 2 == result.returncode
    assert "Traceback" not in result.stderr
    assert ["casemgmt check: cannot write the output: No space left on device"] == (
        result.stderr.splitlines()
    )


def test_a_checked_case_is_not_kept_alive_by_the_rules_facts() -> None:
    """Issue 19: `check` holds one case at a time; the rules' per-case facts
    (`core._memo`) are dropped once a case's line is written, so the last case
    is not alive while the next line is parsed."""
    import gc
    import weakref

    from casemgmt import loads as load_case
    from casemgmt.cli._judge import Judge, Settings
    from casemgmt.examples.carla import carla_json
    from casemgmt.reading import CaseLine

    judge = Judge(Settings(as_of=dt.date(2024, 10, 10), closing=True))
    case = load_case(carla_json(), Case)
    alive = weakref.ref(case)
    out, _, _ = judge(CaseLine(source="carla.json", line=1, case=case))
    assert b"review.overdue" in out  # the rules ran, and filled their facts
    del case
    gc.collect()
    assert alive() is None
