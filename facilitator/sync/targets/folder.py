"""A sync folder: a USB stick, a network share or a cloud-synced folder that laptops meet in.

::

    facilitator-sync.json                     the team file (salt, scrypt settings, key check)
    segments/<device id>/<sequence>-<id>.fseg  each laptop's segments, written by that laptop only

Each laptop only ever adds its own files, under names no other laptop writes, so no locks are needed
and a cloud service can deliver them late or twice.  A segment already read is known by the id in its
name, so a copy made by a cloud service ("… (1).fseg") is skipped as well; a segment that arrives
damaged or half-copied is refused with a message and read again at the next sync.
"""

from __future__ import annotations

import re
import uuid
from pathlib import Path

from sqlalchemy.engine import Connection

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import utcnow
from facilitator.i18n import translate
from facilitator.sync import crypto, schema, segments
from facilitator.sync.crypto import TeamKey
from facilitator.sync.files import remove_leftovers, write_atomically
from facilitator.sync.log import ChangeRow
from facilitator.sync.state import TargetState
from facilitator.sync.targets import Progress, Pull

SEGMENTS = "segments"
SUFFIX = ".fseg"
CHANGES_PER_SEGMENT = 50_000
_NAME = re.compile(r"^(\d{10})-([0-9a-f]{32})")


def must_exist(path: Path) -> Path:
    """The sync folder's full path; a plain refusal when it is not there (asked before the passphrase)."""
    found = Path(path).expanduser().resolve()
    if not found.is_dir():
        raise UserError(
            translate("Sync", "The sync folder {0} does not exist (is the stick plugged in?).").format(found)
        )
    return found


