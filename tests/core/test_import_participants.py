"""Importing invitation lists: mapping, per-row messages, merging, and bad files that write nothing."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from msgspec.structs import replace
from openpyxl import Workbook
from sqlalchemy import func, select

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.errors import UserError
from facilitator.core.models import Participation, Person
from facilitator.core.participants import import_columns, import_rows, participation, people
from facilitator.core.participants import importing as participant_import
from facilitator.core.participants.vocabulary import PROTECTION

GOOD_CSV = """Naam;Organisation;Group;Gender;Languages;Status;Email
Kavita Meena;;Women workers;F;Hindi, Rajasthani;invited;
Ramesh Choudhary;Bundi Sandstone Quarries;BIZ_SUPPLIER_MGMT;m;hi,en;confirmed;
Lakshmi Bai;Budhpura Women's Group;RH_WOMEN_WORKER;woman;raj;;not-an-email
Sunil Majhi;;Aliens;;Odia;;
;Nobody Ltd;Workers;;;;
Kavita Meena;;Women workers;F;Hindi;;
Joseph Kerketta;Shram Sahyog Kendra;CSO_LOCAL;man;hi;later;
"""


# A meeting that has not begun, whenever the tests run.
AHEAD = (datetime.now() + timedelta(days=30)).replace(hour=9, minute=0, second=0, microsecond=0)


def counts(db: Database) -> tuple[int, int]:
    with db.session() as session:
        return (
            session.scalar(select(func.count()).select_from(Person)),
            session.scalar(select(func.count()).select_from(Participation)),
        )


def write(tmp_path: Path, name: str, data: bytes | str) -> Path:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def only_row(db: Database, meeting_id: str, path: Path) -> participant_import.PlannedRow:
    (row,) = participant_import.plan(db, meeting_id, participant_import.read_table(path)).rows
    return row


def level_of(db: Database, person_id: str) -> str:
    with db.session() as session:
        return session.get(Person, person_id).anonymity


def xlsx(tmp_path: Path, rows: list[list[object]], name: str = "list.xlsx") -> Path:
    book = Workbook(write_only=True)
    sheet = book.create_sheet()
    for row in rows:
        sheet.append(row)
    path = tmp_path / name
    book.save(path)
    return path


def test_a_plan_shows_every_row_with_its_messages_and_writes_nothing(demo_db: Database, tmp_path: Path) -> None:
    before = counts(demo_db)
    table = participant_import.read_table(write(tmp_path, "list.csv", GOOD_CSV))
    plan = participant_import.plan(demo_db, MEETING_ID, table)
    assert counts(demo_db) == before
    assert plan.mapping["name"] == 0 and plan.mapping["email"] == 6 and plan.mapping["role"] is None
    by_line = {row.line: row for row in plan.rows}
    assert by_line[2].importable and by_line[2].values["languages_spoken"] == ["hi", "raj"]
    assert by_line[3].errors == ("Already on this meeting's list.",)
    assert "not an email address" in by_line[4].warnings[0] and "email" not in by_line[4].values
    # An unknown group or status keeps the row: no group (like an empty one) or the default, with a warning.
    # A group not understood may be workers', so that person is protected until the facilitator chooses.
    assert by_line[5].importable and by_line[5].values["stakeholder_group"] == ""
    assert by_line[5].values["anonymity"] == "anonymous"
    assert "Group 'Aliens' is not known; imported without a group, and anonymous until you choose." in (
        by_line[5].warnings
    )
    assert plan.unknown_groups == {"Aliens": 1}
    assert by_line[6].errors == ("No name.",)
    assert by_line[7].errors == ("Same person as on line 2.",)
    assert "Unknown status 'later'; the default is used." in by_line[8].warnings and "status" not in by_line[8].values
    assert [row.line for row in plan.importable] == [2, 4, 5, 8]


def test_an_e_mail_address_in_the_name_column_is_warned_of_and_kept_as_the_e_mail(
    demo_db: Database, tmp_path: Path
) -> None:
    """ "sunita.sharma@manjari.org" in the name column was imported as a named person without a word, and
    then headed her notes and the minutes."""
    text = "Name;Organisation;Email\nsunita.sharma@manjari.org;Manjari;\n ravi@example.org ;;r.k@example.org\n"
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "l.csv", text)))
    first, second = plan.rows
    assert first.importable and first.values["email"] == "sunita.sharma@manjari.org"
    assert any("e-mail address" in warning for warning in first.warnings)
    assert second.values["email"] == "r.k@example.org" and any("e-mail address" in w for w in second.warnings)


def test_a_spelling_added_to_someone_on_the_list_is_kept_and_undone_with_the_import(
    demo_db: Database, tmp_path: Path
) -> None:
    """The preview said to add "कमला देवी" to Kamla Devi's "Also written as" and import again: the row was
    skipped as already on the list, and the spelling never stored."""
    kamla = demo_id("person/woman_worker1")
    text = "Name;Also written as\nKamla Devi;कमला देवी; Kamla Devi\n"
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "l.csv", text)))
    [row] = plan.rows
    assert row.spell == "कमला देवी" and any("also written as कमला देवी" in w for w in row.warnings)
    done = participant_import.apply(demo_db, plan)
    with demo_db.session() as session:
        assert "कमला देवी" in session.get(Person, kamla).other_spellings
    assert done.skipped == 0 and [(person, before) for person, before, _ in done.filled] == [
        (kamla, {"other_spellings": ""})
    ]
    again = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "l.csv", text)))
    assert again.rows[0].spell == ""  # known now: nothing more to add


@pytest.mark.parametrize("name", ["list.csv", "list.xlsx"])
def test_a_message_names_the_row_the_file_has_it_on_blank_rows_counted(db, tmp_path: Path, name: str) -> None:
    """A user looks the row up in the spreadsheet: blank rows, or rows of empty cells, are rows there too."""
    rows = [("Name", "Group"), ("Jan de Boer", "importeur"), (), ("", ""), ("Jan de Boer", "importeur"), ("", "unions")]
    if name.endswith(".csv"):
        path = write(tmp_path, name, "\r\n".join(";".join(row) for row in rows) + "\r\n")
    else:
        path = xlsx(tmp_path, [list(row) for row in rows], name)
    meeting = meetings.create(db, "Roundtable Kota", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17)).id
    plan = participant_import.plan(db, meeting, participant_import.read_table(path))
    assert [(row.line, row.errors) for row in plan.rows] == [
        (2, ()),
        (5, ("Same person as on line 2.",)),
        (6, ("No name.",)),
    ]


def test_applying_writes_the_importable_rows_in_one_go(demo_db: Database, tmp_path: Path) -> None:
    persons, places = counts(demo_db)
    plan = participant_import.plan(
        demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "list.csv", GOOD_CSV))
    )
    outcome = participant_import.apply(demo_db, plan)
    assert (outcome.added, outcome.merged, outcome.skipped) == (4, 0, 3)
    assert counts(demo_db) == (persons + 4, places + 4)
    kavita = next(r for r in participation.list_participants(demo_db, MEETING_ID) if r.name == "Kavita Meena")
    assert (kavita.stakeholder_group, kavita.gender, kavita.status) == ("RH_WOMEN_WORKER", "woman", "invited")


def test_people_already_in_the_register_are_merged_not_doubled(demo_db: Database, tmp_path: Path) -> None:
    other = people.create_person(demo_db, "Esther Mulder", organisation="Fair Stone Watch")
    assert other.organisation_id == demo_id("org/intl_ngo")  # the register's organisation, found by name
    from facilitator.core import meetings

    follow_up = meetings.duplicate(demo_db, MEETING_ID, "Follow-up").id
    path = write(tmp_path, "list.csv", "Name,Organisation,Phone\nmarieke de vries,STEENHUIS NATUURSTEEN BV,+31 6 1\n")
    with demo_db.session() as session:
        for invitation in session.scalars(select(Participation).where(Participation.meeting_id == follow_up)):
            invitation.deleted = True
    plan = participant_import.plan(demo_db, follow_up, participant_import.read_table(path))
    [row] = plan.rows
    assert row.duplicate_of == demo_id("person/buyer1") and plan.duplicates == [row]
    persons, _ = counts(demo_db)
    outcome = participant_import.apply(demo_db, plan)
    assert (outcome.added, outcome.merged) == (0, 1)
    assert counts(demo_db)[0] == persons
    [register_row] = people.list_register(demo_db, search="Marieke")
    assert register_row.phone == "+31 6 1" and register_row.meetings == 3  # the demo, 2022, the follow-up


def test_an_xlsx_sheet_with_a_chosen_mapping(db: Database, tmp_path: Path) -> None:
    from datetime import datetime

    from facilitator.core import meetings

    meeting = meetings.create(db, "Kota", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 12)).id
    path = xlsx(tmp_path, [["Who", "Works for", "Sector"], ["Mohan Lal", "Union", "REP_UNION"], [None, None, None]])
    table = participant_import.read_table(path)
    assert table.rows == (("Mohan Lal", "Union", "REP_UNION"),)
    with pytest.raises(UserError, match="no column for names"):
        participant_import.plan(db, meeting, table)
    plan = participant_import.plan(db, meeting, table, {"name": 0, "organisation": 1, "stakeholder_group": 2})
    assert participant_import.apply(db, plan).added == 1


def test_a_date_cell_of_a_workbook_reads_as_its_date(tmp_path: Path) -> None:
    """A cell formatted as a date came in as "2024-01-02 00:00:00"."""
    from datetime import datetime

    path = xlsx(
        tmp_path,
        [["Name", "Invited on", "Arrives"], ["Kavita Meena", datetime(2024, 1, 2), datetime(2024, 1, 2, 9, 30)]],
    )
    assert participant_import.read_table(path).rows == (("Kavita Meena", "2024-01-02", "2024-01-02 09:30"),)


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig", "utf-32"])
def test_a_list_saved_in_another_encoding_is_read_as_written(tmp_path: Path, encoding: str) -> None:
    text = "Name;Organisation\nJosé Müller;Café Lyonnais\nRenée Faÿ;Stéphane & Söhne\n"
    table = participant_import.read_table(write(tmp_path, "list.csv", text.encode(encoding)))
    assert table.rows == (("José Müller", "Café Lyonnais"), ("Renée Faÿ", "Stéphane & Söhne"))


def test_a_dutch_excel_list_with_one_accented_name_is_read_as_windows_1252(tmp_path: Path) -> None:
    """Saved by Excel as "CSV (;)" on a Dutch Windows: one "ü" among plain names.  Among its many guesses
    charset-normalizer did not list Windows-1252, and the DOS code page read it as "M³ller"."""
    text = (
        "Naam;Organisatie;Groep;Taal;E-mail;Geslacht\r\nJan de Boer ;Steenhandel De Boer BV;importeur;nl;"
        "jan@deboer.nl;m\r\n\r\nMs. Kamla Devi (worker);;women workers;hi;;v\r\nSunita Devi;;vrouwelijke arbeiders;"
        "hi;;vrouw\r\nRamesh Kumar  ;Rajasthan Mazdoor Union;vakbond;hi;;man\r\nJan de Boer;Steenhandel De Boer BV;"
        "importeur;nl;jan@deboer.nl;m\r\n;;;;;\r\nPriya Shah;Manjari;lokale ngo;en;priya@manjari.org;f\r\n"
        "Henk Müller;Natuursteen Groep Zuid;Buyers;nl;henk@ngz.nl;M\r\nAnon worker;;quarry workers;hi;;\r\n"
    )
    table = participant_import.read_table(write(tmp_path, "uitnodigingen.csv", text.encode("cp1252")))
    assert ("Henk Müller", "Natuursteen Groep Zuid", "Buyers", "nl", "henk@ngz.nl", "M") in table.rows


@pytest.mark.parametrize(
    "text",
    [
        "Name,Organisation,Group\nJosé Ñúñez,Natuursteen – Import,Buyers\nRené Müller,Café Steen BV,Buyers\n",
        "Name,Organisation\nPeña Björn,Ærø BV\nÑúñez Chloé,Ñúñez BV\nÆrø René,Gómez BV\n",
    ],
)
def test_a_short_western_list_is_not_read_in_a_dos_code_page_nor_refused(tmp_path: Path, text: str) -> None:
    """The statistics preferred the Baltic DOS code page for the first ("Josķ č·±ez", "Renķ M³ller"),
    silently, and found no encoding at all for the second, which was refused as not a text file."""
    table = participant_import.read_table(write(tmp_path, "list.csv", text.encode("cp1252")))
    assert table.rows == tuple(tuple(line.split(",")) for line in text.splitlines()[1:])


@pytest.mark.parametrize(
    ("encoding", "rows"),
    [
        ("cp1254", [("Şükrü Öztürk", "Yılmaz Mermer"), ("İsmail Çelik", "Afyon Traverten")]),
        ("cp1254", [("Mehmet Yıldız", "Denizli")]),
        ("cp1250", [("Petr Černý", "Žula s.r.o.")]),
        ("cp1250", [("Grażyna Różycka", "Kamień"), ("Zbigniew Łukasz", "Granit")]),
        ("cp1252", [("Seán Ó Briain", "¿Qué? ¡Olé!"), ("Maëlle Kjær Sørensen", "Æbeltoft £5")]),
    ],
)
def test_a_short_list_from_turkey_or_central_europe_is_read_in_its_own_code_page(
    tmp_path: Path, encoding: str, rows: list[tuple[str, str]]
) -> None:
    """Two lines are too few for the statistics to tell Windows-1252 from its Turkish or Central European
    neighbours, and "Yılmaz" came in as "Yýlmaz", "Černý" as "Èerný"; the letters tell them apart, while
    Western lists stay Windows-1252."""
    text = "Name;Organisation\n" + "".join(f"{name};{organisation}\n" for name, organisation in rows)
    table = participant_import.read_table(write(tmp_path, "list.csv", text.encode(encoding)))
    assert table.rows == tuple(rows)


def test_missing_columns_are_named(demo_db: Database, tmp_path: Path) -> None:
    table = participant_import.read_table(write(tmp_path, "list.csv", "Email,Phone\na@b.org,1\n"))
    with pytest.raises(UserError, match="no column for names"):
        participant_import.plan(demo_db, MEETING_ID, table)
    only_names = participant_import.read_table(write(tmp_path, "names.csv", "Name\nKavita\n"))
    plan = participant_import.plan(demo_db, MEETING_ID, only_names)
    assert plan.missing_columns == ("organisation", "stakeholder_group")
    assert "No stakeholder group" in plan.rows[0].warnings[0]


def test_a_sheet_over_the_row_limit_is_refused_and_nothing_is_written(demo_db: Database, tmp_path: Path) -> None:
    before = counts(demo_db)
    big_csv = "Name\n" + "".join(f"Worker {i}\n" for i in range(50_001))
    with pytest.raises(UserError, match="more than 50000 rows"):
        participant_import.read_table(write(tmp_path, "big.csv", big_csv))
    assert counts(demo_db) == before
    exactly = "Name\n" + "".join(f"Worker {i}\n" for i in range(50_000))
    assert len(participant_import.read_table(write(tmp_path, "limit.csv", exactly)).rows) == 50_000


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("photo.xlsx", b"\x89PNG\r\n\x1a\n" + bytes(range(256))),
        ("list.csv", b"\x00\x01\x02binary\x00"),
        ("broken.xlsx", b"PK\x03\x04 this zip is cut short"),
        ("empty.csv", b""),
    ],
)
def test_files_that_are_not_spreadsheets_are_refused(tmp_path: Path, name: str, data: bytes) -> None:
    with pytest.raises(UserError, match=r"not a spreadsheet|is empty|damaged zip"):
        participant_import.read_table(write(tmp_path, name, data))


def test_a_missing_file_is_a_plain_message(tmp_path: Path) -> None:
    with pytest.raises(UserError, match=r"Cannot read nothing\.csv"):
        participant_import.read_table(tmp_path / "nothing.csv")


def test_rights_holders_are_imported_anonymous_unless_the_file_says_otherwise(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "list.csv", "Name,Group,Anonymity\nKavita,RH_WOMEN_WORKER,\nLakshmi,RH_WORKER,named\n"
                 "Jan,BIZ_BUYER,\n")  # fmt: skip
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(path))
    participant_import.apply(demo_db, plan)
    shown = {r.name: r.anonymity for r in participation.list_participants(demo_db, MEETING_ID)}
    assert (shown["Kavita"], shown["Lakshmi"], shown["Jan"]) == ("anonymous", "named", "named")


def test_genders_written_in_hindi_or_dutch_are_counted_as_women_and_men(db: Database, tmp_path: Path) -> None:
    from datetime import datetime

    from facilitator.core import meetings

    meeting = meetings.create(db, "Hindi list", datetime(2026, 1, 1, 9), datetime(2026, 1, 1, 17))
    said = {"A": "पुरुष", "B": "महिला", "C": "Vrouw", "D": "Man", "E": "स्त्री"}
    rows = "Name;Group;Gender\n" + "".join(f"{name};RH_WORKER;{gender}\n" for name, gender in said.items())
    plan = participant_import.plan(db, meeting.id, participant_import.read_table(write(tmp_path, "hi.csv", rows)))
    participant_import.apply(db, plan)
    listed = participation.list_participants(db, meeting.id)
    assert {r.name: r.gender for r in listed} == {"A": "man", "B": "woman", "C": "woman", "D": "man", "E": "woman"}
    assert participation.composition(listed).by_gender == {"man": 2, "woman": 3}  # none counted as self-described


def test_headers_typed_in_dutch_or_hindi_find_their_fields() -> None:
    mapping = participant_import.guess_mapping(("Naam", "Groep", "Taal", "Leest", "Opmerkingen"))
    assert (mapping["name"], mapping["stakeholder_group"], mapping["languages_spoken"]) == (0, 1, 2)
    assert (mapping["languages_read"], mapping["notes"]) == (3, 4)
    hindi = participant_import.guess_mapping(("नाम", "समूह", "भाषा"))
    assert (hindi["name"], hindi["stakeholder_group"], hindi["languages_spoken"]) == (0, 1, 2)


def _workbook(tmp_path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    book = Workbook(write_only=True)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title)
        for row in rows:
            sheet.append(row)
    path = tmp_path / "uitnodigingen.xlsx"
    book.save(path)
    return path


def test_a_workbook_is_read_from_its_first_sheet_with_rows_or_the_one_named(tmp_path: Path) -> None:
    """An invitation workbook opens on a blank or instructions sheet as often as not, and keeps one sheet
    per group: the first sheet with rows is read, each other sheet when named, and a name it lacks is
    refused with the ones it has."""
    path = _workbook(
        tmp_path,
        {
            "Leeg": [],
            "Leveranciers": [["Naam", "Organisatie"], ["R. Mehta", "Dabi Quarry Co"]],
            "Werknemers": [["Naam", "Groep"], ["सुनीता देवी", "Women workers"], ["Gopal Meena", "Workers"]],
        },
    )
    first = participant_import.read_table(path)
    assert (first.sheet, first.sheets) == ("Leveranciers", ("Leveranciers", "Werknemers"))
    assert first.rows == (("R. Mehta", "Dabi Quarry Co"),)
    workers = participant_import.read_table(path, "Werknemers")
    assert workers.headers == ("Naam", "Groep") and workers.rows[0] == ("सुनीता देवी", "Women workers")
    assert workers.lines == (2, 3)
    with pytest.raises(UserError, match=r"no sheet 'NGOs'\. Its sheets with rows are: Leveranciers, Werknemers"):
        participant_import.read_table(path, "NGOs")
    with pytest.raises(UserError, match="empty"):
        participant_import.read_table(path, "Leeg")
    with pytest.raises(UserError, match="has no sheets"):
        participant_import.read_table(write(tmp_path, "list.csv", GOOD_CSV), "Werknemers")


def new_meeting(db: Database, title: str = "Kota roundtable") -> str:
    return meetings.create(db, title, datetime(2026, 11, 5, 9), datetime(2026, 11, 5, 17)).id


@pytest.mark.parametrize(
    ("typed", "level"),
    [("anoniem", "anonymous"), ("Anoniem", "anonymous"), ("ANONYMOUS", "anonymous"), ("niet bij naam", "anonymous"),
     ("Geheim!", "anonymous"), ("pseudoniem", "anonymous"), ("Niet bij naam noemen (werkgever)", "anonymous"),
     ("गुमनाम", "anonymous"), ("नाम गुप्त", "anonymous"), ("alleen groep", "group_only"), ("केवल समूह", "group_only"),
     ("group-only", "group_only"), ("bij naam", "named"), ("Naam noemen", "named"), ("by name", "named"),
     ("नाम से", "named"), ("Named", "named")],
)  # fmt: skip
def test_anonymity_as_lists_write_it_in_dutch_english_or_hindi(
    db: Database, tmp_path: Path, typed: str, level: str
) -> None:
    """A Dutch "Anonimiteit" column and an NGO researcher (named by default): what is written decides."""
    path = write(tmp_path, "lijst.csv", f"Naam;Organisatie;Groep;Anonimiteit\nEsther Mulder;Fair Stone Watch;"
                                        f"internationale ngo;{typed}\n")  # fmt: skip
    meeting = new_meeting(db)
    plan = participant_import.plan(db, meeting, participant_import.read_table(path))
    assert plan.mapping["anonymity"] == 3
    [row] = plan.rows
    assert row.values["stakeholder_group"] == "CSO_INTL" and row.warnings == ()
    participant_import.apply(db, plan)
    [listed] = participation.list_participants(db, meeting)
    assert listed.anonymity == level


def test_no_anonymity_spelling_means_two_levels() -> None:
    seen: dict[str, str] = {}
    for level, spellings in import_rows.ANONYMITY_SPELLINGS.items():
        assert level in PROTECTION
        for spelling in spellings:
            simple = import_rows.simple_value(spelling)
            assert seen.setdefault(simple, level) == level, f"{spelling!r} means {seen[simple]} and {level}"


def test_an_anonymity_not_understood_imports_the_person_anonymous_and_says_so(db: Database, tmp_path: Path) -> None:
    """A privacy wish misread must not name anyone: "Weet niet" or "ja" is read as the most protective level,
    for an NGO person and an importer whose default is named, saved by Excel in Windows-1252."""
    path = write(tmp_path, "lijst.csv", "Naam;Organisatie;Groep;Privacy\r\nRenée Faÿ;Fair Stone Watch;CSO_INTL;"
                 "Weet niet\r\nHenk Müller;Steen & Co BV;importeur;ja\r\nJan de Boer;Steen & Co BV;importeur;\r\n"
                 .encode("cp1252"))  # fmt: skip
    meeting = new_meeting(db)
    plan = participant_import.plan(db, meeting, participant_import.read_table(path))
    renee, henk, _jan = plan.rows
    assert renee.warnings == ("Unknown anonymity 'Weet niet'; imported as 'Anonymous', the most protective level.",)
    assert henk.warnings == ("Unknown anonymity 'ja'; imported as 'Anonymous', the most protective level.",)
    assert not any("the default is used" in warning for row in plan.rows for warning in row.warnings)
    participant_import.apply(db, plan)
    shown = {row.name: row.anonymity for row in participation.list_participants(db, meeting)}
    assert shown == {"Renée Faÿ": "anonymous", "Henk Müller": "anonymous", "Jan de Boer": "named"}


def test_merging_makes_a_register_person_more_protected_never_less(demo_db: Database, tmp_path: Path) -> None:
    """Esther Mulder is named in the register and a new list asks "anoniem" for her: she becomes anonymous,
    with a warning.  Kamla Devi is anonymous there, and a list that says "bij naam" does not name her."""
    path = write(tmp_path, "lijst.csv", "Naam,Organisatie,Privacy\nEsther Mulder,Fair Stone Watch,anoniem\n"
                 "Marieke de Vries,Steenhuis Natuursteen BV,bij naam\nKamla Devi,,bij naam\n")  # fmt: skip
    meeting = new_meeting(demo_db, "Follow-up")
    plan = participant_import.plan(demo_db, meeting, participant_import.read_table(path))
    esther, marieke, kamla = plan.rows
    stricter = "The register has this person as 'Named'; merged, they become 'Anonymous', as the file says."
    assert esther.duplicate_of == demo_id("person/intl_ngo_rep") and stricter in esther.warnings
    assert kamla.duplicate_of and marieke.duplicate_of
    assert not any("register has" in warning for warning in (*kamla.warnings, *marieke.warnings))
    assert participant_import.apply(demo_db, plan).merged == 3
    levels = {row.name: row.anonymity for row in people.list_register(demo_db)}
    assert (levels["Esther Mulder"], levels["Marieke de Vries"], levels["Kamla Devi"]) == (
        "anonymous",
        "named",
        "anonymous",
    )


@pytest.mark.parametrize(
    "header",
    ["Mobile No.", "Mobile", "Mob.", "Cell", "WhatsApp", "Contact no.", "Telefoon", "Mobiel", "Tel.nr.", "Phone #",
     "\u095e\u094b\u0928", "\u092b\u093c\u094b\u0928", "मोबाइल नंबर"],  # फ़ोन as one character and as two
)  # fmt: skip
def test_phone_columns_as_people_head_them(header: str) -> None:
    mapping = participant_import.guess_mapping(("Naam", header))
    assert mapping["phone"] == 1


def test_a_header_in_two_languages_matches_on_either_part() -> None:
    """Lists from Rajasthan head their columns in Hindi and English; neither part alone must be known."""
    headers = ("नाम / Name", "Sanstha / Organisation", "Samooh/Group", "Mobile No. / मोबाइल", "E-mail / Phone")
    mapping = participant_import.guess_mapping(headers)
    assert (mapping["name"], mapping["organisation"], mapping["stakeholder_group"]) == (0, 1, 2)
    assert (mapping["email"], mapping["phone"]) == (4, 3)  # a column goes to one field: email took "E-mail / Phone"
    assert participant_import.guess_mapping(("Sanstha",))["organisation"] == 0


def test_no_header_spelling_means_two_fields() -> None:
    seen: dict[str, str] = {}
    for name, (_label, spellings) in participant_import.FIELDS.items():
        for spelling in spellings:
            simple = import_columns.simplified(spelling)
            assert seen.setdefault(simple, name) == name, f"{spelling!r} means {seen[simple]} and {name}"


def test_a_person_already_listed_is_found_through_a_two_language_organisation_header(
    demo_db: Database, tmp_path: Path
) -> None:
    path = write(tmp_path, "list.csv", "Name;Sanstha / Organisation;Mobile No.\nPriya Sharma;Shram Sahyog Kendra;"
                                       "98290 12345\n")  # fmt: skip
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(path))
    assert (plan.mapping["organisation"], plan.mapping["phone"]) == (1, 2)
    assert [row.errors for row in plan.rows] == [("Already on this meeting's list.",)]


def test_a_name_longer_than_the_register_holds_is_cut_with_a_warning(db: Database, tmp_path: Path) -> None:
    """A name cell into which someone pasted an address: the register keeps 200 characters, and says so;
    the next import of the same list finds the person it cut."""
    long_name = "कमला देवी पत्नी श्री रामलाल " + "ग्राम बुधपुरा तहसील बूंदी जिला बूंदी राजस्थान " * 8
    long_org = "Budhpura Mahila Samooh " * 12
    assert len(long_name.strip()) > 300 and len(long_org) > 200
    path = write(tmp_path, "list.csv", f"Name;Organisation;Group\n{long_name};{long_org};women worker\n")
    plan = participant_import.plan(db, new_meeting(db), participant_import.read_table(path))
    [row] = plan.rows
    assert row.importable and row.warnings == (
        "Name is longer than 200 characters; only the first 200 are imported.",
        "Organisation is longer than 200 characters; only the first 200 are imported.",
    )
    assert row.values["name"] == long_name.strip()[:200].rstrip()
    participant_import.apply(db, plan)
    [person] = people.list_register(db)
    assert person.name == row.values["name"]
    again = participant_import.plan(db, new_meeting(db, "Follow-up"), participant_import.read_table(path))
    assert again.rows[0].duplicate_of == person.id


def test_an_xlsx_with_a_title_above_its_headers_is_read_from_its_headers(db: Database, tmp_path: Path) -> None:
    """ "Invitation list Kota roundtable" in A1, a date in A2, the column names on row 4: the rows above are
    not people, and every message names the row the spreadsheet shows."""
    path = xlsx(tmp_path, [
        ["Invitation list Kota roundtable"], ["5 November 2026", None, None], [None],
        ["Naam", "Sanstha / Organisation", "Groep", "Mobile No."],
        ["Kamla Devi", "Budhpura Mahila Samooh", "women worker", "98290 12345"],
        [None, "Nobody Ltd", "Workers", None],
        ["गोपाल सिंह", None, "Worker", 9829012346],
    ])  # fmt: skip
    table = participant_import.read_table(path)
    assert table.headers == ("Naam", "Sanstha / Organisation", "Groep", "Mobile No.")
    assert (table.header_line, table.lines_above, table.lines) == (4, (1, 2), (5, 6, 7))
    plan = participant_import.plan(db, new_meeting(db), table)
    assert [(row.line, row.errors) for row in plan.rows] == [(5, ()), (6, ("No name.",)), (7, ())]
    assert participant_import.apply(db, plan).added == 2
    [gopal] = people.list_register(db, search="गोपाल")
    assert gopal.phone == "9829012346"


def test_a_csv_with_a_title_line_saved_by_dutch_excel(tmp_path: Path) -> None:
    """Excel pads the title line with separators; Windows-1252, as a Dutch office saves it."""
    text = "Uitnodigingslijst rondetafel Kota;;\r\n;;\r\nNaam;Organisatie;Geslacht\r\nHenk Müller;Steen & Co BV;m\r\n"
    table = participant_import.read_table(write(tmp_path, "lijst.csv", text.encode("cp1252")))
    assert table.headers == ("Naam", "Organisatie", "Geslacht") and table.rows == (
        ("Henk Müller", "Steen & Co BV", "m"),
    )
    assert (table.header_line, table.lines_above, table.lines) == (3, (1,), (4,))


def test_a_quote_never_closed_is_refused_rather_than_swallowing_the_people_after_it(tmp_path: Path) -> None:
    """Python's reader takes the rest of the file as one cell: "X" would vanish into the name before it."""
    for text, line in (
        ('name,group\n"Unclosed quote,Buyers\nX,Buyers\n', 2),
        ('name;group\nA;B\n"C;B\nD;B', 3),
        ('name,group\n"Unclosed quote,Buyers\nX,Buyers\nY,"Local NGOs"\nZ,Buyers\n', 2),  # runs to the next quote
        ('name,group\n"Unclosed quote,Buyers\nX,"Buyers"\n', 2),
        ('name;group\n"Anna;Buyers\nBert;Buyers\nCees;"NGO"\n\n', 2),
    ):
        with pytest.raises(UserError, match=f"the quote opened on line {line} is not closed"):
            participant_import.read_table(write(tmp_path, "quote.csv", text.encode()))
    # A cell over two lines, closed as it should be, is a cell; so is a stray quote inside a cell.
    text = 'name;group\nAnn;Buyers\n"Multi\nline";Buyers\nAnn "Nick" Lee;"Local NGOs"\n'
    table = participant_import.read_table(write(tmp_path, "fine.csv", text.encode()))
    assert [row[0] for row in table.rows] == ["Ann", "Multi line", 'Ann "Nick" Lee']
    text = 'name,group\r\n"Ann ""Nick"" Lee",Buyers\r\n"Street 1,\r\nKota",X\r\n'
    table = participant_import.read_table(write(tmp_path, "excel.csv", text.encode()))
    assert [row[0] for row in table.rows] == ['Ann "Nick" Lee', "Street 1, Kota"]


