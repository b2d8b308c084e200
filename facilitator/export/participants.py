"""A meeting's participant list as it may leave the laptop: JSON records and CSV."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from facilitator.core import disclosure
from facilitator.core.db import Database
from facilitator.core.participants.participation import ParticipantRow
from facilitator.export import files, spreadsheet

EXPORT_COLUMNS = (
    "name", "organisation", "stakeholder_group", "role", "status", "caucus", "anonymity",
    "is_proxy", "speaks_for", "interpretation_language", "email", "phone",
)  # fmt: skip


def public_record(row: ParticipantRow) -> dict[str, Any]:
    """A participant as every shareable output shows them: what their anonymity level allows, and no more.

    Of anyone not named, only the shown identity and the status remain: their caucus session, language,
    role and proxy role could single them out (the one Odia speaker, the one woman in a caucus).
    """
    policy = disclosure.SHAREABLE_PEOPLE
    shown = policy.identity_of(row)
    attributes = policy.shows_attributes(shown.level)
    return {
        "name": shown.label,
        "organisation": shown.organisation,
        "stakeholder_group": shown.group or None,
        "role": row.role if attributes else "",
        "status": row.status,
        "caucus": row.caucus if attributes else "",
        "anonymity": shown.level,
        "is_proxy": row.is_proxy if attributes else False,
        "speaks_for": row.speaks_for if attributes else "",
        "interpretation_language": row.interpretation_language if attributes else "",
        "email": shown.email,
        "phone": shown.phone,
    }


def public_records(rows: Iterable[ParticipantRow]) -> list[dict[str, Any]]:
    """Every participant as outputs show them.  Named people come first in list order; everyone else
    follows sorted by what is shown of them, so their place in the list gives nothing away."""
    records = [public_record(row) for row in rows]
    named = [record for record in records if record["anonymity"] == "named"]
    others = sorted(
        (record for record in records if record["anonymity"] != "named"),
        key=lambda record: (record["anonymity"] == "anonymous", record["stakeholder_group"] or "", record["status"]),
    )
    return named + others


def export_csv(db: Database, meeting_id: str) -> str:
    """The meeting's list as CSV text (UTF-8 when written with a BOM for spreadsheet programs); no cell
    can run as a formula (:mod:`facilitator.export.spreadsheet`)."""
    records = public_records(disclosure.participants_as_shown(db, meeting_id))
    for record in records:
        record["stakeholder_group"] = record["stakeholder_group"] or ""
        record["is_proxy"] = "yes" if record["is_proxy"] else ""
    return spreadsheet.csv_text(EXPORT_COLUMNS, records)


def write_csv(db: Database, meeting_id: str, target: Path) -> None:
    """The list written to ``target`` with a BOM, so spreadsheet programs read it as UTF-8."""
    files.write_file(export_csv(db, meeting_id).encode("utf-8-sig"), target)
