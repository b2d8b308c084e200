"""A meeting's agenda: items in order, their fields, days and moves; times come from :mod:`agenda_timing`.

Items are ordered by day, then by a fractional position key, so moving an item rewrites that one row
and two laptops inserting between the same neighbours both keep their items after a merge.
Every function validates first and raises :class:`UserError` before anything is written.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import positions, taxonomy
from facilitator.core.agenda import timing as agenda_timing
from facilitator.core.agenda.kinds import INTERPRETATION_MODES, KINDS
from facilitator.core.agenda.timing import DayHours, ItemInput, Timing
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.meetings import to_local, zone
from facilitator.core.models import AgendaItem, Meeting, MeetingDay, Organisation, Person, natural_id
from facilitator.core.records import edit, get_live, set_deleted, update_fields
from facilitator.i18n import translate

MAX_TITLE = 200
MAX_TRACK = 40
MAX_MINUTES = 600
MAX_DAYS = 14
# The fields a user edits; copies, duplicates and templates carry them over.
FIELDS = (
    "title",
    "kind",
    "planned_minutes",
    "presenter_person_id",
    "presenter_organisation_id",
    "purpose",
    "risk_tags",
    "interpretation",
    "facilitator_notes",
    "materials",
    "fixed_start",
    "track",
    "day",
    "voice_groups",
)
TEXT_FIELDS = ("purpose", "facilitator_notes", "materials")


# -- validation ------------------------------------------------------------------------------------


def clean(values: dict[str, Any]) -> dict[str, Any]:
    """Validate a partial set of item fields; return them normalised or raise a plain refusal."""
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise UserError(translate("Agenda", "An agenda item has no field {0}.").format(", ".join(sorted(unknown))))
    cleaned = dict(values)
    if "title" in cleaned:
        title = (cleaned["title"] or "").strip()
        if not title:
            raise UserError(translate("Agenda", "An agenda item needs a title."))
        if len(title) > MAX_TITLE:
            raise UserError(translate("Agenda", "An item title can have at most {0} characters.").format(MAX_TITLE))
        cleaned["title"] = title
    if "kind" in cleaned and cleaned["kind"] not in KINDS:
        raise UserError(
            translate("Agenda", "Unknown kind of agenda item: {0}. Known kinds: {1}").format(
                cleaned["kind"], ", ".join(KINDS)
            )
        )
    if "planned_minutes" in cleaned:
        cleaned["planned_minutes"] = _minutes(cleaned["planned_minutes"])
    if "interpretation" in cleaned and cleaned["interpretation"] not in INTERPRETATION_MODES:
        raise UserError(
            translate("Agenda", "Unknown interpretation mode: {0}. Use one of: {1}").format(
                cleaned["interpretation"], ", ".join(INTERPRETATION_MODES)
            )
        )
    if "risk_tags" in cleaned:
        cleaned["risk_tags"] = taxonomy.check_risk_tags(list(cleaned["risk_tags"] or []))
    if "voice_groups" in cleaned:
        groups = [taxonomy.check_group(group) for group in cleaned["voice_groups"] or [] if group]
        cleaned["voice_groups"] = list(dict.fromkeys(groups))
    if "fixed_start" in cleaned:
        cleaned["fixed_start"] = clock_text(cleaned["fixed_start"])
    if "track" in cleaned:
        track = (cleaned["track"] or "").strip()
        if len(track) > MAX_TRACK:
            raise UserError(translate("Agenda", "A track name can have at most {0} characters.").format(MAX_TRACK))
        cleaned["track"] = track
    if "day" in cleaned:
        day = cleaned["day"]
        if not isinstance(day, int) or isinstance(day, bool) or not 0 <= day < MAX_DAYS:
            raise UserError(translate("Agenda", "A meeting can have days 1 to {0}.").format(MAX_DAYS))
    for name in TEXT_FIELDS:
        if name in cleaned:
            cleaned[name] = cleaned[name] or ""
    return cleaned


def _minutes(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int | float) or value != int(value):
        raise UserError(translate("Agenda", "Planned time is a whole number of minutes."))
    if not 0 <= value <= MAX_MINUTES:
        raise UserError(
            translate("Agenda", "Planned time must be between 0 and {0} minutes, not {1}.").format(MAX_MINUTES, value)
        )
    return int(value)


def clock_text(value: str | None) -> str:
    """A normalised "HH:MM" time of day, or "" for none; "12.30", "12h30" and "1230" are understood too."""
    text = (value or "").strip()
    if not text:
        return ""
    written = text.lower().replace(".", ":").replace("h", ":")
    if written.isdigit() and len(written) in (3, 4):
        written = f"{written[:-2]}:{written[-2:]}"
    try:
        return agenda_timing.format_clock(agenda_timing.parse_clock(written))
    except ValueError:
        message = translate("Agenda", "Write a time of day as HH:MM, such as 12:30, not '{0}'.").format(text)
        raise UserError(message) from None


def _check_combination(item: dict[str, Any]) -> None:
    if item.get("fixed_start") and item.get("track"):
        raise UserError(
            translate(
                "Agenda", "'{0}' is in a breakout track and cannot have a fixed time; fix the block's first item."
            ).format(item.get("title", ""))
        )


def _check_references(session: Session, values: dict[str, Any]) -> None:
    for name, model in (("presenter_person_id", Person), ("presenter_organisation_id", Organisation)):
        if values.get(name):
            get_live(session, model, values[name])


# -- reading ---------------------------------------------------------------------------------------


def _live_items(session: Session, meeting_id: str) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id, AgendaItem.deleted.is_(False))
            .order_by(AgendaItem.day, AgendaItem.position, AgendaItem.id)
        )
    )


def items(db: Database, meeting_id: str) -> list[AgendaItem]:
    """The live items of a meeting in agenda order (day, then position)."""
    with db.session() as session:
        return _live_items(session, meeting_id)


def _day_rows(session: Session, meeting_id: str) -> dict[int, MeetingDay]:
    rows = session.scalars(
        select(MeetingDay)
        .where(MeetingDay.meeting_id == meeting_id, MeetingDay.deleted.is_(False))
        .order_by(MeetingDay.updated_hlc)
    )
    # After a sync two laptops may each have made a row for a day; the newest edit wins.
    return {row.day: row for row in rows}


def day_hours(meeting: Meeting, rows: dict[int, MeetingDay], days: Iterable[int]) -> dict[int, DayHours]:
    """Each day's date and hours; a day without its own hours uses the meeting's start and end times."""
    start = to_local(meeting.starts_at, meeting.timezone)
    end = to_local(meeting.ends_at, meeting.timezone)
    default_start = start.hour * 60 + start.minute
    default_end = end.hour * 60 + end.minute
    if default_end <= default_start:
        default_end = agenda_timing.MINUTES_PER_DAY - 1
    hours = {}
    for day in set(days) | set(rows):
        row = rows.get(day)
        starts = agenda_timing.parse_clock(row.starts) if row and row.starts else default_start
        ends = agenda_timing.parse_clock(row.ends) if row and row.ends else default_end
        on = start.date() + timedelta(days=day)
        hours[day] = DayHours(on, starts, ends, after_meeting=on > end.date())
    return hours


def timing_inputs(agenda_items: Sequence[AgendaItem]) -> list[ItemInput]:
    return [
        ItemInput(i.id, i.title, i.day, i.kind, i.planned_minutes, i.interpretation, i.fixed_start, i.track)
        for i in agenda_items
    ]


class Agenda(Struct):
    """Everything a view or an export shows of one meeting's agenda."""

    meeting: Meeting
    items: list[AgendaItem]
    day_rows: dict[int, MeetingDay]
    timing: Timing


