"""`check --jobs N` through spool files: the bytes, the exit code, and no file left behind."""

from __future__ import annotations

import datetime as dt
import gc
import io
import json
import multiprocessing
import os
import random
import tempfile
from pathlib import Path
from typing import TextIO, cast

import pytest

from casemgmt import Case, Client, dumps
from casemgmt.cli import _jobs, main
from casemgmt.cli._judge import Judge
from casemgmt.cli._output import Sink
from casemgmt.examples.carla import carla_json
from casemgmt.reading import CaseLine


def _case(case_id: str) -> Case:
    return Case(id=case_id, client=Client(id="c-1", name="Carla"), opened_on=dt.date(2024, 9, 1))


def _flawed(case_id: str) -> str:
    data = json.loads(carla_json())
    data["plan"]["goals"][1]["need_numbers"] = [9]  # an ERROR finding
    data["id"] = case_id
    return json.dumps(data)


def _generated(path: Path, seed: int, n: int = 60) -> Path:
    """Good, flawed and bad lines mixed at random: not JSON, cut short (its error at
    the line's end), not a case, blank; CRLF ends here and there."""
    rng = random.Random(seed)
    lines = []
    for i in range(n):
        good = dumps(_case(f"case-{i}"))
        kind = rng.choice(["good", "good", "flawed", "cut", "garbage", "array", "blank"])
        line = {
            "good": good,
            "flawed": _flawed(f"case-{i}"),
            "cut": good[: rng.randrange(1, len(good))],
            "garbage": "{not json",
            "array": "[1, 2]",
            "blank": "   ",
        }[kind]
        lines.append(line + rng.choice(["\n", "\n", "\r\n"]))
    path.write_text("".join(lines)[: -1 if rng.random() < 0.5 else None])  # last line end or not
    return path


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def _spools(where: Path) -> list[Path]:
    return [p for p in where.iterdir() if p.name.startswith(_jobs.SPOOL_PREFIX)]


@pytest.fixture
def tmpdir_here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Temporary folders go under a folder of this test's own, so leftovers can be seen."""
    where = tmp_path / "tmp"
    where.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(where))
    return where


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("form", ["text", "json"])
def test_generated_files_with_bad_lines_give_one_jobs_bytes_and_exit_code(
    tmpdir_here: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    seed: int,
    form: str,
) -> None:
    """Byte for byte what --jobs 1 writes, stdout and stderr, and its exit code;
    every later case is still checked after a bad line; the spool folder is gone."""
    monkeypatch.setattr(_jobs, "CHUNK_BYTES", 1500)  # many ranges, cut anywhere
    first = _generated(tmpdir_here.parent / "a.jsonl", seed)
    second = _generated(tmpdir_here.parent / "b.jsonl", seed + 100)
    args = ["check", str(first), str(second), "--format", form, "--as-of", "2024-09-04"]
    serial = _run(args, capsys)
    for jobs in ("2", "3"):
        assert serial == _run([*args, "--jobs", jobs], capsys)
    assert _spools(tmpdir_here) == []
    summary = serial[1] if form == "text" else serial[2]
    checked = sum(1 for line in serial[1].splitlines() if ": case " in line)
    if form == "text":
        assert f"{checked} case" in summary.splitlines()[-1]  # none dropped after a bad line


@pytest.mark.parametrize(
    ("lines", "code"),
    [
        ([dumps(_case("case-1"))], 0),
        ([dumps(_case("case-1")), _flawed("case-2")], 1),
        ([_flawed("case-2"), "{cut", dumps(_case("case-3"))], 2),
    ],
)
def test_the_exit_codes_are_one_jobs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], lines: list[str], code: int
) -> None:
    """Clean 0, an ERROR 1, a refused line 2, as with one process."""
    path = tmp_path / "x.jsonl"
    path.write_text("\n".join(lines) + "\n")
    args = ["check", str(path), "--as-of", "2024-09-04"]
    assert code == _run(args, capsys)[0] == _run([*args, "--jobs", "2"], capsys)[0]


def _boom(self: Judge, entry: CaseLine) -> tuple[bytes, bytes, int]:
    if entry.case is not None and entry.case.id == "case-7":
        msg = "a rule failed"
        raise RuntimeError(msg)
    return _judge(self, entry)


