"""Data checks shared by the public goal-wording corpora that came after the first.

Each later corpus (PUBLIC_CORPUS.md) is two halves quoted from sites the earlier
corpora did not use; a test module subclasses ``QuotedCorpusChecks`` with its file
stem and its size floor; the corpora it must not overlap are the ones before it in
``CORPORA``. A corpus written here rather than quoted (``WRITTEN_AS``) subclasses
``WrittenCorpusChecks``: it carries one fixed source label and a note on every line in
place of a web address, and has no sites to count. The checks read the data only: no test
asserts the analyser's scores on a locked half, so that it stays an honest measure.
"""

from __future__ import annotations

import urllib.parse
from collections import Counter
from pathlib import Path
from typing import Any, ClassVar

import pytest

from tests.planning.test_wording_public import FLAGS, half_of, normalise, problems, rows
from tests.planning.wording_corpus import load

HERE = Path(__file__).parent
HALF_NAMES = ("dev", "locked")
CORPORA = (
    "wording_corpus",
    "wording_heldout",
    "wording_probe",
    "wording_public",
    "wording_public2",
    "wording_public3",
    "wording_public4",
    "wording_public5",
    "wording_public6",
    "wording_hard7",
    "wording_public7",
    "wording_hard8",
)
"""Every labelled set in the order they were made: a later corpus overlaps none before it."""


def host(address: str) -> str:
    """The site of an address, without a leading www: the unit the corpora must not share."""
    return urllib.parse.urlparse(address).netloc.lower().removeprefix("www.")


def _files(stem: str) -> list[str]:
    """A set's file stems: itself, or its two halves for a split corpus."""
    single = HERE / f"{stem}.jsonl"
    return [stem] if single.exists() else [f"{stem}_{name}" for name in HALF_NAMES]


MOST_PER_SITE = 12


class CorpusChecks:
    """The checks; a subclass named ``Test...`` sets ``STEM`` and ``AT_LEAST``."""

    STEM: ClassVar[str]
    AT_LEAST: ClassVar[int]
    WRITTEN_AS: ClassVar[str] = ""
    """For a corpus written for the project, the one ``source`` every line carries."""

    def line_problems(self, row: dict[str, Any]) -> list[str]:
        """The format problems of one line; a written corpus swaps the web address for its
        label and must say on every line why the label is what it is."""
        found = problems(row)
        if not self.WRITTEN_AS:
            return found
        found = [p for p in found if p != "source is not a web address"]
        if row.get("source") != self.WRITTEN_AS:
            found.append("source is not the written corpus's label")
        if "note" not in row:
            found.append("missing note")
        return found

    @property
    def earlier(self) -> list[str]:
        return [f for stem in CORPORA[: CORPORA.index(self.STEM)] for f in _files(stem)]

    def half(self, name: str) -> list[dict[str, Any]]:
        return rows(HERE / f"{self.STEM}_{name}.jsonl")

    def every_row(self) -> list[dict[str, Any]]:
        return [row for name in HALF_NAMES for row in self.half(name)]

    def earlier_rows(self) -> list[dict[str, Any]]:
        return [row for name in self.earlier for row in rows(HERE / f"{name}.jsonl")]

    def test_corpus_is_large_enough(self) -> None:
        """At least AT_LEAST statements in all, split into two halves of similar size."""
        every = self.every_row()
        assert len(every) >= self.AT_LEAST
        assert all(len(self.half(name)) >= 0.4 * len(every) for name in HALF_NAMES)

    @pytest.mark.parametrize("name", HALF_NAMES)
    def test_every_line_has_the_fields_and_types(self, name: str) -> None:
        """Every line has text, names, three boolean labels and a source address, nothing else."""
        bad = {
            row.get("text", "?"): self.line_problems(row)
            for row in self.half(name)
            if self.line_problems(row)
        }
        assert {} == bad

    def test_texts_are_unique(self) -> None:
        """No statement appears twice across the two halves (after folding case and spacing)."""
        seen: set[str] = set()
        repeats = []
        for row in self.every_row():
            key = normalise(row["text"])
            if key in seen:
                repeats.append(row["text"])
            seen.add(key)
        assert [] == repeats

    def test_no_overlap_with_any_earlier_corpus(self) -> None:
        """No statement is also in an earlier corpus."""
        earlier = {normalise(row["text"]) for row in self.earlier_rows()}
        assert [] == [row["text"] for row in self.every_row() if normalise(row["text"]) in earlier]

    @pytest.mark.parametrize("name", HALF_NAMES)
    def test_each_statement_is_in_the_half_its_hash_says(self, name: str) -> None:
        """The split is the first corpus's hash rule, so nobody chose which are locked."""
        assert [] == [row["text"] for row in self.half(name) if half_of(row["text"]) != name]

    @pytest.mark.parametrize("name", HALF_NAMES)
    @pytest.mark.parametrize("flag", FLAGS)
    def test_each_half_has_every_label_both_ways(self, name: str, flag: str) -> None:
        """Every flag is true on at least ten statements and false on at least ten per half."""
        half = self.half(name)
        true = sum(row[flag] for row in half)
        assert true >= 10
        assert len(half) - true >= 10

    @pytest.mark.parametrize("name", HALF_NAMES)
    def test_the_shared_loader_reads_each_half(self, name: str) -> None:
        """The halves load with the loader the other corpora use, one item per line."""
        half = self.half(name)
        items = load(HERE / f"{self.STEM}_{name}.jsonl")
        assert len(half) == len(items)
        assert [row["source"] for row in half] == [item.source for item in items]


class WrittenCorpusChecks(CorpusChecks):
    """The checks of a corpus written for the project: one source label, a note on each line."""

    @pytest.mark.parametrize("name", HALF_NAMES)
    def test_a_line_without_the_label_or_a_note_is_refused(self, name: str) -> None:
        """The written-corpus check can fail: a web address or a missing note is a problem."""
        row: dict[str, Any] = dict(self.half(name)[0])
        assert self.line_problems(row) == []
        quoted = {**row, "source": "https://example.org/plan"}
        assert self.line_problems(quoted) == ["source is not the written corpus's label"]
        unexplained = {key: value for key, value in row.items() if key != "note"}
        assert self.line_problems(unexplained) == ["missing note"]


class QuotedCorpusChecks(CorpusChecks):
    """The checks of a corpus quoted from public pages: its sites are new and none swamps it.

    A corpus written for the project (``WRITTEN_AS``) quotes no site, so it subclasses
    ``WrittenCorpusChecks`` rather than skipping these.
    """

    def test_no_site_is_shared_with_an_earlier_corpus(self) -> None:
        """Every source is on a site (host) no earlier corpus quoted, so the language is new."""
        earlier = {
            host(row["source"]) for row in self.earlier_rows() if row["source"].startswith("http")
        }
        assert [] == sorted({host(row["source"]) for row in self.every_row()} & earlier)

    def test_no_site_dominates(self) -> None:
        """No site supplies more than a dozen statements, so one writer's habits cannot swamp
        a half."""
        counts = Counter(host(row["source"]) for row in self.every_row())
        assert {} == {site: n for site, n in counts.items() if n > MOST_PER_SITE}
