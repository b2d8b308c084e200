"""The zone pickers' list: every IANA zone, from tzdata's list or, without it, from the system's database."""

from __future__ import annotations

from zoneinfo import ZoneInfo, available_timezones

import pytest

from facilitator.core import zones


def test_every_listed_zone_opens_and_the_roundtables_zones_are_there() -> None:
    names = zones.zone_names()
    assert list(names) == sorted(set(names))
    assert {"Asia/Kolkata", "Europe/Amsterdam", "Asia/Shanghai", "Asia/Ho_Chi_Minh", "Europe/Istanbul"} <= set(names)
    assert "localtime" not in names  # a system file, not a zone anyone chooses
    for name in names:
        ZoneInfo(name)


def test_without_tzdata_the_system_database_gives_its_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    if not available_timezones():
        pytest.skip("this system has no zone database of its own")

    def missing(package: str) -> None:
        raise ModuleNotFoundError(package)

    zones.zone_names.cache_clear()
    monkeypatch.setattr(zones.resources, "files", missing)
    try:
        names = zones.zone_names()
    finally:
        zones.zone_names.cache_clear()
    assert list(names) == sorted(set(names)) and "localtime" not in names
    assert {"Asia/Kolkata", "Europe/Amsterdam", "Asia/Shanghai", "Asia/Ho_Chi_Minh", "Europe/Istanbul"} <= set(names)
    assert len(set(names) & set(zones.zone_names())) > 500  # two releases of one database differ by a few zones


@pytest.mark.parametrize("typed", ["localtime", "posix/Asia/Kolkata", "right/UTC", "Factory", "Mars/Olympus", ""])
def test_what_is_no_place_is_refused_and_a_meeting_keeps_its_zone(db, typed: str) -> None:
    from datetime import datetime

    from facilitator.core import meetings
    from facilitator.core.errors import UserError

    with pytest.raises(UserError, match="Unknown time zone"):
        zones.require_zone(typed)
    with pytest.raises(UserError, match="Unknown time zone"):
        meetings.create(db, "Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), typed)
    assert meetings.list_meetings(db) == []
    made = meetings.create(db, "Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), "Asia/Kolkata")
    with pytest.raises(UserError, match="Unknown time zone"):
        meetings.update(db, made.id, timezone=typed)
    assert meetings.get(db, made.id).timezone == "Asia/Kolkata"


def test_a_zone_typed_in_another_case_is_stored_as_the_list_writes_it(db) -> None:
    from datetime import datetime

    from facilitator.core import meetings

    assert zones.require_zone(" asia/kolkata ") == "Asia/Kolkata"
    made = meetings.create(db, "Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), "asia/kolkata")
    assert meetings.get(db, made.id).timezone == "Asia/Kolkata"
    assert meetings.to_local(made.starts_at, "Asia/Kolkata").hour == 9
