"""A sync run on a thread of its own, so the window keeps answering while segments are read and merged.

The run opens the target (deriving the key takes a moment, a database may be far away), remembers
the choices made in the dialog, syncs, and reports back through signals, which Qt delivers on the
window's thread.
"""

from __future__ import annotations

from pathlib import Path

from msgspec import Struct
from PySide6.QtCore import Signal

from facilitator.core.db import Database
from facilitator.sync import passphrase
from facilitator.sync.run import synchronise
from facilitator.sync.state import choose_meetings, set_device_name
from facilitator.sync.targets.central import CentralTarget, database_url
from facilitator.sync.targets.folder import FolderTarget
from facilitator.ui.ops.threads import CoreRun


class SyncRequest(Struct, frozen=True):
    """What the dialog asks for: a folder (with its passphrase) or a database, and the choices."""

    kind: str  # folder | database
    location: str  # a folder path, or a database URL without its password
    secret: str = ""  # the folder's passphrase, or the database password (never stored by the app)
    remember: bool = False  # keep the folder's passphrase in the system keyring
    team: str = "default"
    meetings: tuple[str, ...] | None = None  # None: every meeting not marked confidential
    device_name: str = ""
    confirm_deletions: bool = False

    def open(self) -> FolderTarget | CentralTarget:
        if self.kind == "folder":
            target = FolderTarget(Path(self.location), self.secret)
            if self.remember:
                passphrase.remember(target.team.folder_id, self.secret)
            return target
        url = self.location
        if self.secret:
            url = database_url(url).set(password=self.secret).render_as_string(hide_password=False)
        return CentralTarget(url, self.team)


class SyncRun(CoreRun):
    """One sync; ``progressed`` while it works, then ``finished_with`` (a report), ``refused`` or ``broke``."""

    progressed = Signal(str, int, int)

    def __init__(self, db: Database, request: SyncRequest) -> None:
        super().__init__()
        self.db, self.request = db, request

    def work(self) -> object:
        if self.request.device_name:
            set_device_name(self.db, self.request.device_name)
        target = self.request.open()
        meetings = None if self.request.meetings is None else list(self.request.meetings)
        choose_meetings(self.db, target.key, target.kind, target.location, meetings)
        return synchronise(
            self.db, target, confirm_deletions=self.request.confirm_deletions, progress=self.progressed.emit
        )
