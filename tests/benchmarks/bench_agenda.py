"""Agenda speed: recalculating the times of a 300-item agenda, and how many rows a move writes.

- Recalculation: :func:`facilitator.core.agenda.items.compute` on 300 loaded items over three days, with
  consecutive interpretation, fixed-time items and breakout blocks; this runs after every edit.
- Load and recalculate: the same plus reading the items from SQLite (reference).
- A move, by drop and by keyboard: rows changed by INSERT, UPDATE or DELETE statements, counted on the
  engine; a fractional position key means only the moved item's row is written.
"""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import datetime
from pathlib import Path

from figures import Figure
from sqlalchemy import event

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database

ITEMS = 300
DAYS = 3
REPEATS = 500
MOVES = 50
KINDS = ("welcome", "presentation", "plenary", "breakout", "break", "meal", "debrief", "action_planning", "closing")


def _agenda(db: Database) -> str:
    meeting = meetings.create(db, "Benchmark", datetime(2026, 3, 2, 8), datetime(2026, 3, 4, 18), "Asia/Kolkata")
    rng = random.Random(7)
    specs = []
    for index in range(ITEMS):
        day = index * DAYS // ITEMS
        kind = KINDS[index % len(KINDS)]
        spec = {
            "title": f"Item {index}",
            "kind": kind,
            "planned_minutes": rng.choice((5, 10, 15, 20, 30)),
            "interpretation": rng.choice(("none", "consecutive", "whispered")),
            "day": day,
        }
        if kind == "breakout":
            spec["track"] = rng.choice(("Women", "Men", "Suppliers"))
        elif kind == "meal":
            spec["fixed_start"] = f"{12 + index % 3}:30"
        specs.append(spec)
    agenda.add_many(db, meeting.id, specs)
    return meeting.id


def _median_ms(action: object) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _rows_per_move(db: Database, meeting_id: str) -> list[int]:
    counted: list[int] = []

    def after(_conn, cursor, statement, _parameters, _context, _many) -> None:
        if statement.lstrip().split()[0].upper() in ("INSERT", "UPDATE", "DELETE") and "sync_change" not in statement:
            counted[-1] += max(cursor.rowcount, 0)

    rng = random.Random(11)
    event.listen(db.engine, "after_cursor_execute", after)
    try:
        for number in range(MOVES):
            ids = [item.id for item in agenda.items(db, meeting_id)]
            counted.append(0)
            if number % 2:
                agenda.move_by(db, rng.choice(ids[1:-1]), rng.choice((-1, 1)))
            else:
                agenda.move_to(db, rng.choice(ids), rng.randrange(len(ids) + 1))
    finally:
        event.remove(db.engine, "after_cursor_execute", after)
    return counted


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder))
        try:
            meeting_id = _agenda(db)
            loaded = agenda.load(db, meeting_id)
            assert len(loaded.items) == ITEMS
            recalculate = _median_ms(lambda: agenda.compute(loaded.meeting, loaded.items, loaded.day_rows))
            load_and_recalculate = _median_ms(lambda: agenda.load(db, meeting_id))
            rows = _rows_per_move(db, meeting_id)
        finally:
            db.close()
    return [
        Figure(f"agenda.recalculate_{ITEMS}_items_median", recalculate, "ms", "<=5"),
        Figure(f"agenda.load_and_recalculate_{ITEMS}_items_median", load_and_recalculate, "ms", ""),
        Figure(f"agenda.rows_written_per_move_max_of_{MOVES}", max(rows), "rows", "<=1"),
        Figure(f"agenda.rows_written_per_move_min_of_{MOVES}", min(rows), "rows", ">=1"),
    ]
