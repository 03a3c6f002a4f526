"""The fourth public goal-wording corpus is well formed (PUBLIC_CORPUS.md, "Fourth corpus").

``wording_public4_dev.jsonl`` and ``wording_public4_locked.jsonl`` hold goal
statements quoted from public pages on sites that none of the earlier corpora
quoted, labelled by ACCEPTANCE.md before the analyser was run on any of them.
These tests check the data only (``public_corpus_checks``); none asserts the
analyser's scores on the locked half.
"""

from __future__ import annotations

from collections import Counter

from tests.planning.public_corpus_checks import CorpusChecks, host

MOST_PER_SITE = 12


class TestFourthCorpus(CorpusChecks):
    STEM = "wording_public4"
    AT_LEAST = 320
    EARLIER = (
        "wording_corpus",
        "wording_heldout",
        "wording_probe",
        "wording_public_dev",
        "wording_public_locked",
        "wording_public2_dev",
        "wording_public2_locked",
        "wording_public3_dev",
        "wording_public3_locked",
    )

    def test_no_site_dominates(self) -> None:
        """No site supplies more than a dozen statements, so one writer's habits cannot swamp
        a half."""
        counts = Counter(host(row["source"]) for row in self.every_row())
        assert {} == {site: n for site, n in counts.items() if n > MOST_PER_SITE}
