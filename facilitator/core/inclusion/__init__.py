"""Inclusion checks: the rules, each meeting's demands, and the report they give."""
