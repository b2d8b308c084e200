"""The central store against a real PostgreSQL server (started on a temp dir for the test run)."""

from __future__ import annotations

import itertools
import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from facilitator.core import meetings
from facilitator.core.errors import UserError
from facilitator.sync import central
from facilitator.sync.digest import content_digest
from facilitator.sync.log import ChangeRow
from facilitator.sync.run import synchronise
from facilitator.sync.state import set_device_name
from facilitator.sync.targets.central import CentralTarget
from tests.sync.postgres import Server, certificate, create_database
from tests.sync.replicas import log_of, replica, roundtable

_names = itertools.count()


@pytest.fixture
def url(postgres: Server) -> str:
    return create_database(postgres, f"central_{next(_names)}")


def test_two_laptops_merge_and_a_third_gets_it_all(tmp_path: Path, url: str) -> None:
    first, second, third = (replica(tmp_path / name) for name in "abc")
    set_device_name(first, "Facilitator")
    set_device_name(second, "Note-taker")
    meeting = roundtable(first)
    synchronise(first, CentralTarget(url))
    synchronise(second, CentralTarget(url))
    meetings.update(second, meeting.id, venue="Hotel Umaid Bhawan")
    meetings.update(first, meeting.id, city="Kota")
    assert synchronise(second, CentralTarget(url)).sent == 1
    synchronise(first, CentralTarget(url))
    report = synchronise(third, CentralTarget(url))
    assert sorted(report.devices.values()) == ["Facilitator", "Note-taker"]
    synchronise(second, CentralTarget(url))
    assert len({content_digest(db) for db in (first, second, third)}) == 1
    assert (meetings.get(third, meeting.id).venue, meetings.get(third, meeting.id).city) == (
        "Hotel Umaid Bhawan",
        "Kota",
    )


def test_teams_in_one_database_do_not_see_each_other(tmp_path: Path, url: str) -> None:
    kota, jaipur = replica(tmp_path / "kota"), replica(tmp_path / "jaipur")
    roundtable(kota)
    synchronise(kota, CentralTarget(url, team="Kota"))
    assert synchronise(jaipur, CentralTarget(url, team="Jaipur")).received == 0
    assert synchronise(jaipur, CentralTarget(url, team="Kota")).received == len(log_of(kota))


def test_tls_settings_in_the_url_pass_through(tmp_path: Path, postgres: Server, url: str) -> None:
    target = CentralTarget(f"{url}?sslmode=verify-full&sslrootcert={postgres.certificate}")
    with target.engine.connect() as connection:
        assert connection.scalar(text("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) is True
    stranger, _ = certificate(tmp_path)
    with pytest.raises(UserError, match="cannot be reached"):
        CentralTarget(f"{url}?sslmode=verify-full&sslrootcert={stranger}")


def test_the_store_is_made_by_its_migrations_and_a_newer_one_is_refused(url: str) -> None:
    target = CentralTarget(url)
    assert central.current_revision(target.engine) == central.head_revision()
    with target.engine.begin() as connection:
        connection.execute(text(f"UPDATE {central.VERSION_TABLE} SET version_num = 'c9999'"))
    with pytest.raises(UserError, match="newer version"):
        CentralTarget(url)


def test_changes_from_a_newer_laptop_wait_until_this_one_is_updated(tmp_path: Path, url: str) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    roundtable(first)
    target = CentralTarget(url)
    synchronise(first, target)
    with target.engine.begin() as connection:
        connection.execute(text("UPDATE facilitator_change SET schema = '0099_future' WHERE seq > 3"))
    report = synchronise(second, CentralTarget(url))
    assert report.received == 3 and any("newer version" in warning for warning in report.warnings)
    assert report.target.cursor == 3


def test_sending_again_stores_nothing_twice(tmp_path: Path, url: str) -> None:
    laptop = replica(tmp_path / "a")
    roundtable(laptop)
    target = CentralTarget(url)
    first = synchronise(laptop, target)
    state = first.target
    assert target.push(laptop, state, log_of(laptop), "Laptop", lambda *_: None) == 0
    with target.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM facilitator_change")) == first.sent


def test_concurrent_pushes_never_hide_a_change_from_a_reader(tmp_path: Path, url: str) -> None:
    writers = [replica(tmp_path / f"w{number}") for number in range(3)]
    for number, laptop in enumerate(writers):
        meeting = roundtable(laptop, people=2, items=2)
        for edit in range(30):
            meetings.update(laptop, meeting.id, venue=f"room {number}.{edit}")
    reader = replica(tmp_path / "reader")
    threads = [threading.Thread(target=synchronise, args=(laptop, CentralTarget(url))) for laptop in writers]
    for thread in threads:
        thread.start()
    while any(thread.is_alive() for thread in threads):
        synchronise(reader, CentralTarget(url))
    synchronise(reader, CentralTarget(url))
    everything = {change for laptop in writers for change in log_of(laptop)}
    assert everything <= set(log_of(reader))


def test_an_unreachable_or_foreign_database_is_one_plain_message(postgres: Server) -> None:
    with pytest.raises(UserError, match="cannot be reached"):
        CentralTarget(f"postgresql://postgres@127.0.0.1:{postgres.port + 1}/nowhere?connect_timeout=2")
    with pytest.raises(UserError, match="must be PostgreSQL"):
        CentralTarget("sqlite:///elsewhere.sqlite3")
    with pytest.raises(UserError, match="not a database URL"):
        CentralTarget("just some words")


def test_a_change_row_travels_unchanged(tmp_path: Path, url: str) -> None:
    laptop, other = replica(tmp_path / "a"), replica(tmp_path / "b")
    roundtable(laptop)
    synchronise(laptop, CentralTarget(url))
    synchronise(other, CentralTarget(url))
    sent: set[ChangeRow] = set(log_of(laptop))
    assert sent == set(log_of(other))
