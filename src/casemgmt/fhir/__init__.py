"""FHIR R4 exchange aligned with the Gravity Project's SDOH Clinical Care IG.

``to_bundle`` writes a case as a Bundle of plain dicts (no FHIR library is
imported); ``from_bundle`` reads one back, losslessly for our own bundles.
See docs/reference/fhir.md for the mapping table.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.fhir._export import export_fhir
    from casemgmt.fhir._ext import NAMESPACE
    from casemgmt.fhir._reader import FhirImport, from_bundle
    from casemgmt.fhir._writer import BundleReport, to_bundle, to_bundle_report

__all__ = [
    "NAMESPACE",
    "BundleReport",
    "FhirImport",
    "export_fhir",
    "from_bundle",
    "to_bundle",
    "to_bundle_report",
]

if not TYPE_CHECKING:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__, __all__)
