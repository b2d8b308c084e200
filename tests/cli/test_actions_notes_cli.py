"""``actions``, ``notes`` and ``note`` as a user or a script runs them: outputs that keep anonymous people
anonymous, and notes added by the same grammar as the Live line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.minutes.content import gather
from facilitator.core.models import Action, Note
from tests.cli.invoke import assert_plain_error
from tests.cli.invoke import run as run_command

HIDDEN = ("Kamla Devi", "Santosh Bai", "Ramprasad Gurjar", "Bhanwar Lal Bheel")


def run(data_dir: Path, *args: str):
    return run_command(*args, data_dir=data_dir)


def count(folder: Path, model: type) -> int:
    from sqlalchemy import func, select

    db = Database.open(folder)
    try:
        with db.session() as session:
            return session.scalar(select(func.count()).select_from(model).where(model.deleted.is_(False)))
    finally:
        db.close()


def test_actions_lists_actions_and_commitments_with_owner_due_status_and_item(demo_dir: Path) -> None:
    records = json.loads(run(demo_dir, "actions", MEETING_ID[:8], "--json").stdout)
    assert [(r["kind"], r["owner"], r["due"], r["status"]) for r in records] == [
        ("commitment", "Anil Kumar Verma", None, None),
        ("action", "Ramesh Choudhary", "2023-12-15", "in_progress"),
        ("action", "Vikram Singh Rathore", "2024-01-31", "open"),
    ]
    assert records[0]["agenda_item"] == "What we saw on the site visits"
    rows = list(csv.DictReader(io.StringIO(run(demo_dir, "actions", MEETING_ID[:8], "--csv").stdout)))
    assert [row["kind"] for row in rows] == ["commitment", "action", "action"] and rows[0]["status"] == ""
    text = run(demo_dir, "actions", MEETING_ID[:8]).stdout
    assert "Commitment" in text and "In progress" in text and "during: What we saw on the site visits" in text


def test_an_action_owned_by_an_anonymous_worker_does_not_name_her(demo_dir: Path) -> None:
    db = Database.open(demo_dir)
    with db.session() as session:
        session.add(Action(meeting_id=MEETING_ID, description="Bring the wage slips",
                           owner_participation_id=demo_id("participation/woman_worker1")))  # fmt: skip
    db.close()
    result = run(demo_dir, "actions", MEETING_ID[:8], "--csv")
    assert "Bring the wage slips" in result.stdout and "Kamla" not in result.stdout
    assert json.loads(run(demo_dir, "actions", MEETING_ID[:8], "--json").stdout)[-1]["owner"] == "Anonymous participant"


def test_notes_lists_kind_item_attribution_tags_and_confidentiality(demo_dir: Path) -> None:
    result = run(demo_dir, "notes", MEETING_ID[:8], "--json")
    records = json.loads(result.stdout)
    assert len(records) == count(demo_dir, Note) > 5
    assert {"id", "taken_at", "kind", "agenda_item", "attribution", "risk_tags", "confidentiality", "body"} == set(
        records[0]
    )
    assert records[0]["taken_at"].endswith("+05:30")  # the meeting's zone
    assert any(r["attribution"] == "Joost van Dijk" and "OSH_SILICA" in r["risk_tags"] for r in records)
    assert not any(name in result.stdout for name in HIDDEN)
    assert not any(name in run(demo_dir, "notes", MEETING_ID[:8]).stdout for name in HIDDEN)


def test_note_reads_the_line_as_the_live_screen_does(demo_dir: Path) -> None:
    added = run(demo_dir, "note", MEETING_ID[:8], "c: no masks at the cutting yard @Kamla Devi #OSH_SILICA")
    assert added.returncode == 0, added.stderr
    assert "Concern, about Women workers" in added.stdout  # anonymous: reduced to her group, never named
    action = run(demo_dir, "note", MEETING_ID[:8], "a: share the ID card list @Marieke de Vries due:2026-12-20",
                 "--item", "2")  # fmt: skip
    assert action.returncode == 0 and "during “Introductions round”" in action.stdout
    last = json.loads(run(demo_dir, "notes", MEETING_ID[:8], "--json").stdout)[-2:]
    assert [(r["kind"], r["attribution"], r["risk_tags"]) for r in last] == [
        ("concern", "Women workers", ["OSH_SILICA"]),
        ("action", "Marieke de Vries", []),
    ]
    assert "Kamla" not in json.dumps(last, ensure_ascii=False)
    followed = json.loads(run(demo_dir, "actions", MEETING_ID[:8], "--json").stdout)[-1]
    assert (followed["owner"], followed["due"], followed["agenda_item"]) == (
        "Marieke de Vries", "2026-12-20", "Introductions round",
    )  # fmt: skip


def test_a_note_that_cannot_be_read_is_refused_and_nothing_is_written(demo_dir: Path) -> None:
    before = count(demo_dir, Note)
    assert_plain_error(run(demo_dir, "note", MEETING_ID[:8], "c: dust @Nobody Here"), "Nobody")
    assert_plain_error(run(demo_dir, "note", MEETING_ID[:8], "c: dust", "--item", "99"), "no item 99")
    assert_plain_error(run(demo_dir, "note", MEETING_ID[:8], "c: dust #NOT_A_TAG"), "NOT_A_TAG")
    assert count(demo_dir, Note) == before


def test_a_note_without_a_name_is_about_whoever_has_the_floor_now(demo_dir: Path) -> None:
    from facilitator.core.live.running import RunningMeeting

    stale = run(demo_dir, "note", MEETING_ID[:8], "p: the floor was left open years ago")
    assert "about nobody" in stale.stdout, stale.stdout  # the demo's session was last run in 2023
    db = Database.open(demo_dir)
    RunningMeeting(db, MEETING_ID).switch(demo_id("participation/buyer1"))
    db.close()
    added = run(demo_dir, "note", MEETING_ID[:8], "p: we will share the audit reports")
    assert "about Marieke de Vries" in added.stdout, added.stdout


def test_a_name_typed_into_a_note_or_an_action_and_a_confidential_note_stay_on_the_laptop(demo_dir: Path) -> None:
    """The command line's output is shareable: a worker named in the words of a note (whole, or by a part
    of the name only she has) is shown as the policy shows her, and the words of a confidential note, or
    of an action or commitment taken in one, not at all."""
    run(demo_dir, "note", MEETING_ID[:8], "p: Santosh Bai and Kamla said the munshi docks 200 rupees", "--item", "5")
    run(demo_dir, "note", MEETING_ID[:8], "a: Joost van Dijk to call Ramprasad about the card", "--item", "5")
    run(demo_dir, "note", MEETING_ID[:8], "c: the agent took the cards %confidential", "--item", "5")
    run(demo_dir, "note", MEETING_ID[:8], "a: pay the hospital bill quietly %confidential", "--item", "5")
    run(demo_dir, "note", MEETING_ID[:8], "m: we will stop the cash advances %confidential", "--item", "5")
    printed = (
        "\n".join(
            run(demo_dir, *command, MEETING_ID[:8], *extra).stdout
            for command in (("notes",), ("actions",))
            for extra in ((), ("--json",))
        )
        + run(demo_dir, "actions", MEETING_ID[:8], "--csv").stdout
    )
    assert "the munshi docks 200 rupees" in printed and "Joost van Dijk to call" in printed  # named stay named
    assert not [name for name in (*HIDDEN, "Kamla", "Santosh", "Ramprasad") if name in printed]
    assert "the agent took the cards" not in printed
    assert "hospital bill" not in printed and "cash advances" not in printed  # an action or a commitment
    assert printed.count("(confidential: not shown outside the laptop)") >= 3


def test_a_note_listed_by_notes_is_chosen_for_the_minutes_by_the_id_shown(demo_dir: Path) -> None:
    listed = run(demo_dir, "notes", MEETING_ID[:8]).stdout.splitlines()[0]
    shown = listed.split()[1]
    record = json.loads(run(demo_dir, "notes", MEETING_ID[:8], "--json").stdout)[0]
    assert len(shown) == 8 and record["id"].startswith(shown)

    def in_minutes() -> bool:
        db = Database.open(demo_dir)
        try:
            return any(n["id"] == record["id"] for i in gather(db, MEETING_ID, "internal")["items"] for n in i["notes"])
        finally:
            db.close()

    assert in_minutes()
    run(demo_dir, "minutes", "note", MEETING_ID[:8], shown, "--appears", "omit")
    assert not in_minutes()
    assert_plain_error(
        run(demo_dir, "minutes", "note", MEETING_ID[:8], "zz", "--appears", "omit"),
        "no note with an id starting with 'zz'",
    )


def test_an_action_the_facilitator_kept_to_the_internal_minutes_keeps_its_words_here_too(demo_dir: Path) -> None:
    run(demo_dir, "note", MEETING_ID[:8], "a: union to check the wage book at Dabi", "--item", "5")
    note_id = json.loads(run(demo_dir, "notes", MEETING_ID[:8], "--json").stdout)[-1]["id"]
    assert "wage book" in run(demo_dir, "actions", MEETING_ID[:8]).stdout  # an action: public by default
    assert run(demo_dir, "minutes", "note", MEETING_ID[:8], note_id[:8], "--appears", "internal").returncode == 0
    printed = run(demo_dir, "actions", MEETING_ID[:8]).stdout + run(demo_dir, "actions", MEETING_ID[:8], "--csv").stdout
    assert "wage book" not in printed and "kept to the internal minutes" in printed


def test_a_worker_deleted_from_the_register_stays_unnamed_in_the_notes_that_mention_her(demo_dir: Path) -> None:
    from facilitator.core import records
    from facilitator.core.models import Person
    from facilitator.core.participants.people import list_register

    run(demo_dir, "note", MEETING_ID[:8], "a: Kamla Devi to bring the wage slips", "--item", "5")
    db = Database.open(demo_dir)
    try:
        (kamla,) = [person for person in list_register(db) if person.name == "Kamla Devi"]
        records.set_deleted(db, Person, kamla.id, True)
    finally:
        db.close()
    printed = run(demo_dir, "notes", MEETING_ID[:8]).stdout + run(demo_dir, "actions", MEETING_ID[:8], "--csv").stdout
    assert "to bring the wage slips" in printed and "Kamla" not in printed


def test_a_name_written_in_another_script_or_misspelt_is_withheld_once_the_register_knows_it(demo_dir: Path) -> None:
    from facilitator.core.participants.people import list_register, update_person

    run(demo_dir, "note", MEETING_ID[:8], "p: कमला देवी ने कहा कि पानी नहीं है", "--item", "5")
    run(demo_dir, "note", MEETING_ID[:8], "p: Kamala says the munshi keeps the cards", "--item", "5")
    before = run(demo_dir, "notes", MEETING_ID[:8]).stdout
    assert "कमला" not in before  # her name in Devanagari is found by its consonants, as Kamla Devi's
    assert "Kamala says" in before  # a misspelling alone is found once the register knows it
    db = Database.open(demo_dir)
    try:
        (kamla,) = [person for person in list_register(db) if person.name == "Kamla Devi"]
        update_person(db, kamla.id, other_spellings="कमला देवी;  Kamala ; कमला देवी")
        (kamla,) = [person for person in list_register(db) if person.name == "Kamla Devi"]
        assert kamla.other_spellings == "कमला देवी; Kamala"
    finally:
        db.close()
    printed = run(demo_dir, "notes", MEETING_ID[:8]).stdout
    assert "ने कहा कि पानी नहीं है" in printed and "says the munshi keeps the cards" in printed
    assert "कमला" not in printed and "Kamala" not in printed


def test_the_organisation_only_an_unnamed_worker_comes_from_is_withheld_as_her_name_is(demo_dir: Path) -> None:
    """ "[Anonymous participant] of Budhpura Mahila Samiti" names her as her name would; an organisation a
    named person belongs to, or whose site a visit went to, is shown anyway and stays."""
    from facilitator.core import records
    from facilitator.core.models import Person
    from facilitator.core.participants import people

    db = Database.open(demo_dir)
    try:
        people.create_person(db, "सुनीता देवी", organisation="Budhpura Mahila Samiti", anonymity="anonymous",
                             stakeholder_group="RH_WOMEN_WORKER")  # fmt: skip
        people.create_person(db, "Geeta Meena", organisation="Kota Stone Exports", anonymity="anonymous")
        people.create_person(db, "Anil Agarwal", organisation="kota stone exports ", anonymity="named")
    finally:
        db.close()
    run(demo_dir, "note", MEETING_ID[:8], "p: a woman of Budhpura Mahila Samiti asked for a crèche", "--item", "5")
    run(demo_dir, "note", MEETING_ID[:8], "a: Kota Stone Exports to fit dust extraction", "--item", "5")
    run(demo_dir, "note", MEETING_ID[:8], "p: Bundi Sandstone Quarries sent no one", "--item", "5")
    printed = run(demo_dir, "notes", MEETING_ID[:8]).stdout + run(demo_dir, "actions", MEETING_ID[:8], "--csv").stdout
    assert "a woman of [organisation withheld] asked for a crèche" in printed
    assert "Mahila" not in printed
    assert "Kota Stone Exports to fit dust extraction" in printed  # a named person's organisation stays
    assert "Bundi Sandstone Quarries sent no one" in printed  # a visited site's too
    # Followed in the ledger, owned by her organisation: withheld there as in its words.
    listed = run(demo_dir, "actions", MEETING_ID[:8]).stdout
    reference = next(line for line in listed.splitlines() if "fit dust extraction" in line).split()[0]
    db = Database.open(demo_dir)
    try:
        (anil,) = [p for p in people.list_register(db) if p.name == "Anil Agarwal"]
        records.set_deleted(db, Person, anil.id, True)  # nobody named is left in Kota Stone Exports
    finally:
        db.close()
    followed = run(demo_dir, "ledger", "follow", MEETING_ID[:8], reference, "--by", "Aditi", "--owner", "Kota Stone Ex")
    assert followed.returncode == 0, followed.stderr
    shared = run(demo_dir, "notes", MEETING_ID[:8]).stdout + run(demo_dir, "ledger").stdout
    assert "Kota Stone Exports" not in shared
    assert "[organisation withheld]: [organisation withheld] to fit dust extraction" in shared
