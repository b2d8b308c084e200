"""Two versions of a text side by side, with what only one of them has highlighted (``difflib``)."""

from __future__ import annotations

import difflib
import html
import re

from PySide6.QtWidgets import QTextBrowser, QWidget

# Light tints with black text on them, legible whatever the palette around them.
ONLY_SHOWN = "#f6c6c4"  # in the text shown now, not in the other version
ONLY_OTHER = "#c7e8c8"  # in the other version only
_TOKEN = re.compile(r"\s+|\w+|[^\w\s]")  # spaces, words, and each punctuation mark on its own


def _mark(text: str, colour: str) -> str:
    escaped = html.escape(text)
    return f'<span style="background-color: {colour}; color: #000000">{escaped}</span>' if text.strip() else escaped


def marked_versions(shown: str, other: str) -> tuple[str, str]:
    """The HTML of both versions, compared word by word: the words only one version has are marked."""
    left, right = _TOKEN.findall(shown), _TOKEN.findall(other)
    shown_html, other_html = [], []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, left, right, autojunk=False).get_opcodes():
        a, b = "".join(left[i1:i2]), "".join(right[j1:j2])
        if tag == "equal":
            shown_html.append(html.escape(a))
            other_html.append(html.escape(b))
        else:
            shown_html.append(_mark(a, ONLY_SHOWN))
            other_html.append(_mark(b, ONLY_OTHER))
    return tuple(f'<div style="white-space: pre-wrap">{"".join(part)}</div>' for part in (shown_html, other_html))


class VersionView(QTextBrowser):
    """One side of the comparison: read-only, wrapped, selectable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setMinimumHeight(120)
