"""Ops on what a meeting agreed to do: an action's description, owner, due date and status."""

from __future__ import annotations

from typing import Any

from facilitator.core import actions
from facilitator.core.changes import Change
from facilitator.core.models import Action
from facilitator.i18n import translate
from facilitator.ui.ops import Ops


def update_action(ops: Ops, meeting_id: str, action_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    return ops.edit(
        translate("ActionOps", "Edit action"),
        actions.update_action,
        Action,
        action_id,
        changes,
        Change.ACTIONS,
        meeting_id,
        initiator,
    )
