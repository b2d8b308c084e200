"""Who leads an agenda item: the choices a facilitator picks from, and the name that may be printed."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select

from facilitator.core.db import Database
from facilitator.core.disclosure import hidden_levels, public_identity
from facilitator.core.models import AgendaItem, Organisation, Participation, Person


def presenters(db: Database, agenda_items: Sequence[AgendaItem]) -> dict[str, str]:
    """Who leads each item, as it may be printed: a person's anonymity level is respected
    (:mod:`facilitator.core.disclosure`), and an anonymous person is not shown at all."""
    shown: dict[str, str] = {}
    with db.session() as session:
        levels = hidden_levels(session)
        for item in agenda_items:
            person = session.get(Person, item.presenter_person_id) if item.presenter_person_id else None
            organisation = (
                session.get(Organisation, item.presenter_organisation_id) if item.presenter_organisation_id else None
            )
            if person is not None:
                employer = organisation or person.organisation
                identity = public_identity(
                    levels.get(person.id, person.anonymity),
                    person.name,
                    employer.name if employer else "",
                    person.stakeholder_group,
                )
                if identity.level == "named":
                    shown[item.id] = (
                        f"{identity.name} ({identity.organisation})" if identity.organisation else identity.name
                    )
                elif identity.level == "group_only":
                    shown[item.id] = identity.label
            elif organisation is not None:
                shown[item.id] = organisation.name
    return shown


def presenter_choices(db: Database, meeting_id: str) -> list[tuple[str, str, str]]:
    """Who can lead an item: (field, id, label) for the meeting's participants and their organisations."""
    with db.session() as session:
        people = session.scalars(
            select(Person)
            .join(Participation, Participation.person_id == Person.id)
            .where(Participation.meeting_id == meeting_id, Participation.deleted.is_(False), Person.deleted.is_(False))
            .order_by(Person.name)
        ).all()
        organisations = {person.organisation.id: person.organisation.name for person in people if person.organisation}
    choices = [("presenter_person_id", person.id, person.name) for person in people]
    choices += [
        ("presenter_organisation_id", org_id, name)
        for org_id, name in sorted(organisations.items(), key=lambda entry: entry[1])
    ]
    return choices
