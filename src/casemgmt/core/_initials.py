"""Initials: a person's name written as its capital first letters.

Two cases, both because leaving them still tells anyone who knows the family
who it was: initials beside a name go with it ("A.J. Smith", "Carla M."), and
the person's full initials written on their own ("A.J. called", "AJS missed
the bus") go as the name does. Two undotted capitals on their own are kept:
they are the notes' role abbreviations as often as anyone's initials ("CM",
"SW", "RN").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable

from casemgmt.core._fold import fold

__all__ = ["Word", "alone", "first_letters", "sequences", "with_initials"]

Word = tuple[int, int, str]
"""A word of folded text: its start, its end and the word."""


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A name's words; dotted initials, whose last dot is taken unless it also ends a
    sentence ("I saw A.J. Then"); packed ones. Compiled on first use, not at import:
    the records load this module for their display (issue 18)."""
    return (
        re.compile(r"[^\W\d_][\w'’\-]*"),  # noqa: RUF001
        re.compile(
            r"(?<![\w.\-])[^\W\d_](?:\.\s?[^\W\d_]){1,3}(?:\.(?!\s*(?:$|[A-Z])))?(?![\w\-])"
        ),
        re.compile(r"(?<![\w.\-])[^\W\d_]{3,4}(?![\w.\-])"),
    )


def first_letters(names: frozenset[str]) -> frozenset[str]:
    """The letters a name word of ``names`` (folded words) begins with."""
    return frozenset(w[0] for w in names if w[0].isalpha())


def sequences(names: Iterable[str]) -> frozenset[str]:
    """The folded initials each full name may be written as alone.

    All of them, the first and last, and the given names' ("ajs", "as", "aj"
    for Anna Jane Smith). A one-word name has none: a lone capital is too
    often a word or a grade.
    """
    found: set[str] = set()
    for name in names:
        letters = [fold(w)[0] for w in _patterns()[0].findall(name)]
        if len(letters) >= 2:
            found.update(("".join(letters), letters[0] + letters[-1]))
        if len(letters) >= 3:
            found.add("".join(letters[:-1]))
    return frozenset(found)


def alone(text: str, initials: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``text`` writes one of ``initials`` on its own, in capitals.

    Dotted forms ("A.J.", "A. J. S.") count at two letters or more; packed ones
    ("AJS") at three or more, and not in text written all in capitals, where
    every word looks like initials.
    """
    if not initials:
        return []
    spans = []
    _, dotted, packed = _patterns()
    for match in dotted.finditer(text):
        letters = [c for c in match.group() if c.isalpha()]
        if all(c.isupper() for c in letters) and fold("".join(letters)) in initials:
            spans.append(match.span())
    if text != text.upper():  # some lowercase: not written all in capitals
        spans += [m.span() for m in packed.finditer(text)
                  if m.group().isupper() and fold(m.group()) in initials]  # fmt: skip
    return spans


_INITIAL_GAPS = frozenset({" ", ".", ". ", "-", ".-"})
"""What may stand between initials and the name they go with ("A.J. Smith", "A J Smith")."""


def with_initials(
    runs: list[tuple[int, int, bool]],
    words: list[Word],
    low: str,
    capital: list[bool],
    initials: frozenset[str],
) -> list[tuple[int, int, bool]]:
    """Each run of name words widened over the capital initials written beside it.

    Initials are one to three capital letters, each the first letter of one of
    the names: before the run ("A.J. Smith", "AJ Smith") or one after it
    ("Carla M."). Scrubbing the surname and leaving "A.J." would still say who
    it was to anyone who knows the family.
    """

    def initial(i: int) -> bool:
        word = words[i][2]
        return len(word) <= 3 and word.isalpha() and capital[i] and set(word) <= initials

    starts = {w[0]: i for i, w in enumerate(words)}
    ends = {w[1]: i for i, w in enumerate(words)}
    widened = []
    for first, last, owner in runs:
        start, end = first, last
        i = starts.get(start)
        while (
            i is not None
            and i > 0
            and initial(i - 1)
            and (low[words[i - 1][1] : words[i][0]] in _INITIAL_GAPS)
        ):
            i -= 1
            start = words[i][0]
        j = ends.get(end)
        if (
            not owner
            and j is not None
            and j + 1 < len(words)
            and len(words[j + 1][2]) == 1
            and initial(j + 1)
            and low[end : words[j + 1][0]] == " "
        ):
            end = words[j + 1][1]
        widened.append((start, end, owner))
    return widened
