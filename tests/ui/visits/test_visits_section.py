"""The Visits section as a delegation uses it: the demo's visits, a new visit, the checklist from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QStyle, QStyleOptionViewItem, QWidget
from sqlalchemy import select

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.models import Finding
from facilitator.core.visits import visits
from facilitator.ui.common.table_model import LONGEST_SHOWN
from facilitator.ui.ops import Ops
from facilitator.ui.visits.details import PlanVisitDialog
from facilitator.ui.visits.models import ChecklistModel, VisitsModel
from facilitator.ui.visits.section import VisitsSection


def test_the_demo_visits_are_listed_in_the_order_they_happen(section: VisitsSection) -> None:
    model = section.visits.model
    sites = [model.index(n, VisitsModel.VISIT).data().split("\n")[0] for n in range(model.rowCount())]
    assert sites == ["Dabi sandstone quarry", "Budhpura cobble yard", "Kota stone processing unit"]
    assert section.visits.details.site.text() == "Dabi sandstone quarry"
    assert section.visits.details.supplier.currentText() != "No supplier"


def test_a_meeting_without_visits_shows_no_form_of_placeholder_values(qtbot, db: Database) -> None:
    """The disabled forms read "2000-01-01 00:00" and "UTC", as if a visit were planned for then."""
    from datetime import datetime

    from facilitator.core import meetings

    meeting = meetings.create(db, "Without visits", datetime(2027, 1, 1, 9), datetime(2027, 1, 1, 17))
    section = VisitsSection(Ops(db))
    qtbot.addWidget(section)
    section.show()
    section.set_meeting(meeting.id)
    assert section.visits.empty.isVisible() and not section.visits.tabs.isVisible()


def test_a_visit_is_planned_in_the_sites_zone_and_undone(qtbot, section: VisitsSection, monkeypatch) -> None:
    def fill(dialog: PlanVisitDialog) -> PlanVisitDialog.DialogCode:
        dialog.site.setText("Budhpura home-based cutters")
        dialog.kind.setCurrentIndex(dialog.kind.findData("home_based"))
        dialog.zone.setCurrentText("Asia/Kolkata")
        return PlanVisitDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanVisitDialog, "exec", fill)
    qtbot.mouseClick(section.visits.plan_button, Qt.MouseButton.LeftButton)
    rows = visits.rows(section.ops.db, MEETING_ID)
    made = next(row for row in rows if row.site_name == "Budhpura home-based cutters")
    assert made.site_kind == "home_based" and made.timezone == "Asia/Kolkata"
    assert made.local_start.hour == 9 and made.local_start.minute == 30
    assert section.visits.current_id() == made.id
    assert section.visits.details.site.text() == "Budhpura home-based cutters"
    section.ops.undo_stack.undo()
    assert len(visits.rows(section.ops.db, MEETING_ID)) == 3
    assert section.visits.model.rowCount() == 3


def test_a_detail_is_saved_when_left_and_a_bad_coordinate_is_refused(
    qtbot, section: VisitsSection, refusals: list[str]
) -> None:
    details = section.visits.details
    visit_id = section.visits.current_id()
    details.village.setText("Dabi village")
    details.village.editingFinished.emit()
    assert visits.get(section.ops.db, visit_id).village == "Dabi village"
    details.latitude.setText("95")
    details.latitude.editingFinished.emit()
    assert refusals == ["Coordinates must be a latitude and a longitude in degrees."]
    assert visits.get(section.ops.db, visit_id).latitude == pytest.approx(25.19)
    assert details.latitude.text() == "25.19"


def test_the_checklist_is_filled_from_the_keyboard(qtbot, section: VisitsSection) -> None:
    page = section.visits
    page.table.setFocus()  # as after a click on the visit; a click on the Checklist tab takes the keys there
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(1).center())
    view = page.checklist
    assert page.tabs.currentWidget() is view and QApplication.focusWidget() is view.table
    view.table.setCurrentIndex(view.model.index(0, ChecklistModel.ITEM))
    first, second = view.model.row(0).item.name, view.model.row(1).item.name
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    qtbot.keyClick(view.table, Qt.Key.Key_4)
    answers = {row.item.name: row.answer for row in visits.answers(section.ops.db, page.current_id())}
    assert answers[first] == "observed" and answers[second] == "not_seen"
    assert view.table.currentIndex().row() == 2
    assert view.model.index(0, ChecklistModel.ANSWER).data() == "Observed"
    section.ops.undo_stack.undo()
    assert view.model.index(1, ChecklistModel.ANSWER).data() != "Not seen"


def test_s_or_a_tick_chooses_a_note_for_the_supplier_and_undo_keeps_it_internal(qtbot, section: VisitsSection) -> None:
    page = section.visits
    page.tabs.setCurrentWidget(page.checklist)
    view = page.checklist
    names = [view.model.row(n).item.name for n in range(view.model.rowCount())]
    toilets, bare = names.index("toilets"), next(n for n in range(len(names)) if not view.model.row(n).note)

    def for_supplier(row: int) -> bool:
        return visits.answers(section.ops.db, page.current_id())[row].note_for_supplier

    def tick(row: int) -> Qt.CheckState | None:
        return view.model.index(row, ChecklistModel.FOR_SUPPLIER).data(Qt.ItemDataRole.CheckStateRole)

    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(toilets, ChecklistModel.ITEM))
    assert not for_supplier(toilets) and tick(toilets) == Qt.CheckState.Unchecked  # the demo keeps it internal
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert for_supplier(toilets) and tick(toilets) == Qt.CheckState.Checked
    assert view.table.currentIndex().row() == toilets  # the cursor stays: S is not an answer
    assert section.ops.undo_stack.undoText() == "Show a checklist note to the supplier"
    section.ops.undo_stack.undo()
    assert not for_supplier(toilets) and tick(toilets) == Qt.CheckState.Unchecked
    option = QStyleOptionViewItem()  # the tick box where the style draws it in the cell
    option.initFrom(view.table)
    option.rect = view.table.visualRect(view.model.index(toilets, ChecklistModel.FOR_SUPPLIER))
    option.features |= QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
    box = view.table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view.table)
    view.table.setCurrentIndex(view.model.index(0, ChecklistModel.ITEM))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=box.center())
    assert for_supplier(toilets)
    assert view.table.currentIndex().row() == toilets  # the row clicked is the one S turns next
    # An item without a note has nothing to send: no tick, and S leaves it as it is.
    view.table.setCurrentIndex(view.model.index(bare, ChecklistModel.ITEM))
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert tick(bare) is None and not for_supplier(bare)


def test_f2_after_an_answer_writes_a_note_and_its_digits_stay_words(qtbot, section: VisitsSection) -> None:
    """After an answer the cursor is on the next item's name; F2 there opened nothing, and the digits of
    the note typed next answered the item instead ("Only 2 of 9" marked it partly)."""
    page = section.visits
    page.tabs.setCurrentWidget(page.checklist)
    view = page.checklist
    kinds = [view.model.row(n).item.type for n in range(view.model.rowCount())]
    first = next(n for n in range(len(kinds) - 1) if kinds[n] == kinds[n + 1] == "observation")
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(first, ChecklistModel.ITEM))
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert view.table.currentIndex().row() == first + 1
    item = view.model.row(first + 1).item.name
    before = {r.item.name: r.answer for r in visits.answers(section.ops.db, page.current_id())}[item]
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and view.table.currentIndex().column() == ChecklistModel.NOTE
    editor.selectAll()
    qtbot.keyClicks(editor, "Only 2 of 9 women had shade")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(10)  # the view commits an editor's text once the key has been handled
    answers = {r.item.name: (r.answer, r.note) for r in visits.answers(section.ops.db, page.current_id())}
    assert answers[item] == (before, "Only 2 of 9 women had shade")

    # The keys reach the table again once the note is saved (they went to the hidden editor): S turns
    # the tick of the note.
    def for_supplier() -> bool:
        return {r.item.name: r for r in visits.answers(section.ops.db, page.current_id())}[item].note_for_supplier

    assert QApplication.focusWidget() is view.table
    qtbot.waitUntil(lambda: view.model.row(first + 1).note == "Only 2 of 9 women had shade")  # read again
    was = for_supplier()
    qtbot.keyClick(view.table, Qt.Key.Key_S)
    assert for_supplier() is not was


def test_a_long_note_is_cut_short_in_its_row_and_whole_in_its_editor(section: VisitsSection) -> None:
    """A note of 4,990 characters made its row several screens tall, its item and tick out of sight."""
    page = section.visits
    note = ("The drillers said the dust is worst in April. " * 110)[:4990]
    visits.set_answer(section.ops.db, page.current_id(), "toilets", note=note)
    section.load()
    view = page.checklist
    row = view.model.row_of("toilets")
    shown = view.model.index(row, ChecklistModel.NOTE).data()
    assert len(shown) <= LONGEST_SHOWN and shown.endswith("…") and note.startswith(shown[:-1])
    assert view.model.index(row, ChecklistModel.NOTE).data(Qt.ItemDataRole.EditRole) == note
    tip = view.model.index(row, ChecklistModel.NOTE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("<p>The drillers said") and len(shown) < len(tip) < len(note)  # more of it, wrapped
    assert view.table.rowHeight(row) < view.table.viewport().height() / 2


def test_a_refused_note_opens_again_with_what_was_typed(qtbot, section: VisitsSection, refusals: list[str]) -> None:
    """A note naming someone who asked not to be named was refused and thrown away with its typing."""
    page = section.visits
    page.tabs.setCurrentWidget(page.checklist)
    view = page.checklist
    view.table.setFocus()
    view.table.setCurrentIndex(view.model.index(1, ChecklistModel.NOTE))
    before = visits.answers(section.ops.db, page.current_id())[1].note
    qtbot.keyClick(view.table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "Kamla Devi wore no goggles")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: isinstance(QApplication.focusWidget(), QLineEdit) and QApplication.focusWidget() is not editor
    )
    assert QApplication.focusWidget().text() == "Kamla Devi wore no goggles"
    assert len(refusals) == 1 and "asked not to be named" in refusals[0]
    assert visits.answers(section.ops.db, page.current_id())[1].note == before


def test_a_finding_is_made_from_a_gap_only(qtbot, section: VisitsSection, refusals: list[str]) -> None:
    page = section.visits
    view = page.checklist
    page.tabs.setCurrentWidget(view)
    before = page.findings.model.rowCount()
    observed = next(n for n in range(view.model.rowCount()) if view.model.row(n).answer == "observed")
    view.table.setCurrentIndex(view.model.index(observed, 0))
    qtbot.mouseClick(view.finding_button, Qt.MouseButton.LeftButton)
    assert len(refusals) == 1 and "not observed" in refusals[0]
    with section.ops.db.session() as session:  # the answers that already have their finding
        taken = set(session.scalars(select(Finding.answer_id).where(Finding.deleted.is_(False))))
    gap = next(
        n
        for n in range(view.model.rowCount())
        if view.model.row(n).answer == "not_observed" and view.model.row(n).answer_id not in taken
    )
    view.table.setCurrentIndex(view.model.index(gap, 0))
    view.severity.setCurrentIndex(view.severity.findData("high"))
    qtbot.mouseClick(view.finding_button, Qt.MouseButton.LeftButton)
    assert page.findings.model.rowCount() == before + 1
    assert page.tabs.currentWidget() is page.findings
    made = [r for r in page.findings.model.rows() if r.title.endswith(view.model.row(gap).item.label) and r.from_answer]
    assert made and made[-1].severity == "high"
    page.tabs.setCurrentWidget(view)
    view.table.setCurrentIndex(view.model.index(gap, 0))
    qtbot.mouseClick(view.finding_button, Qt.MouseButton.LeftButton)  # the same gap again: one finding is enough
    assert len(refusals) == 2 and "already has a finding" in refusals[1]
    assert page.findings.model.rowCount() == before + 1


def test_a_photo_needs_consent_of_the_people_in_it(qtbot, section: VisitsSection, refusals, tmp_path, monkeypatch):
    from facilitator.core.demo.visits import photo_bytes
    from facilitator.core.participants import people
    from facilitator.core.visits import photos
    from facilitator.ui.visits import checklist

    picture = tmp_path / "drill.jpg"
    picture.write_bytes(photo_bytes())
    monkeypatch.setattr(checklist.QFileDialog, "getOpenFileName", lambda *a, **k: (str(picture), ""))
    view = section.visits.checklist
    visit_id = section.visits.current_id()
    before = len(photos.photos(section.ops.db, visit_id))
    people.create_person(section.ops.db, "Kamla Bai")  # no consent recorded

    def with_someone(dialog) -> int:
        dialog.nobody.setChecked(False)
        entry = next(
            dialog.people.item(n) for n in range(dialog.people.count()) if dialog.people.item(n).text() == "Kamla Bai"
        )
        entry.setCheckState(Qt.CheckState.Checked)
        return dialog.DialogCode.Accepted

    monkeypatch.setattr(checklist.PhotoDialog, "exec", with_someone)
    view.attach_photo()
    assert len(refusals) == 1 and "No consent to photos is recorded for" in refusals[0] and "Kamla Bai" in refusals[0]
    assert len(photos.photos(section.ops.db, visit_id)) == before
    monkeypatch.setattr(checklist.PhotoDialog, "exec", lambda dialog: dialog.DialogCode.Accepted)
    view.attach_photo()
    assert len(photos.photos(section.ops.db, visit_id)) == before + 1
    assert view.model.index(view.table.currentIndex().row(), ChecklistModel.PHOTOS).data()


class WindowsShown(QObject):
    """Records every window shown while it is installed, however briefly it was one."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            self.shown.append(type(watched).__name__)
        return False


