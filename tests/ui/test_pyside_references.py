"""The Qt binding keeps Python's own objects alive: a window that calls Qt for hours must not wear out None.

PySide6 6.12.0 dropped one reference to None on every call of a Qt method that returns nothing (update,
setText, …).  On Python 3.11, where None is counted like any object, the count ran out after some thousands
of calls and the window aborted ("deallocating None") in the middle of a meeting; from 3.12 None is
immortal and the count stays put.  pyproject.toml keeps that release out; this says why, and catches the
next one that does the same.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QLabel, QWidget

CALLS = 2000


def test_qt_calls_that_return_nothing_leave_none_counted(qtbot) -> None:
    widget, label = QWidget(), QLabel()
    qtbot.addWidget(widget)
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(CALLS):
        widget.update()
        label.setText(str(number))
    # Other code may hold or let go of a few references meanwhile; a lost one per call would be 4000.
    assert sys.getrefcount(None) >= before - 50