def load(db: Database, meeting_id: str) -> Agenda:
    with db.session() as session:
        meeting = get_live(session, Meeting, meeting_id)
        agenda_items = _live_items(session, meeting_id)
        rows = _day_rows(session, meeting_id)
    return Agenda(meeting, agenda_items, rows, compute(meeting, agenda_items, rows))


def compute(meeting: Meeting, agenda_items: Sequence[AgendaItem], rows: dict[int, MeetingDay]) -> Timing:
    hours = day_hours(meeting, rows, {item.day for item in agenda_items} | {0})
    return agenda_timing.compute(
        timing_inputs(agenda_items),
        hours,
        meeting.interpretation_factor,
        meeting.min_discussion_share,
        zone(meeting.timezone),
    )


# -- changing --------------------------------------------------------------------------------------


def add(db: Database, meeting_id: str, title: str, after_id: str | None = None, **fields: Any) -> AgendaItem:
    """A new item right after ``after_id`` (on its day), or at the end of its day when none is given."""
    values = clean({"title": title, **fields})
    _check_combination(values)
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        _check_references(session, values)
        live = _live_items(session, meeting_id)
        if after_id is not None:
            anchor = next((item for item in live if item.id == after_id), None)
            if anchor is None:
                raise UserError(translate("Records", "This record no longer exists: {0}").format(after_id))
            values["day"] = anchor.day
            position = _place(anchor.day, anchor, _next_on_day(live, anchor), live)["position"]
        else:
            values.setdefault("day", live[-1].day if live else 0)
            position = _key_at_end(live, values["day"])
        item = AgendaItem(meeting_id=meeting_id, position=position, **values)
        session.add(item)
    return item


