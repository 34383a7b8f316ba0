"""Flags: findings about a plan and its evidence, with stable codes (docs/architecture.md §4)."""

from zi_eval.flags.derive import Flag, derive_flags

__all__ = ["Flag", "derive_flags"]
