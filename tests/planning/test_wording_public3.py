"""The third public goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Third corpus").

``wording_public3_dev.jsonl`` and ``wording_public3_locked.jsonl`` hold goal
statements quoted from public pages on sites that none of the earlier corpora
quoted, labelled by ACCEPTANCE.md before the analyser was run on any of them.
These tests check the data only; no test here (or anywhere) asserts the
analyser's scores on the locked half, so that it stays an honest measure.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.planning.test_wording_public import FLAGS, half_of, normalise, problems, rows
from tests.planning.test_wording_public2 import host
from tests.planning.wording_corpus import load

HERE = Path(__file__).parent
HALVES = {
    "dev": HERE / "wording_public3_dev.jsonl",
    "locked": HERE / "wording_public3_locked.jsonl",
}
EARLIER_CORPORA = (
    "wording_corpus.jsonl",
    "wording_heldout.jsonl",
    "wording_probe.jsonl",
    "wording_public_dev.jsonl",
    "wording_public_locked.jsonl",
    "wording_public2_dev.jsonl",
    "wording_public2_locked.jsonl",
)
MOST_PER_SITE = 12

PUBLIC3 = {name: rows(path) for name, path in HALVES.items()}
ALL_PUBLIC3 = [row for half in PUBLIC3.values() for row in half]


def earlier_rows() -> list[dict[str, Any]]:
    return [row for name in EARLIER_CORPORA for row in rows(HERE / name)]


def test_corpus_is_large_enough() -> None:
    """At least 300 statements in all, split into two halves of similar size."""
    assert len(ALL_PUBLIC3) >= 300
    assert all(len(half) >= 0.4 * len(ALL_PUBLIC3) for half in PUBLIC3.values())


@pytest.mark.parametrize("name", sorted(HALVES))
def test_every_line_has_the_fields_and_types(name: str) -> None:
    """Every line has text, names, three boolean labels and a source address, and nothing else."""
    bad = {row.get("text", "?"): problems(row) for row in PUBLIC3[name] if problems(row)}
    assert {} == bad


def test_texts_are_unique() -> None:
    """No statement appears twice across the two halves (after folding case and spacing)."""
    seen: set[str] = set()
    repeats = []
    for row in ALL_PUBLIC3:
        key = normalise(row["text"])
        if key in seen:
            repeats.append(row["text"])
        seen.add(key)
    assert [] == repeats


def test_no_overlap_with_any_earlier_corpus() -> None:
    """No statement is also in the author's, held-out, probe, first or second public sets."""
    earlier = {normalise(row["text"]) for row in earlier_rows()}
    assert [] == [row["text"] for row in ALL_PUBLIC3 if normalise(row["text"]) in earlier]


def test_no_site_is_shared_with_an_earlier_corpus() -> None:
    """Every source is on a site (host) that no earlier corpus quoted, so the language is new."""
    earlier = {host(row["source"]) for row in earlier_rows() if row["source"].startswith("http")}
    shared = sorted({host(row["source"]) for row in ALL_PUBLIC3} & earlier)
    assert [] == shared


def test_no_site_dominates() -> None:
    """No site supplies more than a dozen statements, so one writer's habits cannot swamp a half."""
    counts: dict[str, int] = {}
    for row in ALL_PUBLIC3:
        counts[host(row["source"])] = counts.get(host(row["source"]), 0) + 1
    assert {} == {site: n for site, n in counts.items() if n > MOST_PER_SITE}


@pytest.mark.parametrize("name", sorted(HALVES))
def test_each_statement_is_in_the_half_its_hash_says(name: str) -> None:
    """The split is the first corpus's hash rule, so nobody chose which statements are locked."""
    assert [] == [row["text"] for row in PUBLIC3[name] if half_of(row["text"]) != name]


@pytest.mark.parametrize("name", sorted(HALVES))
@pytest.mark.parametrize("flag", FLAGS)
def test_each_half_has_every_label_both_ways(name: str, flag: str) -> None:
    """Every flag is true on at least ten statements and false on at least ten in each half."""
    true = sum(row[flag] for row in PUBLIC3[name])
    assert true >= 10
    assert len(PUBLIC3[name]) - true >= 10


@pytest.mark.parametrize("name", sorted(HALVES))
def test_the_shared_loader_reads_each_half(name: str) -> None:
    """The halves load with the loader the other corpora use, one item per line."""
    items = load(HALVES[name])
    assert len(PUBLIC3[name]) == len(items)
    assert [row["source"] for row in PUBLIC3[name]] == [item.source for item in items]
