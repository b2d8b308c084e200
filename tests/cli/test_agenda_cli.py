"""The agenda as the command line prints it."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from tests.cli.invoke import run


def test_times_past_midnight_keep_counting_under_their_day_as_in_the_window_and_the_pdf(demo_dir: Path) -> None:
    """An item that ran past midnight printed 09:50-01:50, as if it ended before it began."""
    db = Database.open(demo_dir)
    debrief = next(item for item in agenda.items(db, MEETING_ID) if item.title == "What we saw on the site visits")
    agenda.update(db, debrief.id, planned_minutes=480)  # 960 min with consecutive interpretation
    db.close()
    printed = run("agenda", MEETING_ID[:4], data_dir=demo_dir).stdout
    assert "  09:50-25:50  " in printed and "01:50" not in printed