class FolderTarget:
    """A sync folder opened with the team passphrase (made on first use when ``create`` is allowed)."""

    kind = "folder"

    def __init__(self, path: Path, passphrase: str, *, create: bool = True) -> None:
        self.path = must_exist(path)
        if crypto.has_team(self.path):
            self.team: TeamKey = crypto.open_team(self.path, passphrase)
        elif create and not self._files():
            self.team = crypto.create_team(self.path, passphrase)
        elif create:
            # Segments without their team file: a new team file would lock them out for everyone.
            raise UserError(
                translate(
                    "Sync",
                    "{0} holds synced changes but its team file {1} is missing. Put the team file back (from "
                    "another laptop's copy of this folder, or a backup of it); nothing was written here.",
                ).format(self.path, crypto.TEAM_FILE)
            )
        else:
            raise UserError(translate("Sync", "{0} is not a Facilitator sync folder yet.").format(self.path))
        self.key = f"folder:{self.team.folder_id}"
        self.location = str(self.path)

    # -- reading ---------------------------------------------------------------------------------

    def _files(self) -> list[Path]:
        root = self.path / SEGMENTS
        if not root.is_dir():
            return []
        return sorted(path for path in root.glob(f"*/*{SUFFIX}") if path.is_file() and not path.is_symlink())

    def pull(self, db: Database, state: TargetState, progress: Progress) -> Pull:
        known = _known_segments(db, self.key)
        files = self._files()
        pull = Pull()
        self._check_own_segments(db, state, files, known, pull)
        unread = [path for path in files if _segment_id(path) not in known]
        foreign = 0  # segments that say they belong to another team's folder
        for number, path in enumerate(unread, start=1):
            progress(translate("Sync", "Reading segment {0} of {1}").format(number, len(unread)), number, len(unread))
            try:
                data = path.read_bytes()
                header, changes = segments.unpack(self.team, data, path.name)
            except UserError as refusal:
                pull.refused.append(str(refusal))
                foreign += segments.claimed_folder(data) not in (None, self.team.folder_id)
                continue
            except OSError as exc:
                pull.refused.append(
                    translate("Sync", "The segment {0} cannot be read: {1}").format(path.name, exc.strerror or exc)
                )
                continue
            if header.segment_id in known or any(header.segment_id == seen.segment_id for seen, _ in pull.segments):
                continue
            pull.segments.append((header, path.name))
            pull.changes.extend(changes)
            pull.devices[header.device] = header.device_name
        if unread and foreign == len(unread) and not known:
            # Not one of the folder's files opens with this key, and this laptop never synced with it: the
            # team file is another team's (copied over this one).  Writing would give them everything.
            raise UserError(
                translate(
                    "Sync",
                    "None of the {0} segments in {1} opens with this team's key: its team file {2} may be "
                    "another team's, copied over this one. Nothing was written; put this team's file back.",
                ).format(len(unread), self.path, crypto.TEAM_FILE)
            )
        return pull

    def _check_own_segments(
        self, db: Database, state: TargetState, files: list[Path], known: dict[str, str], pull: Pull
    ) -> None:
        """A folder that lost this laptop's segments (emptied, or a stick restored from an old copy)
        gets everything again, instead of silently lacking it."""
        present = {_segment_id(path) for path in files}
        lost = [segment for segment, direction in known.items() if direction == "sent" and segment not in present]
        if lost:
            state.sent_up_to, state.covered = 0, []
            pull.warnings.append(
                translate(
                    "Sync", "{0} of this laptop's segments are missing from the folder; everything is sent again."
                ).format(len(lost))
            )

    def after_merge(self, connection: Connection, db: Database, state: TargetState, pull: Pull) -> None:
        rows = [
            (self.key, header.segment_id, name, header.device, header.sequence, "received", header.changes)
            for header, name in pull.segments
        ]
        _record_segments(connection, rows)

    # -- writing ---------------------------------------------------------------------------------

    def push(
        self, db: Database, state: TargetState, changes: list[ChangeRow], device_name: str, progress: Progress
    ) -> int:
        mine = self.path / SEGMENTS / db.device_id
        remove_leftovers(mine)
        sequence = self._last_sequence(db, mine)
        written = []
        for start in range(0, len(changes), CHANGES_PER_SEGMENT):
            part = changes[start : start + CHANGES_PER_SEGMENT]
            progress(translate("Sync", "Writing {0} of {1} changes").format(start + len(part), len(changes)),
                     start + len(part), len(changes))  # fmt: skip
            sequence += 1
            header = segments.SegmentHeader(
                self.team.folder_id, db.device_id, device_name, sequence, uuid.uuid4().hex, schema.current(), len(part)
            )
            path = mine / f"{sequence:010d}-{header.segment_id}{SUFFIX}"
            data = segments.pack(self.team, header, part)
            try:
                write_atomically(path, data)
                if path.read_bytes() != data:
                    raise OSError(translate("Sync", "what was read back differs from what was written"))
            except OSError as exc:
                raise UserError(
                    translate("Sync", "The sync folder could not be written: {0}").format(exc.strerror or exc)
                ) from exc
            written.append((self.key, header.segment_id, path.name, db.device_id, sequence, "sent", len(part)))
        with db.engine.begin() as connection:
            _record_segments(connection, written)
        return len(changes)

    def _last_sequence(self, db: Database, mine: Path) -> int:
        on_disk = [int(match.group(1)) for path in mine.glob(f"*{SUFFIX}") if (match := _NAME.match(path.name))]
        with db.engine.connect() as connection:
            recorded = connection.exec_driver_sql(
                "SELECT coalesce(max(sequence), 0) FROM sync_segment WHERE target = ? AND device = ?",
                (self.key, db.device_id),
            ).scalar()
        return max([recorded or 0, *on_disk])


def _segment_id(path: Path) -> str:
    match = _NAME.match(path.name)
    return match.group(2) if match else path.name


def _known_segments(db: Database, target: str) -> dict[str, str]:
    with db.engine.connect() as connection:
        rows = connection.exec_driver_sql(
            "SELECT segment_id, direction FROM sync_segment WHERE target = ?", (target,)
        ).all()
    return dict(rows)


def _record_segments(connection: Connection, rows: list[tuple]) -> None:
    if rows:
        now = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        connection.exec_driver_sql(
            "INSERT OR IGNORE INTO sync_segment (target, segment_id, file_name, device, sequence, direction,"
            " changes, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [(*row, now) for row in rows],
        )
