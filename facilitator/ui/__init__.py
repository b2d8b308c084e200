"""Everything Qt.  Views reach data only through :mod:`facilitator.ui.ops`, which calls the core.

PySide is imported here, first, and its question about every later import is answered cheaply from
here on (:mod:`facilitator.ui.pyside_imports`): the modules the window imports before its application
exists (the lock, the settings, the meetings list) are asked too.

Ctrl+C while PySide starts up (a command that writes a PDF loads it for its catalogues) stopped Python
with a fatal error inside PySide's own start; pressed then, it takes effect once the import is done.
"""

import signal
import threading

_pressed: list[int] = []
_waits = threading.current_thread() is threading.main_thread()  # only that thread may handle signals
_previous = signal.signal(signal.SIGINT, lambda number, _frame: _pressed.append(number)) if _waits else None
try:
    import PySide6  # noqa: F401  (loading it sets up the watch on imports)
finally:
    if _waits:
        signal.signal(signal.SIGINT, _previous)
if _pressed and callable(_previous):  # handed on as it would have been: Python's own raises KeyboardInterrupt
    _previous(signal.SIGINT, None)
elif _pressed and _previous == signal.SIG_DFL:
    raise KeyboardInterrupt

from facilitator.ui.pyside_imports import answer_cheaply  # noqa: E402  (after PySide, as it must be)

answer_cheaply()
