"""Which kinds of data (:class:`~facilitator.core.changes.Change`) a merged table belongs to."""

from __future__ import annotations

from collections.abc import Iterable

from facilitator.core.changes import Change

TABLE_KINDS: dict[str, Change] = {
    "meeting": Change.MEETINGS,
    "agenda_item": Change.AGENDA,
    "meeting_day": Change.AGENDA,
    "person": Change.PEOPLE,
    "organisation": Change.PEOPLE,
    "participation": Change.PARTICIPATION,
    "check_in": Change.PARTICIPATION,
    "consent": Change.PARTICIPATION,
    "inclusion_settings": Change.PARTICIPATION,
    "note": Change.NOTES,
    "note_revision": Change.NOTES,
    # An open conflict on a person (their anonymity, their name) changes what every view may show of them:
    # until someone decides, the more protective version stands (facilitator.core.disclosure.hidden_levels).
    "conflict_revision": Change.CONFLICTS | Change.PEOPLE,
    "live_event": Change.AGENDA | Change.SPEAKING,
    "speaking_turn": Change.SPEAKING,
    "speaking_correction": Change.SPEAKING,
    "action": Change.ACTIONS,
}


def kinds_of(tables: Iterable[str]) -> Change:
    """The kinds a set of merged tables touches; a table not named here refreshes everything."""
    kinds = Change(0)
    for table in tables:
        kinds |= TABLE_KINDS.get(table, Change.ALL)
    return kinds
