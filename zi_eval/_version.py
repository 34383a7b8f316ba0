"""The version of zi-eval, in one place (pyproject.toml reads it; the report footer and --version show it)."""

__version__ = "0.1.0"
