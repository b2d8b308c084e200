"""Two bars of the live screen: who has the floor now, and what to do after the laptop was away."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from facilitator.core import meetings
from facilitator.core.live.speaking import Speaker, Turn
from facilitator.core.live.wall_clock import Gap
from facilitator.ui.common.style import swatch
from facilitator.ui.keys import KEYS
from facilitator.ui.live.agenda_clock import big
from facilitator.ui.live.room import RoomNames
from facilitator.ui.live.style import TIMER_COLOURS, clock, group_colour
from facilitator.ui.live.tiles import group_label


class FloorBanner(QLabel):
    """The running turn, coloured by the speaker's group, with its flags and length."""

    def __init__(self, names: RoomNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        self.setFont(big(15))
        self.setMinimumHeight(38)
        # A long name must not push the balance panel off a small laptop screen; it is cut instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._shown = ""

    def show_floor(self, turn: Turn | None, speakers: dict[str, Speaker], now: datetime, ended: bool = False) -> None:
        """Who has the floor now; after the end of the session, that it ended (its floor closed in a pause)."""
        speaker = speakers.get(turn.participation_id or "") if turn else None
        if ended:
            text, colour = self.tr("The session has ended: nobody has the floor"), TIMER_COLOURS["idle"]
        elif turn is None and not speakers:
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
                self.tr("Interpretation of {0}").format(self.names.name(speaker))
                if turn.kind == "interpretation"
                else self.names.name(speaker)
            )
            # The running time first: on a narrow screen the end of the line is cut, and the time matters most.
            text = f"▶ {clock(turn.seconds(now))} · {who} · {' · '.join(flags)}"
            colour = group_colour(speaker.group)
        if text != self._shown:
            self._shown = text
            self.setText(text)
            self.setStyleSheet(f"{swatch(colour)} padding: 4px 8px; border-radius: 6px;")


class GapBar(QFrame):
    """Shown after the laptop slept or was closed while someone had the floor: go on, or keep silence."""

    answered = Signal(bool)  # True: the speaker goes on

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(swatch(TIMER_COLOURS["orange"]))
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.resume_button = QPushButton()
        self.keep_button = QPushButton(self.tr("Keep silence ({0})").format(KEYS["live.keep_silence"].shown()))
        self.resume_button.clicked.connect(lambda: self.answered.emit(True))
        self.keep_button.clicked.connect(lambda: self.answered.emit(False))
        bar = QHBoxLayout(self)
        bar.addWidget(self.text, 1)
        bar.addWidget(self.resume_button)
        bar.addWidget(self.keep_button)
        self.hide()

    def show_gap(self, gap: Gap, who: str, zone: str) -> None:
        """``zone`` is the meeting's time zone: the time reads as the clock on the wall of the room."""
        self.text.setText(
            self.tr(
                "Nobody timed the floor for {0} (the laptop slept, or Facilitator was closed or showed another "
                "meeting). The floor was stopped at {1}; that time counts for nobody."
            ).format(clock(gap.seconds), meetings.to_local(gap.began, zone).strftime("%H:%M:%S"))
        )
        go_on = KEYS["live.go_on"].shown()
        self.resume_button.setText(
            self.tr("{0} goes on ({1})").format(who, go_on) if who else self.tr("Go on ({0})").format(go_on)
        )
        self.show()
