"""Sections reload when what they show changes; in the workspace a hidden one waits until shown."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget

from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.ui.common.section import Section
from facilitator.ui.ops import Ops


class CountingSection(Section):
    shows = Change.AGENDA

    def __init__(self, ops: Ops) -> None:
        super().__init__(ops)
        self.loads = 0

    @classmethod
    def title(cls) -> str:
        return "Counting"

    def load(self) -> None:
        self.loads += 1


def test_a_section_reloads_only_for_its_kinds_and_its_meeting(qtbot, db: Database) -> None:
    ops = Ops(db)
    section = CountingSection(ops)
    qtbot.addWidget(section)
    section.set_meeting("m1")
    ops.bus.announce(Change.PEOPLE, "m1")
    ops.bus.announce(Change.AGENDA, "m2")
    assert section.loads == 1
    ops.bus.announce(Change.AGENDA, "m1")
    assert section.loads == 2


def test_a_hidden_tab_loads_once_when_shown(qtbot, db: Database) -> None:
    ops = Ops(db)
    tabs = QTabWidget()
    qtbot.addWidget(tabs)
    visible, hidden = CountingSection(ops), CountingSection(ops)
    for section in (visible, hidden):
        section.defer_while_hidden = True
        tabs.addTab(section, section.title())
    tabs.show()
    qtbot.waitExposed(tabs)
    for section in (visible, hidden):
        section.set_meeting("m1")
    for _ in range(3):
        ops.bus.announce(Change.AGENDA, "m1")
    assert (visible.loads, hidden.loads) == (4, 0)
    tabs.setCurrentWidget(hidden)
    assert hidden.loads == 1


def test_a_core_call_shows_a_busy_cursor_and_a_refusal_comes_after_it(qtbot, db: Database, monkeypatch) -> None:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from facilitator.core.errors import UserError

    seen: dict[str, object] = {}

    def refuse() -> None:
        seen["during"] = QApplication.overrideCursor() is not None
        raise UserError("No.")

    monkeypatch.setattr(
        QMessageBox, "warning", lambda *args: seen.setdefault("at_message", QApplication.overrideCursor() is not None)
    )
    assert Ops(db).guarded(refuse) == (False, None)
    assert seen == {"during": True, "at_message": False}
    assert QApplication.overrideCursor() is None
