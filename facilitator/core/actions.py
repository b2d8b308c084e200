"""What a meeting agreed to do: actions with an owner, a due date and a status, followed up afterwards,
and the commitments stakeholders made.

Actions are made while taking notes (``a:`` on the live line); here they are listed and edited.  A
commitment (``m:``) is a note in someone's name ("the department will hold a screening camp before
March"); it is listed beside the actions so that nothing promised is forgotten after the meeting, and it
has no status of its own.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Action, AgendaItem, Note, Participation, Person
from facilitator.core.records import update_fields
from facilitator.core.vocabulary import Vocabulary
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from facilitator.core.disclosure import Policy

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


KINDS = Vocabulary(
    "Notes",
    {"action": QT_TRANSLATE_NOOP("Notes", "Action"), "commitment": QT_TRANSLATE_NOOP("Notes", "Commitment")},
)


@dataclass(frozen=True)
class ActionRow:
    """One action or commitment as the follow-up list shows it: who owns it, by when, and how far it is.

    ``owner`` is the owning person's name as entered, or a group's label; ``owner_level`` (the person's
    anonymity, "" when a group owns it) and ``owner_group`` let an output that leaves the laptop show the
    owner as :mod:`disclosure` allows.
    """

    id: str
    description: str
    owner: str
    due: date | None
    status: str  # "" for a commitment: it is a note, with no status to follow
    agenda_item: str
    kind: str = "action"
    owner_level: str = ""
    owner_group: str = ""
    agreed_at: datetime | None = None

    @property
    def is_open(self) -> bool:
        return self.kind == "action" and self.status in ("open", "in_progress")


def _group_owner(group: str) -> str:
    known = taxonomy.stakeholder_groups()
    return known[group].label if group in known else group


def action_rows(db: Database, meeting_id: str, commitments: bool = False) -> list[ActionRow]:
    """The meeting's actions (and, when asked, its commitments) in the order they were agreed, with
    owner and agenda item by name."""
    actions = (
        select(Action, Person.name, Person.anonymity, Person.stakeholder_group, AgendaItem.title, Note.taken_at)
        .outerjoin(Participation, Participation.id == Action.owner_participation_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .outerjoin(Note, Note.id == Action.note_id)
        .where(Action.meeting_id == meeting_id, Action.deleted.is_(False))
        .order_by(Action.created_at, Action.id)
    )
    promised = (
        select(Note, Person.name, Person.anonymity, Person.stakeholder_group, AgendaItem.title)
        .outerjoin(Participation, Participation.id == Note.speaker_participation_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .outerjoin(AgendaItem, AgendaItem.id == Note.agenda_item_id)
        .where(Note.meeting_id == meeting_id, Note.deleted.is_(False), Note.kind == "commitment")
    )
    with db.session() as session:
        rows = [
            ActionRow(a.id, a.description, name or _group_owner(a.owner_text), a.due, a.status, title or "",
                      "action", level or "", group or a.owner_text, taken_at or a.created_at)
            for a, name, level, group, title, taken_at in session.execute(actions)
        ]  # fmt: skip
        if commitments:
            rows += [
                ActionRow(n.id, n.body, name or _group_owner(n.stakeholder_group), None, "", title or "",
                          "commitment", level or "", group or n.stakeholder_group, n.taken_at)
                for n, name, level, group, title in session.execute(promised)
            ]  # fmt: skip
    if commitments:
        rows.sort(key=lambda row: row.agreed_at or datetime.min.replace(tzinfo=UTC))
    return rows


def public_owner(row: ActionRow, policy: Policy) -> str:
    """The owner as an output may show them: a person as their anonymity allows, a group by its label."""
    if not row.owner_level:
        return row.owner  # owned by a group (or nobody), not a person
    return policy.identity(row.owner_level, row.owner, group=row.owner_group).label


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
