"""Typed notes: kinds, attribution that protects anonymous people, confidentiality, revisions, drafts."""

from __future__ import annotations

from datetime import date

import pytest

from facilitator.core import actions, meetings
from facilitator.core.errors import UserError
from facilitator.core.live import notes
from facilitator.core.live.running import RunningMeeting
from tests.core.live_helpers import FakeTime, small_meeting, speaker_named


@pytest.fixture
def session(db) -> RunningMeeting:
    return RunningMeeting(db, small_meeting(db), FakeTime().clock())


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("c: dust", "concern"),
        ("! dust", "concern"),
        ("d: agreed", "decision"),
        ('"paid by the piece"', "quote"),
        ("? who pays", "question"),
        ("m: we will", "commitment"),
        ("p: point", "point"),
        ("plain", "note"),
    ],
)
def test_prefix_chooses_the_kind(session, line, kind) -> None:
    assert notes.parse(line, session.speakers).kind == kind


def test_anonymous_participant_is_reduced_to_their_group(session) -> None:
    parsed = notes.parse("c: no masks @Kamla #OSH_SILICA", session.speakers)
    assert parsed.speaker_id is None and parsed.group == "RH_WOMEN_WORKER"
    assert parsed.risk_tags == ["OSH_SILICA"] and parsed.body == "no masks"
    named = notes.parse("p: we audit @Anna", session.speakers)
    assert named.speaker_id == speaker_named(session, "Anna") and named.group == "BIZ_BUYER"
    group_only = notes.parse("p: fair prices @buyers", session.speakers)
    assert group_only.speaker_id is None and group_only.group == "BIZ_BUYER"


def test_unknown_words_are_reported_not_guessed(session) -> None:
    parsed = notes.parse("c: x @Nobody #NOTATAG due:tomorrow", session.speakers)
    assert len(parsed.problems) == 3
    with pytest.raises(UserError):
        notes.add_note(session.db, session.meeting_id, parsed)


def test_confidentiality_follows_ground_rules(db, session) -> None:
    mid = session.meeting_id
    quote = notes.add_note(db, mid, notes.parse('"we pay on time" @Anna', session.speakers))
    assert quote.confidentiality == "confidential"  # Chatham House: a named quote stays in the room
    meetings.update(db, mid, default_confidentiality="public")
    plain = notes.add_note(db, mid, notes.parse("n: agenda agreed", session.speakers))
    assert plain.confidentiality == "public"
    named = notes.add_note(db, mid, notes.parse("p: audits planned @Anna", session.speakers))
    assert named.confidentiality == "internal"
    chosen = notes.add_note(db, mid, notes.parse("p: audits planned @Anna %pub", session.speakers))
    assert chosen.confidentiality == "public"


def test_edits_keep_every_revision(db, session) -> None:
    note = notes.add_note(db, session.meeting_id, notes.parse("c: dust", session.speakers))
    notes.edit_note(db, note.id, body="silica dust at the cutting yard")
    notes.edit_note(db, note.id, confidentiality="confidential")
    history = notes.revisions(db, note.id)
    assert [r.body for r in history] == ["dust", "silica dust at the cutting yard", "silica dust at the cutting yard"]
    assert history[-1].confidentiality == "confidential"
    with pytest.raises(UserError):
        notes.edit_note(db, note.id, body="  ")
    assert len(notes.revisions(db, note.id)) == 3


def test_action_has_owner_due_date_and_status(db, session) -> None:
    notes.add_note(db, session.meeting_id, notes.parse("a: list ID cards @Uma due:2026-02-01", session.speakers))
    (action,) = actions.list_actions(db, session.meeting_id)
    assert action.owner_participation_id == speaker_named(session, "Uma")
    assert action.due == date(2026, 2, 1) and action.status == "open"
    actions.update_action(db, action.id, status="done")
    assert actions.list_actions(db, session.meeting_id)[0].status == "done"
    with pytest.raises(UserError):
        actions.update_action(db, action.id, status="forgotten")


def test_draft_survives_and_is_cleared_when_the_note_is_stored(db, session) -> None:
    notes.save_draft(db, session.meeting_id, "c: half a tho")
    assert notes.load_draft(db, session.meeting_id) == "c: half a tho"
    notes.add_note(db, session.meeting_id, notes.parse("c: half a thought", session.speakers))
    assert notes.load_draft(db, session.meeting_id) == ""


def test_deleting_an_action_note_deletes_its_action_and_undo_brings_both_back(db, session) -> None:
    note = notes.add_note(db, session.meeting_id, notes.parse("a: share the list @Uma", session.speakers))
    notes.set_note_deleted(db, note.id, True)
    assert notes.list_notes(db, session.meeting_id) == [] and actions.list_actions(db, session.meeting_id) == []
    notes.set_note_deleted(db, note.id, False)
    assert len(notes.list_notes(db, session.meeting_id)) == 1 and len(actions.list_actions(db, session.meeting_id)) == 1


def test_the_current_speaker_is_the_default_attribution_except_for_agreements(session) -> None:
    anna = speaker_named(session, "Anna")
    assert notes.parse("p: audits are enough", session.speakers, anna).speaker_id == anna
    assert notes.parse("d: masks for all by March", session.speakers, anna).speaker_id is None
    assert notes.parse("n: said it @-", session.speakers, anna).speaker_id is None


def test_a_tag_begun_that_fits_two_risks_asks_which_and_an_id_begun_is_read() -> None:
    """ "#WA" became Water and sanitation without a word, though Wages begins so too; "#OSH_SIL" was
    unknown, as only labels were read by their start."""
    wa = notes.parse("c: no pay slips #WA", {})
    assert wa.risk_tags == [] and wa.problems == ["#WA could be Water and sanitation, Wages: type more of it."]
    assert notes.parse("c: dust #OSH_SIL", {}).risk_tags == ["OSH_SILICA"]
    assert notes.parse("c: no pay slips #wag", {}).risk_tags == ["WAGES"]
    assert notes.parse("c: tank #WASH", {}).risk_tags == ["WASH"]


def test_an_unknown_tag_is_answered_with_the_tags_there_are() -> None:
    """ "#gender" said only that it was unknown: the note-taker could not tell which tag was meant."""
    [problem] = notes.parse("c: no crèche for the women #gender", {}).problems
    assert problem.startswith("Unknown risk tag: gender. The tags are #CHILD #FORCED")
    assert "#DISCRIM" in problem and "first letters are enough" in problem
