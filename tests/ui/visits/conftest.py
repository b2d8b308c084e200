"""The Visits section on the demo, at the size of a small laptop screen, and the refusals it says."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.ui.ops import Ops
from facilitator.ui.visits.section import VisitsSection


@pytest.fixture
def section(qtbot, demo_db: Database) -> VisitsSection:
    section = VisitsSection(Ops(demo_db))
    qtbot.addWidget(section)
    section.resize(1100, 650)
    section.show()
    qtbot.waitExposed(section)
    section.set_meeting(MEETING_ID)
    return section


@pytest.fixture
def refusals(monkeypatch) -> list[str]:
    """What the window would say in a warning box, instead of the box."""
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))
    return said
