"""The commitments ledger as shareable records and CSV: owners as the disclosure policy shows them,
with every status change (date, status, who, why), so a reader sees which commitments were kept."""

from __future__ import annotations

from typing import Any

from facilitator.core.disclosure import Audience
from facilitator.core.ledger import entries
from facilitator.core.ledger.entries import EntryRow
from facilitator.core.ledger.status import STATUSES
from facilitator.export import spreadsheet

FIELDS = ("kind", "description", "owner", "due", "status", "since", "overdue", "agreed_at", "agreed_on", "history")


def records(rows: list[EntryRow], audience: Audience = Audience.SHAREABLE) -> list[dict[str, Any]]:
    return [
        {
            "id": row.id,
            "kind": entries.KINDS.label(row.kind),
            "description": row.description,
            "owner": entries.shown_owner(row, audience),
            "due": row.due.isoformat() if row.due else "",
            "status": STATUSES.label(row.status),
            "since": row.status_since.isoformat() if row.status_since else "",
            "overdue": row.overdue,
            "agreed_at": row.meeting_title,
            "agreed_on": row.agreed_on.isoformat() if row.agreed_on else "",
            "history": [
                {
                    "on": change.changed_on.isoformat(),
                    "status": STATUSES.label(change.status),
                    "by": change.changed_by,
                    "reason": change.reason,
                    "evidence": change.evidence,
                }
                for change in row.history
            ],
        }
        for row in rows
    ]


def csv_text(rows: list[EntryRow]) -> str:
    """One line per entry; its history in one cell, a change per line."""
    flat = []
    for record in records(rows):
        record["history"] = "\n".join(
            " · ".join(part for part in (h["on"], h["status"], h["by"], h["reason"], h["evidence"]) if part)
            for h in record["history"]
        )
        record["overdue"] = "yes" if record["overdue"] else ""
        flat.append(record)
    return spreadsheet.csv_text(FIELDS, flat)
