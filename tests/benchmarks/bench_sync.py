"""Sync import speed: 100,000 changes merged into an empty laptop, against a raw executemany of the very
rows they make, in the same run; then the same changes again (idempotent), and the same segment again.

The changes are a marathon meeting's: 200 people and their places, 20 agenda items, 88,100 speaker
switches, 5,000 notes with their first revision, and 1,550 field edits, all written through the
app's own change log.
"""

from __future__ import annotations

import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from figures import Figure
from sqlalchemy import insert, update

from facilitator.core import positions
from facilitator.core.db import Database
from facilitator.core.models import (
    AgendaItem,
    Meeting,
    Note,
    NoteRevision,
    Participation,
    Person,
    SpeakingTurn,
    new_id,
    utcnow,
)
from facilitator.sync.log import ChangeRow, changes_in
from facilitator.sync.merge import merge
from facilitator.sync.run import synchronise
from facilitator.sync.targets.folder import FolderTarget

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
PEOPLE, ITEMS, TURNS, NOTES, EDITS = 200, 20, 88_100, 5_000, 1_550
GROUPS = ("BIZ_BUYER", "BIZ_SUPPLIER_MGMT", "RH_WORKER", "RH_WOMEN_WORKER", "REP_UNION", "CSO_LOCAL")


def _stamped(db: Database, **values) -> dict:
    return {"id": new_id(), "created_at": utcnow(), "origin": db.device_id, "deleted": False,
            "updated_hlc": db.clock.now(), **values}  # fmt: skip


def _marathon(db: Database) -> str:
    """Write the marathon through the engine (so the change log records it), in one transaction."""
    meeting = _stamped(db, title="Marathon", starts_at=T0, ends_at=T0 + timedelta(days=2), purpose="Two days")
    meeting_id = meeting["id"]
    people = [_stamped(db, name=f"Person {n:03d}", stakeholder_group=GROUPS[n % len(GROUPS)]) for n in range(PEOPLE)]
    places = [_stamped(db, meeting_id=meeting_id, person_id=p["id"], status="attended") for p in people]
    keys, key = [], None
    for _ in range(ITEMS):
        key = positions.key_between(key, None)
        keys.append(key)
    items = [_stamped(db, meeting_id=meeting_id, position=k, title=f"Item {n}") for n, k in enumerate(keys)]
    turns = [
        _stamped(db, meeting_id=meeting_id, agenda_item_id=items[n % ITEMS]["id"],
                 participation_id=places[n % PEOPLE]["id"], stakeholder_group=GROUPS[n % len(GROUPS)],
                 started_at=T0 + timedelta(seconds=2 * n))
        for n in range(TURNS)
    ]  # fmt: skip
    notes = [
        _stamped(db, meeting_id=meeting_id, body=f"Point {n}: sheds, water, masks", taken_at=T0) for n in range(NOTES)
    ]
    revisions = [
        _stamped(db, note_id=note["id"], kind="note", body=note["body"], confidentiality="internal", revised_at=T0)
        for note in notes
    ]
    with db.engine.begin() as connection:
        for model, rows in ((Meeting, [meeting]), (Person, people), (Participation, places), (AgendaItem, items),
                            (SpeakingTurn, turns), (Note, notes), (NoteRevision, revisions)):  # fmt: skip
            connection.execute(insert(model.__table__), rows)
        for n in range(EDITS):
            item = items[n % ITEMS]["id"]
            connection.execute(
                update(AgendaItem.__table__)
                .where(AgendaItem.__table__.c.id == item)
                .values(planned_minutes=10 + n % 50, updated_hlc=db.clock.now())
            )
    return meeting_id


def _log(db: Database) -> list[ChangeRow]:
    with db.engine.connect() as connection:
        return changes_in(connection)


def _raw_executemany(source: Database, empty: Database) -> float:
    """The floor: the rows the changes make, copied table by table with one executemany each."""
    models = (Meeting, Person, Participation, AgendaItem, SpeakingTurn, Note, NoteRevision)
    tables = [model.__table__ for model in models]
    with source.engine.connect() as connection:
        contents = {t.name: list(map(tuple, connection.exec_driver_sql(f'SELECT * FROM "{t.name}"'))) for t in tables}
    began = time.perf_counter()
    with empty.engine.begin() as connection:
        for table in tables:
            marks = ", ".join("?" * len(table.columns))
            connection.exec_driver_sql(f'INSERT INTO "{table.name}" VALUES ({marks})', contents[table.name])
    return time.perf_counter() - began


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        source = Database.open(root / "source")
        _marathon(source)
        changes = _log(source)
        rows = sum(1 for change in changes if change.field == "*")

        raw_seconds = _raw_executemany(source, Database.open(root / "raw"))

        target = Database.open(root / "target")
        began = time.perf_counter()
        first = merge(target, changes)
        import_seconds = time.perf_counter() - began
        assert first.received == len(changes) and first.waiting == 0

        began = time.perf_counter()
        again = merge(target, changes)
        reimport_seconds = time.perf_counter() - began
        assert again.received == 0 and not again.changed_rows

        stick = root / "usb"
        stick.mkdir()
        synchronise(source, FolderTarget(stick, "benchmark passphrase"))
        laptop = Database.open(root / "laptop")
        began = time.perf_counter()
        synchronise(laptop, FolderTarget(stick, "benchmark passphrase"))
        folder_seconds = time.perf_counter() - began
        began = time.perf_counter()
        synchronise(laptop, FolderTarget(stick, "benchmark passphrase"))
        folder_again_seconds = time.perf_counter() - began

    return [
        Figure("sync.changes_imported", len(changes), "changes", ">=100000"),
        Figure("sync.import_rate", len(changes) / import_seconds, "changes/s", ">=50000"),
        Figure("sync.raw_executemany_rate", rows / raw_seconds, "rows/s", ""),
        Figure("sync.import_vs_raw_executemany", import_seconds / raw_seconds, "x", ""),
        Figure("sync.reimport_share_of_first_import", reimport_seconds / import_seconds, "ratio", "<=0.10"),
        Figure("sync.folder_sync_100k_in", folder_seconds, "s", ""),
        Figure("sync.folder_sync_again_share", folder_again_seconds / folder_seconds, "ratio", "<=0.10"),
    ]
