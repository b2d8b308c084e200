"""Ops on meetings: create, duplicate, archive, edit, and open the demo."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from facilitator.core import meetings
from facilitator.core.changes import Change
from facilitator.core.models import Meeting
from facilitator.i18n import translate
from facilitator.ui.ops import Ops, Outcome, Tombstones


def create_meeting(ops: Ops, title: str, start: datetime, end: datetime, zone: str) -> str | None:
    """A new meeting; undo tombstones it.  Returns its id, or None when refused."""

    def work() -> Outcome[str]:
        made = meetings.create(ops.db, title, start, end, zone)
        return Outcome(made.id, Tombstones(ops.db, Meeting, (made.id,)))

    outcome = ops.perform(translate("MeetingOps", "New meeting"), work, Change.MEETINGS)
    return outcome.value if outcome else None


def duplicate_meeting(ops: Ops, meeting_id: str) -> str | None:
    """A copy with all settings and invitations, titled "… (copy)"; returns the copy's id."""

    def work() -> Outcome[str]:
        title = translate("MeetingOps", "{0} (copy)").format(meetings.get(ops.db, meeting_id).title)
        copy = meetings.duplicate(ops.db, meeting_id, title)
        return Outcome(copy.id, Tombstones(ops.db, Meeting, (copy.id,)))

    outcome = ops.perform(translate("MeetingOps", "Duplicate meeting"), work, Change.MEETINGS | Change.PARTICIPATION)
    return outcome.value if outcome else None


def set_archived(ops: Ops, meeting_id: str, archived: bool) -> bool:
    text = translate("MeetingOps", "Archive meeting") if archived else translate("MeetingOps", "Unarchive meeting")
    return ops.edit(text, meetings.update, Meeting, meeting_id, {"archived": archived}, Change.MEETINGS, meeting_id)


def update_meeting(ops: Ops, meeting_id: str, changes: dict[str, Any], initiator: object | None = None) -> bool:
    """Edit the meeting's own fields (title, place, times, ground rules, thresholds)."""
    return ops.edit(
        translate("MeetingOps", "Edit meeting"),
        meetings.update,
        Meeting,
        meeting_id,
        changes,
        Change.MEETINGS,
        meeting_id,
        initiator,
    )


def open_demo(ops: Ops) -> str | None:
    """Seed the demo roundtable (once); not undoable, as seeding twice finds what the first run made."""
    from facilitator.core.demo.seed import seed_demo  # only when asked for: it is off the start-up path

    outcome = ops.perform(translate("MeetingOps", "Open demo"), lambda: Outcome(seed_demo(ops.db)), Change.ALL)
    return outcome.value if outcome else None
