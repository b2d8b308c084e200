"""A row of the meetings list, and a quick read of those rows straight from the database file.

The quick read uses only the standard library's sqlite3, read-only, so the window can show the meetings
list before the ORM is even imported (the first paint); everything else waits for the full open.  It
gives up (None) on anything unusual, such as a schema that needs a migration, and the full open then
does what it always does.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from msgspec import Struct

from facilitator.core import migrations


class MeetingSummary(Struct, frozen=True):
    """One row of the meetings list."""

    id: str
    title: str
    starts_at: datetime
    ends_at: datetime
    timezone: str
    city: str
    country: str
    status: str
    archived: bool
    participants: int

    @property
    def local_start(self) -> datetime:
        return self.starts_at.astimezone(ZoneInfo(self.timezone))

    @property
    def local_end(self) -> datetime:
        return self.ends_at.astimezone(ZoneInfo(self.timezone))


def _instant(text: str) -> datetime:
    """A stored instant, read as models.UTCDateTime reads it ("2026-12-01T03:30:00.000000Z")."""
    return datetime.fromisoformat(text).astimezone(UTC)


_QUERY = """
SELECT m.id, m.title, m.starts_at, m.ends_at, m.timezone, m.city, m.country, m.status, m.archived,
       (SELECT count(*) FROM participation p WHERE p.meeting_id = m.id AND p.deleted = 0)
FROM meeting m WHERE m.deleted = 0 AND (? OR m.archived = 0) ORDER BY m.starts_at DESC
"""


def read_summaries(database: Path, include_archived: bool = False) -> list[MeetingSummary] | None:
    """The meetings list read without the ORM, or None when the file is absent, empty or not at the
    current schema."""
    if not database.is_file() or database.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None
    try:
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        if revision is None or revision[0] != migrations.head_revision():
            return None
        return [
            MeetingSummary(
                id=row[0],
                title=row[1],
                starts_at=_instant(row[2]),
                ends_at=_instant(row[3]),
                timezone=row[4],
                city=row[5],
                country=row[6],
                status=row[7],
                archived=bool(row[8]),
                participants=row[9],
            )
            for row in connection.execute(_QUERY, (include_archived,))
        ]
    except (sqlite3.Error, ValueError, KeyError):
        return None
    finally:
        connection.close()
