"""Date and time fields that take a date typed as it is written, "2027-02-28 10:30", separators and all.

Qt's own fields move to the next part as soon as one is complete, and then a typed "-" or ":" moves once
more: "2027-02-28 10:30" typed from the year on became 2027-12-02 21:03, and with the whole field selected
the year was dropped.  A part that cannot be (the 31st of February, hour 25) spilled its last digit into
the next part without a word, so a date that does not exist was saved as a different one.  Here the
separator after a completed part is taken as read, typing over the whole field begins at the year, and a
part that cannot be is refused: it keeps what it had and a tip beside it says why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QToolTip, QWidget

SEPARATORS = frozenset("-:/. ")
ASCII_DIGITS = frozenset("0123456789")
Section = QDateTimeEdit.Section


class _TypedAsWritten:
    """Key handling shared by the date, time and date-time fields (a mixin before the Qt class)."""

    _digits = ""  # typed in a part since the field entered it
    _digits_part = -1  # that part's index
    _section = QDateTimeEdit.Section.NoSection  # the part those digits went to
    _part_start: QDateTime | None = None  # the value before they were typed
    _completed_part = False  # the last digit completed a part and moved on: a separator is taken as read
    refusal = ""  # the last refusal, as the tip said it
    _free_part = -1  # a part edited with Backspace or Delete: its digits go to Qt as typed
    _seen: QDateTime | None = None  # the value after the last key: another change (the calendar) starts over
    _swallowing = False  # a date typed day first was refused: the rest of it goes nowhere

    def keyPressEvent(self, event: QKeyEvent) -> None:
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        text = event.text()
        line = edit.lineEdit()
        if self._swallowing and text and (text in ASCII_DIGITS or text in SEPARATORS):
            event.accept()
            return
        if text and text in SEPARATORS and self._completed_part:
            self._start_over()
            event.accept()
            return
        if text and text in SEPARATORS and self._section == Section.YearSection and 0 < len(self._digits) < 4:
            # "31-03-2024", day first as many write it: the 31 went into the year, and the rest would have
            # made another date.  The field keeps what it had and says how it reads a date.
            self._refuse(
                self._digits, QCoreApplication.translate("DateEdits", "Type the year first, with four digits: {0}.")
            )
            self._swallowing = True
            event.accept()
            return
        if self._seen is not None and edit.dateTime() != self._seen:
            self._start_over()  # chosen in the calendar, or set by the program, since the last key
        if text not in ASCII_DIGITS:  # other keys, "²" and other scripts' digits: Qt's own way
            self._start_over()
            if event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
                self._free_part = edit.currentSectionIndex()
            super().keyPressEvent(event)  # type: ignore[misc]
            self._seen = edit.dateTime()
            return
        if edit.currentSectionIndex() == self._free_part:
            super().keyPressEvent(event)  # type: ignore[misc]
            self._seen = edit.dateTime()
            return
        if self._completed_part and len(self._digits) == 1:
            # One digit completed a part ("3" in February can only be the 3rd) and a digit follows: the
            # part was meant to have two, and no such day (hour, month) exists.
            self._refuse(self._digits + text)
            return
        if line.hasSelectedText() and line.selectedText() == line.text():
            edit.setSelectedSection(edit.sectionAt(0))  # all selected: typing begins at the first part
        part, section = edit.currentSectionIndex(), edit.currentSection()
        if part != self._digits_part:
            self._digits, self._digits_part, self._section = "", part, section
            self._part_start = edit.dateTime()
        typed = self._digits + text
        super().keyPressEvent(event)  # type: ignore[misc]
        kept = "".join(c for c in edit.sectionText(section) if c in ASCII_DIGITS)
        moved = edit.currentSectionIndex() != part
        # A digit Qt refused or moved on to the next part leaves the part otherwise than typed: refused when
        # it spilled over, or when two digits were meant ("31" in June); one digit Qt did not take is Qt's.
        if (not kept or not str(int(kept)).endswith(str(int(typed)))) and (moved or len(typed) > 1):
            self._refuse(typed)
            return
        self._digits = typed
        self._completed_part = moved
        self._seen = edit.dateTime()

    def event(self, event: QEvent) -> bool:
        """Tab goes on to the next field, as in every other field: Qt's went from part to part of the
        date, so a "Who" typed after two Tabs fell into the date and was lost.  The parts are typed with
        their separators, or reached with the arrow keys."""
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):  # type: ignore[attr-defined]
            forward = event.key() == Qt.Key.Key_Tab and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier  # type: ignore[attr-defined]
            self._start_over()
            return QWidget.focusNextPrevChild(self, forward)  # type: ignore[arg-type]
        return super().event(event)  # type: ignore[misc]

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._start_over()  # a click may choose another part, or the same one afresh
        super().mousePressEvent(event)  # type: ignore[misc]

    def _start_over(self) -> None:
        self._digits, self._digits_part, self._completed_part, self._free_part = "", -1, False, -1
        self._swallowing = False

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._start_over()
        super().focusInEvent(event)  # type: ignore[misc]

    def _refuse(self, typed: str, why: str = "") -> None:
        """Put back what the part held before it was typed in, select it, and say why (``why``: a sentence
        with the field's own form of its date as {0}, instead of what the part cannot be)."""
        edit: QDateTimeEdit = self  # type: ignore[assignment]
        section = self._section
        if self._part_start is not None:
            edit.setDateTime(self._part_start)
        edit.setSelectedSection(section)
        self._start_over()
        self._seen = edit.dateTime()
        message = {
            Section.MonthSection: QCoreApplication.translate("DateEdits", "A year has no month {0}."),
            Section.DaySection: QCoreApplication.translate("DateEdits", "{1} has no day {0}."),
            Section.HourSection: QCoreApplication.translate("DateEdits", "A day has no hour {0}."),
            Section.MinuteSection: QCoreApplication.translate("DateEdits", "An hour has no minute {0}."),
        }.get(section, QCoreApplication.translate("DateEdits", "{0} does not fit here."))
        if why:
            said = why.format(edit.date().toString(edit.displayFormat().split(" ")[0]))
        else:
            said = message.format(int(typed), edit.locale().toString(edit.date(), "MMMM yyyy"))
        self.refusal = said[:1].upper() + said[1:]  # a month begins the sentence: "februari" in Dutch
        QToolTip.showText(edit.mapToGlobal(edit.rect().bottomLeft()), self.refusal, edit)


class DateTimeEdit(_TypedAsWritten, QDateTimeEdit):
    pass


class DateEdit(_TypedAsWritten, QDateEdit):
    pass
