"""The note entry line of the live screen, with a live reading of what it will store.

The line is parsed as it is typed (kind, attribution, tags, confidentiality) so a mistake shows
before Enter, and the draft is saved by the live screen's one-second tick when it changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QSizePolicy, QVBoxLayout, QWidget

from facilitator.core import taxonomy, vocabulary
from facilitator.core.live import mentions, notes
from facilitator.core.live.speaking import Speaker
from facilitator.core.models import Note
from facilitator.ui.live.mention_completer import MentionCompleter
from facilitator.ui.live.room import RoomNames
from facilitator.ui.live.style import ALERT_COLOUR
from facilitator.ui.live.tiles import group_label

RECENT = 8
SHOWN_LINES = 5  # of recent notes, at the least, on the smallest laptop screen
# Far above a note's own limit: a long paste stays whole in the line (Qt's default cuts it at 32,767
# characters without a word) and the reading says how much to cut.
LINE_LIMIT = 1_000_000


def describe(parsed: notes.ParsedNote, speakers: dict[str, Speaker], confidentiality: str, names: RoomNames) -> str:
    """What the line will store, in words: 'Concern · Women workers · Silica dust · Internal'."""
    speaker = speakers.get(parsed.speaker_id or "")
    who = names.name(speaker) if speaker else group_label(parsed.group) if parsed.group else ""
    tags = ", ".join(taxonomy.risk_tags()[t].label for t in parsed.risk_tags)
    due = f"{parsed.due:%Y-%m-%d}" if parsed.due else ""
    level = vocabulary.CONFIDENTIALITY.label(parsed.confidentiality or confidentiality)
    return " · ".join(part for part in (notes.KINDS.label(parsed.kind), who, tags, due, level) if part)


class NoteEntry(QWidget):
    """``submitted`` carries the line when Enter is pressed; ``dirty`` is set on every keystroke."""

    submitted = Signal(str)
    unsaved = ""  # why the line is not kept as a draft, while it is not

    def __init__(self, names: RoomNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.line = QLineEdit()
        self.line.setObjectName("noteLine")
        self.line.setMaxLength(LINE_LIMIT)
        self.line.setAccessibleName(self.tr("Note"))
        self.line.setPlaceholderText(
            self.tr(
                'Type a note; c: concern, d: decision, a: action, m: commitment, q: question, " quote, '
                'p: point · @name or @group (@"name" quotes one) · #tag · %confidential · due:YYYY-MM-DD'
            )
        )
        self.line.setToolTip(self.line.placeholderText())  # the hint is cut on a small screen
        self.reading = QLabel()
        self.reading.setObjectName("noteReading")
        small = self.reading.font()
        small.setPointSize(10)
        self.reading.setFont(small)
        # A long reading (the tags there are, a note too long) wraps under the line: as one line it widened
        # the whole window past a laptop's screen.
        self.reading.setWordWrap(True)
        self.reading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.recent = QListWidget()
        self.recent.setObjectName("recentNotes")
        self.recent.setAccessibleName(self.tr("Latest notes"))
        self.recent.setWordWrap(True)
        font = self.recent.font()
        font.setPointSize(12)
        self.recent.setFont(font)
        margins = self.recent.contentsMargins()
        self.recent.setMinimumHeight(
            self.recent.fontMetrics().lineSpacing() * SHOWN_LINES + margins.top() + margins.bottom() + 4
        )
        layout.setSpacing(2)
        layout.addWidget(self.line)
        layout.addWidget(self.reading)
        layout.addWidget(self.recent, 1)
        self.dirty = False
        self.speakers: dict[str, Speaker] = {}
        self.default_speaker: Callable[[], str | None] = lambda: None
        self.default_level = "internal"
        self.completer = MentionCompleter(self.line)
        self.line.textEdited.connect(self._edited)
        self.line.returnPressed.connect(lambda: self.submitted.emit(self.line.text()))

    def set_speakers(self, speakers: dict[str, Speaker]) -> None:
        """The meeting's participants: what ``@`` mentions read, and what the popup offers."""
        self.speakers = speakers
        self.completer.directory = mentions.Directory(speakers, self.names.pseudonyms)
        self.offer_names()

    def offer_names(self) -> None:
        """The popup offers what the screen shows of people: a pseudonym for whoever asked not to be
        named, their name only while the reveal key is held (never in the room view)."""
        directory = self.completer.directory
        self.completer.set_directory(directory, directory.choices(self.names.revealed and not self.names.room_view))

    def _edited(self, _text: str) -> None:
        self.dirty = True
        self.show_reading()

    def parsed(self) -> notes.ParsedNote:
        return notes.parse(self.line.text(), self.speakers, self.default_speaker(), self.completer.directory)

    def show_reading(self) -> None:
        text = self.line.text()
        if not text.strip() and not self.unsaved:
            self.reading.setText("")
            return
        parsed = self.parsed()
        problems = [self.unsaved] if self.unsaved else []
        problems += parsed.problems
        style = f"color: {ALERT_COLOUR}; font-weight: bold;" if problems else ""
        if self.reading.styleSheet() != style:  # restyling at every keystroke lays the line out again
            self.reading.setStyleSheet(style)
        if problems:
            self.reading.setText(" · ".join(problems))
        else:
            self.reading.setText(describe(parsed, self.speakers, self.default_level, self.names))

    def set_unsaved(self, why: str) -> None:
        """Why the line could not be kept as a draft (a full disk), said under it while it lasts: a box
        popping up while the facilitator types took the next keys."""
        if why != self.unsaved:
            self.unsaved = why
            self.show_reading()

    def set_kind(self, kind: str) -> None:
        """A kind shortcut: replace whatever prefix the line has with this kind's prefix."""
        _, rest = notes.split_prefix(self.line.text())
        prefix = notes.prefix_of(kind)
        self.line.setText(f"{prefix} {rest}".lstrip() if prefix else rest)
        self.line.setFocus()
        self.dirty = True
        self.show_reading()

    def clear(self) -> None:
        self.line.setText("")  # unlike clear(), this forgets the line's typing: Ctrl+Z is the window's again
        self.reading.clear()
        self.dirty = True

    def show_notes(self, notes_of_item: list[Note]) -> None:
        """The latest notes, newest first; the room view leaves out all but public ones, and says so."""
        self.recent.clear()
        recent = [note for note in notes_of_item if self.names.shows_note(note)]
        hidden = len(notes_of_item) - len(recent)
        if hidden:
            item = QListWidgetItem(self.tr("Room view: %n notes not shown", "", hidden))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(item)
        for note in recent[-RECENT:][::-1]:
            who = (
                self.names.name(self.speakers[note.speaker_participation_id])
                if note.speaker_participation_id in self.speakers
                else group_label(note.stakeholder_group)
                if note.stakeholder_group
                else ""
            )
            details = [who] if who else []
            details += [taxonomy.risk_tags()[tag].label for tag in note.risk_tags if tag in taxonomy.risk_tags()]
            if note.confidentiality == "confidential":
                details.append(vocabulary.CONFIDENTIALITY.label(note.confidentiality))
            text = f"[{notes.KINDS.label(note.kind)}] {note.body}" + (f" — {' · '.join(details)}" if details else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            self.recent.addItem(item)
