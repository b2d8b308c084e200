"""A bar per stakeholder group: who attended, who is confirmed, who is only invited, and who is missing.

Painted with QPainter so it needs no chart library.  The bars use one mid-tone colour per status with
the palette's own text colour beside them, so the chart reads on light and dark palettes alike.
"""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QPalette, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

STATUS_COLOURS = {
    "attended": QColor("#2E7D32"),
    "confirmed": QColor("#43A047"),
    "invited": QColor("#9CCC65"),
}
MISSING_COLOUR = QColor("#E53935")
ROW_HEIGHT = 22
LABEL_WIDTH = 190


class Bar(Struct, frozen=True):
    """One group's bar in the composition chart: its people by status."""

    label: str
    counts: dict[str, int]  # status -> people
    required: bool = False
    heard_through: str = ""  # "proxy" or "representative" when nobody of the group is there

    @property
    def total(self) -> int:
        return sum(self.counts.get(status, 0) for status in STATUS_COLOURS)


class CompositionChart(QWidget):
    """Attendance per group, stacked by status; required groups with nobody are marked in red."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Composition per stakeholder group"))

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setMinimumHeight(self.heightForWidth(self.width()))
        self.updateGeometry()
        self.update()
        self.setToolTip(self.summary())
        self.setAccessibleDescription(self.summary())

    def summary(self) -> str:
        """The chart in words, for the tooltip and screen readers."""
        return "\n".join(f"{bar.label}: {bar.total}" for bar in self.bars)

    def legend(self) -> list[tuple[str, QColor]]:
        return [
            (self.tr("Attended"), STATUS_COLOURS["attended"]),
            (self.tr("Confirmed"), STATUS_COLOURS["confirmed"]),
            (self.tr("Invited"), STATUS_COLOURS["invited"]),
            (self.tr("* required; red when nobody is there"), MISSING_COLOUR),
        ]

    def legend_places(self, width: int) -> list[QPointF]:
        """Where each legend entry starts: side by side while they fit the width, then on the next row,
        so no entry is cut however narrow the side panel or long the translation."""
        metrics = QFontMetrics(self.font())
        places, x, y = [], 4.0, 0.0
        for name, _colour in self.legend():
            needed = metrics.horizontalAdvance(name) + 34
            if x > 4.0 and x + needed > width:
                x, y = 4.0, y + ROW_HEIGHT
            places.append(QPointF(x, y))
            x += needed
        return places

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        legend_rows = self.legend_places(width)[-1].y() / ROW_HEIGHT + 1
        return int((len(self.bars) + 0.5 + legend_rows) * ROW_HEIGHT + 8)

    def sizeHint(self) -> QSize:
        return QSize(360, self.heightForWidth(360))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.setMinimumHeight(self.heightForWidth(event.size().width()))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        width = self.width()
        most = max((bar.total for bar in self.bars), default=0) or 1
        label_width = min(LABEL_WIDTH, width // 2)
        bar_space = max(40, width - label_width - 40)
        scale = bar_space / most
        for row, bar in enumerate(self.bars):
            top = row * ROW_HEIGHT + 4
            painter.setPen(MISSING_COLOUR if bar.required and not bar.total else text)
            label = bar.label + (" *" if bar.required else "")
            painter.drawText(QRectF(0, top, label_width - 8, ROW_HEIGHT), Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            x = float(label_width)
            for status, colour in STATUS_COLOURS.items():
                count = bar.counts.get(status, 0)
                if count:
                    painter.fillRect(QRectF(x, top + 3, count * scale, ROW_HEIGHT - 6), colour)
                    x += count * scale
            painter.setPen(MISSING_COLOUR if bar.required and not bar.total else text)
            note = str(bar.total)
            if bar.required and not bar.total:
                note = {"proxy": self.tr("proxy only"), "representative": self.tr("through a representative")}.get(
                    bar.heard_through, self.tr("missing")
                )
            painter.drawText(QRectF(x + 6, top, max(120.0, width - x - 6), ROW_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
                             note)  # fmt: skip
        self._paint_legend(painter, (len(self.bars) + 0.5) * ROW_HEIGHT + 4, text)
        painter.end()

    def _paint_legend(self, painter: QPainter, top: float, text: QColor) -> None:
        metrics = painter.fontMetrics()
        for place, (name, colour) in zip(self.legend_places(self.width()), self.legend(), strict=True):
            x, y = place.x(), top + place.y()
            painter.fillRect(QRectF(x, y + 6, 12, 12), colour)
            painter.setPen(text)
            painter.drawText(QRectF(x + 16, y, metrics.horizontalAdvance(name) + 4, ROW_HEIGHT),
                             Qt.AlignmentFlag.AlignVCenter, name)  # fmt: skip
