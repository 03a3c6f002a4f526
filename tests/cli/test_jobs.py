"""`check --jobs N` says exactly what `--jobs 1` says; the progress line on a terminal."""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
import os
import pty
import re
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casemgmt import Case, Client, dumps
from casemgmt.cli import _jobs, main
from casemgmt.cli._input import line_ranges, split_lines
from casemgmt.examples.carla import carla_json
from casemgmt.reading import _lines


def _case(case_id: str) -> Case:
    return Case(id=case_id, client=Client(id="c-1", name="Carla"), opened_on=dt.date(2024, 9, 1))


def _caseload(path: Path) -> Path:
    """Good, flawed and refused lines mixed, with a BOM and CRLF: every path through a range."""
    flawed = json.loads(carla_json())
    flawed["plan"]["goals"][1]["need_numbers"] = [9]
    lines = []
    for n in range(40):
        kind = n % 5
        if kind == 1:
            lines.append("{not json")
        elif kind == 3:
            lines.append(json.dumps({**flawed, "id": f"case-{n}"}))
        elif kind != 4:
            lines.append(dumps(_case(f"case-{n}")))
        else:
            lines.append("")
    path.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode() + b"\r\n")
    return path


@pytest.mark.parametrize(("form", "threads"), [("text", 1), ("json", 1), ("json", 2)])
def test_jobs_gives_the_same_output_order_and_exit_code(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    form: str,
    threads: int,
) -> None:
    """Issue 17: two processes over many small ranges print byte for byte what one prints,
    whether the workers are forked (one thread) or come from a fork server (several)."""
    monkeypatch.setattr(_jobs, "CHUNK_BYTES", 3000)  # many ranges, some cut mid-line
    monkeypatch.setattr(threading, "active_count", lambda: threads)
    first = _caseload(tmp_path / "a.jsonl")
    whole = tmp_path / "carla.json"
    whole.write_text(json.dumps(json.loads(carla_json()), indent=2))
    args = ["check", str(first), str(whole), str(tmp_path / "missing.jsonl"), str(first)]
    args += ["--format", form, "--as-of", "2024-09-04"]
    serial = main(args), capsys.readouterr()
    parallel = main([*args, "--jobs", "2"]), capsys.readouterr()
    assert serial == parallel
    assert 2 == serial[0]
    summary = "49 cases checked, 16 with errors, 17 refused"  # 24 per file, 8 refused, + 2
    assert summary in (serial[1].out + serial[1].err)
    assert "missing.jsonl: $: cannot open" in serial[1].err


def test_ranges_end_at_line_ends_and_count_lines(tmp_path: Path) -> None:
    """Each range but the last ends just after a newline; first lines add up."""
    path = tmp_path / "x.jsonl"
    path.write_bytes(b"a\n" * 5 + b"b" * 10 + b"\nc")
    ranges = list(_jobs._ranges(str(path)))
    data = path.read_bytes()
    assert (0, 1) == (ranges[0][1], ranges[0][3])
    assert len(data) == ranges[-1][2]
    for (_, start, end, line), (_, nxt, _, next_line) in itertools.pairwise(ranges):
        assert (end, b"\n") == (nxt, data[end - 1 : end])
        assert next_line == line + data.count(b"\n", start, end)


