"""A live session that keeps recording in a child process until it is killed (the crash tests).

The child reports one line per step, only after the step's transaction has committed, so every line the
parent receives names an event that must survive a SIGKILL; its first line is what it resumed.
"""

from __future__ import annotations

import random
from multiprocessing.connection import Connection
from pathlib import Path

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.live.running import RunningMeeting
from tests.core.children import ReportingChild


def record(data_dir: str, meeting_id: str, seed: int, report: Connection) -> None:
    def say(*words: str) -> None:
        report.send_bytes(" ".join(words).encode())

    db = Database.open(Path(data_dir))
    session = RunningMeeting(db, meeting_id)
    item = session.current_item.id if session.current_item else "-"
    # A voice still running at the kill was closed at its last heartbeat: report the turn that was stored.
    stored = session.paused_turn or session.running_turn
    turn = stored.id if stored else "-"
    say("resumed", item, turn)
    if not session.timer.running:
        session.start()
    speakers = list(session.speakers)
    rng = random.Random(seed)
    step = 0
    while True:
        roll = rng.random()
        if roll < 0.6:
            say("turn", session.switch(rng.choice(speakers)).id)
        elif roll < 0.7:
            say("turn", session.silence().id)
        elif roll < 0.85:
            parsed = notes.parse(f"c: point {step}", session.speakers)
            note = notes.add_note(db, meeting_id, parsed, session.current_item.id if session.current_item else None)
            say("note", note.id)
        elif roll < 0.9:
            try:
                session.next()
            except UserError:
                session.go_to(0)
            say("item", session.current_item.id if session.current_item else "-")
        else:
            notes.save_draft(db, meeting_id, f"draft {step}")
            say("draft", f"draft {step}")
        step += 1


class Recorder(ReportingChild):
    """One recording child: read what it reported, then kill it with SIGKILL."""

    def __init__(self, data_dir: Path, meeting_id: str, seed: int) -> None:
        super().__init__(record, str(data_dir), meeting_id, seed)

    def kill(self) -> list[str]:
        lines = super().kill()
        assert self.killed, "the child ended by itself"
        return lines
