"""The chosen agenda item's longer fields: who leads it, whose voices it is for, its purpose, the
facilitator's notes, materials.

Each field saves when the user leaves it (or picks a presenter), as one undoable edit of the item.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from facilitator.core.agenda import presenters
from facilitator.core.db import Database
from facilitator.core.models import AgendaItem
from facilitator.ui.common.forms import CommitTextEdit, GroupChecklist, clear_fields, show_choice
from facilitator.ui.common.loading import Loading

TEXT_FIELDS = ("purpose", "facilitator_notes", "materials")


class ItemDetails(QWidget):
    """``save(item_id, changes)`` is called with what the user changed; nothing else writes."""

    def __init__(self, save: Callable[[str, dict[str, Any]], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.loading = Loading()
        self.item: AgendaItem | None = None
        self.presenter_combo = QComboBox()
        self.presenter_combo.activated.connect(self._presenter_chosen)
        self.texts = {name: CommitTextEdit(self._text_committer(name)) for name in TEXT_FIELDS}
        for edit in self.texts.values():
            # Two lines at the least, so a hint that wraps ("… never printed") is read whole on a small screen.
            margins = 2 * (edit.frameWidth() + int(edit.document().documentMargin())) + edit.fontMetrics().descent()
            edit.setMinimumHeight(2 * edit.fontMetrics().lineSpacing() + margins)
        self.purpose_edit = self.texts["purpose"]
        self.notes_edit = self.texts["facilitator_notes"]
        self.materials_edit = self.texts["materials"]
        self.voice_groups = GroupChecklist()
        self.voice_groups.setAccessibleName(self.tr("Voices it is meant for"))
        self.voice_groups.show_rows(4)
        self.voice_groups.setToolTip(
            self.tr("The groups this item is meant for: during it, the live balance expects them to lead the talk.")
        )
        self.voice_groups.toggled.connect(self._voice_groups_chosen)
        self.notes_edit.setPlaceholderText(self.tr("Only for the facilitator; never printed"))
        form = QFormLayout(self)
        form.addRow(self.tr("&Led by:"), self.presenter_combo)
        form.addRow(self.tr("V&oices it is meant for:"), self.voice_groups)
        form.addRow(self.tr("&Purpose or expected outcome:"), self.purpose_edit)
        form.addRow(self.tr("Facilitator's &notes:"), self.notes_edit)
        form.addRow(self.tr("&Materials:"), self.materials_edit)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.setEnabled(False)

    def load_presenters(self, db: Database, meeting_id: str) -> None:
        with self.loading:
            self.presenter_combo.clear()
            self.presenter_combo.addItem(self.tr("(nobody)"), None)
            for field, record_id, label in presenters.presenter_choices(db, meeting_id):
                self.presenter_combo.addItem(label, (field, record_id))

    def show_item(self, item: AgendaItem | None) -> None:
        self.item = item
        self.setEnabled(item is not None)
        if item is None:
            with self.loading:
                clear_fields(self)
            return
        with self.loading:
            for name, edit in self.texts.items():
                edit.setPlainText(getattr(item, name))
            self.voice_groups.set_checked(item.voice_groups)
            chosen = (
                ("presenter_person_id", item.presenter_person_id)
                if item.presenter_person_id
                else ("presenter_organisation_id", item.presenter_organisation_id)
            )
            show_choice(self.presenter_combo, chosen)

    def _text_committer(self, name: str) -> Callable[[], None]:
        def commit() -> None:
            text = self.texts[name].toPlainText()
            if not self.loading and self.item is not None and getattr(self.item, name) != text:
                self._save(self.item.id, {name: text})

        return commit

    def _voice_groups_chosen(self, groups: list[str]) -> None:
        if not self.loading and self.item is not None and list(self.item.voice_groups) != groups:
            self._save(self.item.id, {"voice_groups": groups})

    def _presenter_chosen(self, _index: int) -> None:
        if self.loading or self.item is None:
            return
        chosen = self.presenter_combo.currentData()
        changes: dict[str, Any] = {"presenter_person_id": None, "presenter_organisation_id": None}
        if chosen:
            changes[chosen[0]] = chosen[1]
        self._save(self.item.id, changes)
