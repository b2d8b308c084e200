"""``facilitator end-session``: a session ends from the command line as from the Live screen."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.core.demo.roundtable import MEETING_ID
from tests.cli.invoke import assert_plain_error, run


def test_ending_the_demo_session_closes_the_meeting_where_it_was_last_run(demo_dir: Path) -> None:
    before = json.loads(run("stats", MEETING_ID[:8], "--json", data_dir=demo_dir).stdout)
    ended = run("end-session", MEETING_ID[:8], data_dir=demo_dir)
    assert ended.returncode == 0, ended.stderr
    # The demo was paused for the tea break at 11:40 in Kota, years ago: it ends there, not today.
    assert "ended at 11:40:00" in ended.stdout and "closed" in ended.stdout
    meeting = json.loads(run("meeting", MEETING_ID[:8], "--json", data_dir=demo_dir).stdout)
    assert meeting["status"] == "closed"
    after = json.loads(run("stats", MEETING_ID[:8], "--json", data_dir=demo_dir).stdout)
    assert after["talk_seconds"] == before["talk_seconds"]
    assert [i["actual_minutes"] for i in after["items"]] == [i["actual_minutes"] for i in before["items"]]
    assert_plain_error(run("end-session", MEETING_ID[:8], data_dir=demo_dir), "already ended")


def test_a_meeting_never_run_cannot_end(demo_dir: Path) -> None:
    from facilitator.core import meetings
    from facilitator.core.db import Database

    db = Database.open(demo_dir)
    other = meetings.duplicate(db, MEETING_ID).id
    db.close()
    assert_plain_error(run("end-session", other[:8], data_dir=demo_dir), "has not started")
