"""The fourth public goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Fourth corpus").

``wording_public4_dev.jsonl`` and ``wording_public4_locked.jsonl`` hold goal
statements quoted from public pages on sites that none of the earlier corpora
quoted, labelled by ACCEPTANCE.md before the analyser was run on any of them.
These tests check the data only (``public_corpus_checks``); none asserts the
analyser's scores on the locked half.
"""

from __future__ import annotations

from tests.planning.public_corpus_checks import QuotedCorpusChecks


class TestFourthCorpus(QuotedCorpusChecks):
    STEM = "wording_public4"
    AT_LEAST = 320
