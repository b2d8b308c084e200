"""An iCalendar (.ics) file of the agenda for participants, written by hand after RFC 5545.

One event per agenda item, with times in UTC (every calendar converts them to its user's zone, and
no VTIMEZONE block is needed).  Text is escaped (section 3.3.11) and lines are folded at 75 octets
without splitting a UTF-8 character (section 3.1).  Facilitator's notes are never included.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from facilitator.core.agenda import items as agenda_core
from facilitator.core.agenda import presenters as agenda_presenters
from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import interpretation_label, kind_label
from facilitator.core.agenda.timing import Slot
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import AgendaItem, utcnow
from facilitator.i18n import translate

LINE_OCTETS = 75
PRODID = "-//Facilitator//Agenda//EN"


def escape_text(value: str) -> str:
    """A TEXT value: backslash, semicolon, comma and line breaks escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line split into chunks of at most 75 octets, continued with CRLF and one space."""
    chunks: list[str] = []
    current, size, limit = [], 0, LINE_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            chunks.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1  # the leading space counts
        current.append(char)
        size += width
    chunks.append("".join(current))
    return "\r\n ".join(chunks)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def _event(agenda: Agenda, item: AgendaItem, slot: Slot, presenter: str, now: datetime) -> Iterator[str]:
    meeting = agenda.meeting
    lines = [kind_label(item.kind)]
    if item.purpose:
        lines.append(item.purpose)
    if presenter:
        lines.append(translate("AgendaCalendar", "Led by: {0}").format(presenter))
    if item.interpretation != "none":
        lines.append(
            translate("AgendaCalendar", "Interpretation: {0}").format(interpretation_label(item.interpretation))
        )
    if item.track:
        lines.append(translate("AgendaCalendar", "Parallel group: {0}").format(item.track))
    lines.append(meeting.title)
    location = ", ".join(part for part in (meeting.venue, meeting.city) if part)
    yield "BEGIN:VEVENT"
    yield f"UID:{item.id}@facilitator"
    yield f"DTSTAMP:{stamp(now)}"
    yield f"DTSTART:{stamp(agenda.timing.start_of(slot))}"
    yield f"DTEND:{stamp(agenda.timing.end_of(slot))}"
    yield f"SUMMARY:{escape_text(item.title)}"
    yield f"DESCRIPTION:{escape_text(chr(10).join(lines))}"
    if location:
        yield f"LOCATION:{escape_text(location)}"
    yield f"CATEGORIES:{escape_text(kind_label(item.kind))}"
    yield "TRANSP:TRANSPARENT" if item.kind in ("break", "meal") else "TRANSP:OPAQUE"
    yield "END:VEVENT"


def calendar(agenda: Agenda, presenters: dict[str, str], now: datetime | None = None) -> str:
    """The whole .ics text, CRLF line endings included."""
    now = now or utcnow()
    slots = agenda.timing.by_id()
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(agenda.meeting.title)}",
    ]
    for item in agenda.items:
        lines.extend(_event(agenda, item, slots[item.id], presenters.get(item.id, ""), now))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def export(db: Database, meeting_id: str, target: Path) -> Path:
    loaded = agenda_core.load(db, meeting_id)
    text = calendar(loaded, agenda_presenters.presenters(db, loaded.items))
    try:
        target.write_bytes(text.encode("utf-8"))
    except OSError as exc:
        raise UserError(
            translate("AgendaCalendar", "The calendar cannot be written to {0}: {1}").format(
                target, exc.strerror or exc
            )
        ) from exc
    return target
