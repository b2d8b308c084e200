"""Where laptops meet: a folder or a central database, two peers of one protocol (pull, then push)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from msgspec import Struct, field
from sqlalchemy.engine import Connection

from facilitator.core.db import Database
from facilitator.sync.log import ChangeRow
from facilitator.sync.state import TargetState

Progress = Callable[[str, int, int], None]  # what is being done, how far, out of how much


class Pull(Struct):
    """What a target delivered: the changes, the devices that made them, and what was refused."""

    changes: list[ChangeRow] = field(default_factory=list)
    devices: dict[str, str] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # What to remember once the changes are merged: segments read (a folder), the position (a database).
    segments: list[tuple[object, str]] = field(default_factory=list)
    cursor: int = 0


class Target(Protocol):
    kind: str
    key: str
    location: str

    def pull(self, db: Database, state: TargetState, progress: Progress) -> Pull: ...

    def after_merge(self, connection: Connection, db: Database, state: TargetState, pull: Pull) -> None: ...

    def push(
        self, db: Database, state: TargetState, changes: list[ChangeRow], device_name: str, progress: Progress
    ) -> int: ...
