"""The agenda as a timeline: one row per day on a shared clock, one bar per item sized by its duration.

Bars are coloured by kind; parallel breakout tracks sit in lanes under each other; a fixed-time item
is marked by a red line at its time; the day's end is a dashed line with the overrun past it tinted.
Clicking a bar selects that item in the table.
"""

from __future__ import annotations

from msgspec import Struct
from PySide6.QtCore import QDate, QEvent, QLocale, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import kind_label
from facilitator.core.agenda.timing import format_clock
from facilitator.ui.agenda.style import FIXED_COLOUR, WARNING_TINT, kind_colour
from facilitator.ui.common.accessibility import describe
from facilitator.ui.common.style import text_on

LABEL_WIDTH = 86
AXIS_HEIGHT = 20
LANE_HEIGHT = 26
DAY_GAP = 8
MIN_SPAN = 4 * 60


class Bar(Struct, frozen=True):
    """One agenda item drawn on the timeline, in its lane among parallel items."""

    item_id: str
    title: str
    kind: str
    day: int
    start: int
    end: int
    lane: int
    lanes: int
    fixed: bool


class Timeline(QWidget):
    item_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.days: list[tuple[int, str, int, int, int]] = []  # day, label, starts, ends, lanes
        self.selected_id: str | None = None
        self._first, self._last = 8 * 60, 18 * 60
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        describe(self, self.tr("Agenda timeline"))

    # -- data --------------------------------------------------------------------------------------

    def set_agenda(self, agenda: Agenda | None) -> None:
        self.bars, self.days = [], []
        if agenda is not None and agenda.items:
            self._lay_out(agenda)
        self.setAccessibleDescription(self.summary())
        self.updateGeometry()
        self.update()

    def summary(self) -> str:
        """The timeline in words, for a screen reader: "Day 1: 09:00–09:27 Welcome; …"."""
        days = []
        for day, label, *_ in self.days:
            bars = sorted((bar for bar in self.bars if bar.day == day), key=lambda bar: (bar.start, bar.lane))
            items = "; ".join(f"{bar.start // 60:02d}:{bar.start % 60:02d}–{bar.end // 60:02d}:{bar.end % 60:02d} "
                              f"{bar.title}" for bar in bars)  # fmt: skip
            days.append(f"{label.replace(chr(10), ' ')}: {items}")
        return "\n".join(days) or self.tr("No agenda items yet")

    def _lay_out(self, agenda: Agenda) -> None:
        timing = agenda.timing
        slots = timing.by_id()
        tracks_in_block: dict[int, list[str]] = {}
        for slot in timing.slots:
            if slot.block is not None and slot.track not in tracks_in_block.setdefault(slot.block, []):
                tracks_in_block[slot.block].append(slot.track)
        lanes_by_day: dict[int, int] = {}
        clashing_days = {slot.day for slot in timing.slots if slot.runs_into_fixed}
        for slot in timing.slots:
            lanes = len(tracks_in_block[slot.block]) if slot.block is not None else 1
            lanes_by_day[slot.day] = max(lanes_by_day.get(slot.day, 1), lanes, 2 if slot.day in clashing_days else 1)
        for item in agenda.items:
            slot = slots[item.id]
            block = tracks_in_block.get(slot.block, []) if slot.block is not None else []
            if block:
                lane, lanes = block.index(slot.track), len(block)
            elif slot.day in clashing_days:
                # Items that run into a fixed time drop to a lower lane, so the clash shows as an overlap.
                lane, lanes = (1 if slot.runs_into_fixed else 0), 2
            else:
                lane, lanes = 0, 1
            self.bars.append(
                Bar(item.id, item.title, item.kind, slot.day, slot.start, slot.end, lane, lanes, bool(item.fixed_start))
            )
        for day in sorted(lanes_by_day):
            hours = timing.days[day]
            on = QLocale().toString(QDate(hours.date.year, hours.date.month, hours.date.day), "d MMM")
            label = self.tr("Day {0}").format(day + 1) + f"\n{on}"
            ends = hours.starts if hours.after_meeting else hours.ends  # a day past the meeting is all overrun
            self.days.append((day, label, hours.starts, ends, lanes_by_day[day]))
        first = min(min(d[2] for d in self.days), min(b.start for b in self.bars))
        last = max(max(d[3] for d in self.days), max(b.end for b in self.bars))
        self._first = first // 60 * 60
        self._last = max(-(-last // 60) * 60, self._first + MIN_SPAN)

    # -- geometry ----------------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        rows = sum(self._day_height(lanes) + DAY_GAP for *_, lanes in self.days) or LANE_HEIGHT
        return QSize(600, AXIS_HEIGHT + rows + 4)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def _day_height(self, lanes: int) -> int:
        """Room for the day's lanes, and at least for its two-line label."""
        return max(lanes * LANE_HEIGHT, 2 * self.fontMetrics().lineSpacing() + 4)

    def _x(self, minutes: int) -> float:
        width = max(1, self.width() - LABEL_WIDTH - 24)
        return LABEL_WIDTH + (minutes - self._first) * width / (self._last - self._first)

    def _day_top(self) -> dict[int, float]:
        tops, y = {}, float(AXIS_HEIGHT)
        for day, *_rest, lanes in self.days:
            tops[day] = y
            y += self._day_height(lanes) + DAY_GAP
        return tops

    def _rect(self, bar: Bar, tops: dict[int, float], day_lanes: int) -> QRectF:
        height = self._day_height(day_lanes) / bar.lanes
        top = tops[bar.day] + bar.lane * height
        left, right = self._x(bar.start), self._x(bar.end)
        return QRectF(left, top + 1, max(2.0, right - left), height - 2)

    def bar_rects(self) -> list[tuple[Bar, QRectF]]:
        tops = self._day_top()
        lanes = {day: day_lanes for day, *_rest, day_lanes in self.days}
        return [(bar, self._rect(bar, tops, lanes[bar.day])) for bar in self.bars]

    def bar_at(self, point: QPointF) -> Bar | None:
        return next((bar for bar, rect in self.bar_rects() if rect.contains(point)), None)

    # -- painting ----------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        if not self.days:
            painter.setPen(text)
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No agenda items yet."))
            return
        self._paint_axis(painter, text)
        tops = self._day_top()
        for day, label, _starts, _ends, lanes in self.days:
            top, height = tops[day], self._day_height(lanes)
            painter.setPen(text)
            painter.drawText(QRectF(0, top, LABEL_WIDTH - 6, height), Qt.AlignmentFlag.AlignVCenter, label)
        for bar, rect in self.bar_rects():
            self._paint_bar(painter, bar, rect, palette)
        for day, _label, _starts, ends, lanes in self.days:
            top, height = tops[day], self._day_height(lanes)
            # The overrun is tinted over the bars, so it shows however full the day is.
            overrun_right = max((b.end for b in self.bars if b.day == day), default=ends)
            if overrun_right > ends:
                left = self._x(ends)
                band = QRectF(left, top, self._x(overrun_right) - left, height)
                painter.fillRect(band, WARNING_TINT)
                painter.fillRect(QRectF(band.left(), band.bottom(), band.width(), 4), QColor(FIXED_COLOUR))
            painter.setPen(QPen(text, 1, Qt.PenStyle.DashLine))
            painter.drawLine(QPointF(self._x(ends), top - 2), QPointF(self._x(ends), top + height + 2))
        for bar, rect in self.bar_rects():
            if bar.fixed:
                self._paint_fixed(painter, rect)

    def hour_labels(self) -> list[tuple[int, str]]:
        """The axis' hours; past midnight they keep counting (25:00), as the agenda's times do."""
        return [(minutes, format_clock(minutes)) for minutes in range(self._first, self._last + 1, 60)]

    def _paint_axis(self, painter: QPainter, text: QColor) -> None:
        painter.setPen(text)
        grid = QColor(text)
        grid.setAlpha(40)
        bottom = self.height()
        for minutes, label in self.hour_labels():
            x = self._x(minutes)
            painter.setPen(text)
            painter.drawText(QRectF(x - 30, 0, 60, AXIS_HEIGHT - 4), Qt.AlignmentFlag.AlignCenter, label)
            painter.setPen(grid)
            painter.drawLine(QPointF(x, AXIS_HEIGHT - 2), QPointF(x, bottom))

    def _paint_bar(self, painter: QPainter, bar: Bar, rect: QRectF, palette: QPalette) -> None:
        colour = kind_colour(bar.kind)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Window), 1))
        painter.setBrush(colour)
        painter.drawRoundedRect(rect, 3, 3)
        if bar.item_id == self.selected_id:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-1, -1, 1, 1), 3, 3)
        if rect.width() > 24:
            painter.setPen(QColor(text_on(colour.name())))
            elided = painter.fontMetrics().elidedText(bar.title, Qt.TextElideMode.ElideRight, int(rect.width() - 6))
            painter.drawText(rect.adjusted(3, 0, -3, 0), Qt.AlignmentFlag.AlignVCenter, elided)

    def _paint_fixed(self, painter: QPainter, rect: QRectF) -> None:
        colour = QColor(FIXED_COLOUR)
        painter.setPen(QPen(colour, 2))
        painter.drawLine(QPointF(rect.left(), rect.top() - 3), QPointF(rect.left(), rect.bottom() + 3))
        painter.setBrush(colour)
        x, y = rect.left(), rect.top() - 3
        painter.drawPolygon(QPolygonF([QPointF(x - 5, y - 6), QPointF(x + 5, y - 6), QPointF(x, y)]))

    # -- interaction -------------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position())
        if bar is not None:
            self.item_clicked.emit(bar.item_id)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            bar = self.bar_at(QPointF(event.pos()))
            if bar is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(
                    event.globalPos(),
                    f"{format_clock(bar.start)}–{format_clock(bar.end)}  {bar.title}\n{kind_label(bar.kind)}",
                    self,
                )
            return True
        return super().event(event)
