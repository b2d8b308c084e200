"""One sync with a target: read what is new there, merge it, then send what the target lacks.

The same steps for a folder and for the central database.  Reading comes first and is merged in one
transaction, together with the note of what was read, so an interrupted sync is simply done again
(a change that arrives twice is stored once).  When the merge would delete much of a meeting it is
held back, nothing is applied and nothing is sent, until the user confirms.
"""

from __future__ import annotations

from filelock import FileLock, Timeout
from msgspec import Struct, field
from sqlalchemy import select
from sqlalchemy.engine import Connection

from facilitator.core.change_log import adopt_unlogged
from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.minutes import versions
from facilitator.core.models import Meeting, MinutesVersion, utcnow
from facilitator.i18n import translate
from facilitator.sync import selection
from facilitator.sync.log import ChangeRow, changes_in, last_seq
from facilitator.sync.merge import MassDeletion, MergeReport, merge
from facilitator.sync.state import (
    TargetState,
    device_name,
    known_devices,
    load_target,
    remember_devices,
    save_target,
)
from facilitator.sync.targets import Progress, Target


class SyncReport(Struct):
    """The end of a sync, for the user: changes received and sent, devices seen, conflicts, problems."""

    target: TargetState
    merge: MergeReport
    sent: int = 0
    meetings: list[str] = field(default_factory=list)  # the meetings that go to the target
    meetings_sent: list[str] = field(default_factory=list)  # those of them with changes in what was sent
    devices: dict[str, str] = field(default_factory=dict)
    refused: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def received(self) -> int:
        return self.merge.received

    @property
    def held(self) -> list[MassDeletion]:
        return self.merge.held

    @property
    def conflicts(self) -> list[str]:
        return self.merge.conflicts

    @property
    def changed_rows(self) -> set[tuple[str, str]]:
        return self.merge.changed_rows

    @property
    def kinds(self) -> Change:
        return self.merge.kinds


def _quiet(_stage: str, _done: int, _total: int) -> None:
    pass


SYNC_LOCK = ".facilitator.sync.lock"


def synchronise(
    db: Database,
    target: Target,
    *,
    confirm_deletions: bool = False,
    progress: Progress | None = None,
) -> SyncReport:
    """Sync with ``target``, sending the meetings chosen for it (:func:`~facilitator.sync.state.choose_meetings`;
    until then every meeting not marked confidential).  The data is not converted (encryption turned on or
    off) while it runs."""
    # One sync of a laptop at a time: two at once (the window's and a command's) sent the same changes
    # twice, and each took the other's state for its own.
    lock = FileLock(db.directory / SYNC_LOCK, timeout=0, thread_local=False)
    try:
        lock.acquire()
    except Timeout:
        raise UserError(
            translate("Sync", "Another sync of this laptop is running; try again once it has ended.")
        ) from None
    try:
        with db.in_use():
            return _synchronise(db, target, confirm_deletions, progress or _quiet)
    finally:
        lock.release()


def _synchronise(db: Database, target: Target, confirm_deletions: bool, progress: Progress) -> SyncReport:
    state = load_target(db, target.key, target.kind, target.location)
    with db.engine.begin() as connection:
        adopt_unlogged(connection, db.clock.now)
    pull = target.pull(db, state, progress)
    progress(translate("Sync", "Merging %n changes", None, len(pull.changes)), 0, len(pull.changes))
    when = utcnow().strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def remember(connection: Connection) -> None:
        target.after_merge(connection, db, state, pull)
        remember_devices(connection, pull.devices, when)
        save_target(connection, state)

    merged = merge(db, pull.changes, target.key, confirm_deletions=confirm_deletions, bookkeeping=remember)
    report = SyncReport(state, merged, devices=dict(pull.devices), refused=pull.refused, warnings=list(pull.warnings))
    report.warnings += [_skew_warning(db, skew.device, skew.ahead_seconds) for skew in merged.skews]
    if merged.held:
        return report
    report.warnings += _clashing_minutes(db, merged)
    report.meetings = selection.meetings_for(db, state)
    waiting = outgoing(db, state, report.meetings)
    if waiting.changes:
        report.sent = target.push(db, state, waiting.changes, device_name(db), progress)
        scopes = {change.scope for change in waiting.changes}
        report.meetings_sent = [meeting_id for meeting_id in report.meetings if f"m:{meeting_id}" in scopes]
    state.sent_up_to, state.covered, state.last_sync = waiting.upto, sorted(waiting.scopes), when
    with db.engine.begin() as connection:
        save_target(connection, state)
    return report


def _clashing_minutes(db: Database, merged: MergeReport) -> list[str]:
    """A version of a meeting's minutes that arrived with the same number as one issued here."""
    arrived = [row_id for table, row_id in merged.changed_rows if table == MinutesVersion.__tablename__]
    if not arrived:
        return []
    with db.session() as session:
        meeting_ids = set(session.scalars(select(MinutesVersion.meeting_id).where(MinutesVersion.id.in_(arrived))))
        titles = dict(session.execute(select(Meeting.id, Meeting.title).where(Meeting.id.in_(meeting_ids))).all())
    return [
        f"{titles.get(meeting_id, meeting_id)}: {notice}"
        for meeting_id in sorted(meeting_ids)
        if (notice := versions.clash_notice(db, meeting_id))
    ]


class Outgoing(Struct, frozen=True):
    """What a target lacks of the chosen meetings: changes up to log row ``upto``, and their scopes."""

    changes: list[ChangeRow]
    upto: int
    scopes: set[str]


def outgoing(db: Database, state: TargetState, meetings: list[str]) -> Outgoing:
    """The changes to send: new ones of what was sent before, everything of what was chosen since."""
    with db.engine.connect() as connection:
        upto = last_seq(connection)
        scopes = selection.scopes_for(connection, meetings)
        covered = set(state.covered)
        changes = changes_in(connection, scopes & covered, after=state.sent_up_to, upto=upto, not_from=state.key)
        changes += changes_in(connection, scopes - covered, upto=upto, not_from=state.key)
    return Outgoing(changes, upto, scopes)


def _skew_warning(db: Database, device: str, ahead_seconds: float) -> str:
    name = known_devices(db).get(device, {}).get("name") or device[:8]
    # A stamp carries the latest time its laptop has seen, its own or another's: a laptop with a right clock
    # that merged from one running ahead stamps ahead too, so the message names no culprit.
    return translate(
        "Sync",
        "Changes from {0} are stamped up to {1} hours ahead of this laptop's clock: this laptop's clock is behind, "
        "or a clock ran ahead on {0} or on a laptop whose changes reached it. Check the date and time on each; "
        "until then, edits stamped ahead count as newer than later ones.",
    ).format(name, round(ahead_seconds / 3600))
