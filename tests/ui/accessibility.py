"""Walking a widget's accessibility tree as a screen reader does."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

Role = QAccessible.Role
INTERACTIVE = {
    Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox,
    Role.Slider, Role.List, Role.Table, Role.Tree, Role.PageTab, Role.ButtonMenu, Role.ButtonDropDown,
    Role.ScrollBar, Role.Chart, Role.Graphic,
}  # fmt: skip
SKIPPED = {Role.ScrollBar}  # Qt's own, named by orientation


def walk(interface: QAccessibleInterface, depth: int = 0) -> Iterator[QAccessibleInterface]:
    yield interface
    if depth > 40:
        return
    for index in range(interface.childCount()):
        child = interface.child(index)
        if child is not None and child.isValid():
            yield from walk(child, depth + 1)


def unnamed(root: QWidget) -> list[str]:
    """The interactive things a screen reader would announce without a name, under ``root``."""
    found = []
    for node in walk(QAccessible.queryAccessibleInterface(root)):
        state = node.state()
        if node.role() not in INTERACTIVE or node.role() in SKIPPED or state.invisible or state.offscreen:
            continue
        if not node.text(QAccessible.Text.Name).strip():
            widget = node.object()
            parent = widget.parentWidget() if isinstance(widget, QWidget) else None
            found.append(f"{node.role().name} {type(widget).__name__} in {type(parent).__name__}")
    return found


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits under ``root``, in order, starting from its first."""
    chain: list[QWidget] = []
    widget = root.nextInFocusChain()
    while widget is not root and len(chain) < 1000:
        takes_tab = widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
        if takes_tab and widget.isVisible() and widget.isEnabled() and root.isAncestorOf(widget):
            if widget in chain:
                break
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def out_of_reading_order(root: QWidget) -> list[str]:
    """Tab steps between neighbours of one panel that go back up or left on the screen."""
    wrong = []
    chain = tab_chain(root)
    for before, after in pairwise(chain):
        if before.parentWidget() is not after.parentWidget():
            continue
        a, b = before.mapTo(root, QPoint(0, 0)), after.mapTo(root, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) < max(8, before.height() // 2)
        if (same_row and b.x() < a.x()) or (not same_row and b.y() < a.y()):
            wrong.append(
                f"{type(before).__name__} {before.objectName()} -> {type(after).__name__} {after.objectName()}"
            )
    return wrong
