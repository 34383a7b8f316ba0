"""Data models: the rubric (what the regulation asks) and the unit file (what a unit did)."""

from zi_eval.models.rubric import Rubric
from zi_eval.models.unit import Unit

__all__ = ["Rubric", "Unit"]
