"""Scrolling over a form never changes it: every combo box, spin box and slider of every section is
wheeled over without focus and keeps its value; with focus, the wheel still turns it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget

from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.ui.app import Application
from facilitator.ui.common.wheel_guard import guarded
from facilitator.ui.participants.section import ParticipantsSection


def wheel(widget: QWidget, notches: int = -3) -> QWheelEvent:
    """A real wheel turn over the middle of ``widget`` (down by three notches unless told)."""
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(), QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    QApplication.sendEvent(widget, event)
    return event


def value(widget: QWidget) -> object:
    if isinstance(widget, QComboBox):
        return widget.currentIndex()
    if isinstance(widget, QAbstractSpinBox):
        return widget.text()
    assert isinstance(widget, QAbstractSlider)
    return widget.value()


def test_the_wheel_changes_no_editor_without_focus_in_any_section(demo_db, application: Application, qtbot) -> None:
    window = application.window
    window.meetings.select(MEETING_ID)
    wheeled = 0
    for index, section in enumerate(window.workspace.sections):
        window.workspace.tabs.setCurrentIndex(index)
        if isinstance(section, ParticipantsSection):
            section.select([demo_id("participation/union_rep")])  # the detail panel shows its editors
        qtbot.waitUntil(section.isVisible)
        window.meetings.search.setFocus()  # the focus is elsewhere, as when scrolling past with the mouse
        editors = [w for w in section.findChildren(QWidget) if guarded(w) and w.isVisible() and w.isEnabled()]
        for editor in editors:
            before = value(editor)
            wheel(editor)
            wheel(editor, 3)
            assert value(editor) == before, f"{section.title()}: the wheel changed {editor!r}"
            assert not editor.hasFocus()
            wheeled += 1
    assert wheeled >= 15  # the participant panel alone has a dozen


def test_the_wheel_is_handed_on_to_the_panel_and_still_turns_a_focused_editor(
    demo_db, application: Application, qtbot
) -> None:
    window = application.window
    window.meetings.select(MEETING_ID)
    section = window.workspace.show_section(ParticipantsSection)
    section.select([demo_id("participation/union_rep")])
    status = section.editor.status
    assert status.focusPolicy() == Qt.FocusPolicy.StrongFocus  # a click or Tab gives it focus, the wheel does not
    before = status.currentIndex()
    handed_on = wheel(status)
    # Not accepted: Qt hands a real wheel turn on to the parents, so the scroll area around the panel scrolls.
    assert status.currentIndex() == before and not handed_on.isAccepted()
    status.setFocus(Qt.FocusReason.TabFocusReason)  # tabbed to, as a user does
    assert wheel(status, 1).isAccepted() and status.currentIndex() != before  # chosen on purpose, it turns


def test_an_editor_made_later_in_a_window_of_its_own_is_guarded_too(application: Application, qtbot) -> None:
    """The guard comes with the application's style, so a dialog's editors made long after start-up get it."""
    from PySide6.QtWidgets import QScrollBar, QSpinBox, QVBoxLayout

    dialog = QWidget()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    spin, bar = QSpinBox(), QScrollBar()
    spin.setRange(0, 10)
    bar.setRange(0, 10)
    layout.addWidget(spin)
    layout.addWidget(bar)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    assert not wheel(spin, 1).isAccepted() and spin.value() == 0
    wheel(bar, -1)
    assert bar.value() > 0  # a scroll bar keeps its wheel
    assert QApplication.style().baseStyle().name() == "fusion"


def test_editors_with_their_own_style_sheet_and_a_tables_editor_are_guarded(application: Application, qtbot) -> None:
    """Qt polishes these through another style (a style sheet's) or makes them on demand (a delegate's)."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QTableView, QVBoxLayout

    panel = QWidget()
    qtbot.addWidget(panel)
    styled = QComboBox()
    styled.addItems(["Confirmed", "Declined", "Invited"])
    styled.setStyleSheet("QComboBox { color: darkred; }")
    model = QStandardItemModel(1, 2)
    for column in (0, 1):
        item = QStandardItem()
        item.setData(4, Qt.ItemDataRole.EditRole)
        model.setItem(0, column, item)
    table = QTableView()
    table.setModel(model)
    layout = QVBoxLayout(panel)
    layout.addWidget(styled)
    layout.addWidget(table)
    panel.show()
    qtbot.waitExposed(panel)

    def open_editor(column: int) -> QAbstractSpinBox:
        table.edit(model.index(0, column))
        return next(w for w in table.findChildren(QAbstractSpinBox) if w.isVisible())

    spin = open_editor(0)
    assert spin.focusPolicy() == Qt.FocusPolicy.StrongFocus
    for editor in (styled, spin):
        assert not editor.hasFocus()  # the window is not in front
        before = value(editor)
        assert not wheel(editor, 2).isAccepted() and value(editor) == before, editor
    qtbot.keyClick(spin, Qt.Key.Key_Escape)  # that edit given up
    qtbot.waitUntil(lambda: not any(w.isVisible() for w in table.findChildren(QAbstractSpinBox)))
    panel.activateWindow()
    qtbot.waitUntil(panel.isActiveWindow)
    spin = open_editor(1)  # opened by the user in the window in front, as with a double click
    qtbot.waitUntil(spin.hasFocus)
    assert wheel(spin, 1).isAccepted() and value(spin) != "4"  # chosen on purpose, it turns


def test_a_dialog_that_focuses_its_first_combo_as_it_opens_does_not_let_the_wheel_turn_it(
    demo_db, application: Application, qtbot
) -> None:
    from facilitator.ui.ops import Ops
    from facilitator.ui.visits.conversation import NewConversationDialog

    dialog = NewConversationDialog(Ops(demo_db))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    group = dialog.form.group
    group.setFocus(Qt.FocusReason.ActiveWindowFocusReason)  # where Qt puts the focus of a window shown
    qtbot.waitUntil(group.hasFocus)
    before = value(group)
    assert not wheel(group, -2).isAccepted() and value(group) == before
    dialog.form.women.setFocus(Qt.FocusReason.TabFocusReason)
    group.setFocus(Qt.FocusReason.BacktabFocusReason)  # Shift+Tab back to it: chosen
    assert wheel(group, -1).isAccepted() and value(group) != before
