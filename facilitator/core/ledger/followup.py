"""A "Follow-up on commitments" item for a new roundtable: the open entries of the same suppliers.

The entries that concern a meeting are those owned by an organisation (or a person of one) that takes
part in it, or agreed at an earlier meeting that shared an organisation with it.  Those not yet
kept are listed in the item's facilitator's notes, overdue ones first and marked.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from facilitator.core.agenda import items
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.ledger import entries
from facilitator.core.ledger.status import KEPT, STATUSES
from facilitator.core.models import AgendaItem, Participation, Person
from facilitator.i18n import translate

FOLLOW_UP_MINUTES = 20


def _organisations_of(db: Database, meeting_id: str) -> set[str]:
    query = (
        select(Person.organisation_id)
        .join(Participation, Participation.person_id == Person.id)
        .where(Participation.meeting_id == meeting_id, Participation.deleted.is_(False))
    )
    with db.session() as session:
        return {org for org in session.scalars(query) if org}


def concerning(db: Database, meeting_id: str, today: date | None = None) -> list[entries.EntryRow]:
    """The entries not yet kept that concern this meeting's organisations, agreed at other meetings."""
    mine = _organisations_of(db, meeting_id)
    shared_meetings: dict[str, bool] = {}

    def shares(other: str | None) -> bool:
        if other is None or other == meeting_id:
            return False
        if other not in shared_meetings:
            shared_meetings[other] = bool(_organisations_of(db, other) & mine)
        return shared_meetings[other]

    return [
        row
        for row in entries.rows(db, today=today)
        if row.status not in KEPT
        and row.meeting_id != meeting_id
        and (row.owner_organisation_id in mine or shares(row.meeting_id))
    ]


def text(rows: list[entries.EntryRow]) -> str:
    lines = []
    for row in rows:
        due = row.due.isoformat() if row.due else translate("Ledger", "no due date")
        mark = translate("Ledger", "OVERDUE") + " " if row.overdue else ""
        lines.append(
            translate("Ledger", "• {mark}{description} — {owner}, due {due}, {status}").format(
                mark=mark, description=row.description, owner=row.owner_organisation or row.owner, due=due,
                status=STATUSES.label(row.status).lower(),
            )
        )  # fmt: skip
    return "\n".join(lines)


def add_item(db: Database, meeting_id: str, today: date | None = None) -> AgendaItem:
    """Append the follow-up item, listing the open entries; refused when there are none."""
    rows = concerning(db, meeting_id, today)
    if not rows:
        raise UserError(translate("Ledger", "No open commitments concern the organisations of this meeting."))
    tags = list(dict.fromkeys(tag for row in rows for tag in row.risk_tags))
    overdue = sum(row.overdue for row in rows)
    purpose = translate(
        "Ledger", "{count} open commitments from earlier meetings and visits, {overdue} overdue."
    ).format(count=len(rows), overdue=overdue)
    return items.add(
        db, meeting_id, translate("Ledger", "Follow-up on commitments"), kind="plenary",
        planned_minutes=FOLLOW_UP_MINUTES, purpose=purpose, facilitator_notes=text(rows), risk_tags=tags,
    )  # fmt: skip
