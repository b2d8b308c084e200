"""The popup that offers names and groups while an ``@`` mention is typed on the note line.

It completes only the mention under the cursor, not the whole line: typing ``c: no masks @kam``
offers "Kamla Devi"; Enter or a click writes the name as the note grammar reads it back
(:meth:`facilitator.core.live.mentions.Directory.insertion`) and the typing goes on after it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit

from facilitator.core.live import mentions

# Longer than any name: a fragment this long is no longer a mention being typed.
MAX_FRAGMENT = 60


def mention_start(text: str, cursor: int) -> int | None:
    """Where the ``@`` of the mention being typed at ``cursor`` is, if one is."""
    at = text.rfind("@", 0, cursor)
    if at < 0 or (at > 0 and not text[at - 1].isspace()) or cursor - at > MAX_FRAGMENT:
        return None
    fragment = text[at + 1 : cursor]
    if fragment.count('"') >= 2 or fragment.startswith("-"):
        return None  # a quoted name already closed, or "nobody"
    return at


class MentionCompleter(QCompleter):
    """Attached to ``line``; :meth:`set_directory` gives it the meeting's names."""

    def __init__(self, line: QLineEdit) -> None:
        super().__init__(line)
        self.line = line
        self.directory = mentions.Directory({})
        self._names = QStringListModel(self)
        self.setModel(self._names)
        self.setWidget(line)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)  # "Devi" finds "Kamla Devi"
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.popup().setAccessibleName(self.tr("Names and groups to mention"))
        self.activated[str].connect(self.insert)  # a click
        self.popup().installEventFilter(self)  # after QCompleter's own: it sees the keys first
        line.textEdited.connect(self.follow)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter or Tab in the popup writes the chosen name and nothing else: the note is not stored yet."""
        choosing = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
        if watched is self.popup() and event.type() == QEvent.Type.KeyPress and event.key() in choosing:
            index = self.popup().currentIndex()
            self.popup().hide()
            if index.isValid():
                self.insert(index.data())
            return True
        return super().eventFilter(watched, event)

    def set_directory(self, directory: mentions.Directory, choices: list[str]) -> None:
        """The names to offer (``choices``: what this screen may show of people) and how to write them."""
        self.directory = directory
        self._names.setStringList(choices)

    def follow(self, _text: str = "") -> None:
        """Offer what fits the mention being typed, or hide."""
        text, cursor = self.line.text(), self.line.cursorPosition()
        at = mention_start(text, cursor)
        if at is None:
            self.popup().hide()
            return
        self.setCompletionPrefix(text[at + 1 : cursor].lstrip('"'))
        if self.completionCount() == 0:
            self.popup().hide()
            return
        self.complete()
        self.popup().setCurrentIndex(self.completionModel().index(0, 0))

    def insert(self, name: str) -> None:
        text, cursor = self.line.text(), self.line.cursorPosition()
        at = mention_start(text, cursor)
        if at is None:
            return
        written = self.directory.insertion(name) + " "
        rest = text[cursor:].lstrip()
        self.line.setText(text[:at] + written + rest)
        self.line.setCursorPosition(at + len(written))
        self.line.textEdited.emit(self.line.text())  # the reading under the line and the draft follow
