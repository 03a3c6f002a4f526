"""FHIR R4 exchange aligned with the Gravity Project's SDOH Clinical Care IG.

``to_bundle`` writes a case as a Bundle of plain dicts (no FHIR library is
imported); ``from_bundle`` reads one back, losslessly for our own bundles.
See docs/reference/fhir.md for the mapping table.
"""

from __future__ import annotations

TYPE_CHECKING = False  # the block below is read at run time by casemgmt._lazy
if TYPE_CHECKING:
    from casemgmt.fhir._export import export_fhir as export_fhir
    from casemgmt.fhir._ext import NAMESPACE as NAMESPACE
    from casemgmt.fhir._reader import FhirImport as FhirImport
    from casemgmt.fhir._reader import from_bundle as from_bundle
    from casemgmt.fhir._writer import BundleReport as BundleReport
    from casemgmt.fhir._writer import to_bundle as to_bundle
    from casemgmt.fhir._writer import to_bundle_report as to_bundle_report
else:  # type checkers read the imports; Python imports on first use
    from casemgmt._lazy import attach

    __getattr__, __dir__ = attach(__name__)
