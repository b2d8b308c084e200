"""Site visits as calendar events (``icalendar``).

The participants' agenda calendar carries only announced visits: a semi-announced or unannounced
visit in a file the supplier may receive would warn the site.  The delegation's own calendar
(``facilitator visits --ics``) carries every visit.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from icalendar import Calendar, Event

from facilitator.core import disclosure
from facilitator.core.db import Database
from facilitator.core.models import utcnow
from facilitator.core.visits import visits
from facilitator.core.visits.visits import VisitRow
from facilitator.core.visits.vocabulary import ANNOUNCEMENT, SITE_KINDS
from facilitator.export import files
from facilitator.export.ics_text import exact
from facilitator.i18n import translate

PRODID = "-//Facilitator//Site visits//EN"


def event(visit: VisitRow, now: datetime, shown: Callable[[str], str]) -> Event:
    """One visit; ``shown`` screens its typed words (:func:`disclosure.shared_text`)."""
    made = Event()
    made.add("uid", f"{visit.id}@facilitator")
    made.add("dtstamp", now.astimezone(UTC))
    made.add("dtstart", visit.local_start.astimezone(UTC))
    made.add("dtend", visit.local_end.astimezone(UTC))
    made.add("summary", exact(translate("VisitCalendar", "Site visit: {0}").format(shown(visit.site_name))))
    lines = [SITE_KINDS.label(visit.site_kind), ANNOUNCEMENT.label(visit.announcement)]
    if visit.supplier:
        lines.append(translate("VisitCalendar", "Supplier: {0}").format(visit.supplier))
    made.add("description", exact("\n".join(lines)))
    if visit.place:
        made.add("location", exact(shown(visit.place)))
    made.add("categories", [translate("VisitCalendar", "Site visit")])
    return made


def for_participants(db: Database, meeting_id: str) -> list[VisitRow]:
    """The visits of a meeting that its participants' calendar may show: the announced ones."""
    return [row for row in visits.rows(db, meeting_id, include_standalone=False) if row.announcement == "announced"]


def calendar(rows: list[VisitRow], name: str, shown: Callable[[str], str], now: datetime | None = None) -> bytes:
    now = now or utcnow()
    document = Calendar()
    document.add("prodid", PRODID)
    document.add("version", "2.0")
    document.add("calscale", "GREGORIAN")
    document.add("method", "PUBLISH")
    document.add("x-wr-calname", exact(name))
    for row in rows:
        document.add_component(event(row, now, shown))
    return document.to_ical()


def export(db: Database, target: Path, meeting_id: str | None = None) -> Path:
    """The delegation's calendar: every visit (of one meeting, or all)."""
    target = files.check_writable(target)
    rows = visits.rows(db, meeting_id, include_standalone=meeting_id is None)
    shown = disclosure.shared_text(db, meeting_id)
    files.write_file(calendar(rows, translate("VisitCalendar", "Site visits"), shown), target)
    return target
