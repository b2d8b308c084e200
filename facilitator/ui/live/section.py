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
Alt+E edit the latest note (earlier versions are kept) · Alt+B balance thresholds ·
Ctrl+Alt+1…9 pin the current speaker to that number · F11 full screen, nothing beside the live screen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import meetings
from facilitator.core.changes import Change
from facilitator.core.live import balance, notes
from facilitator.core.live.running import RunningMeeting
from facilitator.core.live.speaking import SILENT_KINDS
from facilitator.ui.common.section import Section
from facilitator.ui.live.balance_panel import BalancePanel
from facilitator.ui.live.note_line import NoteEntry
from facilitator.ui.live.style import TIMER_COLOURS, clock, group_colour, signed_minutes, swatch
from facilitator.ui.live.thresholds_dialog import BalanceSettingsDialog
from facilitator.ui.live.tiles import SpeakerTiles, group_label
from facilitator.ui.ops import Changed, Ops

TICK_MS = 1000
HEARTBEAT_TICKS = 10
NUDGE_SECONDS = 5.0
OWN_KINDS = Change.SPEAKING | Change.NOTES | Change.ACTIONS | Change.AGENDA


def big(point_size: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


class LiveSection(Section):
    shows = Change.MEETINGS | Change.AGENDA | Change.PARTICIPATION | Change.PEOPLE | Change.NOTES | Change.SPEAKING

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("LiveSection", "Live")

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.session: RunningMeeting | None = None
        self._acting = False
        self._ticks = 0
        self._texts: dict[QLabel, str] = {}
        self._timer_colour = ""
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
        self.item_title = QLabel()
        self.item_title.setFont(big(22))
        self.item_title.setWordWrap(True)
        self.next_item = QLabel()
        self.status = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setFont(big(36))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setMinimumWidth(300)
        self.drift = QLabel()
        self.drift.setFont(big(15))
        heading = QVBoxLayout()
        heading.addWidget(self.item_title)
        state = QHBoxLayout()
        state.addWidget(self.status)
        state.addWidget(self.next_item, 1)
        heading.addLayout(state)
        clocks = QVBoxLayout()
        clocks.addWidget(self.timer_label)
        clocks.addWidget(self.drift, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout()
        top.addLayout(heading, 1)
        top.addLayout(clocks)

        self.sleep_bar = QFrame()
        self.sleep_bar.setStyleSheet(swatch(TIMER_COLOURS["orange"]))
        self.sleep_text = QLabel()
        self.sleep_text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.keep_button = QPushButton(self.tr("Keep silence (Alt+K)"))
        self.resume_button.clicked.connect(lambda: self.answer_gap(True))
        self.keep_button.clicked.connect(lambda: self.answer_gap(False))
        bar = QHBoxLayout(self.sleep_bar)
        bar.addWidget(self.sleep_text, 1)
        bar.addWidget(self.resume_button)
        bar.addWidget(self.keep_button)
        self.sleep_bar.hide()

        self.speaker_now = QLabel()
        self.speaker_now.setFont(big(17))
        self.speaker_now.setMinimumHeight(44)
        # A long name must not push the balance panel off a small laptop screen; it is cut instead.
        self.speaker_now.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Find a speaker (Ctrl+K), Enter gives the floor"))
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(lambda: self._pick_search(interruption=False))
        self.tiles = SpeakerTiles()
        self.tiles.chosen.connect(lambda pid, interruption: self.switch(pid, interruption=interruption))
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.tiles)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.speaker_now)
        left_layout.addWidget(self.search)
        left_layout.addWidget(scroll, 1)

        self.balance_panel = BalancePanel()
        splitter = QSplitter()
        splitter.addWidget(left)
        right = QScrollArea()
        right.setWidgetResizable(True)
        right.setFrameShape(QFrame.Shape.NoFrame)
        right.setWidget(self.balance_panel)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([800, 600])

        self.notes = NoteEntry()
        self.notes.line.setFont(big(16, bold=False))
        self.notes.submitted.connect(self.add_note)
        self.notes.recent.itemActivated.connect(lambda item: self.edit_note(item.data(Qt.ItemDataRole.UserRole)))
        self.keys = QLabel(
            self.tr(
                "F5 start/resume · F6 pause · F7/F8 previous/next item · F9 +5 min · F2 silence · F3 facilitator · "
                "F4 interpretation · Alt+1…9 pinned speaker (Shift: interruption) · Ctrl+K find speaker · "
                "Alt+Z take back switch · Alt+←/→ move turn start · Alt+N/P/C/D/A/M/Q/U note kind · "
                "Alt+E edit last note · Alt+B balance settings · Ctrl+Alt+1…9 pin the current speaker · "
                "F11 full screen"
            )
        )
        self.keys.setWordWrap(True)
        self.keys.setFont(big(10, bold=False))

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.sleep_bar)
        layout.addWidget(splitter, 3)
        layout.addWidget(self.notes, 1)
        layout.addWidget(self.keys)

    def _bind_keys(self) -> None:
        def key(sequence: str, slot: Callable[[], Any]) -> None:
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(slot)

        key("F5", self.start)
        key("F6", self.pause)
        key("F7", lambda: self._agenda(self.tr("Previous item"), lambda s: s.previous()))
        key("F8", lambda: self._agenda(self.tr("Next item"), lambda s: s.next()))
        key("F9", lambda: self._agenda(self.tr("Extend the item"), lambda s: s.extend()))
        key("F2", lambda: self.switch(None))
        key("F3", self.facilitator_turn)
        key("F4", self.interpret)
        key("Ctrl+K", self.find_speaker)
        key("Alt+Z", self.undo_switch)
        key("Alt+Left", lambda: self.move_start(-NUDGE_SECONDS))
        key("Alt+Right", lambda: self.move_start(NUDGE_SECONDS))
        key("Alt+R", lambda: self.answer_gap(True))
        key("Alt+K", lambda: self.answer_gap(False))
        key("Alt+B", self.open_settings)
        key("F11", self.toggle_focus)
        key("Alt+E", self.edit_latest_note)
        for number in range(1, 10):
            key(f"Alt+{number}", lambda n=number: self.pinned(n, interruption=False))
            key(f"Alt+Shift+{number}", lambda n=number: self.pinned(n, interruption=True))
            key(f"Ctrl+Alt+{number}", lambda n=number: self.pin_current(n))
        for kind, letter in notes.SHORTCUT_LETTERS.items():
            key(f"Alt+{letter}", lambda k=kind: self.notes.set_kind(k))
        shift_enter = QShortcut(QKeySequence("Shift+Return"), self.search)
        shift_enter.setContext(Qt.ShortcutContext.WidgetShortcut)
        shift_enter.activated.connect(lambda: self._pick_search(interruption=True))
        escape = QShortcut(QKeySequence("Escape"), self.search)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self._leave_search)

    # -- loading -----------------------------------------------------------------------------------

    def set_meeting(self, meeting_id: str | None) -> None:
        if meeting_id != self.meeting_id:
            self._save_draft()
            self.session = None
        super().set_meeting(meeting_id)
        if meeting_id is None:
            self.timer.stop()

    def load(self) -> None:
        if self.meeting_id is None:
            return
        if self.session is None or self.session.meeting_id != self.meeting_id:
            self.session = RunningMeeting(self.ops.db, self.meeting_id)
            self.notes.line.setText(notes.load_draft(self.ops.db, self.meeting_id))
            self.notes.dirty = False
        else:
            self.session.reload()
        meeting = meetings.get(self.ops.db, self.meeting_id)
        self.notes.speakers = self.session.speakers
        self.notes.default_level = meeting.default_confidentiality
        self.notes.default_speaker = self._speaker_for_notes
        self.tiles.set_speakers(self.session.speakers, self.session.pins())
        self._show_notes()
        self._show_gap()
        self.refresh()
        self.timer.start()

    def _on_changed(self, changed: Changed) -> None:
        if self._acting and not changed.kinds & ~OWN_KINDS:
            return  # this section's own step; it refreshed itself already
        if self.session is not None and not changed.kinds & ~(Change.NOTES | Change.ACTIONS):
            self._show_notes()
            return
        super()._on_changed(changed)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.notes.line.setFocus()
        self.refresh()

    # -- the one-second tick -----------------------------------------------------------------------

    def tick(self) -> None:
        session = self.session
        if session is None:
            return
        if session.tick() is not None:
            self._show_gap()
        self._save_draft()
        self._ticks += 1
        running = session.running_turn
        if self._ticks % HEARTBEAT_TICKS == 0 and running is not None and running.kind not in SILENT_KINDS:
            session.heartbeat()
        if self.isVisible():
            self.refresh()

    def _save_draft(self) -> None:
        """Keep the line being typed (called every second, and when the meeting or the window goes)."""
        session = self.session
        if session is not None and self.notes.dirty:
            self.notes.dirty = False
            text = self.notes.line.text()
            self.ops.guarded(lambda: notes.save_draft(self.ops.db, session.meeting_id, text))

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_draft()
        super().hideEvent(event)

    def _set(self, label: QLabel, text: str) -> None:
        if self._texts.get(label) != text:
            self._texts[label] = text
            label.setText(text)

    def refresh(self) -> None:
        """Update what moves: the item clock, the day drift, the speaker and the balance."""
        session = self.session
        if session is None:
            return
        self._show_timer(session, session.now())
        running = session.running_turn
        now = session.balance_instant()
        balance = session.tracker.snapshot(now)
        self.tiles.refresh(balance, running.participation_id if running else None)
        item = session.current_item
        self.balance_panel.refresh(balance, session.speakers, item.id if item else None)
        self._show_speaker(session, now)

    def _show_timer(self, session: RunningMeeting, now: Any) -> None:
        timer = session.timer
        item = timer.current_item
        if item is None:
            self._set(self.item_title, self.tr("Not started"))
            self._set(
                self.status,
                self.tr("F5 starts the first agenda item.")
                if timer.items
                else self.tr("This meeting has no agenda yet: add items in the Agenda section."),
            )
            self._set(self.timer_label, "0:00")
            self._set(self.next_item, "")
            self._colour_timer("idle")
            self._set(self.drift, "")
            return
        clock_ = timer.clocks[item.id]
        self._set(self.item_title, f"{timer.current + 1 if timer.current is not None else ''}. {item.title}")
        following = (
            timer.items[timer.current + 1]
            if timer.current is not None and timer.current + 1 < len(timer.items)
            else None
        )
        self._set(
            self.next_item,
            self.tr("Next: {0} ({1} min)").format(following.title, following.planned_minutes)
            if following
            else self.tr("Last item"),
        )
        if timer.ended:
            status = self.tr("The session has ended.")
        elif timer.running:
            status = self.tr("Running")
        else:
            status = self.tr("Paused; F5 resumes.")
        self._set(self.status, status)
        self._set(self.timer_label, f"{clock(clock_.elapsed(now))} / {clock(clock_.allowed_seconds)}")
        self._colour_timer(clock_.colour(now) if timer.running else "idle")
        behind = signed_minutes(timer.behind_seconds(now))
        if behind > 0:
            drift = self.tr("Day: %n min behind", "", behind)
        elif behind < 0:
            drift = self.tr("Day: %n min ahead", "", -behind)
        else:
            drift = self.tr("Day: on time")
        self._set(self.drift, drift)

    def _colour_timer(self, colour: str) -> None:
        if colour != self._timer_colour:
            self._timer_colour = colour
            self.timer_label.setStyleSheet(f"{swatch(TIMER_COLOURS[colour])} padding: 4px 16px; border-radius: 8px;")

    def _show_speaker(self, session: RunningMeeting, now: Any) -> None:
        turn = session.running_turn
        speaker = session.speakers.get(turn.participation_id or "") if turn else None
        if turn is None and not session.speakers:
            text, colour = self.tr("No participants yet: add them in the Participants section."), TIMER_COLOURS["idle"]
        elif turn is None:
            text, colour = self.tr("Nobody has the floor yet"), TIMER_COLOURS["idle"]
        elif turn.kind == "pause":
            text, colour = self.tr("Paused: nobody has the floor"), TIMER_COLOURS["idle"]
        elif speaker is None:
            text, colour = self.tr("Silence") + f" · {clock(turn.seconds(now))}", TIMER_COLOURS["idle"]
        else:
            flags = [group_label(speaker.group)]
            if turn.via_interpreter:
                flags.append(self.tr("via interpreter"))
            if turn.procedural:
                flags.append(self.tr("procedural"))
            if turn.interruption:
                flags.append(self.tr("interruption"))
            who = (
                self.tr("Interpretation of {0}").format(speaker.name) if turn.kind == "interpretation" else speaker.name
            )
            text = f"▶ {who} · {' · '.join(flags)} · {clock(turn.seconds(now))}"
            colour = group_colour(speaker.group)
        if self._texts.get(self.speaker_now) != text:
            self._set(self.speaker_now, text)
            self.speaker_now.setStyleSheet(f"{swatch(colour)} padding: 4px 8px; border-radius: 6px;")

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
            self.sleep_bar.hide()
            return
        turn = session.paused_turn
        who = session.speakers[turn.participation_id].name if turn and turn.participation_id in session.speakers else ""
        self.sleep_text.setText(
            self.tr("This laptop was away for {0} (asleep or closed). The floor was stopped at {1}.").format(
                clock(gap.seconds), meetings.to_local(gap.began, "UTC").strftime("%H:%M:%S UTC")
            )
        )
        self.resume_button.setText(self.tr("{0} goes on (Alt+R)").format(who) if who else self.tr("Go on (Alt+R)"))
        self.sleep_bar.show()

    # -- steps -------------------------------------------------------------------------------------

    def _act(
        self,
        text: str,
        do: Callable[[], Any],
        undo: Callable[[Any], Any] | None,
        kinds: Change,
        redo: Callable[[Any], Any] | None = None,
    ) -> tuple[bool, Any]:
        if self.session is None:
            return False, None
        self._acting = True
        try:
            result = self.ops.run(text, do, undo, kinds, self.meeting_id, redo=redo)
        finally:
            self._acting = False
        self.refresh()
        return result

    def _agenda(self, text: str, step: Callable[[RunningMeeting], None]) -> None:
        session = self.session
        if session is not None:
            self._act(text, lambda: step(session), None, Change.AGENDA | Change.SPEAKING)
            self._show_notes()

    def start(self) -> None:
        self._agenda(self.tr("Start the session"), lambda s: s.start())

    def pause(self) -> None:
        self._agenda(self.tr("Pause the session"), lambda s: s.pause())

    def switch(self, participation_id: str | None, *, kind: str = "speech", interruption: bool = False) -> None:
        session = self.session
        if session is None:
            return
        name = session.speakers[participation_id].name if participation_id in session.speakers else self.tr("silence")
        self._act(
            self.tr("Floor to {0}").format(name),
            lambda: session.switch(participation_id, kind=kind, interruption=interruption),
            lambda turn: session.void_switch(turn.id),
            Change.SPEAKING,
            redo=lambda turn: session.restore_switch(turn.id),
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
            self.tiles.set_speakers(session.speakers, session.pins())
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
        session = self.session
        if session is None:
            return
        self._act(
            self.tr("Interpretation"),
            session.interpret,
            lambda turn: session.void_switch(turn.id),
            Change.SPEAKING,
            redo=lambda turn: session.restore_switch(turn.id),
        )

    def undo_switch(self) -> None:
        session = self.session
        if session is not None:
            self._act(
                self.tr("Take back the last switch"),
                session.undo_switch,
                session.restore_switch,
                Change.SPEAKING,
                redo=session.void_switch,
            )

    def move_start(self, seconds: float) -> None:
        session = self.session
        if session is not None:
            self._act(self.tr("Move the turn's start"), lambda: session.move_start(seconds), None, Change.SPEAKING)

    def answer_gap(self, resume: bool) -> None:
        session = self.session
        if session is None or session.pending_gap is None:
            return
        self._act(self.tr("After the break"), lambda: session.resolve_gap(resume), None, Change.SPEAKING)
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
        """A note is about the participant speaking unless the line names someone else (never staff)."""
        session = self.session
        turn = session.running_turn if session else None
        if turn is None or turn.kind in SILENT_KINDS or session is None:
            return None
        speaker = session.speakers.get(turn.participation_id or "")
        return None if speaker is None or speaker.is_staff else speaker.id

    def add_note(self, text: str) -> None:
        session = self.session
        if session is None or not text.strip():
            return
        item = session.current_item
        parsed = notes.parse(text, session.speakers, self._speaker_for_notes())
        ok, _ = self._act(
            self.tr("Note"),
            lambda: notes.add_note(self.ops.db, session.meeting_id, parsed, item.id if item else None, session.now()),
            lambda note: notes.set_note_deleted(self.ops.db, note.id, True),
            Change.NOTES | Change.ACTIONS,
            redo=lambda note: notes.set_note_deleted(self.ops.db, note.id, False),
        )
        if ok:
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
            self.ops.edit(
                self.tr("Balance settings"),
                balance.update_settings,
                self.meeting_id,
                dialog.changes(),
                Change.MEETINGS,
                self.meeting_id,
            )

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
            self._acting = True
            try:
                self.ops.edit(
                    self.tr("Edit note"), notes.edit_note, note_id, {"body": text}, Change.NOTES, self.meeting_id
                )
            finally:
                self._acting = False
            self._show_notes()
