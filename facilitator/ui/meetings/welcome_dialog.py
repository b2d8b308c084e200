"""Shown on the first start with an empty data dir: open the demo, or start an empty meeting."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomeDialog(QDialog):
    DEMO, EMPTY = 1, 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Facilitator"))
        text = QLabel(
            self.tr(
                "<h3>Welcome</h3><p>Facilitator helps you plan a roundtable with the people affected in a supply "
                "chain, check that every group is included and safe, take notes and track speaking time, and "
                "print the agenda.</p><p>Everything stays on this computer and works without internet.</p>"
                "<p>Explore a realistic example first, or start your own meeting.</p>"
            )
        )
        text.setWordWrap(True)
        demo = QPushButton(self.tr("Open the &demo roundtable (Rajasthan)"))
        demo.setDefault(True)
        empty = QPushButton(self.tr("Start an &empty meeting"))
        demo.clicked.connect(lambda: self.done(self.DEMO))
        empty.clicked.connect(lambda: self.done(self.EMPTY))
        buttons = QHBoxLayout()
        buttons.addWidget(demo)
        buttons.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(buttons)
        self.setMinimumWidth(460)
