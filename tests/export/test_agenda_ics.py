"""The participants' calendar file, read back with ``icalendar`` as a calendar program would read it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.export import ics


def read(data: bytes) -> Calendar:
    """The file as a reader sees it; every line ends in CRLF and is at most 75 octets long."""
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    return Calendar.from_ical(data)


def test_the_calendar_reads_back_as_the_agenda(demo_db: Database, tmp_path: Path) -> None:
    agenda.update(demo_db, demo_id("agenda/0"), title="स्वागत; welcome, all\\ of you", purpose="Line one\nLine two")
    document = read(ics.export(demo_db, MEETING_ID, tmp_path / "agenda.ics").read_bytes())
    loaded = agenda.load(demo_db, MEETING_ID)
    slots = loaded.timing.by_id()
    assert str(document["PRODID"]) == ics.PRODID and str(document["X-WR-CALNAME"]) == loaded.meeting.title
    item_uids = {f"{item.id}@facilitator" for item in loaded.items}
    events = [e for e in document.walk("VEVENT") if str(e["UID"]) in item_uids]  # the site visits are events too
    assert [str(e["SUMMARY"]) for e in events] == [item.title for item in loaded.items]
    assert str(events[0]["SUMMARY"]) == "स्वागत; welcome, all\\ of you"
    assert "Line one\nLine two" in str(events[0]["DESCRIPTION"])
    for event, item in zip(events, loaded.items, strict=True):
        start, end = event.decoded("DTSTART"), event.decoded("DTEND")
        assert start.tzinfo is not None and start.utcoffset().total_seconds() == 0  # UTC, for any reader
        assert start == loaded.timing.start_of(slots[item.id])
        assert end == loaded.timing.end_of(slots[item.id])
        assert str(event["UID"]) == f"{item.id}@facilitator"
        assert str(event["LOCATION"]) == f"{loaded.meeting.venue}, {loaded.meeting.city}"
        assert event.decoded("DTSTAMP").tzinfo is not None
        assert str(event["TRANSP"]) == ("TRANSPARENT" if item.kind in ("break", "meal") else "OPAQUE")
        assert loaded.meeting.title in str(event["DESCRIPTION"])


def test_facilitators_notes_stay_out_of_the_calendar(demo_db: Database, tmp_path: Path) -> None:
    agenda.update(demo_db, demo_id("agenda/4"), facilitator_notes="Seat the union secretary away from quarry owners")
    document = read(ics.export(demo_db, MEETING_ID, tmp_path / "agenda.ics").read_bytes())
    assert "union secretary" not in str(document.to_ical(), "utf-8")


def test_any_title_and_purpose_read_back_unchanged(demo_db: Database) -> None:
    loaded = agenda.load(demo_db, MEETING_ID)
    item = loaded.items[0]
    moment = datetime(2023, 10, 1, tzinfo=UTC)

    @settings(max_examples=60, deadline=None)
    @given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=300))
    @example("C:\\Notes, room 2; floor 1")  # a backslash before N was written as a line break
    @example("\\N")
    def round_trip(text: str) -> None:
        item.title, item.purpose = text, text
        [event, *_] = read(ics.calendar(loaded, {}, str, now=moment)).walk("VEVENT")  # the text as typed
        assert str(event["SUMMARY"]) == text
        assert text in str(event["DESCRIPTION"]).split("\n")

    round_trip()
