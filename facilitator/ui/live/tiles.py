"""Participant tiles, grouped (in order) and coloured by stakeholder group, with type-ahead search.

A click, Enter on the search, or Alt+number for a pinned tile gives the floor to that person.
Tiles show talk time and turns, refreshed once a second only where the text changed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QGridLayout, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from facilitator.core import taxonomy
from facilitator.core.live.balance import Balance
from facilitator.core.live.speaking import Speaker
from facilitator.ui.common.style import swatch
from facilitator.ui.live.room import RoomNames
from facilitator.ui.live.style import clock, group_colour

COLUMNS = 3
PINNED = 9
TILE_HEIGHT = 52
SPACING = 6


def pinned_rows_height() -> int:
    """The height the grid needs to show every pinned tile (they come first)."""
    rows = -(-PINNED // COLUMNS)
    return rows * TILE_HEIGHT + (rows - 1) * SPACING


def group_order(group: str) -> tuple[int, int]:
    """Rights-holders first, then representatives, duty-bearers, business, civil society, others."""
    groups = taxonomy.stakeholder_groups()
    classes = list(taxonomy.group_classes())
    if group not in groups:
        return (len(classes), 0)
    return (classes.index(groups[group].group_class), list(groups).index(group))


def group_label(group: str) -> str:
    groups = taxonomy.stakeholder_groups()
    return groups[group].label if group in groups else group or QCoreApplication.translate("SpeakerTiles", "No group")


class SpeakerTile(QPushButton):
    def __init__(self, speaker: Speaker, pin: int | None, names: RoomNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.speaker = speaker
        self.pin = pin
        self.names = names
        self._stats = (0.0, 0)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(120)
        self.setMinimumHeight(TILE_HEIGHT)
        self._text = ""
        self._active: bool | None = None
        self.show_stats(0.0, 0, False)

    def show_stats(self, seconds: float, turns: int, active: bool) -> None:
        """Name on the first line; time, turns and anonymity on the second (the colour gives the group).

        A name too long for the tile ends in "…"; the tooltip and the screen reader have it whole."""
        self._stats = (seconds, turns)
        pin = f"{self.pin} · " if self.pin else ""
        name = self.names.name(self.speaker)
        if self.names.shows_figures(self.speaker):
            counts = self.tr("{0} · turns: {1}").format(clock(seconds), turns)
        else:
            counts = self.tr("figures hidden")
        if self.speaker.identity_hidden and name == self.speaker.name:
            counts += " · " + self.tr("anon.")  # revealed to the facilitator: a reminder it is hidden
        room = max(40, self.width() - 14)
        metrics = self.fontMetrics()
        first = metrics.elidedText(f"{pin}{name}", Qt.TextElideMode.ElideRight, room)
        text = f"{first}\n{metrics.elidedText(counts, Qt.TextElideMode.ElideRight, room)}"
        if text != self._text:
            self._text = text
            self.setText(text)
            group = self.tr("Meeting staff") if self.speaker.is_staff else group_label(self.speaker.group)
            self.setToolTip(f"{pin}{name}\n{group}\n{counts}")
            self.setAccessibleName(f"{pin}{name}")
            self.setAccessibleDescription(f"{group} · {counts}")
        if active != self._active:
            self._active = active
            border = "4px solid palette(highlight)" if active else "1px solid rgba(0,0,0,60)"
            weight = "bold" if active else "normal"
            self.setStyleSheet(
                f"QPushButton {{ {swatch(group_colour(self.speaker.group))} border: {border};"
                f" border-radius: 6px; padding: 4px; text-align: left; font-size: 12pt; font-weight: {weight}; }}"
            )

    def redraw(self) -> None:
        """Show the tile again as it is now named (the reveal key, the room view) and sized."""
        self.show_stats(*self._stats, bool(self._active))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.redraw()


class SpeakerTiles(QWidget):
    """All speakers in group blocks; ``chosen`` carries (participation id, interruption)."""

    chosen = Signal(str, bool)

    def __init__(self, names: RoomNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setSpacing(SPACING)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        self.tiles: dict[str, SpeakerTile] = {}
        self.pins: list[str] = []

    def set_speakers(self, speakers: dict[str, Speaker], pinned: dict[int, str], keep: bool = False) -> None:
        """One grid: the pinned speakers first (so their keys are always on screen), then the others; each
        part ordered by group so a group's colour forms a block; staff last.

        Number keys go to the first nine participants unless this laptop pinned others.  With ``keep``
        (the same session, someone arrived or left) everyone still here keeps the number they had: a
        facilitator who knows Alt+8 as Sunil Jain would otherwise give the floor to whoever arrived before
        him.  The number of someone who left goes to the next without one.
        """
        for tile in self.tiles.values():
            tile.deleteLater()
        self.tiles = {}
        present = [s for s in speakers.values() if s.present]
        # Those not named by the order of their pseudonyms (the order they joined: "Woman worker 1" first),
        # named people by name: an order by real names would tell the room something of those names.
        joined = {pid: order for order, pid in enumerate(self.names.pseudonyms)}
        ordered = sorted(
            present,
            key=lambda s: (s.is_staff, group_order(s.group), s.identity_hidden, joined.get(s.id, 0), s.name),
        )
        here = {s.id for s in present}
        pins = [pid if pid in here else "" for pid in self.pins[:PINNED]] if keep else []
        pins += [""] * (PINNED - len(pins))
        for pid in (s.id for s in ordered if not s.is_staff):
            if "" not in pins:
                break
            if pid not in pins:
                pins[pins.index("")] = pid
        self.pins = pins
        for number, pid in sorted(pinned.items()):
            if pid in speakers and 1 <= number <= PINNED:
                if pid in self.pins:
                    self.pins[self.pins.index(pid)] = self.pins[number - 1]
                self.pins[number - 1] = pid
        ordered.sort(key=lambda s: s.id not in self.pins)  # stable: the group order stays within each part
        for index, s in enumerate(ordered):
            pin = self.pins.index(s.id) + 1 if s.id in self.pins else None
            tile = SpeakerTile(s, pin, self.names, self)
            tile.clicked.connect(lambda _checked=False, pid=s.id: self.chosen.emit(pid, False))
            self.grid.addWidget(tile, index // COLUMNS, index % COLUMNS)
            self.tiles[s.id] = tile

    def redraw(self) -> None:
        for tile in self.tiles.values():
            tile.redraw()

    def pinned(self, number: int) -> str | None:
        return (self.pins[number - 1] or None) if 0 < number <= len(self.pins) else None

    def filter(self, text: str) -> list[str]:
        """Show only tiles whose name or group matches; return the matches in screen order."""
        needle = text.strip().lower()
        matches = []
        for pid, tile in self.tiles.items():
            s = tile.speaker
            hit = not needle or any(
                part.lower().startswith(needle)
                for part in (*s.name.split(), s.name, self.names.name(s), group_label(s.group))
            )
            tile.setVisible(hit)
            if hit:
                matches.append(pid)
        return matches

    def refresh(self, balance: Balance, running: str | None) -> None:
        stats = {p.id: p for p in balance.people}
        for pid, tile in self.tiles.items():
            person = stats.get(pid)
            tile.show_stats(person.seconds if person else 0.0, person.turns if person else 0, pid == running)
