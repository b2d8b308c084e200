"""The main window driven like a user: menus, shortcuts, dialogs, undo, remembered state."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from facilitator.core import meetings
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.agenda.section import AgendaSection
from facilitator.ui.app import Application
from facilitator.ui.meetings.new_meeting_dialog import NewMeetingDialog
from facilitator.ui.meetings.overview import OverviewSection
from facilitator.ui.meetings.welcome_dialog import WelcomeDialog
from facilitator.ui.ops import Ops
from facilitator.ui.sections import SECTIONS
from facilitator.ui.settings import Settings
from tests.ui.windows import shown_window


def titles(app: Application) -> list[str]:
    model = app.window.meetings.model
    return [model.row(row).title for row in range(model.rowCount())]


def test_first_run_offers_the_demo(application: Application, monkeypatch) -> None:
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: WelcomeDialog.DEMO)
    application.first_run()
    assert application.window.meetings.current_id() == MEETING_ID
    assert "Rajasthan" in application.window.windowTitle()


def test_first_run_leaves_data_alone_whose_meetings_are_all_archived(application: Application, monkeypatch) -> None:
    offered = []
    monkeypatch.setattr(WelcomeDialog, "exec", lambda self: offered.append(self) or WelcomeDialog.DEMO)
    meeting = meetings.create(application.db, "Kept for the record", datetime(2026, 1, 5, 9), datetime(2026, 1, 5, 17))
    meetings.set_archived(application.db, meeting.id, True)
    application.window.meetings.reload()
    assert application.window.meetings.model.rowCount() == 0
    application.first_run()
    assert offered == []


def test_new_meeting_from_the_keyboard_then_undo_and_redo(application: Application, qtbot, monkeypatch) -> None:
    def fill(dialog: NewMeetingDialog) -> int:
        qtbot.keyClicks(dialog.title_edit, "Xiamen granite dialogue")
        dialog.zone_combo.setCurrentText("Asia/Shanghai")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NewMeetingDialog, "exec", fill)
    qtbot.keyClick(application.window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert titles(application) == ["Xiamen granite dialogue"]
    created = meetings.get(application.db, application.window.meetings.current_id())
    assert created.timezone == "Asia/Shanghai"
    application.window.undo_action.trigger()
    assert titles(application) == []
    application.window.redo_action.trigger()
    assert titles(application) == ["Xiamen granite dialogue"]


def test_a_refused_title_shows_a_message_and_changes_nothing(application: Application, monkeypatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    assert application.window.create_meeting("   ", datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17), "UTC") is None
    assert warnings == ["A meeting needs a title."]
    assert titles(application) == [] and not application.ops.undo_stack.canUndo()


@pytest.mark.usefixtures("demo_db")
def test_editing_the_overview_is_undoable(application: Application, qtbot) -> None:
    application.window.open_demo()
    overview = next(s for s in application.window.workspace.sections if isinstance(s, OverviewSection))
    application.window.workspace.show_section(OverviewSection)
    overview.city_edit.clear()
    qtbot.keyClicks(overview.city_edit, "Bundi")
    qtbot.keyClick(overview.city_edit, Qt.Key.Key_Return)
    assert meetings.get(application.db, MEETING_ID).city == "Bundi"
    qtbot.keyClick(application.window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get(application.db, MEETING_ID).city == "Kota"
    assert overview.city_edit.text() == "Kota"
    # Undone from any section, the step may be out of sight: the status bar names it.
    assert application.window.statusBar().currentMessage() == "Undone: Edit meeting"
    application.window.redo_action.trigger()
    assert application.window.statusBar().currentMessage() == "Done again: Edit meeting"
    assert meetings.get(application.db, MEETING_ID).city == "Bundi"


@pytest.mark.usefixtures("demo_db")
def test_search_duplicate_and_archive(application: Application, qtbot) -> None:
    application.window.open_demo()
    application.window.duplicate_action.trigger()
    assert len(titles(application)) == 2
    copy_id = application.window.meetings.current_id()
    assert copy_id != MEETING_ID
    application.window.archive_action.trigger()
    assert meetings.get(application.db, copy_id).archived
    assert len(titles(application)) == 1
    qtbot.keyClicks(application.window.meetings.search, "nothing like this")
    assert titles(application) == []
    # The meeting open stays open while the search leaves it out of the list, and is chosen again after.
    assert application.window.workspace.meeting_id == MEETING_ID
    application.window.meetings.search.clear()
    assert application.window.meetings.current_id() == MEETING_ID
    application.window.meetings.archived.setChecked(True)
    assert len(titles(application)) == 3  # with the demo's archived 2022 roundtable
    # A meeting made while the search would leave it out: the search is cleared and the new one shown.
    application.window.meetings.select(MEETING_ID)
    qtbot.keyClicks(application.window.meetings.search, "nothing like this")
    application.window.duplicate_action.trigger()
    copy = application.window.meetings.current_id()
    assert copy not in (None, MEETING_ID, copy_id) and application.window.workspace.meeting_id == copy
    assert application.window.meetings.search.text() == ""


@pytest.mark.usefixtures("demo_db")
def test_window_state_and_last_meeting_are_remembered(application: Application, settings: Settings) -> None:
    application.window.open_demo()
    application.window.resize(1111, 777)
    header = application.window.meetings.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # a click on "Meeting": by title
    application.window.close()
    reopened = Application(application.db, Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat)))
    assert (reopened.window.width(), reopened.window.height()) == (1111, 777)
    assert reopened.window.meetings.current_id() == MEETING_ID
    again = reopened.window.meetings.table.horizontalHeader()  # it came back sorted by date
    assert (again.sortIndicatorSection(), again.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    reopened.window.close()


@pytest.mark.usefixtures("demo_db")
def test_the_meetings_list_can_be_hidden_for_the_whole_width_and_comes_back_to_search(
    application: Application, settings: Settings, qtbot
) -> None:
    window = application.window
    window.open_demo()
    width = window.workspace.width()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not window.meetings.isVisible() and not window.meetings_list_action.isChecked()
    qtbot.waitUntil(lambda: window.workspace.width() > width)
    window.show_room_view(True)
    window.show_room_view(False)  # the room view ends: the list stays as the facilitator left it
    assert not window.meetings.isVisible()
    window.close()
    reopened = Application(application.db, Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat)))
    qtbot.addWidget(reopened.window)
    reopened.window.show()
    reopened.window.activateWindow()
    qtbot.waitUntil(reopened.window.isActiveWindow)
    assert not reopened.window.meetings.isVisible()  # remembered
    qtbot.keyClick(reopened.window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # find a meeting
    assert reopened.window.meetings.isVisible() and reopened.window.meetings.search.hasFocus()
    reopened.window.close()


@pytest.mark.usefixtures("demo_db")
def test_switching_to_dutch_rebuilds_the_window_in_dutch(application: Application) -> None:
    application.window.open_demo()
    dutch = next(a for a in application.window.language_menu.actions() if a.data() == "nl")
    try:
        dutch.trigger()
        menus = [action.text() for action in application.window.menuBar().actions()]
        assert menus[:2] == ["&Bestand", "Be&werken"]
        assert application.settings.language == "nl"
        assert application.window.meetings.current_id() == MEETING_ID
    finally:
        application.switch_language("en")


@pytest.mark.usefixtures("demo_db")
def test_ctrl_and_a_number_opens_that_section(application: Application, qtbot) -> None:
    application.window.open_demo()
    tabs = application.window.workspace.tabs
    qtbot.keyClick(application.window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert tabs.currentIndex() == 1
    qtbot.keyClick(application.window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert application.window.workspace.current_section() is application.window.workspace.sections[0]
    application.window.meetings.search.setFocus()  # as after a click on the list: the section takes the keys
    qtbot.keyClick(application.window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    agenda = application.window.workspace.current_section()
    assert isinstance(agenda, AgendaSection)
    qtbot.waitUntil(agenda.table.hasFocus)  # the agenda itself, not the interpretation factor above it


def test_what_no_test_gives_a_file_of_its_own_is_kept_apart_from_the_users_settings(db) -> None:
    """A test run on a facilitator's own laptop must leave the window's remembered choices alone (a Minutes
    test once left the user's Minutes language on Hindi)."""
    where = Path(Ops(db).settings.store.fileName())
    assert Path(os.environ["XDG_CONFIG_HOME"]) in where.parents
    assert Path.home() / ".config" not in where.parents


def test_the_sections_not_shown_are_built_one_by_one_in_idle_time(db, settings: Settings, qtbot) -> None:
    """As the window starts: the shown section at once, every other in the event loop's idle moments, and
    then the window says that all are built (the collector waits for it)."""
    with shown_window(db, settings) as application:
        workspace = application.window.workspace
        assert len(workspace.built_sections()) == 1  # the shown one, before the event loop runs
        with qtbot.waitSignal(workspace.all_built, timeout=10_000):
            pass
        assert [type(s).__name__ for s in workspace.built_sections()] == [spec.name for spec in SECTIONS]


@pytest.mark.usefixtures("demo_db")
def test_undo_of_a_step_in_another_meeting_asks_first(application: Application, monkeypatch) -> None:
    """Ctrl+Z takes the latest step of any meeting: one of a meeting not shown is never taken back out of
    sight without the user saying so."""
    window = application.window
    window.open_demo()
    other = window.create_meeting("Xiamen granite dialogue", datetime(2024, 3, 1, 9), datetime(2024, 3, 1, 17), "UTC")
    window.meetings.select(MEETING_ID)
    window.workspace.show_section(OverviewSection)
    overview = next(s for s in window.workspace.sections if isinstance(s, OverviewSection))
    overview.city_edit.setText("Bundi")
    overview.city_edit.editingFinished.emit()
    assert meetings.get(application.db, MEETING_ID).city == "Bundi"
    window.meetings.select(other)
    asked: list[str] = []
    answer = QMessageBox.StandardButton.No
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *_: asked.append(text) or answer)
    window.undo_action.trigger()
    assert meetings.get(application.db, MEETING_ID).city == "Bundi"
    assert "Roundtable on labour risks in Rajasthan sandstone" in asked[0] and window.undo_action.isEnabled()
    answer = QMessageBox.StandardButton.Yes
    window.undo_action.trigger()
    assert meetings.get(application.db, MEETING_ID).city == "Kota"
    window.meetings.select(MEETING_ID)
    window.redo_action.trigger()  # its own meeting: not asked
    assert meetings.get(application.db, MEETING_ID).city == "Bundi" and len(asked) == 2


