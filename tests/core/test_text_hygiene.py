"""Text that enters is storable, text that leaves cannot drive a terminal, searches are literal."""

from __future__ import annotations

import io
import sys
from datetime import datetime
from pathlib import Path

import pytest

from facilitator import cli
from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.participants import participation, people


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    real = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        code = cli.main(list(args))
    finally:
        sys.stdout, sys.stderr = real
    return code, out.getvalue(), err.getvalue()


def test_a_lone_surrogate_and_a_nul_in_a_title_are_stored_replaced(db: Database) -> None:
    meeting = meetings.create(db, "Kota \ud800 round\x00table", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17))
    assert meetings.get(db, meeting.id).title == "Kota \ufffd roundtable"
    meetings.update(db, meeting.id, purpose="wages \udcff")
    assert meetings.get(db, meeting.id).purpose == "wages \ufffd"


def test_control_characters_in_names_never_reach_the_terminal(db: Database, data_dir: Path) -> None:
    meeting = meetings.create(db, "Kota\x1b[2J\x1b[31m", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17))
    participation.add_new_participant(db, meeting.id, "Kamla\x1b]0;owned\x07 \u202eDevi", stakeholder_group="BIZ_BUYER")
    for command in (["meetings"], ["participants", meeting.id], ["participants", meeting.id, "--csv"],
                    ["participants", meeting.id, "--json"], ["meeting", meeting.id, "--json"]):  # fmt: skip
        code, out, err = _run("--data-dir", str(data_dir), *command)
        assert code == 0, err
        assert not any(c in out for c in "\x1b\x07\u202e"), (command, out)
    code, out, err = _run("--data-dir", str(data_dir), "meeting", "\x1b[2Jnope")
    assert code == cli.EXIT_ERROR and "\x1b" not in err


def test_an_over_long_meeting_reference_is_a_plain_refusal(db: Database, data_dir: Path) -> None:
    with pytest.raises(UserError, match="not an id"):
        meetings.resolve(db, "a" * 50_000)
    code, _, err = _run("--data-dir", str(data_dir), "meeting", "\ud800" + "b" * 50_000)
    assert code == cli.EXIT_ERROR and "Traceback" not in err and len(err.splitlines()) == 1


def test_search_matches_percent_and_underscore_literally(db: Database) -> None:
    for title in ("100% attendance", "1000 attendees", "cost_sharing", "costs haring"):
        meetings.create(db, title, datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17))
    assert [m.title for m in meetings.list_meetings(db, search="100%")] == ["100% attendance"]
    assert [m.title for m in meetings.list_meetings(db, search="t_s")] == ["cost_sharing"]
    assert meetings.list_meetings(db, search="%") and len(meetings.list_meetings(db, search="%")) == 1
    people.create_person(db, "A_B", stakeholder_group="BIZ_BUYER")
    people.create_person(db, "AxB", stakeholder_group="BIZ_BUYER")
    assert [p.name for p in people.list_register(db, search="a_b")] == ["A_B"]


def test_control_characters_and_direction_overrides_are_not_stored(db: Database) -> None:
    from facilitator.core.visits import visits

    visit = visits.plan(db, "Dabi quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata")
    typed = "Dry cutting\x1b[31m RED \x07bell\x7f\x85\u202e\u2066 here\r\nnext\tline"
    visits.set_answer(db, visit.id, "dust_suppression", answer="not_observed", note=typed)
    stored = next(row for row in visits.answers(db, visit.id) if row.item.name == "dust_suppression")
    assert stored.note == "Dry cutting RED bell here\nnext\tline"


def test_an_imported_name_is_cleaned_and_one_of_control_characters_only_is_no_name(
    db: Database, tmp_path: Path
) -> None:
    from facilitator.core.participants import importing

    meeting = meetings.create(db, "Kota", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 17))
    path = tmp_path / "list.csv"
    path.write_text("Name;Group\nKamla\x1b[2J\x07 \u202eDevi;RH_WOMEN_WORKER\n\x1b\x07\u202e\x85;RH_WORKER\n")
    plan = importing.plan(db, meeting.id, importing.read_table(path))
    assert [row.errors for row in plan.rows] == [(), ("No name.",)]
    importing.apply(db, plan)
    assert [row.name for row in participation.list_participants(db, meeting.id)] == ["Kamla Devi"]