def add_many(db: Database, meeting_id: str, specs: Sequence[dict[str, Any]]) -> list[str]:
    """Append several items (a template, a copied agenda) at the end of their days; all or nothing."""
    cleaned = [clean(spec) for spec in specs]
    for values in cleaned:
        if not values.get("title"):
            raise UserError(translate("Agenda", "An agenda item needs a title."))
        _check_combination(values)
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        live = _live_items(session, meeting_id)
        last_key = {item.day: item.position for item in live}
        created = []
        for values in cleaned:
            _check_references(session, values)
            day = values.setdefault("day", 0)
            last_key[day] = positions.key_between(last_key.get(day), None)
            item = AgendaItem(meeting_id=meeting_id, position=last_key[day], **values)
            session.add(item)
            session.flush()
            created.append(item.id)
    return created


def update(db: Database, item_id: str, **changes: Any) -> dict[str, Any]:
    """Edit fields of one item; returns the previous values (for undo)."""
    cleaned = clean(changes)

    def checked(session: Session, item: AgendaItem) -> dict[str, Any]:
        _check_combination({"title": item.title, "fixed_start": item.fixed_start, "track": item.track, **cleaned})
        _check_references(session, cleaned)
        return cleaned

    return edit(db, AgendaItem, item_id, checked)


def delete(db: Database, item_id: str) -> None:
    set_deleted(db, AgendaItem, item_id, True)


def restore(db: Database, item_id: str) -> None:
    set_deleted(db, AgendaItem, item_id, False)


def duplicate(db: Database, item_id: str) -> AgendaItem:
    """A copy of an item placed right after it."""
    with db.session() as session:
        source = get_live(session, AgendaItem, item_id)
        values = {name: getattr(source, name) for name in FIELDS}
        meeting_id = source.meeting_id
    values["title"] = translate("Agenda", "{0} (copy)").format(values["title"])[:MAX_TITLE]
    return add(db, meeting_id, after_id=item_id, **values)


def _next_on_day(live: list[AgendaItem], item: AgendaItem) -> AgendaItem | None:
    index = live.index(item)
    following = live[index + 1] if index + 1 < len(live) else None
    return following if following is not None and following.day == item.day else None


def _key_at_end(live: list[AgendaItem], day: int) -> str:
    keys = [item.position for item in live if item.day == day]
    return positions.key_between(max(keys) if keys else None, None)


def _place(day: int, before: AgendaItem | None, after: AgendaItem | None, others: list[AgendaItem]) -> dict[str, Any]:
    """The new position (and day) between two neighbours; ``others`` are the day's other items."""
    low = before.position if before is not None else None
    high = after.position if after is not None else None
    if low is not None and high is not None and low >= high:
        # After a merge two neighbours can share a key (they are then ordered by id): go past both,
        # but stay before the next item with a higher key.
        higher = [item.position for item in others if item.day == day and item.position > low]
        high = min(higher) if higher else None
    return {"position": positions.key_between(low, high), "day": day}


