"""The minutes of each audience, as gathered from the demo and its review."""

from __future__ import annotations

import json

import pytest

from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.errors import UserError
from facilitator.core.live.notes import ParsedNote, add_note
from facilitator.core.minutes import review
from facilitator.core.minutes.content import gather
from tests.core.minutes.demo_secrets import hidden_people_words, leaks, participant_names

SITE_VISITS = demo_id("agenda/2")


def _text(content: dict) -> str:
    return json.dumps(content, ensure_ascii=False)


def _notes(content: dict) -> list[dict]:
    return [note for item in content["items"] for note in item["notes"]]


def test_public_minutes_name_no_participant_and_hide_no_group(demo_db: Database) -> None:
    public = gather(demo_db, MEETING_ID, "public")
    assert leaks(_text(public), participant_names()) == []
    assert public["attendance"]["people"] == []
    notes = _notes(public)
    assert all(note["by"] == "" for note in notes)
    assert all(note["confidentiality"] == "public" for note in notes if note["kind"] not in review.REGISTER_KINDS)
    assert all(note["confidentiality"] != "confidential" for note in notes)
    assert public["actions"] and all(action["owner"]["name"] == "" for action in public["actions"])
    assert public["commitments"] and all(c["by"] == "" for c in public["commitments"])
    assert {cell["cell"] for cell in public["attendance"]["cells"]} >= {"BIZ_BUYER"}


def test_internal_minutes_name_the_named_and_nobody_else(demo_db: Database) -> None:
    internal = gather(demo_db, MEETING_ID, "internal")
    text = _text(internal)
    assert "Joost van Dijk" in text
    assert leaks(text, hidden_people_words()) == []
    kinds = {note["confidentiality"] for note in _notes(internal)}
    assert kinds == {"public", "internal", "confidential"}


def test_internal_minutes_show_someone_not_named_as_their_group_where_a_summary_names_them(
    demo_db: Database,
) -> None:
    """The internal PDF leaves the laptop for the organising team: a worker who asked not to be named is
    their group there, in typed text as in the list of participants, while the named keep their names and
    organisations."""
    review.edit_item(
        demo_db,
        SITE_VISITS,
        summary="Kamla said Santosh bai was fined; Ramprasad Gurjar, a committee member of Budhpura Quarry "
        "Workers' Committee, and Joost van Dijk of Van Dijk Stone Import BV disagreed.",
    )
    internal = gather(demo_db, MEETING_ID, "internal")
    summary = next(item["summary"] for item in internal["items"] if item["id"] == SITE_VISITS)
    assert leaks(summary, [*hidden_people_words(), "Kamla", "Santosh", "Ramprasad"]) == []
    assert summary.startswith("[Women workers] said [Women workers] was fined; [Workers], a [Worker committees]")
    assert "Joost van Dijk of Van Dijk Stone Import BV disagreed." in summary


def test_a_quote_names_its_speaker_only_with_consent(demo_db: Database) -> None:
    add_note(
        demo_db,
        MEETING_ID,
        ParsedNote("quote", "We will pay by the day from January.", demo_id("participation/buyer2"), "BIZ_BUYER"),
        SITE_VISITS,
    )
    internal = gather(demo_db, MEETING_ID, "internal")
    quote = next(n for n in _notes(internal) if n["body"].startswith("We will pay"))
    assert quote["by"] == "" and quote["cell"] == "BIZ_BUYER"


def test_confidential_notes_stay_out_of_public_and_a_choice_can_keep_a_public_one_internal(demo_db: Database) -> None:
    public_note = next(n for n in _notes(gather(demo_db, MEETING_ID, "public")))
    review.set_note_audience(demo_db, public_note["id"], "internal")
    assert public_note["id"] not in {n["id"] for n in _notes(gather(demo_db, MEETING_ID, "public"))}
    assert public_note["id"] in {n["id"] for n in _notes(gather(demo_db, MEETING_ID, "internal"))}
    assert review.set_note_audience(demo_db, public_note["id"], "omit") == "internal"
    assert public_note["id"] not in {n["id"] for n in _notes(gather(demo_db, MEETING_ID, "internal"))}


def test_names_typed_into_a_summary_are_replaced_by_the_group_in_public(demo_db: Database) -> None:
    previous = review.edit_item(
        demo_db, SITE_VISITS, summary="Kamla Devi and Joost van Dijk of Van Dijk Stone Import BV disagreed."
    )
    assert previous == {"summary": ""}
    public = gather(demo_db, MEETING_ID, "public")
    summary = next(item["summary"] for item in public["items"] if item["id"] == SITE_VISITS)
    assert leaks(summary, participant_names()) == []
    assert "[Buyers" in summary or "[Importers" in summary or "[" in summary
    internal = gather(demo_db, MEETING_ID, "internal")
    assert "Joost van Dijk" in next(item["summary"] for item in internal["items"] if item["id"] == SITE_VISITS)


