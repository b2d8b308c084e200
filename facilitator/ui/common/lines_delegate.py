"""Cells of several lines keep every line when the lines are of different heights.

Qt's item painter decides whether a line fits by assuming the next line is as tall as the one it has
just laid out, while the size hint is the sum of the lines' real heights. A line in two scripts (a
Latin name with a Devanagari word) takes the tallest ascent and the deepest descent of both fonts, so
a shorter line after it was cut off (a visit's date under its name) although the row was as tall as
the text. The size hint here asks for the height the painter needs, for whatever fonts the text uses.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from facilitator.ui.common.table_model import Index

LINE_SEPARATOR = "\u2028"


class LinesDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """Qt's own size hint, from one look at the cell's data (Qt's would look again, and a table sized
        to its contents asks for every cell at each reload)."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        style = shown.widget.style() if shown.widget else QApplication.style()
        size = style.sizeFromContents(QStyle.ContentsType.CT_ItemViewItem, shown, QSize(), shown.widget)
        if not shown.text or _one_line(shown):
            return size
        heights = line_heights(shown)
        laid_out = sum(heights)
        painted = max([laid_out, *(sum(heights[: n + 1]) + heights[n] for n in range(len(heights) - 1))])
        size.setHeight(size.height() + math.ceil(painted) - math.ceil(laid_out))
        return size


def _text_width(option: QStyleOptionViewItem) -> tuple[bool, int]:
    """Whether the cell's text wraps, and the width it is laid out in."""
    style = option.widget.style() if option.widget else QApplication.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, option, option.widget) + 1
    wraps = bool(option.features & QStyleOptionViewItem.ViewItemFeature.WrapText) and option.rect.isValid()
    width = option.rect.width() - 2 * margin
    if option.features & QStyleOptionViewItem.ViewItemFeature.HasDecoration:
        width -= option.decorationSize.width() + 2 * margin
    return wraps, width


def _one_line(option: QStyleOptionViewItem) -> bool:
    """A text of one line needs no second look (most cells): only lines after the first can be cut."""
    if "\n" in option.text:
        return False
    wraps, width = _text_width(option)
    return not wraps or QFontMetrics(option.font).horizontalAdvance(option.text) <= width


def line_heights(option: QStyleOptionViewItem) -> list[float]:
    """The heights of the lines the style lays a cell's text out in, each measured with its fonts."""
    wraps, width = _text_width(option)
    text_option = QTextOption()
    text_option.setWrapMode(QTextOption.WrapMode.WordWrap if wraps else QTextOption.WrapMode.ManualWrap)
    layout = QTextLayout(option.text.replace("\n", LINE_SEPARATOR), option.font)
    layout.setTextOption(text_option)
    heights = []
    layout.beginLayout()
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width if wraps else 1_000_000)
        heights.append(line.height())
    layout.endLayout()
    return heights