@pytest.mark.usefixtures("demo_db")
def test_ctrl_z_in_the_note_line_takes_back_the_note_just_saved(application: Application, qtbot) -> None:
    """During a live session the cursor is in the note line.  Ctrl+Z there put the saved text back in the
    line instead (Enter again would have saved it twice); the note is what is taken back, then redone."""
    from facilitator.core.live import notes
    from facilitator.ui.live.section import LiveSection

    application.window.open_demo()
    live = application.window.workspace.show_section(LiveSection)
    application.window.activateWindow()
    qtbot.waitUntil(application.window.isActiveWindow)
    live.notes.line.setFocus()
    before = len(notes.list_notes(application.db, MEETING_ID))
    qtbot.keyClicks(live.notes.line, "c: the masks tear at the yard")
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Return)
    assert len(notes.list_notes(application.db, MEETING_ID)) == before + 1
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(notes.list_notes(application.db, MEETING_ID)) == before and live.notes.line.text() == ""
    qtbot.keyClick(
        live.notes.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert len(notes.list_notes(application.db, MEETING_ID)) == before + 1
    qtbot.keyClicks(live.notes.line, "typo")
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the line's own typing
    assert live.notes.line.text() == "" and len(notes.list_notes(application.db, MEETING_ID)) == before + 1


@pytest.mark.usefixtures("demo_db")
def test_ctrl_z_in_a_field_with_nothing_of_its_own_to_undo_takes_back_the_last_edit(
    application: Application, qtbot
) -> None:
    """A city typed and left with Tab is saved; the cursor is then in the next field, which has nothing
    to undo, and Ctrl+Z there did nothing while the toolbar offered "Undo Edit meeting"."""
    from facilitator.ui.meetings.overview import OverviewSection

    application.window.open_demo()
    overview = application.window.workspace.show_section(OverviewSection)
    application.window.activateWindow()
    qtbot.waitUntil(application.window.isActiveWindow)
    before = meetings.get(application.db, MEETING_ID).city
    overview.city_edit.setFocus()
    overview.city_edit.selectAll()
    qtbot.keyClicks(overview.city_edit, "Jodhpur")
    qtbot.keyClick(overview.city_edit, Qt.Key.Key_Tab)
    assert meetings.get(application.db, MEETING_ID).city == "Jodhpur"
    assert overview.venue_edit.hasFocus()
    qtbot.keyClick(overview.venue_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get(application.db, MEETING_ID).city == before == overview.city_edit.text()
    qtbot.keyClick(
        overview.venue_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert meetings.get(application.db, MEETING_ID).city == "Jodhpur"
    qtbot.keyClicks(overview.venue_edit, "x")  # the field's own typing is undone first, and saved nothing yet
    qtbot.keyClick(overview.venue_edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert meetings.get(application.db, MEETING_ID).city == "Jodhpur" and not overview.venue_edit.text().endswith("x")


def test_a_new_meeting_moved_to_another_day_keeps_its_length(qtbot) -> None:
    """Moving Starts to next month left Ends where it was: a meeting of thirteen months, without a word."""
    from PySide6.QtCore import QDateTime, QTime

    dialog = NewMeetingDialog()
    qtbot.addWidget(dialog)
    start = dialog.start_edit.dateTime()
    length = start.secsTo(dialog.end_edit.dateTime())
    later = QDateTime(start.date().addMonths(1), QTime(10, 0))
    dialog.start_edit.setDateTime(later)
    assert later.secsTo(dialog.end_edit.dateTime()) == length
    dialog.end_edit.setDateTime(later.addSecs(-3600))  # an end before the start is not taken
    assert dialog.end_edit.dateTime() >= later


@pytest.mark.usefixtures("demo_db")
def test_a_tab_chosen_with_the_mouse_takes_the_focus_so_its_keys_work(application: Application, qtbot) -> None:
    """Clicking the Participants tab left the focus in the meetings search, and Ctrl+Shift+N (a new
    person), which the empty list itself suggests, did nothing."""
    from facilitator.ui.participants.section import ParticipantsSection

    application.window.open_demo()
    application.window.activateWindow()
    qtbot.waitUntil(application.window.isActiveWindow)
    application.window.meetings.search.setFocus()
    tabs = application.window.workspace.tabs
    index = next(i for i, spec in enumerate(SECTIONS) if spec.name == "ParticipantsSection")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(index).center())
    section = application.window.workspace.current_section()
    assert isinstance(section, ParticipantsSection)
    assert section.isAncestorOf(QApplication.focusWidget())


def test_two_titles_that_differ_at_their_end_look_different_in_a_narrow_list(application: Application) -> None:
    """A copy's title ends in "(copy)": cut at its end in a narrow list, the copy looked like the original."""
    title = "Roundtable on labour risks in Rajasthan sandstone quarries"
    original = meetings.create(application.db, title, datetime(2026, 1, 5, 9), datetime(2026, 1, 5, 17))
    meetings.duplicate(application.db, original.id)
    panel = application.window.meetings
    panel.reload()
    panel.table.clearSelection()
    panel.table.setCurrentIndex(panel.proxy.index(-1, -1))
    rows = [panel.proxy.index(row, 0) for row in range(2)]
    assert panel.table.columnWidth(0) < panel.table.fontMetrics().horizontalAdvance(title)  # cut short, both
    cells = [panel.table.viewport().grab(panel.table.visualRect(index)).toImage() for index in rows]
    assert cells[0].size() == cells[1].size() and cells[0] != cells[1]


def test_the_toolbar_undo_keeps_its_one_word_while_the_menu_names_the_step(
    application: Application,
) -> None:
    """The toolbar grew by "Duplicate meeting" at every step and its buttons jumped."""
    window = application.window
    application.window.create_meeting(
        "Kota follow-up", datetime(2027, 1, 5, 9), datetime(2027, 1, 5, 17), "Asia/Kolkata"
    )
    button = window.toolbar.widgetForAction(window.undo_action)
    assert window.undo_action.text() == "&Undo New meeting" and button.text() == "Undo"
    window.undo_action.trigger()
    assert window.redo_action.text() == "&Redo New meeting" and button.text() == "Undo"
    assert window.toolbar.widgetForAction(window.redo_action).text() == "Redo"


def test_a_narrow_meetings_list_keeps_its_title_room_after_the_list_changes(qtbot, db, settings) -> None:
    """Columns measured while hidden counted their headers as nothing, so the next list brought them back."""
    from facilitator.ui.meetings.panel import TITLE_ROOM, MeetingsPanel

    panel = MeetingsPanel(settings)
    qtbot.addWidget(panel)
    panel.attach(Ops(db))
    panel.resize(420, 400)
    panel.show()
    qtbot.waitExposed(panel)
    meetings.create(db, "Bijolia roundtable", datetime(2026, 1, 5, 9), datetime(2026, 1, 5, 17))
    panel.reload()  # measured narrow: some columns step aside
    meetings.create(db, "Kota follow-up", datetime(2026, 2, 5, 9), datetime(2026, 2, 5, 17))
    panel.reload()  # a new list, measured again while those columns were hidden
    qtbot.wait(10)
    assert panel.table.columnWidth(0) >= TITLE_ROOM - 1
    assert not panel.table.horizontalScrollBar().isVisible()


def test_tab_leaves_the_meetings_list_and_its_sections_key_reaches_the_section_shown(
    application: Application, qtbot
) -> None:
    """Tab went from cell to cell of the meetings list and never left it, and Ctrl+1 for the section
    already shown left the focus in the list: the keyboard could not get out but by another section."""
    window = application.window
    window.open_demo()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.meetings.table.setFocus()
    qtbot.keyClick(window.meetings.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not window.meetings.table
    window.meetings.table.setFocus()
    shown = window.workspace.tabs.currentIndex()
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_1 + shown), Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.current_section().isAncestorOf(QApplication.focusWidget())


def test_the_undo_keys_go_to_the_window_only_from_the_field_with_the_focus(qtbot, application: Application) -> None:
    """The watch was left on every field that ever had the focus, routing all their events through Python."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    form = QWidget()
    first, second = QLineEdit(), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(first)
    layout.addWidget(second)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()

    def left_to_the_window(field: QLineEdit) -> bool:
        undo = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        QApplication.sendEvent(field, undo)
        return not undo.isAccepted()

    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert left_to_the_window(first)  # nothing of its own to undo: the window's Undo takes it
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    assert left_to_the_window(second) and not left_to_the_window(first)  # the first is no longer watched
