"""The kinds of data a change touches, named once so that an edit and a sync merge announce alike.

An op in the window, or a merge of another laptop's work, says which kinds it changed; a view that
shows none of them does not reload.
"""

from __future__ import annotations

import enum


class Change(enum.Flag):
    """Kinds of data a view may show; a change names the kinds it touched."""

    MEETINGS = enum.auto()
    AGENDA = enum.auto()
    PEOPLE = enum.auto()
    PARTICIPATION = enum.auto()
    NOTES = enum.auto()
    SPEAKING = enum.auto()
    ACTIONS = enum.auto()
    CONFLICTS = enum.auto()  # versions kept when two laptops edited one text (the conflict inbox)
    VISITS = enum.auto()  # site visits: checklists, photos, conversations, findings
    LEDGER = enum.auto()  # the commitments ledger and its status history
    ALL = MEETINGS | AGENDA | PEOPLE | PARTICIPATION | NOTES | SPEAKING | ACTIONS | CONFLICTS | VISITS | LEDGER
