"""What a meeting agreed to do: actions with an owner, a due date and a status, followed up afterwards,
and the commitments stakeholders made.

Actions are made while taking notes (``a:`` on the live line); here they are listed and edited.  A
commitment (``m:``) is a note in someone's name ("the department will hold a screening camp before
March"); it is listed beside the actions so that nothing promised is forgotten after the meeting.  Once
a facilitator gives it a status or a due date it is followed up as an action of kind ``commitment``,
whose id comes from the note, so two laptops that follow the same commitment merge into one.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING, Any

from msgspec import Struct
from sqlalchemy import or_, select

from facilitator.core import disclosure, taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Action, AgendaItem, Note, Participation, Person, natural_id
from facilitator.core.records import get_live, update_fields
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


class ActionRow(Struct, frozen=True):
    """One action or commitment as the follow-up list shows it: who owns it, by when, and how far it is.

    ``owner`` is the owning person's name as entered, or a group's label; ``owner_level`` (the person's
    anonymity, "" when a group owns it) and ``owner_group`` let an output that leaves the laptop show the
    owner as :mod:`disclosure` allows.
    """

    id: str
    description: str
    owner: str
    due: date | None
    status: str  # "" for a commitment not followed up yet
    agenda_item: str
    kind: str = "action"
    owner_level: str = ""
    owner_group: str = ""
    agreed_at: datetime | None = None

    note_id: str | None = None
    confidentiality: str = ""  # the confidentiality of the note it was taken in ("" when typed apart)

    @property
    def confidential(self) -> bool:
        return self.confidentiality == "confidential"

    @property
    def is_open(self) -> bool:
        return self.status in ("open", "in_progress")

    def overdue(self, today: date) -> bool:
        """Due before ``today`` and not done or dropped (a commitment not followed up yet counts as open)."""
        return self.due is not None and self.due < today and (self.is_open or not self.followed)

    @property
    def reference(self) -> str:
        """The id lists show and commands take: a commitment keeps its note's, before it is followed up
        and after (when its action has an id of its own)."""
        return self.note_id if self.kind == "commitment" and self.note_id else self.id

    @property
    def followed(self) -> bool:
        """An action row exists (every action; a commitment once it has a status)."""
        return bool(self.status)


def _group_owner(group: str) -> str:
    known = taxonomy.stakeholder_groups()
    return known[group].label if group in known else group


def action_rows(db: Database, meeting_id: str, commitments: bool = False) -> list[ActionRow]:
    """The meeting's actions (and, when asked, its commitments) in the order they were agreed, with
    owner and agenda item by name."""
    # An action goes with the note it was taken in: deleting the note deletes it, also when the deletion
    # came from another laptop that had not seen the action yet.
    actions = (
        select(
            Action,
            Person.id,
            Person.name,
            Person.anonymity,
            Person.stakeholder_group,
            AgendaItem.title,
            Note.taken_at,
            Note.confidentiality,
        )
        .outerjoin(Participation, Participation.id == Action.owner_participation_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .outerjoin(AgendaItem, AgendaItem.id == Action.agenda_item_id)
        .outerjoin(Note, Note.id == Action.note_id)
        .where(Action.meeting_id == meeting_id, Action.deleted.is_(False))
        .where(or_(Action.note_id.is_(None), Note.deleted.is_(False)))
        .order_by(Action.created_at, Action.id)
    )
    promised = (
        select(Note, Person.id, Person.name, Person.anonymity, Person.stakeholder_group, AgendaItem.title)
        .outerjoin(Participation, Participation.id == Note.speaker_participation_id)
        .outerjoin(Person, Person.id == Participation.person_id)
        .outerjoin(AgendaItem, AgendaItem.id == Note.agenda_item_id)
        .where(Note.meeting_id == meeting_id, Note.deleted.is_(False), Note.kind == "commitment")
    )
    with db.session() as session:
        levels = disclosure.hidden_levels(session)  # an undecided conflict keeps the more protective level
        rows = [
            ActionRow(a.id, a.description, name or _group_owner(a.owner_text), a.due, a.status, title or "",
                      a.kind, levels.get(person, level or ""), group or a.owner_text, taken_at or a.created_at,
                      a.note_id, secrecy or "")
            for a, person, name, level, group, title, taken_at, secrecy in session.execute(actions)
            if commitments or a.kind == "action"
        ]  # fmt: skip
        followed = {row.note_id for row in rows}
        if commitments:
            rows += [
                ActionRow(n.id, n.body, name or _group_owner(n.stakeholder_group), None, "", title or "",
                          "commitment", levels.get(person, level or ""), group or n.stakeholder_group,
                          n.taken_at, n.id, n.confidentiality)
                for n, person, name, level, group, title in session.execute(promised)
                if n.id not in followed
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
        due = date.fromisoformat(text)
    except ValueError as exc:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):  # written right, but no such day: 2024-02-30
            raise UserError(translate("Notes", "There is no such date: {0}").format(text)) from exc
        raise UserError(translate("Notes", "Write the due date as YYYY-MM-DD: {0}").format(text)) from exc
    check_due(due)
    return due


EARLIEST_DUE = date(2000, 1, 1)
LATEST_DUE_YEARS = 10  # from today: a commitment further off is a typing slip (2204 for 2024)


def check_due(due: date | None, today: date | None = None) -> None:
    """Refuse a due date no meeting would agree on, such as 0224-03-01 or 2204-03-01 for 2024-03-01."""
    if due is None:
        return
    today = today or date.today()
    try:
        latest = today.replace(year=today.year + LATEST_DUE_YEARS)
    except ValueError:  # 29 February, ten years on in a year without one
        latest = today.replace(year=today.year + LATEST_DUE_YEARS, day=28)
    if not EARLIEST_DUE <= due <= latest:
        message = translate("Notes", "A due date of {0} looks like a typing slip: give one from {1} to {2}.")
        raise UserError(message.format(due.isoformat(), EARLIEST_DUE.isoformat(), latest.isoformat()))


def _check_changes(changes: dict[str, Any]) -> None:
    if "status" in changes and changes["status"] not in STATUSES:
        raise UserError(translate("Notes", "Unknown action status: {0}").format(changes["status"]))
    if "description" in changes and not (changes["description"] or "").strip():
        raise UserError(translate("Notes", "An action needs a description."))
    if "due" in changes and changes["due"] is not None and not isinstance(changes["due"], date):
        raise UserError(translate("Notes", "Write the due date as YYYY-MM-DD: {0}").format(changes["due"]))
    check_due(changes.get("due"))
    allowed = {"description", "owner_participation_id", "owner_text", "due", "status"}
    if set(changes) - allowed:
        raise UserError(translate("Notes", "An action has no field {0}.").format(", ".join(set(changes) - allowed)))


def update_action(db: Database, action_id: str, **changes: Any) -> dict[str, Any]:
    """Edit an action's description, owner, due date or status; returns the previous values."""
    _check_changes(changes)
    return update_fields(db, Action, action_id, changes)


