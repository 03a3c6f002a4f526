"""Folding text for comparison: names match without regard to case, accents or apostrophes.

One home for folding, in two strengths. :func:`strip_accents` only takes the
accents off letters and keeps everything else: the goal-wording analyser reads
capitals (names, headings) and its tokeniser reads dashes and quote marks, so
that is all it may fold. :func:`fold` builds on it for comparing names and
scrubbing details, where case, look-alike letters ("ø", "ß"), curly
apostrophes and dashes must not matter either.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold", "strip_accents"]

_SPECIAL = str.maketrans(
    {
        "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "þ": "th",
        "ß": "ss", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "\u0131": "i", "ħ": "h",
        "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'",  # noqa: RUF001
        "‐": "-", "‑": "-", "–": "-", "—": "-",  # noqa: RUF001
    }
)  # fmt: skip
"""Letters Unicode does not decompose to a base letter, and look-alike marks."""


def strip_accents(text: str) -> str:
    """``text`` with its letters' accents taken off and nothing else changed.

    >>> strip_accents("Zoë O\u2019Brien")
    'Zoe O\u2019Brien'
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=4096)
def _fold_char(char: str) -> str:
    # Case first, so a capital the table does not list ("Ð", "Þ", "Ħ") folds as its
    # small letter does.
    kept = strip_accents(char.casefold().translate(_SPECIAL))
    return "".join(c for c in kept if unicodedata.category(c) != "Cf").casefold()


_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _folded(text: str) -> tuple[str, list[int] | None]:
    """``text`` case- and accent-folded, and where each folded char came from."""
    if text.isascii():
        return text.lower().replace("`", "'"), None
    parts: list[str] = []
    index: list[int] = []
    at = 0
    for match in _NON_ASCII.finditer(text):
        i = match.start()
        parts.append(text[at:i].lower().replace("`", "'"))
        index.extend(range(at, i))
        folded = _fold_char(text[i])
        parts.append(folded)
        index.extend([i] * len(folded))
        at = i + 1
    parts.append(text[at:].lower().replace("`", "'"))
    index.extend(range(at, len(text)))
    return "".join(parts), index


def fold(text: str) -> str:
    """``text`` without case, accents or curly apostrophes: how names are compared.

    >>> fold("Zoë O\u2019Brien") == fold("ZOE O'BRIEN")
    True
    """
    return _folded(text)[0]
