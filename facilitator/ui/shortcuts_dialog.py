"""Help ▸ Keyboard shortcuts: every action of the window that has a key, found at run time, so the list
can never drift from what the keys really do.  Section actions only work while their section is shown,
so each row names where it works."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitator.ui.common.section import Section


@dataclass(frozen=True)
class Shortcut:
    name: str
    keys: tuple[str, ...]
    section: Section | None  # None: anywhere in the window


def _section_of(obj: QObject | None) -> Section | None:
    while obj is not None and not isinstance(obj, Section):
        obj = obj.parent()
    return obj


def shortcuts(window: QWidget) -> list[Shortcut]:
    """Every action under ``window`` with a key, once each, sorted by where it works and its name."""
    found: dict[tuple[str, tuple[str, ...], int], Shortcut] = {}
    for action in window.findChildren(QAction):
        keys = tuple(seq.toString(QKeySequence.SequenceFormat.NativeText) for seq in action.shortcuts())
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()
        if keys and name:
            section = _section_of(action.parent())
            found[(name, keys, id(section))] = Shortcut(name, keys, section)
    return sorted(
        found.values(), key=lambda s: (s.section is not None, s.section.title() if s.section else "", s.name.casefold())
    )


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcuts(window)
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        for row, shortcut in enumerate(rows):
            where = shortcut.section.title() if shortcut.section else self.tr("Everywhere")
            for column, text in enumerate((where, shortcut.name, ", ".join(shortcut.keys))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(620, 600)