def test_a_first_name_alone_is_replaced_by_the_group_in_public(demo_db: Database) -> None:
    body = "Kamla and Santosh from the Budhpura yard say wages are late; Ramprasad said so too."
    add_note(demo_db, MEETING_ID, ParsedNote("point", body, None, "", confidentiality="public"), SITE_VISITS)
    public = next(n["body"] for n in _notes(gather(demo_db, MEETING_ID, "public")) if "wages are late" in n["body"])
    assert leaks(public, ["Kamla", "Santosh", "Ramprasad"]) == []
    assert public.startswith("[") and "from the Budhpura yard say wages are late" in public
    internal = next(n["body"] for n in _notes(gather(demo_db, MEETING_ID, "internal")) if "wages are late" in n["body"])
    assert internal == (
        "[Women workers] and [Women workers] from the Budhpura yard say wages are late; [Workers] said so too."
    )


def test_public_gender_counts_are_all_shown_or_all_withheld(demo_db: Database) -> None:
    attendance = gather(demo_db, MEETING_ID, "public")["attendance"]
    values = list(attendance["gender"].values())
    assert all(v is None for v in values) or all(v == 0 or v >= 3 for v in values)
    assert all(cell["women"] is None for cell in attendance["cells"])
    assert sum(cell["present"] for cell in attendance["cells"]) == attendance["present"]


def test_the_absent_group_is_listed_with_its_reason(demo_db: Database) -> None:
    review.edit_meeting(demo_db, MEETING_ID, absence_reasons={"RH_MIGRANT": "Could not travel from Odisha in time."})
    absent = gather(demo_db, MEETING_ID, "public")["attendance"]["absent_groups"]
    assert {"group": "RH_MIGRANT", "reason": "Could not travel from Odisha in time."} in absent


def test_bad_review_input_changes_nothing(demo_db: Database) -> None:
    with pytest.raises(UserError):
        review.edit_item(demo_db, SITE_VISITS, satisfied="very")
    with pytest.raises(UserError):
        review.edit_item(demo_db, SITE_VISITS, colour="red")
    with pytest.raises(UserError):
        review.set_note_audience(demo_db, "no-such-note", "omit")
    with pytest.raises(UserError):
        review.edit_meeting(demo_db, MEETING_ID, absence_reasons={"NOT_A_GROUP": "x"})
    item = next(i for i in gather(demo_db, MEETING_ID, "internal")["items"] if i["id"] == SITE_VISITS)
    assert item["satisfied"] == "" and item["summary"] == ""


def test_unknown_audience_is_refused_plainly(demo_db: Database) -> None:
    with pytest.raises(UserError, match="internal or public"):
        gather(demo_db, MEETING_ID, "press")


def test_public_cells_do_not_say_which_groups_they_merge(demo_db: Database) -> None:
    public = gather(demo_db, MEETING_ID, "public")
    assert all(cell["groups"] == [] for cell in public["attendance"]["cells"])
    assert "RH_WOMEN_WORKER" not in _text(public["attendance"])


def test_a_follow_up_sheet_lists_what_the_groups_cell_raised(demo_db: Database) -> None:
    from facilitator.core.minutes import follow_up

    add_note(
        demo_db,
        MEETING_ID,
        ParsedNote("concern", "Water is carried from the village.", None, "RH_WOMEN_WORKER", [], "public"),
        SITE_VISITS,
    )
    public = gather(demo_db, MEETING_ID, "public")
    cell = follow_up.cell_of(demo_db, MEETING_ID, public, "RH_WOMEN_WORKER")
    assert cell != "RH_WOMEN_WORKER"  # two women workers: merged into a wider cell
    sheet = follow_up.sheet(public, "RH_WOMEN_WORKER", cell)
    assert [entry["body"] for entry in sheet["raised"]] == ["Water is carried from the village."]
    assert follow_up.cell_of(demo_db, MEETING_ID, public, "RH_MIGRANT") == "RH_MIGRANT"  # absent
    with pytest.raises(UserError, match="No stakeholder group"):
        follow_up.cell_of(demo_db, MEETING_ID, public, "EXPERT")


def _item_of(content: dict, note_body: str) -> dict:
    [item] = [item for item in content["items"] if any(note["body"] == note_body for note in item["notes"])]
    return item


