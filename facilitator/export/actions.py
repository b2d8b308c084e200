"""A meeting's actions and commitments as records that may leave the laptop (JSON, CSV).

Owners appear as :mod:`facilitator.core.disclosure` allows; the descriptions are what the room agreed,
as written, except that a name (or the phone number) of someone who is not named is replaced by how
they are shown, and the words of one the public minutes leave out (taken in a confidential note, or
kept to the internal minutes by the facilitator) are left out here too.  Dates are
ISO 8601.
"""

from __future__ import annotations

from typing import Any

from facilitator.core import actions, disclosure
from facilitator.core.db import Database
from facilitator.core.minutes import review
from facilitator.export import spreadsheet
from facilitator.i18n import translate

COLUMNS = ("kind", "description", "owner", "due", "status", "agenda_item")


def public_records(db: Database, meeting_id: str) -> list[dict[str, Any]]:
    """Every action and commitment of the meeting, in the order agreed; one taken in a confidential note
    is listed with its words left out, as the note is."""
    policy = disclosure.for_meeting(db, meeting_id, disclosure.Audience.SHAREABLE)
    withheld = translate("Notes", "(confidential: not shown outside the laptop)")
    internal = translate("Notes", "(kept to the internal minutes: not shown outside the laptop)")
    with db.session() as session:
        typed = disclosure.typed_text(session, policy)
        choices = review.note_choices(session, meeting_id)

    def shown(row: actions.ActionRow) -> bool:
        """As in the public minutes: by the note's confidentiality and the facilitator's choice for it."""
        if row.note_id is None:
            return True
        return review.in_minutes(
            row.confidentiality or "internal", choices.get(row.note_id, "default"), False, row.kind
        )

    return [
        {
            "id": row.reference,
            "kind": row.kind,
            "description": typed(row.description) if shown(row) else withheld if row.confidential else internal,
            "owner": actions.public_owner(row, policy),
            "due": row.due.isoformat() if row.due else None,
            "status": row.status or None,
            "agenda_item": row.agenda_item or None,
        }
        for row in actions.action_rows(db, meeting_id, commitments=True)
    ]


def export_csv(db: Database, meeting_id: str) -> str:
    """The records as CSV; no cell can run as a formula."""
    records = [{name: value or "" for name, value in record.items()} for record in public_records(db, meeting_id)]
    return spreadsheet.csv_text(COLUMNS, records)
