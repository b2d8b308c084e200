"""``participants``, ``import-participants`` and ``check`` as a user runs them (through the same entry
point as the installed command)."""

from __future__ import annotations

import json
from pathlib import Path

from facilitator.core.demo.roundtable import MEETING_ID
from tests.cli.invoke import Result
from tests.cli.invoke import run as run_command


def run(data_dir: Path, *args: str) -> Result:
    return run_command(*args, data_dir=data_dir)


def test_participants_json_carries_group_status_and_anonymity(demo_dir: Path) -> None:
    result = run(demo_dir, "participants", MEETING_ID[:6], "--json")
    assert result.returncode == 0, result.stderr
    people = json.loads(result.stdout)
    assert len(people) == 19
    assert {"name", "stakeholder_group", "status", "anonymity"} <= set(people[0])
    marieke = next(p for p in people if p["name"] == "Marieke de Vries")
    assert (marieke["stakeholder_group"], marieke["status"], marieke["anonymity"]) == (
        "BIZ_BUYER",
        "attended",
        "named",
    )
    for hidden in ("Kamla Devi", "Ramprasad Gurjar", "Bhanwar Lal Bheel"):
        assert hidden not in result.stdout
    assert {p["stakeholder_group"] for p in people if p["anonymity"] == "anonymous"} == {None}


def test_participants_as_text_and_csv(demo_dir: Path) -> None:
    text = run(demo_dir, "participants", MEETING_ID[:6])
    assert "Marieke de Vries" in text.stdout and "Worker committees" in text.stdout and "Kamla" not in text.stdout
    csv_text = run(demo_dir, "participants", MEETING_ID[:6], "--csv").stdout
    assert csv_text.startswith("name,organisation,stakeholder_group") and "Santosh" not in csv_text


def test_check_prints_the_report_and_strict_fails_on_a_blocker(demo_dir: Path) -> None:
    plain = run(demo_dir, "check", MEETING_ID[:6])
    assert plain.returncode == 0
    assert "[FAIL   ] Every required stakeholder group" in plain.stdout and "Migrant workers" in plain.stdout
    assert "Ramprasad" not in plain.stdout
    strict = run(demo_dir, "check", MEETING_ID[:6], "--strict", "--json")
    assert strict.returncode == 1
    report = json.loads(strict.stdout)
    assert report["stage"] == "planning" and report["counts"]["fail"] == 2
    day = json.loads(run(demo_dir, "check", MEETING_ID[:6], "--stage", "day", "--json").stdout)
    assert day["stage"] == "day" and day["people"] == 16  # who checked in at the door, staff not counted


def test_strict_passes_when_no_blocker_fails(demo_dir: Path, tmp_path: Path) -> None:
    csv_path = tmp_path / "extra.csv"
    csv_path.write_text("Name,Group,Languages\nSomeone,RH_MIGRANT,hi\n", encoding="utf-8")
    assert run(demo_dir, "import-participants", MEETING_ID, str(csv_path), "--yes").returncode == 0
    report = json.loads(run(demo_dir, "check", MEETING_ID, "--json").stdout)
    assert "Migrant workers" not in report["checks"][0]["detail"]


