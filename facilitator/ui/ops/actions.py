"""Ops on what a meeting agreed to do: an action's description, owner, due date and status, and a
commitment followed up like an action."""

from __future__ import annotations

from typing import Any

from facilitator.core import actions
from facilitator.core.changes import Change
from facilitator.core.models import Action
from facilitator.i18n import translate
from facilitator.ui.ops import Ops, Outcome, Tombstones


def update_action(ops: Ops, meeting_id: str, action_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    # The undo step says what changed: "Undo Mark done", not "Undo Edit action" for every cell.
    names = {
        "status": translate("ActionOps", "Change an action's status"),
        "due": translate("ActionOps", "Change an action's due date"),
        "description": translate("ActionOps", "Edit what was agreed"),
    }
    if changes.get("status") == "done":
        text = translate("ActionOps", "Mark done")
    else:
        text = names[next(iter(changes))] if len(changes) == 1 and next(iter(changes)) in names else ""
    return ops.edit(
        text or translate("ActionOps", "Edit action"),
        actions.update_action,
        Action,
        action_id,
        changes,
        Change.ACTIONS,
        meeting_id,
        initiator,
    )


def follow_commitment(ops: Ops, meeting_id: str, note_id: str, changes: dict[str, Any]) -> bool:
    """Give a commitment its first status or due date; undo takes the follow-up away again."""

    def work() -> Outcome[str]:
        action_id = actions.follow_commitment(ops.db, note_id, **changes)
        return Outcome(action_id, Tombstones(ops.db, Action, (action_id,)))

    return ops.perform(translate("ActionOps", "Follow up commitment"), work, Change.ACTIONS, meeting_id) is not None
