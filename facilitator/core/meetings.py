"""Meetings: create, find, edit, duplicate and archive.

Times come in as wall-clock times in the meeting's own time zone, because that is how a facilitator
thinks of "9:00 in Jaipur"; they are stored as UTC instants next to the IANA zone name.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from facilitator.core import text, vocabulary, zones
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.meeting_summary import MeetingSummary
from facilitator.core.models import Meeting, Participation, natural_id
from facilitator.core.records import ReferenceMessages, by_reference, edit, get_live, update_fields
from facilitator.i18n import translate

MAX_TITLE = 200
# Public outputs show a group on its own only from this many people: below 3, one or two could be told apart.
MIN_MIN_GROUP_SIZE = 3
MAX_MIN_GROUP_SIZE = 20


def zone(name: str) -> ZoneInfo:
    """The zone as stored, or as typed in another case ("asia/kolkata"); what is stored is checked by
    :func:`zones.require_zone` first."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return ZoneInfo(zones.require_zone(name))  # refuses, in plain words, what is no zone


# A meeting or a visit more than this many years from today is a typing slip ("9999-12-31", "0001-01-01").
YEARS_FROM_TODAY = 100


def to_utc(local: datetime, timezone: str) -> datetime:
    """A wall-clock time in ``timezone`` as a UTC instant (aware inputs are converted as they are)."""
    if abs(local.year - datetime.now(UTC).year) > YEARS_FROM_TODAY:
        raise UserError(translate("Meetings", "{0} is too far from today to be kept.").format(local.date().isoformat()))
    wall = local.tzinfo is None
    if wall:
        local = local.replace(tzinfo=zone(timezone))
    try:
        instant = local.astimezone(UTC)
    except OverflowError as error:  # the first or last day a computer calendar has, moved across a zone
        day = local.date().isoformat()
        raise UserError(translate("Meetings", "{0} is too far from today to be kept.").format(day)) from error
    if wall and instant.astimezone(local.tzinfo).replace(tzinfo=None) != local.replace(tzinfo=None):
        # 02:30 on the night the clocks go forward: no clock there shows it, and it would be kept as another time.
        raise UserError(
            translate("Meetings", "{0} does not exist in {1}: the clocks skip that hour. Choose another time.").format(
                f"{local:%Y-%m-%d %H:%M}", timezone
            )
        )
    return instant


def to_local(instant: datetime, timezone: str) -> datetime:
    return instant.astimezone(zone(timezone))


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    """Validate a partial set of meeting fields; raise before anything is written."""
    cleaned = dict(values)
    if "title" in cleaned:
        title = (cleaned["title"] or "").strip()
        if not title:
            raise UserError(translate("Meetings", "A meeting needs a title."))
        if len(title) > MAX_TITLE:
            raise UserError(translate("Meetings", "A meeting title can have at most {0} characters.").format(MAX_TITLE))
        cleaned["title"] = title
    if "timezone" in cleaned:
        cleaned["timezone"] = zones.require_zone(cleaned["timezone"])
    if "country" in cleaned:  # an ISO code, from the code or the name as typed ("India", "भारत", "in")
        cleaned["country"] = vocabulary.COUNTRIES.require(cleaned["country"] or "")
    if "status" in cleaned and cleaned["status"] not in vocabulary.MEETING_STATUSES:
        raise UserError(translate("Meetings", "Unknown meeting status: {0}").format(cleaned["status"]))
    if "default_confidentiality" in cleaned and cleaned["default_confidentiality"] not in vocabulary.CONFIDENTIALITY:
        raise UserError(
            translate("Meetings", "Unknown confidentiality level: {0}").format(cleaned["default_confidentiality"])
        )
    if "languages" in cleaned:
        cleaned["languages"] = list(
            dict.fromkeys(vocabulary.LANGUAGES.require(text) for text in cleaned["languages"] if text.strip())
        )
    for name in ("interpretation_factor",):
        if name in cleaned and not 1.0 <= float(cleaned[name]) <= 4.0:
            raise UserError(translate("Meetings", "The interpretation factor must be between 1 and 4."))
    if "min_group_size" in cleaned and not MIN_MIN_GROUP_SIZE <= int(cleaned["min_group_size"]) <= MAX_MIN_GROUP_SIZE:
        raise UserError(
            translate("Meetings", "The smallest group shown on its own must have between {0} and {1} people.").format(
                MIN_MIN_GROUP_SIZE, MAX_MIN_GROUP_SIZE
            )
        )
    if "min_discussion_share" in cleaned and not 0.0 <= float(cleaned["min_discussion_share"]) <= 1.0:
        raise UserError(translate("Meetings", "A share must be between 0% and 100%."))
    return cleaned


