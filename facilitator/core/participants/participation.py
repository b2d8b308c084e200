"""Each person's place in one meeting: invitation, status, caucus, needs, check-ins and consents.

A participation carries what is particular to one meeting: status, caucus, needs, and whether the
person speaks for a group that is not there in person.  Check-ins and consents are facts that only
grow: they are inserted, and the latest one counts.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import CheckIn, Consent, Meeting, Organisation, Participation, Person, natural_id, utcnow
from facilitator.core.participants.people import (
    PersonFacts,
    clean_person,
    organisation_named,
    person_facts,
    with_default_anonymity,
)
from facilitator.core.participants.vocabulary import (
    CHECK_IN_KINDS,
    CONSENT_KINDS,
    GENDERS,
    NEED_STATES,
    NEEDS,
    ROLES,
    STAFF_GROUPS,
    STAFF_ROLES,
    STATUSES,
)
from facilitator.core.records import get_live, update_fields
from facilitator.i18n import translate


def _clean_participation(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "status" in cleaned:
        STATUSES.require(cleaned["status"], translate("Participants", "status"))
    if "role" in cleaned:
        ROLES.require(cleaned["role"], translate("Participants", "role"))
    if "caucus" in cleaned:
        caucus = (cleaned["caucus"] or "").strip()
        if not caucus:
            raise UserError(translate("Participants", "Choose a session, such as the plenary."))
        cleaned["caucus"] = caucus[:32]
    for need in NEEDS:
        if need in cleaned:
            NEED_STATES.require(cleaned[need] or "", translate("Participants", "state of a need"))
    if "speaks_for" in cleaned:
        cleaned["speaks_for"] = taxonomy.check_group(cleaned["speaks_for"] or "")
    if "interpretation_language" in cleaned:
        cleaned["interpretation_language"] = (cleaned["interpretation_language"] or "").strip().lower()
    if "accessibility" in cleaned:
        cleaned["accessibility"] = (cleaned["accessibility"] or "").strip()
    return cleaned


def add_participant(db: Database, meeting_id: str, person_id: str, **fields: Any) -> Participation:
    """Invite a person from the register to a meeting (once)."""
    values = _clean_participation(fields)
    with db.session(immediate=True) as session:
        get_live(session, Meeting, meeting_id)
        person = get_live(session, Person, person_id)
        existing = session.scalar(
            select(Participation).where(
                Participation.meeting_id == meeting_id,
                Participation.person_id == person_id,
                Participation.deleted.is_(False),
            )
        )
        if existing is not None:
            raise UserError(translate("Participants", "{0} is already on this meeting's list.").format(person.name))
        return place_in(session, meeting_id, person_id, **values)


# A place's own fields: everything but its identity, its key and its history.
_PLACE_FIELDS = frozenset(Participation.__mapper__.column_attrs.keys()) - {
    "id",
    "meeting_id",
    "person_id",
    "created_at",
    "updated_hlc",
    "origin",
    "deleted",
}


def place_in(
    session: Session, meeting_id: str, person_id: str, *, person_is_new: bool = False, **values: Any
) -> Participation:
    """A person's place on a meeting's list, with the one id that place always has: a place that was
    taken away comes back with these values.  A person made in this same transaction has no place yet,
    and no other laptop can have given them one: their place is written whole, with the rest of an
    import's rows in one batch (asking for it first wrote every row on its own)."""
    place_id = natural_id("participation", meeting_id, person_id)
    if person_is_new:
        participation = Participation(id=place_id, meeting_id=meeting_id, person_id=person_id, **values)
        session.add(participation)
        return participation
    participation = session.get(Participation, place_id)
    if participation is None:
        # Made with its defaults, and what is chosen set as edits of their own: two laptops that both
        # invited the person offline then keep both laptops' choices, field by field.
        participation = Participation(id=place_id, meeting_id=meeting_id, person_id=person_id)
        session.add(participation)
        session.flush()
        for name, value in values.items():
            setattr(participation, name, value)
        return participation
    # Taken away and now given again: a fresh invitation, so what is not given goes back to its default.
    for attribute in Participation.__mapper__.column_attrs:
        default = attribute.columns[0].default
        if attribute.key in _PLACE_FIELDS and default is not None and not callable(default.arg):
            setattr(participation, attribute.key, values.get(attribute.key, default.arg))
    participation.deleted = False
    return participation


def add_new_participant(
    db: Database, meeting_id: str, name: str, organisation: str = "", status: str = "invited", **fields: Any
) -> Participation:
    """Enter someone new in the register and put them on the meeting's list, in one step."""
    values = with_default_anonymity(clean_person({"name": name, **fields}))
    place = _clean_participation({"status": status})
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        person = Person(organisation_id=organisation_named(session, organisation, values.get("stakeholder_group", "")),
                        **values)  # fmt: skip
        session.add(person)
        session.flush()
        return place_in(session, meeting_id, person.id, **place)


def update_participation(db: Database, participation_id: str, **changes: Any) -> dict[str, Any]:
    """Edit a person's place in a meeting; returns the previous values (for undo)."""
    return update_fields(db, Participation, participation_id, _clean_participation(changes))


def check_in(db: Database, participation_id: str, kind: str = "arrival", at: datetime | None = None) -> CheckIn:
    """Record an arrival or departure; an arrival also marks the person as attended."""
    if kind not in CHECK_IN_KINDS:
        raise UserError(translate("Participants", "A check-in is an arrival or a departure."))
    with db.session() as session:
        participation = get_live(session, Participation, participation_id)
        fact = CheckIn(
            meeting_id=participation.meeting_id, participation_id=participation_id, kind=kind, at=at or utcnow()
        )
        session.add(fact)
        if kind == "arrival":
            participation.status = "attended"
    return fact


