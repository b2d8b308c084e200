"""Which meetings go to a target, and which records travel with them.

The user chooses the meetings per target.  Until they do, every meeting goes except those marked
confidential: a meeting whose notes default to *confidential* (``Meeting.default_confidentiality``)
is a confidential meeting, and it leaves the laptop only for a target the user chose it for by name.

People and organisations go with the meetings that refer to them (their participants, presenters,
the organisations of those people), and with them go their own records, such as consents given
outside a meeting.  Records that belong to no meeting and no person go to every target.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.engine import Connection

from facilitator.core.change_log import REGISTER_PREFIXES, synced_tables
from facilitator.core.db import Database
from facilitator.core.models import Meeting
from facilitator.sync.log import chunks
from facilitator.sync.state import TargetState

CONFIDENTIAL = "confidential"
TEAM_WIDE = ""


def is_confidential(meeting: Meeting) -> bool:
    return meeting.default_confidentiality == CONFIDENTIAL


def meetings_for(db: Database, state: TargetState) -> list[str]:
    """The meetings that go to this target: the user's choice, else every one not confidential (the
    deleted ones too, so that their deletion reaches the other laptops)."""
    if state.meetings is not None:
        return list(state.meetings)
    with db.session() as session:
        return [m.id for m in session.scalars(select(Meeting).order_by(Meeting.starts_at)) if not is_confidential(m)]


def scopes_for(connection: Connection, meeting_ids: Iterable[str]) -> set[str]:
    """The scopes (see :class:`~facilitator.core.models.SyncChange`) that travel with these meetings."""
    meeting_ids = sorted(set(meeting_ids))
    scopes = {TEAM_WIDE} | {f"m:{meeting_id}" for meeting_id in meeting_ids}
    register: dict[str, set[str]] = {name: set() for name in REGISTER_PREFIXES}
    for table in synced_tables().values():
        if "meeting_id" not in table.columns:
            continue
        for column in table.columns:
            for key in column.foreign_keys:
                if key.column.table.name in register:
                    register[key.column.table.name] |= _referenced(connection, table.name, column.name, meeting_ids)
    people = sorted(register["person"])
    for part in chunks(people):
        marks = ", ".join("?" * len(part))
        rows = connection.exec_driver_sql(
            f"SELECT organisation_id FROM person WHERE id IN ({marks}) AND organisation_id IS NOT NULL", tuple(part)
        )
        register["organisation"] |= {row[0] for row in rows}
    for name, ids in register.items():
        scopes |= {f"{REGISTER_PREFIXES[name]}:{row_id}" for row_id in ids}
    return scopes


def _referenced(connection: Connection, table: str, column: str, meeting_ids: list[str]) -> set[str]:
    found = set()
    for part in chunks(meeting_ids):
        marks = ", ".join("?" * len(part))
        rows = connection.exec_driver_sql(
            f'SELECT DISTINCT "{column}" FROM "{table}" WHERE meeting_id IN ({marks}) AND "{column}" IS NOT NULL',
            tuple(part),
        )
        found |= {row[0] for row in rows}
    return found
