"""The participants' calendar file, checked by parsing it back as RFC 5545 says a reader must."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.export import ics


def unfold(data: bytes) -> list[str]:
    text = data.decode("utf-8")
    assert "\n" not in text.replace("\r\n", ""), "every line ends in CRLF"
    return text.replace("\r\n ", "").replace("\r\n\t", "").split("\r\n")[:-1]


def unescape(value: str) -> str:
    out, chars = [], iter(value)
    for char in chars:
        if char == "\\":
            following = next(chars)
            out.append("\n" if following in "nN" else following)
        else:
            out.append(char)
    return "".join(out)


def parse(data: bytes) -> list[dict[str, str]]:
    """Events as dicts of property name to unescaped value; checks nesting on the way."""
    events, stack, current = [], [], {}
    for line in unfold(data):
        name, _, value = line.partition(":")
        name = name.split(";")[0]
        if name == "BEGIN":
            stack.append(value)
            current = {}
        elif name == "END":
            assert stack.pop() == value
            if value == "VEVENT":
                events.append(current)
        else:
            current[name] = unescape(value)
    assert stack == []
    return events


def at(value: str) -> datetime:
    return datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)


def test_the_calendar_parses_back_to_the_agenda(demo_db: Database, tmp_path: Path) -> None:
    agenda.update(demo_db, demo_id("agenda/0"), title="स्वागत; welcome, all\\ of you", purpose="Line one\nLine two")
    data = ics.export(demo_db, MEETING_ID, tmp_path / "agenda.ics").read_bytes()
    assert all(len(line.encode()) <= 75 for line in data.decode().split("\r\n"))
    events = parse(data)
    loaded = agenda.load(demo_db, MEETING_ID)
    slots = loaded.timing.by_id()
    assert [e["SUMMARY"] for e in events] == [item.title for item in loaded.items]
    assert events[0]["SUMMARY"] == "स्वागत; welcome, all\\ of you"
    assert "Line one\nLine two" in events[0]["DESCRIPTION"]
    for event, item in zip(events, loaded.items, strict=True):
        assert at(event["DTSTART"]) == loaded.timing.start_of(slots[item.id])
        assert at(event["DTEND"]) == loaded.timing.end_of(slots[item.id])
        assert event["UID"] == f"{item.id}@facilitator"
        assert {"DTSTAMP", "LOCATION"} <= set(event)


def test_facilitators_notes_stay_out_of_the_calendar(demo_db: Database, tmp_path: Path) -> None:
    agenda.update(demo_db, demo_id("agenda/4"), facilitator_notes="Seat the union secretary away from quarry owners")
    data = ics.export(demo_db, MEETING_ID, tmp_path / "agenda.ics").read_bytes()
    assert "union secretary" not in "".join(unfold(data))


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=300))
def test_folding_and_escaping_round_trip_any_text(text: str) -> None:
    line = "SUMMARY:" + ics.escape_text(text)
    folded = ics.fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert unescape(unfold((folded + "\r\n").encode())[0].removeprefix("SUMMARY:")) == text
