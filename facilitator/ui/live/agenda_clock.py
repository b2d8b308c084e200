"""The top of the live screen: the current item, what comes next, its clock and the day's drift.

Labels are set only when their text changes, so the one-second tick repaints almost nothing.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from facilitator.core import meetings
from facilitator.core.live.timer import TimerState
from facilitator.ui.common.style import swatch
from facilitator.ui.keys import KEYS
from facilitator.ui.live.style import TIMER_COLOURS, clock, signed_minutes


def big(point_size: int, bold: bool = True) -> QFont:
    font = QFont()
    font.setPointSize(point_size)
    font.setBold(bold)
    return font


def set_text(shown: dict[QLabel, str], label: QLabel, text: str) -> bool:
    """Set ``label``'s text unless it already shows it; say whether it changed."""
    if shown.get(label) == text:
        return False
    shown[label] = text
    label.setText(text)
    return True


class AgendaClock(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts: dict[QLabel, str] = {}
        self._timer_colour = ""
        self.item_title = QLabel()
        self.item_title.setFont(big(18))
        self.item_title.setWordWrap(True)
        self.next_item = QLabel()
        self.status = QLabel()
        self.timer_label = QLabel()
        self.timer_label.setFont(big(28))
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.timer_label.setMinimumWidth(self.timer_label.fontMetrics().horizontalAdvance("00:00 / 0:00:00") + 40)
        self.drift = QLabel()
        self.drift.setFont(big(13))
        heading = QVBoxLayout()
        heading.setSpacing(2)
        heading.addWidget(self.item_title)
        state = QHBoxLayout()
        state.setSpacing(16)  # "Running" and "Next: Tea break" are two facts, not one phrase
        state.addWidget(self.status)
        state.addWidget(self.next_item, 1)
        heading.addLayout(state)
        self.controls = QHBoxLayout()
        heading.addLayout(self.controls)
        clocks = QVBoxLayout()
        clocks.setSpacing(2)
        clocks.addWidget(self.timer_label)
        clocks.addWidget(self.drift, 0, Qt.AlignmentFlag.AlignRight)
        top = QHBoxLayout(self)
        top.setContentsMargins(0, 0, 0, 0)
        top.addLayout(heading, 1)
        top.addLayout(clocks)

    def add_controls(self, actions: tuple[QAction, ...]) -> None:
        """Buttons for the timer's keys, for a mouse or a touch screen; they never take the keyboard focus
        from the note line."""
        for action in actions:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setFont(big(11, bold=False))
            self.controls.addWidget(button)
        self.controls.addStretch(1)

    def show(self, timer: TimerState, now: datetime, zone: str) -> None:
        """``zone`` is the meeting's time zone: the end time reads as the clock on the wall of the room."""
        item = timer.current_item
        if item is None:
            set_text(self._texts, self.item_title, self.tr("Not started"))
            set_text(
                self._texts,
                self.status,
                self.tr("{0} starts the first agenda item.").format(KEYS["live.start"].shown())
                if timer.items
                else self.tr("This meeting has no agenda yet: add items in the Agenda section."),
            )
            set_text(self._texts, self.timer_label, "0:00")
            set_text(self._texts, self.next_item, "")
            self._colour_timer("idle")
            set_text(self._texts, self.drift, "")
            return
        clock_ = timer.clocks[item.id]
        set_text(
            self._texts, self.item_title, f"{timer.current + 1 if timer.current is not None else ''}. {item.title}"
        )
        set_text(self._texts, self.timer_label, f"{clock(clock_.elapsed(now))} / {clock(clock_.allowed_seconds)}")
        if timer.ended:
            # An ended day neither runs on nor leads anywhere: no next item, no drift that keeps moving.
            ended_at = meetings.to_local(timer.stopped_at or now, zone)
            set_text(self._texts, self.status, self.tr("The session ended at {0}.").format(f"{ended_at:%H:%M}"))
            set_text(self._texts, self.next_item, "")
            set_text(self._texts, self.drift, "")
            self._colour_timer("idle")
            return
        following = (
            timer.items[timer.current + 1]
            if timer.current is not None and timer.current + 1 < len(timer.items)
            else None
        )
        set_text(
            self._texts,
            self.next_item,
            self.tr("Next: {0} ({1} min)").format(following.title, following.planned_minutes)
            if following
            else self.tr("Last item"),
        )
        status = (
            self.tr("Running") if timer.running else self.tr("Paused; {0} resumes.").format(KEYS["live.start"].shown())
        )
        set_text(self._texts, self.status, status)
        self._colour_timer(clock_.colour(now) if timer.running else "idle")
        behind = signed_minutes(timer.behind_seconds(now))
        if behind > 0:
            drift = self.tr("Day: %n min behind", "", behind)
        elif behind < 0:
            drift = self.tr("Day: %n min ahead", "", -behind)
        else:
            drift = self.tr("Day: on time")
        set_text(self._texts, self.drift, drift)

    def _colour_timer(self, colour: str) -> None:
        if colour != self._timer_colour:
            self._timer_colour = colour
            self.timer_label.setStyleSheet(f"{swatch(TIMER_COLOURS[colour])} padding: 4px 16px; border-radius: 8px;")
