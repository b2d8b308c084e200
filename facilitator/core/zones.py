"""The time zones a meeting or a visit can be in (IANA names), for the pickers that offer them."""

from __future__ import annotations

from functools import cache
from importlib import resources
from zoneinfo import available_timezones


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone, sorted, read once.  The ``tzdata`` package (which zoneinfo falls back on, and
    needs where the system has no zone database, as on Windows) lists them in one file; without it,
    finding them walks the system's whole database, some ten times as long at start-up."""
    try:
        listed = resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split()
    except (ModuleNotFoundError, OSError):
        listed = sorted(available_timezones() - {"localtime"})
    return tuple(sorted(listed))
