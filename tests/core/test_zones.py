"""The zone pickers' list: every IANA zone, the same whether read from tzdata's list or the system's."""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from facilitator.core import zones


def test_every_listed_zone_opens_and_the_roundtables_zones_are_there() -> None:
    names = zones.zone_names()
    assert list(names) == sorted(set(names))
    assert {"Asia/Kolkata", "Europe/Amsterdam", "Asia/Shanghai", "Asia/Ho_Chi_Minh", "Europe/Istanbul"} <= set(names)
    assert "localtime" not in names  # a system file, not a zone anyone chooses
    for name in names:
        ZoneInfo(name)


def test_without_tzdata_the_system_database_gives_the_same_zones(monkeypatch: pytest.MonkeyPatch) -> None:
    listed = zones.zone_names()

    def missing(package: str) -> None:
        raise ModuleNotFoundError(package)

    zones.zone_names.cache_clear()
    monkeypatch.setattr(zones.resources, "files", missing)
    try:
        assert zones.zone_names() == listed
    finally:
        zones.zone_names.cache_clear()
