"""Python's cycle collector waits while the window starts.

Start-up makes hundreds of thousands of objects that live as long as the window (SQLAlchemy's mappers,
Qt's wrappers, the sections) and little garbage; with the collector on, it scans them again and again,
a sixth of the start-up time.  So it is off from the start until every section is built.  Then one
collection frees what start-up left behind, and what remains is frozen: later collections skip those
objects, so the pauses while a note is typed live stay short.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, Qt, QTimer, SignalInstance

# However the start goes (a language switch rebuilds the window before its sections are built), the
# collector is back on by then.
LATEST_RESUME_MS = 10_000


_paused = False


def pause() -> None:
    global _paused
    _paused = True
    gc.disable()


def resume() -> None:
    """Collect once, freeze the survivors and collect as usual from now on (once; later calls do nothing).
    Whether it is paused is its own to know: a sync's merge pauses the collector for a while too."""
    global _paused
    if not _paused:
        return
    _paused = False
    gc.collect()
    gc.freeze()
    gc.enable()


def resume_after(ready: SignalInstance, context: QObject) -> None:
    """Resume in the first idle moment after ``ready``, and at the latest after ten seconds."""
    ready.connect(lambda: QTimer.singleShot(0, resume), Qt.ConnectionType.SingleShotConnection)
    QTimer.singleShot(LATEST_RESUME_MS, context, resume)
