"""Anonymity levels carried through every output built so far: CSV, JSON, check report, agenda PDF and calendar."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitator.core import disclosure
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.inclusion import report as inclusion
from facilitator.core.participants import participation
from facilitator.export import agenda_pdf, ics
from facilitator.export import participants as participant_export

ANONYMOUS = ("Kamla Devi", "Santosh Bai", "Ramprasad Gurjar", "Arjun Majhi")
GROUP_ONLY = "Bhanwar Lal Bheel"


@pytest.fixture
def presenting(demo_db: Database) -> Database:
    """Workers lead two agenda items, as the demo's 'Workers' voices' session would have them."""
    items = agenda.items(demo_db, MEETING_ID)
    agenda.update(demo_db, items[4].id, presenter_person_id=demo_id("person/woman_worker1"))
    agenda.update(demo_db, items[5].id, presenter_person_id=demo_id("person/committee_rep"))
    agenda.update(demo_db, items[7].id, presenter_person_id=demo_id("person/local_ngo_rep"))
    return demo_db


def assert_hidden(text: str) -> None:
    for name in (*ANONYMOUS, GROUP_ONLY, "Budhpura Quarry Workers"):
        assert name not in text


def test_public_identity_by_level() -> None:
    named = disclosure.public_identity("named", "Priya", "Shram Sahyog Kendra", "CSO_LOCAL", "p@x.org")
    group = disclosure.public_identity("group_only", "Bhanwar", "Committee", "REP_WORKER_COMMITTEE", "b@x.org")
    hidden = disclosure.public_identity("anonymous", "Kamla", "", "RH_WOMEN_WORKER")
    unknown = disclosure.public_identity("whatever", "Kamla", "Org", "RH_WOMEN_WORKER")
    assert (named.label, named.organisation, named.email) == ("Priya", "Shram Sahyog Kendra", "p@x.org")
    assert (group.label, group.organisation, group.email, group.group) == ("Worker committees", "", "",
                                                                          "REP_WORKER_COMMITTEE")  # fmt: skip
    assert (hidden.label, hidden.group) == ("Anonymous participant", "")
    assert unknown == hidden


def test_participants_csv_and_json(demo_db: Database) -> None:
    assert_hidden(participant_export.export_csv(demo_db, MEETING_ID))
    records = participant_export.public_records(participation.list_participants(demo_db, MEETING_ID))
    assert_hidden(json.dumps(records))


def test_inclusion_report_for_output(demo_db: Database) -> None:
    assert_hidden(json.dumps(inclusion.report_json(inclusion.check(demo_db, MEETING_ID, reveal=False))))


def test_agenda_calendar_names_only_named_presenters(presenting: Database, tmp_path: Path) -> None:
    text = ics.export(presenting, MEETING_ID, tmp_path / "agenda.ics").read_text(encoding="utf-8")
    assert_hidden(text.replace("\r\n ", ""))
    assert "Priya Sharma" in text.replace("\r\n ", "")
    assert "Worker committees" in text


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_agenda_pdf_names_only_named_presenters(presenting: Database, tmp_path: Path) -> None:
    pdf = agenda_pdf.export(presenting, MEETING_ID, tmp_path / "agenda.pdf")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert_hidden(" ".join(text.split()))
    assert "Priya Sharma" in " ".join(text.split())


def test_the_role_of_someone_not_named_is_screened_where_their_name_is(demo_db: Database) -> None:
    """ "Kamla Devi (cobble hand-cutter) says…": the notes printed for sharing replaced her name and left the
    role the register gives her, which names her as surely, also when someone named elsewhere has it too.
    A role that says no more than a group ("Worker"), or one of a single word, names no one and stays."""
    from facilitator.core.live.notes import ParsedNote, add_note
    from facilitator.core.participants import people
    from facilitator.export import notes as notes_export

    people.update_person(demo_db, demo_id("person/worker1"), role="Worker")
    people.update_person(demo_db, demo_id("person/woman_worker2"), role="Supervisor")
    people.create_person(demo_db, "Rekha Verma", role="Cobble hand-cutter", anonymity="named")  # on no list
    for body in (
        "Kamla Devi (cobble hand-cutter) says masks are never given",
        "The COBBLE HAND-CUTTER and the Export director spoke; every worker was heard",
        "The supervisor checks the masks",
    ):
        add_note(demo_db, MEETING_ID, ParsedNote("concern", body, None, "", [], "public"), None)
    bodies = [record["body"] for record in notes_export.public_records(demo_db, MEETING_ID)]
    assert "[Anonymous participant] ([role withheld]) says masks are never given" in bodies
    assert "The [role withheld] and the Export director spoke; every worker was heard" in bodies
    assert "The supervisor checks the masks" in bodies  # a role of one word is a word of the room
    assert not any("hand-cutter" in body.casefold() for body in bodies)
