"""The agenda table model read without a window: times, planned next to effective, warnings, edits, drops."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.ui.agenda import model as columns
from facilitator.ui.agenda.model import AgendaModel


def model_for(db: Database, edits: list | None = None, moves: list | None = None) -> AgendaModel:
    def on_edit(item_id: str, changes: dict[str, Any]) -> bool:
        (edits if edits is not None else []).append((item_id, changes))
        return True

    model = AgendaModel(on_edit, lambda item_id, row: (moves if moves is not None else []).append((item_id, row)))
    model.set_agenda(agenda.load(db, MEETING_ID))
    return model


def cell(model: AgendaModel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
    return model.index(row, column).data(role)


def test_rows_show_computed_times_and_planned_next_to_effective(demo_db: Database) -> None:
    model = model_for(demo_db)
    assert model.rowCount() == 11
    row = [cell(model, 0, column) for column in range(model.columnCount())]
    assert row[: columns.INTERPRETATION + 1] == [
        "1",
        "09:00",
        "09:20",
        "Welcome and ground rules",
        "Welcome",
        "10 min",
        "20 min",
        "Consecutive",
    ]
    assert cell(model, 2, columns.RISKS) == "Silica dust, Water and sanitation, Wages"
    assert cell(model, 3, columns.INTERPRETATION) == ""  # the tea break is not interpreted


def test_late_items_are_tinted_and_explained(demo_db: Database) -> None:
    agenda.update(demo_db, demo_id("agenda/9"), planned_minutes=90)  # action planning runs long
    model = model_for(demo_db)
    assert cell(model, 0, columns.END, Qt.ItemDataRole.BackgroundRole) is None
    assert cell(model, 10, columns.END, Qt.ItemDataRole.BackgroundRole) is not None
    assert "Ends after the day's end time." in cell(model, 10, columns.TITLE, Qt.ItemDataRole.ToolTipRole)


def test_only_item_fields_are_editable_and_edits_go_through_the_callback(demo_db: Database) -> None:
    edits: list = []
    model = model_for(demo_db, edits=edits)
    assert not model.flags(model.index(0, columns.START)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, columns.PLANNED)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, columns.PLANNED), 25)
    assert model.setData(model.index(0, columns.DAY), 2)
    assert not model.setData(model.index(0, columns.TITLE), "Welcome and ground rules")  # unchanged: no edit
    assert edits == [(demo_id("agenda/0"), {"planned_minutes": 25}), (demo_id("agenda/0"), {"day": 1})]


def test_a_drop_asks_to_move_the_dragged_item_before_the_target_row(demo_db: Database) -> None:
    moves: list = []
    model = model_for(demo_db, moves=moves)
    data = model.mimeData([model.index(4, columns.TITLE)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 1, 0, QModelIndex()) is False
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, 0, model.index(7, 0)) is False
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, QModelIndex())
    assert moves == [(demo_id("agenda/4"), 1), (demo_id("agenda/4"), 7), (demo_id("agenda/4"), 11)]
