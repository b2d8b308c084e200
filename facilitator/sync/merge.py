"""Merging changes from other laptops: field by field, the newest stamp winning, nothing lost.

A record's state is a function of its logged changes alone: start from the change that created it,
then take for each field the value with the newest stamp (a field edit beats the creation when
their stamps are equal; stamps carry the device id, so two devices never tie).  Applying the same
changes in any order, in any grouping, any number of times, therefore ends in the same records:
the merge is commutative, associative and idempotent, which the tests check.

- Facts that only grow (turns, revisions, check-ins...) are records that are created and never
  edited, so they merge as a union.
- Deletes are tombstones: ``deleted`` is a field like any other.
- A record that arrives before the record it refers to (a turn before its meeting, out of order or
  in another segment) waits in ``sync_pending`` and is applied when its parent arrives.
- Long texts edited on two laptops since their common version keep both versions
  (:mod:`facilitator.sync.conflicts`).
- A merge that would delete more than a fifth of a meeting's records is held back, and applies
  nothing, until the user confirms it.
"""

from __future__ import annotations

import json
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import JSON, Boolean, Table, Text
from sqlalchemy.engine import Connection

from facilitator.core.change_log import ROW, STAMP_COLUMNS, encode, insert_only_tables, synced_tables, to_stored
from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Base, Meeting
from facilitator.i18n import translate
from facilitator.sync import conflicts
from facilitator.sync.kinds import kinds_of
from facilitator.sync.log import ChangeRow, append_new, chunks, entries_for

MASS_DELETION_SHARE = 0.2
SKEW_WARNING_MS = 24 * 3600 * 1000


@dataclass(frozen=True)
class MassDeletion:
    """A meeting that a held-back merge would have emptied in good part."""

    meeting_id: str
    title: str
    deleted: int
    records: int


@dataclass(frozen=True)
class ClockSkew:
    """A device whose stamps lie further in the future than a day: its clock runs ahead."""

    device: str
    ahead_seconds: float


@dataclass
class MergeReport:
    """What a merge did.  ``changed_rows`` and ``kinds`` tell the window what to refresh, and which
    undo entries a merge made obsolete; ``held`` is non-empty when nothing was applied because the
    merge waits for confirmation of mass deletions."""

    received: int = 0
    duplicates: int = 0
    changed_rows: set[tuple[str, str]] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    waiting: int = 0
    held: list[MassDeletion] = field(default_factory=list)
    skews: list[ClockSkew] = field(default_factory=list)
    devices: set[str] = field(default_factory=set)

    @property
    def kinds(self) -> Change:
        kinds = kinds_of(table for table, _ in self.changed_rows)
        return kinds | Change.CONFLICTS if self.conflicts else kinds

    @property
    def applied(self) -> bool:
        return not self.held

    def add(self, other: MergeReport) -> None:
        self.received += other.received
        self.duplicates += other.duplicates
        self.changed_rows |= other.changed_rows
        self.conflicts += other.conflicts
        self.waiting = other.waiting
        self.held += other.held
        self.skews += other.skews
        self.devices |= other.devices


class _HeldBack(Exception):
    def __init__(self, held: list[MassDeletion]) -> None:
        self.held = held


