"""Colours and text for the live screen: legible from across a room, in light and dark palettes.

Every coloured surface sets its own text colour (black or white by luminance), so nothing depends on
the palette behind it.  Groups get one colour each, in families by class: warm for rights-holders,
yellow for their representatives, violet for duty-bearers, blues for business, greens for civil
society, greys for everyone else.
"""

from __future__ import annotations

GROUP_COLOURS = {
    "RH_WORKER": "#E65100",
    "RH_WOMEN_WORKER": "#AD1457",
    "RH_MIGRANT": "#BF360C",
    "RH_CHILD_FAMILY": "#C62828",
    "RH_COMMUNITY": "#8D6E63",
    "RH_MARGINALISED": "#6A1B9A",
    "REP_UNION": "#F9A825",
    "REP_WORKER_COMMITTEE": "#FFD54F",
    "DB_GOVERNMENT": "#5E35B1",
    "BIZ_SUPPLIER_MGMT": "#00838F",
    "BIZ_BUYER": "#1E3A8A",
    "CSO_LOCAL": "#2E7D32",
    "CSO_INTL": "#7CB342",
}
OTHER_COLOUR = "#607D8B"
TIMER_COLOURS = {"green": "#1B5E20", "orange": "#FF9800", "red": "#B71C1C", "idle": "#455A64"}
ALERT_COLOUR = "#B71C1C"


def group_colour(group: str) -> str:
    return GROUP_COLOURS.get(group, OTHER_COLOUR)


def clock(seconds: float) -> str:
    """``m:ss`` below an hour, ``h:mm:ss`` above."""
    whole = int(max(0.0, seconds))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def signed_minutes(seconds: float) -> int:
    return round(seconds / 60)
