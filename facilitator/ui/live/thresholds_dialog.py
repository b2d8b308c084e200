"""The meeting's balance thresholds, set from the live screen (Alt+S).

Defaults follow the brief (section 4): alert when one group holds over half of the talk in the last
ten minutes, or when a group falls below half of its expected share.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox, QFormLayout, QSpinBox, QWidget

from facilitator.core.live.speaking import Speaker
from facilitator.core.models import Meeting
from facilitator.ui.common.forms import show_choice
from facilitator.ui.live.tiles import group_label


class BalanceSettingsDialog(QDialog):
    def __init__(self, meeting: Meeting, speakers: dict[str, Speaker], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Balance settings"))
        form = QFormLayout(self)
        self.window_minutes = QSpinBox()
        self.window_minutes.setRange(1, 120)
        self.window_minutes.setSuffix(self.tr(" min"))
        self.window_minutes.setValue(meeting.balance_window_minutes)
        self.dominance = QSpinBox()
        self.dominance.setRange(20, 100)
        self.dominance.setSuffix(" %")
        self.dominance.setValue(round(meeting.dominance_share * 100))
        self.ratio = QDoubleSpinBox()
        self.ratio.setRange(0.0, 1.0)
        self.ratio.setSingleStep(0.05)
        self.ratio.setValue(meeting.underrepresented_ratio)
        self.mode = QComboBox()
        for code, text in (
            ("headcount", self.tr("By headcount present")),
            ("equal", self.tr("Equal per group")),
            ("custom", self.tr("Custom targets")),
        ):
            self.mode.addItem(text, code)
        show_choice(self.mode, meeting.expected_share_mode)
        form.addRow(self.tr("Alert when one group holds more than"), self.dominance)
        form.addRow(self.tr("of the talk in the last"), self.window_minutes)
        form.addRow(self.tr("Alert when a group's share is below (times expected)"), self.ratio)
        form.addRow(self.tr("Expected share per group"), self.mode)
        self.targets: dict[str, QSpinBox] = {}
        groups = sorted({s.group for s in speakers.values() if s.present and not s.is_staff})
        for group in groups:
            box = QSpinBox()
            box.setRange(0, 100)
            box.setSuffix(self.tr(" weight"))
            box.setValue(round(float((meeting.expected_shares or {}).get(group, 0))))
            self.targets[group] = box
            form.addRow(self.tr("Custom target: {0}").format(group_label(group)), box)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def changes(self) -> dict[str, Any]:
        return {
            "balance_window_minutes": self.window_minutes.value(),
            "dominance_share": self.dominance.value() / 100,
            "underrepresented_ratio": self.ratio.value(),
            "expected_share_mode": self.mode.currentData(),
            "expected_shares": {g: box.value() for g, box in self.targets.items() if box.value() > 0},
        }
