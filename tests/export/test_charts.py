"""The bar charts of the minutes: a bar's figure is never struck through by its reference tick."""

from __future__ import annotations

from facilitator.export.pdf.charts import value_position


def test_the_figure_steps_past_a_tick_that_would_run_through_it() -> None:
    assert value_position(100, None, 20) == 103
    assert value_position(100, 160, 20) == 103  # the tick is well past the figure
    assert value_position(100, 95, 20) == 103  # the bar passed its reference
    assert value_position(100, 110, 20) == 113  # just under the expected share: written after the tick
    assert value_position(100, 125, 20) == 128  # the tick at the figure's end still touches it
