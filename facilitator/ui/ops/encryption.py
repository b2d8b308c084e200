"""Ops on encryption at rest of the open data dir: turning it on or off (a conversion of every file, on a
thread of its own), a new passphrase, a new recovery key.  The same core functions as the command line's
``encrypt``, ``decrypt``, ``passphrase`` and ``recovery-key``.

While files are converted the database takes no connection (``Database.suspend``), so none holds or writes
the file that is being replaced; the window reconnects when the conversion ends, whichever way it ends.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QThread, Signal, Slot

from facilitator.core.changes import Change
from facilitator.core.errors import UserError
from facilitator.core.store import cipher
from facilitator.ui.ops import Ops


class _Stopped(Exception):
    """Raised between two files when the user cancelled turning encryption on."""


class Conversion(QThread):
    """Every file of the data dir converted, one at a time, each checked and renamed into place by the core.

    ``progressed`` (files done, files in all, the file's name) after each file; then ``converted`` (the
    core's result), ``stopped`` (cancelled and put back as it was), ``refused`` (a plain sentence) or
    ``broke`` (an unexpected error, for the crash report)."""

    progressed = Signal(int, int, str)
    converted = Signal(object)
    stopped = Signal()
    refused = Signal(str)
    broke = Signal(object)

    def __init__(self, data_dir: Path, secret: str, turning_on: bool, ended: Callable[[], None]) -> None:
        super().__init__()
        self.data_dir, self.secret, self.turning_on = data_dir, secret, turning_on
        self._stopping = False
        self.ended = ended
        self.finished.connect(self._ended)  # before any receiver its caller connects

    @Slot()
    def _ended(self) -> None:
        self.wait()
        self.ended()

    @property
    def can_stop(self) -> bool:
        """Turning encryption on can be taken back by turning it off again; turning it off cannot (the
        core finishes it the next time instead), so it runs to its end."""
        return self.turning_on

    def stop(self) -> None:
        self._stopping = self.can_stop

    @property
    def stopping(self) -> bool:
        return self._stopping

    def _progress(self, done: int, total: int, path: Path) -> None:
        self.progressed.emit(done, total, path.name)
        if self._stopping and done < total:
            raise _Stopped

    def run(self) -> None:
        try:
            if self.turning_on:
                done = cipher.encrypt(self.data_dir, self.secret, progress=self._progress)
            else:
                done = cipher.decrypt(self.data_dir, self.secret, progress=self._progress)
        except _Stopped:
            self._put_back()
            return
        except UserError as refusal:
            self.refused.emit(str(refusal))
            return
        except Exception:
            self.broke.emit(sys.exc_info())
            return
        self.converted.emit(done)

    def _put_back(self) -> None:
        try:
            cipher.decrypt(self.data_dir, self.secret)  # the files already encrypted go back to plain
        except Exception:
            self.broke.emit(sys.exc_info())
            return
        self.stopped.emit()


def _convert(ops: Ops, secret: str, turning_on: bool) -> Conversion:
    """The conversion, not started yet; the database takes no connection until it has finished.  Raises
    :class:`UserError` when a sync holds a connection."""
    ops.db.suspend()

    def reconnect() -> None:
        ops.db.reconnect()
        ops.bus.announce(Change.ALL)

    return Conversion(ops.db.directory, secret, turning_on, reconnect)


def turn_on(ops: Ops, passphrase: str) -> Conversion:
    """Encrypt the database and its backups with ``passphrase``; the caller starts the conversion."""
    return _convert(ops, passphrase, turning_on=True)


def turn_off(ops: Ops, secret: str) -> Conversion:
    """Store the database and its backups in the clear again, given the passphrase or recovery key."""
    return _convert(ops, secret, turning_on=False)


def change_passphrase(ops: Ops, current: str, new: str) -> bool:
    """A new passphrase, once the current one (or the recovery key) has been given again."""

    def work() -> None:
        cipher.unlock(ops.db.directory, current)
        cipher.change_passphrase(ops.db.directory, new)

    return ops.guarded(work)[0]