_judge = Judge.__call__


def test_a_failing_worker_leaves_no_spool_and_no_worker(
    tmp_path: Path,
    tmpdir_here: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A worker's error reaches the parent as --jobs 1's would; the workers are
    stopped and the spool folder removed."""
    monkeypatch.setattr(_jobs, "CHUNK_BYTES", 500)
    monkeypatch.setattr(Judge, "__call__", _boom)  # forked workers inherit it
    path = tmp_path / "x.jsonl"
    path.write_text("".join(dumps(_case(f"case-{i}")) + "\n" for i in range(12)))
    args = ["check", str(path), "--as-of", "2024-09-04"]
    with pytest.raises(RuntimeError, match="a rule failed"):
        main(args)
    with pytest.raises(RuntimeError, match="a rule failed"):
        main([*args, "--jobs", "2"])
    capsys.readouterr()
    assert _spools(tmpdir_here) == []
    assert multiprocessing.active_children() == []


def test_an_interrupt_leaves_no_spool_and_no_worker(
    tmp_path: Path,
    tmpdir_here: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Ctrl-C while the parent copies a range: the folder goes, its files with it."""
    seen: list[str] = []

    def interrupted(path: str, sink: Sink) -> None:
        seen.append(path)
        raise KeyboardInterrupt

    monkeypatch.setattr(_jobs, "CHUNK_BYTES", 500)
    monkeypatch.setattr(_jobs, "_copy", interrupted)
    path = tmp_path / "x.jsonl"
    path.write_text("".join(dumps(_case(f"case-{i}")) + "\n" for i in range(12)))
    with pytest.raises(KeyboardInterrupt):
        main(["check", str(path), "--as-of", "2024-09-04", "--jobs", "2"])
    capsys.readouterr()
    assert seen  # a spool file existed ...
    assert not Path(seen[0]).exists()  # ... and is gone with its folder
    assert _spools(tmpdir_here) == []
    assert multiprocessing.active_children() == []


@pytest.mark.parametrize("mode", ["w", "a"])
def test_a_spool_file_reaches_a_file_opened_to_write_or_to_append(
    tmp_path: Path, mode: str
) -> None:
    """``sendfile`` refuses a file opened to append (EINVAL): the copy falls back, whole."""
    spool = tmp_path / "0.out"
    data = b"".join(b'{"case":"%d"}\n' % i for i in range(20_000))
    spool.write_bytes(data)
    target = tmp_path / "report.jsonl"
    target.write_bytes(b"before\n")
    with cast("TextIO", target.open(mode, encoding="utf-8")) as stream:
        sink = Sink(stream)
        sink.write(b"first\n")  # buffered: must land before the copied bytes
        _jobs._copy(str(spool), sink)
        sink.write(b"last\n")
        sink.flush()
    kept = b"before\n" if mode == "a" else b""
    assert target.read_bytes() == kept + b"first\n" + data + b"last\n"


def test_a_spool_file_reaches_a_stream_without_a_descriptor(tmp_path: Path) -> None:
    """A test's or a notebook's stream: read and written through the sink."""
    spool = tmp_path / "0.out"
    spool.write_bytes(b"one\ntwo\n")
    with_buffer = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    plain = io.StringIO()
    streams: list[TextIO] = [with_buffer, plain]
    for stream in streams:
        sink = Sink(stream)
        _jobs._copy(str(spool), sink)
        sink.flush()
    assert with_buffer.buffer.getvalue() == b"one\ntwo\n"
    assert plain.getvalue() == "one\ntwo\n"


def test_workers_ignore_ctrl_c_the_parent_handles_it(tmp_path: Path) -> None:
    """A worker's initializer sets SIGINT aside: the parent stops it, no second traceback."""
    import signal

    from casemgmt.cli._judge import Settings

    before = signal.getsignal(signal.SIGINT)
    cwd = os.getcwd()
    try:
        _jobs._start_worker(Settings(as_of=dt.date(2024, 9, 4)), cwd, str(tmp_path))
        assert signal.SIG_IGN == signal.getsignal(signal.SIGINT)
    finally:
        signal.signal(signal.SIGINT, before)
        _jobs._judge = None
        gc.unfreeze()  # the worker froze its start-up objects: this process is no worker
