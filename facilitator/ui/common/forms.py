"""Form pieces every section uses: combos over coded values, a multi-line field that commits when left,
and a side panel that scrolls instead of forcing the window to grow."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QElapsedTimer, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from facilitator.core import taxonomy, vocabulary
from facilitator.core.participants.vocabulary import STAFF_GROUPS
from facilitator.core.vocabulary import Vocabulary
from facilitator.ui.common.choice_list import ChoiceList

# One way to write dates everywhere, in every language: ISO, as the exports and the command line do.
DATE_FORMAT = "yyyy-MM-dd"
DATETIME_FORMAT = "yyyy-MM-dd HH:mm"


class GroupChecklist(QListWidget):
    """Stakeholder groups to tick (meeting staff left out); ``toggled`` carries the ticked ids."""

    toggled = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        for group in taxonomy.stakeholder_groups().values():
            if group.id in STAFF_GROUPS:
                continue
            item = QListWidgetItem(group.label)
            item.setData(Qt.ItemDataRole.UserRole, group.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setToolTip(group.description)
            self.addItem(item)
        self.itemChanged.connect(lambda _item: None if self._quiet else self.toggled.emit(self.checked()))

    def checked(self) -> list[str]:
        items = (self.item(n) for n in range(self.count()))
        return [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]

    def set_checked(self, groups: Iterable[str]) -> None:
        """Tick exactly these groups, without reporting it as the user's change."""
        wanted = set(groups)
        self._quiet = True
        try:
            for n in range(self.count()):
                on = self.item(n).data(Qt.ItemDataRole.UserRole) in wanted
                self.item(n).setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        finally:
            self._quiet = False

    def show_rows(self, rows: int) -> None:
        """As tall as ``rows`` entries, the rest scrolling, and wide enough for every name (Dutch ones are
        long): a panel beside it makes room rather than cutting them."""
        self.setMaximumHeight(self.sizeHintForRow(0) * min(rows, self.count()) + 2 * self.frameWidth() + 2)
        scrollbar = self.verticalScrollBar().sizeHint().width() if rows < self.count() else 0
        self.setMinimumWidth(self.sizeHintForColumn(0) + 2 * self.frameWidth() + scrollbar + 4)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A label for a field, whose &-letter moves the focus there (and which screen readers announce with it)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class CommitTextEdit(QPlainTextEdit):
    """A multi-line field that saves when the user leaves it, like QLineEdit.editingFinished, and at each
    pause in the typing: a crash or a flat battery loses at most the last moments typed.  (The saves of one
    stretch of typing are one undo step: ops.TYPING_MERGE_SECONDS.)"""

    PAUSE_MS = 1500

    def __init__(self, on_commit: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._on_commit = on_commit
        self.setTabChangesFocus(True)
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(self.PAUSE_MS)
        self._pause.timeout.connect(self._on_commit)
        self._showing = False
        self.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._showing:  # the user's typing or pasting, not a record being shown
            self._pause.start()

    def setPlainText(self, text: str) -> None:
        """Showing again what was just saved from this field (a view refreshing after the save) leaves the
        text, and the cursor, as the user has them."""
        current = self.toPlainText()
        if text == current or (self.hasFocus() and text.strip() == current.strip()):
            return
        self._pause.stop()
        self._showing = True
        try:
            super().setPlainText(text)
        finally:
            self._showing = False

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._pause.stop()
        self._on_commit()
        super().focusOutEvent(event)


class TypeAheadCombo(QComboBox):
    """A closed combo box whose typed letters choose the nearest entry: of those that start with what was
    typed, the shortest, so "B" picks "Break" rather than "Breakout or caucus".  A choice typed is a choice
    made, as Qt's own typing in a combo is: it is announced with ``activated``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""
        self._since = QElapsedTimer()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if self.isEditable() or not text or not text.isprintable() or text.isspace():
            super().keyPressEvent(event)
            return
        if not self._since.isValid() or self._since.elapsed() > QApplication.keyboardInputInterval():
            self._typed = ""
        self._since.start()
        self._typed += text
        index = best_match(self._typed, [self.itemText(row) for row in range(self.count())])
        if index is not None and index != self.currentIndex():
            self.setCurrentIndex(index)
            self.activated.emit(index)  # chosen by the user, as with a click: what saves it listens here
        event.accept()


def best_match(typed: str, labels: list[str]) -> int | None:
    """The index of the shortest label starting with ``typed`` (ignoring case), else of one containing a word
    that does; None when nothing fits."""
    needle = typed.casefold()
    starts = [i for i, label in enumerate(labels) if label.casefold().startswith(needle)]
    if not starts:
        starts = [i for i, label in enumerate(labels) if any(w.startswith(needle) for w in label.casefold().split())]
    return min(starts, key=lambda i: (len(labels[i]), i)) if starts else None


def group_combo(include_none: str) -> QComboBox:
    """Stakeholder groups in taxonomy order, with a first entry for 'none' or 'all'."""
    combo = TypeAheadCombo()
    combo.addItem(include_none, "")
    for group in taxonomy.stakeholder_groups().values():
        combo.addItem(group.label, group.id)
    return combo


def choice_combo(table: Vocabulary) -> QComboBox:
    """The codes of a vocabulary, shown by their labels."""
    combo = TypeAheadCombo()
    for code in table:
        combo.addItem(table.label(code), code)
    return combo


def narrow(combo: QComboBox, characters: int = 10) -> QComboBox:
    """A combo as wide as ``characters`` and its column allow, not as its longest entry (a zone name, an
    organisation's), so forms fit beside each other at 1366×768; the open list still shows each entry
    whole.  A long list (the languages, countries, zones) is then not measured entry by entry either,
    which took some ten milliseconds of the start for each."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)
    return combo


def language_combo(none_label: str) -> QComboBox:
    """Every language by its name in the interface language, in the order of those names (not of their
    codes), after a first entry for none, which is chosen."""
    combo = TypeAheadCombo()
    combo.setModel(ChoiceList(((none_label, ""), *vocabulary.LANGUAGES.sorted_choices()), combo))
    combo.setCurrentIndex(0)
    return combo


def set_combo(combo: QComboBox, value: str) -> None:
    """The entry holding ``value``; the choice stays as it is when there is none."""
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def show_choice(combo: QComboBox, value: object) -> None:
    """The entry holding ``value``, or the first one (its "none" or default) when none holds it: a record
    shown again after an edit elsewhere never keeps the previous record's choice."""
    combo.setCurrentIndex(max(combo.findData(value), 0))


def scrolling(widget: QWidget) -> QScrollArea:
    """A side panel that scrolls down rather than forcing the window to be tall; it is as wide as its
    widget at the least, so it never scrolls sideways (a label cut at the side is not read)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setMinimumWidth(widget.minimumSizeHint().width() + area.verticalScrollBar().sizeHint().width())
    return area


def clear_fields(panel: QWidget) -> None:
    """Every field of ``panel`` emptied (a combo showing no choice, a box or a listed entry unticked): a panel
    left without a record to show (another meeting's, one with none) shows nothing of the record before
    it, greyed out or not.  Dates, times and numbers keep their last value, greyed: they cannot be empty.
    Call it where the panel's own changes are not saved (while it loads)."""
    for line in panel.findChildren(QLineEdit):
        if not isinstance(line.parent(), (QComboBox, QAbstractSpinBox)):
            line.clear()
    for plain in panel.findChildren(QPlainTextEdit):
        plain.setPlainText("")  # as a record is shown: a field that saves at a pause starts no timer
    for rich in panel.findChildren(QTextEdit):
        rich.clear()
    for combo in panel.findChildren(QComboBox):
        combo.setCurrentIndex(-1)
        if combo.isEditable():
            combo.clearEditText()
    for box in panel.findChildren(QCheckBox):
        box.setChecked(False)
    for listed in panel.findChildren(QListWidget):
        for number in range(listed.count()):
            entry = listed.item(number)
            if entry.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                entry.setCheckState(Qt.CheckState.Unchecked)
