"""The second public goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Second corpus").

``wording_public2_dev.jsonl`` and ``wording_public2_locked.jsonl`` hold goal
statements quoted from public pages that the first public corpus did not use,
labelled by ACCEPTANCE.md before the analyser was run on any of them. These
tests check the data only (``public_corpus_checks``).
"""

from __future__ import annotations

from tests.planning.public_corpus_checks import QuotedCorpusChecks


class TestSecondCorpus(QuotedCorpusChecks):
    STEM = "wording_public2"
    AT_LEAST = 200
