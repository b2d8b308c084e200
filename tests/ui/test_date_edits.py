"""A date typed as it is written is the date stored; one that does not exist is refused where it is typed."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit, QVBoxLayout, QWidget

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.common.date_edits import DateEdit, DateTimeEdit
from facilitator.ui.meetings.overview import OverviewSection
from facilitator.ui.ops import Ops

NO_KEYS = Qt.KeyboardModifier.NoModifier


def typed(qtbot, edit, text: str) -> str:
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    return edit.text()


@pytest.fixture
def field(qtbot) -> DateTimeEdit:
    edit = DateTimeEdit(QDateTime(QDate(2026, 12, 3), QTime(9, 0)))
    edit.setDisplayFormat("yyyy-MM-dd HH:mm")
    qtbot.addWidget(edit)
    edit.show()
    return edit


@pytest.mark.parametrize(
    "text, shown",
    [
        ("2027-02-28 10:30", "2027-02-28 10:30"),  # Qt's own field made this 2026-02-28 10:30
        ("2027-3-5 9:05", "2027-03-05 09:05"),
        ("202702281030", "2027-02-28 10:30"),
        ("2028-02-29 08:00", "2028-02-29 08:00"),
        ("2027/12/31 23.59", "2027-12-31 23:59"),
    ],
)
def test_a_date_typed_with_or_without_separators_is_the_date_shown(qtbot, field, text, shown) -> None:
    assert typed(qtbot, field, text) == shown and field.refusal == ""


@pytest.mark.parametrize(
    "text, shown, refusal",
    [
        ("2027-02-31 10:30", "2027-02-03 10:30", "February 2027 has no day 31."),
        ("2027-02-30", "2027-02-03 09:00", "February 2027 has no day 30."),
        ("2027-13-01", "2027-12-01 09:00", "A year has no month 13."),  # the month stays; the day goes on
        ("2027-12-01 25:00", "2027-12-01 09:00", "A day has no hour 25."),
        ("2027-12-01 07:75", "2027-12-01 07:00", "An hour has no minute 75."),
    ],
)
def test_a_date_that_does_not_exist_is_refused_and_its_digits_go_nowhere_else(
    qtbot, field, text, shown, refusal
) -> None:
    # Qt's own field moved the refused digit into the next part: the 31st of February became 11:03.
    assert typed(qtbot, field, text) == shown
    assert field.refusal == refusal


def test_the_date_and_time_fields_refuse_alike(qtbot) -> None:
    day = DateEdit(QDate(2026, 12, 3))
    day.setDisplayFormat("yyyy-MM-dd")
    hour = DateTimeEdit(QDateTime(QDate(2026, 12, 3), QTime(9, 0)))
    hour.setDisplayFormat("HH:mm")
    for edit in (day, hour):
        qtbot.addWidget(edit)
        edit.show()
    assert typed(qtbot, day, "2027-06-31") == "2027-06-03" and day.refusal == "June 2027 has no day 31."
    assert typed(qtbot, hour, "14:45") == "14:45" and hour.refusal == ""


def test_the_meeting_starts_when_it_was_typed(demo_db: Database, qtbot) -> None:
    ops = Ops(demo_db)
    errors: list[str] = []
    ops.show_error = errors.append
    section = OverviewSection(ops)
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    section.load()
    section.show()
    meeting = meetings.get(demo_db, MEETING_ID)
    day = meetings.to_local(meeting.starts_at, meeting.timezone).date()
    typed(qtbot, section.start_edit, f"{day:%Y-%m-%d} 8:05")
    qtbot.keyClick(section.start_edit, Qt.Key.Key_Return)
    meeting = meetings.get(demo_db, MEETING_ID)
    assert not errors
    assert meetings.to_local(meeting.starts_at, meeting.timezone).replace(tzinfo=None) == datetime(
        day.year, day.month, day.day, 8, 5
    )


def test_tab_leaves_the_field_for_the_next_one(qtbot) -> None:
    form = QWidget()
    layout = QVBoxLayout(form)
    due, who = DateEdit(QDate(2026, 12, 3)), QLineEdit()
    due.setDisplayFormat("yyyy-MM-dd")
    layout.addWidget(due)
    layout.addWidget(who)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    due.setFocus()
    assert QApplication.focusWidget() is due
    qtbot.keyClick(due, Qt.Key.Key_Tab)  # Qt's field moved to the month here, and the next Tab to the day
    assert who.hasFocus()
    qtbot.keyClicks(who, "Kavita")
    assert who.text() == "Kavita" and due.date() == QDate(2026, 12, 3)


def test_a_part_is_corrected_with_backspace_and_other_keys_are_left_to_qt(qtbot, field) -> None:
    field.setFocus()
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)  # 2026-12-03 09:00, the day chosen
    qtbot.keyClicks(field, "28")
    field.lineEdit().setCursorPosition(len("2026-12-28"))
    qtbot.keyClick(field, Qt.Key.Key_Backspace)
    qtbot.keyClicks(field, "5")  # the 2 left by Backspace and the 5: the 25th, as in Qt's own field
    field.interpretText()
    assert field.date() == QDate(2026, 12, 25) and field.refusal == ""
    for key in ("²", "\u0967"):  # AltGr+2 on some keyboards, a Devanagari one: Qt's own way, no crash
        QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, NO_KEYS, key))
    assert field.refusal == "" and field.date() == QDate(2026, 12, 25)


@pytest.mark.parametrize(
    ("cursor", "keys"),
    [(len("2026-12"), "\b105"), (len("2026-12-03"), "\b510"), (len("2026-12-03"), "\b25"), (len("2026"), "\b712")],
)
def test_a_part_corrected_with_backspace_takes_what_is_typed_as_qt_does(qtbot, field, cursor, keys) -> None:
    """Valid input gives what Qt's own field gives: only a part that cannot be is refused."""
    plain = QDateTimeEdit(field.dateTime())
    plain.setDisplayFormat(field.displayFormat())
    qtbot.addWidget(plain)
    for edit in (field, plain):
        edit.setFocus()
        edit.lineEdit().setCursorPosition(cursor)
        for key in keys:
            if key == "\b":
                qtbot.keyClick(edit, Qt.Key.Key_Backspace)
            else:
                qtbot.keyClicks(edit, key)
        edit.interpretText()
    assert field.text() == plain.text() and field.refusal == ""


