"""Load the labelled goal statements in ``wording_corpus.jsonl`` (rules: WORDING_LABELS.md).

One JSON object a line: ``text``, ``client_names``, ``family_members``, the three
boolean labels ``not_client_behaviour``, ``negative_terms``, ``not_measurable``
and a ``source`` tag (``seed002``, ``public:<service>``, ``hard:<topic>``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import NamedTuple

CORPUS_PATH = Path(__file__).with_name("wording_corpus.jsonl")

LABEL_CODES = {
    "not_client_behaviour": "goal.not-client-behaviour",
    "negative_terms": "goal.negative-terms",
    "not_measurable": "goal.not-measurable",
}


class Labelled(NamedTuple):
    """One labelled statement."""

    text: str
    names: tuple[str, ...]
    family: tuple[str, ...]
    codes: frozenset[str]
    source: str


def load(path: Path = CORPUS_PATH) -> list[Labelled]:
    """Every statement in the corpus, in file order."""
    out: list[Labelled] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        codes = frozenset(code for key, code in LABEL_CODES.items() if row[key])
        out.append(
            Labelled(
                str(row["text"]),
                tuple(row.get("client_names", ())),
                tuple(row.get("family_members", ())),
                codes,
                str(row["source"]),
            )
        )
    return out


CORPUS = load()
