"""An iCalendar (.ics) file of the agenda for participants, written with the ``icalendar`` library.

One event per agenda item, with times in UTC (every calendar converts them to its user's zone, and
no VTIMEZONE block is needed).  ``icalendar`` folds lines as RFC 5545 asks; text is escaped exactly
as typed (:mod:`facilitator.export.ics_text`).  Facilitator's notes are never included, and presenters
are named only as their anonymity allows, in the typed words too.  The meeting's announced site visits are events too
(:mod:`facilitator.export.visits.calendar`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, Event

from facilitator.core import disclosure
from facilitator.core.agenda import items as agenda_core
from facilitator.core.agenda import presenters as agenda_presenters
from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import interpretation_label, kind_label
from facilitator.core.agenda.timing import Slot
from facilitator.core.db import Database
from facilitator.core.models import AgendaItem, utcnow
from facilitator.core.visits.visits import VisitRow
from facilitator.export import files
from facilitator.export.ics_text import exact
from facilitator.export.visits import calendar as visit_calendar
from facilitator.i18n import translate

PRODID = "-//Facilitator//Agenda//EN"


def _event(
    agenda: Agenda, item: AgendaItem, slot: Slot, presenter: str, now: datetime, shown: Callable[[str], str]
) -> Event:
    meeting = agenda.meeting
    lines = [kind_label(item.kind)]
    if item.purpose:
        lines.append(shown(item.purpose))
    if presenter:
        lines.append(translate("AgendaCalendar", "Led by: {0}").format(presenter))
    if item.interpretation != "none":
        lines.append(
            translate("AgendaCalendar", "Interpretation: {0}").format(interpretation_label(item.interpretation))
        )
    if item.track:
        lines.append(translate("AgendaCalendar", "Parallel group: {0}").format(shown(item.track)))
    lines.append(shown(meeting.title))
    location = shown(", ".join(part for part in (meeting.venue, meeting.city) if part))
    event = Event()
    event.add("uid", f"{item.id}@facilitator")
    event.add("dtstamp", now.astimezone(UTC))
    event.add("dtstart", agenda.timing.start_of(slot).astimezone(UTC))
    event.add("dtend", agenda.timing.end_of(slot).astimezone(UTC))
    event.add("summary", exact(shown(item.title)))
    event.add("description", exact("\n".join(lines)))
    if location:
        event.add("location", exact(location))
    event.add("categories", [kind_label(item.kind)])
    event.add("transp", "TRANSPARENT" if item.kind in ("break", "meal") else "OPAQUE")
    return event


def calendar(
    agenda: Agenda,
    presenters: dict[str, str],
    shown: Callable[[str], str],
    now: datetime | None = None,
    visits: Sequence[VisitRow] = (),
) -> bytes:
    """The whole .ics file, UTF-8 with CRLF line endings; ``visits`` become events before the agenda's.
    ``shown`` screens the typed words (:func:`disclosure.shared_text`)."""
    now = now or utcnow()
    slots = agenda.timing.by_id()
    document = Calendar()
    document.add("prodid", PRODID)
    document.add("version", "2.0")
    document.add("calscale", "GREGORIAN")
    document.add("method", "PUBLISH")
    document.add("x-wr-calname", exact(shown(agenda.meeting.title)))
    for visit in visits:
        document.add_component(visit_calendar.event(visit, now, shown))
    for item in agenda.items:
        document.add_component(_event(agenda, item, slots[item.id], presenters.get(item.id, ""), now, shown))
    return document.to_ical()


def export(db: Database, meeting_id: str, target: Path) -> Path:
    loaded = agenda_core.load(db, meeting_id)
    presenters, shown = agenda_presenters.presenters(db, loaded.items), disclosure.shared_text(db, meeting_id)
    data = calendar(loaded, presenters, shown, visits=visit_calendar.for_participants(db, meeting_id))
    files.write_file(data, target)
    return target
