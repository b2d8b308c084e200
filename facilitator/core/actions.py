"""What a meeting agreed to do: actions with an owner, a due date and a status, followed up afterwards.

Actions are made while taking notes (``a:`` on the live line); here they are listed and edited.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select

from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Action, AgendaItem, Participation, Person
from facilitator.core.records import update_fields
from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

STATUSES = Vocabulary(
    "Notes",
    {
        "open": QT_TRANSLATE_NOOP("Notes", "Open"),
        "in_progress": QT_TRANSLATE_NOOP("Notes", "In progress"),
        "done": QT_TRANSLATE_NOOP("Notes", "Done"),
        "dropped": QT_TRANSLATE_NOOP("Notes", "Dropped"),
    },
)


def list_actions(db: Database, meeting_id: str) -> list[Action]:
    query = select(Action).where(Action.meeting_id == meeting_id, Action.deleted.is_(False)).order_by(Action.created_at)
    with db.session() as session:
        return list(session.scalars(query))


@dataclass(frozen=True)
class ActionRow:
    """One action as the follow-up list shows it: who owns it, by when, and how far it is."""

    id: str
    description: str
    owner: str
    due: date | None
    status: str
    agenda_item: str


def action_rows(db: Database, meeting_id: str) -> list[ActionRow]:
    """The meeting's actions in the order they were agreed, with owner and agenda item by name."""
    query = (
        select(Action, Person.name, AgendaItem.title)
        .outerjoin(Participation, Participation.id == Action.owner_participation_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .where(Action.meeting_id == meeting_id, Action.deleted.is_(False))
        .order_by(Action.created_at, Action.id)
    )
    with db.session() as session:
        return [
            ActionRow(a.id, a.description, owner or a.owner_text, a.due, a.status, title or "")
            for a, owner, title in session.execute(query)
        ]


def parse_due(text: str) -> date | None:
    """A typed due date (YYYY-MM-DD), or None for an empty field."""
    text = text.strip()
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise UserError(translate("Notes", "Write the due date as YYYY-MM-DD: {0}").format(text)) from exc


def update_action(db: Database, action_id: str, **changes: Any) -> dict[str, Any]:
    """Edit an action's description, owner, due date or status; returns the previous values."""
    if "status" in changes and changes["status"] not in STATUSES:
        raise UserError(translate("Notes", "Unknown action status: {0}").format(changes["status"]))
    if "description" in changes and not (changes["description"] or "").strip():
        raise UserError(translate("Notes", "An action needs a description."))
    if "due" in changes and changes["due"] is not None and not isinstance(changes["due"], date):
        raise UserError(translate("Notes", "Write the due date as YYYY-MM-DD: {0}").format(changes["due"]))
    allowed = {"description", "owner_participation_id", "owner_text", "due", "status"}
    if set(changes) - allowed:
        raise UserError(translate("Notes", "An action has no field {0}.").format(", ".join(set(changes) - allowed)))
    return update_fields(db, Action, action_id, changes)