def test_a_date_chosen_in_the_calendar_is_not_undone_by_the_next_digit(qtbot, field) -> None:
    field.setFocus()
    field.setSelectedSection(QDateTimeEdit.Section.DaySection)
    qtbot.keyClicks(field, "1")
    field.setDate(QDate(2026, 12, 20))  # as the calendar popup sets it
    field.setSelectedSection(QDateTimeEdit.Section.HourSection)
    qtbot.keyClicks(field, "15")
    assert field.text() == "2026-12-20 15:00" and field.refusal == ""


@pytest.mark.parametrize("text", ["31-03-2024", "31.03.2024", "1/3/2024"])
def test_a_date_typed_day_first_is_refused_in_words_and_the_field_keeps_its_date(qtbot, text) -> None:
    """ "31-03-2024", as a Dutch facilitator writes it, became 2027-03-04 and "31.03.2024" the year 3103;
    a ledger step saved so could not be taken back."""
    day = DateEdit(QDate(2026, 12, 3))
    day.setDisplayFormat("yyyy-MM-dd")
    qtbot.addWidget(day)
    day.show()
    assert typed(qtbot, day, text) == "2026-12-03"
    assert day.refusal == "Type the year first, with four digits: 2026-12-03."
    qtbot.keyClick(day, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(day, "2024-03-31")  # written year first, it is taken
    assert day.text() == "2024-03-31"
