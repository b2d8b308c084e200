"""The change log: every write to a synced table leaves a ``sync_change`` row in the same transaction.

Sync merges laptops from these rows, so a write that bypassed them would silently never reach the
other laptops.  The log therefore listens to the engine, which every write passes through, whether a
session flushes it or a bare ``insert()`` runs it (the live screen's speaker switch):

- an INSERT into a synced table is logged from the very parameters sent to the database: one row
  change (``field`` ``*``) carrying all its columns;
- an UPDATE of one record by id is logged field by field, each with the stamp of the value it
  replaced (its *base*), so that a merge can tell two edits made since one common version from an
  edit made on top of another.  A deletion's base says instead what it was made having seen: per other
  device, the newest change to the record (:data:`SEEN`), so that an edit made elsewhere without having
  been seen keeps the record, however the laptops' clocks stood.

Anything else that would change a synced table (a DELETE, an UPDATE of many rows at once) is refused:
deletes are tombstones (``deleted``).  A merge writes its rows with the :data:`APPLYING` execution
option and logs them itself, with the stamps they arrived with.
"""

from __future__ import annotations

import base64
import json
import re
from collections.abc import Callable, Mapping
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import JSON, Boolean, Column, Date, LargeBinary, Table, event, func, select, update
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.sql import operators
from sqlalchemy.sql.dml import Delete, Insert, Update
from sqlalchemy.sql.elements import BinaryExpression, BindParameter, BooleanClauseList, TextClause

from facilitator.core.models import (
    INSERT_ONLY_MODELS,
    SYNCED_MODELS,
    TRAVELS_WITH_TEAM,
    Base,
    SyncChange,
    UTCDateTime,
)

APPLYING = "facilitator_sync_apply"
ROW = "*"
# Marks a deletion's base as what it saw of the record: per other device, the newest change (may be none).
SEEN = "~"
# Columns that describe a row's history rather than its content; they never travel as field edits.
STAMP_COLUMNS = frozenset({"id", "updated_hlc"})
# Records that belong to no single meeting: they travel with the meetings that refer to them.
REGISTER_PREFIXES = {"person": "p", "organisation": "o"}
_LOG = SyncChange.__table__
_LOG_COLUMNS = ("table_name", "row_id", "field", "hlc", "base", "value", "scope", "source")
# Written as plain SQL: the speaker switch is the hottest write there is, and the log row doubles it.
_APPEND = f"INSERT INTO sync_change ({', '.join(_LOG_COLUMNS)}) VALUES ({', '.join('?' * len(_LOG_COLUMNS))})"
_WRITTEN_TABLE = re.compile(
    r"^\s*(?:insert(?:\s+or\s+\w+)?\s+into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+[\"`\[]?(\w+)", re.I
)


@cache
def synced_tables() -> dict[str, Table]:
    return {model.__table__.name: model.__table__ for model in SYNCED_MODELS}


@cache
def insert_only_tables() -> frozenset[str]:
    return frozenset(model.__table__.name for model in INSERT_ONLY_MODELS)


# -- values as they travel -------------------------------------------------------------------------


def encode(column: Column, value: Any) -> Any:
    """A column value as JSON: instants and dates as the text SQLite stores, JSON as itself."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, UTCDateTime):
        return kind.process_bind_param(value, None)
    if isinstance(kind, Date) and isinstance(value, date):
        return value.isoformat()
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def to_stored(column: Column, value: Any) -> Any:
    """An encoded value as the SQLite driver stores it (the inverse of :func:`encode`, as stored)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, JSON):
        return json.dumps(value)
    if isinstance(kind, Boolean):
        return int(value)
    if isinstance(kind, LargeBinary):
        return base64.b64decode(value)
    return value


def from_stored(column: Column, value: Any) -> Any:
    """A value as the SQLite driver returns it, in travelling form (the inverse of :func:`to_stored`)."""
    if value is None:
        return None
    kind = column.type
    if isinstance(kind, JSON):
        return json.loads(value)
    if isinstance(kind, Boolean):
        return bool(value)
    if isinstance(kind, LargeBinary):
        return base64.b64encode(value).decode("ascii")
    return value


