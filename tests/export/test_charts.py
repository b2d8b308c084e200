"""The bar charts of the minutes: a bar's figure is never struck through by its reference tick."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from reportlab.platypus import SimpleDocTemplate

from facilitator.export.pdf.charts import Bar, BarChart, value_position


def test_the_figure_steps_past_a_tick_that_would_run_through_it() -> None:
    assert value_position(100, None, 20) == 103
    assert value_position(100, 160, 20) == 103  # the tick is well past the figure
    assert value_position(100, 95, 20) == 103  # the bar passed its reference
    assert value_position(100, 110, 20) == 113  # just under the expected share: written after the tick
    assert value_position(100, 125, 20) == 128  # the tick at the figure's end still touches it


def test_a_chart_of_shares_just_under_their_expected_ones_writes_every_figure(tmp_path: Path) -> None:
    rows = [Bar("Workers", 0.18, 0.20), Bar("महिला श्रमिक", 0.09, 0.10, flag=True), Bar("Buyers", 0.40, 0.15)]
    path = tmp_path / "chart.pdf"
    SimpleDocTemplate(str(path)).build([BarChart(rows, 400, legend=("Share of speaking", "Expected"))])
    text = PdfReader(path).pages[0].extract_text()
    assert all(figure in text for figure in ("18%", "9%", "40%", "Expected"))
