"""The public goal-wording corpus is well formed (PUBLIC_CORPUS.md).

``wording_public_dev.jsonl`` and ``wording_public_locked.jsonl`` hold goal
statements quoted from public pages, labelled by ACCEPTANCE.md before the
analyser was run on them. These tests check the data only; no test here (or
anywhere) asserts the analyser's scores on the locked half, so that it stays an
honest measure.
"""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests.planning.wording_corpus import load

HERE = Path(__file__).parent
DEV = HERE / "wording_public_dev.jsonl"
LOCKED = HERE / "wording_public_locked.jsonl"
HALVES = {"dev": DEV, "locked": LOCKED}
OTHER_CORPORA = ("wording_corpus.jsonl", "wording_heldout.jsonl", "wording_probe.jsonl")
FLAGS = ("not_client_behaviour", "negative_terms", "not_measurable")
REQUIRED = {"text": str, "client_names": list, "family_members": list, "source": str}
OPTIONAL = {"note": str}


def normalise(text: str) -> str:
    """Case, spacing and end punctuation folded: the form compared for duplicates and split."""
    folded = re.sub(r"\s+", " ", text.lower().replace("\u2019", "'")).strip()
    return folded.rstrip(" .!;:")


def half_of(text: str) -> str:
    """The split: first byte of SHA-256 of the normalised text, even for dev, odd for locked."""
    first = hashlib.sha256(normalise(text).encode("utf-8")).digest()[0]
    return "dev" if first % 2 == 0 else "locked"


def rows(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


PUBLIC = {name: rows(path) for name, path in HALVES.items()}
ALL_PUBLIC = [row for half in PUBLIC.values() for row in half]


def problems(row: dict[str, Any]) -> list[str]:
    """Every way one line breaks the format, named by field."""
    found = [f"missing {key}" for key in (*REQUIRED, *FLAGS) if key not in row]
    found += [f"unknown field {key}" for key in row if key not in {*REQUIRED, *FLAGS, *OPTIONAL}]
    for key, kind in {**REQUIRED, **OPTIONAL}.items():
        if key in row and not isinstance(row[key], kind):
            found.append(f"{key} is not {kind.__name__}")
    found += [f"{key} is not bool" for key in FLAGS if key in row and type(row[key]) is not bool]
    for key in ("client_names", "family_members"):
        if isinstance(row.get(key), list) and not all(isinstance(n, str) and n for n in row[key]):
            found.append(f"{key} holds something other than non-empty strings")
    if isinstance(row.get("text"), str) and not row["text"].strip():
        found.append("text is empty")
    if isinstance(row.get("source"), str) and not re.match(r"https?://\S+$", row["source"]):
        found.append("source is not a web address")
    if isinstance(row.get("note"), str) and not row["note"].strip():
        found.append("note is empty")
    return found


def test_corpus_is_large_enough() -> None:
    """At least 300 statements in all, split into two halves of similar size."""
    assert len(ALL_PUBLIC) >= 300
    assert all(len(half) >= 0.4 * len(ALL_PUBLIC) for half in PUBLIC.values())


@pytest.mark.parametrize("name", sorted(HALVES))
def test_every_line_has_the_fields_and_types(name: str) -> None:
    """Every line has text, names, three boolean labels and a source address, and nothing else."""
    bad = {row.get("text", "?"): problems(row) for row in PUBLIC[name] if problems(row)}
    assert {} == bad


def test_texts_are_unique() -> None:
    """No statement appears twice across the two halves (after folding case and spacing)."""
    seen: dict[str, str] = {}
    repeats = []
    for row in ALL_PUBLIC:
        key = normalise(row["text"])
        if key in seen:
            repeats.append((seen[key], row["text"]))
        seen[key] = row["text"]
    assert [] == repeats


def test_no_overlap_with_the_other_corpora() -> None:
    """No public statement is also in the author's corpus, the held-out set or the probe set."""
    others = {normalise(row["text"]) for name in OTHER_CORPORA for row in rows(HERE / name)}
    assert [] == [row["text"] for row in ALL_PUBLIC if normalise(row["text"]) in others]


@pytest.mark.parametrize("name", sorted(HALVES))
def test_each_statement_is_in_the_half_its_hash_says(name: str) -> None:
    """The split is the documented hash rule, so nobody chose which statements are locked."""
    assert [] == [row["text"] for row in PUBLIC[name] if half_of(row["text"]) != name]


@pytest.mark.parametrize("name", sorted(HALVES))
@pytest.mark.parametrize("flag", FLAGS)
def test_each_half_has_every_label_both_ways(name: str, flag: str) -> None:
    """Every flag is true on at least ten statements and false on at least ten in each half."""
    true = sum(row[flag] for row in PUBLIC[name])
    assert true >= 10
    assert len(PUBLIC[name]) - true >= 10


@pytest.mark.parametrize("name", sorted(HALVES))
def test_the_shared_loader_reads_each_half(name: str) -> None:
    """The halves load with the loader the other corpora use, one item per line."""
    items = load(HALVES[name])
    assert len(PUBLIC[name]) == len(items)
    assert [row["source"] for row in PUBLIC[name]] == [item.source for item in items]
