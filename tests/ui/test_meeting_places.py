"""The Overview's country and languages: any CLDR country or language, typed by name or code, stored as
ISO codes; a value that is no country or language is refused where the user sees it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.models import Meeting
from facilitator.ui.meetings.overview import OverviewSection
from facilitator.ui.ops import Ops


@pytest.fixture
def overview(demo_db: Database, qtbot) -> tuple[OverviewSection, list[str]]:
    ops = Ops(demo_db)
    errors: list[str] = []
    ops.show_error = errors.append  # a refusal is recorded instead of opening a message box
    section = OverviewSection(ops)
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    section.load()
    return section, errors


def type_into(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_every_country_is_offered_by_its_name(overview) -> None:
    section, _errors = overview
    assert section.country_combo.count() > 240
    assert section.country_combo.findData("IN") >= 0 and section.country_combo.findData("NP") >= 0


def test_a_country_this_version_does_not_know_is_shown_as_stored_and_kept(demo_db: Database, overview, qtbot) -> None:
    """A code from a newer laptop's list (or an older one's, since retired) is neither lost nor added to
    the list, and a completion offers the whole list still."""
    section, errors = overview
    offered = section.country_combo.count()
    with demo_db.session() as session:
        session.get(Meeting, MEETING_ID).country = "QO"
    section.load()
    assert section.country_combo.currentText() == "QO" and section.country_combo.count() == offered
    qtbot.keyClick(section.country_combo.lineEdit(), Qt.Key.Key_Return)
    assert meetings.get(demo_db, MEETING_ID).country == "QO" and errors == []
    completer = section.country_combo.completer()
    completer.setCompletionPrefix("nep")
    assert completer.currentCompletion() == "Nepal (NP)"


def test_a_typed_country_is_stored_as_its_code_and_a_wrong_one_refused(demo_db: Database, overview, qtbot) -> None:
    section, errors = overview
    edit = section.country_combo.lineEdit()
    type_into(qtbot, edit, "nepal")
    assert meetings.get(demo_db, MEETING_ID).country == "NP"
    assert section.country_combo.currentText() == "Nepal (NP)"
    type_into(qtbot, edit, "Indai")
    assert errors == ["Unknown country: Indai"]
    assert meetings.get(demo_db, MEETING_ID).country == "NP" and section.country_combo.currentText() == "Nepal (NP)"


def test_a_country_typed_short_is_the_one_it_begins_or_asks_which(demo_db: Database, overview, qtbot) -> None:
    """ "Ind" + Enter without taking the completion said "Unknown country: Ind"."""
    section, errors = overview
    edit = section.country_combo.lineEdit()
    type_into(qtbot, edit, "Netherl")
    assert meetings.get(demo_db, MEETING_ID).country == "NL"
    type_into(qtbot, edit, "Ind")
    assert errors == ["Ind could be India, Indonesia: type more of it."]
    assert meetings.get(demo_db, MEETING_ID).country == "NL"


def test_languages_by_name_are_stored_as_codes_and_shown_by_name(demo_db: Database, overview, qtbot) -> None:
    section, errors = overview
    type_into(qtbot, section.languages_edit, "Hindi, urdu, bho")
    assert meetings.get(demo_db, MEETING_ID).languages == ["hi", "ur", "bho"]
    assert section.languages_edit.text() == "Hindi, Urdu, Bhojpuri"
    type_into(qtbot, section.languages_edit, "Hindi, Klingonish")
    assert errors == ["Unknown language: Klingonish"]
    assert meetings.get(demo_db, MEETING_ID).languages == ["hi", "ur", "bho"]
    assert section.languages_edit.text() == "Hindi, Urdu, Bhojpuri"
