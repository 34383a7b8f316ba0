"""Flags: findings about a plan and its evidence, with stable codes (DESIGN.md §6)."""

from zi_eval.flags.derive import Flag, derive_flags

__all__ = ["Flag", "derive_flags"]
