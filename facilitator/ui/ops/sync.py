"""Ops of sync: what a merge announces, and the decisions taken in the conflict inbox."""

from __future__ import annotations

from functools import partial

from facilitator.core.changes import Change
from facilitator.core.models import ConflictRevision
from facilitator.i18n import translate
from facilitator.sync import conflicts
from facilitator.sync.kinds import kinds_of
from facilitator.sync.run import SyncReport
from facilitator.ui.ops import Calls, Ops, Outcome


def announce_merge(ops: Ops, report: SyncReport) -> None:
    """Another laptop's work arrived: the views that show it refresh, and the undo entries of records
    it changed can no longer be replayed (the lead's mechanism marks them obsolete)."""
    if report.changed_rows or report.conflicts:
        ops.merged(report.changed_rows, report.kinds)


def decide_conflict(ops: Ops, conflict: conflicts.Conflict, keep: str, merged_text: str | None = None) -> bool:
    """Keep the shown text, take the other version, or put a merged text in place; undoable."""

    def work() -> Outcome[None]:
        decision = conflicts.resolve(ops.db, conflict.id, keep, merged_text)
        step = Calls(
            back=partial(conflicts.reopen, ops.db, decision),
            forth=partial(conflicts.resolve, ops.db, conflict.id, keep, merged_text),
            rows=frozenset(
                {(ConflictRevision.__tablename__, conflict.id), (conflict.record_table, conflict.record_id)}
            ),
        )
        return Outcome(None, step)

    texts = {
        "kept_shown": translate("SyncOps", "Keep the shown text"),
        "kept_other": translate("SyncOps", "Take the other version"),
        "merged": translate("SyncOps", "Merge the two versions"),
    }
    kinds = Change.CONFLICTS | kinds_of([conflict.record_table])
    return ops.perform(texts[keep], work, kinds, conflict.meeting_id) is not None