def record_consent(
    db: Database,
    person_id: str,
    kind: str,
    granted: bool,
    given_on: date,
    meeting_id: str | None = None,
    note: str = "",
) -> Consent:
    """Add a dated consent (or refusal); earlier records stay as they were."""
    CONSENT_KINDS.require(kind, translate("Participants", "kind of consent"))
    with db.session() as session:
        get_live(session, Person, person_id)
        consent = Consent(
            person_id=person_id, meeting_id=meeting_id, kind=kind, granted=granted, given_on=given_on, note=note
        )
        session.add(consent)
    return consent


def latest_consents(session: Session, person_ids: Iterable[str]) -> dict[tuple[str, str], Consent]:
    """(person, kind) -> the consent record that counts: the latest by date, then by entry."""
    ids = list(person_ids)
    found: dict[tuple[str, str], Consent] = {}
    query = (
        select(Consent)
        .where(Consent.deleted.is_(False), Consent.person_id.in_(ids))
        .order_by(Consent.given_on, Consent.created_at)
    )
    for consent in session.scalars(query):
        found[(consent.person_id, consent.kind)] = consent
    return found


class ParticipantRow(PersonFacts, frozen=True, kw_only=True):
    """A person in a meeting, flattened for tables, checks and exports."""

    participation_id: str
    person_id: str
    participation_role: str
    status: str
    caucus: str
    interpretation_language: str
    is_proxy: bool
    speaks_for: str
    travel_support: str
    lost_wages: str
    childcare: str
    accessibility: str
    consents: dict[str, tuple[bool, date]]
    arrived_at: datetime | None  # the first arrival
    departed_at: datetime | None  # the last departure, unless they came back after it

    @property
    def is_staff(self) -> bool:
        return self.participation_role in STAFF_ROLES or self.stakeholder_group in STAFF_GROUPS


def list_participants(db: Database, meeting_id: str) -> list[ParticipantRow]:
    """Everyone on a meeting's list, by stakeholder group order then name."""
    order = {group: index for index, group in enumerate(taxonomy.stakeholder_groups())}
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        pairs = session.execute(
            select(Participation, Person)
            .join(Person, Person.id == Participation.person_id)
            .where(Participation.meeting_id == meeting_id, Participation.deleted.is_(False))
        ).all()
        organisations = {o.id: o.name for o in session.scalars(select(Organisation))}
        consents: dict[str, dict[str, tuple[bool, date]]] = {}
        for (person_id, kind), consent in latest_consents(session, [person.id for _, person in pairs]).items():
            consents.setdefault(person_id, {})[kind] = (consent.granted, consent.given_on)
        arrivals: dict[str, datetime] = {}
        departures: dict[str, datetime] = {}
        for fact in session.scalars(
            select(CheckIn).where(CheckIn.meeting_id == meeting_id, CheckIn.deleted.is_(False)).order_by(CheckIn.at)
        ):
            if fact.kind == "arrival":
                arrivals.setdefault(fact.participation_id, fact.at)
                departures.pop(fact.participation_id, None)  # back again
            else:
                departures[fact.participation_id] = fact.at
        rows = [
            ParticipantRow(
                **person_facts(person, organisations.get(person.organisation_id or "", "")),
                participation_id=p.id, person_id=person.id, participation_role=p.role, status=p.status,
                caucus=p.caucus, interpretation_language=p.interpretation_language, is_proxy=p.is_proxy,
                speaks_for=p.speaks_for, travel_support=p.travel_support, lost_wages=p.lost_wages,
                childcare=p.childcare, accessibility=p.accessibility, consents=consents.get(person.id, {}),
                arrived_at=arrivals.get(p.id), departed_at=departures.get(p.id),
            )
            for p, person in pairs
        ]  # fmt: skip
    rows.sort(key=lambda row: (order.get(row.stakeholder_group, len(order)), row.name.casefold()))
    return rows


# Planning counts everyone expected; those already checked in stay counted, so the plan does not empty
# itself while people arrive.  The day counts only those who came.
STAGE_STATUSES = {"planning": ("invited", "confirmed", "attended"), "day": ("attended",)}


def in_stage(rows: Iterable[ParticipantRow], stage: str) -> list[ParticipantRow]:
    """The people who count at a stage: everyone not declined while planning, those who came on the day."""
    if stage not in STAGE_STATUSES:
        raise UserError(translate("Participants", "Unknown stage: {0}. Use planning or day.").format(stage))
    return [row for row in rows if row.status in STAGE_STATUSES[stage]]


class Composition(Struct, frozen=True):
    """Counts per stakeholder group and per gender, staff not counted."""

    by_group: dict[str, int]
    by_gender: dict[str, int]
    by_status: dict[str, int]
    total: int


def composition(rows: Iterable[ParticipantRow]) -> Composition:
    by_group: dict[str, int] = {}
    by_gender: dict[str, int] = {}
    by_status: dict[str, int] = {}
    total = 0
    for row in rows:
        by_status[row.status] = by_status.get(row.status, 0) + 1
        if row.is_staff:
            continue
        total += 1
        by_group[row.stakeholder_group] = by_group.get(row.stakeholder_group, 0) + 1
        gender = row.counted_gender if row.counted_gender in GENDERS else "self_described"
        by_gender[gender] = by_gender.get(gender, 0) + 1
    return Composition(by_group, by_gender, by_status, total)
