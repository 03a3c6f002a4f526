"""The hard7 goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Hard cases written blind").

``wording_hard7_dev.jsonl`` and ``wording_hard7_locked.jsonl`` hold hard
cases written for the project by a helper who had not read the analyser, its
tests or the earlier corpora, each labelled from ACCEPTANCE.md before the
analyser was run on any of them. They have no web address: every line carries
the one written-source label and a note on the rule it probes. These tests
check the data only (``public_corpus_checks``); none asserts the analyser's
scores on the locked half.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.planning.public_corpus_checks import HALF_NAMES, CorpusChecks

SOURCE = "hard7: written blind for casemgmt from ACCEPTANCE.md"


class TestHard7Corpus(CorpusChecks):
    STEM = "wording_hard7"
    AT_LEAST = 240
    WRITTEN_AS = SOURCE

    @pytest.mark.parametrize("name", HALF_NAMES)
    def test_a_line_without_the_label_or_a_note_is_refused(self, name: str) -> None:
        """The written-corpus check can fail: a web address or a missing note is a problem."""
        row: dict[str, Any] = dict(self.half(name)[0])
        assert self.line_problems(row) == []
        quoted = {**row, "source": "https://example.org/plan"}
        assert self.line_problems(quoted) == ["source is not the written corpus's label"]
        unexplained = {key: value for key, value in row.items() if key != "note"}
        assert self.line_problems(unexplained) == ["missing note"]
