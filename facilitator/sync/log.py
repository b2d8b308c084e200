"""Reading and appending the local change log (``sync_change``) in the shape changes travel in."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import NamedTuple, TypeVar

from sqlalchemy.engine import Connection

from facilitator.core.change_log import ROW

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


def append_new(connection: Connection, changes: Iterable[ChangeRow], source: str) -> list[ChangeRow]:
    """Append the changes this log does not hold yet; return those, in the order given.

    The unique key (table, row, field, stamp) skips what is already here, so a change delivered twice
    is stored once; the new rows are exactly those numbered after the previous last one.
    """
    rows = [(*change, source) for change in changes]
    if not rows:
        return []
    before = last_seq(connection)
    connection.exec_driver_sql(
        f"INSERT OR IGNORE INTO sync_change ({_COLUMNS}, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
    )
    rows = connection.exec_driver_sql(f"SELECT {_COLUMNS} FROM sync_change WHERE seq > ? ORDER BY seq", (before,))
    return [ChangeRow(*row) for row in rows]


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
    connection: Connection, scopes: Iterable[str], after: int = 0, upto: int | None = None, not_from: str = ""
) -> list[ChangeRow]:
    """The changes that travel with ``scopes``, logged after ``after`` and up to ``upto``, except those
    that came from ``not_from`` (a target never needs its own changes back), in log order."""
    scopes = sorted(set(scopes))
    upto = last_seq(connection) if upto is None else upto
    found: list[tuple[int, ChangeRow]] = []
    for part in chunks(scopes):
        marks = ", ".join("?" * len(part))
        rows = connection.exec_driver_sql(
            f"SELECT seq, {_COLUMNS} FROM sync_change"
            f" WHERE scope IN ({marks}) AND seq > ? AND seq <= ? AND source != ?",
            (*part, after, upto, not_from),
        )
        found.extend((row[0], ChangeRow(*row[1:])) for row in rows)
    found.sort(key=lambda pair: pair[0])
    return [change for _, change in found]
