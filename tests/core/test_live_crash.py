"""Kill -9 in the middle of a meeting: nothing committed is lost and the session resumes as it was."""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import select

from facilitator import paths
from facilitator.core.db import Database
from facilitator.core.live import notes
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.wall_clock import MeetingClock
from facilitator.core.models import Note, SpeakingTurn
from tests.core.live_crash_child import Recorder
from tests.core.live_floor_child import floor_holder
from tests.core.live_helpers import small_meeting

ROUNDS = 6


def stored_state(data_dir: Path, meeting_id: str) -> tuple[str, str]:
    db = Database.open(data_dir)
    session = RunningMeeting(db, meeting_id, resume=False)
    state = (
        session.current_item.id if session.current_item else "-",
        session.running_turn.id if session.running_turn else "-",
    )
    db.close()
    return state


def test_sigkill_at_random_moments_loses_no_committed_event(data_dir: Path) -> None:
    db = Database.open(data_dir)
    meeting_id = small_meeting(db)
    db.close()
    rng = random.Random(5)
    reported: dict[str, set[str]] = {"turn": set(), "note": set()}
    last_draft = ""
    expected_resume: tuple[str, str] | None = None
    for round_ in range(ROUNDS):
        child = Recorder(data_dir, meeting_id, round_)
        first = child.next().split()
        assert first[0] == "resumed", first
        if expected_resume is not None:
            assert tuple(first[1:]) == expected_resume  # the current item and the running turn, as stored
        # Dozens to a hundred and more commits, then the kill lands in whichever step the child is in.
        committed = [child.next() for _ in range(rng.randrange(20, 160))]
        for line in committed + child.kill():
            kind, value = line.split(" ", 1)
            if kind in reported:
                reported[kind].add(value)
            elif kind == "draft":
                last_draft = value
        expected_resume = stored_state(data_dir, meeting_id)

    db = Database.open(data_dir)
    with db.session() as session:
        turns = set(session.scalars(select(SpeakingTurn.id)))
        stored_notes = set(session.scalars(select(Note.id)))
    assert len(reported["turn"]) > 20 and reported["note"]
    assert reported["turn"] <= turns
    assert reported["note"] <= stored_notes
    if last_draft:
        draft = notes.load_draft(db, meeting_id)
        # the last reported draft, or a later draft or an emptied line written before the kill
        assert draft == "" or int(draft.split()[1]) >= int(last_draft.split()[1])
    db.close()
    with sqlite3.connect(paths.database_path(data_dir)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_time_after_a_kill_is_credited_to_nobody(data_dir: Path) -> None:
    """Someone has the floor, the app is killed, and started again a while later: the turn ends at the
    last heartbeat, and the time the app was not running is nobody's."""
    db = Database.open(data_dir)
    meeting_id = small_meeting(db)
    db.close()
    child = floor_holder(data_dir, meeting_id)
    _, speaker, started = child.next().split()
    beats = [child.next().split()[1] for _ in range(4)]
    child.kill()
    killed = datetime.now(UTC)  # after the child died
    assert child.killed
    # The app is started again 1.5 s later, and runs 0.5 s more: its clock reads that much later than now.
    away = [1.5]
    later = MeetingClock(wall=lambda: time.time() + away[0], mono=lambda: time.monotonic() + away[0])
    db = Database.open(data_dir)
    session = RunningMeeting(db, meeting_id, clock=later)
    held = next(p.seconds for p in session.balance().people if p.id == speaker)
    start = datetime.fromisoformat(started)
    assert (datetime.fromisoformat(beats[-1]) - start).total_seconds() <= held
    assert held <= (killed - start).total_seconds()
    assert session.pending_gap is not None and session.pending_gap.seconds >= 1.5
    away[0] += 0.5
    assert next(p.seconds for p in session.balance().people if p.id == speaker) == held
    db.close()
