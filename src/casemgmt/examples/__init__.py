"""Worked examples from the seeds, built in code (docs and demos use them)."""

from casemgmt.examples.carla import carla_assessment, carla_case, carla_json, carla_plan

__all__ = ["carla_assessment", "carla_case", "carla_json", "carla_plan"]