def test_import_previews_without_yes_and_writes_with_it(demo_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "invitations.csv"
    path.write_text("Name;Group;Shoe size\nJoseph Kerketta;Local NGOs;42\n;Workers;\n", encoding="utf-8")
    preview = run(demo_dir, "import-participants", MEETING_ID[:8], str(path))
    assert preview.returncode == 0 and preview.stdout.count("Shoe size") == 1  # said once, where the columns are
    assert "Not imported: column 'Shoe size'." in preview.stdout
    assert "Line 3: skipped: No name." in preview.stdout and "Nothing was written" in preview.stdout
    assert "Joseph" not in run(demo_dir, "participants", MEETING_ID[:8]).stdout
    done = run(demo_dir, "import-participants", MEETING_ID[:8], str(path), "--yes")
    assert "Imported: 1 new, 0 merged, 1 skipped." in done.stdout
    assert "Joseph Kerketta" in run(demo_dir, "participants", MEETING_ID[:8]).stdout


def test_bad_input_is_one_plain_line(demo_dir: Path, tmp_path: Path) -> None:
    not_a_sheet = tmp_path / "photo.xlsx"
    not_a_sheet.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    for args, fragment in (
        (("import-participants", MEETING_ID, str(not_a_sheet)), "not a spreadsheet"),
        (("check", "zzzz"), "No meeting has an id starting with 'zzzz'"),
        (("participants", "zzzz"), "No meeting has an id starting with 'zzzz'"),
    ):
        result = run(demo_dir, *args)
        assert result.returncode == 2 and "Traceback" not in result.stderr
        assert fragment in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_help_on_each_command(tmp_path: Path) -> None:
    for command in ("participants", "import-participants", "check"):
        result = run(tmp_path, command, "--help")
        assert result.returncode == 0 and f"usage: facilitator {command}" in result.stdout
    assert "--strict" in run(tmp_path, "check", "--help").stdout


def test_import_maps_group_values_given_on_the_command_line(tmp_path: Path) -> None:
    from datetime import datetime

    from facilitator.core import meetings
    from facilitator.core.db import Database
    from tests.cli.invoke import assert_plain_error

    database = Database.open(tmp_path)
    meeting = meetings.create(database, "Bijolia", datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 16)).id
    database.close()
    messy = Path(__file__).parent.parent / "fixtures" / "invitation_list_messy.csv"
    preview = run(tmp_path, "import-participants", meeting[:8], str(messy))
    assert "13 of 13 rows can be imported" in preview.stdout
    assert "Group value 'self-help group' is not known (rows: 1)" in preview.stdout
    mapped = run(tmp_path, "import-participants", meeting[:8], str(messy), "--map-group",
                 "self-help group=Women workers", "--yes")  # fmt: skip
    assert mapped.returncode == 0, mapped.stderr
    assert "is not known" not in mapped.stdout and "Imported: 13 new, 0 merged, 0 skipped." in mapped.stdout
    listed = json.loads(run(tmp_path, "participants", meeting[:8], "--json").stdout)
    assert len(listed) == 13
    assert_plain_error(run(tmp_path, "import-participants", meeting[:8], str(messy), "--map-group", "SHG"),
                       "--map-group needs VALUE=GROUP")  # fmt: skip
    assert_plain_error(run(tmp_path, "import-participants", meeting[:8], str(messy), "--map-group", "SHG=Aliens"),
                       "got: SHG=Aliens")  # fmt: skip


