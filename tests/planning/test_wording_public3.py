"""The third public goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Third corpus").

``wording_public3_dev.jsonl`` and ``wording_public3_locked.jsonl`` hold goal
statements quoted from public pages on sites that none of the earlier corpora
quoted, labelled by ACCEPTANCE.md before the analyser was run on any of them.
These tests check the data only (``public_corpus_checks``).
"""

from __future__ import annotations

from tests.planning.public_corpus_checks import QuotedCorpusChecks


class TestThirdCorpus(QuotedCorpusChecks):
    STEM = "wording_public3"
    AT_LEAST = 300
