"""Work that a test kills with SIGKILL: a function run in a child process that reports each step through a
pipe, only after the step is done (committed, renamed into place), so every report names something that
must survive the kill.

Children are forked from a server process that has already imported the app (multiprocessing's
forkserver), so a child starts its work at once instead of spending a second on imports.  The server is
started once per process, with the modules of every kind of child, whichever comes first.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections.abc import Callable
from typing import Any

CHILD_MODULES = ["tests.core.live_crash_child", "tests.core.live_floor_child", "tests.core.visits.cipher_child"]


class ReportingChild:
    """``target(*args, report)`` in a child; read what it reported, then kill it."""

    def __init__(self, target: Callable[..., None], *args: Any) -> None:
        children = multiprocessing.get_context("forkserver")
        children.set_forkserver_preload(CHILD_MODULES)
        self._reports, sender = children.Pipe(duplex=False)
        self._child = children.Process(target=target, args=(*args, sender))
        self._child.start()
        sender.close()  # the child holds the only writing end: its death ends the reports

    def next(self) -> str:
        """The next line the child reported."""
        return self._reports.recv_bytes().decode()

    def kill(self) -> list[str]:
        """Kill the child (unless it ended by itself); the lines it reported and were not read yet (a line
        cut off by the kill is not reported, so not promised)."""
        self._child.kill()
        self._child.join()
        lines = []
        try:
            while True:
                lines.append(self._reports.recv_bytes().decode())
        except (EOFError, OSError):
            pass
        self._reports.close()
        return lines

    @property
    def killed(self) -> bool:
        return self._child.exitcode == -signal.SIGKILL
