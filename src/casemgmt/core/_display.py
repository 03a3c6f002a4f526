"""A case made safe for a screen: the one step the notebook and ``casemgmt show`` share.

It sits in the core, under the records, so every presentation layer can use
it without importing upward (issue 14: scrubbed by default everywhere).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from casemgmt.core._disclosure import rewrite_text
from casemgmt.core._parties import PartyRole
from casemgmt.core._scrub import Scrubber

if TYPE_CHECKING:
    from casemgmt.case import Case

__all__ = ["scrubbed", "scrubber_for"]


def scrubber_for(case: Case, *, client_as: str = "[name]") -> Scrubber:
    """The ``Scrubber`` for a case: its client, and its parties' names as others.

    A party with the client's role names the client (``client_as``).
    """
    own = [p.name for p in case.parties if p.role is PartyRole.CLIENT]
    others = [p.name for p in case.parties if p.role is not PartyRole.CLIENT]
    return Scrubber(case.client, names=own, others=others, client_as=client_as)


def scrubbed(case: Case, *, client_as: str = "the client") -> Case:
    """``case`` for display: free text scrubbed, names and contacts blanked, ids kept.

    What the notebook display and ``casemgmt show`` print by default: the
    same walk as ``redact(keep_text=True)``, but ids stay readable for the
    worker and the client's name reads as ``client_as``. It lives here, under
    the records, so every presentation layer can use it.
    """
    shown = rewrite_text(case, scrubber_for(case, client_as=client_as))
    return attrs.evolve(shown, client=attrs.evolve(shown.client, name=client_as))
