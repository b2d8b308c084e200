"""The register of people and organisations, shared across meetings.

A person is entered once (organisation, stakeholder group, languages, literacy, privacy) and invited to
many meetings; what is particular to one meeting is their participation.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import taxonomy, text
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Organisation, Participation, Person
from facilitator.core.participants.vocabulary import (
    ANONYMITY,
    INTERPRETER_GROUP,
    INTERPRETER_ROLE,
    default_anonymity,
    normalise_gender,
)
from facilitator.core.records import get_live, update_fields
from facilitator.core.text import spellings_in
from facilitator.core.vocabulary import LANGUAGES
from facilitator.i18n import translate

MAX_NAME = 200
MAX_SPELLINGS = 10


def _languages(values: Iterable[str]) -> list[str]:
    """ISO codes for typed codes or names ("Hindi", "raj", "हिन्दी"); one that is no language is refused."""
    return list(dict.fromkeys(LANGUAGES.require(text) for text in values if text and text.strip()))


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise UserError(translate("Participants", "A person or organisation needs a name."))
    if len(name) > MAX_NAME:
        raise UserError(translate("Participants", "A name can have at most {0} characters.").format(MAX_NAME))
    return name


def clean_person(values: dict[str, Any]) -> dict[str, Any]:
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
        cleaned["anonymity"] = ANONYMITY.require(cleaned["anonymity"], translate("Participants", "anonymity level"))
    for field in ("role", "email", "phone", "literacy_needs", "notes"):
        if field in cleaned:
            cleaned[field] = (cleaned[field] or "").strip()
    if "other_spellings" in cleaned:
        spellings = [_clean_name(spelling) for spelling in spellings_in(cleaned["other_spellings"] or "")]
        if len(spellings) > MAX_SPELLINGS:
            raise UserError(
                translate("Participants", "A person can have at most {0} other spellings.").format(MAX_SPELLINGS)
            )
        cleaned["other_spellings"] = "; ".join(dict.fromkeys(spellings))
    return cleaned


def with_default_anonymity(values: dict[str, Any]) -> dict[str, Any]:
    return {"anonymity": default_anonymity(values.get("stakeholder_group", "")), **values}


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
    values = with_default_anonymity(clean_person({"name": name, **fields}))
    with db.session() as session:
        organisation_id = organisation_named(session, organisation, values.get("stakeholder_group", ""))
        person = Person(organisation_id=organisation_id, **values)
        session.add(person)
    return person


def update_person(db: Database, person_id: str, **changes: Any) -> dict[str, Any]:
    """Edit register fields of a person; returns the previous values (for undo)."""
    return update_fields(db, Person, person_id, clean_person(changes))


def restore_person(db: Database, person_id: str, **values: Any) -> dict[str, Any]:
    """Put back register fields as an import left them or found them (its undo and redo): they were
    written once already, so they are not checked again as a typed edit is ("Xyzish" kept as written)."""
    return update_fields(db, Person, person_id, values)


def set_organisation(db: Database, person_id: str, organisation: str) -> dict[str, Any]:
    """Give a person the organisation of this name, adding it to the register when it is new ("" for none);
    returns the previous organisation id (for undo)."""
    with db.session() as session:
        person = get_live(session, Person, person_id)
        previous = {"organisation_id": person.organisation_id}
        person.organisation_id = organisation_named(session, organisation)
        return previous


def organisation_of(db: Database, person_id: str) -> str | None:
    with db.session() as session:
        return get_live(session, Person, person_id).organisation_id


WOMEN_WORKERS = "RH_WOMEN_WORKER"


class PersonFacts(Struct, frozen=True):
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
    notes: str = ""
    other_spellings: str = ""

    @property
    def counted_gender(self) -> str:
        """The gender counts count: as recorded, and a woman worker whose gender was not recorded as a
        woman (the group says it), so the women's share does not miss the women workers themselves."""
        return "woman" if not self.gender and self.stakeholder_group == WOMEN_WORKERS else self.gender


def person_facts(person: Person, organisation: str) -> dict[str, Any]:
    return {
        "name": person.name, "organisation": organisation, "stakeholder_group": person.stakeholder_group,
        "role": person.role, "gender": person.gender, "languages_spoken": tuple(person.languages_spoken),
        "languages_read": tuple(person.languages_read), "literacy_needs": person.literacy_needs,
        "email": person.email, "phone": person.phone, "anonymity": person.anonymity, "notes": person.notes,
        "other_spellings": person.other_spellings,
    }  # fmt: skip


class RegisterRow(PersonFacts, frozen=True, kw_only=True):
    """One person of the register as lists and tables show it."""

    id: str
    meetings: int


def list_register(db: Database, group: str = "", search: str = "") -> list[RegisterRow]:
    """People in the register, by name, optionally only one stakeholder group or class, or matching ``search``."""
    needle = text.clean(search).strip().casefold()
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


def list_interpreters(db: Database, keep: Iterable[str | None] = ()) -> list[RegisterRow]:
    """The people who can interpret, as the language check counts them: the interpreters' group, or an
    interpreter's place in a meeting; and those in ``keep`` (chosen before), so a choice stays in view.
    No one else is offered: a worker, or the supplier's own staff, is no interpreter for a visit."""
    with db.session() as session:
        chosen = set(
            session.scalars(
                select(Participation.person_id).where(
                    Participation.role == INTERPRETER_ROLE, Participation.deleted.is_(False)
                )
            )
        )
    chosen |= {person_id for person_id in keep if person_id}
    return [row for row in list_register(db) if row.stakeholder_group == INTERPRETER_GROUP or row.id in chosen]
