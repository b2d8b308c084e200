"""No accidental edits: a combo box, spin box or slider turns with the mouse wheel only once it has focus.

Scrolling down a form with the wheel must scroll the form, not turn "Confirmed" into "Declined" on the
way past.  The application's style does it for every such editor, in every section and dialog: Qt asks
the style to polish each widget once, before it is first shown, and the style then gives each editor
focus by click or Tab only (not by the wheel) and a filter that passes a wheel over it on to whatever
encloses it, so the panel scrolls, unless the user gave the editor focus (a dialog that focuses its
first combo as it opens does not count).  Scroll bars keep their wheel.

A filter on the whole application would see every event of every widget, and each such call into
Python costs: building the sections at start-up alone sends thirteen thousand, which took a third of
their time.  Polishing happens once per widget, and the filter sees only the editors' own events.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QProxyStyle,
    QScrollBar,
    QStyle,
    QWidget,
)

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)
STYLE = "Fusion"  # it follows the system's light or dark colour scheme on every platform


def guarded(widget: QObject) -> bool:
    """Whether the wheel must not change ``widget`` unless it has focus."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


# Focus that comes with a window (a dialog focusing its first combo as it opens, a window coming back to the
# front) or a popup closing is not the user choosing the editor: it leaves the editor as it was before.
# Any other focus (a click, Tab, a shortcut, a table opening its cell's editor) is a choice.
KEPT = (Qt.FocusReason.ActiveWindowFocusReason, Qt.FocusReason.PopupFocusReason)
_CHOSEN_PROPERTY = "wheelGuardChosen"


class _WheelWithoutFocus(QObject):
    """Installed on each guarded editor: a wheel over it goes on to its parents unless the user gave it
    focus."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Wheel:
            if watched.hasFocus() and watched.property(_CHOSEN_PROPERTY):  # type: ignore[attr-defined]
                return False
            event.ignore()  # not handled here: Qt hands the wheel on to the enclosing widget
            return True
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut) and event.reason() not in KEPT:  # type: ignore[attr-defined]
            watched.setProperty(_CHOSEN_PROPERTY, kind == QEvent.Type.FocusIn)
        return False


class WheelGuardStyle(QProxyStyle):
    """The application's style, which guards each editor as Qt polishes it."""

    def __init__(self, base: str = STYLE) -> None:
        super().__init__(base)
        self._filter = _WheelWithoutFocus(self)

    def polish(self, target):  # type: ignore[no-untyped-def,override]  # one override for Qt's three
        polished = super().polish(target)
        if isinstance(target, QWidget) and guarded(target):
            if target.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            target.installEventFilter(self._filter)
        return polished

    def unpolish(self, target):  # type: ignore[no-untyped-def,override]
        if isinstance(target, QWidget):
            target.removeEventFilter(self._filter)
        return super().unpolish(target)


def install(app: QApplication) -> QStyle:
    """Give ``app`` the guarding style (once; the tests' application exists before the window's code)."""
    if not isinstance(app.style(), WheelGuardStyle):
        app.setStyle(WheelGuardStyle())
    return app.style()
