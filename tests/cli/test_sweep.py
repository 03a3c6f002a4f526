"""`check`'s periodic full collection (the varied peak, issue 19): every ``SWEEP_EVERY``
cases, with the start-up objects frozen only for the command and the same output."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from casemgmt import Case, Client, dumps
from casemgmt.cli import _judge, main
from casemgmt.cli._judge import Judge, Settings, swept
from casemgmt.reading import CaseLine


def _line(number: int) -> CaseLine:
    case = Case(
        id=f"case-{number}", client=Client(id="c-1", name="Carla"), opened_on=dt.date(2024, 9, 1)
    )
    return CaseLine(source="x.jsonl", line=number, case=case)


def test_the_judge_collects_once_every_sweep_every_cases(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_judge, "SWEEP_EVERY", 3)
    calls: list[int] = []

    def collect(*_: object) -> int:
        calls.append(1)
        return 0

    monkeypatch.setattr(gc, "collect", collect)
    judge = Judge(Settings(as_of=dt.date(2024, 9, 10)))
    reports = [judge(_line(n)) for n in range(10)]
    assert len(calls) == 3  # after cases 3, 6 and 9
    monkeypatch.undo()
    plain = Judge(Settings(as_of=dt.date(2024, 9, 10)))
    assert reports == [plain(_line(n)) for n in range(10)]


def test_swept_freezes_for_the_block_only() -> None:
    assert gc.get_freeze_count() == 0
    with swept():
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_swept_leaves_an_earlier_freeze_alone() -> None:
    gc.freeze()
    try:
        frozen = gc.get_freeze_count()
        with swept():
            pass
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()


def test_check_leaves_nothing_frozen(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "caseload.jsonl"
    path.write_text(dumps(_line(1).case) + "\n")
    main(["check", str(path), "--as-of", "2024-09-10"])
    assert "case-1" in capsys.readouterr().out
    assert gc.get_freeze_count() == 0
