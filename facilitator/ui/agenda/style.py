"""Colours of agenda kinds, shared by the table and the timeline.

Pauses are grey, talk the participants do is green or orange (breakouts and caucuses), talk they
listen to is blue or violet.  Each colour is mid-tone so a bar reads on light and dark palettes, and
its text colour is chosen by luminance (:func:`facilitator.ui.live.style.text_on`).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

KIND_COLOURS = {
    "welcome": "#5C6BC0",
    "introductions": "#7E57C2",
    "presentation": "#1E88E5",
    "plenary": "#2E7D32",
    "breakout": "#EF6C00",
    "break": "#9E9E9E",
    "meal": "#757575",
    "debrief": "#00897B",
    "action_planning": "#558B2F",
    "closing": "#5E35B1",
}
OTHER_KIND_COLOUR = "#607D8B"
# Problems are marked with a translucent tint, so the row's text keeps the palette's own colour.
WARNING_TINT = QColor(229, 57, 53, 70)
FIXED_COLOUR = "#C62828"


def kind_colour(kind: str) -> QColor:
    return QColor(KIND_COLOURS.get(kind, OTHER_KIND_COLOUR))
