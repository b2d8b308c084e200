"""A meeting's participant list as it may leave the laptop: JSON records and CSV."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from facilitator.core.db import Database
from facilitator.core.participants.participation import ParticipantRow, list_participants
from facilitator.export import spreadsheet

EXPORT_COLUMNS = (
    "name", "organisation", "stakeholder_group", "role", "status", "caucus", "anonymity",
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
        "caucus": row.caucus,
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
    """The meeting's list as CSV text (UTF-8 when written with a BOM for spreadsheet programs); no cell
    can run as a formula (:mod:`facilitator.export.spreadsheet`)."""
    records = public_records(list_participants(db, meeting_id))
    for record in records:
        record["stakeholder_group"] = record["stakeholder_group"] or ""
        record["is_proxy"] = "yes" if record["is_proxy"] else ""
    return spreadsheet.csv_text(EXPORT_COLUMNS, records)