def test_a_header_row_not_recognised_is_not_replaced_by_a_data_row(tmp_path: Path) -> None:
    """Under headers the app does not know, a row holding "Participant" is a person, not the header."""
    path = xlsx(tmp_path, [["Who", "Role"], ["Jan de Boer", "Participant"], ["Kamla Devi", "Participant"]])
    table = participant_import.read_table(path)
    assert table.headers == ("Who", "Role") and table.lines == (2, 3) and table.lines_above == ()


def test_cells_right_of_the_last_header_are_kept_in_a_column_without_a_name(tmp_path: Path) -> None:
    """A note typed beside the table, under no header: the column is kept (and the import can say so)."""
    path = xlsx(tmp_path, [["Name", "Group", "Village"], ["Kamla Devi", "women worker", "Budhpura", "needs childcare"],
                           ["Gopal", "Worker"]])  # fmt: skip
    table = participant_import.read_table(path)
    assert table.headers == ("Name", "Group", "Village", "")
    assert table.rows == (("Kamla Devi", "women worker", "Budhpura", "needs childcare"), ("Gopal", "Worker", "", ""))
    mapping = participant_import.guess_mapping(table.headers)
    assert participant_import.unmapped_columns(table, mapping) == (2, 3)


def test_without_an_organisation_column_a_name_on_the_list_is_not_imported_again(
    demo_db: Database, tmp_path: Path
) -> None:
    """Priya Sharma is on the demo meeting's list (with her organisation); a list of names and groups only
    must not enter her a second time.  A name two listed people share is refused: a third Marieke de
    Vries was added."""
    namesake = people.create_person(demo_db, "Marieke de Vries", organisation="Fair Stone Watch")
    participation.add_participant(demo_db, MEETING_ID, namesake.id)
    path = write(tmp_path, "namen.csv", "Naam;Groep\r\nPriya Sharma;lokale ngo\r\nMarieke de Vries;importeur\r\n"
                                        "Sunita Devi;vrouwelijke arbeiders\r\n".encode("cp1252"))  # fmt: skip
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(path))
    priya, marieke, sunita = plan.rows
    assert priya.errors == ("Already on this meeting's list.",)
    assert marieke.errors == (
        "More than one person of the register has this name; give their organisations in a column to say which.",
    )
    assert sunita.importable
    with_column = write(tmp_path, "list.csv", "Name;Organisation;Group\nPriya Sharma;;lokale ngo\n")
    kept = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(with_column))
    assert kept.rows[0].importable  # an organisation column, left blank: as before, a different person


