"""A real invitation list, typed as people type: every row imports, every group value is mapped."""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.participants import group_names, participation, people
from facilitator.core.participants import importing as participant_import

MESSY = Path(__file__).parent.parent / "fixtures" / "invitation_list_messy.csv"
EXPECTED_GROUPS = {
    "Kamla Devi": "RH_WOMEN_WORKER", "गोपाल सिंह": "RH_WORKER", "Ramesh kumar": "RH_WORKER",
    "Sunita Bai": "RH_WOMEN_WORKER", "Rakesh Manjhi": "RH_MIGRANT", "Mohd. Salim": "RH_WORKER",
    "Pieter de Boer": "BIZ_BUYER", "anke jansen": "BIZ_BUYER", "Vikram Agarwal": "BIZ_SUPPLIER_MGMT",
    "Suresh Gurjar": "BIZ_SUPPLIER_MGMT", "मोहन लाल": "REP_UNION", "Priya Sharma": "CSO_LOCAL",
}  # fmt: skip


def new_meeting(db: Database) -> str:
    return meetings.create(db, "Bijolia roundtable", datetime(2026, 12, 3, 9), datetime(2026, 12, 3, 16)).id


def as_xlsx_named_csv(tmp_path: Path) -> Path:
    """The same list saved from Excel, then renamed .csv by someone who meant well."""
    lines = MESSY.read_text(encoding="utf-8-sig").splitlines()
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for line in lines:
        sheet.append(line.split(";"))
    path = tmp_path / "invitation list.csv"
    book.save(path)
    return path


@pytest.mark.parametrize("variant", ["semicolon csv with a BOM", "xlsx named .csv"])
def test_the_messy_list_imports_13_of_13(db: Database, tmp_path: Path, variant: str) -> None:
    path = as_xlsx_named_csv(tmp_path) if variant.startswith("xlsx") else shutil.copy(MESSY, tmp_path / "list.csv")
    meeting = new_meeting(db)
    table = participant_import.read_table(Path(path))
    plan = participant_import.plan(db, meeting, table)
    assert len(plan.rows) == 13 and len(plan.importable) == 13
    assert plan.unknown_groups == {"self-help group": 1}
    assert participant_import.apply(db, plan).added == 13
    listed = {row.name: row for row in participation.list_participants(db, meeting)}
    assert len(listed) == 13
    assert {name: listed[name].stakeholder_group for name in EXPECTED_GROUPS} == EXPECTED_GROUPS
    assert listed["Meera Devi"].stakeholder_group == ""  # unknown: no group, like an empty one
    assert listed["Rakesh Manjhi"].languages_spoken == ("bho", "hi")
    assert listed["Mohd. Salim"].languages_spoken == ("ur",)
    assert listed["गोपाल सिंह"].languages_spoken == listed["मोहन लाल"].languages_spoken == ("hi",)
    assert listed["Sunita Bai"].languages_spoken == ("mwr",)
    assert listed["Priya Sharma"].languages_spoken == ("hi", "en")
    assert listed["Pieter de Boer"].languages_spoken == ("nl", "en")
    [kamla] = people.list_register(db, search="Kamla")
    assert kamla.notes == "needs childcare on the day"


