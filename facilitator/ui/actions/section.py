"""The Actions section: what was agreed and promised in the meeting, who owns it, by when, and how far
it is.

Actions and commitments are made while taking notes in the Live section; here a facilitator follows
them up, all of them or only the open actions, the actions or the commitments.  Every edit is one
undoable op; Ctrl+Enter marks the chosen action done (or open again).
"""

from __future__ import annotations

from datetime import date
from functools import partial
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import actions
from facilitator.core.changes import Change
from facilitator.core.errors import UserError
from facilitator.core.ledger import entries as ledger_entries
from facilitator.ui.actions import model as actions_model
from facilitator.ui.actions.follow_dialog import FollowDialog
from facilitator.ui.actions.model import ActionsModel
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.choice_delegate import ChoiceDelegate
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.common.section import Section
from facilitator.ui.common.table_model import ID_ROLE
from facilitator.ui.common.tables import edit_again
from facilitator.ui.ops import Ops
from facilitator.ui.ops import actions as action_ops
from facilitator.ui.ops import visits as visit_ops


class ActionsSection(Section):
    shows = Change.ACTIONS | Change.NOTES | Change.PARTICIPATION | Change.AGENDA | Change.LEDGER

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.model = ActionsModel(self._edit)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Actions and commitments"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(ChoiceDelegate({actions_model.STATUS: actions.STATUSES}, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(actions_model.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.filter = QComboBox()
        for code, text in (
            ("all", self.tr("Actions and commitments")),
            ("open", self.tr("Still open")),
            ("action", self.tr("Actions")),
            ("commitment", self.tr("Commitments")),
        ):
            self.filter.addItem(text, code)
        self.filter.setAccessibleName(self.tr("Show"))
        self.filter.currentIndexChanged.connect(lambda _i: self.load())
        show_label = QLabel(self.tr("&Show:"))
        show_label.setBuddy(self.filter)
        self.hint = QLabel(
            self.tr(
                "Actions (a:) and commitments (m:) are taken down in the Live section. Double-click or press F2 "
                "to edit a cell; Ctrl+Enter marks the chosen row done."
            )
        )
        self.hint.setWordWrap(True)
        self.done_action = make_action(self, "actions.done", self.toggle_done)
        self.ledger_button = QPushButton(self.tr("Follow in the &ledger…"))
        self.ledger_button.setToolTip(
            self.tr("Follow the chosen action in the commitments ledger (Visits), across meetings, until it is kept")
        )
        self.ledger_button.clicked.connect(self.follow_in_ledger)
        self.ledger_button.setEnabled(False)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        bar = QHBoxLayout()
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.ledger_button)
        bar.addWidget(show_label)
        bar.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)

    def load(self) -> None:
        assert self.meeting_id is not None
        if self.load_after_editing(self.table):
            return
        chosen, column = self.current_id(), max(self.table.currentIndex().column(), actions_model.DESCRIPTION)
        rows = actions.action_rows(self.ops.db, self.meeting_id, commitments=True)
        shown = self.filter.currentData()
        self.model.today = date.today()
        self.model.in_ledger = ledger_entries.states_of_actions(self.ops.db, [row.id for row in rows if row.status])
        self.model.set_rows([row for row in rows if shown in ("all", row.kind) or (shown == "open" and row.is_open)])
        followed = [row for row in rows if row.kind == "action"]
        self.summary.setText(
            " · ".join(
                (
                    self.tr("%n actions", "", len(followed)),
                    self.tr("%n still open", "", sum(row.is_open for row in followed)),
                    self.tr("%n commitments", "", sum(row.kind == "commitment" for row in rows)),
                    *(
                        [self.tr("%n overdue", "", overdue)]
                        if (overdue := sum(self.model.overdue(row) for row in rows))
                        else []
                    ),
                )
            )
        )
        self.select(chosen, column)

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, action_id: str | None, column: int = actions_model.DESCRIPTION) -> None:
        """Choose the row of ``action_id``, on the cell of ``column`` (the one edited stays chosen)."""
        for number in range(self.model.rowCount()):
            if self.model.row(number).id == action_id:
                self.table.setCurrentIndex(self.model.index(number, column))
                return

    def _chosen(self, *_: object) -> None:
        index = self.table.currentIndex()
        self.ledger_button.setEnabled(index.isValid() and self.model.row(index.row()).followed)

    def follow_in_ledger(self) -> None:
        """The chosen action in the ledger, recorded by the name the last ledger change gave."""
        index = self.table.currentIndex()
        if not index.isValid() or not self.model.row(index.row()).followed:
            return
        action = self.model.row(index.row())
        dialog = FollowDialog(self.ops, action, self)

        def follow() -> str | None:
            who = dialog.who.text()
            visit_ops.remember_recorder(self.ops, who)
            owner = dialog.owner_organisation_id()
            return visit_ops.follow_action_in_ledger(self.ops, self.meeting_id, action.id, who, owner)

        made = until_done(dialog, follow)  # a refusal opens the dialog again as it was typed
        window = self.window()
        if made and isinstance(window, QMainWindow):
            window.statusBar().showMessage(self.tr("In the ledger: see Visits ▸ Commitments ledger."), 8000)

    def toggle_done(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            done = self.model.row(index.row()).status == "done"
            self.model.setData(self.model.index(index.row(), actions_model.STATUS), "open" if done else "done")

    def _edit_again(self, action_id: str, field: str, text: str) -> None:
        """The refused cell opened again with what was typed in it, to mend rather than type again."""
        number = next((n for n in range(self.model.rowCount()) if self.model.row(n).id == action_id), None)
        if number is None:
            return
        column = next(c for c, name in actions_model.FIELD.items() if name == field)
        edit_again(self.table, self.model.index(number, column), text)

    def _edit(self, row: actions.ActionRow, field: str, text: str) -> bool:
        try:
            value: Any = actions.parse_due(text) if field == "due" else text
        except UserError as error:
            self.ops.show_error(str(error))
            QTimer.singleShot(0, self, partial(self._edit_again, row.id, field, text))
            return False
        if not row.followed:  # a commitment followed up from now on
            return action_ops.follow_commitment(self.ops, self.meeting_id, row.id, {field: value})
        return action_ops.update_action(self.ops, self.meeting_id, row.id, {field: value})