@pytest.mark.parametrize(
    "typed", ["Bij naam (liever niet)", "Named (not in public documents)", "Group (not my village)"]
)
def test_a_level_with_a_remark_in_brackets_is_not_taken_at_its_word(db: Database, tmp_path: Path, typed: str) -> None:
    """ "Named (not in public documents)" is no plain wish to be named: it is read as not understood."""
    path = write(tmp_path, "lijst.csv", f"Naam;Groep;Privacy\nRenée Faÿ;CSO_INTL;{typed}\n")
    plan = participant_import.plan(db, new_meeting(db), participant_import.read_table(path))
    (row,) = plan.rows
    assert row.values["anonymity"] == "anonymous" and row.warnings[0].startswith("Unknown anonymity")


def test_a_protective_level_with_a_remark_is_read_as_written(db: Database, tmp_path: Path) -> None:
    path = write(tmp_path, "lijst.csv", "Naam;Groep;Privacy\nRenée Faÿ;CSO_INTL;Niet bij naam (werkgever)\n")
    (row,) = participant_import.plan(db, new_meeting(db), participant_import.read_table(path)).rows
    assert row.values["anonymity"] == "anonymous" and row.warnings == ()


def test_worker_groups_written_in_hindi_with_latin_letters_are_read(demo_db: Database, tmp_path: Path) -> None:
    listed = "Name,Group,Anonymity\nLakshmi,Mahila mazdoor,\nRaju,Stone cutter,\nSunita,Pravasi majdoor,\n"
    listed += "Meena,Patthar ghadai,named\n"
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "w.csv", listed)))
    groups = {row.values["name"]: (row.values["stakeholder_group"], row.values.get("anonymity")) for row in plan.rows}
    assert groups["Lakshmi"] == ("RH_WOMEN_WORKER", None) and groups["Raju"] == ("RH_WORKER", None)
    assert groups["Sunita"] == ("RH_MIGRANT", None)
    assert groups["Meena"] == ("", "named")  # an unknown group with a plain wish to be named: her wish stands


