"""The agenda section as a facilitator uses it: keys, inline editors, dragging, templates, undo and redo."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QComboBox, QLineEdit, QSpinBox

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.ui.agenda import model as columns
from facilitator.ui.agenda.delegates import RiskTagPicker
from facilitator.ui.agenda.dialogs import ChooseDialog
from facilitator.ui.agenda.section import AgendaSection
from facilitator.ui.ops import Ops
from tests.ui.table_editing import open_editor, press_return


@pytest.fixture
def errors() -> list[str]:
    return []


@pytest.fixture
def section(qtbot, demo_db: Database, errors: list[str]) -> Iterator[AgendaSection]:
    ops = Ops(demo_db)
    ops.show_error = errors.append  # a refusal is recorded instead of opening a message box
    view = AgendaSection(ops)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.set_meeting(MEETING_ID)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    view.table.setFocus()
    yield view


def titles(view: AgendaSection) -> list[str]:
    return [view.model.index(row, columns.TITLE).data() for row in range(view.model.rowCount())]


def stored_titles(db: Database) -> list[str]:
    return [item.title for item in agenda.items(db, MEETING_ID)]


def test_ctrl_down_moves_the_selected_item_and_undo_puts_it_back(qtbot, section: AgendaSection) -> None:
    before = titles(section)
    section.select_item(demo_id("agenda/1"))
    qtbot.keyClick(section.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(section) == [before[0], before[2], before[1], *before[3:]]
    assert section.current_item_id() == demo_id("agenda/1")
    qtbot.keyClick(section.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(section.table, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(section)[0] == before[1]
    for _ in range(3):
        section.ops.undo_stack.undo()
    assert titles(section) == before == stored_titles(section.ops.db)
    section.ops.undo_stack.redo()
    assert titles(section)[2] == before[1]


def test_dropping_a_row_lower_in_the_table_moves_it_there(qtbot, section: AgendaSection) -> None:
    before = titles(section)
    viewport = section.table.viewport()
    mime = section.model.mimeData([section.model.index(0, columns.TITLE)])
    target = section.table.visualRect(section.model.index(3, columns.TITLE))
    point = QPoint(target.center().x(), target.top() + 2)  # the upper edge: drop above row 3
    move = Qt.DropAction.MoveAction
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(viewport, QDragEnterEvent(point, move, mime, buttons, keys))
    QApplication.sendEvent(viewport, QDragMoveEvent(point, move, mime, buttons, keys))
    QApplication.sendEvent(viewport, QDropEvent(point, move, mime, buttons, keys))
    assert titles(section) == [before[1], before[2], before[0], *before[3:]]
    assert section.ops.undo_stack.count() == 1
    section.ops.undo_stack.undo()
    assert titles(section) == before


def test_planned_minutes_are_edited_in_a_spin_box_and_effective_time_follows(qtbot, section: AgendaSection) -> None:
    editor = open_editor(qtbot, section.table, 0, columns.PLANNED)
    assert isinstance(editor, QSpinBox)
    section.table.setColumnWidth(columns.PLANNED, 40)  # a narrow column: the editor keeps "10 min" whole
    section.table.updateGeometries()
    assert editor.width() >= editor.sizeHint().width()
    editor.selectAll()
    qtbot.keyClicks(editor, "30")
    press_return(qtbot, section.table, editor)
    assert section.model.index(0, columns.PLANNED).data() == "30 min"
    assert section.model.index(0, columns.EFFECTIVE).data() == "60 min"  # consecutive interpretation doubles it
    assert section.model.index(1, columns.START).data() == "10:00"
    section.ops.undo_stack.undo()
    assert section.model.index(0, columns.PLANNED).data() == "10 min"


def test_tab_out_of_planned_time_opens_the_interpretation_past_the_computed_time(qtbot, section: AgendaSection) -> None:
    """Tab out of Planned stopped on Effective, which is computed; the "C" typed next for Consecutive was lost."""
    editor = open_editor(qtbot, section.table, 1, columns.PLANNED)
    editor.selectAll()
    qtbot.keyClicks(editor, "20")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: section.table.state() == QAbstractItemView.State.EditingState)
    assert section.table.currentIndex().column() == columns.INTERPRETATION
    assert isinstance(QApplication.focusWidget(), QComboBox)
    saved = agenda.items(section.ops.db, section.meeting_id)[1]  # the table reads it once editing ends
    assert saved.planned_minutes == 20
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    qtbot.waitUntil(lambda: section.table.currentIndex().column() == columns.PLANNED)  # and back, past it again


def test_kind_is_chosen_from_a_list(qtbot, section: AgendaSection) -> None:
    editor = open_editor(qtbot, section.table, 1, columns.KIND)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("presentation"))
    press_return(qtbot, section.table, editor)
    assert section.model.item(1).kind == "presentation"


def test_risk_tags_are_ticked_in_a_checklist(qtbot, section: AgendaSection) -> None:
    editor = open_editor(qtbot, section.table, 0, columns.RISKS)
    assert isinstance(editor, RiskTagPicker)
    editor.setCurrentRow(editor.tags_order().index("FOA"))
    qtbot.keyClick(editor, Qt.Key.Key_Space)
    press_return(qtbot, section.table, editor)
    assert section.model.item(0).risk_tags == ["FOA"]


def test_a_bad_fixed_time_is_refused_and_nothing_changes(qtbot, section: AgendaSection, errors: list[str]) -> None:
    editor = open_editor(qtbot, section.table, 6, columns.FIXED)
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "25:99")
    press_return(qtbot, section.table, editor)
    assert errors and "HH:MM" in errors[0]
    assert section.model.item(6).fixed_start == "13:30"  # as the demo fixed lunch
    assert section.ops.undo_stack.count() == 0


def test_fixing_lunch_warns_about_the_items_that_run_into_it(qtbot, section: AgendaSection) -> None:
    editor = open_editor(qtbot, section.table, 6, columns.FIXED)
    qtbot.keyClicks(editor, "13:00")
    press_return(qtbot, section.table, editor)
    assert section.model.index(6, columns.START).data() == "13:00"
    messages = [section.checks.warnings.item(row).text() for row in range(section.checks.warnings.count())]
    assert any("into 'Lunch'" in message for message in messages)
    assert section.model.index(5, columns.END).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_insert_type_a_title_then_delete_and_duplicate_by_keyboard(qtbot, section: AgendaSection) -> None:
    count = section.model.rowCount()
    section.select_item(demo_id("agenda/2"))
    qtbot.keyClick(section.table, Qt.Key.Key_Insert)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "Quiz on the ground rules")
    press_return(qtbot, section.table, editor)
    assert titles(section)[3] == "Quiz on the ground rules"
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert titles(section)[4] == "Quiz on the ground rules (copy)"
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert section.model.item(section.table.currentIndex().row()).title == "Tea break"  # the next item
    qtbot.keyClick(section.table, Qt.Key.Key_Up)
    qtbot.keyClick(section.table, Qt.Key.Key_Delete)
    assert section.model.rowCount() == count and "Quiz on the ground rules" not in titles(section)
    for _ in range(5):
        section.ops.undo_stack.undo()
    assert stored_titles(section.ops.db) == titles(section) and section.model.rowCount() == count
    for _ in range(5):
        section.ops.undo_stack.redo()
    assert section.model.rowCount() == count
    section.ops.undo_stack.undo()
    assert "Quiz on the ground rules" in titles(section)
    assert "Quiz on the ground rules (copy)" not in titles(section)


def test_a_template_is_applied_and_undone_in_one_step(qtbot, section: AgendaSection) -> None:
    before = titles(section)
    section.apply_template("builtin:worker_caucus")
    assert titles(section)[: len(before)] == before
    assert "Women workers' group" in titles(section)
    section.ops.undo_stack.undo()
    assert titles(section) == before
    section.ops.undo_stack.redo()
    assert "Women workers' group" in titles(section)


def test_raising_the_interpretation_factor_stretches_the_day(qtbot, section: AgendaSection) -> None:
    section.factor_spin.setFocus()
    section.factor_spin.selectAll()
    qtbot.keyClicks(section.factor_spin, "2.5")
    qtbot.keyClick(section.factor_spin, Qt.Key.Key_Return)
    assert section.agenda.meeting.interpretation_factor == 2.5
    assert section.model.index(0, columns.EFFECTIVE).data() == "25 min"
    section.ops.undo_stack.undo()
    assert section.model.index(0, columns.EFFECTIVE).data() == "20 min"  # the default: interpretation doubles


def test_clicking_a_bar_in_the_timeline_selects_its_item(qtbot, section: AgendaSection) -> None:
    bar, rect = next((bar, rect) for bar, rect in section.timeline.bar_rects() if bar.title == "Lunch")
    qtbot.mouseClick(section.timeline, Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert section.current_item_id() == bar.item_id == demo_id("agenda/6")


def test_the_purpose_is_saved_when_the_field_is_left(qtbot, section: AgendaSection) -> None:
    section.select_item(demo_id("agenda/3"))
    section.details.purpose_edit.setFocus()
    qtbot.keyClicks(section.details.purpose_edit, "Chai and biscuits")
    section.table.setFocus()
    assert agenda.items(section.ops.db, MEETING_ID)[3].purpose == "Chai and biscuits"


@pytest.mark.usefixtures("short_typing_pause")
def test_the_purpose_is_saved_at_a_pause_and_the_typing_goes_on_where_it_was(qtbot, section: AgendaSection) -> None:
    """The save refreshes the agenda, which shows the item again: the field keeps the text and the cursor."""
    section.select_item(demo_id("agenda/3"))
    field = section.details.purpose_edit
    field.setFocus()
    qtbot.keyClicks(field, "Chai")
    qtbot.waitUntil(lambda: agenda.items(section.ops.db, MEETING_ID)[3].purpose == "Chai", timeout=5000)
    qtbot.keyClicks(field, " and biscuits")
    assert field.toPlainText() == "Chai and biscuits" and field.hasFocus()
    qtbot.waitUntil(lambda: agenda.items(section.ops.db, MEETING_ID)[3].purpose == "Chai and biscuits", timeout=5000)
    section.ops.undo_stack.undo()
    assert agenda.items(section.ops.db, MEETING_ID)[3].purpose == ""


def test_balance_and_overrun_are_shown(section: AgendaSection) -> None:
    assert "83% discussion and worker voice" in section.checks.balance_label.text()
    assert [section.checks.warnings.item(0).text()] == ["No overruns, clashes with fixed times or imbalance."]
    agenda.update(section.ops.db, demo_id("agenda/9"), planned_minutes=90)
    section.ops.bus.announce(Change.AGENDA, MEETING_ID)
    assert "runs 95 min past its end" in section.checks.warnings.item(0).text()  # 17:25 + 2 × 50 min against 17:30


def test_a_template_is_chosen_in_its_dialog_with_the_keyboard(qtbot, section: AgendaSection) -> None:
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ChooseDialog):  # not open yet: look again shortly
            QTimer.singleShot(20, choose)
            return
        names = [dialog.list.item(row).text() for row in range(dialog.list.count())]
        dialog.list.setCurrentRow(names.index("Half-day supplier dialogue after site visits"))
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    QTimer.singleShot(0, choose)
    qtbot.keyClick(section.table, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert titles(section)[-1] == "Closing" and "Suppliers' response" in titles(section)


def test_saving_as_a_template_then_applying_it_elsewhere(section: AgendaSection, monkeypatch) -> None:
    section.save_template("Rajasthan day")
    assert "Rajasthan day" in section.status.text()
    section.status.clear()
    monkeypatch.setattr(AgendaSection, "_confirm", lambda self, question: "exists already" in question)
    section.save_template("Rajasthan Day")  # the same name: asked, and replaced
    assert "Rajasthan Day" in section.status.text()
    empty = meetings.create(section.ops.db, "Next year", datetime(2024, 10, 1, 9), datetime(2024, 10, 1, 17), "UTC")
    section.set_meeting(empty.id)
    assert section.model.rowCount() == 0
    section.apply_template("user:rajasthan-day")
    assert titles(section) == stored_titles(section.ops.db) == [item.title for item in section.agenda.items]
    assert section.model.rowCount() == 11


def test_a_second_day_gets_its_own_start_time_in_one_undoable_step(section: AgendaSection) -> None:
    agenda.update(section.ops.db, demo_id("agenda/10"), day=1)
    section.load()
    section.set_day_hours({1: ("08:30", "12:00")})
    assert section.model.index(10, columns.START).data() == "08:30"
    assert section.model.index(10, columns.DAY).data() == "2"
    section.ops.undo_stack.undo()
    assert section.model.index(10, columns.START).data() == "09:00"


def test_printing_writes_a_pdf_and_a_calendar(section: AgendaSection, tmp_path) -> None:
    section.export_pdf(tmp_path / "agenda.pdf")
    section.export_ics(tmp_path / "agenda.ics")
    assert (tmp_path / "agenda.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "agenda.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")
    assert "agenda.ics" in section.status.text()


def test_choosing_no_meeting_empties_the_section(section: AgendaSection) -> None:
    section.set_meeting(None)
    assert section.model.rowCount() == 0 and section.timeline.bars == []
    assert not section.delete_action.isEnabled()
    section.set_meeting(MEETING_ID)
    assert section.model.rowCount() == 11


def test_after_a_cell_edit_the_focus_stays_in_the_table(qtbot, section: AgendaSection) -> None:
    editor = open_editor(qtbot, section.table, 2, columns.TITLE)
    editor.selectAll()
    qtbot.keyClicks(editor, "What we saw in the quarries")
    press_return(qtbot, section.table, editor)
    assert section.table.hasFocus() and section.table.currentIndex().row() == 2
    count = section.model.rowCount()
    qtbot.keyClick(section.table, Qt.Key.Key_Insert)  # straight on, without reaching for the mouse
    assert section.model.rowCount() == count + 1
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert section.table.hasFocus()
    qtbot.keyClicks(section.table, "Q")  # typing starts an edit of the current cell, nothing vanishes
    assert section.table.state() == section.table.State.EditingState


def test_typing_in_the_kind_box_prefers_the_exact_word(qtbot, section: AgendaSection) -> None:
    editor = open_editor(qtbot, section.table, 1, columns.KIND)
    qtbot.keyClicks(editor, "B")
    assert editor.currentData() == "break"  # not "Breakout or caucus", which comes first in the list
    press_return(qtbot, section.table, editor)
    assert section.model.item(1).kind == "break"
    editor = open_editor(qtbot, section.table, 1, columns.KIND)
    qtbot.keyClicks(editor, "Breako")
    assert editor.currentData() == "breakout"
    qtbot.keyClick(editor, Qt.Key.Key_Escape)


def test_a_newly_typed_title_is_shown_whole_at_once(qtbot, section: AgendaSection) -> None:
    section.resize(1050, 700)  # a 1366-pixel laptop beside the meetings list: the title column is narrow
    long_title = "Welcome, ground rules and how workers' statements are recorded"
    editor = open_editor(qtbot, section.table, 0, columns.TITLE)
    editor.selectAll()
    qtbot.keyClicks(editor, long_title)
    press_return(qtbot, section.table, editor)
    index = section.model.index(0, columns.TITLE)
    cell = section.table.visualRect(index)
    needed = section.table.fontMetrics().boundingRect(
        cell.adjusted(4, 0, -4, 0), int(Qt.TextFlag.TextWordWrap), long_title
    )
    assert cell.height() >= needed.height() and cell.width() >= section.table.fontMetrics().horizontalAdvance("M") * 12


def test_an_item_is_given_the_voices_it_is_meant_for(qtbot, section: AgendaSection) -> None:
    section.select_item(demo_id("agenda/0"))  # the welcome: meant for nobody in particular
    checklist = section.details.voice_groups
    assert checklist.checked() == []
    buyers = next(checklist.item(n) for n in range(checklist.count()) if checklist.item(n).text() == "Buyers")
    checklist.scrollToItem(buyers)
    rect = checklist.visualItemRect(buyers)
    qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(rect.left() + 10, rect.center().y()))
    assert agenda.items(section.ops.db, MEETING_ID)[0].voice_groups == ["BIZ_BUYER"]
    section.ops.undo_stack.undo()
    assert agenda.items(section.ops.db, MEETING_ID)[0].voice_groups == []
    assert checklist.checked() == []  # the panel shows the undone state
    section.select_item(demo_id("agenda/4"))  # the demo's workers' voices
    assert "RH_WORKER" in checklist.checked() and "BIZ_BUYER" not in checklist.checked()


def test_a_meeting_without_items_shows_nothing_of_the_item_chosen_before(qtbot, section: AgendaSection) -> None:
    """Switching to a new meeting (or a copy without items) left the last item's purpose greyed out
    beside "No agenda items yet", as if it were this meeting's."""
    section.select_item(demo_id("agenda/1"))
    assert section.details.purpose_edit.toPlainText()
    empty = meetings.create(section.ops.db, "Kota follow-up", datetime(2027, 1, 5, 9), datetime(2027, 1, 5, 17))
    section.set_meeting(empty.id)
    details = section.details
    assert not details.isEnabled()
    assert [edit.toPlainText() for edit in details.texts.values()] == [""] * len(details.texts)
    assert details.voice_groups.checked() == [] and details.presenter_combo.currentText() == ""
    assert not any(edit._pause.isActive() for edit in details.texts.values())  # nothing waits to be saved
    assert meetings.get(section.ops.db, MEETING_ID).title  # nothing of the demo was written while clearing
    assert agenda.items(section.ops.db, MEETING_ID)[1].purpose


