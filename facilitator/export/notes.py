"""A meeting's notes as records that may leave the laptop (JSON, the command line).

Each note is attributed as :mod:`facilitator.core.disclosure` allows: a named participant by name, one
who is not named as their group (or not at all), a group by its label, the room by nothing.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from facilitator.core import disclosure, meetings, taxonomy
from facilitator.core.db import Database
from facilitator.core.models import AgendaItem, Note, Participation, Person
from facilitator.i18n import translate

COLUMNS = ("taken_at", "kind", "agenda_item", "attribution", "risk_tags", "confidentiality", "body")


def public_records(db: Database, meeting_id: str) -> list[dict[str, Any]]:
    """Every note of the meeting in the order taken; times in the meeting's zone, ISO 8601.  A name of someone
    who is not named is replaced by how they are shown, and a confidential note's words are left out."""
    policy = disclosure.for_meeting(db, meeting_id, disclosure.Audience.SHAREABLE)
    zone = meetings.get(db, meeting_id).timezone
    groups = taxonomy.stakeholder_groups()
    query = (
        select(Note, Person.id, Person.name, Person.anonymity, Person.stakeholder_group, AgendaItem.title)
        .outerjoin(Participation, Participation.id == Note.speaker_participation_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .outerjoin(AgendaItem, AgendaItem.id == Note.agenda_item_id)
        .where(Note.meeting_id == meeting_id, Note.deleted.is_(False))
        .order_by(Note.taken_at, Note.id)
    )
    records = []
    withheld = translate("Notes", "(confidential: not shown outside the laptop)")
    with db.session() as session:
        typed = disclosure.typed_text(session, policy)
        levels = disclosure.hidden_levels(session)
        for note, person_id, name, level, person_group, title in session.execute(query):
            if name is not None:
                shown_level = levels.get(person_id, level)
                attribution = policy.identity(shown_level, name, group=person_group or note.stakeholder_group).label
            else:
                group = note.stakeholder_group
                attribution = groups[group].label if group in groups else group
            records.append(
                {
                    "id": note.id,
                    "taken_at": meetings.to_local(note.taken_at, zone).isoformat(timespec="seconds"),
                    "kind": note.kind,
                    "agenda_item": title,
                    "attribution": attribution or None,
                    "risk_tags": list(note.risk_tags),
                    "confidentiality": note.confidentiality,
                    "body": withheld if note.confidentiality == "confidential" else typed(note.body),
                }
            )
    return records
