"""What this laptop remembers about sync, in local (never synced) state: its name, its targets, and the
devices it has met."""

from __future__ import annotations

import json
import socket
from typing import Any

from msgspec import Struct, field
from msgspec.structs import asdict
from sqlalchemy import select
from sqlalchemy.engine import Connection

from facilitator.core.db import Database
from facilitator.core.models import LocalState

DEVICE_NAME = "sync/device_name"
DEVICES = "sync/devices"
TARGET_PREFIX = "sync/target/"


def device_name(db: Database) -> str:
    """The name other laptops see in their sync report; the host name until the user names it."""
    return db.get_local(DEVICE_NAME) or socket.gethostname() or db.device_id[:8]


def set_device_name(db: Database, name: str) -> None:
    db.set_local(DEVICE_NAME, " ".join(name.split())[:80])


class TargetState(Struct):
    """One sync target as this laptop knows it.

    ``meetings`` is the user's choice of what goes there (None: every meeting not marked
    confidential).  ``sent_up_to`` is the last change-log row sent, and ``covered`` the scopes sent
    in full up to it, so that a meeting (or a person) chosen later is sent with all its history.
    """

    key: str
    kind: str
    location: str
    meetings: list[str] | None = None
    sent_up_to: int = 0
    covered: list[str] = field(default_factory=list)
    cursor: int = 0
    last_sync: str = ""
    team: str = ""

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> TargetState:
        values: dict[str, Any] = json.loads(text)
        return cls(**{name: values[name] for name in cls.__struct_fields__ if name in values})


def load_target(db: Database, key: str, kind: str, location: str) -> TargetState:
    text = db.get_local(TARGET_PREFIX + key)
    state = TargetState.from_json(text) if text else TargetState(key, kind, location)
    state.location = location or state.location
    return state


def choose_meetings(db: Database, key: str, kind: str, location: str, meeting_ids: list[str] | None) -> None:
    """The meetings that go to this target from now on; None: every meeting not marked confidential."""
    state = load_target(db, key, kind, location)
    state.meetings = None if meeting_ids is None else sorted(set(meeting_ids))
    with db.engine.begin() as connection:
        save_target(connection, state)


def save_target(connection: Connection, state: TargetState) -> None:
    """Saved in the caller's transaction, so what was merged and what is remembered never disagree."""
    _put(connection, TARGET_PREFIX + state.key, state.to_json())


def targets(db: Database) -> list[TargetState]:
    with db.session() as session:
        rows = session.scalars(select(LocalState).where(LocalState.key.startswith(TARGET_PREFIX))).all()
        return [TargetState.from_json(row.value) for row in rows]


def known_devices(db: Database) -> dict[str, dict[str, str]]:
    """Device id -> {"name", "seen"} for every laptop whose changes came in."""
    text = db.get_local(DEVICES)
    return json.loads(text) if text else {}


def remember_devices(connection: Connection, seen: dict[str, str], when: str) -> None:
    row = connection.exec_driver_sql("SELECT value FROM local_state WHERE key = ?", (DEVICES,)).scalar()
    devices = json.loads(row) if row else {}
    for device, name in seen.items():
        devices[device] = {"name": name or devices.get(device, {}).get("name", ""), "seen": when}
    _put(connection, DEVICES, json.dumps(devices, sort_keys=True))


def _put(connection: Connection, key: str, value: str) -> None:
    connection.exec_driver_sql("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)", (key, value))
