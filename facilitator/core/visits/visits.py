"""Planning a visit and filling its checklist.

A visit's times are wall-clock times in the site's zone, stored as UTC instants with the zone.  Its
checklist is a copy of a template's items; an answer is one record per (visit, item) with a natural id,
so two delegation members who answer the same item offline merge field by field.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from facilitator.core import disclosure, localised, zones
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.meetings import to_local, to_utc
from facilitator.core.models import (
    ChecklistAnswer,
    Conversation,
    Finding,
    Meeting,
    Organisation,
    Person,
    Visit,
    VisitPhoto,
    natural_id,
)
from facilitator.core.records import ReferenceMessages, by_reference, edit, get_live
from facilitator.core.visits import checklists
from facilitator.core.visits.vocabulary import ANNOUNCEMENT, ANSWERS, SITE_KINDS
from facilitator.i18n import translate

DEFAULT_TEMPLATE = "builtin:natural_stone"
MAX_NOTE = 5000
MAX_SITE_NAME = 200  # the columns' sizes
MAX_PLACE = 120
# The fields of a checklist answer, which always travel together.
ANSWER_FIELDS = ("answer", "note", "note_for_supplier")
EDITABLE = (
    "meeting_id", "site_name", "site_kind", "supplier_organisation_id", "village", "district", "latitude",
    "longitude", "starts_at", "ends_at", "timezone", "announcement", "delegation_person_ids",
    "interpreter_person_id", "management_present", "notes",
)  # fmt: skip


def _clean(session: Session, values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "site_name" in cleaned:
        name = (cleaned["site_name"] or "").strip()
        if not name:
            raise UserError(translate("Visits", "A visit needs the name of its site."))
        if len(name) > MAX_SITE_NAME:
            raise UserError(translate("Visits", "A site name can have at most {0} characters.").format(MAX_SITE_NAME))
        cleaned["site_name"] = name
        # The site's name heads the visit plan, the list of visits and the files made of them ("Quarry of
        # Kamla Devi"): never a hidden worker's name.
        disclosure.refuse_hidden_names(
            session,
            translate("Visits", "This site name names {0}, who asked not to be named. Name the site without it."),
            [name],
        )
    for place in ("village", "district"):
        if len((cleaned.get(place) or "").strip()) > MAX_PLACE:
            raise UserError(
                translate("Visits", "A village or district can have at most {0} characters.").format(MAX_PLACE)
            )
    if "site_kind" in cleaned:
        SITE_KINDS.require(cleaned["site_kind"], translate("Visits", "kind of site"))
    if "announcement" in cleaned:
        ANNOUNCEMENT.require(cleaned["announcement"], translate("Visits", "kind of announcement"))
    if "timezone" in cleaned:
        cleaned["timezone"] = zones.require_zone(cleaned["timezone"])
    for name, low, high in (("latitude", -90, 90), ("longitude", -180, 180)):
        if cleaned.get(name) is not None and not low <= float(cleaned[name]) <= high:
            raise UserError(translate("Visits", "Coordinates must be a latitude and a longitude in degrees."))
    if cleaned.get("meeting_id"):
        get_live(session, Meeting, cleaned["meeting_id"])
    if cleaned.get("supplier_organisation_id"):
        get_live(session, Organisation, cleaned["supplier_organisation_id"])
    for person_id in [cleaned.get("interpreter_person_id"), *cleaned.get("delegation_person_ids", [])]:
        if person_id:
            get_live(session, Person, person_id)
    if "delegation_person_ids" in cleaned:
        cleaned["delegation_person_ids"] = list(dict.fromkeys(cleaned["delegation_person_ids"]))
    if len(cleaned.get("notes", "")) > MAX_NOTE:
        raise UserError(translate("Visits", "A note can have at most {0} characters.").format(MAX_NOTE))
    return cleaned


# A site visit is hours or days: one of months is a year typed wrong.
LONGEST_VISIT = timedelta(days=14)
# Findings heard longer before the meeting than this may no longer hold when it meets.
STALE_BEFORE = timedelta(days=365)


def _check_span(starts_at: datetime, ends_at: datetime) -> None:
    if ends_at <= starts_at:
        raise UserError(translate("Visits", "A visit must end after it starts."))
    if ends_at - starts_at > LONGEST_VISIT:
        raise UserError(
            translate("Visits", "A visit can last at most {0} days; check its end.").format(LONGEST_VISIT.days)
        )


def timing_notice(db: Database, visit_id: str) -> str:
    """What the visit's dates say against the meeting it prepares, in a sentence; "" when they fit."""
    with db.session() as session:
        visit = get_live(session, Visit, visit_id)
        meeting = session.get(Meeting, visit.meeting_id) if visit.meeting_id else None
        if meeting is None or meeting.deleted:
            return ""
        starts, meeting_starts, zone = visit.starts_at, meeting.starts_at, meeting.timezone
    if starts >= meeting_starts:
        return translate(
            "Visits", "This visit is on or after the meeting it prepares ({0}): its findings come too late for it."
        ).format(f"{to_local(meeting_starts, zone):%Y-%m-%d}")
    if meeting_starts - starts > STALE_BEFORE:
        return translate(
            "Visits", "This visit is more than a year before the meeting it prepares: what was seen may have changed."
        )
    return ""