def merge(
    db: Database,
    changes: Iterable[ChangeRow],
    source: str = "",
    *,
    confirm_deletions: bool = False,
    bookkeeping: Callable[[Connection], None] | None = None,
    now_ms: int | None = None,
) -> MergeReport:
    """Apply changes made elsewhere, all of them or none, in one transaction.

    ``source`` names the target they came from (so they are not sent back to it); ``bookkeeping``
    runs in the same transaction (to remember what was read).  Raises :class:`UserError`, applying
    nothing, for a change this version cannot read.
    """
    batch = [ChangeRow(*change) for change in changes]
    _check_known(batch)
    report = MergeReport(devices={change.device for change in batch})
    if not batch and bookkeeping is None:
        return report
    report.skews = _skews(batch, time.time_ns() // 1_000_000 if now_ms is None else now_ms)
    try:
        with db.engine.begin() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            fresh = append_new(connection, batch, source)
            report.received, report.duplicates = len(fresh), len(batch) - len(fresh)
            applied = _Materializer(connection).apply(fresh)
            derived = conflicts.reconcile(connection, applied.text_histories, fresh)
            if derived.changes:
                applied.absorb(_Materializer(connection).apply(append_new(connection, derived.changes, "")))
            report.changed_rows, report.conflicts = applied.changed, derived.opened
            report.waiting = connection.exec_driver_sql("SELECT count(*) FROM sync_pending").scalar()
            held = _mass_deletions(connection, applied)
            if held and not confirm_deletions:
                raise _HeldBack(held)
            if bookkeeping is not None:
                bookkeeping(connection)
    except _HeldBack as stop:
        report.held, report.changed_rows, report.conflicts, report.received = stop.held, set(), [], 0
        return report
    if batch:
        db.clock.observe(max(change.hlc for change in batch))
    return report


def _check_known(batch: Sequence[ChangeRow]) -> None:
    tables = synced_tables()
    for change in batch:
        table = tables.get(change.table)
        if table is None or (not change.is_row and change.field not in table.columns):
            raise UserError(
                translate(
                    "Sync", "These changes were made by a newer version of Facilitator ({0}). Update this laptop first."
                ).format(f"{change.table}.{change.field}")
            )


def _skews(batch: Sequence[ChangeRow], now_ms: int) -> list[ClockSkew]:
    ahead: dict[str, int] = {}
    for change in batch:
        ahead[change.device] = max(ahead.get(change.device, 0), change.wall_ms - now_ms)
    return [ClockSkew(device, ms / 1000) for device, ms in sorted(ahead.items()) if ms > SKEW_WARNING_MS]


@dataclass
class _Applied:
    changed: set[tuple[str, str]] = field(default_factory=set)
    # Rows that became tombstones, by the scope ("m:<meeting>") they belong to.
    deleted: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    deleted_meetings: set[str] = field(default_factory=set)
    text_histories: dict[tuple[str, str, str], list[ChangeRow]] = field(default_factory=dict)

    def absorb(self, other: _Applied) -> None:
        self.changed |= other.changed
        for scope, count in other.deleted.items():
            self.deleted[scope] += count
        self.deleted_meetings |= other.deleted_meetings


def _ordered_tables() -> list[Table]:
    """Synced tables, parents before the tables that refer to them."""
    synced = synced_tables()
    return [table for table in Base.metadata.sorted_tables if table.name in synced]


def text_columns(table: Table) -> list[str]:
    """The long texts of an editable table: edited on two laptops at once, both versions are kept."""
    if table.name in insert_only_tables() or table.name == conflicts.TABLE:
        return []
    return [c.name for c in table.columns if isinstance(c.type, Text)]


class _Materializer:
    """Rebuilds the records touched by new log rows, table by table, parents first."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.applied = _Applied()

    def apply(self, fresh: Sequence[ChangeRow]) -> _Applied:
        touched: dict[str, dict[str, list[ChangeRow]]] = defaultdict(lambda: defaultdict(list))
        for change in fresh:
            touched[change.table][change.row_id].append(change)
        pending = defaultdict(set)
        for table_name, row_id in self.connection.exec_driver_sql("SELECT table_name, row_id FROM sync_pending"):
            pending[table_name].add(row_id)
        for table in _ordered_tables():
            rows, waiting = touched.get(table.name, {}), pending.get(table.name, set())
            if rows or waiting:
                self._apply_table(table, rows, waiting)
        return self.applied

    def _apply_table(self, table: Table, fresh: dict[str, list[ChangeRow]], waiting: set[str]) -> None:
        ids = sorted(set(fresh) | waiting)
        current = self._current_rows(table, ids)
        # A record that is neither stored nor waiting has no older log rows: its fresh ones are all.
        history = dict(fresh)
        known = [row_id for row_id in ids if row_id in current or row_id in waiting]
        history.update(entries_for(self.connection, table.name, known))
        texts = text_columns(table)
        inserts, updates, still_waiting = [], [], []
        states: dict[str, dict[str, Any]] = {}
        for row_id in ids:
            entries = history.get(row_id, [])
            state = _state(table, entries, current.get(row_id))
            if state is None:
                still_waiting.append(row_id)
                continue
            states[row_id] = state
            for name in texts:
                relevant = [e for e in entries if e.field in (ROW, name)]
                if len(relevant) > 1:
                    self.applied.text_histories[(table.name, row_id, name)] = relevant
        missing = self._missing_parents(table, states)
        for row_id, state in states.items():
            if row_id in missing:
                still_waiting.append(row_id)
            elif row_id not in current:
                inserts.append(state)
                self.applied.changed.add((table.name, row_id))
            else:
                difference = _difference(table, current[row_id], state)
                if difference:
                    updates.append((row_id, difference))
                if set(difference) - {"updated_hlc"}:
                    self.applied.changed.add((table.name, row_id))
                    self._note_deletion(table, current[row_id], state, history[row_id])
        self._write(table, inserts, updates)
        self._keep_waiting(table.name, waiting, still_waiting)

    def _current_rows(self, table: Table, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found = {}
        names = [c.name for c in table.columns]
        select_list = ", ".join(f'"{name}"' for name in names)
        for part in chunks(ids):
            marks = ", ".join("?" * len(part))
            for row in self.connection.exec_driver_sql(
                f'SELECT {select_list} FROM "{table.name}" WHERE id IN ({marks})', tuple(part)
            ):
                found[row[names.index("id")]] = dict(zip(names, row, strict=True))
        return found

    def _missing_parents(self, table: Table, states: dict[str, dict[str, Any]]) -> set[str]:
        """Records that refer to a record this laptop does not hold (yet)."""
        missing: set[str] = set()
        synced = synced_tables()
        for column in table.columns:
            for key in column.foreign_keys:
                parent = key.column.table
                if parent.name not in synced:
                    continue
                wanted = {state[column.name] for state in states.values() if state[column.name] is not None}
                present = set(self._current_rows_ids(parent, sorted(wanted)))
                missing |= {row_id for row_id, state in states.items() if state[column.name] in wanted - present}
        return missing

    def _current_rows_ids(self, table: Table, ids: Sequence[str]) -> Iterable[str]:
        for part in chunks(ids):
            marks = ", ".join("?" * len(part))
            yield from (
                row[0]
                for row in self.connection.exec_driver_sql(
                    f'SELECT id FROM "{table.name}" WHERE id IN ({marks})', tuple(part)
                )
            )

    def _note_deletion(
        self, table: Table, before: dict[str, Any], after: dict[str, Any], entries: list[ChangeRow]
    ) -> None:
        if before.get("deleted") or not after.get("deleted"):
            return
        scope = next((e.scope for e in entries if e.scope), "")
        if not scope.startswith("m:"):
            return
        if table.name == Meeting.__tablename__:
            self.applied.deleted_meetings.add(scope)
        else:
            self.applied.deleted[scope] += 1

    def _write(self, table: Table, inserts: list[dict[str, Any]], updates: list[tuple[str, dict[str, Any]]]) -> None:
        if inserts:
            names = [c.name for c in table.columns]
            columns = ", ".join(f'"{name}"' for name in names)
            marks = ", ".join("?" * len(names))
            self.connection.exec_driver_sql(
                f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks})',
                [tuple(state[name] for name in names) for state in inserts],
            )
        for row_id, difference in updates:
            assignments = ", ".join(f'"{name}" = ?' for name in difference)
            self.connection.exec_driver_sql(
                f'UPDATE "{table.name}" SET {assignments} WHERE id = ?', (*difference.values(), row_id)
            )

    def _keep_waiting(self, table_name: str, waiting: set[str], still_waiting: list[str]) -> None:
        done = waiting - set(still_waiting)
        if done:
            self.connection.exec_driver_sql(
                "DELETE FROM sync_pending WHERE table_name = ? AND row_id = ?", [(table_name, r) for r in done]
            )
        new = set(still_waiting) - waiting
        if new:
            self.connection.exec_driver_sql(
                "INSERT OR IGNORE INTO sync_pending (table_name, row_id) VALUES (?, ?)", [(table_name, r) for r in new]
            )


def _state(table: Table, entries: Sequence[ChangeRow], stored: dict[str, Any] | None) -> dict[str, Any] | None:
    """A record as its log rows make it, in stored form; None while the change that creates it is missing.

    A stored record that no row change describes (written before the log existed) is its own start.
    """
    if len(entries) == 1 and entries[0].is_row and stored is None:
        (only,) = entries
        return _stored_form(table, json.loads(only.value), only.row_id, only.hlc)
    best: dict[str, tuple[str, int, Any]] = {}
    created = False
    for entry in entries:
        if entry.is_row:
            created = True
            for name, value in json.loads(entry.value).items():
                if (entry.hlc, 0) > best.get(name, ("", -1, None))[:2]:
                    best[name] = (entry.hlc, 0, value)
        elif (entry.hlc, 1) > best.get(entry.field, ("", -1, None))[:2]:
            best[entry.field] = (entry.hlc, 1, json.loads(entry.value))
    top = max((entry.hlc for entry in entries), default="")
    if not created:
        if stored is None:
            return None
        for column in table.columns:
            if column.name not in STAMP_COLUMNS and column.name not in best:
                best[column.name] = (stored["updated_hlc"], 0, _loaded(column, stored[column.name]))
        top = max(top, stored["updated_hlc"])
    row_id = entries[0].row_id if entries else stored["id"]
    return _stored_form(table, {name: value for name, (_, _, value) in best.items()}, row_id, top)


def _stored_form(table: Table, values: dict[str, Any], row_id: str, hlc: str) -> dict[str, Any]:
    stored = {}
    for column in table.columns:
        if column.name == "id":
            stored["id"] = row_id
        elif column.name == "updated_hlc":
            stored["updated_hlc"] = hlc
        elif column.name in values:
            stored[column.name] = to_stored(column, values[column.name])
        else:
            stored[column.name] = to_stored(column, _default(column))
    return stored


def _default(column: Any) -> Any:
    """The value a column takes when a change from an older version does not carry it."""
    default = column.default
    if default is None:
        return None
    value = default.arg(None) if callable(default.arg) else default.arg
    return encode(column, value)


def _loaded(column: Any, stored: Any) -> Any:
    """A stored value back in travelling form (the inverse of ``to_stored``)."""
    if stored is None:
        return None
    if isinstance(column.type, JSON):
        return json.loads(stored)
    if isinstance(column.type, Boolean):
        return bool(stored)
    return stored


def _difference(table: Table, current: dict[str, Any], state: dict[str, Any]) -> dict[str, Any]:
    changed = {}
    for column in table.columns:
        old, new = current[column.name], state[column.name]
        if old == new:
            continue
        if isinstance(column.type, JSON) and None not in (old, new) and json.loads(old) == json.loads(new):
            continue
        changed[column.name] = new
    return changed


def _mass_deletions(connection: Connection, applied: _Applied) -> list[MassDeletion]:
    """Meetings of which this merge would delete more than a fifth of the records."""
    scopes = set(applied.deleted) | applied.deleted_meetings
    held = []
    for scope in sorted(scopes):
        meeting_id = scope.removeprefix("m:")
        live = _live_records(connection, meeting_id)
        deleted = applied.deleted.get(scope, 0)
        if scope in applied.deleted_meetings:  # a deleted meeting takes all its records with it
            deleted, live = live + deleted + 1, 0
        records = live + deleted
        if records and deleted / records > MASS_DELETION_SHARE:
            title = connection.exec_driver_sql("SELECT title FROM meeting WHERE id = ?", (meeting_id,)).scalar()
            held.append(MassDeletion(meeting_id, title or meeting_id, deleted, records))
    return held


def _live_records(connection: Connection, meeting_id: str) -> int:
    total = 0
    for table in _ordered_tables():
        if "meeting_id" in table.columns and "deleted" in table.columns:
            total += connection.exec_driver_sql(
                f'SELECT count(*) FROM "{table.name}" WHERE meeting_id = ? AND NOT deleted', (meeting_id,)
            ).scalar()
    return total
