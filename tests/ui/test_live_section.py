"""A facilitator runs a short session from the keyboard alone, on the Live section."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from facilitator.core.live import notes
from facilitator.ui.live.balance_panel import GroupBalanceModel
from facilitator.ui.live.section import LiveSection
from facilitator.ui.ops import Ops
from tests.core.live_helpers import FakeTime, small_meeting, speaker_named

ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(qtbot, section: LiveSection, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(section.focusWidget() or section, key, modifiers)


def floor(section: LiveSection) -> str | None:
    turn = section.session.running_turn
    return turn.participation_id if turn else None


def test_whole_flow_from_the_keyboard(qtbot, live: LiveSection) -> None:
    session = live.session
    press(qtbot, live, Qt.Key.Key_F5)
    assert session.timer.running and session.current_item.title == "Welcome"
    assert live.clock.item_title.text() == "1. Welcome"

    press(qtbot, live, Qt.Key.Key_1, ALT)  # pinned 1: the first rights-holder tile
    first = live.tiles.pinned(1)
    assert floor(live) == first and session.speakers[first].group == "RH_WOMEN_WORKER"
    assert session.running_turn.via_interpreter

    press(qtbot, live, Qt.Key.Key_F4)
    assert session.running_turn.kind == "interpretation" and floor(live) == first

    press(qtbot, live, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert live.search.hasFocus()
    qtbot.keyClicks(live.search, "Ann")
    assert [t.isVisible() for t in live.tiles.tiles.values()].count(True) == 1
    press(qtbot, live, Qt.Key.Key_Return)
    assert floor(live) == speaker_named(session, "Anna")
    assert live.notes.line.hasFocus()

    press(qtbot, live, Qt.Key.Key_3, ALT | SHIFT)  # an interruption by pinned 3
    assert session.running_turn.interruption
    press(qtbot, live, Qt.Key.Key_Z, ALT)  # wrong tile: take it back
    assert floor(live) == speaker_named(session, "Anna")

    press(qtbot, live, Qt.Key.Key_F3)
    assert session.running_turn.procedural
    press(qtbot, live, Qt.Key.Key_F2)
    assert session.running_turn.kind == "silence"
    assert "Silence" in live.speaker_now.text()

    press(qtbot, live, Qt.Key.Key_C, ALT)
    assert live.notes.line.text() == "c: "
    qtbot.keyClicks(live.notes.line, "no masks @Kamla #OSH_SILICA")
    assert "Concern" in live.notes.reading.text() and "Women workers" in live.notes.reading.text()
    press(qtbot, live, Qt.Key.Key_Return)
    (stored,) = notes.list_notes(live.ops.db, session.meeting_id)
    assert (stored.kind, stored.speaker_participation_id, stored.stakeholder_group) == (
        "concern",
        None,
        "RH_WOMEN_WORKER",
    )
    assert live.notes.line.text() == "" and live.notes.recent.count() == 1

    press(qtbot, live, Qt.Key.Key_F8)
    assert session.current_item.title == "Debate" and live.notes.recent.count() == 0
    press(qtbot, live, Qt.Key.Key_F9)
    assert session.timer.clocks[session.current_item.id].extra_seconds == 300
    assert "35:00" in live.clock.timer_label.text()
    press(qtbot, live, Qt.Key.Key_F7)
    assert session.current_item.title == "Welcome"
    press(qtbot, live, Qt.Key.Key_F6)
    assert not session.timer.running and "F5" in live.clock.status.text()


def test_draft_is_saved_by_the_tick_and_restored(qtbot, live: LiveSection) -> None:
    qtbot.keyClicks(live.notes.line, "d: half a decis")
    live.tick()
    assert notes.load_draft(live.ops.db, live.meeting_id) == "d: half a decis"
    again = LiveSection(live.ops)
    qtbot.addWidget(again)
    again.set_meeting(live.meeting_id)
    assert again.notes.line.text() == "d: half a decis"
    again.timer.stop()


def test_a_draft_the_disk_refuses_is_said_under_the_line_without_a_box_that_takes_the_keys(
    qtbot, live: LiveSection, monkeypatch
) -> None:
    """On a full disk a message box popped up every second while the facilitator typed; the next space
    pressed its OK and the note came out as "the coolert Dabi"."""
    from PySide6.QtWidgets import QMessageBox

    from facilitator.core.errors import UserError

    full = "The disk holding the data is full. Nothing of this change was saved; free some space and try again."

    def no_room(*_args) -> None:
        raise UserError(full)

    boxes: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: boxes.append(args[2]))
    saves = notes.save_draft
    monkeypatch.setattr(notes, "save_draft", no_room)
    qtbot.keyClicks(live.notes.line, "c: the coolers at")
    live.tick()
    qtbot.keyClicks(live.notes.line, " Dabi were empty")
    live.tick()
    assert boxes == [] and live.notes.line.text() == "c: the coolers at Dabi were empty"
    assert full in live.notes.reading.text()
    monkeypatch.setattr(notes, "save_draft", saves)
    live.tick()  # room again: the draft is kept, and the line says what it reads
    assert notes.load_draft(live.ops.db, live.meeting_id) == "c: the coolers at Dabi were empty"
    assert full not in live.notes.reading.text() and "Concern" in live.notes.reading.text()


def test_draft_is_kept_when_the_window_closes_within_the_second(qtbot, live: LiveSection) -> None:
    qtbot.keyClicks(live.notes.line, "a: follow up")
    live.window().close()
    assert notes.load_draft(live.ops.db, live.meeting_id) == "a: follow up"


def test_a_sleep_shows_a_question_not_a_dialog(qtbot, live: LiveSection) -> None:
    time = FakeTime()
    press(qtbot, live, Qt.Key.Key_F5)
    live.session.clock = time.clock()
    press(qtbot, live, Qt.Key.Key_2, ALT)
    speaker = floor(live)
    time.advance(20)
    time.sleep(2 * 3600)
    live.tick()
    assert live.gap_bar.isVisible() and live.session.running_turn.kind == "pause"
    press(qtbot, live, Qt.Key.Key_R, ALT)
    assert not live.gap_bar.isVisible() and floor(live) == speaker


def test_group_balance_model_reads_without_a_window(qtbot, live: LiveSection) -> None:
    press(qtbot, live, Qt.Key.Key_F5)
    press(qtbot, live, Qt.Key.Key_1, ALT)
    model: GroupBalanceModel = live.balance_panel.model
    live.refresh()
    groups = [model.data(model.index(row, model.GROUP)) for row in range(model.rowCount())]
    assert any(text.startswith("Women workers (2)") for text in groups)
    assert model.headerData(model.SHARE, Qt.Orientation.Horizontal) == "Share"
    tips = [model.data(model.index(row, model.GROUP), Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())]
    assert tips == groups  # the whole name where the column cuts it


def test_settings_and_note_edits_from_the_keyboard(qtbot, live: LiveSection, monkeypatch) -> None:
    from facilitator.core import meetings
    from facilitator.ui.live.thresholds_dialog import BalanceSettingsDialog

    def answer(dialog: BalanceSettingsDialog) -> int:
        dialog.dominance.setValue(70)
        return BalanceSettingsDialog.DialogCode.Accepted

    monkeypatch.setattr(BalanceSettingsDialog, "exec", answer)
    press(qtbot, live, Qt.Key.Key_S, ALT)
    assert meetings.get(live.ops.db, live.meeting_id).dominance_share == pytest.approx(0.7)
    assert live.session.thresholds.dominance_share == pytest.approx(0.7)

    qtbot.keyClicks(live.notes.line, "q: who pays for masks")
    press(qtbot, live, Qt.Key.Key_Return)
    monkeypatch.setattr(
        "facilitator.ui.live.section.QInputDialog.getText",
        lambda *args, **kwargs: ("who pays for masks and filters", True),
    )
    press(qtbot, live, Qt.Key.Key_O, ALT)
    (note,) = notes.list_notes(live.ops.db, live.meeting_id)
    assert note.body == "who pays for masks and filters"
    assert [r.body for r in notes.revisions(live.ops.db, note.id)] == ["who pays for masks", note.body]
    assert "and filters" in live.notes.recent.item(0).text()


def test_pinning_the_current_speaker_to_a_number(qtbot, live: LiveSection) -> None:
    press(qtbot, live, Qt.Key.Key_F5)
    press(qtbot, live, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(live.search, "Uma")
    press(qtbot, live, Qt.Key.Key_Return)
    uma = speaker_named(live.session, "Uma")
    first = live.tiles.pinned(1)
    press(qtbot, live, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier | ALT)
    assert live.tiles.pinned(1) == uma and first in live.tiles.pins  # the old first moved, not lost
    assert live.tiles.tiles[uma].text().startswith("1 · Uma")
    press(qtbot, live, Qt.Key.Key_F2)
    press(qtbot, live, Qt.Key.Key_1, ALT)
    assert floor(live) == uma


def test_edit_undo_takes_back_a_switch_and_a_note(qtbot, live: LiveSection) -> None:
    press(qtbot, live, Qt.Key.Key_F5)
    press(qtbot, live, Qt.Key.Key_1, ALT)
    first = floor(live)
    press(qtbot, live, Qt.Key.Key_2, ALT)
    qtbot.keyClicks(live.notes.line, "d: agreed")
    press(qtbot, live, Qt.Key.Key_Return)
    live.ops.undo_stack.undo()
    assert notes.list_notes(live.ops.db, live.meeting_id) == []
    live.ops.undo_stack.undo()
    assert floor(live) == first
    live.ops.undo_stack.redo()
    assert floor(live) == live.tiles.pinned(2)


def test_item_clock_turns_orange_then_red_and_the_day_falls_behind(qtbot, live: LiveSection) -> None:
    from facilitator.ui.live.style import TIMER_COLOURS

    time = FakeTime()
    live.session.clock = time.clock()
    press(qtbot, live, Qt.Key.Key_F5)  # Welcome: 10 minutes planned
    time.advance(7 * 60)
    live.tick()
    assert TIMER_COLOURS["green"] in live.clock.timer_label.styleSheet()
    time.advance(90)
    live.tick()
    assert TIMER_COLOURS["orange"] in live.clock.timer_label.styleSheet()
    assert live.clock.timer_label.text() == "8:30 / 10:00"
    time.advance(4 * 60)
    live.tick()
    assert TIMER_COLOURS["red"] in live.clock.timer_label.styleSheet()
    assert live.clock.drift.text() == "Day: 2 min behind"


def test_f11_hides_what_is_beside_the_live_screen_and_brings_it_back(qtbot, db) -> None:
    from PySide6.QtWidgets import QListWidget, QSplitter

    splitter = QSplitter()
    beside = QListWidget()
    section = LiveSection(Ops(db))
    splitter.addWidget(beside)
    splitter.addWidget(section)
    window = QMainWindow()
    window.setCentralWidget(splitter)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    section.set_meeting(small_meeting(db))
    section.notes.line.setFocus()
    press(qtbot, section, Qt.Key.Key_F11)
    assert not beside.isVisible() and window.isFullScreen()
    press(qtbot, section, Qt.Key.Key_F11)
    assert beside.isVisible() and not window.isFullScreen()
    section.timer.stop()


def offered(popup) -> list[str]:
    return [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())] if popup.isVisible() else []


def test_the_mention_popup_offers_names_and_writes_them_whole(qtbot, live: LiveSection) -> None:
    press(qtbot, live, Qt.Key.Key_F5)
    qtbot.keyClicks(live.notes.line, "c: no masks @ann")
    popup = live.notes.completer.popup()
    assert offered(popup) == ["Anna Buyer"]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert live.notes.line.text() == "c: no masks @Anna Buyer " and not popup.isVisible()
    assert notes.list_notes(live.ops.db, live.meeting_id) == []  # Enter chose the name; it stored nothing
    qtbot.keyClicks(live.notes.line, "at the yard @wom")
    assert "Women workers" in offered(popup)
    qtbot.keyClick(popup, Qt.Key.Key_Escape)
    qtbot.keyClicks(live.notes.line, "en workers")
    press(qtbot, live, Qt.Key.Key_Return)
    (stored,) = notes.list_notes(live.ops.db, live.meeting_id)
    # The last mention says whose the note is; the one inside the sentence stays in it.
    assert stored.body == "no masks Anna Buyer at the yard" and stored.stakeholder_group == "RH_WOMEN_WORKER"


def test_the_popup_offers_a_worker_who_is_not_named_by_pseudonym_only(qtbot, live: LiveSection) -> None:
    """The live screen is often on the projector: typing part of her name must not show it in full."""
    pseudonym = live.names.pseudonyms[speaker_named(live.session, "Kamla")]
    popup = live.notes.completer.popup()
    qtbot.keyClicks(live.notes.line, "c: no masks @Kam")
    assert offered(popup) == [] and "Kamla" not in live.notes.reading.text()
    assert "Women workers" in live.notes.reading.text()  # read as her, kept to her group
    live.notes.line.clear()
    qtbot.keyClicks(live.notes.line, "c: no masks @" + pseudonym[:8])
    assert pseudonym in offered(popup) and not [name for name in offered(popup) if "Kamla" in name]
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    press(qtbot, live, Qt.Key.Key_Return)
    (stored,) = notes.list_notes(live.ops.db, live.meeting_id)
    assert stored.stakeholder_group == "RH_WOMEN_WORKER" and "Kamla" not in stored.body


def test_a_click_in_the_mention_popup_writes_the_name(qtbot, live: LiveSection) -> None:
    qtbot.keyClicks(live.notes.line, "p: @Uma")
    popup = live.notes.completer.popup()
    rect = popup.visualRect(popup.model().index(0, 0))
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert live.notes.line.text() == "p: @Uma Union "


def test_a_long_paste_stays_whole_in_the_line_and_the_reading_says_how_much_to_cut(
    qtbot, live: LiveSection, monkeypatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *args: warned.append(text))
    press(qtbot, live, Qt.Key.Key_F5)
    pasted = "c: " + "the silica dust at the cutting shed " * 1500  # 54,003 characters: more than Qt's default
    QApplication.clipboard().setText(pasted)
    live.notes.line.setFocus()
    qtbot.keyClick(live.notes.line, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert live.notes.line.text() == pasted
    assert "at most 5000 characters; this one has 53999" in live.notes.reading.text()
    press(qtbot, live, Qt.Key.Key_Return)
    assert not warned and notes.list_notes(live.ops.db, live.session.meeting_id) == []
    assert live.notes.line.text() == pasted  # nothing lost: the note-taker cuts it and presses Enter again
    live.notes.line.setText("c: " + pasted[3:200])
    press(qtbot, live, Qt.Key.Key_Return)
    (stored,) = notes.list_notes(live.ops.db, live.session.meeting_id)
    assert stored.kind == "concern" and stored.body.startswith("the silica dust")


def test_the_floor_banner_says_the_running_time_first(qtbot, live: LiveSection) -> None:
    """On a 1366-pixel screen the banner's end is cut ("… via interpreter · 0:2"): the time leads."""
    time = FakeTime()
    live.session.clock = time.clock()
    press(qtbot, live, Qt.Key.Key_F5)
    live.switch(next(iter(live.session.speakers)))
    for _ in range(15):
        time.advance(5)
        live.tick()
    assert live.speaker_now.text().startswith("▶ 1:15 · ")


