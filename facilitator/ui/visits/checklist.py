"""A visit's checklist, filled from the keyboard: 1 observed, 2 partly, 3 not observed, 4 not seen, 0 clears;
each answer moves on to the next item.  F2 edits the note, S says whether the supplier's report carries
it (a note stays internal until chosen); a photo is attached with its people named.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.participants.people import list_register
from facilitator.core.visits import visits
from facilitator.core.visits.vocabulary import GAP_ANSWERS, SEVERITIES
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.forms import choice_combo
from facilitator.ui.common.table_model import ID_ROLE
from facilitator.ui.common.tables import edit_again
from facilitator.ui.keys import ANSWER_KEYS
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops
from facilitator.ui.visits.models import ChecklistModel
from facilitator.ui.visits.widgets import record_table


class PhotoDialog(QDialog):
    """Who is in the photo: nobody (places and things), or people from the register, each of whom needs a
    recorded consent to photos."""

    def __init__(self, ops: Ops, source: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Attach photo"))
        self.caption = QLineEdit()
        self.caption.setAccessibleName(self.tr("Caption"))
        self.caption.setPlaceholderText(self.tr("What the photo shows"))
        self.nobody = QCheckBox(self.tr("Nobody is in the photo (places and things only)"))
        self.nobody.setChecked(True)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("People in the photo"))
        for row in list_register(ops.db):
            entry = QListWidgetItem(row.name)
            entry.setData(ID_ROLE, row.id)
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.people.addItem(entry)
        self.people.setEnabled(False)
        self.nobody.toggled.connect(lambda checked: self.people.setEnabled(not checked))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(source.name))
        layout.addWidget(self.caption)
        layout.addWidget(self.nobody)
        hint = QLabel(
            self.tr(
                "Everyone in a photo needs a recorded consent to photos. The copy kept has no camera data and "
                "no location."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addWidget(self.people, 1)
        layout.addWidget(buttons)

    def person_ids(self) -> list[str]:
        if self.nobody.isChecked():
            return []
        return [
            self.people.item(n).data(ID_ROLE)
            for n in range(self.people.count())
            if self.people.item(n).checkState() == Qt.CheckState.Checked
        ]


class ChecklistView(QWidget):
    """The checklist of one visit."""

    finding_made = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id: str | None = None
        self.visit_id: str | None = None
        self.model = ChecklistModel(self._edit)
        self.table = record_table(self.model, self.tr("Checklist"), editable=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ChecklistModel.ITEM, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ChecklistModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(ChecklistModel.ITEM, 260)
        for key, answer in ANSWER_KEYS.items():
            make_action(self.table, "visits.answer", lambda a=answer: self.answer_current(a), variant=key)
        # From any column of the row: the cursor stays on the item after an answer, not on its note.
        make_action(self.table, "visits.note", self.edit_note)
        make_action(self.table, "visits.note_for_supplier", self.toggle_note_for_supplier)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.keys = QLabel(
            self.tr(
                "Keys: 1 observed · 2 partly · 3 not observed · 4 not seen · 0 clear · F2 note · "
                "S note to the supplier or not"
            )
        )
        self.keys.setWordWrap(True)
        self.photo_button = QPushButton(self.tr("Attach ph&oto…"))
        self.photo_button.clicked.connect(self.attach_photo)
        self.severity = choice_combo(SEVERITIES)
        self.severity.setCurrentIndex(self.severity.findData("medium"))
        self.severity.setAccessibleName(self.tr("Severity of the finding"))
        self.finding_button = QPushButton(self.tr("Make fin&ding"))
        self.finding_button.setToolTip(self.tr("A finding from the chosen item, answered not observed or partly"))
        self.finding_button.clicked.connect(self.make_finding)
        buttons = QHBoxLayout()
        buttons.addWidget(self.photo_button)
        buttons.addStretch(1)
        buttons.addWidget(QLabel(self.tr("Severity:")))
        buttons.addWidget(self.severity)
        buttons.addWidget(self.finding_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.keys)
        layout.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(self._show_hint)

    def show_visit(self, meeting_id: str | None, visit_id: str | None) -> None:
        self.meeting_id, self.visit_id = meeting_id, visit_id
        self.reload()

    def reload(self) -> None:
        row = max(self.table.currentIndex().row(), 0)
        self.model.set_rows(visits.answers(self.ops.db, self.visit_id) if self.visit_id else [])
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), ChecklistModel.ITEM))
        self.table.resizeRowsToContents()

    def current_key(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()).item.name if index.isValid() else None

    def answer_current(self, answer: str) -> None:
        index = self.table.currentIndex()
        if not index.isValid() or self.visit_id is None:
            return
        row = self.model.row(index.row())
        if row.item.type != "observation":
            self.table.edit(self.model.index(index.row(), ChecklistModel.NOTE))
            return
        if visit_ops.set_answer(self.ops, self.meeting_id, self.visit_id, row.item.name, {"answer": answer}):
            following = min(index.row() + 1, self.model.rowCount() - 1)
            self.table.setCurrentIndex(self.model.index(following, ChecklistModel.ITEM))

    def edit_note(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            note = self.model.index(index.row(), ChecklistModel.NOTE)
            self.table.setCurrentIndex(note)
            self.table.edit(note)

    def toggle_note_for_supplier(self) -> None:
        index = self.table.currentIndex()
        if index.isValid() and self.visit_id is not None:
            row = self.model.row(index.row())
            if row.note:
                self._edit(row.item.name, {"note_for_supplier": not row.note_for_supplier})

    def _edit(self, item_key: str, changes: dict) -> bool:
        if self.visit_id is None:
            return False
        if visit_ops.set_answer(self.ops, self.meeting_id, self.visit_id, item_key, changes):
            if "note_for_supplier" in changes:  # a click on a tick chose no row (Qt's box takes the press)
                number = self.model.row_of(item_key)  # so that S next turns this tick, not another row's
                self.table.setCurrentIndex(self.model.index(number, ChecklistModel.FOR_SUPPLIER))
            return True
        if "note" in changes:  # refused (it names someone, or is too long): opened again to mend
            QTimer.singleShot(0, self, partial(self._note_again, item_key, changes["note"]))
        return False

    def _note_again(self, item_key: str, text: str) -> None:
        number = self.model.row_of(item_key)
        if number >= 0:
            edit_again(self.table, self.model.index(number, ChecklistModel.NOTE), text)

    def _show_hint(self) -> None:
        index = self.table.currentIndex()
        item = self.model.row(index.row()).item if index.isValid() else None
        self.hint.setText(" — ".join(part for part in (item.section, item.hint) if part) if item else "")

    def attach_photo(self) -> None:
        key = self.current_key()
        if self.visit_id is None or key is None:
            return
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach photo"), "", self.tr("Pictures (*.jpg *.jpeg *.png *.heic *.webp *.tif *.tiff)")
        )
        if not name:
            return
        dialog = PhotoDialog(self.ops, Path(name), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            visit_ops.attach_photo(
                self.ops, self.meeting_id, self.visit_id, Path(name), key, dialog.caption.text(), dialog.person_ids()
            )

    def make_finding(self) -> None:
        index = self.table.currentIndex()
        if self.visit_id is None or not index.isValid():
            return
        row = self.model.row(index.row())
        if row.answer not in GAP_ANSWERS:
            self.ops.show_error(
                self.tr("Only an item answered “not observed” or “partly” points to a finding: {0}").format(
                    row.item.label
                )
            )
            return
        severity = self.severity.currentData()
        if visit_ops.finding_from_answer(self.ops, self.meeting_id, self.visit_id, row.item.name, severity):
            self.finding_made.emit()
