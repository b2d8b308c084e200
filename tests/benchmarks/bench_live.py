"""Live session speed: a durable speaker switch, a balance refresh, and the idle screen's CPU use.

- A speaker switch through the live session (ORM, one transaction, fsync) with 20,000 turns stored,
  against a raw sqlite3 INSERT + COMMIT on the same file with the same pragmas (WAL, synchronous=FULL).
- A balance refresh (one new switch folded in, then a snapshot) for 200 participants and 20,000 turns.
- The Live screen left alone for 60 s with a speaker running: process CPU time over wall time.
"""

from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from figures import Figure

from facilitator.core import positions
from facilitator.core.db import Database
from facilitator.core.demo.seed import seed_demo
from facilitator.core.live.balance import BalanceTracker
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.speaking import Speaker, Turn
from facilitator.core.models import AgendaItem, Meeting, Participation, Person, SpeakingTurn, new_id

TURNS = 20_000
PARTICIPANTS = 200
SWITCHES = 300
REFRESHES = 2_000
IDLE_SECONDS = 60.0
GROUPS = ("BIZ_BUYER", "BIZ_SUPPLIER_MGMT", "RH_WORKER", "RH_WOMEN_WORKER", "REP_UNION", "CSO_LOCAL", "DB_GOVERNMENT")
T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def _meeting_with_history(db: Database) -> tuple[str, list[str]]:
    with db.session() as session:
        meeting = Meeting(title="Benchmark", starts_at=T0, ends_at=T0 + timedelta(hours=8))
        session.add(meeting)
        session.flush()
        participation_ids = []
        for index in range(PARTICIPANTS):
            person = Person(name=f"Person {index:03d}", stakeholder_group=GROUPS[index % len(GROUPS)])
            session.add(person)
            session.flush()
            participation = Participation(meeting_id=meeting.id, person_id=person.id, status="attended")
            session.add(participation)
            participation_ids.append(participation.id)
        session.add(AgendaItem(meeting_id=meeting.id, position=positions.key_between(None, None), title="Debate"))
        session.flush()
        for index in range(TURNS):
            pid = participation_ids[(index * 7) % PARTICIPANTS]
            session.add(
                SpeakingTurn(
                    meeting_id=meeting.id,
                    participation_id=pid,
                    stakeholder_group=GROUPS[participation_ids.index(pid) % len(GROUPS)],
                    started_at=T0 - timedelta(seconds=(TURNS - index) * 20),
                )
            )
        return meeting.id, participation_ids


def _switch_figures(directory: Path) -> list[Figure]:
    db = Database.open(directory)
    meeting_id, participation_ids = _meeting_with_history(db)
    session = RunningMeeting(db, meeting_id)
    session.start()
    durations = []
    for index in range(SWITCHES):
        began = time.perf_counter()
        session.switch(participation_ids[index % PARTICIPANTS])
        durations.append((time.perf_counter() - began) * 1000)
    db.close()

    raw = sqlite3.connect(directory / "facilitator.sqlite3", isolation_level=None)
    raw.execute("PRAGMA journal_mode=WAL")
    raw.execute("PRAGMA synchronous=FULL")
    raw_durations = []
    for index in range(SWITCHES):
        began = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute(
            "INSERT INTO speaking_turn (id, meeting_id, participation_id, stakeholder_group, kind, started_at,"
            " via_interpreter, procedural, interruption, created_at, updated_hlc, origin, deleted)"
            " VALUES (?, ?, ?, 'BIZ_BUYER', 'speech', ?, 0, 0, 0, ?, '', '', 0)",
            (new_id(), meeting_id, participation_ids[index % PARTICIPANTS], f"2026-01-02T09:{index:06d}Z", ""),
        )
        raw.execute("COMMIT")
        raw_durations.append((time.perf_counter() - began) * 1000)
    raw.close()
    median, raw_median = statistics.median(durations), statistics.median(raw_durations)
    return [
        Figure("live.switch_median_20k_turns", median, "ms", ""),
        Figure("live.switch_p99_20k_turns", percentile(durations, 0.99), "ms", "<=16"),
        Figure("live.raw_sqlite_insert_commit_median", raw_median, "ms", ""),
        Figure("live.raw_sqlite_insert_commit_p99", percentile(raw_durations, 0.99), "ms", ""),
        Figure("live.switch_vs_raw_median_ratio", median / raw_median, "x", "<=2"),
    ]


def _refresh_figures() -> list[Figure]:
    speakers = {
        f"p{i}": Speaker(f"p{i}", f"Person {i}", GROUPS[i % len(GROUPS)], "participant", "named", "", True)
        for i in range(PARTICIPANTS)
    }
    tracker = BalanceTracker(speakers)
    turns = [
        Turn(f"t{i}", f"p{(i * 7) % PARTICIPANTS}", GROUPS[((i * 7) % PARTICIPANTS) % len(GROUPS)], "speech",
             T0 + timedelta(seconds=20 * i), None, "item")
        for i in range(TURNS)
    ]  # fmt: skip
    tracker.rebuild(turns)
    durations = []
    for index in range(REFRESHES):
        start = T0 + timedelta(seconds=20 * (TURNS + index))
        pid = f"p{(index * 13) % PARTICIPANTS}"
        turn = Turn(f"n{index}", pid, speakers[pid].group, "speech", start, None, "item")
        began = time.perf_counter()
        tracker.add(turn)
        tracker.snapshot(start + timedelta(seconds=5))
        durations.append((time.perf_counter() - began) * 1000)
    return [
        Figure("live.balance_refresh_200p_20k_median", statistics.median(durations), "ms", "<=2"),
        Figure("live.balance_refresh_200p_20k_p99", percentile(durations, 0.99), "ms", ""),
    ]


def _idle_cpu_figure(directory: Path) -> Figure:
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitator.ui.live.section import LiveSection
    from facilitator.ui.ops import Ops

    app = QApplication.instance() or QApplication([])
    db = Database.open(directory)
    meeting_id = seed_demo(db)
    section = LiveSection(Ops(db))
    section.resize(1500, 950)
    section.set_meeting(meeting_id)
    section.show()
    section.start()
    section.pinned(1, interruption=False)  # a speaker is running: labels change every second
    app.processEvents()
    loop = QEventLoop()
    QTimer.singleShot(int(IDLE_SECONDS * 1000), loop.quit)
    cpu, wall = time.process_time(), time.perf_counter()
    loop.exec()
    share = (time.process_time() - cpu) / (time.perf_counter() - wall) * 100
    section.timer.stop()
    section.close()
    db.close()
    return Figure("live.idle_screen_cpu_60s", share, "%_of_a_core", "<=1")


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as tmp:
        figures = _switch_figures(Path(tmp) / "switch")
        figures += _refresh_figures()
        figures.append(_idle_cpu_figure(Path(tmp) / "idle"))
    return figures
