"""The conflict inbox: every text that two laptops edited at once, the two versions side by side with
their differences marked, and the decision: keep one, or merge them by hand.

Nothing is thrown away until the user decides, and the decision is an undoable op that syncs to the
other laptops like any edit.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator.core.changes import Change
from facilitator.sync import conflicts
from facilitator.ui.common.table_model import ID_ROLE
from facilitator.ui.ops import Changed, Ops
from facilitator.ui.ops.sync import decide_conflict
from facilitator.ui.sync.differences import ONLY_OTHER, ONLY_SHOWN, VersionView, marked_versions


class ConflictInbox(QDialog):
    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.current: conflicts.Conflict | None = None
        self.setWindowTitle(self.tr("Conflicts to decide"))
        self.resize(1100, 680)

        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._chosen)
        self.empty = QLabel(self.tr("No conflicts to decide. Both laptops' versions of every text agree."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.shown = VersionView()
        self.other = VersionView()
        self.shown_title = QLabel()
        self.other_title = QLabel()
        legend = QLabel(
            " &nbsp; ".join(
                f'<span style="background-color: {colour}; color: #000000">&nbsp;{html.escape(text)}&nbsp;</span>'
                for colour, text in (
                    (ONLY_SHOWN, self.tr("only in the shown version")),
                    (ONLY_OTHER, self.tr("only in the other version")),
                )
            )
        )
        self.merged = QPlainTextEdit()
        self.merged.setTabChangesFocus(True)  # Tab goes on to the next field; a tab character is never meant
        self.merged.setPlaceholderText(self.tr("Write the text as it should read, from both versions."))
        self.keep_shown = QPushButton(self.tr("Keep the &shown version"))
        self.keep_other = QPushButton(self.tr("Take the &other version"))
        self.use_merged = QPushButton(self.tr("Use the &merged text"))
        self.start_merge = QPushButton(self.tr("Start from &both"))
        self.keep_shown.clicked.connect(self._keep_shown)
        self.keep_other.clicked.connect(self._keep_other)
        self.use_merged.clicked.connect(self._use_merged)
        self.start_merge.clicked.connect(self._start_from_both)

        sides = QGridLayout()
        sides.addWidget(self.shown_title, 0, 0)
        sides.addWidget(self.other_title, 0, 1)
        sides.addWidget(self.shown, 1, 0)
        sides.addWidget(self.other, 1, 1)
        decisions = QHBoxLayout()
        for button in (self.keep_shown, self.keep_other, self.start_merge, self.use_merged):
            decisions.addWidget(button)
        decisions.addStretch(1)
        detail = QWidget()
        detail_layout = QVBoxLayout(detail)
        detail_layout.addWidget(self.heading)
        detail_layout.addLayout(sides, 3)
        detail_layout.addWidget(legend)
        self.merged_title = QLabel(self.tr("Merged text:"))
        detail_layout.addWidget(self.merged_title)
        detail_layout.addWidget(self.merged, 2)
        detail_layout.addLayout(decisions)
        self.detail = detail

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list)
        left_layout.addWidget(self.empty)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(detail)
        splitter.setSizes([320, 780])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        ops.bus.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, changed: Changed) -> None:
        if changed.kinds & Change.CONFLICTS or changed.kinds == Change.ALL:
            self.reload()

    def reload(self) -> None:
        """List the open conflicts again, keeping the chosen one when it is still open."""
        keep = self.current.id if self.current else None
        found = conflicts.list_conflicts(self.ops.db)
        self.list.blockSignals(True)
        self.list.clear()
        for conflict in found:
            item = QListWidgetItem(f"{conflict.field_label}: {conflict.record_label}")
            item.setData(ID_ROLE, conflict.id)
            item.setToolTip(self.tr("Found {0}").format(f"{conflict.found_at:%Y-%m-%d %H:%M}"))
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.empty.setVisible(not found)
        self.list.setVisible(bool(found))
        self.detail.setVisible(bool(found))  # nothing to decide: no empty editors and greyed buttons
        ids = [conflict.id for conflict in found]
        row = ids.index(keep) if keep in ids else 0
        if found:
            self.list.setCurrentRow(row)
            self._show(found[row])
        else:
            self._show(None)

    def _chosen(self, item: QListWidgetItem | None) -> None:
        if item is not None:
            self._show(conflicts.get_conflict(self.ops.db, item.data(ID_ROLE)))

    def _show(self, conflict: conflicts.Conflict | None) -> None:
        self.current = conflict
        if conflict is None:
            for view in (self.shown, self.other):
                view.clear()
            self.heading.clear()
            self.merged.clear()
            return
        name = conflicts.origin(self.ops.db, conflict)
        self.heading.setText(
            self.tr("<b>{0}</b> of <b>{1}</b> was changed on two laptops at once.").format(
                conflict.field_label, conflict.record_label
            )
        )
        self.shown_title.setText(self.tr("Shown now (the newer edit)"))
        self.other_title.setText(self.tr("Other version, from {0}").format(name))
        shown_html, other_html = marked_versions(conflict.shown_label, conflict.other_label)
        self.shown.setHtml(shown_html)
        self.other.setHtml(other_html)
        self.merged.setPlainText(conflict.shown)
        for widget in (self.merged_title, self.merged, self.start_merge, self.use_merged):
            widget.setVisible(conflict.long_text)  # a phone number or a status is chosen, not merged

    # -- decisions ---------------------------------------------------------------------------------

    def _decide(self, keep: str, text: str | None = None) -> None:
        if self.current is not None:
            decide_conflict(self.ops, self.current, keep, text)

    def _keep_shown(self) -> None:
        self._decide("kept_shown")

    def _keep_other(self) -> None:
        self._decide("kept_other")

    def _use_merged(self) -> None:
        self._decide("merged", self.merged.toPlainText())

    def _start_from_both(self) -> None:
        if self.current is not None:
            self.merged.setPlainText(f"{self.current.shown}\n{self.current.other}")
            self.merged.setFocus(Qt.FocusReason.OtherFocusReason)
