"""Ops of a running meeting: the agenda timer, the floor, notes, and the balance thresholds.

They drive the :class:`RunningMeeting` the Live section holds, which keeps the replayed timer and the
floor in memory and writes each step in its own transaction.  The Live section passes itself as the
initiator: it updates in place, and every other view refreshes from the announcement.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any
from weakref import WeakKeyDictionary

from facilitator.core.changes import Change
from facilitator.core.live import balance, notes
from facilitator.core.live.notes import ParsedNote
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.speaking import Turn
from facilitator.core.models import Meeting, Note, SpeakingTurn
from facilitator.i18n import translate
from facilitator.ui.ops import Calls, Ops, Outcome, rows_of

TIMER_CHANGED = Change.AGENDA | Change.SPEAKING

# The meetings the window runs, per open data: a window rebuilt in another language takes over the
# running session as it is, without stopping the floor.
_running: WeakKeyDictionary[Ops, dict[str, RunningMeeting]] = WeakKeyDictionary()


def running_meeting(ops: Ops, meeting_id: str) -> RunningMeeting:
    """The session the window runs for this meeting, resumed from what is stored when first opened."""
    sessions = _running.setdefault(ops, {})
    if meeting_id not in sessions:
        sessions[meeting_id] = RunningMeeting(ops.db, meeting_id)
    return sessions[meeting_id]


def stop_running(ops: Ops, running: RunningMeeting) -> None:
    """The window stops timing the meeting (it closes, or shows another meeting): the floor closes now."""
    _running.get(ops, {}).pop(running.meeting_id, None)
    ops.guarded(running.stop_timing)


def _timer_work(step: Callable[[], object]) -> Callable[[], Outcome[None]]:
    """A timer step is an insert-only fact of when it happened: corrected by the next step, not undone."""

    def work() -> Outcome[None]:
        step()
        return Outcome(None)

    return work


def _step(ops: Ops, running: RunningMeeting, text: str, step: partial[None], initiator: object) -> bool:
    return ops.perform(text, _timer_work(step), TIMER_CHANGED, running.meeting_id, initiator) is not None


def start(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    """Start or resume; the meeting's status becomes live, so the meetings list hears of it too."""
    text = translate("LiveOps", "Start the session")
    kinds = TIMER_CHANGED | Change.MEETINGS
    return ops.perform(text, _timer_work(running.start), kinds, running.meeting_id, initiator) is not None