def test_building_the_section_shows_no_window_of_its_own(qtbot, demo_db: Database) -> None:
    """A widget shown before it has a parent is a window for a moment, and takes the focus from the main
    window."""
    watcher = WindowsShown()
    QApplication.instance().installEventFilter(watcher)
    try:
        section = VisitsSection(Ops(demo_db))
        qtbot.addWidget(section)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    assert watcher.shown == []


def test_the_built_in_checklist_reads_in_dutch(qtbot, db) -> None:
    from facilitator.core.visits import checklists
    from facilitator.ui.i18n import install_translator

    try:
        assert install_translator("nl")
        template = next(t for t in checklists.templates(db.directory) if t.id.endswith("natural_stone"))
        assert template.title == "Natuursteenlocatie (groeve, verwerkingsbedrijf, kasseienwerf)"
        masks = next(item for item in template.items if item.name == "ppe_masks")
        assert masks.section == "Beschermingsmiddelen" and masks.label.startswith("Werkers dragen stofmaskers")
        assert "72% van de werkers" in masks.hint
        english = checklists.get_builtin("natural_stone")  # what a visit stores stays in the template's words
        assert english.title.startswith("Natural stone site")
    finally:
        install_translator("en")


def test_a_reload_shows_the_chosen_visit_once_and_a_click_shows_the_clicked_one(
    qtbot, section: VisitsSection, monkeypatch
) -> None:
    shown: list[str | None] = []
    show_visit = type(section.visits.details).show_visit
    monkeypatch.setattr(
        type(section.visits.details), "show_visit", lambda self, owner, visit: (shown.append(visit and visit.site_name),
                                                                                 show_visit(self, owner, visit))
    )  # fmt: skip
    section.visits.reload()
    assert shown == ["Dabi sandstone quarry"]
    table = section.visits.table
    rect = table.visualRect(section.visits.model.index(1, VisitsModel.VISIT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert shown == ["Dabi sandstone quarry", "Budhpura cobble yard"]
    assert section.visits.details.site.text() == "Budhpura cobble yard"


def _text_lines_painted(table, row: int) -> int:
    """How many lines of text the table paints in a row's first cell: bands of rows of pixels with ink
    (anything but the cell's background), separated by blank ones."""
    rect = table.visualRect(table.model().index(row, 0)).adjusted(1, 1, -2, -2)
    image = table.viewport().grab(rect).toImage()
    background = image.pixelColor(0, image.height() // 2)
    inked = [any(image.pixelColor(x, y) != background for x in range(image.width())) for y in range(image.height())]
    return sum(1 for y, ink in enumerate(inked) if ink and (y == 0 or not inked[y - 1]))


@pytest.mark.parametrize("site", ["खदान दौरा — कोटा", "Kota खदान दौरा", "Dabi sandstone quarry"])
def test_a_visit_named_in_any_script_shows_its_date_under_its_name(
    qtbot, section: VisitsSection, monkeypatch, site: str
) -> None:
    def fill(dialog: PlanVisitDialog) -> PlanVisitDialog.DialogCode:
        dialog.site.setText(site)
        return PlanVisitDialog.DialogCode.Accepted

    monkeypatch.setattr(PlanVisitDialog, "exec", fill)
    qtbot.mouseClick(section.visits.plan_button, Qt.MouseButton.LeftButton)
    table = section.visits.table
    row = section.visits.model.row_of(section.visits.current_id())
    table.setCurrentIndex(section.visits.model.index(0 if row else 1, 0))
    qtbot.wait(10)
    shown = _text_lines_painted(table, row)
    table.setRowHeight(row, 4 * table.rowHeight(row))
    assert shown == _text_lines_painted(table, row) == 2


def test_tab_leaves_the_list_of_visits_for_the_form_beside_it(qtbot, section: VisitsSection) -> None:
    """Tab went from cell to cell of the list, and from one visit to the next, and never reached the form."""
    table = section.visits.table
    table.setFocus()
    table.selectRow(0)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert not table.hasFocus() and table.currentIndex().row() == 0


def test_a_visit_of_two_days_keeps_its_end_when_its_times_are_tabbed_through(
    qtbot, section: VisitsSection, refusals: list[str]
) -> None:
    """The end was a time alone, on the start's day: tabbing through Starts and Ends made a visit of two
    days one of three hours, and put that edit on the undo stack."""
    from datetime import datetime

    db = section.ops.db
    made = visits.plan(
        db, "Kheri quarry, two days", datetime(2023, 10, 28, 9), datetime(2023, 10, 30, 12), "Asia/Kolkata",
        meeting_id=MEETING_ID,
    )  # fmt: skip
    page = section.visits
    page.reload(made.id)
    details = page.details
    assert details.end.dateTime().toString("yyyy-MM-dd HH:mm") == "2023-10-30 12:00"
    listed = page.model.index(page.model.row_of(made.id), VisitsModel.VISIT).data()
    assert listed.endswith("2023-10-28 09:00 – 2023-10-30 12:00")  # was "09:00–12:00", as if one morning
    steps = section.ops.undo_stack.count()
    for edit in (details.start, details.end):
        edit.setFocus()
        qtbot.keyClick(edit, Qt.Key.Key_Tab)
        edit.editingFinished.emit()
    after = visits.get(db, made.id)
    assert (after.starts_at, after.ends_at) == (made.starts_at, made.ends_at)
    assert section.ops.undo_stack.count() == steps and refusals == []
    details.start.setDateTime(details.start.dateTime().addDays(1))  # moved a day: it keeps its length
    assert details.end.dateTime().toString("yyyy-MM-dd HH:mm") == "2023-10-31 12:00"
    details.start.editingFinished.emit()
    assert visits.get(db, made.id).ends_at - visits.get(db, made.id).starts_at == made.ends_at - made.starts_at
    details.end.setDateTime(details.start.dateTime().addSecs(-3600))
    details.end.editingFinished.emit()
    assert refusals == ["A visit must end after it starts."]
    assert details.end.dateTime().toString("yyyy-MM-dd HH:mm") == "2023-10-31 12:00"  # shown as saved
    assert visits.get(db, made.id).ends_at.date().isoformat() == "2023-10-31"


def test_a_visit_planned_to_end_before_it_starts_is_refused(
    qtbot, section: VisitsSection, monkeypatch, refusals: list[str]
) -> None:
    """An end of 08:00 for a start of 09:00 made a visit of 23 hours."""
    asked = []

    def fill(dialog: PlanVisitDialog) -> PlanVisitDialog.DialogCode:
        asked.append(dialog)
        if len(asked) == 1:
            dialog.site.setText("Budhpura home-based cutters")
            dialog.end.setDateTime(dialog.start.dateTime().addSecs(-3600))
            return PlanVisitDialog.DialogCode.Accepted
        assert dialog.site.text() == "Budhpura home-based cutters"  # back with what was typed
        return PlanVisitDialog.DialogCode.Rejected

    monkeypatch.setattr(PlanVisitDialog, "exec", fill)
    qtbot.mouseClick(section.visits.plan_button, Qt.MouseButton.LeftButton)
    assert refusals == ["A visit must end after it starts."] and len(asked) == 2
    assert len(visits.rows(section.ops.db, MEETING_ID)) == 3


def test_a_zone_or_coordinate_refused_does_not_stay_on_screen(section: VisitsSection, refusals: list[str]) -> None:
    details = section.visits.details
    details.zone.setCurrentText("IST")
    details.zone.lineEdit().editingFinished.emit()
    assert refusals and "IST" in refusals[-1]
    assert details.zone.currentText() == "Asia/Kolkata"
    details.latitude.setText("abc")
    details.latitude.editingFinished.emit()
    assert refusals[-1] == "Coordinates are numbers in degrees, such as 25.19 and 75.44."
    assert details.latitude.text() == "25.19"


def test_the_page_of_visits_chosen_last_is_where_the_section_opens_next(qtbot, demo_db: Database) -> None:
    """The ledger, followed week after week, came back as the list of site visits at every start."""
    first = VisitsSection(Ops(demo_db))
    qtbot.addWidget(first)
    first.tabs.setCurrentWidget(first.ledger)
    first.visits.tabs.setCurrentWidget(first.visits.checklist)  # and a visit's checklist, there
    again = VisitsSection(Ops(demo_db))
    qtbot.addWidget(again)
    assert again.tabs.currentWidget() is again.ledger
    assert again.visits.tabs.currentWidget() is again.visits.checklist
