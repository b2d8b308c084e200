"""The register of people shared across meetings, and each person's place in one meeting.

A person is entered once (organisation, stakeholder group, languages, literacy, privacy) and invited to
many meetings.  A participation carries what is particular to one meeting: status, session, needs, and
whether the person speaks for a group that is not there in person.  Check-ins and consents are facts
that only grow: they are inserted, and the latest one counts.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import anonymity, taxonomy, vocabulary
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import CheckIn, Consent, Meeting, Organisation, Participation, Person, utcnow
from facilitator.core.records import get_live, update_fields
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

MAX_NAME = 200

STATUSES = {
    "invited": QT_TRANSLATE_NOOP("Participants", "Invited"),
    "confirmed": QT_TRANSLATE_NOOP("Participants", "Confirmed"),
    "declined": QT_TRANSLATE_NOOP("Participants", "Declined"),
    "attended": QT_TRANSLATE_NOOP("Participants", "Attended"),
}
ROLES = {
    "participant": QT_TRANSLATE_NOOP("Participants", "Participant"),
    "facilitator": QT_TRANSLATE_NOOP("Participants", "Facilitator"),
    "interpreter": QT_TRANSLATE_NOOP("Participants", "Interpreter"),
    "note_taker": QT_TRANSLATE_NOOP("Participants", "Note-taker"),
    "observer": QT_TRANSLATE_NOOP("Participants", "Observer"),
}
# Meeting staff: their talk is procedural by default and they are not waiting to be heard.
STAFF_ROLES = frozenset({"facilitator", "interpreter", "note_taker"})
STAFF_GROUPS = frozenset({"FACILITATOR", "INTERPRETER"})
SESSIONS = {
    "plenary": QT_TRANSLATE_NOOP("Participants", "Plenary"),
    "worker_caucus": QT_TRANSLATE_NOOP("Participants", "Worker caucus"),
    "women_caucus": QT_TRANSLATE_NOOP("Participants", "Women-only session"),
    "business_caucus": QT_TRANSLATE_NOOP("Participants", "Business caucus"),
    "civil_society_caucus": QT_TRANSLATE_NOOP("Participants", "Civil-society caucus"),
}
NEED_STATES = {
    "": QT_TRANSLATE_NOOP("Participants", "Not asked"),
    "not_needed": QT_TRANSLATE_NOOP("Participants", "Not needed"),
    "needed": QT_TRANSLATE_NOOP("Participants", "Needed"),
    "arranged": QT_TRANSLATE_NOOP("Participants", "Arranged"),
}
NEEDS = {
    "travel_support": QT_TRANSLATE_NOOP("Participants", "Travel support"),
    "lost_wages": QT_TRANSLATE_NOOP("Participants", "Lost-wage compensation"),
    "childcare": QT_TRANSLATE_NOOP("Participants", "Childcare"),
}
GENDERS = {
    "": QT_TRANSLATE_NOOP("Participants", "Not recorded"),
    "woman": QT_TRANSLATE_NOOP("Participants", "Woman"),
    "man": QT_TRANSLATE_NOOP("Participants", "Man"),
    "non_binary": QT_TRANSLATE_NOOP("Participants", "Non-binary"),
    "prefer_not_to_say": QT_TRANSLATE_NOOP("Participants", "Prefer not to say"),
}
CONSENT_KINDS = {
    "recording": QT_TRANSLATE_NOOP("Participants", "Recording"),
    "photos": QT_TRANSLATE_NOOP("Participants", "Photos"),
    "naming": QT_TRANSLATE_NOOP("Participants", "Naming in minutes"),
    "quotes": QT_TRANSLATE_NOOP("Participants", "Quotes"),
}
CHECK_IN_KINDS = ("arrival", "departure")


def label(table: dict[str, str], code: str) -> str:
    """The translated label of a code in one of the tables above; a self-described value is shown as typed."""
    return translate("Participants", table[code]) if code in table else code


def group_label(group: str) -> str:
    known = taxonomy.stakeholder_groups()
    return known[group].label if group in known else group


def gender_label(gender: str) -> str:
    return label(GENDERS, gender)


def normalise_gender(text: str) -> str:
    """Common spellings to a code; anything else is kept as the person's own description."""
    value = (text or "").strip()
    known = {
        "f": "woman", "female": "woman", "w": "woman", "woman": "woman", "women": "woman", "vrouw": "woman",
        "m": "man", "male": "man", "man": "man", "men": "man",
        "non-binary": "non_binary", "nonbinary": "non_binary", "non_binary": "non_binary",
        "prefer not to say": "prefer_not_to_say", "prefer_not_to_say": "prefer_not_to_say",
    }  # fmt: skip
    return known.get(value.lower(), value[:64])


def _choice(table: dict[str, str], value: str, what: str) -> str:
    if value not in table:
        raise UserError(
            translate("Participants", "Unknown {what}: {value}. Use one of: {known}").format(
                what=what, value=value, known=", ".join(code for code in table if code)
            )
        )
    return value


