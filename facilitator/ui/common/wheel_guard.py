"""No accidental edits: a combo box, spin box or slider turns with the mouse wheel only once it has focus.

Scrolling down a form with the wheel must scroll the form, not turn "Confirmed" into "Declined" on the
way past.  One filter on the application does it for every such editor, in every section and dialog:
it gives them focus by click or Tab only (not by the wheel), and passes a wheel over an editor without
focus on to whatever encloses it, so the panel scrolls.  Scroll bars keep their wheel.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QScrollBar, QWidget

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)


def guarded(widget: QObject) -> bool:
    """Whether the wheel must not change ``widget`` unless it has focus."""
    return isinstance(widget, GUARDED) and not isinstance(widget, QScrollBar)


class WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the application passes here: most are for other widgets, so that is asked first
        # (reading the event's type makes a Python enum, which costs more).
        if not guarded(watched):
            return False
        kind = event.type()
        if kind == QEvent.Type.Polish:
            widget: QWidget = watched  # type: ignore[assignment]
            if widget.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        elif kind == QEvent.Type.Wheel and not watched.hasFocus():  # type: ignore[attr-defined]
            event.ignore()  # not handled here: Qt hands the wheel on to the enclosing widget
            return True
        return False


def install(app: QApplication) -> WheelGuard:
    """Install the guard once on ``app`` (the tests' application exists before the window's code runs)."""
    existing = app.findChild(WheelGuard)
    if existing is not None:
        return existing
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard
