"""Participants, Inclusion and Register screens driven like a user, and their table models without a window."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea
from sqlalchemy import select

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.inclusion import report as inclusion
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.models import Participation, Person
from facilitator.core.participants import importing as participant_import
from facilitator.core.participants import participation, people
from facilitator.ui.app import Application
from facilitator.ui.common.style import STATUS_TINTS
from facilitator.ui.inclusion.model import InclusionModel
from facilitator.ui.inclusion.section import InclusionSection
from facilitator.ui.ops import Ops
from facilitator.ui.participants.import_dialog import ImportDialog
from facilitator.ui.participants.model import ParticipantsModel, RegisterModel
from facilitator.ui.participants.register import RegisterSection
from facilitator.ui.participants.section import ParticipantsSection

# A meeting that has not begun, whenever the tests run.
AHEAD = (datetime.now() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)


def cell(model, row: int, column: int) -> str:
    return model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)


def test_participants_model_shows_group_proxy_status_and_needs(demo_db: Database) -> None:
    model = ParticipantsModel()
    model.set_rows(participation.list_participants(demo_db, MEETING_ID))
    priya = model.row_of(demo_id("participation/local_ngo_rep"))
    assert cell(model, priya, model.COLUMN_GROUP) == "Local NGOs – proxy for Children and families"
    santosh = model.row_of(demo_id("participation/woman_worker2"))
    assert "Childcare !" in cell(model, santosh, model.COLUMN_NEEDS)
    assert cell(model, santosh, model.COLUMN_PRIVACY) == "Anonymous"
    tip = model.data(model.index(priya, model.COLUMN_GROUP), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Proxy: speaks for Children and families, who are not there in person"
    anil = model.row_of(demo_id("participation/labour_official"))
    tip = model.data(model.index(anil, model.COLUMN_ORGANISATION), Qt.ItemDataRole.ToolTipRole)
    assert tip == "Labour Department, Government of Rajasthan"  # whole where the column cuts it
    arjun = model.row_of(demo_id("participation/migrant_worker"))
    assert cell(model, arjun, model.COLUMN_STATUS) == "Declined"
    assert model.data(model.index(arjun, 0), Qt.ItemDataRole.BackgroundRole) is not None


def test_register_and_inclusion_models(demo_db: Database) -> None:
    register = RegisterModel()
    register.set_rows(people.list_register(demo_db, group="RH_WOMEN_WORKER"))
    assert [cell(register, r, register.COLUMN_NAME) for r in range(register.rowCount())] == [
        "Kamla Devi",
        "Santosh Bai",
    ]
    register.set_rows(people.list_register(demo_db))
    anil = next(r for r in range(register.rowCount()) if cell(register, r, register.COLUMN_NAME) == "Anil Kumar Verma")
    organisation = register.index(anil, register.COLUMN_ORGANISATION)
    assert register.data(organisation, Qt.ItemDataRole.ToolTipRole) == "Labour Department, Government of Rajasthan"
    assert register.data(register.index(anil, register.COLUMN_NAME), Qt.ItemDataRole.ToolTipRole) is None
    checks = InclusionModel()
    checks.set_rows(list(inclusion.check(demo_db, MEETING_ID).results))
    first = cell(checks, 0, checks.COLUMN_STATUS)
    assert first == "✗ Fail" and "Migrant workers" in cell(checks, 0, checks.COLUMN_FINDING)
    tip = checks.data(checks.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "UN Guiding Principles on Business and Human Rights" in tip and "S20" not in tip  # words, not codes


def test_changing_a_need_is_saved_and_undone(demo_db: Database, qtbot) -> None:
    ops = Ops(demo_db)
    section = ParticipantsSection(ops)
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    worker = demo_id("participation/worker1")
    section.select([worker])
    combo = section.editor.needs["lost_wages"]
    combo.setCurrentIndex(combo.findData("arranged"))
    combo.activated.emit(combo.currentIndex())

    def lost_wages() -> str:
        return next(r.lost_wages for r in participation.list_participants(demo_db, MEETING_ID)
                    if r.participation_id == worker)  # fmt: skip

    assert lost_wages() == "arranged"
    assert "Lost-wage compensation ✓" in cell(section.model, section.model.row_of(worker), section.model.COLUMN_NEEDS)
    ops.undo_stack.undo()
    assert lost_wages() == "needed"
    assert section.editor.needs["lost_wages"].currentData() == "needed"


def test_a_meeting_without_people_shows_nothing_of_the_person_chosen_before(demo_db: Database, qtbot) -> None:
    section = ParticipantsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    section.select([demo_id("participation/worker1")])
    assert section.editor.needs["lost_wages"].currentData() == "needed"
    empty = meetings.create(demo_db, "Kota follow-up", datetime(2027, 1, 5, 9), datetime(2027, 1, 5, 17))
    section.set_meeting(empty.id)
    editor = section.editor
    assert not editor.isEnabled()
    assert {combo.currentText() for combo in editor.needs.values()} == {""} and editor.accessibility.text() == ""
    worker = demo_id("participation/worker1")  # clearing the editor wrote nothing to the one shown before
    assert (
        next(r for r in participation.list_participants(demo_db, MEETING_ID) if r.participation_id == worker).lost_wages
        == "needed"
    )


def test_a_status_typed_into_the_closed_combo_is_saved_and_undone(demo_db: Database, qtbot) -> None:
    """Typing "Dec" in the closed Status combo chooses Declined as a click would: saved, and undone."""
    ops = Ops(demo_db)
    section = ParticipantsSection(ops)
    qtbot.addWidget(section)
    section.show()
    section.set_meeting(MEETING_ID)
    worker = demo_id("participation/worker1")
    section.select([worker])

    def status() -> str:
        return next(r.status for r in participation.list_participants(demo_db, MEETING_ID)
                    if r.participation_id == worker)  # fmt: skip

    before = status()
    assert before != "declined"
    combo = section.editor.status
    qtbot.keyClicks(combo, "Dec")
    assert combo.currentData() == "declined"
    assert status() == "declined"
    assert cell(section.model, section.model.row_of(worker), section.model.COLUMN_STATUS).startswith("Declined")
    ops.undo_stack.undo()
    assert status() == before and section.editor.status.currentData() == before


def test_check_in_with_the_keyboard_marks_attendance_and_undo_reverts_it(
    demo_db: Database, application: Application, qtbot
) -> None:
    application.window.meetings.select(MEETING_ID)
    application.window.workspace.show_section(ParticipantsSection)
    section = application.window.workspace.current_section()
    arjun = demo_id("participation/migrant_worker")  # he had declined, and came after all
    section.select([arjun])
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    row = section.selected_row()
    assert row is not None and row.status == "attended" and row.arrived_at is not None
    assert "Attended" in cell(section.model, section.model.row_of(arjun), section.model.COLUMN_STATUS)
    # Leaving shows in the list (it said "Attended 09:01" still), and coming back takes it away again.
    qtbot.keyClick(section.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ", left " in cell(section.model, section.model.row_of(arjun), section.model.COLUMN_STATUS)
    qtbot.keyClick(section.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert ", left " not in cell(section.model, section.model.row_of(arjun), section.model.COLUMN_STATUS)
    for _ in range(3):
        application.ops.undo_stack.undo()
    assert section.selected_row().status == "declined" and section.selected_row().arrived_at is None


def test_jump_to_fix_opens_the_participants_with_the_people_selected(
    demo_db: Database, application: Application, qtbot
) -> None:
    window = application.window
    window.meetings.select(MEETING_ID)
    workspace = window.workspace
    workspace.show_section(InclusionSection)
    panel = next(s for s in workspace.sections if isinstance(s, InclusionSection))
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    row = next(n for n in range(panel.model.rowCount()) if panel.model.result(n).rule.id == "I10_LOST_WAGES")
    panel.table.selectRow(row)
    assert "Ramprasad Gurjar" in panel.explanation.text() and "Suggested fix" in panel.explanation.text()
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    current = workspace.current_section()
    assert isinstance(current, ParticipantsSection)
    assert current.selected_id() == demo_id("participation/worker1")


def test_jump_to_a_naming_fix_opens_the_register(demo_db: Database, application: Application, qtbot) -> None:
    # The union's secretary consented to being named; a later refusal makes the check fail.
    participation.record_consent(demo_db, demo_id("person/union_rep"), "naming", False, date(2023, 10, 25))
    application.window.meetings.select(MEETING_ID)
    workspace = application.window.workspace
    workspace.show_section(InclusionSection)
    panel = next(s for s in workspace.sections if isinstance(s, InclusionSection))
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    panel.table.selectRow(next(n for n in range(panel.model.rowCount())
                               if panel.model.result(n).rule.id == "I8_CONSENT_NAMING"))  # fmt: skip
    panel.jump.click()
    register = workspace.current_section()
    assert isinstance(register, RegisterSection)
    assert register.selected_id() == demo_id("person/union_rep")


def test_the_form_of_the_person_chosen_is_scrolled_into_view_on_a_laptop_screen(
    demo_db: Database, application: Application, qtbot
) -> None:
    """Below the counts and the chart, the form started under the bottom edge of a 1366x768 screen."""
    application.window.resize(1366, 740)
    application.window.meetings.select(MEETING_ID)
    section = application.window.workspace.show_section(ParticipantsSection)
    viewport = next(area for area in section.findChildren(QScrollArea) if area.isAncestorOf(section.editor)).viewport()

    def form_in_view() -> bool:
        top = section.editor.mapTo(viewport, section.editor.rect().topLeft()).y()
        return top >= 0 and top + section.editor.height() <= viewport.height()

    qtbot.waitUntil(lambda: section.chart.height() > 200 and not form_in_view())  # counts and chart drawn above it
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_Down)
    qtbot.waitUntil(form_in_view)


def test_settings_change_the_verdict_at_once(demo_db: Database, qtbot) -> None:
    ops = Ops(demo_db)
    panel = InclusionSection(ops)
    qtbot.addWidget(panel)
    panel.set_meeting(MEETING_ID)
    assert "2</b> blockers fail" in panel.summary.text()
    groups = panel.settings_box.groups
    migrant = next(groups.item(n) for n in range(groups.count()) if groups.item(n).text() == "Migrant workers")
    migrant.setCheckState(Qt.CheckState.Unchecked)
    first = panel.model.result(0)
    assert first.rule.id == "I8_CONSENT_RECORDING"  # the groups check is now only a warning
    assert "<b>1</b> blocker fails" in panel.summary.text()  # one, in words for one
    panel.settings_box.photos.setChecked(False)
    assert "0</b> blockers fail" in panel.summary.text()
    ops.undo_stack.undo()
    ops.undo_stack.undo()
    assert "RH_MIGRANT" in inclusion_settings.get_settings(demo_db, MEETING_ID).required_groups
    assert "2</b> blockers fail" in panel.summary.text()


def test_the_day_stage_counts_who_came(demo_db: Database, qtbot) -> None:
    panel = InclusionSection(Ops(demo_db))
    qtbot.addWidget(panel)
    panel.set_meeting(MEETING_ID)
    panel.stage.setCurrentIndex(panel.stage.findData("day"))
    assert panel.report is not None and panel.report.stage == "day" and panel.report.people == 16
    panel.set_meeting(meetings.duplicate(demo_db, MEETING_ID).id)  # the same list, nobody at the door yet
    assert {r.status_label for r in panel.report.results} == {"Not yet"}  # nothing passes in an empty room
    assert {r.detail for r in panel.report.results} == {"Not yet: nobody has checked in."}
    assert "No one has checked in yet" in panel.summary.text()


def test_export_writes_the_list_as_its_anonymity_allows(demo_db: Database, qtbot, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "list.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    section = ParticipantsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    section.export_action.trigger()
    text = target.read_text(encoding="utf-8-sig")
    assert text.startswith("name,organisation") and "Marieke de Vries" in text and "Kamla" not in text


def test_import_dialog_previews_then_imports_and_undo_removes(demo_db: Database, qtbot, tmp_path: Path) -> None:
    path = tmp_path / "invitations.csv"
    path.write_text("Who,Org,Group,Shoe size\nKavita Meena,,Women workers,38\nMarieke de Vries,Steenhuis "
                    "Natuursteen BV,BIZ_BUYER,40\n,,Workers,\n", encoding="utf-8")  # fmt: skip
    ops = Ops(demo_db)
    dialog = ImportDialog(ops, MEETING_ID, participant_import.read_table(path))
    qtbot.addWidget(dialog)
    assert "no column for names" in dialog.summary.text()
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.combos["name"].setCurrentIndex(dialog.combos["name"].findData(0))
    assert dialog.model.rowCount() == 3
    assert "Skipped: Already on this meeting's list." in cell(dialog.model, 1, dialog.model.COLUMN_OUTCOME)
    assert "Skipped: No name." in cell(dialog.model, 2, dialog.model.COLUMN_OUTCOME)
    before = len(participation.list_participants(demo_db, MEETING_ID))
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    assert dialog.summary.text().startswith("1 of 3 rows can be imported")
    # Why the others are not: it read "0 already in the register; 2 will be skipped", beside rows that said
    # "Already on this meeting's list".
    assert "1 already on this meeting's list; 1 skipped for what its row says." in dialog.summary.text()
    assert "Not read: Shoe size." in dialog.summary.text()  # no column is dropped without a word
    # Only the rows that need a look: the one on the list already and the one without a name.
    assert dialog.only_to_look_at.text() == "Show only the rows skipped, merged or with a warning (2)"
    dialog.only_to_look_at.click()
    assert [cell(dialog.model, r, dialog.model.COLUMN_LINE) for r in range(dialog.model.rowCount())] == [3, 4]
    dialog.combos["organisation"].setCurrentIndex(0)  # re-planned: the choice stays
    assert dialog.only_to_look_at.isChecked() and dialog.model.rowCount() == 2
    dialog.only_to_look_at.setChecked(False)
    assert dialog.model.rowCount() == 3
    dialog.confirm()
    assert len(participation.list_participants(demo_db, MEETING_ID)) == before + 1
    ops.undo_stack.undo()
    assert len(participation.list_participants(demo_db, MEETING_ID)) == before
    assert people.list_register(demo_db, search="Kavita") == []


def test_import_dialog_maps_each_unknown_group_value_once(db: Database, qtbot, tmp_path: Path) -> None:
    from datetime import datetime

    from facilitator.core.participants import group_names

    meeting = meetings.create(db, "Bijolia", datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 16)).id
    messy = Path(__file__).parent.parent / "fixtures" / "invitation_list_messy.csv"
    ops = Ops(db)
    dialog = ImportDialog(ops, meeting, participant_import.read_table(messy))
    qtbot.addWidget(dialog)
    assert list(dialog.value_combos) == ["self-help group"] and not dialog.values_box.isHidden()
    assert dialog.summary.text().startswith("13 of 13 rows can be imported")
    meera = next(r for r in range(dialog.model.rowCount()) if cell(dialog.model, r, 1) == "Meera Devi")
    assert cell(dialog.model, meera, dialog.model.COLUMN_OUTCOME).startswith("New · Group 'self-help group' is not")
    combo = dialog.value_combos["self-help group"]
    combo.setCurrentIndex(combo.findData("RH_WOMEN_WORKER"))
    assert cell(dialog.model, meera, dialog.model.COLUMN_GROUP) == "Women workers"
    assert "not known" not in cell(dialog.model, meera, dialog.model.COLUMN_OUTCOME)
    assert list(dialog.value_combos) == ["self-help group"]  # still offered, so the choice can be changed
    dialog.confirm()
    listed = {row.name: row.stakeholder_group for row in participation.list_participants(db, meeting)}
    assert len(listed) == 13 and listed["Meera Devi"] == "RH_WOMEN_WORKER" and "" not in listed.values()
    assert group_names.remembered(db) == {"self help group": "RH_WOMEN_WORKER"}
    second = ImportDialog(ops, meetings.duplicate(db, meeting, "Follow-up").id, participant_import.read_table(messy))
    qtbot.addWidget(second)
    assert second.value_combos == {} and second.values_box.isHidden()


def test_register_filter_and_privacy_edit(demo_db: Database, qtbot) -> None:
    ops = Ops(demo_db)
    register = RegisterSection(ops)
    qtbot.addWidget(register)
    register.set_meeting(MEETING_ID)
    register.filter.setCurrentIndex(register.filter.findData("business"))
    assert register.model.rowCount() == 8
    register.filter.setCurrentIndex(register.filter.findData("RH_WOMEN_WORKER"))
    assert register.model.rowCount() == 2
    register.select([demo_id("person/woman_worker1")])
    combo = register.editor.anonymity
    combo.setCurrentIndex(combo.findData("group_only"))
    combo.activated.emit(combo.currentIndex())
    assert people.list_register(demo_db, search="Kamla")[0].anonymity == "group_only"
    ops.undo_stack.undo()
    assert people.list_register(demo_db, search="Kamla")[0].anonymity == "anonymous"


def test_a_missing_group_is_fixed_from_the_inclusion_panel(
    demo_db: Database, application: Application, qtbot, monkeypatch
) -> None:
    from facilitator.ui.participants.new_participant_dialog import NewParticipantDialog

    offered: list[str] = []

    def fill(dialog: NewParticipantDialog) -> int:
        offered.append(dialog.group.currentData())
        qtbot.keyClicks(dialog.name, "Arjun Majhi's cousin")
        qtbot.keyClicks(dialog.languages, "or, hi")
        return NewParticipantDialog.DialogCode.Accepted

    monkeypatch.setattr(NewParticipantDialog, "exec", fill)
    application.window.meetings.select(MEETING_ID)
    workspace = application.window.workspace
    workspace.show_section(InclusionSection)
    panel = next(s for s in workspace.sections if isinstance(s, InclusionSection))
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert panel.model.result(0).rule.id == "I1_REQUIRED_GROUPS"
    panel.table.selectRow(0)
    panel.jump.click()
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == ["RH_MIGRANT"]
    added = next(r for r in participation.list_participants(demo_db, MEETING_ID) if r.name == "Arjun Majhi's cousin")
    assert (added.stakeholder_group, added.anonymity, added.languages_spoken) == (
        "RH_MIGRANT",
        "anonymous",
        ("or", "hi"),
    )
    workspace.show_section(InclusionSection)
    qtbot.waitUntil(lambda: "Missing" not in panel.model.result(0).detail or panel.model.result(0).status != "fail")
    assert "Migrant workers" not in next(r.detail for r in panel.report.results if r.rule.id == "I1_REQUIRED_GROUPS")
    application.ops.undo_stack.undo()
    assert people.list_register(demo_db, search="cousin") == []


def test_register_new_person_and_organisation_by_name(demo_db: Database, qtbot) -> None:
    ops = Ops(demo_db)
    register = RegisterSection(ops)
    qtbot.addWidget(register)
    register.set_meeting(MEETING_ID)
    register.add_person()
    name = register.editor.edits["name"]
    name.setText("Laxmi Bheel")
    name.editingFinished.emit()
    organisation = register.editor.edits["organisation"]
    organisation.setText("shram sahyog kendra")
    organisation.editingFinished.emit()
    [row] = people.list_register(demo_db, search="Laxmi")
    assert row.organisation == "Shram Sahyog Kendra"  # the register's organisation, not a second one
    register.invite.trigger()
    assert any(r.name == "Laxmi Bheel" for r in participation.list_participants(demo_db, MEETING_ID))
    for _ in range(4):
        ops.undo_stack.undo()
    assert people.list_register(demo_db, search="Laxmi") == []


def test_other_spellings_typed_in_the_register_are_kept_and_undone(demo_db: Database, qtbot) -> None:
    ops = Ops(demo_db)
    register = RegisterSection(ops)
    qtbot.addWidget(register)
    register.set_meeting(MEETING_ID)
    register.add_person()
    register.editor.edits["name"].setText("Laxmi Bheel")
    register.editor.edits["name"].editingFinished.emit()
    spellings = register.editor.edits["other_spellings"]
    spellings.setText("लक्ष्मी भील;Laxmi Bhil")
    spellings.editingFinished.emit()
    [row] = people.list_register(demo_db, search="Laxmi")
    assert row.other_spellings == "लक्ष्मी भील; Laxmi Bhil"
    ops.undo_stack.undo()
    [row] = people.list_register(demo_db, search="Laxmi")
    assert row.other_spellings == ""


def test_a_person_is_opened_in_the_register_from_the_list(demo_db: Database, application: Application, qtbot) -> None:
    application.window.meetings.select(MEETING_ID)
    workspace = application.window.workspace
    workspace.show_section(ParticipantsSection)
    section = workspace.current_section()
    section.select([demo_id("participation/union_rep")])
    section.table.setFocus()
    qtbot.keyClick(section.table, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    register = workspace.current_section()
    assert isinstance(register, RegisterSection)
    assert register.selected_id() == demo_id("person/union_rep")


def test_the_composition_chart_marks_required_groups_nobody_represents(demo_db: Database, qtbot) -> None:
    section = ParticipantsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    bars = {bar.label: bar for bar in section.chart.bars}
    assert bars["Buyers"].counts == {"attended": 5} and bars["Buyers"].required
    assert bars["Migrant workers"].total == 0 and bars["Migrant workers"].required  # he declined
    assert bars["Children and families"].heard_through == "proxy"
    assert "Interpreters" not in bars  # staff are not part of the composition
    assert "Buyers: 5" in section.chart.toolTip()
    section.chart.resize(400, section.chart.sizeHint().height())
    assert not section.chart.grab().isNull()


def test_arrival_times_read_as_the_venue_clock(demo_db: Database, qtbot) -> None:
    """The laptop may still be on Amsterdam time; arrivals show in the meeting's zone (Asia/Kolkata)."""
    section = ParticipantsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    section.load()
    arrived = [row for row in section.rows if row.arrived_at]
    assert arrived
    for row in arrived:
        shown = cell(section.model, section.model.row_of(row.participation_id), section.model.COLUMN_STATUS)
        local = meetings.to_local(row.arrived_at, "Asia/Kolkata")
        assert shown.endswith(f"{local:%H:%M}") and 8 <= local.hour < 10, shown


