"""A live session in which one person holds the floor until the process is killed (run by
test_live_crash.py in a child, see tests.core.children).  It ticks as the live screen does, with a short
heartbeat, and reports when the floor was given and each heartbeat once it is committed."""

from __future__ import annotations

import time
from multiprocessing.connection import Connection
from pathlib import Path

from facilitator.core.db import Database
from facilitator.core.live import running
from facilitator.core.live.running import RunningMeeting
from tests.core.children import ReportingChild

TICK = 0.05


def hold_floor(data_dir: str, meeting_id: str, report: Connection) -> None:
    running.HEARTBEAT_SECONDS = 0.2  # the app's is longer; the test would only wait longer
    db = Database.open(Path(data_dir))
    session = RunningMeeting(db, meeting_id)
    session.start()
    speaker = next(pid for pid, s in session.speakers.items() if not s.is_staff)
    turn = session.switch(speaker)
    report.send_bytes(f"floor {speaker} {turn.start.isoformat()}".encode())
    while True:
        before = session._heartbeat
        session.tick()
        if session._heartbeat != before:
            report.send_bytes(f"beat {session._heartbeat.isoformat()}".encode())
        time.sleep(TICK)


def floor_holder(data_dir: Path, meeting_id: str) -> ReportingChild:
    return ReportingChild(hold_floor, str(data_dir), meeting_id)
