"""The Inclusion section: every check as pass, warning or fail, why it matters, and a jump to where it is fixed.

Problems come first.  The meeting's own demands (required groups, thresholds, ground rules, photos)
are edited on the right, so a facilitator can see a verdict change as they decide.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.changes import Change
from facilitator.core.inclusion import report as inclusion
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.inclusion.report import Report, Result
from facilitator.ui.common.actions import make_action
from facilitator.ui.common.forms import CommitTextEdit, GroupChecklist, buddy_label, scrolling
from facilitator.ui.common.loading import Loading
from facilitator.ui.common.section import Section
from facilitator.ui.inclusion.model import InclusionModel
from facilitator.ui.keys import KEYS
from facilitator.ui.meetings.overview import OverviewSection
from facilitator.ui.ops import Ops
from facilitator.ui.ops import inclusion as inclusion_ops
from facilitator.ui.participants.register import RegisterSection
from facilitator.ui.participants.section import ParticipantsSection

ORDER = {"fail": 0, "warning": 1, "advice": 2, "pass": 3, "not_yet": 4}
PERCENT_FIELDS = {
    "min_women_share": QT_TRANSLATE_NOOP("InclusionSection", "Women at least"),
    "min_rights_holder_share": QT_TRANSLATE_NOOP("InclusionSection", "Rights-holders at least"),
    "max_business_share": QT_TRANSLATE_NOOP("InclusionSection", "Business side at most"),
    "min_language_coverage": QT_TRANSLATE_NOOP("InclusionSection", "Language coverage at least"),
}


class InclusionSettingsBox(QGroupBox):
    """A meeting's required groups, thresholds, ground rules and photo plan; each change is undoable."""

    def __init__(self, save: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("What this meeting needs"))
        self._save = save
        self.loading = Loading()
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.setMinimumWidth(260)
        self.groups = GroupChecklist()
        self.groups.show_rows(self.groups.count())
        self.groups.toggled.connect(lambda groups: self._changed(required_groups=groups))
        form.addRow(buddy_label(self.tr("Required &groups"), self.groups))
        form.addRow(self.groups)  # the whole width: Dutch group names are long
        self.percent: dict[str, QSpinBox] = {}
        for name, text in PERCENT_FIELDS.items():
            spin = QSpinBox()
            spin.setRange(0, 100)
            spin.setSuffix(" %")
            spin.editingFinished.connect(lambda n=name, s=spin: self._changed(**{n: s.value() / 100}))
            form.addRow(QCoreApplication.translate("InclusionSection", text), spin)
            self.percent[name] = spin
        self.ground_rules = CommitTextEdit(lambda: self._changed(ground_rules=self.ground_rules.toPlainText().strip()))
        self.ground_rules.setPlaceholderText(
            self.tr("e.g. Chatham House Rule; no recording; workers' statements attributed to their group; no press")
        )
        self.ground_rules.setMinimumHeight(120)
        form.addRow(buddy_label(self.tr("Ground &rules"), self.ground_rules))
        form.addRow(self.ground_rules)
        self.photos = QCheckBox(self.tr("Photos will be taken"))
        self.photos.toggled.connect(lambda on: self._changed(photos_allowed=on))
        form.addRow("", self.photos)
        self.current: inclusion_settings.Settings | None = None

    def _changed(self, **changes: Any) -> None:
        if self.loading or self.current is None:
            return
        differs = {
            k: v for k, v in changes.items() if getattr(self.current, k) != (tuple(v) if isinstance(v, list) else v)
        }
        if differs:
            self._save(**differs)

    def show_settings(self, settings: inclusion_settings.Settings) -> None:
        with self.loading:
            self._show(settings)

    def _show(self, settings: inclusion_settings.Settings) -> None:
        self.current = settings
        self.groups.set_checked(settings.required_groups)
        for name, spin in self.percent.items():
            spin.setValue(round(getattr(settings, name) * 100))
        if self.ground_rules.toPlainText().strip() != settings.ground_rules:
            self.ground_rules.setPlainText(settings.ground_rules)
        self.photos.setChecked(settings.photos_allowed)


