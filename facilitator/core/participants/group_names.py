"""Which stakeholder group a value typed in an invitation list means.

Lists say "worker", "Women Workers", "migrant worker (Bihar)", "NGO" or "मज़दूर", not ``RH_WORKER``.
A value matches a group by its code, its label (English or the interface language) or a synonym kept
with the taxonomy, ignoring case, spacing, hyphens, a bracketed note and a plural ending.  What still
does not match, the facilitator maps once; the choice is remembered in the data dir for the next list.
"""

from __future__ import annotations

import json
import re
import unicodedata

from sqlalchemy.orm import Session

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.models import LocalState

REMEMBERED_KEY = "import.group_values"
_BRACKETED = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_PUNCTUATION = re.compile(r"[\s_\-/.,:;\"]+")


def simplify(text: str) -> str:
    """The form values are compared in: "Women Workers (Bihar)" -> "women worker"."""
    text = unicodedata.normalize("NFC", _BRACKETED.sub(" ", text))
    words = _PUNCTUATION.sub(" ", text).casefold().split()
    if not words:
        return ""
    last = words[-1]
    if last.endswith("'s"):
        last = last[:-2]
    elif len(last) > 3 and last.endswith("s") and not last.endswith("ss"):
        last = last[:-1]
    return " ".join([*words[:-1], last])


def known_spellings() -> dict[str, str]:
    """Simplified spelling -> group id: codes, labels and synonyms."""
    table: dict[str, str] = {}
    for group in taxonomy.stakeholder_groups().values():
        for spelling in (group.id, group.label_en, group.label, *group.synonyms):
            table.setdefault(simplify(spelling), group.id)
    return table


def _parse(text: str) -> dict[str, str]:
    try:
        stored = json.loads(text)
    except ValueError:
        return {}
    groups = taxonomy.stakeholder_groups()
    return {value: group for value, group in stored.items() if group in groups} if isinstance(stored, dict) else {}


def remembered(db: Database) -> dict[str, str]:
    """The values a facilitator mapped in earlier imports, simplified, with the group each one means."""
    return _parse(db.get_local(REMEMBERED_KEY, "{}"))


def remember(session: Session, choices: dict[str, str]) -> None:
    """Keep the values mapped by hand (value as typed -> group id) for the next import, in the import's
    own transaction."""
    if not choices:
        return
    row = session.get(LocalState, REMEMBERED_KEY)
    stored = _parse(row.value if row else "{}")
    stored.update({simplify(value): group for value, group in choices.items() if simplify(value)})
    session.merge(LocalState(key=REMEMBERED_KEY, value=json.dumps(stored, ensure_ascii=False, sort_keys=True)))


class GroupMatcher:
    """Matches typed group values: the facilitator's choices first, then remembered ones, then the taxonomy."""

    def __init__(self, choices: dict[str, str] | None = None, earlier: dict[str, str] | None = None) -> None:
        self.table = known_spellings()
        self.table.update(earlier or {})
        self.table.update({simplify(value): group for value, group in (choices or {}).items()})

    def match(self, text: str) -> str | None:
        return self.table.get(simplify(text)) if text.strip() else None