def test_the_day_after_the_meeting_is_offered_and_says_what_it_is(section: AgendaSection, monkeypatch) -> None:
    """A one-day meeting's hours offered "Day 2" without a word; a day planned there is after the meeting."""
    from PySide6.QtWidgets import QFormLayout, QLabel

    from facilitator.ui.agenda.dialogs import DayHoursDialog

    seen: list[tuple[list[str], str]] = []

    def answer(dialog: DayHoursDialog) -> int:
        form = dialog.findChild(QFormLayout)
        rows = [form.itemAt(row, QFormLayout.ItemRole.LabelRole).widget().text() for row in range(form.rowCount())]
        seen.append((rows, " ".join(label.text() for label in dialog.findChildren(QLabel))))
        return 0

    monkeypatch.setattr(DayHoursDialog, "exec", answer)
    section.edit_day_hours()
    assert seen[-1][0] == ["Day 1", "Day 2, after the meeting"]
    assert "Day 2 lies after the meeting's last date" in seen[-1][1]
    meeting = meetings.get(section.ops.db, MEETING_ID)
    meetings.update(section.ops.db, MEETING_ID, ends_at=meeting.ends_at + timedelta(days=2))  # a three-day meeting
    section.load()
    section.edit_day_hours()
    assert seen[-1][0] == ["Day 1", "Day 2", "Day 3", "Day 4, after the meeting"]  # its own days, items or not