def encode_row(table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    """The content of a new row as it travels: every column but its id and edit stamp."""
    return {c.name: encode(c, values.get(c.key)) for c in table.columns if c.name not in STAMP_COLUMNS}


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


# -- where a record travels ------------------------------------------------------------------------


def scope_of(connection: Connection, table: Table, values: Mapping[str, Any]) -> str:
    """With what a record travels: its meeting, its person or organisation, or the whole team ("").

    A record with a meeting goes with it; one that hangs off another record (a note's revision) goes
    where that record goes; a person's own records (a consent given outside any meeting) go with the
    person.  People and organisations go with the meetings that refer to them.
    """
    row_id = values.get("id")
    if table.name == "meeting":
        return f"m:{row_id}"
    if table.name in REGISTER_PREFIXES:
        return f"{REGISTER_PREFIXES[table.name]}:{row_id}"
    if values.get("meeting_id"):
        return f"m:{values['meeting_id']}"
    if table.info.get(TRAVELS_WITH_TEAM):
        return ""
    person_scope = ""
    for column in table.columns:
        for key in column.foreign_keys:
            parent, parent_id = key.column.table, values.get(column.key)
            if parent_id is None or parent.name not in synced_tables():
                continue
            if parent.name == "person":
                person_scope = person_scope or f"p:{parent_id}"
            elif parent.name not in REGISTER_PREFIXES:
                found = _logged_scope(connection, parent.name, parent_id)
                if found is not None:
                    return found
    return person_scope


def _logged_scope(connection: Connection, table_name: str, row_id: str) -> str | None:
    return connection.scalar(
        select(_LOG.c.scope).where(_LOG.c.table_name == table_name, _LOG.c.row_id == row_id, _LOG.c.field == ROW)
    )


def field_stamps(connection: Connection, table_name: str, row_id: str) -> dict[str, str]:
    """The newest stamp of each field of a record, ``*`` standing for its creation."""
    query = (
        select(_LOG.c.field, func.max(_LOG.c.hlc))
        .where(_LOG.c.table_name == table_name, _LOG.c.row_id == row_id)
        .group_by(_LOG.c.field)
    )
    return dict(connection.execute(query).all())


# -- the listeners ---------------------------------------------------------------------------------


def attach(engine: Engine) -> None:
    """Log every write made through ``engine``, by a session or by a bare statement."""
    event.listen(engine, "before_execute", _refuse_unlogged_writes)
    event.listen(engine, "after_execute", _log_writes)


def _target_table(clause: object) -> Table | None:
    table = getattr(clause, "table", None)
    return table if isinstance(table, Table) and table.name in synced_tables() else None


def _refuse_unlogged_writes(
    _connection: Connection, clause: object, _multi: object, _params: object, options: Mapping[str, Any]
) -> None:
    if options.get(APPLYING):
        return
    if isinstance(clause, TextClause):
        written = _WRITTEN_TABLE.match(clause.text)
        if written and written.group(1) in synced_tables():
            raise RuntimeError(f"{written.group(1)} is synced: write it with insert() or a session, not as SQL text")
        return
    table = _target_table(clause) if isinstance(clause, Insert | Update | Delete) else None
    if table is None:
        return
    if isinstance(clause, Delete):
        raise RuntimeError(f"{table.name} is synced: delete its records by setting their tombstone (deleted)")
    if isinstance(clause, Insert) and (
        clause._multi_values or clause.select is not None or clause._post_values_clause is not None
    ):
        raise RuntimeError(f"{table.name} is synced: insert its rows one parameter set at a time")
    if isinstance(clause, Update) and _key_parameter(clause, table) is None:
        raise RuntimeError(f"{table.name} is synced: update its records one by one, by id")


def _key_parameter(clause: Update, table: Table) -> BindParameter | None:
    """The bound parameter that names the one record an UPDATE changes (``WHERE id = :key``)."""
    where = clause.whereclause
    conditions = list(where.clauses) if isinstance(where, BooleanClauseList) else [where]
    if len(conditions) != 1:
        return None
    (condition,) = conditions
    if (
        isinstance(condition, BinaryExpression)
        and condition.operator is operators.eq
        and condition.left is table.c.id
        and isinstance(condition.right, BindParameter)
    ):
        return condition.right
    return None


def _log_writes(
    connection: Connection, clause: object, _multi: object, _params: object, options: Mapping[str, Any], result: Any
) -> None:
    if not isinstance(clause, Insert | Update) or options.get(APPLYING):
        return
    table = _target_table(clause)
    if table is None:
        return
    parameters = result.context.compiled_parameters
    if isinstance(clause, Insert):
        rows = [_row_change(connection, table, values) for values in parameters]
    else:
        key = _key_parameter(clause, table)
        rows = [
            row
            for values in parameters
            for row in _field_changes(connection, table, values.get(key.key, key.effective_value), values)
        ]
    if rows:
        _append(connection, rows)


def _append(connection: Connection, rows: list[dict[str, Any]]) -> None:
    connection.exec_driver_sql(_APPEND, [tuple(row[name] for name in _LOG_COLUMNS) for row in rows])


def _row_change(connection: Connection, table: Table, values: Mapping[str, Any]) -> dict[str, Any]:
    if not values.get("updated_hlc"):
        raise RuntimeError(f"a new {table.name} row must carry its edit stamp (updated_hlc)")
    return {
        "table_name": table.name,
        "row_id": values["id"],
        "field": ROW,
        "hlc": values["updated_hlc"],
        "base": "",
        "value": "" if table.name in insert_only_tables() else dumps(encode_row(table, values)),
        "scope": scope_of(connection, table, values),
        "source": "",
    }


def _field_changes(connection: Connection, table: Table, row_id: str, values: Mapping[str, Any]) -> list[dict]:
    edited = {c.name: values[c.key] for c in table.columns if c.key in values and c.name not in STAMP_COLUMNS}
    if not edited:
        return []
    if not values.get("updated_hlc"):
        raise RuntimeError(f"an edit of {table.name} must carry its new edit stamp (updated_hlc)")
    if table.name in insert_only_tables() and set(edited) - {"deleted"}:
        raise RuntimeError(f"{table.name} records are facts: they are never edited ({', '.join(sorted(edited))})")
    stamps = field_stamps(connection, table.name, row_id)
    scope = _logged_scope(connection, table.name, row_id)
    if scope is None:
        stored = connection.execute(select(table).where(table.c.id == row_id)).mappings().first()
        scope = scope_of(connection, table, stored or {})
    return [
        {
            "table_name": table.name,
            "row_id": row_id,
            "field": name,
            "hlc": values["updated_hlc"],
            "base": _seen_elsewhere(connection, table.name, row_id, values["updated_hlc"])
            if name == "deleted" and value
            else max(stamps.get(name, ""), stamps.get(ROW, "")),
            "value": dumps(encode(table.columns[name], value)),
            "scope": scope,
            "source": "",
        }
        for name, value in edited.items()
    ]


def _seen_elsewhere(connection: Connection, table_name: str, row_id: str, stamp: str) -> str:
    """A deletion's base: :data:`SEEN` and, for each other device, the newest stamp among the record's
    changes from it that this laptop holds (what the deletion was made having seen)."""
    device = stamp.split(".", 2)[2]
    newest: dict[str, str] = {}
    for hlc in connection.execute(
        select(_LOG.c.hlc).where(_LOG.c.table_name == table_name, _LOG.c.row_id == row_id)
    ).scalars():
        other = hlc.split(".", 2)[2]
        if other != device and hlc > newest.get(other, ""):
            newest[other] = hlc
    return SEEN + ",".join(sorted(newest.values()))


def seen_by(base: str) -> dict[str, str] | None:
    """What a deletion saw, per device (the newest stamp of each); None for a deletion logged before
    deletions said so."""
    if not base.startswith(SEEN):
        return None
    return {stamp.split(".", 2)[2]: stamp for stamp in base.removeprefix(SEEN).split(",") if stamp}


# -- rows written before the log existed -----------------------------------------------------------


def adopt_unlogged(connection: Connection, stamp: Callable[[], str]) -> int:
    """Log every synced row that no row change describes yet (written before this log existed, or by a
    migration), so that it syncs too.  Returns how many rows were adopted."""
    adopted = 0
    for table in Base.metadata.sorted_tables:
        if table.name not in synced_tables():
            continue
        logged = select(_LOG.c.row_id).where(
            _LOG.c.table_name == table.name, _LOG.c.field == ROW, _LOG.c.row_id == table.c.id
        )
        # The ids first: SQLite finds them in the id index alone, in the order of the log's index; only
        # the rows it finds (usually none) are read whole.
        unlogged = select(table.c.id).where(~logged.exists())
        rows = connection.execute(select(table).where(table.c.id.in_(unlogged))).mappings().all()
        for values in rows:
            if not values["updated_hlc"]:
                values = {**values, "updated_hlc": stamp()}
                connection.execute(
                    update(table).where(table.c.id == values["id"]).values(updated_hlc=values["updated_hlc"]),
                    execution_options={APPLYING: True},
                )
            _append(connection, [_row_change(connection, table, values)])
        adopted += len(rows)
    return adopted