def test_a_column_that_asks_anonymous_is_answered_yes_or_no_and_rol_is_the_role(
    demo_db: Database, tmp_path: Path
) -> None:
    """A Dutch list asks "Anoniem?" and answers ja or nee: nee was read as not understood, so a named
    buyer was imported as anonymous. Under a header that asks, yes and no answer it; elsewhere they are
    still not understood (and protect)."""
    listed = "Naam;Groep;Rol;Anoniem?\nPieter Bakker;Importeur;Inkoper;nee\nSita Devi;Werknemer;Kliever;ja\n"
    listed += "Ravi Kumar;Werknemer;;weet niet\n"
    plan = participant_import.plan(
        demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "nl.csv", listed))
    )
    values = {row.values["name"]: row.values for row in plan.rows}
    assert values["Pieter Bakker"]["anonymity"] == "named" and values["Pieter Bakker"]["role"] == "Inkoper"
    assert values["Sita Devi"]["anonymity"] == "anonymous"
    assert values["Ravi Kumar"]["anonymity"] == "anonymous"  # not an answer: the most protective level
    for header in ("Privacy", "Anonymity", "Anonymity level", "Anonimiteit"):  # they name a level, not ask
        listed = f"Name;{header}\nSita Devi;no\n"
        plan = participant_import.plan(
            demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "a.csv", listed))
        )
        assert plan.rows[0].values["anonymity"] == "anonymous", header
    privacy = "Naam;Privacy\nPieter Bakker;nee\n"  # a header that does not ask: "nee" is not understood
    plan = participant_import.plan(
        demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "p.csv", privacy))
    )
    assert plan.rows[0].values["anonymity"] == "anonymous"


