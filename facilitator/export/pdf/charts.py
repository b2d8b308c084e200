"""Horizontal bar charts drawn with the document's own fonts, so labels in any script are real, shaped text.

One bar per row: its value as a filled bar, an optional reference (an expected share) as a tick across
it, and the value written at the bar's end.  Rows marked ``flag`` are drawn in the warning colour.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from msgspec import Struct
from reportlab.lib import colors
from reportlab.platypus import Flowable

from facilitator.export.pdf import canvas_text
from facilitator.export.pdf.styles import GREY, INK, RULE

WARN = colors.HexColor("#B0413E")
BAR_FILL = colors.HexColor("#5B8DB8")


class Bar(Struct, frozen=True):
    label: str
    value: float
    reference: float | None = None
    flag: bool = False
    text: str = ""  # what is written at the bar's end; by default the chart's value format


def value_position(bar_end: float, tick: float | None, text_width: float) -> float:
    """Where a bar's value is written: just past the bar, or past the reference tick when the tick would
    run through the figure (a share just under its expected one)."""
    at = bar_end + 3
    if tick is not None and at - 2 <= tick <= at + text_width + 2:
        return tick + 3
    return at


class BarChart(Flowable):
    """Bars of ``rows`` on a common scale; ``legend`` names the bar and the reference tick."""

    def __init__(
        self,
        rows: Sequence[Bar],
        width: float,
        value_format: Callable[[float], str] = "{:.0%}".format,
        legend: tuple[str, str] = ("", ""),
        scale: float | None = None,
        size: float = 7.5,
    ) -> None:
        super().__init__()
        self.rows, self.chart_width, self.value_format = list(rows), width, value_format
        self.legend, self.size = legend, size
        peak = max([row.value for row in rows] + [row.reference or 0.0 for row in rows] + [1e-9])
        self.scale = scale or peak
        self.row_height = size * 2.1
        self.label_width = min(width * 0.38, max([canvas_text.width(row.label, size) for row in rows] + [0.0]) + 6)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        legend = self.row_height if any(self.legend) else 0.0
        return self.chart_width, self.row_height * len(self.rows) + legend + 4

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        plot_left = self.label_width
        plot_width = self.chart_width - plot_left - canvas_text.width("100%  ", size) - 4
        height = self.row_height * len(self.rows)
        top = height + (self.row_height if any(self.legend) else 0.0)
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(plot_left, top - height, plot_left, top)
        for number, row in enumerate(self.rows):
            y = top - (number + 1) * self.row_height
            canvas.setFillColor(INK)
            label = canvas_text.fit(row.label, size, self.label_width - 6)
            canvas_text.draw(canvas, plot_left - 4, y + self.row_height * 0.32, label, size, align="right")
            length = plot_width * min(1.0, row.value / self.scale)
            canvas.setFillColor(WARN if row.flag else BAR_FILL)
            canvas.rect(plot_left, y + self.row_height * 0.2, length, self.row_height * 0.6, stroke=0, fill=1)
            tick = None
            if row.reference is not None:
                tick = plot_left + plot_width * min(1.0, row.reference / self.scale)
                canvas.setStrokeColor(INK)
                canvas.setLineWidth(1.2)
                canvas.line(tick, y + self.row_height * 0.08, tick, y + self.row_height * 0.92)
            canvas.setFillColor(WARN if row.flag else GREY)
            text = row.text or self.value_format(row.value)
            at = value_position(plot_left + length, tick, canvas_text.width(text, size))
            canvas_text.draw(canvas, at, y + self.row_height * 0.32, text, size)
        if any(self.legend):
            self._legend(canvas, plot_left, top - height - self.row_height + 2)
        canvas.restoreState()

    def _legend(self, canvas: object, x: float, y: float) -> None:
        bar_label, reference_label = self.legend
        size = self.size * 0.95
        if bar_label:
            canvas.setFillColor(BAR_FILL)
            canvas.rect(x, y + 1, 10, 5, stroke=0, fill=1)
            canvas.setFillColor(GREY)
            x += 14 + canvas_text.draw(canvas, x + 14, y + 1, bar_label, size) + 12
        if reference_label:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1.2)
            canvas.line(x + 3, y - 1, x + 3, y + 8)
            canvas.setFillColor(GREY)
            canvas_text.draw(canvas, x + 9, y + 1, reference_label, size)
