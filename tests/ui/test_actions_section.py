"""Following up actions: the model read without a window, and edits made as a facilitator makes them."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLineEdit, QMessageBox

from facilitator.core import actions
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.actions import model as columns
from facilitator.ui.actions.section import ActionsSection
from facilitator.ui.ops import Ops
from tests.ui.table_editing import open_editor, press_return


@pytest.fixture
def section(qtbot, demo_db: Database) -> ActionsSection:
    section = ActionsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.show()
    qtbot.waitExposed(section)
    section.set_meeting(MEETING_ID)
    return section


def cell(section: ActionsSection, row: int, column: int) -> str:
    return section.model.index(row, column).data()


def test_the_demo_actions_are_listed_with_owner_due_date_and_status(section: ActionsSection) -> None:
    assert section.model.rowCount() == 3  # the commitment made before them comes first
    assert cell(section, 1, columns.OWNER) == "Ramesh Choudhary"
    assert cell(section, 1, columns.DUE) == "2023-12-15"
    assert cell(section, 1, columns.STATUS) == "In progress"
    assert cell(section, 2, columns.ITEM) == "Workers' voices: dust, safety and water"
    # Open past its date, as the ledger marks its entries: in the summary and on the date itself.
    assert section.summary.text() == "2 actions · 2 still open · 1 commitment · 2 overdue"
    overdue = section.model.index(1, columns.DUE)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b3261e"
    assert overdue.data(Qt.ItemDataRole.ToolTipRole) == "Overdue: due 2023-12-15 and not done."
    actions.update_action(section.ops.db, section.model.row(1).id, status="done")
    section.load()
    assert section.summary.text().endswith("1 commitment · 1 overdue")
    done = next(n for n in range(section.model.rowCount()) if section.model.row(n).status == "done")
    assert section.model.index(done, columns.DUE).data(Qt.ItemDataRole.ForegroundRole) is None


def test_commitments_are_listed_and_filtered(section: ActionsSection) -> None:
    assert cell(section, 0, columns.KIND) == "Commitment" and cell(section, 0, columns.OWNER) == "Anil Kumar Verma"
    assert cell(section, 0, columns.DESCRIPTION).startswith("The department will hold a silicosis screening camp")
    assert cell(section, 0, columns.STATUS) == "–"
    assert not section.model.flags(section.model.index(0, columns.DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable
    assert not section.model.setData(section.model.index(0, columns.DESCRIPTION), "changed")
    section.filter.setCurrentIndex(section.filter.findData("commitment"))
    assert section.model.rowCount() == 1 and cell(section, 0, columns.KIND) == "Commitment"
    section.filter.setCurrentIndex(section.filter.findData("action"))
    assert [cell(section, r, columns.KIND) for r in range(section.model.rowCount())] == ["Action", "Action"]
    actions.update_action(section.ops.db, actions.action_rows(section.ops.db, MEETING_ID)[0].id, status="done")
    section.filter.setCurrentIndex(section.filter.findData("open"))
    assert section.model.rowCount() == 1 and cell(section, 0, columns.OWNER) == "Vikram Singh Rathore"


def test_status_is_chosen_from_a_list_and_can_be_undone(qtbot, section: ActionsSection) -> None:
    section.table.setColumnWidth(columns.STATUS, 30)  # a narrow column: the list read "Op ▾"
    editor = open_editor(qtbot, section.table, 2, columns.STATUS)
    assert isinstance(editor, QComboBox) and editor.width() >= editor.sizeHint().width() > 30
    editor.setCurrentIndex(editor.findData("done"))
    press_return(qtbot, section.table, editor)
    assert actions.action_rows(section.ops.db, MEETING_ID)[1].status == "done"
    assert section.summary.text() == "2 actions · 1 still open · 1 commitment · 1 overdue"
    assert section.ops.undo_stack.undoText() == "Mark done"  # it read "Edit action" for every cell
    section.ops.undo_stack.undo()
    assert cell(section, 2, columns.STATUS) == "Open"


def test_ctrl_enter_marks_the_chosen_action_done_and_open_again(qtbot, section: ActionsSection) -> None:
    section.table.setFocus()
    section.table.setCurrentIndex(section.model.index(1, columns.DESCRIPTION))
    qtbot.keyClick(section.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert actions.action_rows(section.ops.db, MEETING_ID)[0].status == "done"
    qtbot.keyClick(section.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert actions.action_rows(section.ops.db, MEETING_ID)[0].status == "open"


def test_a_due_date_is_typed_and_a_bad_one_is_refused(qtbot, section: ActionsSection, monkeypatch) -> None:
    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: refusals.append(text))
    editor = open_editor(qtbot, section.table, 1, columns.DUE)
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "2024-02-29")
    press_return(qtbot, section.table, editor)
    assert actions.action_rows(section.ops.db, MEETING_ID)[0].due == date(2024, 2, 29)
    assert not section.model.setData(section.model.index(1, columns.DUE), "next week")
    assert refusals == ["Write the due date as YYYY-MM-DD: next week"]
    assert actions.action_rows(section.ops.db, MEETING_ID)[0].due == date(2024, 2, 29)
    assert section.ops.undo_stack.count() == 1


def test_after_an_edit_the_keyboard_stays_on_the_row_and_a_refused_date_comes_back_to_mend(
    qtbot, section: ActionsSection, monkeypatch
) -> None:
    """After Enter no widget had the focus and no row was chosen ("commitData called with an editor that
    does not belong to this view"): Down did nothing.  A refused date was thrown away with its typing."""
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: None)
    editor = open_editor(qtbot, section.table, 1, columns.DUE)
    editor.selectAll()
    qtbot.keyClicks(editor, "2024-03-31")
    press_return(qtbot, section.table, editor)
    qtbot.waitUntil(lambda: section.table.hasFocus())
    edited = section.model.row(section.table.currentIndex().row())
    assert edited.due == date(2024, 3, 31) and section.table.currentIndex().column() == columns.DUE
    editor = open_editor(qtbot, section.table, section.table.currentIndex().row(), columns.DUE)
    editor.selectAll()
    qtbot.keyClicks(editor, "31-03-2024")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # refused: the cell opens again, with what was typed
    qtbot.waitUntil(
        lambda: isinstance(QApplication.focusWidget(), QLineEdit) and QApplication.focusWidget() is not editor
    )
    assert QApplication.focusWidget().text() == "31-03-2024"
    assert section.model.row(section.table.currentIndex().row()).due == date(2024, 3, 31)


