"""Which value of a field a record shows when laptops edited it at once, decided the same way by the
merge, by the conflict inbox and by the next edit made here.

Every edit names the newest stamp of the field its laptop knew (its base); the versions no later
edit replaced are the heads, more than one when laptops edited the field concurrently.  The newest
version is shown, except where a more protective choice was made on a laptop that the newest one's
had not heard from (a person's anonymity, a note's confidentiality): that choice stands until someone
decides, so no laptop's clock can name someone who asked not to be named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

# Each field's values from the most to the least protective.
PROTECTIVE_ORDER = {
    ("person", "anonymity"): ("anonymous", "group_only", "named"),
    ("note", "confidentiality"): ("confidential", "internal", "public"),
    ("meeting", "default_confidentiality"): ("confidential", "internal", "public"),
    ("minutes_note_choice", "audience"): ("omit", "internal", "default"),
}


@dataclass(frozen=True)
class Version:
    hlc: str
    base: str
    value: Any
    rank: int  # an edit (1) beats the creation (0) at an equal stamp


def heads(versions: Sequence[Version]) -> list[Version]:
    """The versions no later edit replaced."""
    replaced = {version.base for version in versions}
    return [version for version in versions if version.hlc not in replaced]


def shown_version(table: str, field_name: str, versions: Sequence[Version]) -> Version:
    """The newest version; for a field of :data:`PROTECTIVE_ORDER`, the most protective of it and of
    the versions its laptop had not seen when it was made (those stamped after its base, the newest
    stamp that laptop knew), so a choice made unaware of a more protective one does not undo it.  A
    value the order does not know counts as the most protective.  The rule reads the versions alone,
    so every laptop holding them shows the same, and an edit made here, which has seen every version
    here, is shown as made."""
    newest = max(versions, key=lambda version: (version.hlc, version.rank))
    order = PROTECTIVE_ORDER.get((table, field_name))
    if order is None:
        return newest
    unseen = [version for version in versions if version.hlc > newest.base and version is not newest]
    if not unseen:
        return newest

    def protection(version: Version) -> int:
        return order.index(version.value) if version.value in order else -1

    newest_first = sorted([newest, *unseen], key=lambda version: (version.hlc, version.rank), reverse=True)
    return min(newest_first, key=protection)  # the first, so the newest, of the most protective
