"""Which value of a field a record shows when laptops edited it at once, decided the same way by the
merge, by the conflict inbox and by the next edit made here.

Every edit names the version it replaced (its base); the versions no later edit replaced are the
heads, more than one when laptops edited the field concurrently.  The newest head is shown, except
for a person's anonymity: there the most protective head stands until someone decides, so no
laptop's clock can name someone who asked not to be named.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

PROTECTIVE_ORDER = {("person", "anonymity"): ("anonymous", "group_only", "named")}


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
    """The newest version, or, for a field of :data:`PROTECTIVE_ORDER`, the most protective of the
    heads (a value it does not know counts as the most protective), the newest of those."""
    newest = max(versions, key=lambda version: (version.hlc, version.rank))
    order = PROTECTIVE_ORDER.get((table, field_name))
    standing = heads(versions) if order else []
    if len(standing) < 2:
        return newest

    def protection(version: Version) -> int:
        return order.index(version.value) if version.value in order else -1

    newest_first = sorted(standing, key=lambda version: (version.hlc, version.rank), reverse=True)
    return min(newest_first, key=protection)  # the first, so the newest, of the most protective
