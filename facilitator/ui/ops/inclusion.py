"""Ops on what a meeting demands of its composition: required groups, thresholds, ground rules."""

from __future__ import annotations

from functools import partial
from typing import Any

from facilitator.core.changes import Change
from facilitator.core.inclusion import settings
from facilitator.core.models import InclusionSettings
from facilitator.i18n import translate
from facilitator.ui.ops import Calls, Ops, Outcome, rows_of


def update_settings(ops: Ops, meeting_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    def work() -> Outcome[None]:
        before = settings.update_settings(ops.db, meeting_id, **changes)
        step = Calls(
            back=partial(settings.update_settings, ops.db, meeting_id, **before),
            forth=partial(settings.update_settings, ops.db, meeting_id, **changes),
            rows=rows_of(InclusionSettings, [settings.settings_id(ops.db, meeting_id) or ""]),
        )
        return Outcome(None, step)

    text = translate("InclusionOps", "Change inclusion settings")
    return ops.perform(text, work, Change.PARTICIPATION, meeting_id, initiator) is not None