def test_workers_are_forked_only_from_a_single_thread_on_linux(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Forking a process with other threads is unsafe: those get a fork server."""
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    assert "fork" == _jobs.worker_context("casemgmt.cli._jobs").get_start_method()
    monkeypatch.setattr(threading, "active_count", lambda: 2)
    assert "forkserver" == _jobs.worker_context("casemgmt.cli._jobs").get_start_method()
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    monkeypatch.setattr(sys, "platform", "darwin")
    assert "forkserver" == _jobs.worker_context("casemgmt.cli._jobs").get_start_method()


def test_jobs_must_be_a_positive_number(capsys: pytest.CaptureFixture[str]) -> None:
    """--jobs 0 is a usage error."""
    with pytest.raises(SystemExit) as info:
        main(["check", "x.jsonl", "--jobs", "0"])
    assert 2 == info.value.code
    assert "not a number of processes" in capsys.readouterr().err


def _on_a_terminal(args: list[str], report: Path) -> tuple[str, str]:
    """Run the command with stderr on a pseudo-terminal and stdout to a file."""
    leader, follower = pty.openpty()
    cmd = [sys.executable, "-m", "casemgmt.cli", *args]
    with report.open("wb") as sink, subprocess.Popen(cmd, stdout=sink, stderr=follower):
        os.close(follower)
        shown = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the child closed the terminal (EIO on Linux)
                break
            if not chunk:
                break
            shown += chunk
    os.close(leader)
    return report.read_text(), shown.decode()


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_progress_shows_count_and_rate_on_a_terminal(tmp_path: Path, jobs: str) -> None:
    """Issue 13: stderr a terminal, a long run shows `cases checked: N (R/s)`; stdout has none."""
    path = tmp_path / "big.jsonl"
    path.write_text("".join(dumps(_case(f"case-{n}")) + "\n" for n in range(2100)))
    args = ["check", str(path), "--as-of", "2024-09-10", "--jobs", jobs]
    out, shown = _on_a_terminal(args, tmp_path / "report.txt")
    assert re.search(r"\rcases checked: [12],\d{3} \([\d,]+/s\)", shown)
    assert "cases checked:" not in out
    assert out.endswith("2100 cases checked, 0 with errors, 0 refused\n")


def test_jobs_load_the_policy_module_once_per_worker_not_per_range(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Each worker builds its judge (and imports --policy) once, however many ranges it reads."""
    monkeypatch.setattr(_jobs, "CHUNK_BYTES", 2000)  # about ten ranges for two workers
    log = tmp_path / "imports.log"
    (tmp_path / "counted_policy.py").write_text(
        "import os\n"
        f"with open({str(log)!r}, 'a') as f:\n"
        "    f.write(f'{os.getpid()}\\n')\n"
        "from casemgmt.closure import DEFAULT_POLICY as POLICY\n"
    )
    monkeypatch.chdir(tmp_path)
    source = _caseload(tmp_path / "a.jsonl")
    ranges = len(list(_jobs._ranges(str(source))))
    args = ["check", str(source), "--as-of", "2024-09-04", "--policy", "counted_policy:POLICY"]
    main([*args, "--jobs", "2"])
    capsys.readouterr()
    pids = log.read_text().split()
    assert ranges > 6  # enough ranges that a load per range would show
    assert len(pids) == len(set(pids)) <= 3  # the parent and each of the two workers, once


@given(st.lists(st.sampled_from([b"\n", b"\r\n", b"a", b"{}", b""]), max_size=30))
def test_a_range_is_cut_into_the_lines_the_whole_file_reader_gives(parts: list[bytes]) -> None:
    """A worker's range gives exactly the lines ``--jobs 1``'s reader gives, line ends
    kept: a JSON error at a line's end then reads the same ("line 2") under both."""
    data = b"".join(parts)
    assert list(_lines(io.BytesIO(data), size=4)) == list(split_lines(data))


def _ranges_by_concatenation(data: bytes, chunk: int) -> list[tuple[int, int, int]]:
    """The straightforward cut: keep the bytes after the last newline and join the next block."""
    out, start, line, pending = [], 0, 1, b""
    for at in range(0, len(data), chunk):
        joined = pending + data[at : at + chunk]
        cut = joined.rfind(b"\n") + 1
        if not cut:
            pending = joined
            continue
        out.append((start, start + cut, line))
        line += joined.count(b"\n", 0, cut)
        start, pending = start + cut, joined[cut:]
    if pending:
        out.append((start, start + len(pending), line))
    return out


@given(
    st.lists(st.sampled_from([b"\n", b"\r\n", b"a", b"{}", b"xyz" * 5, b""]), max_size=40),
    st.integers(min_value=1, max_value=12),
)
def test_ranges_read_into_one_buffer_cut_as_joining_blocks_does(
    tmp_path_factory: pytest.TempPathFactory, parts: list[bytes], chunk: int
) -> None:
    """Offsets only, one reused buffer: the same ranges and first lines as the bytes joined."""
    path = tmp_path_factory.mktemp("ranges") / "x.jsonl"
    data = b"".join(parts)
    path.write_bytes(data)
    got = [(start, end, line) for _, start, end, line in line_ranges(str(path), chunk)]
    assert got == _ranges_by_concatenation(data, chunk)
