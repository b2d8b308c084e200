"""Colour helpers shared by the agenda, the live screen and the charts: text that reads on any swatch."""

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
