"""Scoring: link the plan to the rubric, value each item, aggregate, and judge readiness.

Pure functions only: no I/O, no clock, no globals.
"""