def _check_window(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise UserError(translate("Meetings", "A meeting must end after it starts."))


def create(db: Database, title: str, start: datetime, end: datetime, timezone: str = "UTC", **fields: Any) -> Meeting:
    """Create a meeting; ``start`` and ``end`` are wall-clock times in ``timezone``."""
    values = _clean({"title": title, "timezone": timezone, **fields})
    starts_at, ends_at = to_utc(start, timezone), to_utc(end, timezone)
    _check_window(starts_at, ends_at)
    with db.session() as session:
        meeting = Meeting(starts_at=starts_at, ends_at=ends_at, **values)
        session.add(meeting)
    return meeting


def get(db: Database, meeting_id: str) -> Meeting:
    with db.session() as session:
        return get_live(session, Meeting, meeting_id)


def is_listed(db: Database, meeting_id: str, include_archived: bool = False) -> bool:
    """Whether the list of meetings (with no search) shows it: neither deleted nor, unless asked, archived."""
    with db.session() as session:
        meeting = session.get(Meeting, meeting_id)
    return meeting is not None and not meeting.deleted and (include_archived or not meeting.archived)


def resolve(db: Database, reference: str) -> Meeting:
    """The meeting named by its full id or by an unambiguous prefix of it."""
    messages = ReferenceMessages(
        translate("Meetings", "Name a meeting by its id or the first characters of it."),
        translate("Meetings", "No meeting has an id starting with '{0}'."),
        translate("Meetings", "More than one meeting has an id starting with '{0}'; type more of it."),
    )
    with db.session() as session:
        return by_reference(session, select(Meeting).where(Meeting.deleted.is_(False)), Meeting.id, reference, messages)


def list_meetings(db: Database, search: str = "", include_archived: bool = False) -> list[MeetingSummary]:
    """Meetings, newest first, matching ``search`` in title, city, venue or purpose."""
    counts = (
        select(Participation.meeting_id, func.count().label("n"))
        .where(Participation.deleted.is_(False))
        .group_by(Participation.meeting_id)
        .subquery()
    )
    query = (
        select(Meeting, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .where(Meeting.deleted.is_(False))
        .order_by(Meeting.starts_at.desc())
    )
    if not include_archived:
        query = query.where(Meeting.archived.is_(False))
    needle = text.clean(search).strip()
    if needle:  # literally: % and _ in a search are characters, not wildcards
        query = query.where(
            or_(*(column.icontains(needle, autoescape=True) for column in (Meeting.title, Meeting.city,
                                                                           Meeting.venue, Meeting.purpose)))
        )  # fmt: skip
    with db.session() as session:
        return [
            MeetingSummary(
                m.id, m.title, m.starts_at, m.ends_at, m.timezone, m.city, m.country, m.status, m.archived, n
            )
            for m, n in session.execute(query)
        ]


def update(db: Database, meeting_id: str, **changes: Any) -> dict[str, Any]:
    """Edit some fields of a meeting; returns the previous values (for undo)."""
    cleaned = _clean(changes)

    def checked(_session: Session, meeting: Meeting) -> dict[str, Any]:
        if "starts_at" in cleaned or "ends_at" in cleaned:
            _check_window(cleaned.get("starts_at", meeting.starts_at), cleaned.get("ends_at", meeting.ends_at))
        return cleaned

    return edit(db, Meeting, meeting_id, checked)


def set_archived(db: Database, meeting_id: str, archived: bool) -> None:
    update_fields(db, Meeting, meeting_id, {"archived": archived})


# A copy is a new planned meeting: its own identity, title and status; every setting comes along.
NOT_COPIED = {"id", "created_at", "updated_hlc", "origin", "deleted", "title", "status", "archived"}


def duplicate(db: Database, meeting_id: str, title: str | None = None) -> Meeting:
    """A new planned meeting with the same settings and invitation list, none of what was said."""
    with db.session() as session:
        source = get_live(session, Meeting, meeting_id)
        copy = Meeting(
            title=title or translate("Meetings", "{0} (copy)").format(source.title)[:MAX_TITLE],
            status="planned",
            **{c.key: getattr(source, c.key) for c in Meeting.__table__.columns if c.key not in NOT_COPIED},
        )
        session.add(copy)
        session.flush()
        _copy_invitations(session, source.id, copy.id)
    return copy


def _copy_invitations(session: Session, source_id: str, target_id: str) -> None:
    invited = session.scalars(
        select(Participation).where(Participation.meeting_id == source_id, Participation.deleted.is_(False))
    )
    for p in invited:
        session.add(
            Participation(
                id=natural_id("participation", target_id, p.person_id),
                meeting_id=target_id,
                person_id=p.person_id,
                role=p.role,
                status="invited",
                caucus=p.caucus,
                interpretation_language=p.interpretation_language,
                is_proxy=p.is_proxy,
            )
        )
