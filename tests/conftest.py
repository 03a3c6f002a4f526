"""Shared test set-up: hypothesis profiles.

``quick`` (the default, what `python -m pytest` runs for a newcomer) draws 20
examples per property; ``ci`` (set by `.ci/run`) draws 60, derandomised; ``dev``
draws 100 for a deeper local search (`HYPOTHESIS_PROFILE=dev`).
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile(
    "ci",
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "dev", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "quick",
    max_examples=20,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "quick"))
