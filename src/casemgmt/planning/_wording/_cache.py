"""The goal-wording cache: bounded by size, holding no client text.

A caseload repeats goal wordings, so judging each wording once pays (issue 9).
But a cache that lives for the whole process must not become a store of
client details (issue 14): keys are hashes of the statement and the name
parts it uses, never the text, and values are findings whose quoted words
already say "the client". The bound is on bytes, not entries, so a caseload
of long statements cannot grow it without limit.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

from casemgmt.core import Finding

__all__ = ["DEFAULT_CACHE_BYTES", "WordingCache", "clear_wording_cache", "statement_key"]

DEFAULT_CACHE_BYTES = 4 * 1024 * 1024
"""About 4 MB of findings: some 20,000 distinct wordings with their hints."""

_ENTRY_OVERHEAD = 160
"""Bytes an entry costs beyond its findings' text: key, tuple, dict slot."""

MAX_PLACED = 50_000
"""Findings already placed at a goal's path (see :meth:`WordingCache.placed`) kept at most."""


def statement_key(
    text: str, names: tuple[str, ...], family: tuple[str, ...], flag: bool
) -> tuple[int, int]:
    """The statement's 64-bit hash and length, standing for it in the cache (no text kept).

    Python's own string hash is computed once per string and cached, so a
    lookup costs almost nothing; two different wordings sharing both hash
    and length is a chance of about one in 10^15 for a full cache.
    """
    return hash((text, names, family, flag)), len(text)


def _size(findings: tuple[Finding, ...]) -> int:
    size = _ENTRY_OVERHEAD  # a plain loop: a generator costs more than the one or two findings
    for f in findings:
        size += len(f.message) + len(f.hint or "") + len(f.code)
    return size


class WordingCache:
    """A least-recently-used map from statement hashes to findings, bounded in bytes.

    Thread-safe: one lock around each lookup and insertion.
    """

    def __init__(self, max_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        if max_bytes < 0:
            msg = "max_bytes must be zero or more"
            raise ValueError(msg)
        self.max_bytes = max_bytes
        self._entries: OrderedDict[tuple[tuple[int, int], object], tuple[Finding, ...]] = (
            OrderedDict()
        )
        self._bytes = 0
        self._lock = threading.Lock()
        self._placed: dict[tuple[object, str], tuple[tuple[Finding, ...], bool]] = {}

    @property
    def size_bytes(self) -> int:
        """The estimated bytes held now."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, key: tuple[tuple[int, int], object]) -> tuple[Finding, ...] | None:
        """The cached findings for ``key``, or None (a hit becomes the most recent)."""
        with self._lock:
            found = self._entries.get(key)
            if found is not None:
                self._entries.move_to_end(key)
            return found

    def put(
        self, key: tuple[tuple[int, int], object], value: tuple[Finding, ...]
    ) -> tuple[Finding, ...]:
        """Store ``value`` under ``key`` (unless it alone exceeds the budget); return it."""
        size = _size(value) if value else _ENTRY_OVERHEAD  # no findings: no loop to run
        if size > self.max_bytes:
            return value
        with self._lock:
            entries = self._entries
            held = len(entries)
            entries.setdefault(key, value)  # one hash of the key, not two
            if len(entries) > held:
                self._bytes += size
                while self._bytes > self.max_bytes:
                    _, old = self._entries.popitem(last=False)
                    self._bytes -= _size(old)
        return value

    def placed_at(
        self, key: tuple[tuple[int, int], object], path: str
    ) -> tuple[tuple[Finding, ...], bool] | None:
        """The findings already placed at ``path`` for ``key`` (see :meth:`place`), or None."""
        return self._placed.get((key, path))

    def place(
        self,
        key: tuple[tuple[int, int], object],
        path: str,
        findings: tuple[Finding, ...],
        risky: Callable[[str], bool],
    ) -> tuple[tuple[Finding, ...], bool]:
        """``findings`` with ``path`` set, and whether any hint is ``risky``; kept for
        :meth:`placed_at`.

        A plan's rules re-check the same goals at the same paths on every
        validation; building the findings again costs more than judging a
        cached wording. Bounded by count: the whole map is dropped when full.
        """
        placed = (
            tuple(Finding(f.code, f.severity, f.message, path, f.hint) for f in findings),
            any(f.hint and risky(f.hint) for f in findings),
        )
        with self._lock:
            if len(self._placed) >= MAX_PLACED:
                self._placed.clear()
            self._placed[key, path] = placed
        return placed

    def get_or_compute(
        self, key: tuple[tuple[int, int], object], compute: Callable[[], tuple[Finding, ...]]
    ) -> tuple[Finding, ...]:
        """The cached findings for ``key``, computing and storing them on a miss."""
        found = self.get(key)
        return found if found is not None else self.put(key, compute())

    def clear(self) -> None:
        """Forget every judged statement."""
        with self._lock:
            self._entries.clear()
            self._placed.clear()
            self._bytes = 0


CACHE = WordingCache()
"""The process-wide cache ``check_goal_statement`` uses."""


def clear_wording_cache() -> None:
    """Empty the goal-wording cache (e.g. after a batch, or in a long-lived worker)."""
    CACHE.clear()