class InclusionSection(Section):
    shows = Change.PARTICIPATION | Change.PEOPLE | Change.MEETINGS | Change.VISITS  # heard on visits

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, parent)
        self.report: Report | None = None
        self.stage = QComboBox()
        for code, text in inclusion.STAGES.items():
            self.stage.addItem(QCoreApplication.translate("Inclusion", text), code)
        self.stage.currentIndexChanged.connect(lambda _i: self.load())
        stage_label = buddy_label(self.tr("&Stage"), self.stage)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(stage_label)
        top.addWidget(self.stage)
        top.addWidget(self.summary, 1)

        self.model = InclusionModel()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Inclusion checks"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(InclusionModel.COLUMN_STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(InclusionModel.COLUMN_CHECK, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setColumnWidth(InclusionModel.COLUMN_CHECK, 330)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _index: self.jump_to_fix())

        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setTextFormat(Qt.TextFormat.RichText)
        self.explanation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.jump = QPushButton(self.tr("&Jump to fix"))
        self.jump.setToolTip(
            self.tr("Go to the place where this is fixed ({0}, or double-click the check)").format(
                KEYS["inclusion.fix"].shown()
            )
        )
        self.jump.clicked.connect(self.jump_to_fix)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 3)
        left_layout.addWidget(self.explanation, 1)
        left_layout.addWidget(self.jump, 0, Qt.AlignmentFlag.AlignLeft)
        self.settings_box = InclusionSettingsBox(self._save_settings)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scrolling(self.settings_box))
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 330])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        make_action(self, "inclusion.fix", self.jump_to_fix)

    def load(self) -> None:
        selected = self.selected()
        stage = self.stage.currentData()
        self.report = inclusion.check(self.ops.db, self.meeting_id, stage)
        results = sorted(self.report.results, key=lambda r: ORDER[r.status])
        self.model.set_rows(results)
        self.table.resizeRowsToContents()
        counts = self.report.counts()
        summary = " · ".join((
            self.tr("<b>%n</b> blockers fail", "", counts["fail"]),
            self.tr("<b>%n</b> warnings", "", counts["warning"]),
            self.tr("%n advice", "", counts["advice"]),
            self.tr("%n pass", "", counts["pass"]),
        ))  # fmt: skip
        if stage == "day" and not self.report.people:
            summary = self.tr("No one has checked in yet: check people in on the Participants tab ({0}).").format(
                KEYS["participants.arrive"].shown()
            )
        self.summary.setText(summary)
        self.settings_box.show_settings(inclusion_settings.get_settings(self.ops.db, self.meeting_id))
        row = next((n for n, r in enumerate(results) if selected and r.rule.id == selected.rule.id), 0)
        if results:
            self.table.selectRow(row)
        self._show_selected()

    def selected(self) -> Result | None:
        index = self.table.currentIndex()
        return self.model.result(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        result = self.selected()
        self.jump.setEnabled(result is not None)
        if result is None:
            self.explanation.setText("")
            return
        rule = result.rule
        self.explanation.setText(
            self.tr("<b>{message}</b> – {status}<br>{detail}<br><br><b>Why it matters:</b> {why}<br>"
                    "<i>Sources: {sources}</i><br><b>Suggested fix:</b> {fix}").format(
                message=rule.message, status=result.status_label, detail=result.detail, why=rule.why,
                sources=escape(rule.sources), fix=rule.fix,
            )
        )  # fmt: skip

    def _save_settings(self, **changes: Any) -> None:
        inclusion_ops.update_settings(self.ops, self.meeting_id, changes)

    def jump_to_fix(self) -> None:
        """Switch to where the selected check is fixed and point at the people it is about."""
        result = self.selected()
        if result is None:
            return
        target = result.rule.fix_target
        if target == "inclusion_settings":
            (
                self.settings_box.ground_rules if result.rule.id == "I7_GROUND_RULES" else self.settings_box.groups
            ).setFocus()
            return
        wanted = {"participants": ParticipantsSection, "register": RegisterSection, "meeting": OverviewSection}[target]
        section = self.open_section(wanted)
        if section is None:
            return
        if target == "register":
            section.focus_fix(self._people(result))
        elif target == "participants":
            section.focus_fix(result.participation_ids, result.missing_groups)
        elif (field := getattr(section, "independent_check", None)) is not None:
            field.setFocus()  # the Overview's "facilitator independent" box

    def _people(self, result: Result) -> tuple[str, ...]:
        from facilitator.core.participants import participation

        wanted = set(result.participation_ids)
        rows = participation.list_participants(self.ops.db, self.meeting_id)
        return tuple(row.person_id for row in rows if row.participation_id in wanted)