def test_other_spellings_of_a_name_are_read_and_joined_to_those_the_register_knows(
    demo_db: Database, tmp_path: Path
) -> None:
    from facilitator.core.participants.people import list_register

    listed = "Name,Group,Also written as\nLakshmi Bai,Woman worker,लक्ष्मी बाई; Laxmi Bai\n"
    path = write(tmp_path, "w.csv", listed)
    participant_import.apply(demo_db, participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(path)))
    again = write(tmp_path, "again.csv", "Name,Group,Also written as\nLakshmi Bai,Woman worker,Laxmibai\n")
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    participant_import.apply(demo_db, participant_import.plan(demo_db, other, participant_import.read_table(again)))
    (lakshmi,) = [person for person in list_register(demo_db) if person.name == "Lakshmi Bai"]
    assert lakshmi.other_spellings == "लक्ष्मी बाई; Laxmi Bai; Laxmibai"


def test_a_row_with_more_spellings_than_the_register_keeps_is_refused_not_cut(
    demo_db: Database, tmp_path: Path
) -> None:
    many = "; ".join(f"Lakshmi {n}" for n in range(12))
    path = write(tmp_path, "many.csv", f"Name,Also written as\nLakshmi Bai,{many}\n")
    (row,) = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(path)).rows
    assert row.errors == ("More than 10 other spellings; keep those that notes use.",)


def test_two_people_merged_with_their_other_spellings_in_one_list_are_both_imported(
    demo_db: Database, tmp_path: Path
) -> None:
    """The second row of such a list stopped the import with an error: the first one's spellings had
    taken the place of what the import knows of the register."""
    first = "Name,Group,Also written as\nLakshmi Bai,Woman worker,Laxmi Bai\nGeeta Bai,Woman worker,Gita Bai\n"
    participant_import.apply(
        demo_db,
        participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "a.csv", first))),
    )
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    again = write(
        tmp_path,
        "b.csv",
        "Name,Group,Also written as\nLakshmi Bai,Woman worker,Laxmibai\nGeeta Bai,Woman worker,Gitabai\n",
    )
    done = participant_import.apply(
        demo_db, participant_import.plan(demo_db, other, participant_import.read_table(again))
    )
    assert (done.added, done.merged) == (0, 2)


def test_a_list_read_again_makes_someone_on_it_anonymous_as_it_asks_never_less(
    demo_db: Database, tmp_path: Path
) -> None:
    """He answered "Anonymous? yes" after the first list: the second said so, and was skipped whole."""
    union = demo_id("person/union_rep")
    asks = "Name,Organisation,Anonymous?\nMohan Lal Meena,Rajasthan Pathar Khan Mazdoor Union,yes\n"
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "c.csv", asks)))
    (row,) = plan.rows
    assert row.listed and row.protect == "anonymous" and "they become 'Anonymous'" in row.warnings[-1]
    before = counts(demo_db)
    done = participant_import.apply(demo_db, plan)
    assert (done.added, done.merged, done.protected, done.skipped) == (0, 0, 1, 0) and counts(demo_db) == before
    assert level_of(demo_db, union) == "anonymous"
    # Read again answering no: nobody is made less protected by a list.
    row = only_row(demo_db, MEETING_ID, write(tmp_path, "d.csv", asks.replace(",yes", ",no")))
    assert row.listed and not row.protect and level_of(demo_db, union) == "anonymous"


