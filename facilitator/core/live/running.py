"""A meeting being run from this laptop: what the live screen and the command line drive.

:class:`RunningMeeting` keeps the replayed timer and the floor in memory, writes every step in its
own transaction, measures time with :class:`MeetingClock`, and on restart rebuilds the current item and
the running turn from what is stored.

Time nobody was timing is credited to nobody.  While it times a meeting the app writes a heartbeat
every few seconds; when it stops timing (the window closes, another meeting is opened) it closes the
floor at that moment (:meth:`RunningMeeting.stop_timing`), and when it starts again after a crash it
closes the floor at the last heartbeat.  Either way the facilitator is then asked whether the speaker
goes on.  Ending the session (:meth:`RunningMeeting.end`) closes the timer and the floor and marks the
meeting closed.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import speaking
from facilitator.core.live.balance import Balance, BalanceTracker, Thresholds
from facilitator.core.live.speaking import Speaker, Turn
from facilitator.core.live.timer import PlannedItem, load_events, planned_items, replay
from facilitator.core.live.wall_clock import SLEEP_GAP_SECONDS, Gap, MeetingClock
from facilitator.core.models import LiveEvent, Meeting, SpeakingTurn
from facilitator.core.records import get_live
from facilitator.i18n import translate

DEFAULT_EXTENSION_MINUTES = 5
PIN_KEYS = 9
# How often a timed session says it is alive: after a crash, at most this much talk is lost.
HEARTBEAT_SECONDS = 5.0


def pins_key(meeting_id: str) -> str:
    return f"live/pins/{meeting_id}"


def heartbeat_key(meeting_id: str) -> str:
    return f"live/heartbeat/{meeting_id}"


class RunningMeeting:
    """One meeting being run from this laptop."""

    def __init__(
        self, db: Database, meeting_id: str, clock: MeetingClock | None = None, *, resume: bool = True
    ) -> None:
        """Rebuild the session from what is stored; with ``resume`` (the live screen) also check
        how long the app was away while someone had the floor.  Without it nothing is written."""
        self.db = db
        self.meeting_id = meeting_id
        self.clock = clock or MeetingClock()
        self.pending_gap: Gap | None = None
        self.paused_turn: Turn | None = None
        self._beat_at = self.clock.now()
        self.timing = resume  # the live screen times the floor; a reader (the command line) only looks
        self.reload()
        if resume:
            self._resume()

    # -- loading -----------------------------------------------------------------------------------

    def reload(self) -> None:
        """Rebuild everything from the stored facts (on open, and after a correction or a merge)."""
        with self.db.session() as session:
            meeting = get_live(session, Meeting, self.meeting_id)
            self.thresholds = Thresholds.of(meeting)
            self.timezone = meeting.timezone
        self.speakers: dict[str, Speaker] = speaking.load_roster(self.db, self.meeting_id)
        self.timer = replay(planned_items(self.db, self.meeting_id), load_events(self.db, self.meeting_id))
        self.turns: list[Turn] = speaking.load_turns(self.db, self.meeting_id)
        self.tracker = BalanceTracker(self.speakers, self.thresholds)
        self.tracker.rebuild(self.turns)
        stamp = self.db.get_local(heartbeat_key(self.meeting_id))
        self._heartbeat: datetime | None = datetime.fromisoformat(stamp) if stamp else None

    def _resume(self) -> None:
        """Start timing again: a voice still running was not timed since the app stopped (a crash, a kill),
        so it ends at the last heartbeat; a floor closed when the app stopped offers its speaker again."""
        turn = self.running_turn
        if turn is None:
            return
        now = self.clock.now()
        if turn.kind not in speaking.SILENT_KINDS:
            seen = self._last_seen_timing(turn)
            self._pause_floor(Gap(seen, max(0.0, (now - seen).total_seconds())))
        elif turn.kind == "pause" and self.timer.running and len(self.turns) > 1:
            before = self.turns[-2]
            if before.kind not in speaking.SILENT_KINDS and before.participation_id:
                self.pending_gap = Gap(turn.start, max(0.0, (now - turn.start).total_seconds()))
                self.paused_turn = before
        if self.timer.ended:
            self.pending_gap = None  # the session is over: nobody is offered the floor again
        self._beat_at = self.clock.now()

    def _last_seen_timing(self, turn: Turn) -> datetime:
        """When this laptop last knew the turn was still being timed (its heartbeat, or the turn's start)."""
        return max(self._heartbeat, turn.start) if self._heartbeat else turn.start

    def last_seen(self) -> datetime:
        """When this meeting was last known to be run: its latest heartbeat, timer step or switch."""
        moments = [self._heartbeat] if self._heartbeat else []
        moments += [turn.start for turn in self.turns[-1:]]
        moments += [moment for moment in (self.timer.last_step,) if moment]
        return max(moments, default=self.clock.now())

    def _seen_lately(self) -> bool:
        return (self.clock.now() - self.last_seen()).total_seconds() <= SLEEP_GAP_SECONDS

    # -- what the screen shows ---------------------------------------------------------------------

    @property
    def current_item(self) -> PlannedItem | None:
        return self.timer.current_item

    @property
    def running_turn(self) -> Turn | None:
        return self.tracker.running

    def now(self) -> datetime:
        return self.clock.now()

    def note_speaker(self) -> str | None:
        """Whom a note without ``@`` is about: the participant who has the floor (never staff, never
        silence), while the session is being run; a floor left open when the app stopped is nobody's."""
        turn = self.running_turn
        if turn is None or turn.kind in speaking.SILENT_KINDS or not (self.timing or self._seen_lately()):
            return None
        speaker = self.speakers.get(turn.participation_id or "")
        return None if speaker is None or speaker.is_staff else speaker.id

    def balance_instant(self) -> datetime:
        """The instant the balance is read at: now, or while paused the moment the clock stopped.

        A paused meeting's silence is not meeting time, so it must not pile up over a lunch break
        (or, for a meeting paused yesterday, over a night).  Talk timed during a pause still counts.
        """
        now = self.clock.now()
        turn = self.running_turn
        if not self.timing and turn is not None and turn.kind not in speaking.SILENT_KINDS:
            seen = self._last_seen_timing(turn)
            if (now - seen).total_seconds() > SLEEP_GAP_SECONDS:
                # Nobody has been timing this turn since then (the app was closed or crashed): read
                # from the command line, an abandoned turn must not keep growing.
                return seen
        stopped = self.timer.stopped_at
        if self.timer.running or stopped is None:
            return now
        if turn is not None and turn.kind not in speaking.SILENT_KINDS and turn.start >= stopped:
            return now
        return stopped

    def balance(self) -> Balance:
        """The balance now; during an item with a voice focus, its groups are expected to lead."""
        item = self.current_item
        return self.tracker.snapshot(self.balance_instant(), item.voice_groups if item else ())

    # -- the agenda timer --------------------------------------------------------------------------

    def _event(self, kind: str, item_id: str | None = None, minutes: int = 0, at: datetime | None = None) -> None:
        """One timer step in one transaction, with the switch that closes the floor if it needs one, and
        the meeting's status: live once it starts (again), closed when it ends."""
        at = at or self.clock.now()
        closing = None
        with self.db.session() as session:
            session.add(
                LiveEvent(meeting_id=self.meeting_id, agenda_item_id=item_id, kind=kind, at=at, minutes=minutes)
            )
            meeting = get_live(session, Meeting, self.meeting_id)
            if kind == "start":
                # A new item begins in silence: the talk before belongs to the item before.
                closing = self._closing_switch(at, item_id, "silence")
                if meeting.status != "live":
                    meeting.status = "live"
            elif kind in ("pause", "end"):
                closing = self._closing_switch(at, self._current_id(), "pause")
                if kind == "end":
                    meeting.status = "closed"
            if closing is not None:
                session.add(closing)
        if closing is not None:
            self._added(closing)
        self.timer.apply(kind, at, item_id, minutes)

    def _closing_switch(self, at: datetime, item_id: str | None, kind: str) -> SpeakingTurn | None:
        running = self.running_turn
        if running is None or (running.kind == kind and running.agenda_item_id == item_id):
            return None
        return speaking.new_switch(self.meeting_id, at, None, kind=kind, agenda_item_id=item_id)

    def _current_id(self) -> str | None:
        item = self.current_item
        return item.id if item else None

    def start(self) -> None:
        """Start the meeting at its first item, or resume the current item after a pause."""
        if not self.timer.items:
            raise UserError(translate("Live", "This meeting has no agenda items to run."))
        if self.timer.running:
            return
        self._event("start", self.timer.items[self.timer.current or 0].id)

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.timer.items):
            raise UserError(translate("Live", "There is no agenda item there."))
        self._event("start", self.timer.items[index].id)

    def next(self) -> None:
        if self.timer.current is None:
            self.start()
        elif self.timer.current + 1 >= len(self.timer.items):
            raise UserError(translate("Live", "This is the last agenda item; end the session instead."))
        else:
            self.go_to(self.timer.current + 1)

    def previous(self) -> None:
        if not self.timer.current:
            raise UserError(translate("Live", "This is the first agenda item."))
        self.go_to(self.timer.current - 1)

    def pause(self) -> None:
        if self.timer.running:
            self._event("pause")

    def extend(self, minutes: int = DEFAULT_EXTENSION_MINUTES) -> None:
        self._refuse_once_ended()
        item = self.current_item
        if item is None:
            raise UserError(translate("Live", "Start the session before extending an item."))
        if not 1 <= minutes <= 240:
            raise UserError(translate("Live", "Extend by 1 to 240 minutes."))
        self._event("extend", item.id, minutes)

    @property
    def ended(self) -> bool:
        return self.timer.ended

    def _close_floor_once_ended(self) -> None:
        """A turn that runs after the end (given on a laptop that had not heard of it, and merged here)
        stops now: nothing can be pressed to stop it once the session has ended."""
        turn = self.running_turn
        if self.timer.ended and turn is not None and turn.kind not in speaking.SILENT_KINDS:
            self._pause_floor(Gap(self.clock.now(), 0.0))
            self.pending_gap = None  # nothing to ask: the session is over

    def _refuse_once_ended(self) -> None:
        """After the end nothing times a speaker or an item: the figures and the issued minutes stand."""
        if self.timer.ended:
            raise UserError(translate("Live", "The session has ended. Start it again (F5) to time speakers or items."))

    def end(self) -> datetime:
        """End the session: the item clock stops, the floor closes and the meeting is marked closed.

        Ended from the command line while no window runs it, the session ends when it was last seen
        running, so the hours since are credited to no item and no speaker.  Returns when it ended."""
        if self.timer.current is None:
            raise UserError(translate("Live", "This meeting's session has not started, so it cannot end."))
        if self.timer.ended:
            raise UserError(translate("Live", "This meeting's session has already ended."))
        at = self.clock.now() if self.timing or self._seen_lately() else self.last_seen()
        self._event("end", at=at)
        self.pending_gap = None
        return at

    # -- the floor ---------------------------------------------------------------------------------

    def switch(self, participation_id: str | None, *, kind: str = "speech", interruption: bool = False) -> Turn:
        """Give the floor to a participant (None: silence); the previous turn ends now."""
        self._refuse_once_ended()
        if participation_id is not None and participation_id not in self.speakers:
            raise UserError(translate("Live", "This person is not a participant of the meeting."))
        speaker = self.speakers.get(participation_id or "")
        if kind == "interpretation" and speaker is None:
            raise UserError(translate("Live", "Choose whose words are being interpreted."))
        kind = kind if speaker is not None else "silence"
        row = speaking.record_switch(
            self.db,
            self.meeting_id,
            self.clock.now(),
            participation_id,
            group=speaker.group if speaker else "",
            kind=kind,
            agenda_item_id=self._current_id(),
            via_interpreter=bool(speaker and speaker.interpretation_language) and kind == "speech",
            procedural=bool(speaker and speaker.is_staff),
            interruption=interruption,
        )
        return self._added(row)

    def interpret(self) -> Turn:
        """The interpreter now renders the words of whoever spoke last."""
        self._refuse_once_ended()
        turn = self.running_turn
        if turn is None or turn.participation_id is None:
            raise UserError(translate("Live", "Nobody has spoken yet whose words could be interpreted."))
        return self.switch(turn.participation_id, kind="interpretation")

    def silence(self) -> Turn:
        return self.switch(None)

    def _added(self, row: SpeakingTurn) -> Turn:
        turn = speaking.as_turn(row)
        self.turns.append(turn)
        self.tracker.add(turn)
        return turn

    def undo_switch(self) -> str:
        """Take back the last switch: the turn before it runs on.  Returns the voided switch id."""
        self._refuse_once_ended()  # the last switch is the end's: taking it back would run the floor on
        if not self.turns:
            raise UserError(translate("Live", "There is no speaker switch to take back."))
        last = self.turns[-1].id
        self.void_switch(last)
        return last

    def void_switch(self, turn_id: str) -> None:
        speaking.correct(self.db, self.meeting_id, turn_id, "void")
        self._refresh_turns()

    def restore_switch(self, turn_id: str) -> None:
        speaking.correct(self.db, self.meeting_id, turn_id, "restore")
        self._refresh_turns()

    def move_start(self, seconds: float) -> None:
        """Move the running turn's start by ``seconds`` (negative: earlier), within its neighbours."""
        self._refuse_once_ended()
        if not self.turns:
            raise UserError(translate("Live", "There is no turn to adjust."))
        last = self.turns[-1]
        moved = last.start + timedelta(seconds=seconds)
        floor = self.turns[-2].start if len(self.turns) > 1 else None
        if (floor is not None and moved <= floor) or moved >= self.clock.now():
            raise UserError(translate("Live", "A turn cannot start before the previous one or in the future."))
        speaking.correct(self.db, self.meeting_id, last.id, "move", moved)
        self._refresh_turns()

    def _refresh_turns(self) -> None:
        self.turns = speaking.load_turns(self.db, self.meeting_id)
        self.tracker.rebuild(self.turns)

    # -- sleep, crashes and restarts ---------------------------------------------------------------

    def tick(self) -> Gap | None:
        """Called about once a second: detects a sleep and stops the floor at its start, and says now and
        then that the session is alive."""
        gap = self.clock.tick()
        if gap is not None:
            self.clock.rebase()
            self._pause_floor(gap)
        self._close_floor_once_ended()
        turn = self.running_turn
        timed = self.timer.running or (turn is not None and turn.kind not in speaking.SILENT_KINDS)
        if timed and (self.clock.now() - self._beat_at).total_seconds() >= HEARTBEAT_SECONDS:
            self.heartbeat()
        return self.pending_gap

    def stop_timing(self) -> None:
        """The app stops timing this meeting (the window closes, another meeting is opened): the floor
        closes now, so nobody is credited until it runs again; the agenda clock goes on."""
        turn = self.running_turn
        if turn is not None and turn.kind not in speaking.SILENT_KINDS:
            self._pause_floor(Gap(self.clock.now(), 0.0))
        self.heartbeat()

    def _pause_floor(self, gap: Gap) -> None:
        """Close the floor where the gap began: the unseen time is counted for nobody."""
        turn = self.running_turn
        if turn is not None and turn.kind not in speaking.SILENT_KINDS:
            with self.db.session() as session:
                row = speaking.new_switch(
                    self.meeting_id, max(gap.began, turn.start), None, kind="pause", agenda_item_id=turn.agenda_item_id
                )
                session.add(row)
            self._added(row)
            self.pending_gap = gap
            self.paused_turn = turn

    def resolve_gap(self, resume_speaker: bool) -> None:
        """The facilitator answered: the speaker who had the floor before the gap goes on, or silence."""
        gap, self.pending_gap = self.pending_gap, None
        if gap is None:
            return
        if resume_speaker and self.paused_turn and self.paused_turn.participation_id:
            self.switch(self.paused_turn.participation_id, kind=self.paused_turn.kind)
        elif self.timer.running:
            self.silence()

    # -- pinned speakers (this laptop's choice, never synced) -------------------------------------------

    def pins(self) -> dict[int, str]:
        """Number key -> participation id, as pinned on this laptop."""
        raw = self.db.get_local(pins_key(self.meeting_id))
        return {int(number): pid for number, pid in json.loads(raw).items()} if raw else {}

    def pin(self, number: int, participation_id: str) -> dict[int, str]:
        """Put a participant on a number key (1 to 9); whoever had that key loses it."""
        if not 1 <= number <= PIN_KEYS or participation_id not in self.speakers:
            raise UserError(translate("Live", "Pin a participant of this meeting to a key from 1 to 9."))
        pins = {n: pid for n, pid in self.pins().items() if pid != participation_id}
        pins[number] = participation_id
        self.db.set_local(pins_key(self.meeting_id), json.dumps(pins))
        return pins

    def heartbeat(self) -> None:
        """Remember that the session was alive now, so a restart can tell how long it was away."""
        self._heartbeat = self._beat_at = self.clock.now()
        self.db.set_local(heartbeat_key(self.meeting_id), self._heartbeat.isoformat())
