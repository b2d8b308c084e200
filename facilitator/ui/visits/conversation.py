"""Conversations with workers on a visit: the setting and its safeguards, never who spoke, and the points
heard, typed in the live note grammar.

The form has no field for a rights-holder's name.  Management being present is warned about where it
is ticked; before the first conversation on encrypted data is saved, the recovery key is kept.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.core import taxonomy
from facilitator.core.models import Conversation
from facilitator.core.participants.people import list_interpreters
from facilitator.core.participants.vocabulary import GENDERS
from facilitator.core.visits import conversations
from facilitator.core.visits.conversations import ConversationRow
from facilitator.core.visits.vocabulary import LOCATIONS, SEVERITIES
from facilitator.ui.common.dialogs import until_done
from facilitator.ui.common.forms import (
    choice_combo,
    group_combo,
    language_combo,
    narrow,
    scrolling,
    set_combo,
    show_choice,
)
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.table_model import ID_ROLE
from facilitator.ui.ops import Ops
from facilitator.ui.ops import visits as visit_ops
from facilitator.ui.visits.encryption import RecoveryKeyDialog
from facilitator.ui.visits.models import WARNING, risk_label


class ConversationForm(QWidget):
    """The setting of one conversation; ``changed`` names a field and its new value."""

    changed = Signal(str, object)

    def __init__(
        self, ops: Ops, warn_inline: bool = False, characters: int = 10, parent: QWidget | None = None
    ) -> None:
        """With ``warn_inline`` the form itself warns when management is ticked (where no other warning shows);
        its choices are ``characters`` wide (narrow beside the list of conversations, wider in a dialog)."""
        super().__init__(parent)
        self.loading = Loading()
        self.group = group_combo(self.tr("Choose the group"))
        self.women, self.men = QSpinBox(), QSpinBox()
        for box in (self.women, self.men):
            box.setRange(0, conversations.MAX_PEOPLE)
        self.language = language_combo(self.tr("Not recorded"))
        self.interviewer = choice_combo(GENDERS)
        self.ops = ops
        self.interpreter = QComboBox()  # filled by show_interpreters
        self.location = choice_combo(LOCATIONS)
        self.management = QCheckBox(self.tr("Management was present"))
        self.management_warning = QLabel(
            self.tr(
                "Workers may not have spoken freely with management there, and what they said may expose them. "
                "Hear them again off-site, without management."
            )
        )
        self.management_warning.setWordWrap(True)
        self.management_warning.setStyleSheet(f"color: {WARNING.name()}; font-weight: bold")
        self.consent_notes = QCheckBox(self.tr("The group consents to notes"))
        self.consent_quotes = QCheckBox(self.tr("The group consents to quotes"))
        self.retaliation = QCheckBox(self.tr("Risk of retaliation"))
        self.retaliation.setToolTip(self.tr("Its points stay out of supplier-facing reports."))
        names = {
            self.group: self.tr("Group"), self.women: self.tr("Women"), self.men: self.tr("Men"),
            self.language: self.tr("Language"), self.interviewer: self.tr("Interviewer's gender"),
            self.interpreter: self.tr("Interpreter"), self.location: self.tr("Where"),
        }  # fmt: skip
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for widget, label in names.items():
            widget.setAccessibleName(label)
            if isinstance(widget, QComboBox):
                narrow(widget, characters)
            form.addRow(label, widget)
        for box in (self.management, self.consent_notes, self.consent_quotes, self.retaliation):
            form.addRow(box)
        form.addRow(self.management_warning)
        self.management_warning.setVisible(False)
        if warn_inline:
            self.management.toggled.connect(self.management_warning.setVisible)
        combos = {"stakeholder_group": self.group, "language": self.language, "interviewer_gender": self.interviewer,
                  "interpreter_person_id": self.interpreter, "location": self.location}  # fmt: skip
        for field, combo in combos.items():
            combo.activated.connect(lambda _i, f=field, c=combo: self._emit(f, c.currentData()))
        for field, box in (("women", self.women), ("men", self.men)):
            box.editingFinished.connect(lambda f=field, b=box: self._emit(f, b.value()))
        checks = {"management_present": self.management, "consent_notes": self.consent_notes,
                  "consent_quotes": self.consent_quotes, "retaliation_risk": self.retaliation}  # fmt: skip
        for field, box in checks.items():
            box.toggled.connect(lambda checked, f=field: self._emit(f, checked))

    def _emit(self, field: str, value: Any) -> None:
        if not self.loading:
            self.changed.emit(field, value)

    def show_interpreters(self) -> None:
        """Offer the people who can interpret, read afresh (people join the register while a visit is open),
        keeping the current choice."""
        self._fill_interpreters(self.interpreter.currentData())

    def _fill_interpreters(self, chosen: str | None) -> None:
        with self.loading:
            self.interpreter.clear()
            self.interpreter.addItem(self.tr("No interpreter"), None)
            for row in list_interpreters(self.ops.db, keep=[chosen]):
                self.interpreter.addItem(row.name, row.id)
            show_choice(self.interpreter, chosen)

    def clear(self) -> None:
        """No conversation chosen: no earlier one's setting stays in view."""
        with self.loading:
            for combo in (self.group, self.language, self.interviewer, self.interpreter, self.location):
                combo.setCurrentIndex(0)
            self.women.setValue(0)
            self.men.setValue(0)
            for box in (self.management, self.consent_notes, self.consent_quotes, self.retaliation):
                box.setChecked(False)

    def show_conversation(self, row: Conversation) -> None:
        with self.loading:
            set_combo(self.group, row.stakeholder_group)
            self.women.setValue(row.women)
            self.men.setValue(row.men)
            show_choice(self.language, row.language)
            set_combo(self.interviewer, row.interviewer_gender)
            self._fill_interpreters(row.interpreter_person_id)
            set_combo(self.location, row.location)
            self.management.setChecked(row.management_present)
            self.consent_notes.setChecked(row.consent_notes)
            self.consent_quotes.setChecked(row.consent_quotes)
            self.retaliation.setChecked(row.retaliation_risk)

    def values(self) -> dict[str, Any]:
        return {
            "stakeholder_group": self.group.currentData(), "women": self.women.value(), "men": self.men.value(),
            "language": self.language.currentData(), "interviewer_gender": self.interviewer.currentData(),
            "interpreter_person_id": self.interpreter.currentData(), "location": self.location.currentData(),
            "management_present": self.management.isChecked(), "consent_notes": self.consent_notes.isChecked(),
            "consent_quotes": self.consent_quotes.isChecked(), "retaliation_risk": self.retaliation.isChecked(),
        }  # fmt: skip


