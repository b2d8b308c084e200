"""Two versions of a text side by side, with what only one of them has highlighted (``difflib``)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QTextBrowser, QWidget

from facilitator.sync.word_diff import word_changes

# Light tints with black text on them, legible whatever the palette around them.
ONLY_SHOWN = "#f6c6c4"  # in the text shown now, not in the other version
ONLY_OTHER = "#c7e8c8"  # in the other version only


def _mark(text: str, colour: str) -> str:
    escaped = html.escape(text)
    return f'<span style="background-color: {colour}; color: #000000">{escaped}</span>' if text.strip() else escaped


def marked_versions(shown: str, other: str) -> tuple[str, str]:
    """The HTML of both versions, compared word by word: the words only one version has are marked."""
    shown_html, other_html = [], []
    for same, mine, theirs in word_changes(shown, other):
        shown_html.append(html.escape(mine) if same else _mark(mine, ONLY_SHOWN))
        other_html.append(html.escape(theirs) if same else _mark(theirs, ONLY_OTHER))
    return tuple(f'<div style="white-space: pre-wrap">{"".join(part)}</div>' for part in (shown_html, other_html))


class VersionView(QTextBrowser):
    """One side of the comparison: read-only, wrapped, selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumHeight(120)
