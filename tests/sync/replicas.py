"""Laptops for sync tests: fresh databases copied from one migrated template, each with its own device
id and, when asked, a clock that runs ahead or behind."""

from __future__ import annotations

import shutil
import sqlite3
import tempfile
import time
from datetime import UTC, datetime, timedelta
from functools import cache
from pathlib import Path

from facilitator import paths
from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.clock import HybridClock
from facilitator.core.db import Database
from facilitator.core.models import Meeting
from facilitator.core.participants import participation
from facilitator.sync.log import ChangeRow, changes_in

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


@cache
def _template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="facilitator-sync-template-"))
    Database.open(folder).close()
    with sqlite3.connect(paths.database_path(folder)) as connection:
        connection.execute("DELETE FROM local_state")
    connection.close()
    return paths.database_path(folder)


OPENED: list[Database] = []  # closed after each test (tests/sync/conftest.py), or sooner by the test


def replica(folder: Path, skew_ms: int = 0) -> Database:
    """A new laptop in ``folder``; its clock is off by ``skew_ms``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(), paths.database_path(folder))
    db = Database.open(folder)
    if skew_ms:
        db.__dict__["clock"] = HybridClock(db.device_id, wall_ms=lambda: time.time_ns() // 1_000_000 + skew_ms)
    OPENED.append(db)
    return db


def close_replicas() -> None:
    """Close every laptop opened so far: an open database keeps its engine and listeners alive."""
    while OPENED:
        OPENED.pop().close()


def log_of(db: Database) -> list[ChangeRow]:
    """Everything in a laptop's change log, as it would travel."""
    with db.engine.connect() as connection:
        return changes_in(connection)


def roundtable(db: Database, people: int = 3, items: int = 2) -> Meeting:
    """A small meeting with participants and agenda items."""
    meeting = meetings.create(
        db,
        "Roundtable Kota",
        T0.replace(tzinfo=None),
        (T0 + timedelta(hours=6)).replace(tzinfo=None),
        timezone="UTC",
        purpose="Talk about water and sheds",
    )
    for number in range(people):
        participation.add_new_participant(db, meeting.id, name=f"Person {number}", stakeholder_group="RH_WORKER")
    for number in range(items):
        agenda.add(db, meeting.id, f"Item {number}", planned_minutes=30)
    return meeting
