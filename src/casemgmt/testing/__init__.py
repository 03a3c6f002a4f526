"""Test helpers for users of casemgmt: hypothesis strategies live in
``casemgmt.testing.strategies`` (install the ``testing`` extra)."""

__all__: list[str] = []