def test_import_reads_the_sheet_named_and_says_which_others_hold_rows(demo_dir: Path, tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "Read me"
    book.active.append(["Fill in one sheet per group."])
    book.create_sheet("NGOs").append(["Name", "Organisation", "Stakeholder group"])
    book["NGOs"].append(["Anita Rao", "Stone Watch", "CS_LOCAL_NGO"])
    book.create_sheet("Workers").append(["Name", "Stakeholder group"])
    book["Workers"].append(["Gopal Meena", "RH_WORKER"])
    path = tmp_path / "invitations.xlsx"
    book.save(path)

    def listed() -> list[dict]:
        return json.loads(run(demo_dir, "participants", MEETING_ID, "--json").stdout)

    before = len(listed())
    preview = run(demo_dir, "import-participants", MEETING_ID, str(path))
    # The instructions sheet names no people: the first sheet whose columns do is read.
    assert "Sheet 'NGOs' is read" in preview.stdout and "'Read me', 'Workers'" in preview.stdout
    assert "1 of 1 rows can be imported" in preview.stdout
    chosen = run(demo_dir, "import-participants", MEETING_ID, str(path), "--sheet", "Workers", "--yes")
    assert chosen.returncode == 0 and "Sheet 'Workers' is read" in chosen.stdout
    after = listed()
    assert len(after) == before + 1 and "Anita Rao" not in [p["name"] for p in after]


def test_import_of_the_trial_workbook_title_row_two_language_headers_and_a_dutch_privacy(
    demo_dir: Path, tmp_path: Path
) -> None:
    """The user trial's list: a title in A1 and the headers on row 3, "Sanstha / Organisation", "Mobile No.",
    and "Privacy" holding "Anoniem" for someone of an international NGO (named by default)."""
    from openpyxl import Workbook

    book = Workbook()
    for row in (
        ["Invitation list Kota roundtable"],
        [],
        ["Naam", "Sanstha / Organisation", "Groep", "Mobile No.", "Privacy"],
        ["Esther Mulder", "Fair Stone Watch", "internationale ngo", "+31 6 5555 0101", "Anoniem"],
        ["Anita Rao", "Stone Watch India", "international NGO", "98290 12345", "Anoniem"],
        ["सुनीता देवी", None, "women worker", None, "गुमनाम"],
    ):
        book.active.append(row)
    path = tmp_path / "invitation list.xlsx"
    book.save(path)

    def levels() -> list[str]:
        return [p["anonymity"] for p in json.loads(run(demo_dir, "participants", MEETING_ID[:8], "--json").stdout)]

    before = levels()
    preview = run(demo_dir, "import-participants", MEETING_ID[:8], str(path))
    assert preview.returncode == 0, preview.stderr
    assert "Row 3 names the columns; what is above it is not imported (rows: 1)." in preview.stdout
    assert "Organisation <- Sanstha / Organisation" in preview.stdout and "Phone <- Mobile No." in preview.stdout
    assert "Unknown anonymity" not in preview.stdout and "Not imported" not in preview.stdout
    # Esther, found by her organisation, is on the list already as named; the list asks she be anonymous.
    assert "Line 4: Already on this meeting's list, as 'Named'; they become 'Anonymous'" in preview.stdout
    assert "2 of 3 rows can be imported" in preview.stdout
    assert "1 already on the list will be better protected, as the file asks." in preview.stdout
    done = run(demo_dir, "import-participants", MEETING_ID[:8], str(path), "--yes")
    assert "Imported: 2 new, 0 merged, 0 skipped." in done.stdout
    assert "Better protected, as the file asks: 1 already on the list." in done.stdout
    after = levels()
    assert len(after) == len(before) + 2 and after.count("anonymous") == before.count("anonymous") + 3
    assert "Anita Rao" not in run(demo_dir, "participants", MEETING_ID[:8]).stdout  # anonymous: not shown by name


def test_import_names_every_column_it_leaves_out(demo_dir: Path, tmp_path: Path) -> None:
    """Columns no field takes are listed, so no data is left out without a word; a Windows-1252 list."""
    path = tmp_path / "genodigden.csv"
    path.write_bytes(
        "Naam;Organisatie;Dorp;Kaste;Opmerkingen;\r\nKamla Devi;;Budhpura;;kinderopvang nodig;\r\n"
        "Henk Müller;Steen & Co BV;;;;vegetarisch\r\n".encode("cp1252")
    )
    preview = run(demo_dir, "import-participants", MEETING_ID[:8], str(path))
    assert preview.returncode == 0, preview.stderr
    assert "Columns: Name <- Naam; Organisation <- Organisatie; Notes <- Opmerkingen" in preview.stdout
    assert "Not imported: column 'Dorp'." in preview.stdout and "Not imported: column 'Kaste'." in preview.stdout
    assert "Not imported: column 6, which has no name." in preview.stdout


def test_a_cell_quoted_back_names_nobody_who_is_not_named(demo_dir: Path, tmp_path: Path) -> None:
    """ "Unknown anonymity 'only if Arjun Majhi agrees'" printed a hidden worker's name."""
    path = tmp_path / "quoted.csv"
    path.write_text("Name,Anonymity,Languages\nGeeta Bai,only if Arjun Majhi agrees,\"Hindi, Ramprasad dialect\"\n",
                    encoding="utf-8")  # fmt: skip
    preview = run(demo_dir, "import-participants", MEETING_ID[:8], str(path))
    assert preview.returncode == 0
    assert "Arjun" not in preview.stdout and "Ramprasad" not in preview.stdout
    assert "Unknown anonymity 'only if [Anonymous participant] agrees'" in preview.stdout
