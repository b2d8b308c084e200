"""The Minutes section: review each agenda item after the meeting, preview what each audience will read,
and export the PDF (or a group's follow-up sheet) without the window freezing.

From a finished meeting a new user gets the PDF in two clicks: the Minutes tab, then Export PDF, which
writes into Documents/Facilitator and opens the file in the system viewer; Save as… asks where.  The
audience, label language and group chosen last time are remembered.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from facilitator import i18n
from facilitator.core import vocabulary
from facilitator.core.changes import Change
from facilitator.core.live.notes import KINDS
from facilitator.core.minutes import readiness, review, versions
from facilitator.core.minutes.content import (
    cell_label,
    group_label,
    item_heading,
    items_to_review,
    on_agenda,
    reviewed,
    shared_draft,
)
from facilitator.core.minutes.follow_up import group_language
from facilitator.export import minutes
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.forms import CommitTextEdit, choice_combo, scrolling, set_combo
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.section import Section
from facilitator.ui.i18n import install_catalogues
from facilitator.ui.keys import KEYS
from facilitator.ui.minutes.issuing import confirmed_reason
from facilitator.ui.minutes.preview import html
from facilitator.ui.minutes.worker import ExportRun
from facilitator.ui.ops import Ops
from facilitator.ui.ops import live as live_ops
from facilitator.ui.ops import minutes as minutes_ops

LABELS = {"en": "English", "nl": "Nederlands", "hi": "हिन्दी"}
TEXT_FIELDS = ("summary", "information_shared", "responses_given", "dissent")


class MinutesSection(Section):
    shows = Change.NOTES | Change.ACTIONS | Change.AGENDA | Change.PARTICIPATION | Change.SPEAKING | Change.MEETINGS

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        """The export options (audience, label language, folder) are remembered in the window's settings."""
        super().__init__(ops, parent)
        install_catalogues()
        self.settings = ops.settings
        self.loading = Loading()
        self.content: dict[str, Any] = {}
        self.run: ExportRun | None = None
        self.last_written: Path | None = None
        self.opener = QDesktopServices.openUrl  # tests replace it so no viewer opens

        self.audience = QComboBox()
        self.audience.addItem(self.tr("Internal: complete"), "internal")
        self.audience.addItem(self.tr("Public: Chatham House Rule"), "public")
        self.language = QComboBox()
        for code, name in LABELS.items():
            self.language.addItem(name, code)
        self.group = QComboBox()
        self.export_button = QPushButton(self.tr("Export PDF"))
        self.export_button.setDefault(True)
        self.export_button.setToolTip(
            self.tr("Write the PDF into your Documents folder and open it ({0})").format(KEYS["minutes.export"].shown())
        )
        self.save_as_button = QPushButton(self.tr("Save as…"))
        self.issue_button = QPushButton(self.tr("Issue version"))
        self.version_label = QLabel()
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(160)
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self._typed: dict[str, str] = {}  # the shown item's review as typed
        self.clash = QLabel()  # a version number issued on two laptops: said until a new version is issued
        self.clash.setWordWrap(True)
        self.clash.setStyleSheet("background: rgba(251, 140, 0, 80); padding: 4px")
        self.clash.hide()
        for combo in (self.audience, self.language, self.group):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(10)
        options = QHBoxLayout()
        for label, widget in (
            (self.tr("Audience"), self.audience),
            (self.tr("Labels"), self.language),
            (self.tr("Document"), self.group),
        ):
            options.addWidget(QLabel(label))
            options.addWidget(widget, 1)
        actions_row = QHBoxLayout()
        actions_row.addWidget(self.status, 1)
        actions_row.addWidget(self.progress)
        for widget in (self.version_label, self.issue_button, self.save_as_button, self.export_button):
            actions_row.addWidget(widget)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Agenda items to review"))
        self.items.setWordWrap(True)  # long titles wrap in the narrow list instead of being cut
        self.item_title = QLabel()
        self.item_title.setStyleSheet("font-weight: bold")
        self.item_title.setWordWrap(True)
        self.item_hint = QLabel(
            self.tr(
                "These notes are not under an item of the agenda, so there is nothing to review here; choose "
                "below which minutes each appears in. A deleted item comes back with Undo on the Agenda tab."
            )
        )
        self.item_hint.setWordWrap(True)
        self.item_hint.setVisible(False)
        self.fields = {name: CommitTextEdit(lambda name=name: self._commit(name)) for name in TEXT_FIELDS}
        for name in ("information_shared", "responses_given", "dissent"):
            self.fields[name].setMaximumHeight(60)
        self.draft_button = QPushButton(self.tr("Start from the notes"))
        self.draft_button.setToolTip(self.tr("Fill the summary with the points, concerns and questions noted"))
        self.satisfied = choice_combo(review.SATISFIED)
        self.notes = QTableWidget(0, 3)
        self.notes.setHorizontalHeaderLabels([self.tr("Note"), self.tr("Confidentiality"), self.tr("Appears in")])
        self.notes.verticalHeader().hide()
        self.notes.setWordWrap(True)
        header = self.notes.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        # Its longest choice whole, in the cell inside the grid line.
        header.resizeSection(2, choice_combo(review.NOTE_AUDIENCES).sizeHint().width() + 1)
        self.notes.setMinimumHeight(220)
        self.notes.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.notes.setAccessibleName(self.tr("The item's notes and the minutes they appear in"))
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.addRow(self.item_title)
        form.addRow(self.item_hint)
        form.addRow(self.tr("Summary"), self.fields["summary"])
        form.addRow("", self.draft_button)
        form.addRow(self.tr("Information shared"), self.fields["information_shared"])
        form.addRow(self.tr("Responses given"), self.fields["responses_given"])
        form.addRow(self.tr("Was the group satisfied?"), self.satisfied)
        form.addRow(self.tr("Dissent"), self.fields["dissent"])
        form.addRow(self.notes)
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Preview of the minutes"))
        splitter = QSplitter()
        splitter.addWidget(self.items)
        self.pages = QTabWidget()
        self.pages.addTab(scrolling(form_widget), self.tr("Agenda item"))
        self.pages.addTab(scrolling(self._meeting_form()), self.tr("Attendance and follow-up"))
        splitter.addWidget(self.pages)
        splitter.addWidget(self.preview)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([170, 480, 250])
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        self.items.setMinimumWidth(150)
        self.preview.setMinimumWidth(220)
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(actions_row)
        layout.addWidget(self.clash)
        layout.addWidget(splitter, 1)

        set_combo(self.audience, self.settings.minutes_audience)
        set_combo(
            self.language, self.settings.minutes_language or (i18n.language() if i18n.language() in LABELS else "en")
        )
        self.audience.currentIndexChanged.connect(self._options_changed)
        self.language.currentIndexChanged.connect(self._options_changed)
        self.group.currentIndexChanged.connect(self._group_changed)
        self.items.currentRowChanged.connect(self._show_item)
        self.draft_button.clicked.connect(self._start_from_notes)
        self.satisfied.currentIndexChanged.connect(lambda _i: self._commit("satisfied"))
        self.export_button.clicked.connect(self.export_pdf)
        self.save_as_button.clicked.connect(self.save_as)
        self.issue_button.clicked.connect(self.issue)
        make_action(self, "minutes.export", self.export_pdf)

    def _meeting_form(self) -> QWidget:
        page = QWidget()
        self.meeting_form = QFormLayout(page)
        self.absence: dict[str, QLineEdit] = {}
        self.follow_up = CommitTextEdit(lambda: self._commit_meeting("follow_up"))
        self.follow_up.setPlaceholderText(self.tr("How and when results are reported back to each group"))
        self.distribution = CommitTextEdit(lambda: self._commit_meeting("distribution"))
        self.distribution.setPlaceholderText(self.tr("Who receives the internal minutes, one per line"))
        self.absence_box = QFormLayout()
        self.meeting_form.addRow(QLabel(self.tr("Reasons given by invited groups that were absent")))
        self.meeting_form.addRow(self.absence_box)
        self.meeting_form.addRow(self.tr("Reporting back"), self.follow_up)
        self.meeting_form.addRow(self.tr("Distribution"), self.distribution)
        return page

    def _fill_meeting_form(self) -> None:
        absent_groups = self.content["attendance"]["absent_groups"]
        if absent_groups and list(self.absence) == [absent["group"] for absent in absent_groups]:
            # The same groups: keep their fields (and the cursor of the one being left by Tab).
            for absent in absent_groups:
                field = self.absence[absent["group"]]
                if field.text().strip() != absent["reason"] and not field.hasFocus():
                    field.setText(absent["reason"])
        else:
            self._make_absence_fields(absent_groups)
        self.follow_up.setPlainText(self.content["follow_up"]["how"])
        self.distribution.setPlainText("\n".join(self.content["follow_up"]["distribution"]["listed"]))

    def _make_absence_fields(self, absent_groups: list[dict[str, Any]]) -> None:
        while self.absence_box.rowCount():
            self.absence_box.removeRow(0)
        self.absence = {}
        for absent in absent_groups:
            field = QLineEdit(absent["reason"])
            field.editingFinished.connect(lambda: self._commit_meeting("absence_reasons"))
            self.absence[absent["group"]] = field
            self.absence_box.addRow(group_label(absent["group"]), field)
        if not self.absence:
            self.absence_box.addRow(QLabel(self.tr("Every invited group was present.")))

    def _commit_meeting(self, name: str) -> None:
        if self.loading or self.meeting_id is None:
            return
        follow = self.content["follow_up"]
        if name == "absence_reasons":
            value: Any = {group: field.text().strip() for group, field in self.absence.items()}
            shown = {g["group"]: g["reason"] for g in self.content["attendance"]["absent_groups"]}
        elif name == "follow_up":
            value, shown = self.follow_up.toPlainText().strip(), follow["how"]
        else:
            value, shown = self.distribution.toPlainText().strip(), "\n".join(follow["distribution"]["listed"])
        if value == shown:
            return
        if minutes_ops.edit_meeting(self.ops, self.meeting_id, {name: value}, initiator=self):
            self.load()
            self.status.setText(self.tr("Saved."))

    # -- loading ---------------------------------------------------------------------------------------

    def load(self) -> None:
        assert self.meeting_id is not None
        with self.loading:
            current = versions.current(self.ops.db, self.meeting_id, "internal")
            self.content = current.content
            chosen = self.items.currentRow()
            self.items.clear()
            for item in items_to_review(self.content):  # a break only when something was noted in it
                done = reviewed(item)
                entry = QListWidgetItem(("✓ " if done else "") + item_heading(item))
                entry.setData(Qt.ItemDataRole.UserRole, item["id"])
                entry.setToolTip(self.tr("Reviewed") if done else self.tr("Not reviewed yet"))
                self.items.addItem(entry)
            self._fill_groups()
            self._fill_meeting_form()
            issued = versions.versions(self.ops.db, self.meeting_id)
            if current.version is not None:
                self.version_label.setText(self.tr("Version {0}").format(current.version))
            elif issued:
                self.version_label.setText(self.tr("Draft, changed since version {0}").format(issued[-1].number))
            else:
                self.version_label.setText(self.tr("Draft"))
            notice = versions.clash_notice(self.ops.db, self.meeting_id)
            self.clash.setText(notice)
            self.clash.setVisible(bool(notice))
        self.items.setCurrentRow(min(max(chosen, 0), self.items.count() - 1))
        self._show_item(self.items.currentRow())
        self._refresh_preview(current)

    def _fill_groups(self) -> None:
        chosen = self.group.currentData()
        self.group.clear()
        self.group.addItem(self.tr("Minutes"), "")
        attendance = self.content["attendance"]
        groups = [cell["cell"] for cell in attendance["cells"]] + [g["group"] for g in attendance["absent_groups"]]
        for group in groups:
            self.group.addItem(self.tr("Follow-up sheet: {0}").format(group_label(group)), group)
        set_combo(self.group, chosen or "")

    def _item(self) -> dict[str, Any] | None:
        entry = self.items.currentItem()
        if entry is None:
            return None
        wanted = entry.data(Qt.ItemDataRole.UserRole)
        return next((item for item in self.content["items"] if item["id"] == wanted), None)

    def _show_item(self, _row: int) -> None:
        item = self._item()
        # Notes outside the agenda, or of an item deleted since, are chosen for the minutes here, but their
        # review belongs to an item of the agenda.
        reviewable = item is not None and on_agenda(item)
        self._typed = self._typed_review(item["id"]) if item is not None and reviewable else {}
        with self.loading:
            self.item_title.setText(item_heading(item) if item else "")
            for name, field in self.fields.items():
                # What the facilitator typed, names and all: the minutes show it screened, and editing that
                # would store the internal minutes' labels (and lose the names) in place of their words.
                field.setPlainText(self._typed.get(name, item[name] if item else ""))
                field.setEnabled(reviewable)
            set_combo(self.satisfied, item["satisfied"] if item else "")
            self.satisfied.setEnabled(reviewable)
            self.draft_button.setEnabled(reviewable)
            self.item_hint.setVisible(item is not None and not reviewable)
            self._fill_notes(item["notes"] if item else [])

    def _typed_review(self, item_id: str) -> dict[str, str]:
        with self.ops.db.session() as session:
            stored = review.item_reviews(session, self.meeting_id or "").get(item_id)
        return {name: getattr(stored, name) if stored else "" for name in TEXT_FIELDS}

    def _fill_notes(self, notes: list[dict[str, Any]]) -> None:
        self.notes.setRowCount(len(notes))
        with self.ops.db.session() as session:
            choices = review.note_choices(session, self.meeting_id or "")
        for row, note in enumerate(notes):
            who = note["by"] or (cell_label(note["cell"]) if note["cell"] else "")
            text = f"{KINDS.label(note['kind'])}: {note['body']}" + (f" ({who})" if who else "")
            self.notes.setItem(row, 0, QTableWidgetItem(text))
            level = choice_combo(vocabulary.CONFIDENTIALITY)
            set_combo(level, note["confidentiality"])
            level.setToolTip(self.tr("A public note appears in the public minutes too, attributed to a group only"))
            self.notes.setCellWidget(row, 1, level)
            combo = choice_combo(review.NOTE_AUDIENCES)
            set_combo(combo, choices.get(note["id"], "default"))
            combo.setToolTip(self._appears_in(note))
            combo.currentIndexChanged.connect(
                lambda _i, note_id=note["id"], combo=combo: self._choose_audience(note_id, combo.currentData())
            )
            level.currentIndexChanged.connect(
                lambda _i, note=note, level=level, combo=combo: self._choose_level(note, level.currentData(), combo)
            )
            self.notes.setCellWidget(row, 2, combo)
        self.notes.resizeRowsToContents()

    def _appears_in(self, note: dict[str, Any]) -> str:
        public = review.in_minutes(note["confidentiality"], "default", False, note["kind"])
        return (
            self.tr("By default in the internal and public minutes")
            if public
            else self.tr("By default in the internal minutes only")
        )

    def _refresh_preview(self, internal: versions.Minutes | None = None) -> None:
        """The chosen audience's minutes as they stand; ``internal`` when the caller has just gathered them
        (gathering replays every speaking turn)."""
        if self.meeting_id is None:
            return
        audience = self.audience.currentData()
        shown = internal if internal is not None and audience == "internal" else None
        shown = shown or versions.current(self.ops.db, self.meeting_id, audience)
        self.preview.setHtml(html(shown.content, shown.fingerprint, shown.version, self.language.currentData()))

    # -- review edits ----------------------------------------------------------------------------------

    def _commit(self, name: str) -> None:
        item = self._item()
        if self.loading or item is None or self.meeting_id is None:
            return
        value = self.satisfied.currentData() if name == "satisfied" else self.fields[name].toPlainText().strip()
        if value == self._typed.get(name, item[name]):
            return
        if minutes_ops.edit_item(self.ops, self.meeting_id, item["id"], {name: value}, initiator=self):
            item[name] = value
            if name in self._typed:
                self._typed[name] = value
            self.status.setText(self.tr("Saved."))
            self._refresh_preview()

    def _start_from_notes(self) -> None:
        item = self._item()
        if item is None:
            return
        lines, left_out = shared_draft(self.ops.db, self.meeting_id or "", item)
        if lines:
            self.fields["summary"].setPlainText("\n".join(lines))
            self._commit("summary")
        if left_out:
            self.status.setText(
                self.tr(
                    "%n notes of this item are not in the draft: the summary is printed in the public minutes too, "
                    "and they are confidential or kept to the internal minutes. Make a note public in the item's "
                    "list of notes to draft from it.",
                    "",
                    left_out,
                )
            )

    def _choose_audience(self, note_id: str, audience: str) -> None:
        if self.loading or self.meeting_id is None:
            return
        if minutes_ops.set_note_audience(self.ops, self.meeting_id, note_id, audience, initiator=self):
            self._refresh_preview()

    def _choose_level(self, note: dict[str, Any], level: str, appears: QComboBox) -> None:
        if self.loading or self.meeting_id is None or level == note["confidentiality"]:
            return
        if live_ops.set_note_confidentiality(self.ops, self.meeting_id, note["id"], level, initiator=self):
            note["confidentiality"] = level
            appears.setToolTip(self._appears_in(note))
            self._refresh_preview()

    def _options_changed(self) -> None:
        if self.loading:
            return
        self.settings.minutes_audience = self.audience.currentData()
        self.settings.minutes_language = self.language.currentData()
        self._refresh_preview()

    def _group_changed(self) -> None:
        if self.loading or self.meeting_id is None:
            return
        group = self.group.currentData()
        self.audience.setEnabled(not group)  # a follow-up sheet follows the public minutes
        if group:
            set_combo(self.language, group_language(self.ops.db, self.meeting_id, group))

    def issue(self) -> None:
        """Issue the next version once the facilitator confirms; from the second on, they say what changed,
        which the version list and the approvals show beside its number."""
        if self.meeting_id is None:
            return
        current = versions.current(self.ops.db, self.meeting_id, "internal")
        if current.version is not None:  # said before asking anything, not after the two questions
            said = i18n.translate("Minutes", "Nothing has changed since version {0}; it stays the current one.")
            self.status.setText(said.format(current.version))
            return
        issued = versions.versions(self.ops.db, self.meeting_id)
        number = issued[-1].number + 1 if issued else 1
        concerns = readiness.before_issuing(self.ops.db, self.meeting_id, current.content)
        reason = confirmed_reason(self, number, concerns)
        if reason is None:
            return
        made = minutes_ops.issue(self.ops, self.meeting_id, reason, initiator=self)
        if made is not None:
            self.status.setText(
                self.tr("Version {0} issued: it can be printed again exactly as it is now.").format(made)
            )
            self.load()

    # -- export ----------------------------------------------------------------------------------------

    def request(self) -> minutes.Request:
        assert self.meeting_id is not None
        return minutes.Request(
            self.meeting_id,
            self.audience.currentData(),
            self.language.currentData(),
            group=self.group.currentData() or "",
        )

    def default_target(self) -> Path:
        """Documents/Facilitator/<meeting> – minutes (public, hi).pdf (the folder is made by the export)."""
        folder = Path(
            self.settings.minutes_folder
            or Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)) / "Facilitator"
        )
        request = self.request()
        title = _file_part(self.content["meeting"]["title"])[:80] or "minutes"
        audiences = {"internal": self.tr("internal"), "public": self.tr("public")}
        kind = (
            self.tr("follow-up {0}").format(group_label(request.group))
            if request.group
            else self.tr("minutes {0}").format(audiences.get(request.audience, request.audience))
        )
        return folder / f"{title} – {_file_part(kind)}, {request.language}.pdf"

    def export_pdf(self) -> None:
        if self.meeting_id is None or self.run is not None:
            return
        target = self.default_target()
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            self.ops.show_error(self.tr("The Documents folder cannot be written: {0}").format(error.strerror or error))
            return
        self._start(target)

    def save_as(self) -> None:
        if self.meeting_id is None or self.run is not None:
            return
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the minutes"), str(self.default_target()), self.tr("PDF documents (*.pdf)")
        )
        if chosen:
            self.settings.minutes_folder = str(Path(chosen).parent)
            self._start(Path(chosen))

    def _start(self, target: Path) -> None:
        self.run = ExportRun(self.ops.db, self.request(), target)
        self.run.progressed.connect(self._progressed)
        self.run.finished_with.connect(self._written)
        self.run.refused.connect(self._refused)
        self.run.broke.connect(self._broke)
        self.run.finished.connect(self._ended)
        self.export_button.setEnabled(False)
        self.save_as_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.status.setText(self.tr("Laying out the pages…"))
        self.run.start()

    @Slot(int, int)
    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(min(done, total))

    @Slot(str)
    def _written(self, path: str) -> None:
        self.last_written = Path(path)
        self.status.setText(self.tr("Written to {0}").format(path))
        self.opener(QUrl.fromLocalFile(path))

    @Slot(str)
    def _refused(self, message: str) -> None:
        self.status.setText(message)
        self.ops.show_error(message)

    @Slot(object)
    def _broke(self, info: tuple) -> None:
        sys.excepthook(*info)

    @Slot()
    def _ended(self) -> None:
        self.run = None
        self.progress.hide()
        self.export_button.setEnabled(True)
        self.save_as_button.setEnabled(True)


def _file_part(text: str) -> str:
    """``text`` as a part of a file name on any system: "Budhpura: silica" gives one space, not two."""
    return " ".join(re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", text).split())
