"""The follow-up sheet of one stakeholder group: what was agreed, what the group raised, what happens
next and by when, taken from the public minutes (a sheet is handed around a village, so it follows the
same rule as the public minutes), in the language the group reads where a catalogue exists."""

from __future__ import annotations

from collections import Counter
from typing import Any

from facilitator import i18n
from facilitator.core import disclosure, taxonomy
from facilitator.core.db import Database
from facilitator.core.disclosure import Audience
from facilitator.core.errors import UserError
from facilitator.core.minutes.content import item_title
from facilitator.core.participants import participation
from facilitator.i18n import translate


def cell_of(db: Database, meeting_id: str, content: dict[str, Any], group: str) -> str:
    """The cell of the public minutes a group's words are under (the public content does not say which
    groups a merged cell holds); a plain refusal for a group the meeting did not have."""
    policy = disclosure.for_meeting(db, meeting_id, Audience.SHAREABLE)
    present = list(dict.fromkeys(g for cell in policy.cells for g in cell.groups))
    absent = [entry["group"] for entry in content["attendance"]["absent_groups"]]
    if group not in present and group not in absent:
        raise UserError(
            translate("Minutes", "No stakeholder group {0} in this meeting. Use one of: {1}").format(
                group, ", ".join(present + absent)
            )
        )
    return policy.cell_of(group).key if group in present else group


def sheet(content: dict[str, Any], group: str, cell: str) -> dict[str, Any]:
    """The follow-up of ``group``, whose words are under ``cell``, from public minutes content."""
    notes = [(item, note) for item in content["items"] for note in item["notes"]]
    titles = {item["id"]: item_title(item) for item in content["items"]}
    return {
        "group": group,
        "cell": cell,
        "agreed": [note["body"] for _, note in notes if note["kind"] == "decision"],
        "raised": [
            {"kind": note["kind"], "body": note["body"], "item": item_title(item)}
            for item, note in notes
            if note["cell"] == cell and note["kind"] in ("point", "concern", "question", "quote", "note")
        ],
        "responses": [
            {
                "item": titles.get(entry["item"], entry["title"]),
                "response": entry["response"],
                "satisfied": entry["satisfied"],
            }
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
