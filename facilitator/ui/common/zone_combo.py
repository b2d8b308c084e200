"""The time-zone picker of meetings and visits: every IANA zone, to choose or to type."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from facilitator.core.zones import zone_names


def zone_combo(zone: str) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(zone_names())
    show_zone(combo, zone)
    return combo


def show_zone(combo: QComboBox, zone: str) -> None:
    """Show ``zone`` as the chosen entry, so that the arrow keys and the wheel move on from it; an editable
    combo given only its text would still stand on its first entry, and one key press chose Africa/Abidjan's
    neighbour and saved it.  A zone not in the list stays as typed."""
    index = combo.findText(zone, Qt.MatchFlag.MatchExactly)
    if index >= 0:
        combo.setCurrentIndex(index)
    combo.setEditText(zone)