def test_a_note_taken_before_any_item_started_is_kept_outside_the_agenda_items(demo_db: Database) -> None:
    body = "Before we start: the munshi is standing at the door."
    add_note(demo_db, MEETING_ID, ParsedNote(body=body, kind="concern", confidentiality="public"))
    for audience in ("internal", "public"):
        item = _item_of(gather(demo_db, MEETING_ID, audience), body)
        assert (item["place"], item["number"], item["id"]) == ("outside", None, "")


def test_the_words_of_a_deleted_agenda_item_stay_in_the_minutes_under_its_title(demo_db: Database) -> None:
    body = "The buyers will pay for the water tanks."
    add_note(demo_db, MEETING_ID, ParsedNote(body=body, kind="commitment"), SITE_VISITS)
    review.edit_item(demo_db, SITE_VISITS, summary="Dust was the first thing every worker named.")
    before = _item_of(gather(demo_db, MEETING_ID, "internal"), body)
    agenda.delete(demo_db, SITE_VISITS)
    content = gather(demo_db, MEETING_ID, "internal")
    after = _item_of(content, body)
    assert (after["place"], after["number"], after["id"]) == ("removed", None, SITE_VISITS)
    assert after["title"] == before["title"] and after["summary"].startswith("Dust was the first")
    assert SITE_VISITS not in [entry["id"] for entry in content["agenda"]]
    assert [c["item"] for c in content["commitments"] if c["body"] == body] == [SITE_VISITS]
    agenda.restore(demo_db, SITE_VISITS)
    assert "place" not in _item_of(gather(demo_db, MEETING_ID, "internal"), body)


def test_an_interpreter_listed_by_group_alone_is_named_as_the_interpretation(db: Database) -> None:
    """Her role left at "participant", Priya Singh is on the list in the Interpreters group: the minutes
    said "Interpretation: none"."""
    from datetime import datetime

    from facilitator.core import meetings
    from facilitator.core.participants import participation

    meeting = meetings.create(db, "Roundtable Kota", datetime(2025, 11, 4, 9), datetime(2025, 11, 4, 17)).id
    participation.add_new_participant(db, meeting, name="Priya Singh", stakeholder_group="INTERPRETER")
    participation.add_new_participant(db, meeting, name="Gopal Meena", stakeholder_group="RH_WORKER")
    content = gather(db, meeting, "internal")
    assert content["staff"]["interpreter"] == ["Priya Singh"]
    assert content["attendance"]["present"] == 1  # staff are not counted among those who took part


def test_an_interpreted_item_is_planned_with_its_interpretation_in_the_agenda_table(demo_db: Database) -> None:
    """The demo's items run with consecutive interpretation (×1.8): a 15-minute welcome is planned from
    09:00 to 09:27, and its actual time is set against those 27 minutes, not the 15 spoken ones."""
    loaded = agenda.load(demo_db, MEETING_ID)
    slots = loaded.timing.by_id()
    interpreted = [item for item in loaded.items if slots[item.id].effective > item.planned_minutes]
    assert interpreted
    rows = {row["id"]: row for row in gather(demo_db, MEETING_ID, "internal")["agenda"]}
    for item in interpreted:
        row = rows[item.id]
        assert row["planned_minutes"] == slots[item.id].effective
        start, end = (row[f"planned_{edge}"][11:16] for edge in ("start", "end"))
        spanned = (int(end[:2]) * 60 + int(end[3:])) - (int(start[:2]) * 60 + int(start[3:]))
        assert spanned == row["planned_minutes"]


@pytest.mark.parametrize("audience", ["internal", "public"])
def test_what_the_facilitator_typed_about_the_meeting_names_nobody_who_is_not_named(
    demo_db: Database, audience: str
) -> None:
    """A title, a venue, the ground rules and the internal distribution list printed a hidden worker's
    name and contact as typed, on every page's header and in the PDF's title."""
    from facilitator.core import meetings
    from facilitator.core.inclusion import settings
    from facilitator.core.participants import people

    people.update_person(demo_db, demo_id("person/worker1"), email="ram.g@example.org")
    meetings.update(demo_db, MEETING_ID, title="Roundtable with Bhanwar Lal Bheel", venue="Kamla Devi's house")
    settings.update_settings(demo_db, MEETING_ID, ground_rules="Santosh Bai asked that no photos be taken")
    review.edit_meeting(demo_db, MEETING_ID, distribution="Priya Sharma\nRamprasad Gurjar ram.g@example.org")
    content = gather(demo_db, MEETING_ID, audience)
    assert leaks(_text(content), [*hidden_people_words(), "Bhanwar", "Kamla", "Santosh", "ram.g"]) == []
    assert content["meeting"]["title"].startswith("Roundtable with [")
    if audience == "internal":
        assert content["follow_up"]["distribution"]["listed"] == ["Priya Sharma", "[Workers] [contact withheld]"]
