"""The time zones a meeting or a visit can be in (IANA names), for the pickers that offer them and for
what is typed."""

from __future__ import annotations

from functools import cache
from importlib import resources
from zoneinfo import available_timezones

from facilitator.core.errors import UserError
from facilitator.i18n import translate

# In the database's files but no place: "localtime" is whatever the machine is set to (another time on
# each laptop that syncs), "Factory" a placeholder for machines that were never set.
NOT_ZONES = frozenset({"localtime", "Factory"})


@cache
def zone_names() -> tuple[str, ...]:
    """Every IANA zone, sorted, read once.  The ``tzdata`` package (which zoneinfo falls back on, and
    needs where the system has no zone database, as on Windows) lists them in one file; without it,
    finding them walks the system's whole database, some ten times as long at start-up."""
    try:
        listed = set(resources.files("tzdata").joinpath("zones").read_text(encoding="utf-8").split())
    except (ModuleNotFoundError, OSError):
        listed = available_timezones()
    return tuple(sorted(listed - NOT_ZONES))


@cache
def _by_folded_name() -> dict[str, str]:
    return {name.casefold(): name for name in zone_names()}


def require_zone(text: str) -> str:
    """The IANA zone ``text`` names, written as the list writes it ("asia/kolkata" is Asia/Kolkata); a
    name that is not a zone in the list (a file of the database such as "posix/Asia/Kolkata" or
    "localtime") is refused in plain words."""
    found = _by_folded_name().get(text.strip().casefold())
    if found is None:
        raise UserError(translate("Meetings", "Unknown time zone: {0}").format(text))
    return found