def plan(
    db: Database,
    site_name: str,
    start: datetime,
    end: datetime,
    timezone: str,
    template_id: str = DEFAULT_TEMPLATE,
    **fields: Any,
) -> Visit:
    """A new visit; ``start`` and ``end`` are wall-clock times in ``timezone`` (the site's)."""
    template = checklists.get(db.directory, template_id)
    starts_at, ends_at = to_utc(start, timezone), to_utc(end, timezone)
    _check_span(starts_at, ends_at)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise UserError(translate("Visits", "A visit has no field {0}.").format(", ".join(sorted(unknown))))
    with db.session() as session:
        values = _clean(session, {"site_name": site_name, "timezone": timezone, **fields})
        visit = Visit(
            starts_at=starts_at, ends_at=ends_at, template_id=template.id, checklist=template.snapshot(), **values
        )
        session.add(visit)
    return visit


def update(db: Database, visit_id: str, **changes: Any) -> dict[str, Any]:
    """Edit a visit's fields; returns the previous values (for undo)."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UserError(translate("Visits", "A visit has no field {0}.").format(", ".join(sorted(unknown))))

    def checked(session: Session, visit: Visit) -> dict[str, Any]:
        cleaned = _clean(session, changes)
        if {"starts_at", "ends_at"} & cleaned.keys():  # one saved before the span was checked stays editable
            _check_span(cleaned.get("starts_at", visit.starts_at), cleaned.get("ends_at", visit.ends_at))
        return cleaned

    return edit(db, Visit, visit_id, checked)


def get(db: Database, visit_id: str) -> Visit:
    with db.session() as session:
        return get_live(session, Visit, visit_id)


def resolve(db: Database, reference: str) -> Visit:
    """The visit named by its full id or an unambiguous prefix of it."""
    messages = ReferenceMessages(
        translate("Visits", "Name a visit by its id or the first characters of it."),
        translate("Visits", "There is no visit {0}."),
        translate("Visits", "{0} names more than one visit; give more of its id."),
    )
    with db.session() as session:
        return by_reference(session, select(Visit).where(Visit.deleted.is_(False)), Visit.id, reference, messages)


class VisitRow(Struct, frozen=True):
    """One visit as lists show it."""

    id: str
    meeting_id: str | None
    site_name: str
    site_kind: str
    supplier: str
    supplier_id: str | None
    place: str
    local_start: datetime
    local_end: datetime
    timezone: str
    announcement: str
    answered: int
    items: int
    conversations: int
    findings: int

    @property
    def when(self) -> str:
        return local_span(self.local_start, self.local_end)


def local_span(start: datetime, end: datetime) -> str:
    """ "2023-10-28 09:00–12:00", or with the end's date where it is another day than the start's."""
    if end.date() == start.date():
        return f"{start:%Y-%m-%d %H:%M}–{end:%H:%M}"
    return f"{start:%Y-%m-%d %H:%M} – {end:%Y-%m-%d %H:%M}"


def rows(db: Database, meeting_id: str | None = None, include_standalone: bool = True) -> list[VisitRow]:
    """Visits in the order they happen: a meeting's (and, with ``include_standalone``, those of no
    meeting), or every visit when ``meeting_id`` is None."""
    query = select(Visit, Organisation.name).outerjoin(Organisation, Organisation.id == Visit.supplier_organisation_id)
    query = query.where(Visit.deleted.is_(False))
    if meeting_id is not None:
        wanted = Visit.meeting_id == meeting_id
        query = query.where(wanted | Visit.meeting_id.is_(None) if include_standalone else wanted)
    with db.session() as session:
        found = list(session.execute(query.order_by(Visit.starts_at, Visit.id)))
        ids = [visit.id for visit, _ in found]
        answered = _count(session, ChecklistAnswer, ids, ChecklistAnswer.answer != "")
        talks = _count(session, Conversation, ids)
        findings = _count(session, Finding, ids)
    return [
        VisitRow(
            visit.id,
            visit.meeting_id,
            visit.site_name,
            visit.site_kind,
            supplier or "",
            visit.supplier_organisation_id,
            ", ".join(part for part in (visit.village, visit.district) if part),
            to_local(visit.starts_at, visit.timezone),
            to_local(visit.ends_at, visit.timezone),
            visit.timezone,
            visit.announcement,
            answered.get(visit.id, 0),
            len(visit.checklist.get("items", [])),
            talks.get(visit.id, 0),
            findings.get(visit.id, 0),
        )
        for visit, supplier in found
    ]


def _count(session: Session, model: type, visit_ids: list[str], *conditions: Any) -> dict[str, int]:
    from sqlalchemy import func

    if not visit_ids:
        return {}
    query = (
        select(model.visit_id, func.count())
        .where(model.visit_id.in_(visit_ids), model.deleted.is_(False), *conditions)
        .group_by(model.visit_id)
    )
    return dict(session.execute(query).all())


# -- the checklist -----------------------------------------------------------------------------------


def template_of(visit: Visit) -> checklists.Template:
    return checklists.in_language_shown(checklists.from_snapshot(visit.checklist))


class AnswerRow(Struct, frozen=True):
    """One checklist item of a visit with what was answered for it."""

    item: checklists.Item
    answer_id: str
    answer: str
    note: str
    photos: int
    note_for_supplier: bool


def answer_id(visit_id: str, item_key: str) -> str:
    return natural_id("checklist_answer", visit_id, item_key)


def answers(db: Database, visit_id: str) -> list[AnswerRow]:
    """Every item of the visit's checklist, in template order, with its answer ("" while unanswered)."""
    with db.session() as session:
        visit = get_live(session, Visit, visit_id)
        stored = {
            a.item_key: a
            for a in session.scalars(
                select(ChecklistAnswer).where(ChecklistAnswer.visit_id == visit_id, ChecklistAnswer.deleted.is_(False))
            )
        }
        photos: dict[str, int] = {}
        for key in session.scalars(
            select(VisitPhoto.item_key).where(VisitPhoto.visit_id == visit_id, VisitPhoto.deleted.is_(False))
        ):
            photos[key] = photos.get(key, 0) + 1
    result = []
    for item in template_of(visit).items:
        found = stored.get(item.name)
        result.append(
            AnswerRow(
                item, answer_id(visit_id, item.name), found.answer if found else "", found.note if found else "",
                photos.get(item.name, 0), bool(found and found.note_for_supplier),
            )
        )  # fmt: skip
    return result


