"""Merging changes from other laptops: field by field, the newest stamp winning, nothing lost.

A record's state is a function of its logged changes alone: start from the change that created it,
then take for each field the value with the newest stamp (a field edit beats any creation's value;
stamps carry the device id, so two devices never tie).  Applying the same
changes in any order, in any grouping, any number of times, therefore ends in the same records:
the merge is commutative, associative and idempotent, which the tests check.

- Facts that only grow (turns, revisions, check-ins...) are records that are created and never
  edited, so they merge as a union.
- Deletes are tombstones: ``deleted`` is a field like any other.
- A record that arrives before the record it refers to (a turn before its meeting, out of order or
  in another segment) waits in ``sync_pending`` and is applied when its parent arrives.
- Fields a person types or chooses (a note, a phone number, a status, a planned time, a due date,
  risk tags) edited on two laptops since their common version keep both versions
  (:mod:`facilitator.sync.conflicts`).
- A record deleted on one laptop while another went on editing it stays, with the edit, when the
  deletion had not seen that edit (a deletion names what it saw), whatever the clocks said.
- A merge that would delete more than a fifth of a meeting's records, or more than a third of one kind
  of them (its agenda, its participants: hundreds of speaking turns would hide those), is held back,
  and applies nothing, until the user confirms it.
"""

from __future__ import annotations

import gc
import json
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from itertools import repeat
from operator import attrgetter, itemgetter
from typing import Any

from msgspec import Struct, field
from sqlalchemy import JSON, Boolean, Column, LargeBinary, String, Table
from sqlalchemy.engine import Connection

from facilitator.core.change_log import (
    ROW,
    STAMP_COLUMNS,
    encode,
    from_stored,
    insert_only_tables,
    seen_by,
    synced_tables,
    to_stored,
)
from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Base, ChecklistAnswer, ConflictRevision, Meeting
from facilitator.i18n import translate
from facilitator.sync import conflicts
from facilitator.sync.kinds import TABLE_KINDS, kinds_of
from facilitator.sync.log import ChangeRow, append_new, chunks, entries_for

MASS_DELETION_SHARE = 0.2
# Of one kind of record (the agenda, the participants), more than a third, and at least three: a teammate
# tidying an agenda of twelve items deletes a few, and one item of four is not much.
KIND_DELETION_SHARE = 1 / 3
KIND_DELETION_LEAST = 3
SKEW_WARNING_MS = 24 * 3600 * 1000
MERGE_CACHE_KIB = -64 * 1024  # SQLite's page cache for a merge: 64 MiB instead of 2
SCAN_SHARE = 4  # look records up by scanning their table once a quarter of it is wanted
_row_id, _field, _stamp = attrgetter("row_id"), attrgetter("field"), attrgetter("hlc")
_Row = tuple  # a record as stored: its values in the order of its table's _Shape.names


class KindDeleted(Struct, frozen=True):
    """How many records of one table of a meeting a held-back merge would have deleted, of how many."""

    table: str
    deleted: int
    records: int


class MassDeletion(Struct, frozen=True):
    """A meeting that a held-back merge would have emptied in good part, in all or in one kind."""

    meeting_id: str
    title: str
    deleted: int
    records: int
    kinds: tuple[KindDeleted, ...] = ()  # the kinds it would have emptied in good part


class ClockSkew(Struct, frozen=True):
    """A device whose stamps lie further in the future than a day: its clock runs ahead."""

    device: str
    ahead_seconds: float