def test_of_two_rows_for_someone_listed_the_more_protective_counts_and_an_unknown_group_asks_nothing(
    demo_db: Database, tmp_path: Path
) -> None:
    """Rows answered no, then yes, left him named (the second was "the same person"); and a group the
    list writes otherwise made a named person anonymous "as the file says", which it did not."""
    union = demo_id("person/union_rep")
    rows = "Name,Organisation,Anonymous?\n" + "".join(
        f"Mohan Lal Meena,Rajasthan Pathar Khan Mazdoor Union,{answer}\n" for answer in ("no", "yes")
    )
    plan = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(write(tmp_path, "e.csv", rows)))
    assert plan.rows[0].protect == "anonymous" and "Same person as on line 2." in plan.rows[1].errors
    assert participant_import.apply(demo_db, plan).protected == 1 and level_of(demo_db, union) == "anonymous"
    grouped = "Name,Organisation,Group\nJoost van Dijk,Van Dijk Stone Import BV,Inkoper natuursteen\n"
    row = only_row(demo_db, MEETING_ID, write(tmp_path, "f.csv", grouped))
    assert row.listed and not row.protect and level_of(demo_db, demo_id("person/buyer2")) == "named"  # Joost


def test_a_list_without_organisations_finds_the_one_person_of_the_register_with_the_name(
    demo_db: Database, tmp_path: Path
) -> None:
    """Without an organisation column a second "Sanne Bakker" was added beside the register's, and made
    anonymous as the file asked, while the named one stayed."""
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    path = write(tmp_path, "g.csv", "Name,Group\nSanne Bakker,BIZ_BUYER\nNew Person,BIZ_BUYER\n")
    plan = participant_import.plan(demo_db, other, participant_import.read_table(path))
    assert plan.rows[0].duplicate_of == demo_id("person/buyer3") and plan.rows[1].duplicate_of is None
    before = counts(demo_db)[0]
    done = participant_import.apply(demo_db, plan)
    assert (done.added, done.merged) == (1, 1) and counts(demo_db)[0] == before + 1


def test_two_rows_for_someone_of_the_register_say_the_level_the_more_protective_gives(
    demo_db: Database, tmp_path: Path
) -> None:
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    rows = "Name,Organisation,Anonymous?\n" + "".join(
        f"Joost van Dijk,Van Dijk Stone Import BV,{answer}\n" for answer in ("no", "yes")
    )
    plan = participant_import.plan(demo_db, other, participant_import.read_table(write(tmp_path, "h.csv", rows)))
    assert plan.rows[0].values["anonymity"] == "anonymous" and "they become 'Anonymous'" in plan.rows[0].warnings[-1]
    # A worker's row without a level is anonymous, as her group's default: a later "group only" shows more.
    worker = "Name,Group,Privacy\nLaxmi Bheel,Women workers,\nLaxmi Bheel,Women workers,group only\n"
    (first, _second) = participant_import.plan(
        demo_db, other, participant_import.read_table(write(tmp_path, "i.csv", worker))
    ).rows
    assert first.values.get("anonymity", "") == ""


def test_a_name_written_in_devanagari_is_found_through_the_spellings_the_register_keeps(
    demo_db: Database, tmp_path: Path
) -> None:
    """ "मोहन लाल मीणा" on a union's list was a second Mohan Lal Meena: the import warns that the name sounds
    like his, and once the register keeps that spelling of him it is him."""
    path = write(tmp_path, "union.csv", "Name,Group\nमोहन लाल मीणा,Trade union\n")
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    row = only_row(demo_db, other, path)
    assert row.duplicate_of is None
    assert row.warnings == (
        "Sounds like Mohan Lal Meena (Rajasthan Pathar Khan Mazdoor Union) in the register. If it is the same "
        "person, add this spelling to their 'Also written as' and import again; otherwise a new person is added.",
    )
    mohan = demo_id("person/union_rep")
    people.update_person(demo_db, mohan, other_spellings="मोहन लाल मीणा")
    row = only_row(demo_db, other, path)
    assert (row.duplicate_of, row.warnings) == (mohan, ())
    before = counts(demo_db)
    done = participant_import.apply(
        demo_db, participant_import.plan(demo_db, other, participant_import.read_table(path))
    )
    assert (done.added, done.merged) == (0, 1)
    assert counts(demo_db) == (before[0], before[1] + 1)


def test_a_name_that_sounds_like_someone_not_named_or_a_line_above_is_warned_of_without_naming_anyone(
    demo_db: Database, tmp_path: Path
) -> None:
    listed = "Name,Group\nकमला देवी,Women workers\nSunita Meena,Women workers\nसुनीता मीणा,Women workers\nभंवर लाल भील,\n"
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    rows = participant_import.plan(demo_db, other, participant_import.read_table(write(tmp_path, "w.csv", listed))).rows
    kamla, sunita, again, bhanwar = (row.warnings for row in rows)
    assert bhanwar[-2].startswith("Sounds like someone not named, of Worker committees in the register.")
    assert bhanwar[-1] == (
        "Imported as 'Group only', as someone of the register who is not named has this name or one that sounds "
        "like it; change it once you know who this is."
    )
    assert rows[3].values["anonymity"] == "group_only"
    assert kamla == (
        "Sounds like someone not named in the register. If it is the same person, add this "
        "spelling to their 'Also written as' and import again; otherwise a new person is added.",
    )
    assert sunita == ()
    assert again == (
        "Sounds like the name on line 3. If it is the same person, keep one of the two rows and put the other "
        "spelling in its 'Also written as'.",
    )
    assert all(row.importable for row in rows)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_apps_own_list_read_again_adds_nobody_called_anonymous_participant(
    demo_db: Database, tmp_path: Path, language: str
) -> None:
    """The participant list exported for a second day, read back in: it added a person named "Anonymous
    participant" and one named "Worker committees"."""
    from facilitator.export.participants import export_csv
    from facilitator.i18n import labels_in
    from facilitator.ui.i18n import install_catalogues

    install_catalogues()  # as the window and the import command do
    with labels_in(language):
        exported = export_csv(demo_db, MEETING_ID)
    path = write(tmp_path, "list.csv", exported)
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    planned = participant_import.plan(demo_db, other, participant_import.read_table(path))
    placeholders = [row for row in planned.rows if not row.importable]
    assert len(placeholders) == 5  # the four anonymous participants and the worker committee's member
    assert all(
        row.errors[0].endswith("is how this app lists someone who is not named, not a name: nobody is imported. To "
                               "invite the same people again, duplicate their meeting or invite them from the "
                               "register.")
        for row in placeholders
    )  # fmt: skip
    before = counts(demo_db)
    done = participant_import.apply(demo_db, planned)
    assert (done.added, done.merged, done.skipped) == (0, 14, 5)
    assert counts(demo_db)[0] == before[0]


def test_a_spelling_kept_beside_a_name_matches_one_person_and_takes_no_one_elses_name(
    demo_db: Database, tmp_path: Path
) -> None:
    """ "MOHAN LAL MEENA" kept as another spelling of Mohan Lal Meena made him two people of that name, so
    a list without organisations added him again, beside himself on the meeting's list; and a spelling of
    Marieke de Vries that is Sanne Bakker's name hid Sanne Bakker."""
    people.update_person(demo_db, demo_id("person/union_rep"), other_spellings="MOHAN LAL MEENA; मोहन लाल मीणा")
    people.update_person(demo_db, demo_id("person/buyer1"), other_spellings="Sanne Bakker")
    path = write(tmp_path, "again.csv", "Name\nMohan Lal Meena\nSanne Bakker\nमोहन लाल मीणा\n")
    listed = participant_import.plan(demo_db, MEETING_ID, participant_import.read_table(path)).rows
    assert [row.errors for row in listed] == [("Already on this meeting's list.",)] * 2 + [
        ("Same person as on line 2.",)
    ]
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    mohan, sanne, _ = participant_import.plan(demo_db, other, participant_import.read_table(path)).rows
    assert (mohan.duplicate_of, mohan.warnings) == (demo_id("person/union_rep"), ())  # merged: he has his group
    assert sanne.duplicate_of == demo_id("person/buyer3")