MOST_COUNTED = 1_000_000  # workers seen, children counted: more is a typing slip


def _check_answer(item: checklists.Item, answer: str) -> None:
    if item.type == "observation":
        ANSWERS.require(answer, translate("Visits", "answer"))
    elif item.type == "integer" and answer and not (answer.isdigit() and int(answer) <= MOST_COUNTED):
        most = localised.format_number(MOST_COUNTED)
        raise UserError(translate("Visits", "{0}: give a whole number from 0 to {1}.").format(item.label, most))
    elif len(answer) > MAX_NOTE:
        raise UserError(translate("Visits", "A note can have at most {0} characters.").format(MAX_NOTE))


def set_answer(db: Database, visit_id: str, item_key: str, **changes: Any) -> dict[str, Any]:
    """Answer an item (``answer``, ``note``, and whether the supplier's report carries the note,
    ``note_for_supplier``); returns the previous values, for undo."""
    if set(changes) - set(ANSWER_FIELDS):
        raise UserError(translate("Visits", "An answer has no field {0}.").format(", ".join(sorted(changes))))
    with db.session() as session:
        visit = get_live(session, Visit, visit_id)
        item = next((i for i in template_of(visit).items if i.name == item_key), None)
        if item is None:
            items = ", ".join(i.name for i in template_of(visit).items)
            message = translate("Visits", "This visit's checklist has no item {0}; its items are: {1}.")
            raise UserError(message.format(item_key, items))
        if "answer" in changes:
            changes["answer"] = str(changes["answer"] or "").strip()
            _check_answer(item, changes["answer"])
        if len(changes.get("note", "") or "") > MAX_NOTE:
            raise UserError(translate("Visits", "A note can have at most {0} characters.").format(MAX_NOTE))
        if not isinstance(changes.get("note_for_supplier", False), bool):  # a privacy choice is never guessed
            raise UserError(translate("Visits", "Whether the supplier reads a note is yes or no."))
        # A note, or the answer of an item answered in words, as a point is: never a hidden worker's name.
        note_names = translate("Visits", "This note names {0}, who asked not to be named. Write it without the name.")
        disclosure.refuse_hidden_names(session, note_names, [str(changes.get("note") or "")])
        if item.type == "text":
            answer_names = translate(
                "Visits", "This answer names {0}, who asked not to be named. Write it without the name."
            )
            disclosure.refuse_hidden_names(session, answer_names, [str(changes.get("answer") or "")])
        record_id = answer_id(visit_id, item_key)
        record = session.get(ChecklistAnswer, record_id)
        if record is None:
            # Made with its defaults first, so two laptops that answer offline merge field by field.
            record = ChecklistAnswer(id=record_id, visit_id=visit_id, item_key=item_key)
            session.add(record)
            session.flush()
        note = changes.get("note", record.note) or ""
        if changes.get("note_for_supplier") and not note:
            message = translate("Visits", "There is no note to show the supplier yet: write one first ({0}).")
            raise UserError(message.format(item.label))
        if note != record.note and record.note_for_supplier and "note_for_supplier" not in changes:
            # The tick was given to the words before: a note rewritten, or cleared and written anew, stays
            # internal until chosen again (one undo step of both, redone, ticked words nobody ticked).
            changes["note_for_supplier"] = False
        previous = {name: getattr(record, name) for name in changes}
        record.deleted = False
        for name, value in changes.items():
            setattr(record, name, value)
        # An answer and its note are one observation: every edit of either logs both with one stamp, so
        # a merge takes them from the same edit and never pairs one laptop's answer with another's note.
        for name in ANSWER_FIELDS:
            flag_modified(record, name)
    return previous


def set_answer_by_id(db: Database, record_id: str, **changes: Any) -> dict[str, Any]:
    """:func:`set_answer` for an answer named by its id (undo and redo work by id)."""
    with db.session() as session:
        record = session.get(ChecklistAnswer, record_id)
        if record is None:
            raise UserError(translate("Records", "This record no longer exists: {0}").format(record_id))
        visit_id, item_key = record.visit_id, record.item_key
    return set_answer(db, visit_id, item_key, **changes)
