"""Ops on the data as a whole: putting a backup back in place from the open window, one made on another
laptop too."""

from __future__ import annotations

from pathlib import Path

from facilitator.core.changes import Change
from facilitator.core.store import carried_key, restore
from facilitator.ui.ops import Ops


def restore_backup(ops: Ops, backup: Path) -> restore.Restored | None:
    """Replace the data with ``backup``; the window keeps its lock and shows the restored data at once.

    Not undoable as an edit: the data before is kept as a ``pre-restore-…`` copy, which can itself be
    restored.  The undo history is cleared, since it speaks of records the backup may not have.
    """

    def work() -> restore.Restored:
        ops.db.suspend()  # no connection holds the old file or its log, and none is taken meanwhile
        try:
            return restore.restore(ops.db.directory, backup)
        finally:
            ops.db.reconnect()  # the same database object, stamping every edit as before, on the new file

    ok, done = ops.guarded(work)
    if not ok:
        return None
    ops.undo_stack.clear()
    ops.bus.announce(Change.ALL)
    return done


def open_carried_key(ops: Ops, backup: Path, secret: str) -> bool:
    """Open the key file that came with an encrypted backup from another laptop; a wrong secret is said."""
    return ops.guarded(lambda: carried_key.open_with(backup, secret))[0]
