"""The hard8 goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Hard cases written blind
(hard8)").

``wording_hard8_dev.jsonl`` and ``wording_hard8_locked.jsonl`` hold a second,
independent set of hard cases written for the project by a helper who had not
read the analyser, its tests or any corpus's texts, each labelled from
ACCEPTANCE.md and WORDING_LABELS.md and committed alone before the analyser was
run on any of them. They are this session's fresh measurement, so these tests
check the data only (``public_corpus_checks``): none runs or scores the
analyser on either half.
"""

from __future__ import annotations

import pytest

from tests.planning.public_corpus_checks import HALF_NAMES, WrittenCorpusChecks
from tests.planning.test_wording_public import FLAGS

SOURCE = "hard8: written blind for casemgmt from ACCEPTANCE.md"


class TestHard8Corpus(WrittenCorpusChecks):
    STEM = "wording_hard8"
    AT_LEAST = 320
    WRITTEN_AS = SOURCE

    @pytest.mark.parametrize("name", HALF_NAMES)
    def test_a_good_share_of_each_half_carries_no_flag(self, name: str) -> None:
        """Real plans hold many correct goals: at least a quarter of each half has no flag,
        so a checker that flags everything cannot score well on it."""
        half = self.half(name)
        clean = [row for row in half if not any(row[flag] for flag in FLAGS)]
        assert len(clean) >= 0.25 * len(half)

    def test_every_note_says_something(self) -> None:
        """A note is the labeller's reason, not a placeholder."""
        assert [] == [row["text"] for row in self.every_row() if len(row["note"].split()) < 3]
