"""One window per data dir: the lock says whether one is open; a local socket brings it forward.

The window that holds the data dir's lock (:mod:`facilitator.core.store.instance`) listens on a local
socket named after the data dir.  A second launch on the same data dir cannot take the lock; it asks
that window to come to the front and tells the user where the app is already open.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtNetwork import QLocalServer, QLocalSocket

CONNECT_TIMEOUT_MS = 500
RAISE = b"raise\n"


def socket_name(data_dir: Path) -> str:
    return "facilitator-" + hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:20]


class WindowBeacon(QObject):
    """Held by the open window: calls ``bring_forward`` when a second launch asks."""

    def __init__(self, data_dir: Path, bring_forward: Callable[[], None]) -> None:
        super().__init__()
        self._bring_forward = bring_forward
        self.server = QLocalServer(self)
        QLocalServer.removeServer(socket_name(data_dir))  # a crashed window's stale socket (we hold the lock)
        self.server.listen(socket_name(data_dir))
        self.server.newConnection.connect(self._answer)

    def _answer(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))

    def _read(self, connection: QLocalSocket) -> None:
        if connection.readAll().data().startswith(RAISE):
            self._bring_forward()
        connection.disconnectFromServer()


def ask_open_window_forward(data_dir: Path) -> bool:
    """Ask the window open on ``data_dir`` to come to the front; False when none answered."""
    socket = QLocalSocket()
    socket.connectToServer(socket_name(data_dir))
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    socket.write(RAISE)
    socket.flush()
    socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
    socket.disconnectFromServer()
    return True
