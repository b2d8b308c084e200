"""Facilitator: plan, run and document multi-stakeholder roundtables, offline."""

__version__ = "0.1.0"