class NewConversationDialog(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New conversation"))
        self.form = ConversationForm(ops, warn_inline=True, characters=24)  # "Outside the workplace" whole
        self.form.show_interpreters()
        self.form.consent_notes.setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        note = QLabel(self.tr("No names: record the setting of the conversation, not who spoke."))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.form)
        layout.addWidget(buttons)
        # The dialog grows to show the warning whole, and shrinks back when it goes.
        layout.setSizeConstraint(QVBoxLayout.SizeConstraint.SetFixedSize)


class ConversationsPanel(QWidget):
    """The conversations of one visit: a list, the chosen one's setting, and its points."""

    finding_made = Signal()

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id: str | None = None
        self.visit_id: str | None = None
        self.list = QComboBox()
        self.list.setAccessibleName(self.tr("Conversation"))
        self.new_button = QPushButton(self.tr("&New conversation…"))
        self.new_button.clicked.connect(self.new_conversation)
        self.delete_button = QPushButton(self.tr("Delete conversation"))
        self.delete_button.clicked.connect(self.delete_conversation)
        self.form = ConversationForm(ops)
        self.form.changed.connect(self._field_changed)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(f"color: {WARNING.name()}")
        self.points = QListWidget()
        self.points.setAccessibleName(self.tr("Points heard"))
        self.points.setWordWrap(True)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(self.tr("New point"))
        self.entry.setPlaceholderText(self.tr("c: no toilet for women #WASH — Enter adds the point"))
        self.entry.returnPressed.connect(self.add_point)
        self.grammar = QLabel(
            self.tr('p: point · c: concern · q: question · " quote (with consent) · #TAG a risk · no names')
        )
        self.grammar.setWordWrap(True)
        self.severity = choice_combo(SEVERITIES)
        self.severity.setCurrentIndex(self.severity.findData("medium"))
        self.severity.setAccessibleName(self.tr("Severity of the finding"))
        self.finding_button = QPushButton(self.tr("Make fin&ding"))
        self.finding_button.clicked.connect(self.make_finding)
        self.delete_point_button = QPushButton(self.tr("Delete point"))
        self.delete_point_button.clicked.connect(self.delete_point)
        chooser = QHBoxLayout()
        chooser.addWidget(QLabel(self.tr("Conversation:")))
        chooser.addWidget(self.list, 1)
        chooser.addWidget(self.new_button)
        chooser.addWidget(self.delete_button)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.form)
        middle_layout.addWidget(self.warnings)
        middle_layout.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Points heard")))
        right_layout.addWidget(self.points, 1)
        right_layout.addWidget(self.entry)
        right_layout.addWidget(self.grammar)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_point_button)
        actions.addStretch(1)
        actions.addWidget(self.severity)
        actions.addWidget(self.finding_button)
        right_layout.addLayout(actions)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        setting = scrolling(middle)
        setting.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        splitter.addWidget(setting)
        splitter.addWidget(right)
        splitter.setSizes([420, 380])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(chooser)
        layout.addWidget(splitter, 1)
        self.list.currentIndexChanged.connect(lambda _row: self._show_current())
        self._rows: list[ConversationRow] = []

    def show_visit(self, meeting_id: str | None, visit_id: str | None) -> None:
        self.meeting_id, self.visit_id = meeting_id, visit_id
        self.reload()

    def current_id(self) -> str | None:
        return self.list.currentData()

    def reload(self) -> None:
        chosen = self.current_id()
        self.form.show_interpreters()
        self._rows = conversations.rows(self.ops.db, self.visit_id) if self.visit_id else []
        groups = taxonomy.stakeholder_groups()
        self.list.blockSignals(True)
        self.list.clear()
        for number, row in enumerate(self._rows, 1):
            group = groups[row.group].label if row.group in groups else row.group
            text = f"{number}. {group} ({conversations.people_count(row.women, row.men)})"
            if row.management_present:
                text += " — " + self.tr("management present")
            self.list.addItem(text, row.id)
        self.list.blockSignals(False)
        ids = [row.id for row in self._rows]
        self.list.setCurrentIndex(ids.index(chosen) if chosen in ids else (0 if ids else -1))
        self._show_current()

    def _show_current(self) -> None:
        conversation_id = self.current_id()
        has = conversation_id is not None
        for widget in (self.form, self.entry, self.points, self.finding_button, self.delete_point_button):
            widget.setEnabled(has)
        self.delete_button.setEnabled(has)
        self.new_button.setEnabled(self.visit_id is not None)
        self.points.clear()
        if not has:
            self.warnings.clear()
            self.form.clear()
            return
        conversation = conversations.get(self.ops.db, conversation_id)
        self.form.show_conversation(conversation)
        self.warnings.setText("\n\n".join(conversations.warnings(conversation)))
        row = next(r for r in self._rows if r.id == conversation_id)
        for point in row.points:
            tags = " ".join(f"[{risk_label(tag)}]" for tag in point.risk_tags)
            entry = QListWidgetItem(f"{self._kind(point.kind)}: {point.body} {tags}".strip())
            entry.setData(ID_ROLE, point.id)
            self.points.addItem(entry)

    def _kind(self, kind: str) -> str:
        labels = {"point": self.tr("Point"), "concern": self.tr("Concern"), "question": self.tr("Question"),
                  "quote": self.tr("Quote"), "note": self.tr("Note")}  # fmt: skip
        return labels.get(kind, kind)

    def _field_changed(self, field: str, value: Any) -> None:
        conversation_id = self.current_id()
        changes = {field: value}
        if conversation_id and not visit_ops.update_conversation(self.ops, self.meeting_id, conversation_id, changes):
            self._show_current()

    def new_conversation(self) -> None:
        if self.visit_id is None:
            return
        if visit_ops.recovery_key_needed(self.ops) and not RecoveryKeyDialog.keep(self.ops, self):
            return
        dialog = NewConversationDialog(self.ops, self)
        visit_id = self.visit_id
        made = until_done(
            dialog, lambda: visit_ops.add_conversation(self.ops, self.meeting_id, visit_id, dialog.form.values())
        )
        if made:
            self.reload()
            self.select(made)

    def select(self, conversation_id: str) -> None:
        self.list.setCurrentIndex(self.list.findData(conversation_id))

    def delete_conversation(self) -> None:
        conversation_id = self.current_id()
        if conversation_id is not None:
            visit_ops.delete_conversation(self.ops, self.meeting_id, conversation_id)

    def add_point(self) -> None:
        conversation_id = self.current_id()
        line = self.entry.text().strip()
        if conversation_id is None or not line:
            return
        if visit_ops.add_point(self.ops, self.meeting_id, conversation_id, line):
            self.entry.clear()

    def current_point(self) -> str | None:
        entry = self.points.currentItem()
        return entry.data(ID_ROLE) if entry else None

    def delete_point(self) -> None:
        point_id = self.current_point()
        if point_id is not None:
            visit_ops.delete_point(self.ops, self.meeting_id, point_id)

    def make_finding(self) -> None:
        point_id = self.current_point()
        if point_id is None:
            self.ops.show_error(self.tr("Choose the point the finding is made from."))
            return
        if visit_ops.finding_from_point(self.ops, self.meeting_id, point_id, self.severity.currentData()):
            self.finding_made.emit()
