"""The agenda inside the main window: reached by its tab, undone and redone with the Edit menu's actions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest

from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.agenda.section import AgendaSection
from facilitator.ui.app import Application


def agenda_titles(section: AgendaSection) -> list[str]:
    return [section.model.item(row).title for row in range(section.model.rowCount())]


@pytest.mark.usefixtures("demo_db")
def test_reorder_in_the_window_and_undo_with_ctrl_z(application: Application, qtbot) -> None:
    window = application.window
    window.open_demo()
    section = next(s for s in window.workspace.sections if isinstance(s, AgendaSection))
    tabs = window.workspace.tabs
    qtbot.mouseClick(
        tabs.tabBar(),
        Qt.MouseButton.LeftButton,
        pos=tabs.tabBar().tabRect(tabs.indexOf(section.parentWidget())).center(),
    )
    assert window.workspace.current_section() is section
    assert section.meeting_id == MEETING_ID
    before = agenda_titles(section)
    section.table.setFocus()
    section.select_item(section.model.item(0).id)
    qtbot.keyClick(section.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert agenda_titles(section)[1] == before[0]
    QTest.keySequence(section.table, QKeySequence(QKeySequence.StandardKey.Undo))
    assert agenda_titles(section) == before
    QTest.keySequence(section.table, QKeySequence(QKeySequence.StandardKey.Redo))
    assert agenda_titles(section)[1] == before[0]
