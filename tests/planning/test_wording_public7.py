"""The seventh public goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Seventh corpus").

``wording_public7_dev.jsonl`` and ``wording_public7_locked.jsonl`` hold goal
statements quoted from public pages on sites that none of the earlier corpora
quoted, labelled by ACCEPTANCE.md before the analyser was run on any of them.
These tests check the data only (``public_corpus_checks``): the fields, the hash
split, the host rule against every earlier file, no text shared with an earlier
file and at most a dozen statements a site. None asserts the analyser's scores on
the locked half, so that it stays an honest measure.
"""

from __future__ import annotations

from tests.planning.public_corpus_checks import QuotedCorpusChecks


class TestSeventhCorpus(QuotedCorpusChecks):
    STEM = "wording_public7"
    AT_LEAST = 330