def pause(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    return _step(ops, running, translate("LiveOps", "Pause the session"), partial(running.pause), initiator)


def next_item(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    return _step(ops, running, translate("LiveOps", "Next item"), partial(running.next), initiator)


def previous_item(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    return _step(ops, running, translate("LiveOps", "Previous item"), partial(running.previous), initiator)


def extend_item(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    return _step(ops, running, translate("LiveOps", "Extend the item"), partial(running.extend), initiator)


def end_session(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    """End the session: the timer and the floor close, and the meeting is marked closed."""
    text = translate("LiveOps", "End the session")
    return (
        ops.perform(text, _timer_work(running.end), TIMER_CHANGED | Change.MEETINGS, running.meeting_id, initiator)
        is not None
    )


def move_turn_start(ops: Ops, running: RunningMeeting, seconds: float, initiator: object = None) -> bool:
    """Move the running turn's start; the opposite key moves it back."""
    text = translate("LiveOps", "Move the turn's start")
    return _step(ops, running, text, partial(running.move_start, seconds), initiator)


def after_gap(ops: Ops, running: RunningMeeting, resume_speaker: bool, initiator: object = None) -> bool:
    """After the laptop was away: the speaker goes on, or the silence stays."""
    text = translate("LiveOps", "After the break")
    return _step(ops, running, text, partial(running.resolve_gap, resume_speaker), initiator)


def _switch_step(running: RunningMeeting, turn: Turn) -> Calls:
    return Calls(
        back=partial(running.void_switch, turn.id),
        forth=partial(running.restore_switch, turn.id),
        rows=rows_of(SpeakingTurn, [turn.id]),
    )


def give_floor(
    ops: Ops,
    running: RunningMeeting,
    participation_id: str | None,
    name: str,
    kind: str = "speech",
    interruption: bool = False,
    initiator: object = None,
) -> bool:
    """A speaker switch (None: silence); undo voids it, redo restores it."""

    def work() -> Outcome[Turn]:
        turn = running.switch(participation_id, kind=kind, interruption=interruption)
        return Outcome(turn, _switch_step(running, turn))

    text = translate("LiveOps", "Floor to {0}").format(name)
    return ops.perform(text, work, Change.SPEAKING, running.meeting_id, initiator) is not None


def interpret(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    """The interpreter renders the last speaker's words; their time counts as interpretation of them."""

    def work() -> Outcome[Turn]:
        turn = running.interpret()
        return Outcome(turn, _switch_step(running, turn))

    text = translate("LiveOps", "Interpretation")
    return ops.perform(text, work, Change.SPEAKING, running.meeting_id, initiator) is not None


def take_back_switch(ops: Ops, running: RunningMeeting, initiator: object = None) -> bool:
    """Void the last switch (a mistaken key); undo restores it."""

    def work() -> Outcome[str]:
        turn_id = running.undo_switch()
        step = Calls(
            back=partial(running.restore_switch, turn_id),
            forth=partial(running.void_switch, turn_id),
            rows=rows_of(SpeakingTurn, [turn_id]),
        )
        return Outcome(turn_id, step)

    text = translate("LiveOps", "Take back the last switch")
    return ops.perform(text, work, Change.SPEAKING, running.meeting_id, initiator) is not None


def add_note(
    ops: Ops, running: RunningMeeting, parsed: ParsedNote, item_id: str | None, initiator: object = None
) -> Note | None:
    """A note as the live line parsed it, stamped now; an action or commitment note makes its action too."""

    def work() -> Outcome[Note]:
        note = notes.add_note(ops.db, running.meeting_id, parsed, item_id, running.now())
        step = Calls(  # the note and the action it made go and come back together
            back=partial(notes.set_note_deleted, ops.db, note.id, True),
            forth=partial(notes.set_note_deleted, ops.db, note.id, False),
            rows=rows_of(Note, [note.id]),
        )
        return Outcome(note, step)

    text = translate("LiveOps", "Note")
    outcome = ops.perform(text, work, Change.NOTES | Change.ACTIONS, running.meeting_id, initiator)
    return outcome.value if outcome else None


def edit_note(ops: Ops, meeting_id: str, note_id: str, body: str, initiator: object = None) -> bool:
    """A new version of the note's text; the earlier versions are kept."""
    return _new_note_version(ops, translate("LiveOps", "Edit note"), meeting_id, note_id, {"body": body}, initiator)


def set_note_confidentiality(ops: Ops, meeting_id: str, note_id: str, level: str, initiator: object = None) -> bool:
    """Public, internal or confidential, as decided when the minutes are reviewed; a new version of the note."""
    text = translate("LiveOps", "Change a note's confidentiality")
    return _new_note_version(ops, text, meeting_id, note_id, {"confidentiality": level}, initiator)


def _new_note_version(
    ops: Ops, text: str, meeting_id: str, note_id: str, changes: dict[str, Any], initiator: object
) -> bool:
    return ops.edit(text, notes.edit_note, Note, note_id, changes, Change.NOTES, meeting_id, initiator)


def update_balance_settings(ops: Ops, meeting_id: str, changes: dict[str, Any]) -> bool:
    """When the balance alerts fire and what each group is expected to have."""
    return ops.edit(
        translate("LiveOps", "Balance settings"),
        balance.update_settings,
        Meeting,
        meeting_id,
        changes,
        Change.MEETINGS,
        meeting_id,
    )
