"""Names for a screen reader: what a sighted user reads beside a field, said for those who cannot see it.

Qt names a field from the label whose buddy it is; a search box known only by its grey placeholder, or
the text part of an editable combo box, has no such label.  :func:`name_fields` gives them the words on
screen.  Views and painted widgets are named where they are made, with :func:`describe`, which also
gives a painted widget its value in words (what a bar chart or a timeline shows).
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget


def describe(widget: QWidget, name: str, value: str = "") -> None:
    """The accessible name of ``widget``, and its value in words where it has one."""
    widget.setAccessibleName(name)
    if value:
        widget.setAccessibleDescription(value)


def _spoken_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def name_fields(root: QWidget) -> None:
    """Give every text field under ``root`` that has no name the words a sighted user reads for it: an
    editable combo box's own name (its label), else the field's placeholder."""
    for combo in root.findChildren(QComboBox):
        field = combo.lineEdit()
        if field is None:
            continue
        if not _spoken_name(combo) and field.placeholderText():
            combo.setAccessibleName(field.placeholderText())
        if not field.accessibleName():
            field.setAccessibleName(_spoken_name(combo) or field.placeholderText())
    for field in root.findChildren(QLineEdit):
        if not _spoken_name(field) and field.placeholderText():
            field.setAccessibleName(field.placeholderText())