def _languages(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(code.strip().lower() for code in values if code and code.strip()))


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UserError(translate("Participants", "A person or organisation needs a name."))
    if len(name) > MAX_NAME:
        raise UserError(translate("Participants", "A name can have at most {0} characters.").format(MAX_NAME))
    return name


# -- the register ----------------------------------------------------------------------------------


def _clean_person(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "name" in cleaned:
        cleaned["name"] = _clean_name(cleaned["name"])
    if "stakeholder_group" in cleaned:
        cleaned["stakeholder_group"] = taxonomy.check_group(cleaned["stakeholder_group"] or "")
    if "gender" in cleaned:
        cleaned["gender"] = normalise_gender(cleaned["gender"])
    for field in ("languages_spoken", "languages_read"):
        if field in cleaned:
            cleaned[field] = _languages(cleaned[field])
    if "anonymity" in cleaned:
        cleaned["anonymity"] = anonymity.check_level(cleaned["anonymity"])
    for field in ("role", "email", "phone", "literacy_needs"):
        if field in cleaned:
            cleaned[field] = (cleaned[field] or "").strip()
    return cleaned


def _with_default_anonymity(values: dict[str, Any]) -> dict[str, Any]:
    return {"anonymity": anonymity.default_level(values.get("stakeholder_group", "")), **values}


def find_organisation(session: Session, name: str) -> Organisation | None:
    """An organisation in the register with this name, compared without case or extra spaces."""
    wanted = " ".join(name.split()).casefold()
    for organisation in session.scalars(select(Organisation).where(Organisation.deleted.is_(False))):
        if organisation.name.casefold() == wanted:
            return organisation
    return None


def organisation_named(session: Session, name: str, stakeholder_group: str = "") -> str | None:
    """The id of the organisation with this name, made when the register lacks it; None for no name."""
    name = " ".join((name or "").split())
    if not name:
        return None
    found = find_organisation(session, name)
    if found is None:
        found = Organisation(name=_clean_name(name), stakeholder_group=stakeholder_group)
        session.add(found)
        session.flush()
    return found.id


def create_person(db: Database, name: str, organisation: str = "", **fields: Any) -> Person:
    """Add a person to the register; ``organisation`` is a name, found or added."""
    values = _with_default_anonymity(_clean_person({"name": name, **fields}))
    with db.session() as session:
        organisation_id = organisation_named(session, organisation, values.get("stakeholder_group", ""))
        person = Person(organisation_id=organisation_id, **values)
        session.add(person)
    return person


def update_person(db: Database, person_id: str, **changes: Any) -> dict[str, Any]:
    """Edit register fields of a person; returns the previous values (for undo)."""
    return update_fields(db, Person, person_id, _clean_person(changes))


@dataclass(frozen=True)
class PersonFacts:
    """What the register knows of a person, shared by register rows and participant rows."""

    name: str
    organisation: str
    stakeholder_group: str
    role: str
    gender: str
    languages_spoken: tuple[str, ...]
    languages_read: tuple[str, ...]
    literacy_needs: str
    email: str
    phone: str
    anonymity: str


def person_facts(person: Person, organisation: str) -> dict[str, Any]:
    return {
        "name": person.name, "organisation": organisation, "stakeholder_group": person.stakeholder_group,
        "role": person.role, "gender": person.gender, "languages_spoken": tuple(person.languages_spoken),
        "languages_read": tuple(person.languages_read), "literacy_needs": person.literacy_needs,
        "email": person.email, "phone": person.phone, "anonymity": person.anonymity,
    }  # fmt: skip


@dataclass(frozen=True, kw_only=True)
class RegisterRow(PersonFacts):
    """One person of the register as lists and tables show it."""

    id: str
    meetings: int


def list_register(db: Database, group: str = "", search: str = "") -> list[RegisterRow]:
    """People in the register, by name, optionally only one stakeholder group or class, or matching ``search``."""
    needle = search.strip().casefold()
    groups = taxonomy.stakeholder_groups()
    with db.session() as session:
        counts: dict[str, int] = {}
        for person_id in session.scalars(select(Participation.person_id).where(Participation.deleted.is_(False))):
            counts[person_id] = counts.get(person_id, 0) + 1
        rows = []
        for person in session.scalars(select(Person).where(Person.deleted.is_(False)).order_by(Person.name)):
            found_group = groups.get(person.stakeholder_group)
            if group and group not in (person.stakeholder_group, found_group.group_class if found_group else None):
                continue
            organisation = person.organisation.name if person.organisation and not person.organisation.deleted else ""
            if needle and needle not in f"{person.name} {organisation} {person.role}".casefold():
                continue
            rows.append(
                RegisterRow(**person_facts(person, organisation), id=person.id, meetings=counts.get(person.id, 0))
            )
    return rows


def _clean_participation(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "status" in cleaned:
        _choice(STATUSES, cleaned["status"], translate("Participants", "status"))
    if "role" in cleaned:
        _choice(ROLES, cleaned["role"], translate("Participants", "role"))
    if "session" in cleaned:
        session_name = (cleaned["session"] or "").strip()
        if not session_name:
            raise UserError(translate("Participants", "Choose a session, such as the plenary."))
        cleaned["session"] = session_name[:32]
    for need in NEEDS:
        if need in cleaned:
            _choice(NEED_STATES, cleaned[need] or "", translate("Participants", "state of a need"))
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
    with db.session() as session:
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
        participation = Participation(meeting_id=meeting_id, person_id=person_id, **values)
        session.add(participation)
    return participation


def add_new_participant(
    db: Database, meeting_id: str, name: str, organisation: str = "", status: str = "invited", **fields: Any
) -> Participation:
    """Enter someone new in the register and put them on the meeting's list, in one step."""
    values = _with_default_anonymity(_clean_person({"name": name, **fields}))
    place = _clean_participation({"status": status})
    with db.session() as session:
        get_live(session, Meeting, meeting_id)
        person = Person(organisation_id=organisation_named(session, organisation, values.get("stakeholder_group", "")),
                        **values)  # fmt: skip
        session.add(person)
        session.flush()
        participation = Participation(meeting_id=meeting_id, person_id=person.id, **place)
        session.add(participation)
    return participation


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
    _choice(CONSENT_KINDS, kind, translate("Participants", "kind of consent"))
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


@dataclass(frozen=True, kw_only=True)
class ParticipantRow(PersonFacts):
    """A person in a meeting, flattened for tables, checks and exports."""

    participation_id: str
    person_id: str
    participation_role: str
    status: str
    session: str
    interpretation_language: str
    is_proxy: bool
    speaks_for: str
    travel_support: str
    lost_wages: str
    childcare: str
    accessibility: str
    consents: dict[str, tuple[bool, date]]
    arrived_at: datetime | None
    departed_at: datetime | None

    @property
    def is_staff(self) -> bool:
        return self.participation_role in STAFF_ROLES or self.stakeholder_group in STAFF_GROUPS

    def identity(self) -> anonymity.PublicIdentity:
        return anonymity.public_identity(
            self.anonymity, self.name, self.organisation, self.stakeholder_group, self.email, self.phone
        )


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
            else:
                departures[fact.participation_id] = fact.at
        rows = [
            ParticipantRow(
                **person_facts(person, organisations.get(person.organisation_id or "", "")),
                participation_id=p.id, person_id=person.id, participation_role=p.role, status=p.status,
                session=p.session, interpretation_language=p.interpretation_language, is_proxy=p.is_proxy,
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


@dataclass(frozen=True)
class Composition:
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
        gender = row.gender if row.gender in GENDERS else "self_described"
        by_gender[gender] = by_gender.get(gender, 0) + 1
    return Composition(by_group, by_gender, by_status, total)


# -- export ----------------------------------------------------------------------------------------

EXPORT_COLUMNS = (
    "name", "organisation", "stakeholder_group", "role", "status", "session", "anonymity",
    "is_proxy", "speaks_for", "interpretation_language", "email", "phone",
)  # fmt: skip


def public_record(row: ParticipantRow) -> dict[str, Any]:
    """A participant as every output shows them: what their anonymity level allows, and no more."""
    shown = row.identity()
    hidden = shown.level == "anonymous"
    return {
        "name": shown.label,
        "organisation": shown.organisation,
        "stakeholder_group": shown.group or None,
        "role": row.role if shown.level == "named" else "",
        "status": row.status,
        "session": row.session,
        "anonymity": shown.level,
        "is_proxy": row.is_proxy,
        "speaks_for": row.speaks_for if not hidden else "",
        "interpretation_language": row.interpretation_language,
        "email": shown.email,
        "phone": shown.phone,
    }


def public_records(rows: Iterable[ParticipantRow]) -> list[dict[str, Any]]:
    """Every participant as outputs show them; anonymous people last, so their place gives no group away."""
    records = [public_record(row) for row in rows]
    return sorted(records, key=lambda record: record["anonymity"] == "anonymous")


def export_csv(db: Database, meeting_id: str) -> str:
    """The meeting's list as CSV text (UTF-8 when written with a BOM for spreadsheet programs)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=EXPORT_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for record in public_records(list_participants(db, meeting_id)):
        record["stakeholder_group"] = record["stakeholder_group"] or ""
        record["is_proxy"] = "yes" if record["is_proxy"] else ""
        writer.writerow(record)
    return buffer.getvalue()


def language_names(codes: Iterable[str]) -> str:
    return ", ".join(vocabulary.label(vocabulary.LANGUAGES, code) for code in codes)