def test_a_change_announced_while_a_cell_is_open_is_read_once_when_it_closes(
    qtbot, section: ActionsSection, monkeypatch
) -> None:
    """A load asked for while a cell was open asked again at every turn of the event loop until it closed:
    76,680 loads in half a second, the processor at full speed."""
    loads: list[int] = []
    reads = section.load
    monkeypatch.setattr(section, "load", lambda: (loads.append(1), reads())[1])
    editor = open_editor(qtbot, section.table, 1, columns.DUE)
    section.load()  # a sync, say, while the facilitator types
    qtbot.wait(200)
    assert len(loads) == 1  # the one asked for, waiting
    editor.selectAll()
    qtbot.keyClicks(editor, "2024-03-31")
    press_return(qtbot, section.table, editor)  # the edit's own change is read then too
    qtbot.waitUntil(lambda: section.model.row(section.table.currentIndex().row()).due.isoformat() == "2024-03-31")
    settled = len(loads)
    qtbot.wait(200)
    assert len(loads) == settled <= 3


def test_a_commitment_is_followed_up_once_it_gets_a_status(qtbot, section: ActionsSection) -> None:
    editor = open_editor(qtbot, section.table, 0, columns.STATUS)
    assert isinstance(editor, QComboBox)
    editor.setCurrentIndex(editor.findData("in_progress"))
    press_return(qtbot, section.table, editor)
    assert (cell(section, 0, columns.KIND), cell(section, 0, columns.STATUS)) == ("Commitment", "In progress")
    followed = [row for row in actions.action_rows(section.ops.db, MEETING_ID, commitments=True) if row.status]
    assert [row.kind for row in followed] == ["commitment", "action", "action"]
    assert section.model.flags(section.model.index(0, columns.DESCRIPTION)) & Qt.ItemFlag.ItemIsEditable
    section.ops.undo_stack.undo()
    assert cell(section, 0, columns.STATUS) == "–" and section.model.rowCount() == 3
    section.ops.undo_stack.redo()
    assert cell(section, 0, columns.STATUS) == "In progress" and section.model.rowCount() == 3


def _in_follow_dialog(qtbot, *steps) -> list:  # type: ignore[no-untyped-def]
    """Each of ``steps`` done in the next Follow dialog to open, in turn (the dialog opens again after a
    refusal); a step returns whether to press OK (else Escape).  The list returned holds the steps not
    taken: empty once the dialog opened for each."""
    from facilitator.ui.actions.follow_dialog import FollowDialog

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FollowDialog):  # not open yet: look again shortly
            QTimer.singleShot(20, act)
            return
        step = remaining.pop(0)
        if step(dialog):
            qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        if remaining:
            QTimer.singleShot(0, act)

    remaining = list(steps)
    QTimer.singleShot(0, act)
    return remaining


