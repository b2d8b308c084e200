"""``facilitator agenda`` on the command line: JSON with times, and the two files."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from facilitator.cli import main
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID


def test_json_lists_every_item_with_start_and_end(demo_db: Database, data_dir: Path, capsys) -> None:
    demo_db.close()
    assert main(["--data-dir", str(data_dir), "agenda", MEETING_ID[:8], "--json"]) == 0
    listing = json.loads(capsys.readouterr().out)
    items = listing["items"]
    assert len(items) == 11
    assert (items[0]["start"], items[0]["end"]) == ("2023-10-27T09:00:00+05:30", "2023-10-27T09:20:00+05:30")
    assert all(a["end"] <= b["start"] for a, b in itertools.pairwise(items))
    assert (items[5]["end"], items[6]["start"]) == ("2023-10-27T13:25:00+05:30", "2023-10-27T13:30:00+05:30")
    assert listing["warnings"] == []  # the demo day fits, interpretation included
    assert listing["days"] == [
        {"day": 1, "date": "2023-10-27", "starts": "2023-10-27T09:00:00+05:30", "ends": "2023-10-27T17:30:00+05:30"}
    ]


def test_pdf_and_ics_are_written(demo_db: Database, data_dir: Path, tmp_path: Path) -> None:
    demo_db.close()
    pdf, calendar = tmp_path / "agenda.pdf", tmp_path / "agenda.ics"
    assert main(["--data-dir", str(data_dir), "agenda", MEETING_ID, "--pdf", str(pdf), "--ics", str(calendar)]) == 0
    assert pdf.read_bytes().startswith(b"%PDF")
    assert calendar.read_bytes().startswith(b"BEGIN:VCALENDAR\r\n")


@pytest.mark.parametrize("reference", ["zz", ""])
def test_an_unknown_meeting_is_one_plain_line(demo_db: Database, data_dir: Path, reference: str, capsys) -> None:
    demo_db.close()
    assert main(["--data-dir", str(data_dir), "agenda", reference]) == 2
    error = capsys.readouterr().err
    assert error.startswith("facilitator: ") and error.count("\n") == 1


def test_times_past_midnight_keep_counting_under_their_day_as_in_the_window_and_the_pdf(
    demo_db: Database, data_dir: Path, capsys
) -> None:
    """An item that ran past midnight printed 09:50-01:50, as if it ended before it began."""
    from facilitator.core.agenda import items as agenda

    debrief = next(i for i in agenda.items(demo_db, MEETING_ID) if i.title == "What we saw on the site visits")
    agenda.update(demo_db, debrief.id, planned_minutes=480)  # 960 min with consecutive interpretation
    demo_db.close()
    assert main(["--data-dir", str(data_dir), "agenda", MEETING_ID[:8]]) == 0
    printed = capsys.readouterr().out
    assert "  09:50-25:50  " in printed and "01:50" not in printed
