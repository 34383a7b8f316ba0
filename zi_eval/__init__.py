"""zi-eval: self-evaluation engine for Zona Integritas (WBK/WBBM) under PermenPAN-RB 90/2021."""

__version__ = "0.1.0"
