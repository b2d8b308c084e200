"""The Live section: the screen a facilitator runs the meeting from, entirely from the keyboard.

Layout: the agenda timer across the top; participant tiles on the left; the balance on the right;
the note line at the bottom.  One coarse one-second timer updates the labels (only those whose text
changed), saves the note draft when it changed, and watches for a sleep; nothing repaints otherwise,
so an idle screen costs almost no battery.

Keys (all active while the section is shown):
F5 start or resume · F6 pause · F7 / F8 previous / next item · F9 five more minutes ·
F2 silence · F3 facilitator (procedural) · F4 interpretation of the last speaker ·
Alt+1…9 pinned speakers (Shift: interruption) · Ctrl+K find a speaker, Enter picks (Shift+Enter:
interruption), Esc back to the note line · Alt+Z take back the last switch · Alt+Left / Alt+Right
move the current turn's start by five seconds · Alt+N/P/C/D/A/M/Q/U note kind · Enter stores the note ·
Alt+O edit the latest note (earlier versions are kept) · Alt+S balance thresholds ·
Ctrl+Alt+1…9 pin the current speaker to that number · F11 full screen, nothing beside the live screen.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QHideEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import disclosure, meetings
from facilitator.core.changes import Change
from facilitator.core.live import notes
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.timer import TimerState
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.section import Section
from facilitator.ui.common.style import swatch
from facilitator.ui.keys import KEYS, NOTE_KIND_LETTERS, live_hint
from facilitator.ui.live import closing
from facilitator.ui.live.agenda_clock import AgendaClock, big
from facilitator.ui.live.balance_panel import BalancePanel
from facilitator.ui.live.banners import FloorBanner, GapBar
from facilitator.ui.live.note_line import NoteEntry
from facilitator.ui.live.room import RoomNames
from facilitator.ui.live.style import TIMER_COLOURS
from facilitator.ui.live.thresholds_dialog import BalanceSettingsDialog
from facilitator.ui.live.tiles import SpeakerTiles, pinned_rows_height
from facilitator.ui.ops import Changed, Ops
from facilitator.ui.ops import live as live_ops

TICK_MS = 1000
NUDGE_SECONDS = 5.0
REVEAL_KEY = KEYS["live.reveal"].sequences()[0][0]


class LiveSection(Section):
    shows = Change.MEETINGS | Change.AGENDA | Change.PARTICIPATION | Change.PEOPLE | Change.NOTES | Change.SPEAKING

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.session: RunningMeeting | None = None
        self.names = RoomNames()
        self._hidden_beside: list[QWidget] = []
        self.setFont(big(13, bold=False))
        self._build()
        self._bind_keys()
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.VeryCoarseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

    # -- building ----------------------------------------------------------------------------------

    def _build(self) -> None:
        self.clock = AgendaClock()
        self.room_banner = QLabel(
            self.tr("Room view: only what the room may see. {0} returns to the full screen.").format(
                KEYS["live.room_view"].shown()
            )
        )
        self.room_banner.setObjectName("roomView")
        self.room_banner.setWordWrap(True)
        self.room_banner.setStyleSheet(f"{swatch(TIMER_COLOURS['idle'])} padding: 2px 8px; border-radius: 4px;")
        self.room_banner.hide()

        self.gap_bar = GapBar()
        self.gap_bar.answered.connect(self.answer_gap)

        self.speaker_now = FloorBanner(self.names)
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Find a speaker ({0}), Enter gives the floor").format(KEYS["live.find"].shown())
        )
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(lambda: self._pick_search(interruption=False))
        self.tiles = SpeakerTiles(self.names)
        self.tiles.chosen.connect(lambda pid, interruption: self.switch(pid, interruption=interruption))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tiles)
        scroll.setMinimumHeight(pinned_rows_height())
        self.tiles_view = scroll
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.speaker_now)
        left_layout.addWidget(self.search)
        left_layout.addWidget(scroll, 1)

        self.balance_panel = BalancePanel(self.names)
        splitter = QSplitter()
        splitter.addWidget(left)
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # labels wrap instead
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setWidget(self.balance_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 600])

        self.notes = NoteEntry(self.names)
        self.notes.line.setFont(big(16, bold=False))
        self.notes.submitted.connect(self.add_note)
        self.notes.recent.itemActivated.connect(lambda item: self.edit_note(item.data(Qt.ItemDataRole.UserRole)))
        self.keys = QLabel(live_hint())
        self.keys.setWordWrap(True)
        self.keys.setFont(big(9, bold=False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 2)
        layout.setSpacing(4)
        layout.addWidget(self.room_banner)
        layout.addWidget(self.clock)
        layout.addWidget(self.gap_bar)
        layout.addWidget(splitter, 3)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.keys)

    def _bind_keys(self) -> None:
        """The live screen's keys: active wherever the focus is while the screen is shown."""

        controls = (
            make_action(self, "live.start", self.start),
            make_action(self, "live.pause", self.pause),
            make_action(self, "live.previous", self.go_previous),
            make_action(self, "live.next", self.go_next),
            make_action(self, "live.end", self.end_session),
        )
        self.clock.add_controls(controls)
        # Pause, previous, next and end move a running day; before the start and after the end, Start is
        # the one thing to press.
        self._steps_of_a_running_day = controls[1:]
        self._steps_offered: tuple[bool, bool] | None = None  # (under way, ended), as last applied
        # What times a speaker or an item: nothing does once the session has ended (the core refuses too).
        timing: dict[str, Callable[[], object]] = {
            "live.extend": self.extend_item,
            "live.silence": partial(self.switch, None),
            "live.facilitator": self.facilitator_turn,
            "live.interpret": self.interpret,
            "live.take_back": self.undo_switch,
            "live.earlier": partial(self.move_start, -NUDGE_SECONDS),
            "live.later": partial(self.move_start, NUDGE_SECONDS),
        }
        self._timing_actions = [make_action(self, key_id, slot) for key_id, slot in timing.items()]
        for number in range(1, 10):
            digit = str(number)
            self._timing_actions += [
                make_action(self, "live.pinned", partial(self.pinned, number, False), variant=digit),
                make_action(self, "live.pinned_interrupts", partial(self.pinned, number, True), variant=digit),
            ]
            make_action(self, "live.pin", partial(self.pin_current, number), variant=digit)
        steps: dict[str, Callable[[], object]] = {
            "live.find": self.find_speaker,
            "live.go_on": partial(self.answer_gap, True),
            "live.keep_silence": partial(self.answer_gap, False),
            "live.settings": self.open_settings,
            "live.full_screen": self.toggle_focus,
            "live.edit_note": self.edit_latest_note,
            "live.room_view": self.toggle_room_view,
            "live.reveal": partial(self.reveal, True),
        }
        for key_id, slot in steps.items():
            make_action(self, key_id, slot)
        for kind, letter in NOTE_KIND_LETTERS.items():
            make_action(self, "live.note_kind", partial(self.notes.set_kind, kind), variant=letter)
        make_action(self.search, "live.search_interrupts", partial(self._pick_search, True))
        make_action(self.search, "live.search_leave", self._leave_search)

    # -- loading -----------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self._save_draft()
            if self.session is not None:
                live_ops.stop_running(self.ops, self.session)  # nobody times it while another meeting shows
            self.session = None
        super().set_meeting(meeting_id)
        if meeting_id is None:
            self.timer.stop()

    def load(self) -> None:
        if self.meeting_id is None:
            return
        same_session = self.session is not None and self.session.meeting_id == self.meeting_id
        if same_session:
            self.session.reload()
        else:
            self.session = live_ops.running_meeting(self.ops, self.meeting_id)
            self.notes.line.setText(notes.load_draft(self.ops.db, self.meeting_id))
            self.notes.dirty = False
        meeting = meetings.get(self.ops.db, self.meeting_id)
        self.names.pseudonyms = disclosure.pseudonyms_for_meeting(self.ops.db, self.meeting_id)
        self.names.policy = disclosure.for_meeting(self.ops.db, self.meeting_id, disclosure.Audience.SHAREABLE)
        self.notes.set_speakers(self.session.speakers)
        self.notes.default_level = meeting.default_confidentiality
        self.notes.default_speaker = self._speaker_for_notes
        self.tiles.set_speakers(self.session.speakers, self.session.pins(), keep=same_session)
        self._show_notes()
        self._show_gap()
        self.refresh()
        self.timer.start()

    def _on_changed(self, changed: Changed) -> None:
        if changed.initiator is self:
            return  # this section's own step: it updated itself in place
        if self.session is not None and not changed.kinds & ~(Change.NOTES | Change.ACTIONS):
            self._show_notes()
            return
        super()._on_changed(changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QApplication.instance().installEventFilter(self)  # to see the reveal key let go
        self.notes.line.setFocus()
        self.refresh()

    # -- names in the room -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The reveal key's action shows the real names of people who are not named; letting the key
        go, or the window losing the keyboard, hides them again."""
        kind = event.type()
        if kind == QEvent.Type.KeyRelease and isinstance(event, QKeyEvent) and self.names.revealed:
            if event.keyCombination() == REVEAL_KEY and not event.isAutoRepeat():
                self.reveal(False)
        elif kind == QEvent.Type.ApplicationDeactivate and self.names.revealed:
            self.reveal(False)
        return False

    def reveal(self, on: bool) -> None:
        on = on and not self.names.room_view
        if on != self.names.revealed:
            self.names.revealed = on
            self._show_names()

    def toggle_room_view(self) -> None:
        """One key between the facilitator's screen and what the room may see."""
        self.names.room_view = not self.names.room_view
        self.names.revealed = False
        self.room_banner.setVisible(self.names.room_view)
        self.keys.setVisible(not self.names.room_view)
        self._show_names()
        self.room_view_changed.emit(self.names.room_view)

    def _show_names(self) -> None:
        self.tiles.redraw()
        self.refresh()
        self._show_notes()
        self.notes.offer_names()
        self.notes.show_reading()

    # -- the one-second tick -----------------------------------------------------------------------

    def tick(self) -> None:
        session = self.session
        if session is None:
            return
        if self.ops.db.suspended:
            # The data is being converted (encryption turned on or off): the clocks move on screen, and the
            # heartbeat, a gap and the typed line are written at the first tick after.
            if self.isVisible():
                self.refresh()
            return
        if session.tick() is not None:
            self._show_gap()
        self._save_draft()
        if self.isVisible():
            self.refresh()

    def _save_draft(self) -> None:
        """Keep the line being typed (called every second, and when the meeting or the window goes)."""
        session = self.session
        if session is not None and self.notes.dirty and not self.ops.db.suspended:
            self.notes.dirty = False
            text = self.notes.line.text()
            saved, _ = self.ops.guarded(lambda: notes.save_draft(self.ops.db, session.meeting_id, text), report=False)
            self.notes.dirty = not saved  # tried again at the next tick
            self.notes.set_unsaved("" if saved else self.ops.last_refusal)

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_draft()
        QApplication.instance().removeEventFilter(self)
        self.reveal(False)
        super().hideEvent(event)

    def refresh(self) -> None:
        """Update what moves: the item clock, the day drift, the speaker and the balance."""
        session = self.session
        timer = session.timer if session else None
        self._offer_steps(timer)
        if session is None or timer is None:
            return
        self.clock.show(timer, session.now(), session.timezone)
        running = session.running_turn
        now = session.balance_instant()
        balance = session.balance()
        self.tiles.refresh(balance, running.participation_id if running else None)
        item = session.current_item
        self.balance_panel.refresh(balance, session.speakers, item.id if item else None, ended=timer.ended)
        self.speaker_now.show_floor(session.running_turn, session.speakers, now, ended=timer.ended)

    def _offer_steps(self, timer: TimerState | None) -> None:
        """Which keys a day in this state can take; refresh runs every second, so only a change is applied."""
        under_way = timer is not None and timer.current_item is not None and not timer.ended
        ended = timer is not None and timer.ended
        if (under_way, ended) == self._steps_offered:
            return
        self._steps_offered = (under_way, ended)
        for action in self._steps_of_a_running_day:
            action.setEnabled(under_way)
        for action in self._timing_actions:
            action.setEnabled(not ended)
        self.tiles.setEnabled(not ended)

    def _show_notes(self) -> None:
        session = self.session
        if session is None:
            return
        item = session.current_item
        self.notes.show_notes(notes.list_notes(self.ops.db, session.meeting_id, item.id if item else None))

    def _show_gap(self) -> None:
        session = self.session
        gap = session.pending_gap if session else None
        if gap is None or session is None:
            self.gap_bar.hide()
            return
        turn = session.paused_turn
        speaker = session.speakers.get(turn.participation_id or "") if turn else None
        who = self.names.name(speaker) if speaker else ""
        self.gap_bar.show_gap(gap, who, meetings.get(self.ops.db, session.meeting_id).timezone)

    # -- steps -------------------------------------------------------------------------------------

    def _stepped(self, done: bool) -> None:
        """After this section's own op: show what moved (other views refresh from its announcement)."""
        if done:
            self.refresh()
            self._show_notes()

    def _timer_step(self, op: Callable[..., bool]) -> None:
        if self.session is not None:
            self._stepped(op(self.ops, self.session, initiator=self))

    def start(self) -> None:
        session = self.session
        if (
            session is not None
            and session.ended
            and not self._confirm(self.tr("The session has ended. Start it again at the current item?"))
        ):
            return
        self._timer_step(live_ops.start)

    def end_session(self) -> None:
        """End the session after asking: the timer and the floor close and the meeting is marked closed."""
        session = self.session
        if session is None or session.timer.current is None or session.ended:
            self._timer_step(live_ops.end_session)  # the core says why there is nothing to end
            return
        if self._confirm(self.tr("End the session? The agenda clock and the floor stop, and the meeting is closed.")):
            self._timer_step(live_ops.end_session)

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Live"), question)
        return answer == QMessageBox.StandardButton.Yes

    def about_to_close(self) -> bool:
        """Closing the window while the session runs asks whether to pause, keep running or end it; the
        floor closes in every case, so the time the app is closed is credited to nobody."""
        session = self.session
        if session is None:
            return True
        self._save_draft()
        if session.timer.running:
            choice = closing.ask_when_closed(self.window(), meetings.get(self.ops.db, session.meeting_id).title)
            if choice is closing.WhenClosed.CANCEL:
                return False
            if choice is closing.WhenClosed.PAUSE:
                live_ops.pause(self.ops, session, initiator=self)
            elif choice is closing.WhenClosed.END:
                live_ops.end_session(self.ops, session, initiator=self)
        live_ops.stop_running(self.ops, session)
        self.session = None
        self.timer.stop()
        return True

    def pause(self) -> None:
        self._timer_step(live_ops.pause)

    def go_next(self) -> None:
        """The next item; after the last one, the end of the session (after asking)."""
        session = self.session
        timer = session.timer if session else None
        if timer is not None and timer.current is not None and timer.current + 1 >= len(timer.items):
            self.end_session()
        else:
            self._timer_step(live_ops.next_item)

    def go_previous(self) -> None:
        self._timer_step(live_ops.previous_item)

    def extend_item(self) -> None:
        self._timer_step(live_ops.extend_item)

    def switch(self, participation_id: str | None, *, kind: str = "speech", interruption: bool = False) -> None:
        session = self.session
        if session is None:
            return
        speaker = session.speakers.get(participation_id or "")
        name = self.names.name(speaker) if speaker else self.tr("silence")
        self._stepped(
            live_ops.give_floor(self.ops, session, participation_id, name, kind, interruption, initiator=self)
        )

    def pinned(self, number: int, interruption: bool) -> None:
        pid = self.tiles.pinned(number)
        if pid is not None:
            self.switch(pid, interruption=interruption)

    def toggle_focus(self) -> None:
        """Full screen with nothing beside the live screen (the meetings list hidden), and back."""
        window = self.window()
        entering = not window.isFullScreen()
        if entering:
            self._hidden_beside = []
            child: QWidget = self
            parent = self.parentWidget()
            while parent is not None:
                if isinstance(parent, QSplitter):
                    for index in range(parent.count()):
                        other = parent.widget(index)
                        if other is not child and other.isVisible():
                            other.hide()
                            self._hidden_beside.append(other)
                child, parent = parent, parent.parentWidget()
            window.showFullScreen()
        else:
            for widget in self._hidden_beside:
                widget.show()
            self._hidden_beside = []
            window.showNormal()

    def pin_current(self, number: int) -> None:
        """Put whoever has the floor on a number key, for the voices the facilitator turns to often."""
        session = self.session
        turn = session.running_turn if session else None
        if session is None or turn is None or turn.participation_id is None:
            return
        pid = turn.participation_id
        ok, _ = self.ops.guarded(lambda: session.pin(number, pid))
        if ok:
            self.tiles.set_speakers(session.speakers, session.pins(), keep=True)
            self.refresh()

    def facilitator_turn(self) -> None:
        session = self.session
        if session is None:
            return
        staff = [s for s in session.speakers.values() if s.present and s.role == "facilitator"]
        if staff:
            self.switch(staff[0].id)
        else:
            self.ops.show_error(self.tr("Add the facilitator to the participants to time procedural talk."))

    def interpret(self) -> None:
        self._timer_step(live_ops.interpret)

    def undo_switch(self) -> None:
        self._timer_step(live_ops.take_back_switch)

    def move_start(self, seconds: float) -> None:
        if self.session is not None:
            self._stepped(live_ops.move_turn_start(self.ops, self.session, seconds, initiator=self))

    def answer_gap(self, resume: bool) -> None:
        session = self.session
        if session is not None and session.pending_gap is not None:
            self._stepped(live_ops.after_gap(self.ops, session, resume, initiator=self))
            self._show_gap()

    # -- speaker search ----------------------------------------------------------------------------

    def find_speaker(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _search_changed(self, text: str) -> None:
        self.tiles.filter(text)

    def _pick_search(self, interruption: bool) -> None:
        matches = self.tiles.filter(self.search.text())
        if self.search.text().strip() and matches:
            self.switch(matches[0], interruption=interruption)
        self._leave_search()

    def _leave_search(self) -> None:
        self.search.clear()
        self.notes.line.setFocus()

    # -- notes -------------------------------------------------------------------------------------

    def _speaker_for_notes(self) -> str | None:
        return self.session.note_speaker() if self.session is not None else None

    def add_note(self, text: str) -> None:
        session = self.session
        if session is None or not text.strip():
            return
        item = session.current_item
        parsed = notes.parse(text, session.speakers, self._speaker_for_notes(), self.notes.completer.directory)
        if parsed.problems:  # a date not understood, a name not known, too long: said under the line, in red,
            self.notes.show_reading()  # and the text stays in it; a dialog would take the keys from the floor
            return
        if live_ops.add_note(self.ops, session, parsed, item.id if item else None, initiator=self) is not None:
            self.notes.clear()
            self._show_notes()

    def edit_latest_note(self) -> None:
        selected = self.notes.recent.currentItem() or self.notes.recent.item(0)
        if selected is not None:
            self.edit_note(selected.data(Qt.ItemDataRole.UserRole))

    def open_settings(self) -> None:
        session = self.session
        if session is None or self.meeting_id is None:
            return
        dialog = BalanceSettingsDialog(meetings.get(self.ops.db, self.meeting_id), session.speakers, self)
        if dialog.exec() == BalanceSettingsDialog.DialogCode.Accepted:
            live_ops.update_balance_settings(self.ops, self.meeting_id, dialog.changes())

    def edit_note(self, note_id: str) -> None:
        session = self.session
        if session is None:
            return
        current = next((n for n in notes.list_notes(self.ops.db, session.meeting_id) if n.id == note_id), None)
        if current is None:
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Edit note"),
            self.tr("Note (earlier versions are kept):"),
            QLineEdit.EchoMode.Normal,
            current.body,
        )
        if ok and text.strip() and text != current.body:
            live_ops.edit_note(self.ops, self.meeting_id, note_id, text, initiator=self)
            self._show_notes()
