"""Window sizes that start from the screen the window opens on, not from a fixed size.

Field laptops are mostly 1366×768 or 1280×720: a window opened larger than the available area puts its
close button off-screen.  A remembered geometry is kept only if it still fits the screen it is shown on
(the laptop may now be a smaller one).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1400, 860)
SIDE_PANEL_SHARE = 0.24  # of the window's width, for the list beside the workspace
SIDE_PANEL_MIN, SIDE_PANEL_MAX = 260, 420


def available_area(widget: QWidget) -> QRect:
    """The part of the widget's screen not taken by task bars and docks."""
    screen = widget.screen()
    return screen.availableGeometry()


def first_geometry(available: QRect, preferred: QSize = PREFERRED) -> tuple[QRect, bool]:
    """Where a window without remembered geometry opens, and whether it should open maximised: the
    preferred size centred on a screen that has room for it, else the whole available area."""
    if preferred.width() <= available.width() and preferred.height() <= available.height():
        rect = QRect(0, 0, preferred.width(), preferred.height())
        rect.moveCenter(available.center())
        return rect, False
    return QRect(available), True


def fits(frame: QRect, available: QRect) -> bool:
    """Whether a window's frame lies within the available area (a remembered place on another screen
    or a larger monitor does not)."""
    return available.contains(frame)


def place_window(window: QWidget, remembered: bool) -> None:
    """Size a window for its screen: keep a remembered geometry that fits, else open as
    :func:`first_geometry` says."""
    available = available_area(window)
    if remembered and window.isMaximized():
        window.setGeometry(available)  # what maximised means here, should no window manager do it
        return
    if remembered and fits(window.frameGeometry(), available):
        return
    rect, maximise = first_geometry(available)
    window.setGeometry(rect)
    if maximise:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)


def side_panel_width(window_width: int) -> int:
    """The meetings list's first width: a quarter of the window, within sensible bounds."""
    return max(SIDE_PANEL_MIN, min(SIDE_PANEL_MAX, int(window_width * SIDE_PANEL_SHARE)))