def test_register_languages_are_typed_by_name_and_a_wrong_one_refused(demo_db: Database, qtbot) -> None:
    ops = Ops(demo_db)
    errors: list[str] = []
    ops.show_error = errors.append
    register = RegisterSection(ops)
    qtbot.addWidget(register)
    register.set_meeting(MEETING_ID)
    register.select([demo_id("person/woman_worker1")])
    edit = register.editor.edits["languages_spoken"]
    assert edit.text() == "Rajasthani, Hindi"  # names, not codes
    edit.setText("Hindi, Bhojpuri")
    edit.editingFinished.emit()
    assert people.list_register(demo_db, search="Kamla")[0].languages_spoken == ("hi", "bho")
    edit.setText("Hindi, Klingonish")
    edit.editingFinished.emit()
    assert errors == ["Unknown language: Klingonish"]
    assert people.list_register(demo_db, search="Kamla")[0].languages_spoken == ("hi", "bho")


def test_a_workbook_with_a_list_on_each_of_two_sheets_asks_which_one_to_import(
    demo_db: Database, qtbot, tmp_path: Path
) -> None:
    from openpyxl import Workbook
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QInputDialog

    book = Workbook()
    book.active.title = "Buyers"
    book.active.append(["Naam", "Organisatie", "Groep"])
    book.active.append(["Joost van Dijk", "Steenhuis Natuursteen BV", "BIZ_BUYER"])
    book.create_sheet("Werknemers").append(["Naam", "Groep"])
    book["Werknemers"].append(["सुनीता देवी", "Women workers"])
    book["Werknemers"].append(["Gopal Meena", "Workers"])
    path = tmp_path / "uitnodigingen.xlsx"
    book.save(path)
    asked, shown = [], []

    def choose_workers() -> None:
        question = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QInputDialog) and w.isVisible())
        asked.append((question.comboBoxItems(), question.textValue(), question.labelText()))
        question.setTextValue("Werknemers")
        question.accept()

    def look_at_the_preview() -> None:
        dialog = next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, ImportDialog) and w.isVisible()), None
        )
        if dialog is None:  # the sheet is still being read
            QTimer.singleShot(10, look_at_the_preview)
            return
        shown.append([cell(dialog.model, row, dialog.model.COLUMN_NAME) for row in range(dialog.model.rowCount())])
        dialog.done(QDialog.DialogCode.Rejected)

    QTimer.singleShot(0, choose_workers)
    QTimer.singleShot(10, look_at_the_preview)
    assert ImportDialog.run_for(Ops(demo_db), MEETING_ID, path) is False
    ((items, first, question),) = asked
    assert items == ["Buyers", "Werknemers"] and first == "Buyers" and "several sheets" in question
    assert shown == [["सुनीता देवी", "Gopal Meena"]]


def test_the_import_dialog_says_which_row_names_the_columns_under_a_title(
    demo_db: Database, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "uitnodigingen.csv"
    path.write_text("Uitnodigingslijst rondetafel Kota;;\n;;\nNaam;Organisatie;Groep\nJoseph Kerketta;;Local NGOs\n",
                    encoding="utf-8")  # fmt: skip
    dialog = ImportDialog(Ops(demo_db), MEETING_ID, participant_import.read_table(path))
    qtbot.addWidget(dialog)
    assert not dialog.header_note.isHidden() and dialog.header_note.text().startswith("Row 3 names the columns")
    assert cell(dialog.model, 0, dialog.model.COLUMN_NAME) == "Joseph Kerketta"


def test_invite_can_be_pressed_once_the_box_names_someone_in_the_register(demo_db: Database, qtbot) -> None:
    """It was pressable with nothing chosen, and then only said so in a warning box."""
    laxmi = people.create_person(demo_db, "Laxmi Bheel")
    section = ParticipantsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    assert not section.invite_action.isEnabled()
    section.invite_combo.setEditText("Laxmi Bh")  # typed short: not yet someone
    assert not section.invite_action.isEnabled()
    assert section.invite_action.toolTip() == "Choose a person from the register in the box first."
    section.invite_combo.setEditText("Laxmi Bheel")
    assert section.invite_action.isEnabled() and section.invite_action.toolTip().startswith("Invite (")
    section.invite_action.trigger()
    assert laxmi.id in {row.person_id for row in participation.list_participants(demo_db, MEETING_ID)}
    assert not section.invite_action.isEnabled()  # the box is empty again, and she is on the list
    # She was the only one of the register not on the list: the tooltip says there is no one left to invite.
    assert section.invite_combo.count() == 0 and "add someone new" in section.invite_action.toolTip()


def test_enter_in_the_invite_box_invites_the_person_it_names(demo_db: Database, qtbot) -> None:
    laxmi = people.create_person(demo_db, "Laxmi Bheel")
    section = ParticipantsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    box = section.invite_combo.lineEdit()
    qtbot.keyClicks(box, "Laxmi Bh")
    qtbot.keyClick(box, Qt.Key.Key_Return)  # typed short: not yet someone, nothing happens
    assert laxmi.id not in {row.person_id for row in participation.list_participants(demo_db, MEETING_ID)}
    box.setText("Laxmi Bheel")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert laxmi.id in {row.person_id for row in participation.list_participants(demo_db, MEETING_ID)}


def test_a_language_this_version_does_not_know_shows_none_not_the_last_person_s(demo_db: Database, qtbot) -> None:
    """A code from a newer laptop's list left the previous participant's language on screen."""
    with demo_db.session() as session:
        session.get(Participation, demo_id("participation/worker1")).interpretation_language = "qqx"
    section = ParticipantsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.set_meeting(MEETING_ID)
    section.load()
    rows = {row.participation_id: n for n, row in enumerate(section.rows)}
    section.table.selectRow(rows[demo_id("participation/union_rep")])  # interpreted into Hindi
    assert section.editor.interpretation.currentData() == "hi"
    section.table.selectRow(rows[demo_id("participation/worker1")])
    assert section.editor.interpretation.currentIndex() == 0


def test_a_list_that_only_asks_to_protect_someone_listed_can_be_imported(demo_db: Database, tmp_path, qtbot) -> None:
    path = tmp_path / "again.csv"
    path.write_text("Name,Organisation,Anonymous?\nMohan Lal Meena,Rajasthan Pathar Khan Mazdoor Union,yes\n")
    dialog = ImportDialog(Ops(demo_db), MEETING_ID, participant_import.read_table(path))
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert "of those, 1 to be better protected, as the file asks" in dialog.summary.text() and ok.isEnabled()
    said = dialog.model.index(0, dialog.model.COLUMN_OUTCOME).data()  # done, not "Skipped", and not in red
    assert "Already on this meeting's list, as 'Named'; they become 'Anonymous'" in said and "Skipped" not in said
    ok.click()
    levels = {row.name: row.anonymity for row in participation.list_participants(demo_db, MEETING_ID)}
    assert levels["Mohan Lal Meena"] == "anonymous"


def test_a_name_that_sounds_like_someone_of_the_register_is_warned_of_in_full_over_its_cell(
    demo_db: Database, qtbot, tmp_path: Path
) -> None:
    path = tmp_path / "union.csv"
    path.write_text("Name,Group\nमोहन लाल मीणा,Trade union\n", encoding="utf-8")
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    dialog = ImportDialog(Ops(demo_db), other, participant_import.read_table(path))
    qtbot.addWidget(dialog)
    index = dialog.model.index(0, dialog.model.COLUMN_OUTCOME)
    shown, tip = index.data(Qt.ItemDataRole.DisplayRole), index.data(Qt.ItemDataRole.ToolTipRole)
    assert tip == shown
    assert shown.startswith("New · Sounds like Mohan Lal Meena (Rajasthan Pathar Khan Mazdoor Union) in the register.")
    assert shown.endswith("otherwise a new person is added.")
    assert index.data(Qt.ItemDataRole.BackgroundRole) == STATUS_TINTS["warning"]


def _sanne_listed_and_read_again(
    db: Database, qtbot, tmp_path: Path, starts: datetime, listed: str
) -> tuple[Ops, ImportDialog, Callable[[], str]]:
    """Sanne Bakker invited to a meeting of ``starts``, and the import dialog on ``listed``; with her status."""
    meeting = meetings.create(db, "Another day", starts, starts + timedelta(hours=7)).id
    sanne = people.list_register(db, search="Sanne Bakker")[0].id
    place = participation.add_participant(db, meeting, sanne).id
    path = tmp_path / "read_again.csv"
    path.write_text(listed, encoding="utf-8")
    ops = Ops(db)
    dialog = ImportDialog(ops, meeting, participant_import.read_table(path))
    qtbot.addWidget(dialog)
    return (
        ops,
        dialog,
        lambda: next(r.status for r in participation.list_participants(db, meeting) if r.participation_id == place),
    )


@pytest.mark.parametrize(
    ("starts", "listed", "answer"),
    [
        (
            AHEAD,
            "Name,Organisation,RSVP\nSanne Bakker,Brabant Graniet & Zandsteen,Declined\n",
            "declined",
        ),
        # A sign-in sheet after the meeting: it marks who came.
        (
            datetime(2026, 11, 20, 9),
            "Naam;Organisatie;Aanwezig?\nSanne Bakker;Brabant Graniet & Zandsteen;x\n",
            "attended",
        ),
    ],
    ids=["rsvp", "sign-in sheet"],
)
def test_answers_read_again_from_a_list_are_shown_as_done_and_undone_with_the_import(
    demo_db: Database, qtbot, tmp_path: Path, starts: datetime, listed: str, answer: str
) -> None:
    ops, dialog, status = _sanne_listed_and_read_again(demo_db, qtbot, tmp_path, starts, listed)
    outcome = dialog.model.index(0, dialog.model.COLUMN_OUTCOME)
    label = answer.capitalize()
    assert (
        outcome.data()
        == f"Already on this meeting's list, as 'Invited'; the answer becomes '{label}', as the file says."
    )
    assert outcome.data(Qt.ItemDataRole.BackgroundRole) == STATUS_TINTS["warning"]
    assert "of those, 1 with the answer the file gives" in dialog.summary.text()
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.confirm()
    assert status() == answer
    ops.undo_stack.undo()
    assert status() == "invited"
    ops.undo_stack.redo()
    assert status() == answer


def test_undoing_an_import_takes_back_what_it_filled_in_and_the_organisations_it_added(
    demo_db: Database, qtbot, tmp_path: Path
) -> None:
    """Undo left Esther Mulder with the e-mail, phone and notes the list filled in, and the list's new
    organisation in the register."""
    from facilitator.core.models import Organisation

    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    path = tmp_path / "undo.csv"
    path.write_text(
        "Name,Organisation,Email,Notes\nEsther Mulder,Fair Stone Watch,esther@fsw.org,vegetarian\n"
        "Anke Smit,Nieuwe Stichting Steen,,\n",
        encoding="utf-8",
    )
    esther = people.list_register(demo_db, search="Esther Mulder")[0].id
    ops = Ops(demo_db)
    dialog = ImportDialog(ops, other, participant_import.read_table(path))
    qtbot.addWidget(dialog)
    dialog.confirm()

    def register() -> tuple[str, str, bool]:
        with demo_db.session() as session:
            person = session.get(Person, esther)
            added = session.scalars(select(Organisation).where(Organisation.name == "Nieuwe Stichting Steen")).first()
            return person.email, person.notes, added is not None and not added.deleted

    assert register() == ("esther@fsw.org", "vegetarian", True)
    ops.undo_stack.undo()
    assert register() == ("", "", False)
    ops.undo_stack.redo()
    assert register() == ("esther@fsw.org", "vegetarian", True)


def test_an_import_that_filled_in_a_language_the_app_does_not_know_is_undone_and_redone_whole(
    demo_db: Database, qtbot, tmp_path: Path
) -> None:
    """Redo went through the register's own checks and refused "Unknown language: xyzish" halfway, after
    the new people were back; the step then left the stack and could not be undone."""
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    path = tmp_path / "languages.csv"
    path.write_text('Name,Organisation,Languages\nFarida Khan,,"Hindi, Xyzish"\nAnke Smit,,\n', encoding="utf-8")
    esther = people.create_person(demo_db, "Farida Khan").id  # in the register, without her languages
    ops = Ops(demo_db)
    refusals: list[str] = []
    ops.show_error = refusals.append
    dialog = ImportDialog(ops, other, participant_import.read_table(path))
    qtbot.addWidget(dialog)
    dialog.confirm()

    def state() -> tuple[list[str], int]:
        with demo_db.session() as session:
            spoken = session.get(Person, esther).languages_spoken
        return spoken, len(participation.list_participants(demo_db, other))

    assert state() == (["hi", "xyzish"], 2)
    ops.undo_stack.undo()
    assert state() == ([], 0)
    ops.undo_stack.redo()
    assert state() == (["hi", "xyzish"], 2) and refusals == []
    ops.undo_stack.undo()
    assert state() == ([], 0)
