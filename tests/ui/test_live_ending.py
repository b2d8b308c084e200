"""A session has an end, and closing the window while it runs never credits the time it is closed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QToolButton

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live.running import RunningMeeting
from facilitator.ui.app import Application
from facilitator.ui.live import closing
from facilitator.ui.live.section import LiveSection
from facilitator.ui.settings import Settings
from tests.core.live_helpers import FakeTime, small_meeting, speaker_named

NO = Qt.KeyboardModifier.NoModifier


def open_live(application: Application, meeting_id: str) -> LiveSection:
    window = application.window
    window.meetings.reload(meeting_id)
    window.meetings.select(meeting_id)
    section = window.workspace.show_section(LiveSection)
    assert isinstance(section, LiveSection)
    section.notes.line.setFocus()
    return section


@pytest.fixture
def meeting_id(db: Database) -> str:
    return small_meeting(db)


@pytest.fixture
def yes(monkeypatch) -> list[str]:
    asked: list[str] = []

    def answer(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    return asked


def test_shift_f8_ends_the_session_and_closes_the_meeting(application, meeting_id, qtbot, yes) -> None:
    live = open_live(application, meeting_id)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert yes and live.session.ended and live.session.running_turn.kind == "pause"
    assert meetings.get(application.db, meeting_id).status == "closed"
    assert live.clock.status.text().startswith("The session ended at ")
    assert application.window.meetings.summary(meeting_id).status == "closed"  # the list heard of it


def test_after_the_end_the_screen_says_when_it_ended_and_nothing_runs_on(application, meeting_id, qtbot, yes) -> None:
    live = open_live(application, meeting_id)
    time = FakeTime()
    live.session.clock = time.clock()
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    time.advance(600)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    ended = meetings.to_local(live.session.timer.stopped_at, meetings.get(application.db, meeting_id).timezone)
    assert live.clock.status.text() == f"The session ended at {ended:%H:%M}."
    assert live.clock.next_item.text() == "" and live.clock.drift.text() == ""
    time.advance(3600)
    live.tick()
    assert live.clock.drift.text() == "" and live.clock.next_item.text() == ""
    assert "ended" in live.speaker_now.text() and "Paused" not in live.speaker_now.text()  # it read "Paused"
    heading = application.window.workspace.heading.text()
    assert "Closed" in heading and "Live" not in heading


def test_after_the_end_no_alert_asks_to_give_anyone_the_floor(application, meeting_id, qtbot, yes) -> None:
    """The red "give them the floor" stayed on the screen of a session that had ended."""
    from msgspec import structs

    from facilitator.core.live.balance import Alert

    live = open_live(application, meeting_id)
    panel, session = live.balance_panel, live.session
    alert = Alert("dominance", "BIZ_BUYER", 0.7, 0.4, 10)

    def shown(ended: bool) -> None:
        balance = structs.replace(session.balance(), alerts=[alert])
        panel.refresh(balance, session.speakers, None, ended=ended)

    shown(ended=False)
    assert not panel.alerts.isHidden() and "⚠" in panel.alerts.text()
    shown(ended=True)
    assert panel.alerts.isHidden() and panel.suggested.isHidden()
    assert not panel.table.isHidden()  # the figures stay
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert session.ended
    live.tick()  # the screen's own refresh knows the session has ended
    assert panel.alerts.isHidden() and panel.suggested.isHidden()


def test_f8_on_the_last_item_offers_the_end_and_the_button_does_the_same(application, meeting_id, qtbot, yes) -> None:
    live = open_live(application, meeting_id)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    for _ in range(2):
        qtbot.keyClick(live.notes.line, Qt.Key.Key_F8)
    assert live.session.current_item.title == "Close" and not yes
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8)
    assert len(yes) == 1 and live.session.ended
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)  # started again: asked first
    assert len(yes) == 2 and live.session.timer.running
    buttons = {button.text(): button for button in live.clock.findChildren(QToolButton)}
    qtbot.mouseClick(buttons["End the session"], Qt.MouseButton.LeftButton)
    assert len(yes) == 3 and live.session.ended


@pytest.mark.parametrize("choice", list(closing.WhenClosed))
def test_closing_the_window_while_live_asks_and_never_credits_the_closed_time(
    application: Application, meeting_id: str, settings: Settings, qtbot, monkeypatch, choice
) -> None:
    live = open_live(application, meeting_id)
    time = FakeTime()
    live.session.clock = time.clock()
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    uma = speaker_named(live.session, "Uma")
    live.switch(uma)
    time.advance(20)
    asked: list[str] = []
    monkeypatch.setattr(closing, "ask_when_closed", lambda parent, title: asked.append(title) or choice)
    application.window.close()
    assert asked == ["Test roundtable"]
    if choice is closing.WhenClosed.CANCEL:
        assert application.window.isVisible() and live.session.running_turn.participation_id == uma
        assert not live.session.ended and live.session.timer.running
        return
    assert not application.window.isVisible()
    time.advance(43)  # Facilitator is closed for 43 seconds
    reopened = Application(application.db, Settings(QSettings(settings.store.fileName(), QSettings.Format.IniFormat)))
    qtbot.addWidget(reopened.window)
    reopened.window.show()
    again = RunningMeeting(application.db, meeting_id, time.clock(), resume=False)
    assert next(p.seconds for p in again.balance().people if p.id == uma) == pytest.approx(20)
    assert again.timer.running == (choice is closing.WhenClosed.KEEP_RUNNING)
    assert again.timer.ended == (choice is closing.WhenClosed.END)
    shown = open_live(reopened, meeting_id)
    assert shown.gap_bar.isVisibleTo(shown) == (choice is closing.WhenClosed.KEEP_RUNNING)
    reopened.window.close()


def test_a_language_switch_keeps_the_floor_running(application: Application, meeting_id: str, qtbot) -> None:
    live = open_live(application, meeting_id)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    uma = speaker_named(live.session, "Uma")
    live.switch(uma)
    session = live.session
    try:
        application.switch_language("nl")
        rebuilt = open_live(application, meeting_id)
        assert rebuilt.session is session and session.running_turn.participation_id == uma
        assert not rebuilt.gap_bar.isVisibleTo(rebuilt)
    finally:
        application.switch_language("en")


def test_the_room_view_hides_the_meetings_list_the_marking_and_what_undo_would_undo(
    application, meeting_id, qtbot, yes
) -> None:
    window = application.window
    live = open_live(application, meeting_id)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    qtbot.keyClicks(live.notes.line, "q: who pays for the masks")
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Return)
    assert window.undo_action.text() == "&Undo Note"
    assert window.meetings.isVisible() and window.statusBar().isVisible()

    qtbot.keyClick(live.notes.line, Qt.Key.Key_F12)
    assert live.names.room_view
    assert not window.meetings.isVisible() and not window.statusBar().isVisible()
    assert window.undo_action.text() == "&Undo" and window.redo_action.text() == "&Redo"
    qtbot.keyClicks(live.notes.line, "p: water points agreed")
    qtbot.keyClick(live.notes.line, Qt.Key.Key_Return)
    assert window.undo_action.text() == "&Undo" and window.undo_action.isEnabled()  # still neutral after a step

    qtbot.keyClick(live.notes.line, Qt.Key.Key_F12)
    assert window.meetings.isVisible() and window.statusBar().isVisible()
    assert window.undo_action.text() == "&Undo Note"
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)


def test_the_participants_summary_names_self_described_genders_in_dutch(
    application: Application, meeting_id: str, qtbot
) -> None:
    from facilitator.core.models import Person
    from facilitator.ui.participants.section import ParticipantsSection

    with application.db.session() as session:
        for person in session.query(Person).filter(Person.name.in_(["Anna Buyer", "Bert Buyer"])):
            person.gender = "in my own words"
    try:
        application.switch_language("nl")
        window = application.window
        window.meetings.reload(meeting_id)
        window.meetings.select(meeting_id)
        section = window.workspace.show_section(ParticipantsSection)
        section.load()
        assert "Zelf omschreven 2" in section.counts.text() and "Self-described" not in section.counts.text()
    finally:
        application.switch_language("en")


def test_the_question_on_closing_is_asked_in_dutch(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from facilitator.ui.i18n import install_translator

    install_translator("nl")
    try:
        assert QCoreApplication.translate("WhenClosed", "The session is running") == "De sessie loopt"
    finally:
        install_translator("en")


def test_before_the_start_and_after_the_end_only_start_can_be_pressed(application, meeting_id, qtbot, yes) -> None:
    live = open_live(application, meeting_id)
    buttons = {button.text().split()[0]: button for button in live.clock.findChildren(QToolButton)}
    assert set(buttons) >= {"Start", "Pause", "Previous", "Next", "End"}

    def can_press() -> set[str]:
        return {name for name in ("Start", "Pause", "Previous", "Next", "End") if buttons[name].isEnabled()}

    assert can_press() == {"Start"}
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    assert can_press() == {"Start", "Pause", "Previous", "Next", "End"}
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert live.session.ended and can_press() == {"Start"}
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8)  # a disabled key does nothing: no question, no step
    assert live.session.ended and len(yes) == 1


def test_after_the_end_no_key_or_tile_gives_the_floor_or_extends_an_item(application, meeting_id, qtbot, yes) -> None:
    live = open_live(application, meeting_id)
    time = FakeTime()
    live.session.clock = time.clock()
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F5)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    time.advance(300)
    qtbot.keyClick(live.notes.line, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    session = live.session
    extra = {item: clock.extra_seconds for item, clock in session.timer.clocks.items()}
    turns, closing = len(session.turns), session.running_turn
    for key, modifiers in ((Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_F9, NO),
                           (Qt.Key.Key_F2, NO), (Qt.Key.Key_F3, NO), (Qt.Key.Key_F4, NO)):  # fmt: skip
        qtbot.keyClick(live.notes.line, key, modifiers)
    time.advance(900)
    live.tick()
    assert len(session.turns) == turns and session.running_turn == closing
    assert {item: clock.extra_seconds for item, clock in session.timer.clocks.items()} == extra
    assert closing.kind == "pause" and not live.tiles.isEnabled()
    with pytest.raises(UserError, match="The session has ended"):
        session.switch(next(iter(session.speakers)))