def test_an_action_is_followed_in_the_ledger_from_here_and_undo_takes_it_out(
    qtbot, section: ActionsSection, monkeypatch
) -> None:
    """The core could put a meeting's action in the ledger, but nothing in the window or the command line did."""
    from facilitator.core.ledger import entries

    refusals: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: refusals.append(args[2]))
    section.table.setCurrentIndex(section.model.index(0, columns.DESCRIPTION))  # a commitment not followed up
    assert not section.ledger_button.isEnabled()
    section.table.setCurrentIndex(section.model.index(1, columns.DESCRIPTION))
    assert section.ledger_button.isEnabled()
    action = section.model.row(1)
    before = len(entries.rows(section.ops.db))

    def as_aditi(dialog) -> bool:  # type: ignore[no-untyped-def]
        assert dialog.owner is None  # Ramesh Choudhary owns it: nothing to ask
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert not ok.isEnabled()  # nobody recorded a ledger change on this laptop yet
        qtbot.keyClicks(dialog.who, "Aditi")
        return ok.isEnabled()

    untaken = _in_follow_dialog(qtbot, as_aditi)
    qtbot.mouseClick(section.ledger_button, Qt.MouseButton.LeftButton)
    assert untaken == []
    [followed] = [e for e in entries.rows(section.ops.db) if e.description == action.description]
    assert (followed.kind, followed.due, followed.meeting_id) == ("action", action.due, MEETING_ID)
    assert followed.history[-1].changed_by == "Aditi"

    def offered_aditi(dialog) -> bool:  # type: ignore[no-untyped-def]
        return dialog.who.text() == "Aditi"  # remembered from the last ledger change

    # A second time: said, not doubled, and the dialog opens again as it was, to be cancelled.
    untaken = _in_follow_dialog(qtbot, offered_aditi, lambda dialog: dialog.who.text() != "Aditi")
    qtbot.mouseClick(section.ledger_button, Qt.MouseButton.LeftButton)
    assert untaken == []  # it opened again after the refusal
    assert refusals == ["This action is in the ledger already."]
    section.ops.undo_stack.undo()
    assert len(entries.rows(section.ops.db)) == before


def test_an_action_a_group_owns_is_given_an_organisation_to_keep_it_in_the_ledger(
    qtbot, section: ActionsSection
) -> None:
    """The ledger follows an owner; an action a group owns asked only who records it, then was refused."""
    from facilitator.core.ledger import entries
    from facilitator.core.visits import register_choices

    [_, row, _] = section.model.rows()
    actions.update_action(section.ops.db, row.id, owner_participation_id=None, owner_text="BIZ_BUYER")
    section.load()
    number = next(n for n in range(section.model.rowCount()) if section.model.row(n).id == row.id)
    section.table.setCurrentIndex(section.model.index(number, columns.DESCRIPTION))
    assert cell(section, number, columns.OWNER) == "Buyers"
    organisations = dict(register_choices.organisations(section.ops.db))
    keeper = next(org_id for org_id, name in organisations.items() if name == "Van Dijk Stone Import BV")

    def choose_keeper(dialog) -> bool:  # type: ignore[no-untyped-def]
        ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
        qtbot.keyClicks(dialog.who, "Aditi")
        assert not ok.isEnabled()  # no owner chosen yet
        dialog.owner.setCurrentIndex(dialog.owner.findData(keeper))
        return ok.isEnabled()

    untaken = _in_follow_dialog(qtbot, choose_keeper)
    qtbot.mouseClick(section.ledger_button, Qt.MouseButton.LeftButton)
    assert untaken == []
    [followed] = [e for e in entries.rows(section.ops.db) if e.description == row.description]
    assert followed.owner_organisation_id == keeper and followed.owner_person_id is None


def test_an_action_followed_in_the_ledger_shows_the_ledgers_status_beside_its_own(section: ActionsSection) -> None:
    """Done in the ledger, the action still read "Open" in its meeting's Actions tab."""
    from facilitator.core.changes import Change
    from facilitator.core.ledger import entries

    db = section.ops.db
    action = next(a for a in actions.action_rows(db, MEETING_ID) if a.status == "open")
    entry = entries.from_action(db, action.id, "Aditi")
    entries.change_status(db, entry.id, "done", "Aditi", "Seen at the yard", evidence="Photo of the tank")
    section.ops.bus.announce(Change.LEDGER, MEETING_ID)  # as the ledger's ops do
    row = section.model.row_of(action.id)
    assert section.model.index(row, columns.STATUS).data() == "Open · ledger: Done"
    assert section.model.index(row, columns.STATUS).data(Qt.ItemDataRole.EditRole) == "open"  # its own is edited
    assert section.model.index(row, columns.DUE).data(Qt.ItemDataRole.ForegroundRole) is None  # kept: not overdue