def test_a_name_that_sounds_like_someone_of_another_organisation_is_not_said_to_be_them(
    demo_db: Database, tmp_path: Path
) -> None:
    """Adding the spelling could not make such a row match: the organisation would still differ.  But it
    is said: a list typed in Hindi writes the union in Hindi too, and Mohan Lal Meena was added again."""
    path = write(tmp_path, "union.csv", "Name,Organisation\nमोहन लाल मीणा,राजस्थान पत्थर खान मजदूर यूनियन\n"
                                        "MohanLal Meena,\n")  # fmt: skip
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    first, second = participant_import.plan(demo_db, other, participant_import.read_table(path)).rows
    assert first.duplicate_of is None and first.warnings[-1] == (
        "Sounds like Mohan Lal Meena (Rajasthan Pathar Khan Mazdoor Union) in the register, who is of another "
        "organisation there. If it is the same person, leave this row out and add them from the register; "
        "otherwise a new person is added."
    )
    assert not any("Also written as" in warning for warning in first.warnings)
    assert second.warnings[-1] == first.warnings[-1]  # the register's Mohan, before the line above


def test_a_list_read_again_gives_the_answers_that_came_in_and_never_undoes_an_attendance(
    demo_db: Database, tmp_path: Path
) -> None:
    """A list kept in a spreadsheet and read again as the answers come in: its rows were all skipped as
    "Already on this meeting's list", so each answer had to be typed again by hand."""
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    first = "Name,Organisation,Status\nSanne Bakker,Brabant Graniet & Zandsteen,\nPriya Sharma,Shram Sahyog Kendra,\n"
    first += "Joost van Dijk,Van Dijk Stone Import BV,\n"
    participant_import.apply(demo_db, participant_import.plan(demo_db, other, participant_import.read_table(
        write(tmp_path, "first.csv", first))))  # fmt: skip
    places = {row.name: row for row in participation.list_participants(demo_db, other)}
    participation.check_in(demo_db, places["Joost van Dijk"].participation_id)
    again = write(
        tmp_path,
        "again.csv",
        "Name,Organisation,Status\nSanne Bakker,Brabant Graniet & Zandsteen,yes\nPriya Sharma,Shram Sahyog Kendra,"
        "invited\nJoost van Dijk,Van Dijk Stone Import BV,declined\n",
    )
    planned = participant_import.plan(demo_db, other, participant_import.read_table(again))
    sanne, priya, joost = planned.rows
    assert sanne.answer == "confirmed" and sanne.warnings[-1] == (
        "Already on this meeting's list, as 'Invited'; the answer becomes 'Confirmed', as the file says."
    )
    assert (priya.answer, joost.answer) == ("", "")  # "invited" is no answer; an attendance stays
    done = participant_import.apply(demo_db, planned)
    assert (done.added, done.merged, done.skipped) == (0, 0, 2)
    assert done.answered == ((places["Sanne Bakker"].participation_id, "invited", "confirmed"),)
    statuses = {row.name: row.status for row in participation.list_participants(demo_db, other)}
    assert statuses == {"Sanne Bakker": "confirmed", "Priya Sharma": "invited", "Joost van Dijk": "attended"}


def test_a_row_that_may_be_someone_not_named_is_never_written_as_named(demo_db: Database, tmp_path: Path) -> None:
    """ "कमला देवी" and "Kamla Devi" of another organisation, beside the anonymous Kamla Devi of the
    register, were added as new people, named; and so was a second Santosh Bai with the merge unticked."""
    listed = "Name,Organisation,Group\nकमला देवी,,\nKamla Devi,Shram Sahyog Kendra,\nSantosh Bai,,\n"
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    planned = participant_import.plan(demo_db, other, participant_import.read_table(write(tmp_path, "k.csv", listed)))
    devanagari, elsewhere, santosh = planned.rows
    assert devanagari.duplicate_of is None and elsewhere.duplicate_of is None
    assert santosh.duplicate_of == demo_id("person/woman_worker2")
    assert [row.values["anonymity"] for row in planned.rows] == ["anonymous"] * 3
    assert all(row.warnings[-1].startswith("Imported as 'Anonymous'") for row in (devanagari, elsewhere))
    unmerged = participant_import.Plan(**{**{f: getattr(planned, f) for f in planned.__struct_fields__},
                                           "rows": tuple(replace(r, merge=False) for r in planned.rows)})  # fmt: skip
    assert unmerged.duplicates == []  # the summary counts what each row will do
    done = participant_import.apply(demo_db, unmerged)
    with demo_db.session() as session:
        levels = {session.get(Person, pid).anonymity for pid in done.person_ids}
    assert done.added == 3 and levels == {"anonymous"}


def test_answers_written_in_dutch_are_read_and_an_answer_not_understood_is_said_not_dropped(
    demo_db: Database, tmp_path: Path
) -> None:
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    first = "Naam;Organisatie;RSVP\nSanne Bakker;Brabant Graniet & Zandsteen;ja\nPriya Sharma;Shram Sahyog Kendra;nee\n"
    first += "Joost van Dijk;Van Dijk Stone Import BV;misschien\nThomas Jansen;Hollandse Hardsteen BV;aanwezig\n"
    planned = participant_import.plan(demo_db, other, participant_import.read_table(write(tmp_path, "a.csv", first)))
    assert [row.values["status"] for row in planned.rows] == ["confirmed", "declined", "invited", "confirmed"]
    assert planned.rows[3].warnings[-1] == "The meeting has not begun: imported as 'Confirmed', not 'Attended'."
    participant_import.apply(demo_db, planned)
    again = "Naam;Organisatie;RSVP\nSanne Bakker;Brabant Graniet & Zandsteen;afgemeld\n"
    again += "Priya Sharma;Shram Sahyog Kendra;??\n"
    sanne, priya = participant_import.plan(
        demo_db, other, participant_import.read_table(write(tmp_path, "b.csv", again))
    ).rows
    assert sanne.answer == "declined"
    assert (priya.answer, priya.warnings) == ("", ("'??' is no answer this app knows; the answer stays 'Declined'.",))


def test_a_title_before_a_name_is_no_part_of_it(demo_db: Database, tmp_path: Path) -> None:
    """ "Mrs. Marieke" and "de Vries" in two columns was a second Marieke de Vries beside the register's."""
    listed = "First name,Last name,Organisation\nMrs. Marieke,de Vries,Steenhuis Natuursteen BV\n"
    listed += "Smt.,Kamla Devi,\n"
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    marieke, kamla = participant_import.plan(
        demo_db, other, participant_import.read_table(write(tmp_path, "t.csv", listed))
    ).rows
    assert marieke.duplicate_of == demo_id("person/buyer1")
    assert kamla.values["anonymity"] == "anonymous"  # "Smt. Kamla Devi" may be the anonymous Kamla Devi


def test_a_row_merged_with_someone_of_a_group_says_nothing_of_its_own_group(demo_db: Database, tmp_path: Path) -> None:
    """ "Merged · Group 'Kopers' is not known; imported without a group, and anonymous until you choose.":
    she stayed named, among the buyers; and "Kopers" is Dutch for buyers."""
    listed = "Name,Organisation,Group\nMarieke de Vries,Steenhuis Natuursteen BV,Handelaars?\n"
    listed += "Sanne Bakker,Brabant Graniet & Zandsteen,Kopers\nAnke Smit,,Handelaars?\n"
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    marieke, sanne, anke = participant_import.plan(
        demo_db, other, participant_import.read_table(write(tmp_path, "g.csv", listed))
    ).rows
    assert marieke.duplicate_of == demo_id("person/buyer1") and marieke.warnings == ()
    assert sanne.values["stakeholder_group"] == "BIZ_BUYER" and sanne.warnings == ()
    assert anke.warnings == (
        "Group 'Handelaars?' is not known; imported without a group, and anonymous until you choose.",
    )


