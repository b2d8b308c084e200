"""The time zones a meeting or a visit can be in (IANA names), for the pickers that offer them."""

from __future__ import annotations

from functools import cache
from zoneinfo import available_timezones


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone, sorted; read once, as finding them walks the whole zone database."""
    return tuple(sorted(available_timezones()))