def test_the_balance_is_written_with_the_dutch_decimal_comma(qapp) -> None:
    """ "slechts 2.8% van de spreektijd" and "Balans 0.82" read as English numbers on a Dutch screen."""
    from facilitator.core.live.balance import Alert
    from facilitator.core.localised import format_number, format_percent
    from facilitator.ui.i18n import install_translator
    from facilitator.ui.live.balance_panel import alert_text

    alert = Alert("underrepresented", "REP_WORKER_COMMITTEE", 0.028, 0.031)
    assert "only 2.8% of the talk, under its alert level of 3.1%" in alert_text(alert)
    install_translator("nl")
    try:
        assert "slechts 2,8% van de spreektijd, onder de meldingsgrens van 3,1%" in alert_text(alert)
        assert (format_number(0.8234, 2), format_percent(0.42)) == ("0,82", "42%")
    finally:
        install_translator("en")


def test_someone_arriving_late_leaves_everyone_on_their_number_key(qtbot, live: LiveSection) -> None:
    """A worker checked in mid-session sorts before the buyers, and every Alt+number moved on: the key
    the facilitator knew as one speaker gave the floor, and its time, to another."""
    from facilitator.core.participants import participation

    for place in participation.list_participants(live.ops.db, live.meeting_id):
        participation.check_in(live.ops.db, place.participation_id)
    live.load()
    before = {number: live.tiles.pinned(number) for number in range(1, 10) if live.tiles.pinned(number)}
    late = participation.add_new_participant(
        live.ops.db, live.meeting_id, name="Gopal Worker", stakeholder_group="RH_WORKER"
    )
    participation.check_in(live.ops.db, late.id)
    live.load()  # as the refresh after a check-in does
    after = {number: live.tiles.pinned(number) for number in range(1, 10) if live.tiles.pinned(number)}
    assert {number: after[number] for number in before} == before
    [(number, newcomer)] = [(n, pid) for n, pid in after.items() if n not in before]
    assert number == len(before) + 1 and live.session.speakers[newcomer].group == "RH_WORKER"
    press(qtbot, live, getattr(Qt.Key, f"Key_{number}"), ALT)
    assert floor(live) == newcomer
    live.set_meeting(None)
    live.set_meeting(late.meeting_id)  # a session opened afresh numbers in the group order again
    assert live.tiles.pinned(1) == newcomer


