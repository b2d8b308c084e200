"""The follow-up sheet of one stakeholder group: what was agreed, what the group raised, what happens
next and by when, taken from the public minutes (a sheet is handed around a village, so it follows the
same rule as the public minutes), in the language the group reads where a catalogue exists."""

from __future__ import annotations

from collections import Counter
from typing import Any

from facilitator import i18n
from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.participants import participation
from facilitator.i18n import translate


def check_group(content: dict[str, Any], group: str) -> str:
    """``group`` when the meeting had it (present or absent), else a plain refusal naming the known ones."""
    known = [g for cell in content["attendance"]["cells"] for g in cell["groups"]]
    known += [absent["group"] for absent in content["attendance"]["absent_groups"]]
    if group not in known:
        raise UserError(
            translate("Minutes", "No stakeholder group {0} in this meeting. Use one of: {1}").format(
                group, ", ".join(dict.fromkeys(known))
            )
        )
    return group


def sheet(content: dict[str, Any], group: str) -> dict[str, Any]:
    """The follow-up of ``group`` from public minutes content."""
    check_group(content, group)
    cell = next((c["cell"] for c in content["attendance"]["cells"] if group in c["groups"]), group)
    notes = [(item, note) for item in content["items"] for note in item["notes"]]
    return {
        "group": group,
        "cell": cell,
        "agreed": [note["body"] for _, note in notes if note["kind"] == "decision"],
        "raised": [
            {"kind": note["kind"], "body": note["body"], "item": item["title"]}
            for item, note in notes
            if note["cell"] == cell and note["kind"] in ("point", "concern", "question", "quote", "note")
        ],
        "responses": [
            {"item": entry["title"], "response": entry["response"], "satisfied": entry["satisfied"]}
            for entry in content["follow_up"]["feedback"]
        ],
        "next": [
            {"description": action["description"], "owner": action["owner"]["cell"], "due": action["due"]}
            for action in content["actions"]
        ],
        "how": content["follow_up"]["how"],
    }


def group_language(db: Database, meeting_id: str, group: str) -> str:
    """The language a group's sheet is written in: the one its people read (or speak, for those who read
    none), their first language weighing most, that has a catalogue; else English."""
    if group not in taxonomy.stakeholder_groups():
        return "en"
    counts: Counter[str] = Counter()
    for row in participation.list_participants(db, meeting_id):
        if row.stakeholder_group == group and row.status != "declined":
            # People list their own language first: it weighs most.
            for rank, code in enumerate(row.languages_read or row.languages_spoken):
                counts[code] += 1 / (rank + 1)
    for code, _ in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
        if i18n.catalogue(code) is not None:
            return code
    return "en"