def test_rows_the_reviewer_found_wrong(demo_db: Database, tmp_path: Path) -> None:
    """Two rows for one person by two spellings were both "merged", and the second's e-mail was dropped
    without a word; a row whose name a line above makes anonymous was named; "No (only by group)" in an
    "Anonymous?" column named a worker; and "Sri Lakshmi Rao" was merged into a Lakshmi Rao."""
    people.update_person(demo_db, demo_id("person/union_rep"), other_spellings="मोहन लाल मीणा")
    people.create_person(demo_db, "Lakshmi Rao", organisation="Samvaad Dialogue Partners")
    listed = (
        "Name,Organisation,Group,Anonymous?\n"
        "Mohan Lal Meena,Rajasthan Pathar Khan Mazdoor Union,,\n"
        "मोहन लाल मीणा,Rajasthan Pathar Khan Mazdoor Union,,\n"
        "Radha Meena,Quarry A,workers,yes\n"
        "Radha Meena,Shram NGO,,\n"
        "राधा मीणा,,,\n"
        "Geeta Bai,,Women workers,No (only by group)\n"
        "Sri Lakshmi Rao,Samvaad Dialogue Partners,,\n"
    )
    other = meetings.create(demo_db, "Second day", AHEAD, AHEAD + timedelta(hours=7)).id
    rows = participant_import.plan(demo_db, other, participant_import.read_table(write(tmp_path, "r.csv", listed))).rows
    mohan, again, radha, radha_ngo, radha_deva, geeta, sri = rows
    assert mohan.duplicate_of == demo_id("person/union_rep") and again.errors == ("Same person as on line 2.",)
    assert [row.values["anonymity"] for row in (radha, radha_ngo, radha_deva)] == ["anonymous"] * 3
    assert geeta.values["anonymity"] == "anonymous" and geeta.warnings[-1].startswith("Unknown anonymity")
    assert sri.duplicate_of is None


def test_an_interpreter_column_answered_yes_or_no_names_no_language(db: Database, tmp_path: Path) -> None:
    """ "ja" in an "Interpreter" column was Japanese, and "no" Norwegian."""
    meeting = meetings.create(db, "Kota", AHEAD, AHEAD + timedelta(hours=7)).id
    listed = "Name,Interpreter\nGeeta Bai,ja\nAnke Smit,no\nSunita Meena,Hindi\n"
    geeta, anke, sunita = participant_import.plan(
        db, meeting, participant_import.read_table(write(tmp_path, "i.csv", listed))
    ).rows
    assert "interpretation_language" not in geeta.values and "interpretation_language" not in anke.values
    assert "An interpreter is needed, but the list does not say for which language." in geeta.warnings
    assert not any("language" in warning for warning in anke.warnings)
    assert sunita.values["interpretation_language"] == "hi"
    assert participant_import.guess_mapping(("Naam", "Tolk"))["interpretation_language"] == 1  # Dutch


def test_a_row_hidden_in_the_workbook_is_said_to_be(db: Database, tmp_path: Path) -> None:
    """ "Old Contact", hidden in Excel to leave him out, was imported without a word."""
    book = Workbook()
    sheet = book.active
    for row in (("Name", "Group"), ("Geeta Bai", "Women workers"), ("Old Contact", "Buyers"), ("Anke Smit", "Buyers")):
        sheet.append(row)
    sheet.row_dimensions[3].hidden = True
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    meeting = meetings.create(db, "Kota", AHEAD, AHEAD + timedelta(hours=7)).id
    geeta, old, anke = participant_import.plan(db, meeting, participant_import.read_table(path)).rows
    assert old.warnings[0] == "This row is hidden in the workbook; it is imported like the others."
    assert not any("hidden" in warning for warning in (*geeta.warnings, *anke.warnings))


def test_a_column_that_asks_who_was_present_reads_yes_as_attended_and_no_as_no_answer(
    demo_db: Database, tmp_path: Path
) -> None:
    """An attendance sheet headed "Aanwezig" answered ja or nee: the header was not known, so the column was
    left out (or, mapped by hand, "ja" read as Confirmed). Yes is attended; no, or absent, says nothing of
    the invitation's answer."""
    held = meetings.create(demo_db, "Held last week", datetime(2026, 11, 20, 9), datetime(2026, 11, 20, 16)).id
    listed = "Naam;Organisatie;Aanwezig?\nSanne Bakker;Brabant Graniet & Zandsteen;ja\n"
    listed += "Priya Sharma;Shram Sahyog Kendra;nee\nJoost van Dijk;Van Dijk Stone Import BV;afwezig\n"
    listed += "Thomas Jansen;Hollandse Hardsteen BV;??\n"
    table = participant_import.read_table(write(tmp_path, "present.csv", listed))
    planned = participant_import.plan(demo_db, held, table)
    assert planned.mapping["status"] == 2
    assert [row.values.get("status") for row in planned.rows] == ["attended", None, None, None]
    assert planned.rows[3].warnings[-1] == "Unknown status '??'; the default is used."
    ticks = (("✓", "attended"), ("✔", "attended"), ("✔️", "attended"), ("1", "attended"), ("Attended", "attended"),
             ("0", None), ("-", None))  # fmt: skip
    for tick, read in ticks:
        sheet = participant_import.read_table(write(tmp_path, "t.csv", f"Name;Present?\nSita Devi;{tick}\n"))
        row = participant_import.plan(demo_db, held, sheet).rows[0]
        assert row.values.get("status") == read, tick
        assert not any(w.startswith("Unknown status") for w in row.warnings), tick
    maybe = participant_import.read_table(write(tmp_path, "m.csv", "Name;Present?\nSita Devi;maybe\n"))
    row = participant_import.plan(demo_db, held, maybe).rows[0]  # answers an invitation, not who came
    assert "status" not in row.values and row.warnings[-1] == "Unknown status 'maybe'; the default is used."
    for header in ("Present", "Attendance", "उपस्थित"):
        sheet = participant_import.read_table(write(tmp_path, "p.csv", f"Name;{header}\nSita Devi;yes\n"))
        assert participant_import.plan(demo_db, held, sheet).rows[0].values["status"] == "attended", header
    rsvp = participant_import.read_table(write(tmp_path, "r.csv", "Name;RSVP\nSita Devi;yes\n"))
    assert participant_import.plan(demo_db, held, rsvp).rows[0].values["status"] == "confirmed"  # an answer
    coming = meetings.create(demo_db, "Next month", AHEAD, AHEAD + timedelta(hours=7)).id
    ahead = participant_import.plan(demo_db, coming, table)
    assert ahead.rows[0].values["status"] == "confirmed"
    assert ahead.rows[0].warnings[-1] == "The meeting has not begun: imported as 'Confirmed', not 'Attended'."


def test_an_attendance_sheet_read_again_marks_who_came(demo_db: Database, tmp_path: Path) -> None:
    """Invited first, the sign-in sheet typed up after the meeting: its "ja" was skipped as "already on the
    list", so nobody was marked as attended. A meeting not begun takes it as a confirmation."""
    held = meetings.create(demo_db, "Held last week", datetime(2026, 11, 20, 9), datetime(2026, 11, 20, 16)).id
    coming = meetings.create(demo_db, "Next month", AHEAD, AHEAD + timedelta(hours=7)).id
    invited = write(
        tmp_path,
        "i.csv",
        "Name;Organisation\nSanne Bakker;Brabant Graniet & Zandsteen\nPriya Sharma;Shram Sahyog Kendra\n",
    )
    for meeting in (held, coming):
        participant_import.apply(
            demo_db, participant_import.plan(demo_db, meeting, participant_import.read_table(invited))
        )
    sheet = (
        "Naam;Organisatie;Aanwezig\nSanne Bakker;Brabant Graniet & Zandsteen;ja\nPriya Sharma;Shram Sahyog Kendra;nee\n"
    )
    table = participant_import.read_table(write(tmp_path, "s.csv", sheet))
    planned = participant_import.plan(demo_db, held, table)
    sanne, priya = planned.rows
    assert sanne.answer == "attended" and sanne.warnings == (
        "Already on this meeting's list, as 'Invited'; the answer becomes 'Attended', as the file says.",
    )
    assert (priya.answer, priya.warnings) == ("", ())
    done = participant_import.apply(demo_db, planned)
    assert (done.added, done.merged, done.skipped, len(done.answered)) == (0, 0, 1, 1)
    statuses = {row.name: row.status for row in participation.list_participants(demo_db, held)}
    assert statuses == {"Sanne Bakker": "attended", "Priya Sharma": "invited"}
    assert participant_import.plan(demo_db, held, table).rows[0].answer == ""  # attended already: nothing to do
    assert participant_import.plan(demo_db, coming, table).rows[0].answer == "confirmed"
