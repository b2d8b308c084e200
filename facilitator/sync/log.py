"""Reading and appending the local change log (``sync_change``) in the shape changes travel in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from sqlalchemy.engine import Connection

from facilitator.core.change_log import ROW, dumps, from_stored, insert_only_tables, synced_tables

if TYPE_CHECKING:
    from facilitator.core.db import Database

CHUNK = 500
Item = TypeVar("Item")


class ChangeRow(NamedTuple):
    """One logged change as it travels: a new record (``field`` ``*``) or one changed field.

    ``value`` is JSON text, exactly as the laptop that made the change logged it.
    """

    table: str
    row_id: str
    field: str
    hlc: str
    base: str
    value: str
    scope: str

    @property
    def device(self) -> str:
        return self.hlc.split(".", 2)[2]

    @property
    def wall_ms(self) -> int:
        return int(self.hlc.split(".", 1)[0])

    @property
    def is_row(self) -> bool:
        return self.field == ROW


_COLUMNS = "table_name, row_id, field, hlc, base, value, scope"


def chunks(items: Sequence[Item], size: int = CHUNK) -> Iterator[Sequence[Item]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def last_seq(connection: Connection) -> int:
    return connection.exec_driver_sql("SELECT coalesce(max(seq), 0) FROM sync_change").scalar() or 0


def logged_upto(db: Database) -> int:
    """The number of the last change the log holds, whoever wrote it (a disk's fault is a UserError)."""
    with db.session() as session:
        return last_seq(session.connection())


def written_since(db: Database, seq: int) -> tuple[int, frozenset[tuple[str, str]]]:
    """The number of the last change logged, and the records (table, id) changed after change ``seq``."""
    with db.session() as session:
        found = (
            session.connection()
            .exec_driver_sql("SELECT seq, table_name, row_id FROM sync_change WHERE seq > ?", (seq,))
            .all()
        )
    return max((row[0] for row in found), default=seq), frozenset((row[1], row[2]) for row in found)


def append_new(connection: Connection, changes: Iterable[ChangeRow], source: str) -> list[ChangeRow]:
    """Append the changes this log does not hold yet, and return those.

    The unique key (table, row, field, stamp) skips what is already here, so a change delivered twice
    is stored once; the new rows are exactly those numbered after the previous last one.  A fact's
    content is not stored twice: its row holds it (or ``sync_pending``, while it waits).
    """
    given = list(changes)
    if not given:
        return []
    facts = insert_only_tables()
    stored = [(*c[:5], "" if c.field == ROW and c.table in facts else c.value, c.scope, source) for c in given]
    before = last_seq(connection)
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO sync_change ({_COLUMNS}, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", stored
    )
    added = last_seq(connection) - before
    if added == len(given):
        return given
    if added == 0:
        return []
    by_key = {change[:4]: change for change in given}
    rows = connection.exec_driver_sql(
        "SELECT table_name, row_id, field, hlc FROM sync_change WHERE seq > ? ORDER BY seq", (before,)
    )
    return [by_key[tuple(row)] for row in rows]


def entries_for(connection: Connection, table: str, row_ids: Sequence[str]) -> dict[str, list[ChangeRow]]:
    """Every logged change of these records, by record."""
    found: dict[str, list[ChangeRow]] = {}
    for part in chunks(row_ids):
        marks = ", ".join("?" * len(part))
        rows = connection.exec_driver_sql(
            f"SELECT {_COLUMNS} FROM sync_change WHERE table_name = ? AND row_id IN ({marks})", (table, *part)
        )
        for row in rows:
            found.setdefault(row[1], []).append(ChangeRow(*row))
    return found


def changes_in(
    connection: Connection,
    scopes: Iterable[str] | None = None,
    after: int = 0,
    upto: int | None = None,
    not_from: str = "",
) -> list[ChangeRow]:
    """The changes that travel with ``scopes`` (None: all), logged after ``after`` and up to ``upto``,
    except those that came from ``not_from`` (a target never needs its own changes back), in log order.

    One pass over that stretch of the log (its row numbers are its key), filtered here: cheaper than
    keeping an index by scope up to date on every write."""
    wanted = None if scopes is None else set(scopes)
    if wanted is not None and not wanted:
        return []
    upto = last_seq(connection) if upto is None else upto
    rows = connection.exec_driver_sql(
        f"SELECT {_COLUMNS} FROM sync_change WHERE seq > ? AND seq <= ? AND (? = '' OR source != ?) ORDER BY seq",
        (after, upto, not_from, not_from),
    )
    found = [ChangeRow(*row) for row in rows if wanted is None or row[6] in wanted]
    return _with_fact_contents(connection, found)


def _with_fact_contents(connection: Connection, changes: list[ChangeRow]) -> list[ChangeRow]:
    """Facts' creations as they travel: their content read back from their rows (or from the waiting
    list), since the log keeps no copy."""
    blank: dict[str, list[str]] = {}
    for change in changes:
        if change.field == ROW and not change.value:
            blank.setdefault(change.table, []).append(change.row_id)
    contents: dict[tuple[str, str], str] = {}
    for table_name, row_ids in blank.items():
        table = synced_tables()[table_name]
        names = [c.name for c in table.columns]
        travelling = [(i, c) for i, c in enumerate(table.columns) if c.name not in ("id", "updated_hlc")]
        columns = ", ".join(f'"{name}"' for name in names)
        for part in chunks(row_ids):
            marks = ", ".join("?" * len(part))
            for row in connection.exec_driver_sql(
                f'SELECT {columns} FROM "{table_name}" WHERE id IN ({marks})', tuple(part)
            ):
                content = {c.name: from_stored(c, row[i]) for i, c in travelling}
                contents[(table_name, row[names.index("id")])] = dumps(content)
            for row_id, value in connection.exec_driver_sql(
                f"SELECT row_id, value FROM sync_pending WHERE table_name = ? AND row_id IN ({marks})",
                (table_name, *part),
            ):
                contents.setdefault((table_name, row_id), value)
    if not contents:
        return changes
    return [
        change._replace(value=contents[(change.table, change.row_id)])
        if change.field == ROW and not change.value
        else change
        for change in changes
    ]
