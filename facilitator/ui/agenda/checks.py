"""Under the agenda: each day's share of discussion and worker-voice time, and the overrun warnings.

A warning about an item is a link: choosing it selects that item in the table.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QWidget

from facilitator.core.agenda.kinds import DISCUSSION_KINDS, kind_label
from facilitator.core.agenda.timing import Timing, format_clock
from facilitator.ui.agenda.style import KIND_COLOURS


class AgendaChecks(QWidget):
    item_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.balance_label = QLabel()
        self.balance_label.setWordWrap(True)
        self.balance_label.setTextFormat(Qt.TextFormat.RichText)
        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Agenda warnings"))
        self.warnings.itemActivated.connect(self._warning_chosen)
        self.warnings.itemClicked.connect(self._warning_chosen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.balance_label, 1)
        layout.addWidget(self.warnings, 1)

    def clear(self) -> None:
        self.warnings.clear()
        self.balance_label.clear()

    def show_timing(self, timing: Timing) -> None:
        self.warnings.clear()
        for warning in timing.warnings:
            self._warn(warning.message, warning.item_id)
        lines = []
        for day, balance in sorted(timing.balance.items()):
            hours = timing.days[day]
            last = max((s.end for s in timing.slots if s.day == day), default=hours.starts)
            share = self.tr("{0:.0%} discussion and worker voice").format(balance.discussion_share)
            head = self.tr("Day {0}: {1}–{2}").format(day + 1, format_clock(hours.starts), format_clock(last))
            if balance.flagged:
                message = self.tr("Day {0} has {1:.0%} discussion and worker-voice time, under {2:.0%}.").format(
                    day + 1, balance.discussion_share, balance.threshold
                )
                self._warn(message, None)
                share = f"<b>⚠ {share}</b>"
            kinds = sorted(balance.minutes_by_kind, key=lambda kind: -balance.minutes_by_kind[kind])
            chips = " ".join(
                f"<span style='color:{KIND_COLOURS.get(kind, '#607D8B')}'>■</span>&nbsp;{kind_label(kind)}&nbsp;"
                f"{balance.share(kind):.0%}" + ("*" if kind in DISCUSSION_KINDS else "")
                for kind in kinds
            )
            lines.append(f"<b>{head}</b> · {share}<br/>{chips}")
        if not lines:
            lines.append(self.tr("Add items, apply a template or copy the agenda of an earlier meeting."))
        else:
            legend = self.tr("* counts as discussion and worker voice (breaks and meals are left out)")
            lines.append(f"<small>{legend}</small>")
        self.balance_label.setText("<br/>".join(lines))
        if not timing.warnings and not any(b.flagged for b in timing.balance.values()):
            self.warnings.addItem(self.tr("No overruns, clashes with fixed times or imbalance."))

    def _warn(self, message: str, item_id: str | None) -> None:
        entry = QListWidgetItem("⚠ " + message)
        entry.setData(Qt.ItemDataRole.UserRole, item_id)
        self.warnings.addItem(entry)

    def _warning_chosen(self, entry: QListWidgetItem) -> None:
        item_id = entry.data(Qt.ItemDataRole.UserRole)
        if item_id:
            self.item_chosen.emit(item_id)