def resolve_row(db: Database, meeting_id: str, reference: str) -> ActionRow:
    """The action or commitment of the meeting named by its id or the first characters that
    ``facilitator actions`` shows."""
    wanted = reference.strip().lower()
    if not wanted:
        raise UserError(translate("Notes", "Name an action by its id or the first characters of it."))
    found = [row for row in action_rows(db, meeting_id, commitments=True) if row.reference.startswith(wanted)]
    if not found:
        raise UserError(translate("Notes", "This meeting has no action or commitment {0}.").format(reference))
    if len(found) > 1:
        raise UserError(translate("Notes", "{0} names more than one action; give more of its id.").format(reference))
    return found[0]


def follow_commitment(db: Database, note_id: str, **changes: Any) -> str:
    """Follow a commitment up as an action (its owner, item and words copied from the note), with the
    status, due date or description chosen now; returns the action's id.  The id is the note's own, so
    a commitment followed on two laptops is one action; one followed before (and undone) comes back."""
    _check_changes(changes)
    action_id = natural_id("action", "commitment", note_id)
    with db.session() as session:
        note = get_live(session, Note, note_id)
        if note.kind != "commitment":
            raise UserError(translate("Notes", "Only a commitment can be followed up this way."))
        action = session.get(Action, action_id)
        if action is None:
            action = Action(id=action_id, meeting_id=note.meeting_id, note_id=note.id, description=note.body)
            session.add(action)
            session.flush()
            action.kind = "commitment"
            action.agenda_item_id = note.agenda_item_id
            action.owner_participation_id = note.speaker_participation_id
            action.owner_text = "" if note.speaker_participation_id else note.stakeholder_group
        action.deleted = False
        for name, value in changes.items():
            setattr(action, name, value)
    return action_id
