"""The minutes as data: JSON that validates against the schema shipped beside this module, and the
action plan and commitments as CSV with formula-safe cells."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from facilitator.core.minutes.content import cell_label, item_title
from facilitator.core.minutes.versions import Minutes
from facilitator.export.spreadsheet import csv_text

SCHEMA_PATH = Path(__file__).with_name("minutes.schema.json")
CSV_FIELDS = ("kind", "number", "text", "owner", "group", "due", "status", "item")


def as_json(minutes: Minutes) -> dict[str, Any]:
    """The content with its version and fingerprint: the fingerprint is of ``content`` as it stands."""
    return {
        "version": minutes.version,
        "issued_at": minutes.issued_at.isoformat() if minutes.issued_at else None,
        "fingerprint": minutes.fingerprint,
        "content": minutes.content,
    }


def json_bytes(minutes: Minutes) -> bytes:
    return (json.dumps(as_json(minutes), ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def csv_bytes(minutes: Minutes) -> bytes:
    """One line per action, then one per commitment."""
    content = minutes.content
    titles = {item["id"]: item_title(item) for item in content["items"]}
    records = [
        {
            "kind": "action",
            "number": number,
            "text": a["description"],
            "owner": a["owner"]["name"],
            "group": cell_label(a["owner"]["cell"]) if a["owner"]["cell"] else "",
            "due": a["due"] or "",
            "status": a["status"],
            "item": titles.get(a["item"] or "", ""),
        }
        for number, a in enumerate(content["actions"], start=1)
    ]
    records += [
        {
            "kind": "commitment",
            "number": number,
            "text": c["body"],
            "owner": c["by"],
            "group": cell_label(c["cell"]) if c["cell"] else "",
            "due": "",
            "status": "",
            "item": titles.get(c["item"], ""),
        }
        for number, c in enumerate(content["commitments"], start=1)
    ]
    return csv_text(CSV_FIELDS, records).encode("utf-8")