def test_one_choice_maps_every_row_of_a_value_and_is_remembered(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Name,Group\nMeera Devi,Self-help group\nGeeta Bai,self help groups\nAsha,SHG\n", encoding="utf-8")
    first = new_meeting(db)
    table = participant_import.read_table(path)
    assert participant_import.plan(db, first, table).unknown_groups == {"Self-help group": 2, "SHG": 1}
    plan = participant_import.plan(db, first, table, group_choices={"Self-help group": "RH_WOMEN_WORKER"})
    assert plan.unknown_groups == {"SHG": 1}
    assert [row.values["stakeholder_group"] for row in plan.rows] == ["RH_WOMEN_WORKER", "RH_WOMEN_WORKER", ""]
    participant_import.apply(db, plan)
    assert group_names.remembered(db) == {"self help group": "RH_WOMEN_WORKER"}
    again = participant_import.plan(db, new_meeting(db), table)  # the next list: mapped without asking
    assert again.unknown_groups == {"SHG": 1}


def test_a_choice_of_an_unknown_group_is_refused(db: Database, tmp_path: Path) -> None:
    from facilitator.core.errors import UserError

    path = tmp_path / "list.csv"
    path.write_text("Name,Group\nAsha,SHG\n", encoding="utf-8")
    with pytest.raises(UserError, match="Unknown stakeholder group"):
        participant_import.plan(db, new_meeting(db), participant_import.read_table(path), group_choices={"SHG": "X"})


@pytest.mark.parametrize(
    ("typed", "group"),
    [("worker", "RH_WORKER"), ("Labourers", "RH_WORKER"), ("quarry worker", "RH_WORKER"),
     ("women worker", "RH_WOMEN_WORKER"), ("migrant worker (Bihar)", "RH_MIGRANT"),
     ("supplier", "BIZ_SUPPLIER_MGMT"), ("quarry owner", "BIZ_SUPPLIER_MGMT"), ("Exporter", "BIZ_SUPPLIER_MGMT"),
     ("importer", "BIZ_BUYER"), ("buyer", "BIZ_BUYER"), ("union", "REP_UNION"), ("Trade Unions", "REP_UNION"),
     ("NGO", "CSO_LOCAL"), ("local NGO", "CSO_LOCAL"), ("international NGO", "CSO_INTL"),
     ("labour department", "DB_GOVERNMENT"), ("Government", "DB_GOVERNMENT"), ("RH_WORKER", "RH_WORKER"),
     ("Vrouwelijke werknemers", "RH_WOMEN_WORKER"), ("मज़दूर", "RH_WORKER"), ("Lokale ngo's", "CSO_LOCAL")],
)  # fmt: skip
def test_group_values_as_lists_write_them(typed: str, group: str) -> None:
    assert group_names.GroupMatcher().match(typed) == group


def test_no_spelling_means_two_groups() -> None:
    from facilitator.core import taxonomy

    seen: dict[str, str] = {}
    for group in taxonomy.stakeholder_groups().values():
        for spelling in (group.id, group.label_en, *group.synonyms):
            simple = group_names.simplify(spelling)
            assert seen.setdefault(simple, group.id) == group.id, f"{spelling!r} means {seen[simple]} and {group.id}"


def test_every_dutch_group_label_matches_its_group() -> None:
    """A list typed in Dutch matches whatever the interface language is."""
    import xml.etree.ElementTree as ET

    from facilitator.core import taxonomy

    labels = {group.label_en: group.id for group in taxonomy.stakeholder_groups().values()}
    tree = ET.parse(Path(__file__).parents[2] / "translations" / "facilitator_nl.ts")
    matcher = group_names.GroupMatcher()
    checked = 0
    for message in tree.getroot().iter("message"):
        source, dutch = message.findtext("source"), message.findtext("translation")
        if source in labels and dutch:
            assert matcher.match(dutch) == labels[source], dutch
            checked += 1
    assert checked == len(labels)


def test_a_dutch_list_with_the_name_in_parts_and_hand_typed_headers(db: Database, tmp_path: Path) -> None:
    """As a Dutch office keeps an address list: first name, infix and surname apart, "E-mailadres",
    "Stakeholdergroep", headers with a colon or a star, saved by Excel in Windows' encoding."""
    path = tmp_path / "genodigden.csv"
    path.write_bytes(
        "Voornaam *;Tussenvoegsel;Achternaam *;Organisatie;Stakeholdergroep;E-mailadres:;Telefoon (mobiel)\n"
        "Henk;van der;Müller;Steen & Co BV;Inkoper;henk@steen.nl;06 1234 5678\n"
        "Priya;;Sharma;Kota Stone Exports;Leveranciersmanagement;priya@ks.in;\n"
        "Kamla Devi;;;;Vrouwelijke arbeiders;;\n"
        ";;;;;;\n".encode("cp1252")
    )
    meeting = new_meeting(db)
    plan = participant_import.plan(db, meeting, participant_import.read_table(path))
    found = {name for name, column in plan.mapping.items() if column is not None}
    assert found == {"given_name", "name_infix", "family_name", "organisation", "stakeholder_group", "email", "phone"}
    assert participant_import.apply(db, plan).added == 3
    listed = {row.name: row for row in participation.list_participants(db, meeting)}
    assert set(listed) == {"Henk van der Müller", "Priya Sharma", "Kamla Devi"}
    assert listed["Henk van der Müller"].stakeholder_group == "BIZ_BUYER"
    [henk] = people.list_register(db, search="Henk")
    assert (henk.email, henk.phone) == ("henk@steen.nl", "06 1234 5678")


def test_a_list_without_any_name_column_is_refused_naming_both_ways(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "list.csv"
    path.write_text("Organisatie,E-mail\nSteen BV,a@b.nl\n", encoding="utf-8")
    with pytest.raises(UserError, match="'First name' and 'Last name'"):
        participant_import.plan(db, new_meeting(db), participant_import.read_table(path))


def test_a_list_pasted_from_utf8_and_windows_1252_reads_each_line_in_its_own(db: Database, tmp_path: Path) -> None:
    """One line saved by Excel ("Müller" in Windows-1252) and one pasted in from a phone (Hindi, UTF-8):
    neither half is garbled."""
    path = tmp_path / "list.csv"
    path.write_bytes(
        b"Name;Organisation;Group\n"
        + "Henk Müller;Steen & Co BV;Inkoper\n".encode("cp1252")
        + "गोपाल सिंह;;Workers\n".encode()
    )
    table = participant_import.read_table(path)
    assert [row[0] for row in table.rows] == ["Henk Müller", "गोपाल सिंह"]


def test_a_list_from_rajasthan_with_a_title_and_headers_in_hindi_and_english(db: Database, tmp_path: Path) -> None:
    """As a local NGO keeps its list: a title above, a serial number, headers in both languages, phone
    numbers typed as numbers, privacy written in Hindi."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet("सूची")
    for row in (
        ["बैठक सूची – Kota roundtable, 5 Nov"],
        [],
        ["क्रम सं. / S.No.", "नाम / Name", "Sanstha / Organisation", "समूह / Group", "Mobile No.", "गोपनीयता / Privacy"],
        [1, "कमला देवी", "Budhpura Mahila Samooh", "women worker", 9829012345, "गुमनाम"],
        [2, "गोपाल सिंह", None, "मज़दूर", None, "केवल समूह"],
        [3, "Priya Sharma", "Shram Sahyog", "NGO", "+91 98290 55555", "नाम से"],
        [4, "Ramesh Kumar", None, "worker", None, "पता नहीं"],
    ):
        sheet.append(row)
    path = tmp_path / "suchi.xlsx"
    book.save(path)
    meeting = new_meeting(db)
    table = participant_import.read_table(path)
    plan = participant_import.plan(db, meeting, table)
    assert (table.header_line, table.lines) == (3, (4, 5, 6, 7))
    found = {name: column for name, column in plan.mapping.items() if column is not None}
    assert found == {"name": 1, "organisation": 2, "stakeholder_group": 3, "phone": 4, "anonymity": 5}
    assert participant_import.unmapped_columns(table, plan.mapping) == (0,)
    ramesh = plan.rows[-1]
    assert ramesh.line == 7 and "imported as 'Anonymous', the most protective level" in ramesh.warnings[0]
    assert participant_import.apply(db, plan).added == 4
    listed = {row.name: row for row in participation.list_participants(db, meeting)}
    assert {name: row.anonymity for name, row in listed.items()} == {
        "कमला देवी": "anonymous", "गोपाल सिंह": "group_only", "Priya Sharma": "named", "Ramesh Kumar": "anonymous",
    }  # fmt: skip
    assert listed["कमला देवी"].organisation == "Budhpura Mahila Samooh"
    [kamla] = people.list_register(db, search="कमला")
    assert kamla.phone == "9829012345"


def test_a_semicolon_list_with_one_row_typed_a_cell_too_long_is_still_read_by_its_columns(tmp_path: Path) -> None:
    """The sniffer gives up when the rows differ in length, and the list was read as one column and
    refused for having no names; the delimiter of the header line is taken instead."""
    path = tmp_path / "uitnodigingen.csv"
    path.write_bytes("Naam;Organisatie;Groep\nJan de Boer;Steenhandel De Boer BV;importeur;bel eerst\n"
                     "Kamla Devi;;vrouwelijke arbeiders\n".encode("cp1252"))  # fmt: skip
    table = participant_import.read_table(path)
    assert table.headers[:3] == ("Naam", "Organisatie", "Groep")
    assert table.rows == (("Jan de Boer", "Steenhandel De Boer BV", "importeur", "bel eerst"),
                          ("Kamla Devi", "", "vrouwelijke arbeiders", ""))  # fmt: skip


def test_a_group_merged_down_its_peoples_rows_is_every_one_of_theirs(db: Database, tmp_path: Path) -> None:
    """As lists are laid out by hand: a title merged across the top, each group's name merged down the
    rows of its people, an organisation merged over two of them, a blank row between the groups."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Invitees"
    for row in (
        ["Invitation list – Bijolia roundtable"],
        ["Group", "Name", "Organisation"],
        ["Quarry workers", "Ramesh Kumar", "Quarry 7"],
        [None, "Sita Devi", None],
        [None, "गोपाल मीणा", "Quarry 9"],
        [],
        ["Suppliers", "Anil Jain", "Rajasthan Stone Exports"],
        [None, "Priya Shah", None],
        ["NGO", "Meera Rao", None],
    ):
        sheet.append(row)
    for merged in ("A1:C1", "A3:A6", "C3:C4", "A7:A8", "C7:C8"):
        sheet.merge_cells(merged)
    path = tmp_path / "merged.xlsx"
    book.save(path)
    table = participant_import.read_table(path)
    assert table.header_line == 2 and table.rows[0] == ("Quarry workers", "Ramesh Kumar", "Quarry 7")
    meeting = new_meeting(db)
    plan = participant_import.plan(db, meeting, table)
    assert participant_import.apply(db, plan).added == 6
    listed = {row.name: row for row in participation.list_participants(db, meeting)}
    assert {name: (row.stakeholder_group, row.organisation) for name, row in listed.items()} == {
        "Ramesh Kumar": ("RH_WORKER", "Quarry 7"), "Sita Devi": ("RH_WORKER", "Quarry 7"),
        "गोपाल मीणा": ("RH_WORKER", "Quarry 9"), "Anil Jain": ("BIZ_SUPPLIER_MGMT", "Rajasthan Stone Exports"),
        "Priya Shah": ("BIZ_SUPPLIER_MGMT", "Rajasthan Stone Exports"), "Meera Rao": ("CSO_LOCAL", ""),
    }  # fmt: skip


def test_merged_ranges_that_are_not_ranges_merge_nothing() -> None:
    from facilitator.core.participants import sheet_xml

    assert [sheet_xml._bounds(ref) for ref in ("B2:B5", "A:A", "3:3", "", "nonsense")] == [
        (2, 2, 2, 5), None, None, None, None,
    ]  # fmt: skip


def test_overlapping_and_sheet_wide_merges_of_a_hostile_workbook_stay_quick() -> None:
    """No spreadsheet writes overlapping merges; a made-up file with thousands over every row is read at once."""
    from facilitator.core.participants.sheet_xml import filled_down

    rows = [(number, ("Workers" if number == 2 else "", f"Person {number}")) for number in range(2, 50_002)]
    hostile = [(1, 2, 1, 1_048_576)] * 20_000 + [(1, row, 1, 1_048_576) for row in range(3, 20_003)]
    filled = filled_down(rows, hostile)
    assert len(filled) == 50_000 and {cells[0] for _, cells in filled} == {"Workers"}
    assert filled_down(rows, [(16_384, 2, 16_384, 9)]) == rows  # no value there: nothing to widen


def test_a_list_whose_formulas_were_never_calculated_is_refused_saying_what_to_do(tmp_path: Path) -> None:
    """A list written by a program (names made by =A2&" "&B2, never opened in a spreadsheet) read as rows
    without names, each "skipped: No name"; a saved formula that gave "" is a value like any other."""
    import zipfile

    book = Workbook()
    sheet = book.active
    sheet.append(["First", "Last", "Name", "Group"])
    sheet.append(["Ramesh", "Kumar", '=A2&" "&B2', "Workers"])
    path = tmp_path / "generated.xlsx"
    book.save(path)
    with pytest.raises(UserError, match=r"formulas whose results were never saved, such as the one in cell C2"):
        participant_import.read_table(path)
    saved = tmp_path / "saved.xlsx"  # as Excel saves it: the results beside the formulas, "" among them
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(saved, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b'<c r="C2"><f>', b'<c r="C2" t="str"><f>').replace(b"<v />", b"<v></v>")
            target.writestr(item, data)
    assert b'<c r="C2" t="str">' in zipfile.ZipFile(saved).read("xl/worksheets/sheet1.xml")
    assert participant_import.read_table(saved).rows[0] == ("Ramesh", "Kumar", "", "Workers")