def move_to(db: Database, item_id: str, row: int) -> dict[str, Any] | None:
    """Move an item so it lands before what is now at ``row`` of the agenda (the table's drop row).

    Writes one row: the item's new position key (and day when it crosses into another day).
    Returns the previous position and day for undo, or None when the item stays where it is.
    """
    with db.session() as session:
        live = _live_items(session, get_live(session, AgendaItem, item_id).meeting_id)
    index = next(i for i, item in enumerate(live) if item.id == item_id)
    moving = live.pop(index)
    target = max(0, min(row if row <= index else row - 1, len(live)))
    if target == index:
        return None
    before = live[target - 1] if target > 0 else None
    after = live[target] if target < len(live) else None
    if before is not None and after is not None and before.day != after.day:
        if moving.day == after.day:
            before = None
        else:
            after = None
    day = before.day if before is not None else after.day if after is not None else moving.day
    return update_fields(db, AgendaItem, item_id, _place(day, before, after, live))


def move_by(db: Database, item_id: str, step: int) -> dict[str, Any] | None:
    """Move an item one place up (-1) or down (+1); at a day's edge it first crosses into the next day.

    Returns the previous position and day for undo, or None at the very top or bottom.
    """
    with db.session() as session:
        live = _live_items(session, get_live(session, AgendaItem, item_id).meeting_id)
    index = next(i for i, item in enumerate(live) if item.id == item_id)
    item = live[index]
    neighbour_index = index + (1 if step > 0 else -1)
    if not 0 <= neighbour_index < len(live):
        return None
    neighbour = live[neighbour_index]
    beyond_index = neighbour_index + (1 if step > 0 else -1)
    beyond = live[beyond_index] if 0 <= beyond_index < len(live) else None
    if beyond is not None and beyond.day != neighbour.day:
        beyond = None
    if step > 0:
        before, after = (None, neighbour) if neighbour.day != item.day else (neighbour, beyond)
    else:
        before, after = (neighbour, None) if neighbour.day != item.day else (beyond, neighbour)
    others = [other for other in live if other.id != item_id]
    return update_fields(db, AgendaItem, item_id, _place(neighbour.day, before, after, others))


def place_of(db: Database, item_id: str) -> dict[str, Any]:
    """Where an item stands now: its day and position key."""
    with db.session() as session:
        item = get_live(session, AgendaItem, item_id)
        return {"day": item.day, "position": item.position}


def restore_place(db: Database, item_id: str, **previous: Any) -> dict[str, Any]:
    """Put an item back where a move found it (undo of a move): only its day and position key change."""
    if set(previous) - {"day", "position"}:
        raise UserError(translate("Agenda", "A move changes only an item's day and place."))
    return update_fields(db, AgendaItem, item_id, previous)


# -- days ------------------------------------------------------------------------------------------


def set_day_hours(db: Database, meeting_id: str, hours: dict[int, tuple[str, str]]) -> dict[int, tuple[str, str]]:
    """Give days their own start (and end) times, all in one transaction; returns the previous hours of
    those days for undo ("" = the meeting's default)."""
    cleaned: dict[int, tuple[str, str]] = {}
    for day, (starts, ends) in hours.items():
        clean({"day": day})
        starts, ends = clock_text(starts), clock_text(ends)
        if starts and ends and agenda_timing.parse_clock(ends) <= agenda_timing.parse_clock(starts):
            raise UserError(translate("Agenda", "A day must end after it starts."))
        cleaned[day] = (starts, ends)
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        rows = _day_rows(session, meeting_id)
        previous = {}
        for day, (starts, ends) in cleaned.items():
            row = rows.get(day)
            if row is None:
                row = rows[day] = MeetingDay(
                    id=natural_id("meeting_day", meeting_id, str(day)),
                    meeting_id=meeting_id,
                    day=day,
                    starts="",
                    ends="",
                )
                session.add(row)
                session.flush()  # made with its defaults; what is chosen is an edit of its own (see natural_id)
            previous[day] = (row.starts, row.ends)
            row.starts, row.ends = starts, ends
    return previous


def day_row_ids(db: Database, meeting_id: str, days: Iterable[int]) -> list[str]:
    """The stored rows of these days' hours (for telling which records an edit touched)."""
    with db.session() as session:
        rows = _day_rows(session, meeting_id)
        return [rows[day].id for day in days if day in rows]
