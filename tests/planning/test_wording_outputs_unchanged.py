"""Goal wording's output is pinned: every corpus statement gives exactly the findings it gave.

A regression guard for refactoring and speeding up ``casemgmt.planning._wording``
(issue 15): ``wording_outputs.json`` records, for every statement of the labelled
corpora, the (code, severity, message, hint) of each finding
``check_goal_statement`` returns, read with the corpus's ``client_names`` and
``family_members`` and again with no names (the name-guessing path), plus the
labelled corpus with a ``(ref N)`` suffix as ``benchmarks/bench_wording.py``
feeds it. The snapshot is not a measure of quality; it only says "unchanged".
For ``wording_public_locked.jsonl`` it keeps a SHA-256 digest of the findings
per statement, not the findings, so the locked half's scores cannot be read off
it; ``wording_public2_locked.jsonl`` is not run at all (PUBLIC_CORPUS.md).

When the wording rules are changed ON PURPOSE, regenerate the snapshot and
review the diff of the open corpora:

    python -m tests.planning.test_wording_outputs_unchanged
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from casemgmt.planning import check_goal_statement
from tests.planning.wording_corpus import Labelled, load

HERE = Path(__file__).parent
SNAPSHOT = HERE / "wording_outputs.json"
OPEN = (
    "wording_corpus",
    "wording_heldout",
    "wording_probe",
    "wording_public_dev",
    "wording_public2_dev",
    "wording_public3_dev",
    "wording_public4_dev",
)
LOCKED = "wording_public_locked"
SUFFIXES = (" (ref 0)", " (ref 17)")
"""As ``bench_wording.py`` makes distinct statements (its cache-off figure)."""


def _findings(text: str, names: tuple[str, ...], family: tuple[str, ...]) -> list[list[Any]]:
    found = check_goal_statement(text, client_names=names, family_members=family)
    return [[f.code, f.severity.name, f.message, f.hint] for f in found]


def _readings(item: Labelled, suffix: str = "") -> list[Any]:
    text = item.text + suffix
    return [_findings(text, item.names, item.family), _findings(text, (), ())]


def _digest(value: object) -> str:
    return hashlib.sha256(json.dumps(value, sort_keys=True).encode("utf-8")).hexdigest()


def current() -> dict[str, list[Any]]:
    """Today's output, in the snapshot's shape: one entry per statement, in file order."""
    out: dict[str, list[Any]] = {}
    for name in OPEN:
        out[name] = [_readings(item) for item in load(HERE / f"{name}.jsonl")]
    out[LOCKED] = [_digest(_readings(item)) for item in load(HERE / f"{LOCKED}.jsonl")]
    base = load(HERE / "wording_corpus.jsonl")
    for suffix in SUFFIXES:
        out[f"wording_corpus{suffix}"] = [_readings(item, suffix) for item in base]
    return out


NOW = current()


@pytest.fixture(scope="module")
def pinned() -> dict[str, list[Any]]:
    """The committed snapshot."""
    loaded: dict[str, list[Any]] = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    return loaded


def test_snapshot_covers_every_corpus(pinned: dict[str, list[Any]]) -> None:
    """The snapshot has one entry per statement of every corpus (so a new line shows up)."""
    assert {k: len(v) for k, v in pinned.items()} == {k: len(v) for k, v in NOW.items()}


@pytest.mark.parametrize("name", sorted(NOW))
def test_outputs_unchanged(pinned: dict[str, list[Any]], name: str) -> None:
    """Every statement's findings equal the pinned ones (the first difference is named)."""
    changed = [i for i, (a, b) in enumerate(zip(pinned[name], NOW[name], strict=False)) if a != b]
    first = changed[:1] if name == LOCKED else [(i, NOW[name][i]) for i in changed[:1]]
    assert not changed, f"{len(changed)} statements of {name} changed, first: {first}"


def write_snapshot() -> None:
    """Write today's output as the snapshot, one statement a line (readable diffs)."""
    parts = [
        f"{json.dumps(name)}: [\n" + ",\n".join(json.dumps(entry) for entry in NOW[name]) + "\n]"
        for name in sorted(NOW)
    ]
    SNAPSHOT.write_text("{\n" + ",\n".join(parts) + "\n}\n", encoding="utf-8")


if __name__ == "__main__":
    write_snapshot()