class MergeReport(Struct):
    """What a merge did.  ``changed_rows`` and ``kinds`` tell the window what to refresh, and which
    undo entries a merge made obsolete; ``held`` is non-empty when nothing was applied because the
    merge waits for confirmation of mass deletions."""

    received: int = 0
    duplicates: int = 0
    changed_rows: set[tuple[str, str]] = field(default_factory=set)
    conflicts: list[str] = field(default_factory=list)
    waiting: int = 0
    returned: int = 0  # records deleted here that are back (edited elsewhere meanwhile, or restored)
    held: list[MassDeletion] = field(default_factory=list)
    skews: list[ClockSkew] = field(default_factory=list)
    devices: set[str] = field(default_factory=set)

    @property
    def kinds(self) -> Change:
        kinds = kinds_of(table for table, _ in self.changed_rows)
        return kinds | TABLE_KINDS["conflict_revision"] if self.conflicts else kinds

    @property
    def applied(self) -> bool:
        return not self.held

    def add(self, other: MergeReport) -> None:
        self.received += other.received
        self.duplicates += other.duplicates
        self.changed_rows |= other.changed_rows
        self.conflicts += other.conflicts
        self.waiting = other.waiting
        self.returned += other.returned
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
    batch = [change if type(change) is ChangeRow else ChangeRow(*change) for change in changes]
    _check_known(batch)
    report = MergeReport()
    if not batch and bookkeeping is None:
        return report
    newest = max(map(_stamp, batch), default="")
    report.skews = _skews(batch, newest, time.time_ns() // 1_000_000 if now_ms is None else now_ms)
    try:
        with _cyclic_gc_paused(), db.engine.begin() as connection:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
            connection.exec_driver_sql("PRAGMA defer_foreign_keys = ON")
            connection.exec_driver_sql(f"PRAGMA cache_size = {MERGE_CACHE_KIB}")  # room for big merges
            materializer = _Materializer(connection)
            fresh = append_new(connection, materializer.unless_stored(batch), source)
            report.received, report.duplicates = len(fresh), len(batch) - len(fresh)
            report.devices = {change.device for change in fresh}
            applied = materializer.apply(fresh)
            derived = conflicts.reconcile(connection, applied.decided_histories, fresh)
            if derived.changes:
                applied.absorb(_Materializer(connection).apply(append_new(connection, derived.changes, "")))
            report.changed_rows, report.returned = applied.changed, applied.returned
            report.conflicts = derived.opened + conflicts.arrived_open(connection, fresh, derived.opened)
            report.waiting = connection.exec_driver_sql("SELECT count(*) FROM sync_pending").scalar()
            held = _mass_deletions(connection, applied)
            if held and not confirm_deletions:
                raise _HeldBack(held)
            if bookkeeping is not None:
                bookkeeping(connection)
    except _HeldBack as stop:
        report.held, report.changed_rows, report.conflicts, report.received = stop.held, set(), [], 0
        report.returned = 0
        return report
    if batch:
        db.clock.observe(newest)
    return report


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """A big merge makes hundreds of thousands of short-lived tuples and dicts, none of them part of a
    reference cycle; the cyclic garbage collector would walk them again and again while they are made
    (a tenth of a big import's time).  Reference counting frees them as before."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _check_known(batch: Sequence[ChangeRow]) -> None:
    tables = synced_tables()
    for table_name, field_name in {(change.table, change.field) for change in batch}:
        table = tables.get(table_name)
        if table is None or (field_name != ROW and field_name not in table.columns):
            raise UserError(
                translate(
                    "Sync", "These changes were made by a newer version of Facilitator ({0}). Update this laptop first."
                ).format(f"{table_name}.{field_name}")
            )


def _skews(batch: Sequence[ChangeRow], newest: str, now_ms: int) -> list[ClockSkew]:
    if not batch or int(newest[:15]) - now_ms <= SKEW_WARNING_MS:
        return []
    ahead: dict[str, int] = {}
    for change in batch:
        ahead[change.device] = max(ahead.get(change.device, 0), change.wall_ms - now_ms)
    return [ClockSkew(device, ms / 1000) for device, ms in sorted(ahead.items()) if ms > SKEW_WARNING_MS]


class _Applied(Struct):
    changed: set[tuple[str, str]] = field(default_factory=set)
    # Rows that became tombstones, by the scope ("m:<meeting>") they belong to and their table.
    deleted: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    deleted_meetings: set[str] = field(default_factory=set)
    returned: int = 0  # deleted records that another laptop edited without having seen the deletion, or restored
    decided_histories: dict[tuple[str, str, str], list[ChangeRow]] = field(default_factory=dict)

    def absorb(self, other: _Applied) -> None:
        self.changed |= other.changed
        for scope, tables in other.deleted.items():
            self.deleted[scope].update(tables)
        self.deleted_meetings |= other.deleted_meetings
        self.returned += other.returned


def _ordered_tables() -> list[Table]:
    """Synced tables, parents before the tables that refer to them."""
    synced = synced_tables()
    return [table for table in Base.metadata.sorted_tables if table.name in synced]


# Text columns no one types or chooses as such: the device that made a record, a sort key between
# neighbours (two laptops' reorderings merge into one order), the key of a checklist item or template.
NOT_TYPED = frozenset({"origin", "position", "item_key", "template_id"})
# Other values no one decides between: when a record was made and whether it is deleted (a deletion
# has rules of its own), the people a visit's delegation or a conversation names (records of their
# own), the checklist a visit froze when it was planned, and a note's tick for the supplier (it goes
# with the note's words).
NOT_DECIDED = frozenset(
    {"created_at", "deleted", "delegation_person_ids", "named_person_ids", "checklist", "note_for_supplier"}
)


def decided_columns(table: Table) -> list[str]:
    """The fields of an editable table whose two versions are kept when two laptops edit them at once:
    every text a person types or chooses, long (a note) or short (a phone number, a status, an
    anonymity level), and every number, date, yes-or-no and list of codes (a planned time, a due date,
    risk tags); not the references between records, nor :data:`NOT_TYPED` and :data:`NOT_DECIDED`."""
    if table.name in insert_only_tables() or table.name == conflicts.TABLE:
        return []
    return [
        c.name
        for c in table.columns
        if not (isinstance(c.type, String) and c.nullable)
        and not isinstance(c.type, LargeBinary)
        and not c.foreign_keys
        and c.name not in (*STAMP_COLUMNS, *NOT_TYPED, *NOT_DECIDED)
    ]


class _Touched(Struct):
    """The fresh changes of one table's records.  Most records arrive as one change that creates them
    (a new turn, a new note): those are kept apart, so that they need no list of their own."""

    alone: dict[str, ChangeRow] = field(default_factory=dict)  # record -> the one change creating it
    histories: dict[str, list[ChangeRow]] = field(default_factory=dict)  # every other record's changes

    @property
    def ids(self) -> set[str]:
        return self.alone.keys() | self.histories.keys()

    def of(self, row_id: str) -> list[ChangeRow]:
        """The fresh changes of one record."""
        alone = self.alone.get(row_id)
        return [alone] if alone is not None else self.histories.get(row_id, [])


def _by_record(changes: Iterable[ChangeRow]) -> dict[str, _Touched]:
    """Changes grouped by table, then by record."""
    by_table: dict[str, list[ChangeRow]] = defaultdict(list)
    for change in changes:
        by_table[change.table].append(change)
    return {table_name: _touched(rows) for table_name, rows in by_table.items()}


def _touched(changes: list[ChangeRow]) -> _Touched:
    """One table's changes by record; counting them first lets the common record skip the grouping (and
    a table whose every record comes with one change, its creation, skip the counting)."""
    first = dict(zip(map(_row_id, changes), changes, strict=True))
    if len(first) == len(changes) and set(map(_field, changes)) == {ROW}:
        return _Touched(first, {})
    counts = Counter(map(_row_id, changes))
    alone = {change.row_id: change for change in changes if change.field == ROW and counts[change.row_id] == 1}
    histories: dict[str, list[ChangeRow]] = defaultdict(list)
    if len(alone) < len(changes):
        for change in changes:
            if change.row_id not in alone:
                histories[change.row_id].append(change)
    return _Touched(alone, dict(histories))


class _Materializer:
    """Rebuilds the records touched by new log rows, table by table, parents first."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection
        self.applied = _Applied()
        self.stamps: dict[str, dict[str, str]] = {}  # table -> stored record -> its edit stamp
        self.scanned: set[str] = set()  # tables whose every stored record is in ``stamps``

    def _look_up(self, touched: dict[str, Sequence[str]]) -> None:
        """Remember the edit stamp of each stored record among ``touched`` (table -> record ids)."""
        raw = self.connection.connection.driver_connection
        for table_name, rows in touched.items():
            known = self.stamps.setdefault(table_name, {})
            if table_name in self.scanned:
                continue
            wanted = [row_id for row_id in rows if row_id not in known]
            if not wanted:
                continue
            stored = raw.execute(f'SELECT max(rowid) FROM "{table_name}"').fetchone()[0] or 0
            if len(wanted) * SCAN_SHARE >= stored:  # much of the table: one pass beats a look-up per id
                known.update(raw.execute(f'SELECT id, updated_hlc FROM "{table_name}"').fetchall())
                self.scanned.add(table_name)
                continue
            for part in chunks(wanted):
                marks = ", ".join("?" * len(part))
                known.update(raw.execute(f'SELECT id, updated_hlc FROM "{table_name}" WHERE id IN ({marks})', part))

    def unless_stored(self, batch: Sequence[ChangeRow]) -> list[ChangeRow]:
        """The batch without the creations of records stored here already.

        A stored record's edit stamp is the newest of its logged changes, and a record is created by
        one change per stamp, so a creation stamped like the stored record is the one in the log.  (A
        delivered-again batch is thus mostly recognised without a look into the log, and without
        grouping it by record.)
        """
        created: dict[str, list[str]] = defaultdict(list)
        for change in batch:
            if change.field == ROW:
                created[change.table].append(change.row_id)
        self._look_up(created)
        stamps = self.stamps
        if not any(stamps[table_name] for table_name in created):  # none of them is stored (an empty laptop)
            return list(batch)
        return [c for c in batch if c.field != ROW or stamps[c.table].get(c.row_id) != c.hlc]

    def apply(self, fresh: Sequence[ChangeRow]) -> _Applied:
        """Rebuild the records ``fresh`` touches."""
        touched = _by_record(fresh)
        self._look_up({table_name: records.ids for table_name, records in touched.items()})
        pending: dict[str, dict[str, str]] = defaultdict(dict)
        for table_name, row_id, value in self.connection.exec_driver_sql(
            "SELECT table_name, row_id, value FROM sync_pending"
        ):
            pending[table_name][row_id] = value
        for table in _ordered_tables():
            records, waiting = touched.get(table.name, _Touched()), pending.get(table.name, {})
            if records.ids or waiting:
                self._apply_table(table, records, waiting)
        return self.applied

    def _apply_table(self, table: Table, fresh: _Touched, waiting: dict[str, str]) -> None:
        """Rebuild the records of one table; ``waiting`` holds those that wait for a parent (with the
        content of a waiting fact)."""
        shape = _shape(table)
        ids = fresh.ids | waiting.keys()
        stored = self.stamps.get(table.name, {})
        present = (ids & stored.keys()) | set(self._present(table, sorted(waiting.keys() - stored.keys())))
        known = present | waiting.keys()
        # A record neither stored nor waiting has no older log rows.  When its one fresh change creates
        # it (the common case: a new turn, a new note), that change alone is the record.
        rows = _created_rows(shape, [change for row_id, change in fresh.alone.items() if row_id not in known])
        rest = sorted(fresh.histories.keys() | waiting.keys() | (fresh.alone.keys() & known))
        current = self._current_rows(table, [row_id for row_id in rest if row_id in present])
        history = {row_id: fresh.of(row_id) for row_id in rest}
        history.update(entries_for(self.connection, table.name, [row_id for row_id in rest if row_id in known]))
        states, still_waiting = self._rebuild(shape, history, current, waiting)
        updated = {row_id: state for row_id, state in states.items() if row_id in current}
        rows += [shape.row(state) for row_id, state in states.items() if row_id not in current]
        missing = self._missing_parents(shape, [*rows, *map(shape.row, updated.values())])
        still_waiting += missing
        inserts = [row for row in rows if row[0] not in missing] if missing else rows
        self.applied.changed.update(zip(repeat(table.name), map(itemgetter(0), inserts)))
        updates = []
        for row_id, state in updated.items():
            if row_id in missing:
                continue
            difference = _difference(shape, current[row_id], state)
            if difference:
                updates.append((row_id, difference))
            if set(difference) - {"updated_hlc"}:
                self.applied.changed.add((table.name, row_id))
                self._note_deletion(table, current[row_id], state, history[row_id])
        self._write(shape, inserts, updates)
        self._keep_waiting(table.name, waiting, still_waiting, fresh)

    def _rebuild(
        self,
        shape: _Shape,
        history: dict[str, list[ChangeRow]],
        current: dict[str, dict[str, Any]],
        waiting: dict[str, str],
    ) -> tuple[dict[str, dict[str, Any]], list[str]]:
        """The states of records that have a history (stored, waiting, or more than one fresh change),
        and those that still wait for the change that creates them.  Decided fields with more than one
        version are noted for the conflict check."""
        states, still_waiting = {}, []
        for row_id, entries in history.items():
            state = _state(shape, entries, current.get(row_id), waiting.get(row_id, ""))
            if state is None:
                still_waiting.append(row_id)
                continue
            states[row_id] = state
            if not shape.decided:
                continue
            # Counted once per record, not once per field: a record has a score of decided fields.
            counts = Counter(entry.field for entry in entries)
            for name in shape.decided:
                if counts[ROW] + counts[name] > 1:
                    relevant = [e for e in entries if e.field == ROW or e.field == name]
                    self.applied.decided_histories[(shape.table.name, row_id, name)] = relevant
        return states, still_waiting

    def _present(self, table: Table, ids: Sequence[str]) -> list[str]:
        """Those of ``ids`` this laptop holds."""
        found = []
        for part in chunks(ids):
            marks = ", ".join("?" * len(part))
            rows = self.connection.exec_driver_sql(f'SELECT id FROM "{table.name}" WHERE id IN ({marks})', tuple(part))
            found.extend(row[0] for row in rows)
        return found

    def _current_rows(self, table: Table, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        found = {}
        names = _shape(table).names
        select_list = ", ".join(f'"{name}"' for name in names)
        for part in chunks(ids):
            marks = ", ".join("?" * len(part))
            for row in self.connection.exec_driver_sql(
                f'SELECT {select_list} FROM "{table.name}" WHERE id IN ({marks})', tuple(part)
            ):
                found[row[0]] = dict(zip(names, row, strict=True))
        return found

    def _missing_parents(self, shape: _Shape, rows: list[_Row]) -> set[str]:
        """Records (as stored rows) that refer to a record this laptop does not hold (yet)."""
        missing: set[str] = set()
        for at, parent in shape.parents:
            wanted = set(map(itemgetter(at), rows)) - {None}
            absent = wanted - set(self._present(parent, sorted(wanted)))
            if absent:
                missing |= {row[0] for row in rows if row[at] in absent}
        return missing

    def _note_deletion(
        self, table: Table, before: dict[str, Any], after: dict[str, Any], entries: list[ChangeRow]
    ) -> None:
        if before.get("deleted") and not after.get("deleted") and table.name != ConflictRevision.__tablename__:
            self.applied.returned += 1  # a record the user knows (a conflict's version coming back is not one)
        if before.get("deleted") or not after.get("deleted"):
            return
        scope = next((e.scope for e in entries if e.scope), "")
        if not scope.startswith("m:"):
            return
        if table.name == Meeting.__tablename__:
            self.applied.deleted_meetings.add(scope)
        else:
            self.applied.deleted[scope][table.name] += 1

    def _write(self, shape: _Shape, inserts: list[_Row], updates: list[tuple[str, dict[str, Any]]]) -> None:
        if inserts:
            columns = ", ".join(f'"{name}"' for name in shape.names)
            marks = ", ".join("?" * len(shape.names))
            self.connection.exec_driver_sql(f'INSERT INTO "{shape.table.name}" ({columns}) VALUES ({marks})', inserts)
        for row_id, difference in updates:
            assignments = ", ".join(f'"{name}" = ?' for name in difference)
            self.connection.exec_driver_sql(
                f'UPDATE "{shape.table.name}" SET {assignments} WHERE id = ?', (*difference.values(), row_id)
            )

    def _keep_waiting(
        self, table_name: str, waiting: dict[str, str], still_waiting: list[str], fresh: _Touched
    ) -> None:
        done = waiting.keys() - set(still_waiting)
        if done:
            self.connection.exec_driver_sql(
                "DELETE FROM sync_pending WHERE table_name = ? AND row_id = ?", [(table_name, r) for r in done]
            )
        fact = table_name in insert_only_tables()
        new = [
            (table_name, row_id, next((c.value for c in fresh.of(row_id) if c.field == ROW), "") if fact else "")
            for row_id in set(still_waiting) - waiting.keys()
        ]
        if new:
            self.connection.exec_driver_sql(
                "INSERT OR IGNORE INTO sync_pending (table_name, row_id, value) VALUES (?, ?, ?)", new
            )


class _Shape(Struct, frozen=True):
    """What a merge needs to know of a table, worked out once: its columns in the order a stored row
    has them (id, edit stamp, then the content that travels), which of them are stored as JSON text,
    the defaults of the columns older versions did not have (in the form values travel in), its references
    (by position in a row)."""

    table: Table
    names: tuple[str, ...]
    json_columns: tuple[str, ...]
    defaults: dict[str, Any]
    parents: tuple[tuple[int, Table], ...]
    decided: tuple[str, ...]
    row: Callable[[dict[str, Any]], _Row]  # a state's stored values, in the order of ``names``
    content: Callable[[dict[str, Any]], tuple]  # travelling values in row order; KeyError if one is missing
    flags: tuple[int, ...]  # positions of the yes/no columns in a row
    encoded: tuple[tuple[int, Column], ...]  # positions of the columns stored in another form than they travel


@cache
def _shape(table: Table) -> _Shape:
    synced = synced_tables()
    names = ("id", "updated_hlc", *(c.name for c in table.columns if c.name not in STAMP_COLUMNS))
    columns = [table.columns[name] for name in names]
    json_columns = tuple(c.name for c in columns if isinstance(c.type, JSON | LargeBinary))
    return _Shape(
        table,
        names,
        json_columns,
        {c.name: _default(c) for c in columns[2:]},  # as they travel: stored like the values sent
        tuple(
            (names.index(column.name), key.column.table)
            for column in table.columns
            for key in column.foreign_keys
            if key.column.table.name in synced
        ),
        tuple(decided_columns(table)),
        itemgetter(*names),
        itemgetter(*names[2:]),
        tuple(at for at, column in enumerate(columns) if isinstance(column.type, Boolean)),
        tuple((at, column) for at, column in enumerate(columns) if column.name in json_columns),
    )


def _state(
    shape: _Shape, entries: Sequence[ChangeRow], stored: dict[str, Any] | None, waiting: str = ""
) -> dict[str, Any] | None:
    """A record as its log rows make it, in stored form; None while the change that creates it is missing.

    A fact's creation is logged without its content: the stored row holds it (or ``waiting``, the
    content of a fact that waits for its parent).  A stored record that no row change describes
    (written before the log existed) is its own start.
    """
    if len(entries) == 1 and entries[0].field == ROW and entries[0].value and stored is None:
        (only,) = entries
        return _stored_form(shape, json.loads(only.value), only.row_id, only.hlc)
    # (kind, stamp, value): an edit (1) beats any creation's value (0), and the newest stamp wins within
    # a kind.  A record is created once and edited later, except one with a natural id, which two
    # laptops may both create: their creations carry defaults and what each chose travels as edits.
    best: dict[str, tuple[int, str, Any]] = {}
    created = False
    for entry in entries:
        if entry.field == ROW:
            created = True
            content = json.loads(entry.value or waiting) if (entry.value or waiting) else _travelling(shape, stored)
            for name, value in content.items():
                if (0, entry.hlc) > best.get(name, (-1, "", None))[:2]:
                    best[name] = (0, entry.hlc, value)
        elif (1, entry.hlc) > best.get(entry.field, (-1, "", None))[:2]:
            best[entry.field] = (1, entry.hlc, json.loads(entry.value))
    _keep_edited_after_deletion(best, entries)
    _choice_follows_its_text(shape, best)
    top = max((entry.hlc for entry in entries), default="")
    if not created:
        if stored is None:
            return None
        for name, value in _travelling(shape, stored).items():
            best.setdefault(name, (0, stored["updated_hlc"], value))
        top = max(top, stored["updated_hlc"])
    row_id = entries[0].row_id if entries else stored["id"]
    return _stored_form(shape, {name: value for name, (_, _, value) in best.items()}, row_id, top)


# A yes given to a text holds for that text only: (table, choice, text).
_CHOICES_OF_TEXTS = ((ChecklistAnswer.__tablename__, ChecklistAnswer.note_for_supplier.key, ChecklistAnswer.note.key),)


def _choice_follows_its_text(shape: _Shape, best: dict[str, tuple[int, str, Any]]) -> None:
    """A note for the supplier is ticked with its words; a newer note from a laptop that logs it without
    the tick (one of the earlier version) would keep the tick of the words before it, and the supplier
    would read words nobody chose for them.  The newer text comes without the tick."""
    for table, choice, text in _CHOICES_OF_TEXTS:
        if shape.table.name == table and choice in best and text in best:
            kind, stamp, chosen = best[choice]
            if chosen and best[text][1] > stamp:
                best[choice] = (kind, best[text][1], False)


def _keep_edited_after_deletion(best: dict[str, tuple[int, str, Any]], entries: Sequence[ChangeRow]) -> None:
    """A record one laptop deleted while another, not knowing, went on editing it stays: taking the
    deletion would drop that edit without a word.  Each deletion names, per device, the newest change it
    saw (its base), so an edit that none of the deletions saw keeps the record, whichever laptop's clock
    was behind.  A deletion saw an edit made on its own laptop; one
    logged before deletions named what they saw counts the edits stamped before it as seen."""
    deletion = best.get("deleted")
    if deletion is None or not deletion[2]:
        return
    deletions = [entry for entry in entries if entry.field == "deleted" and json.loads(entry.value) is True]
    if any(all(_unseen(entry, by) for by in deletions) for entry in entries if entry.field not in ("deleted", ROW)):
        best["deleted"] = (deletion[0], deletion[1], False)


def _unseen(edit: ChangeRow, deletion: ChangeRow) -> bool:
    if edit.device == deletion.device:
        return False
    seen = seen_by(deletion.base)
    return edit.hlc > (deletion.hlc if seen is None else seen.get(edit.device, ""))


def _travelling(shape: _Shape, stored: dict[str, Any]) -> dict[str, Any]:
    """A stored row's content in travelling form."""
    return {c.name: from_stored(c, stored[c.name]) for c in shape.table.columns if c.name not in STAMP_COLUMNS}


def _stored_form(shape: _Shape, values: dict[str, Any], row_id: str, hlc: str) -> dict[str, Any]:
    """Travelling values as a stored record's state (see :func:`_stored_rows`)."""
    (row,) = _stored_rows(shape, [(values, row_id, hlc)])
    return dict(zip(shape.names, row, strict=True))


def _stored_rows(shape: _Shape, records: Iterable[tuple[dict[str, Any], str, str]]) -> list[_Row]:
    """Records (travelling values, id, edit stamp) as the stored rows an INSERT takes: JSON columns as
    text, yes/no as 1/0 (the rest is stored as it travels), a column the change does not carry (made
    by an older version) at its default.  One loop for them all: this runs for every new record."""
    rows = []
    for values, row_id, hlc in records:
        try:
            row = [row_id, hlc, *shape.content(values)]
        except KeyError:
            row = [row_id, hlc, *map(values.get, shape.defaults.keys(), shape.defaults.values())]
        for at in shape.flags:
            if type(row[at]) is bool:  # stored as 1/0 anyway; bound as a bool, sqlite3 adapts it value by value
                row[at] = int(row[at])
        for at, column in shape.encoded:
            row[at] = to_stored(column, row[at])
        rows.append(tuple(row))
    return rows


def _created_rows(shape: _Shape, creations: Sequence[ChangeRow]) -> list[_Row]:
    """The stored rows of records that one change each creates, decoded in one pass straight into the
    rows the INSERT takes (a state dict per record would be built only to be thrown away)."""
    contents = json.loads("[" + ",".join(change.value for change in creations) + "]")
    return _stored_rows(shape, zip(contents, map(_row_id, creations), map(_stamp, creations), strict=True))


def _default(column: Any) -> Any:
    """The value a column takes when a change from an older version does not carry it."""
    default = column.default
    if default is None:
        return None
    value = default.arg(None) if callable(default.arg) else default.arg
    return encode(column, value)


def _difference(shape: _Shape, current: dict[str, Any], state: dict[str, Any]) -> dict[str, Any]:
    changed = {}
    for name in shape.names:
        old, new = current[name], state[name]
        if old == new:
            continue
        if name in shape.json_columns and None not in (old, new) and json.loads(old) == json.loads(new):
            continue
        changed[name] = new
    return changed


def _mass_deletions(connection: Connection, applied: _Applied) -> list[MassDeletion]:
    """Meetings of which this merge would delete more than a fifth of the records, or a third of one kind."""
    scopes = set(applied.deleted) | applied.deleted_meetings
    held = []
    for scope in sorted(scopes):
        meeting_id = scope.removeprefix("m:")
        deleted = applied.deleted.get(scope, Counter())
        live = _live_records(connection, meeting_id, scope, set(deleted))
        if scope in applied.deleted_meetings:  # a deleted meeting takes all its records with it
            total = live.total() + deleted.total() + 1
            held.append(MassDeletion(meeting_id, _title(connection, meeting_id), total, total))
            continue
        kinds = tuple(
            KindDeleted(table, count, live[table] + count)
            for table, count in sorted(deleted.items())
            if count >= KIND_DELETION_LEAST and count / (live[table] + count) > KIND_DELETION_SHARE
        )
        records = live.total() + deleted.total()
        if kinds or (records and deleted.total() / records > MASS_DELETION_SHARE):
            held.append(MassDeletion(meeting_id, _title(connection, meeting_id), deleted.total(), records, kinds))
    return held


def _title(connection: Connection, meeting_id: str) -> str:
    title = connection.exec_driver_sql("SELECT title FROM meeting WHERE id = ?", (meeting_id,)).scalar()
    return title or meeting_id


def _live_records(connection: Connection, meeting_id: str, scope: str, tables: set[str]) -> Counter[str]:
    """The meeting's records not deleted, by table: of its own tables, and of ``tables`` that belong to it
    through a parent (a visit's conversation points, a note's revisions), found by the scope their
    records were logged in."""
    live: Counter[str] = Counter()
    for table in _ordered_tables():
        if "deleted" not in table.columns:
            continue
        if "meeting_id" in table.columns:
            live[table.name] = connection.exec_driver_sql(
                f'SELECT count(*) FROM "{table.name}" WHERE meeting_id = ? AND NOT deleted', (meeting_id,)
            ).scalar()
        elif table.name in tables:
            live[table.name] = connection.exec_driver_sql(
                f'SELECT count(*) FROM "{table.name}" WHERE NOT deleted AND id IN (SELECT row_id FROM sync_change '
                f"WHERE table_name = ? AND field = '{ROW}' AND scope = ?)",
                (table.name, scope),
            ).scalar()
    return live
