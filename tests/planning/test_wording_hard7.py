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

from tests.planning.public_corpus_checks import WrittenCorpusChecks

SOURCE = "hard7: written blind for casemgmt from ACCEPTANCE.md"


class TestHard7Corpus(WrittenCorpusChecks):
    STEM = "wording_hard7"
    AT_LEAST = 240
    WRITTEN_AS = SOURCE
