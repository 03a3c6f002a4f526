"""The base of every enumeration in the library: a fixed vocabulary.

Members are singletons compared by identity, so hashing by identity is exact.
The standard ``Enum.__hash__`` hashes the member's name in Python code; on a
caseload scan, where rules test statuses against sets millions of times,
that was about 5% of the time.
"""

from __future__ import annotations

import enum
from collections.abc import Container

__all__ = ["Vocabulary", "mark_members"]


class Vocabulary(enum.Enum):
    """An ``Enum`` whose members hash by identity (C-fast, still exact)."""

    __hash__ = object.__hash__


def mark_members(vocabulary: type[Vocabulary], name: str, chosen: Container[object]) -> None:
    """Give every member of ``vocabulary`` the attribute ``name``: whether it is in ``chosen``.

    A plain attribute, declared ``name: bool`` in the class body, for a question
    the rules ask of every goal, action and referral: a ``property`` runs a Python
    function per read, about twice what reading the attribute costs (issue 19).

    >>> class Light(Vocabulary):
    ...     RED = "red"
    ...     GREEN = "green"
    ...     go: bool
    >>> mark_members(Light, "go", {Light.GREEN})
    >>> Light.RED.go, Light.GREEN.go
    (False, True)
    """
    for member in vocabulary:
        setattr(member, name, member in chosen)
