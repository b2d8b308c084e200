"""Colours shared by the sections: text that reads on any swatch, and the tints of outcomes.

Outcome tints are translucent: the text keeps the palette's own colour and stays legible on light and
dark palettes.
"""

from __future__ import annotations

from PySide6.QtGui import QColor


def text_on(background: str) -> str:
    """Black or white, whichever reads better on ``background``."""
    colour = QColor(background)
    luminance = 0.2126 * colour.redF() + 0.7152 * colour.greenF() + 0.0722 * colour.blueF()
    return "#000000" if luminance > 0.5 else "#FFFFFF"


def swatch(background: str) -> str:
    """A style sheet fragment: the background and the text colour that reads on it."""
    return f"background-color: {background}; color: {text_on(background)};"


# Text that needs acting on: an overdue date, a finding at risk, a caution in a form.
WARNING = QColor("#b3261e")

# pass, fail, warning and advice of a check or an import row; a declined invitation
STATUS_TINTS = {
    "pass": QColor(67, 160, 71, 70),
    "fail": QColor(229, 57, 53, 90),
    "warning": QColor(251, 140, 0, 80),
    "advice": QColor(30, 136, 229, 60),
    "not_yet": QColor(158, 158, 158, 50),
    "declined": QColor(158, 158, 158, 70),
}