def test_a_date_not_understood_is_said_under_the_line_and_no_dialog_takes_the_keys(
    qtbot, live: LiveSection, monkeypatch
) -> None:
    boxes: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda parent, title, text, *args: boxes.append(text))
    press(qtbot, live, Qt.Key.Key_F5)
    live.notes.line.setFocus()
    qtbot.keyClicks(live.notes.line, "a: send the wage slips due:next friday")
    press(qtbot, live, Qt.Key.Key_Return)
    assert not boxes and notes.list_notes(live.ops.db, live.session.meeting_id) == []
    assert live.notes.reading.text() == "Write the due date as YYYY-MM-DD: next"
    assert live.notes.line.text() == "a: send the wage slips due:next friday" and live.notes.line.hasFocus()
    press(qtbot, live, Qt.Key.Key_Alt)
    press(qtbot, live, Qt.Key.Key_2, ALT)  # the floor keys still work
    assert floor(live) == live.tiles.pinned(2)


@pytest.mark.usefixtures("demo_db")
def test_an_unknown_tag_lists_the_tags_under_the_line_without_widening_the_window(qtbot, application) -> None:
    """The list of tags, on one line, made the window wider than a laptop's screen: the balance was cut off."""
    application.window.resize(1366, 740)
    application.window.open_demo()
    live = application.window.workspace.show_section(LiveSection)
    live.notes.line.setFocus()
    qtbot.keyClicks(live.notes.line, "c: no creche for the women #gender")
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Return)
    assert live.notes.reading.text().startswith("Unknown risk tag: gender. The tags are #CHILD")
    assert live.notes.line.text() == "c: no creche for the women #gender"  # kept, to mend
    qtbot.wait(50)  # the layout settles
    assert application.window.width() == 1366 and application.window.minimumSizeHint().width() <= 1366


@pytest.mark.usefixtures("demo_db")
def test_ctrl_z_in_the_note_line_right_after_a_note_takes_the_note_back(qtbot, application) -> None:
    """Ctrl+Z pressed where the cursor stays after Enter, the note line, is the window's undo."""
    application.window.open_demo()
    live = application.window.workspace.show_section(LiveSection)
    before = len(notes.list_notes(application.db, live.meeting_id))
    live.notes.line.setFocus()
    qtbot.keyClicks(live.notes.line, "d: water tanks at both yards")
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Return)
    assert len(notes.list_notes(application.db, live.meeting_id)) == before + 1 and live.notes.line.hasFocus()
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(notes.list_notes(application.db, live.meeting_id)) == before
