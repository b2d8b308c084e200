"""A live session in which one person holds the floor until the process is killed (run by
test_live_crash.py).  It ticks as the live screen does, with a short heartbeat, and prints when the
floor was given and each heartbeat once it is committed."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from facilitator.core.db import Database
from facilitator.core.live import running
from facilitator.core.live.running import RunningMeeting

TICK = 0.05


def main(data_dir: str, meeting_id: str) -> None:
    running.HEARTBEAT_SECONDS = 0.2  # the app's is longer; the test would only wait longer
    db = Database.open(Path(data_dir))
    session = RunningMeeting(db, meeting_id)
    session.start()
    speaker = next(pid for pid, s in session.speakers.items() if not s.is_staff)
    turn = session.switch(speaker)
    print("floor", speaker, turn.start.isoformat(), flush=True)
    while True:
        before = session._heartbeat
        session.tick()
        if session._heartbeat != before:
            print("beat", session._heartbeat.isoformat(), flush=True)
        time.sleep(TICK)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
