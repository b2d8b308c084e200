"""A live session that keeps recording until it is killed (run by test_live_crash.py).

It prints one line per step, only after the step's transaction has committed, so every line the
parent reads names an event that must survive a SIGKILL.  It opens the database only when the parent
says "go" on stdin (so the parent can start it while the previous child still runs), then prints
what it resumed.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.live.running import RunningMeeting


def main(data_dir: str, meeting_id: str, seed: int) -> None:
    if sys.stdin.readline().strip() != "go":
        return  # the parent went away before this child's turn
    db = Database.open(Path(data_dir))
    session = RunningMeeting(db, meeting_id)
    item = session.current_item.id if session.current_item else "-"
    # A voice still running at the kill was closed at its last heartbeat: report the turn that was stored.
    stored = session.paused_turn or session.running_turn
    turn = stored.id if stored else "-"
    print("resumed", item, turn, flush=True)
    if not session.timer.running:
        session.start()
    speakers = list(session.speakers)
    rng = random.Random(seed)
    step = 0
    while True:
        roll = rng.random()
        if roll < 0.6:
            print("turn", session.switch(rng.choice(speakers)).id, flush=True)
        elif roll < 0.7:
            print("turn", session.silence().id, flush=True)
        elif roll < 0.85:
            parsed = notes.parse(f"c: point {step}", session.speakers)
            note = notes.add_note(db, meeting_id, parsed, session.current_item.id if session.current_item else None)
            print("note", note.id, flush=True)
        elif roll < 0.9:
            try:
                session.next()
            except UserError:
                session.go_to(0)
            print("item", session.current_item.id if session.current_item else "-", flush=True)
        else:
            notes.save_draft(db, meeting_id, f"draft {step}")
            print("draft", f"draft {step}", flush=True)
        step += 1


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
