"""The folder target in temporary directories standing in for a USB stick or a cloud folder: three laptops
at one roundtable, late and doubled delivery, damage, an emptied folder, a restored laptop."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator import paths
from facilitator.commands import stats
from facilitator.commands.context import CommandContext
from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes, speaking
from facilitator.core.participants import participation
from facilitator.sync import crypto, schema, segments
from facilitator.sync.conflicts import list_conflicts
from facilitator.sync.digest import content_digest
from facilitator.sync.run import synchronise
from facilitator.sync.state import set_device_name
from facilitator.sync.targets.folder import SEGMENTS, FolderTarget
from tests.sync.replicas import T0, replica, roundtable
from tests.sync.sticks import PASSPHRASE


def sync(db: Database, folder: Path, **options):
    return synchronise(db, FolderTarget(folder, PASSPHRASE), **options)


def segment_files(folder: Path) -> list[Path]:
    return sorted((folder / SEGMENTS).glob("*/*.fseg"))


def figures(db: Database, meeting_id: str) -> dict:
    context = CommandContext(data_dir=db.directory, lang="en")
    context.__dict__["db"] = db
    return stats.collect(context, meeting_id)


def test_three_laptops_at_one_roundtable_merge_into_one_record_by_usb(tmp_path: Path, stick: Path) -> None:
    facilitator, timekeeper, door = (replica(tmp_path / name) for name in ("facilitator", "timekeeper", "door"))
    for laptop, name in ((facilitator, "Facilitator"), (timekeeper, "Timekeeper"), (door, "Door")):
        set_device_name(laptop, name)
    meeting = roundtable(facilitator, people=4, items=2)
    sync(facilitator, stick)
    sync(timekeeper, stick)
    sync(door, stick)
    item = agenda.items(facilitator, meeting.id)[0]
    roster = list(speaking.load_roster(timekeeper, meeting.id))

    # The day, offline: notes on one laptop, speaking time on another, arrivals at the door.
    note = notes.add_note(facilitator, meeting.id, notes.ParsedNote(kind="concern", body="No masks at the yard"))
    notes.add_note(facilitator, meeting.id, notes.ParsedNote(kind="decision", body="Water tanks by March"))
    agenda.update(facilitator, item.id, purpose="Water and sheds, from the workers' side")
    for number, speaker in enumerate(roster * 3):
        speaking.record_switch(timekeeper, meeting.id, T0 + timedelta(minutes=2 * number), speaker)
    for speaker in roster[:3]:
        participation.check_in(door, speaker)
    agenda.update(door, item.id, purpose="Water and sheds")

    before = {name: figures(db, meeting.id) for name, db in (("f", facilitator), ("t", timekeeper))}
    assert before["f"]["talk_seconds"] == 0 and before["t"]["talk_seconds"] > 0
    assert len(notes.list_notes(timekeeper, meeting.id)) == 0

    # The evening: the stick goes round, then round once more.
    reports = [sync(laptop, stick) for laptop in (door, facilitator, timekeeper, door, facilitator)]
    assert reports[2].devices.keys() == {facilitator.device_id, door.device_id}
    assert set(reports[2].devices.values()) == {"Facilitator", "Door"}

    laptops = (facilitator, timekeeper, door)
    assert len({content_digest(db) for db in laptops}) == 1
    assert len({str(figures(db, meeting.id)) for db in laptops}) == 1
    assert figures(door, meeting.id)["talk_seconds"] == before["t"]["talk_seconds"]
    for db in laptops:
        assert {n.body for n in notes.list_notes(db, meeting.id)} == {"No masks at the yard", "Water tanks by March"}
        assert [r.body for r in notes.revisions(db, note.id)] == ["No masks at the yard"]
        [conflict] = list_conflicts(db)
        assert {conflict.shown, conflict.other} == {"Water and sheds, from the workers' side", "Water and sheds"}


def test_a_cloud_folder_that_delivers_late_and_twice(tmp_path: Path, stick: Path) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first)
    sync(first, stick)
    meetings.update(first, meeting.id, title="Kota, second day")
    sync(first, stick)
    early, late = segment_files(stick)
    hidden = tmp_path / "not-yet-downloaded"
    shutil.move(late, hidden)
    shutil.copy(early, early.with_name(early.stem + " (1)" + early.suffix))  # the service's duplicate
    assert sync(second, stick).received > 0
    assert meetings.get(second, meeting.id).title == "Roundtable Kota"
    shutil.move(hidden, late)
    arrived = sync(second, stick)
    assert arrived.received == 1 and arrived.merge.duplicates == 0
    assert meetings.get(second, meeting.id).title == "Kota, second day"
    assert sync(second, stick).received == 0
    assert content_digest(first) == content_digest(second)


def test_a_wrong_passphrase_applies_nothing(tmp_path: Path, stick: Path) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    roundtable(first)
    sync(first, stick)
    untouched = content_digest(second)
    with pytest.raises(UserError, match="passphrase does not open"):
        FolderTarget(stick, "stone dust and wine")
    assert content_digest(second) == untouched


def test_a_folder_whose_team_file_was_lost_is_not_started_again_over_its_segments(tmp_path: Path, stick: Path) -> None:
    first = replica(tmp_path / "a")
    roundtable(first)
    sync(first, stick)
    (stick / crypto.TEAM_FILE).unlink()
    kept = segment_files(stick)
    with pytest.raises(UserError, match=r"its team file facilitator-sync\.json is missing"):
        FolderTarget(stick, PASSPHRASE)
    assert not (stick / crypto.TEAM_FILE).exists() and segment_files(stick) == kept
    fresh = tmp_path / "new stick"
    fresh.mkdir()
    assert FolderTarget(fresh, PASSPHRASE).key.startswith("folder:")  # an empty folder still starts a team


@pytest.mark.parametrize("damage", ["flip", "truncate"])
def test_a_damaged_segment_is_refused_the_rest_is_merged_and_it_is_read_again_once_whole(
    tmp_path: Path, stick: Path, damage: str
) -> None:
    first, second, third = replica(tmp_path / "a"), replica(tmp_path / "b"), replica(tmp_path / "c")
    meeting = roundtable(first)
    sync(first, stick)
    sync(second, stick)
    meetings.update(second, meeting.id, city="Kota")
    sync(second, stick)
    [damaged] = [path for path in segment_files(stick) if path.parent.name == second.device_id]
    whole = damaged.read_bytes()
    damaged.write_bytes(whole[:-1] + bytes([whole[-1] ^ 1]) if damage == "flip" else whole[: len(whole) // 2])
    report = sync(third, stick)
    assert len(report.refused) == 1 and damaged.name in report.refused[0]
    assert meetings.get(third, meeting.id).title == "Roundtable Kota" and meetings.get(third, meeting.id).city == ""
    damaged.write_bytes(whole)
    assert sync(third, stick).refused == []
    assert meetings.get(third, meeting.id).city == "Kota"


def test_a_segment_from_a_newer_version_is_refused(tmp_path: Path, stick: Path, monkeypatch) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    roundtable(first)
    monkeypatch.setattr(schema, "current", lambda: "0099_from_the_future")
    sync(first, stick)
    monkeypatch.undo()
    report = sync(second, stick)
    assert report.received == 0 and "newer version" in report.refused[0]
    with pytest.raises(UserError, match="newer version"):
        segments.unpack(FolderTarget(stick, PASSPHRASE).team, segment_files(stick)[0].read_bytes())


def test_a_laptop_of_the_version_before_conflicts_of_every_kind_refuses_this_versions_segments(
    tmp_path: Path, stick: Path, monkeypatch
) -> None:
    """An earlier laptop that decided a conflict about risk tags wrote the list's JSON into the field as
    text, on every laptop: it now refuses this version's segments and asks to be updated."""
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    roundtable(first)
    sync(first, stick)
    known = schema._known()
    monkeypatch.setattr(schema, "_known", lambda: known - {"0010_conflicts_of_every_kind"})  # as it knew them
    report = sync(second, stick)
    assert report.received == 0 and "newer version" in report.refused[0]


def test_an_emptied_folder_deletes_nothing_and_gets_everything_again(tmp_path: Path, stick: Path) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first)
    sync(first, stick)
    sync(second, stick)
    shutil.rmtree(stick / SEGMENTS)
    report = sync(second, stick)
    assert report.received == 0 and meetings.get(second, meeting.id).title == "Roundtable Kota"
    assert any("missing" in warning for warning in sync(first, stick).warnings)
    third = replica(tmp_path / "c")
    sync(third, stick)
    assert content_digest(third) == content_digest(first)


def test_a_merge_deleting_much_of_a_meeting_waits_for_confirmation(tmp_path: Path, stick: Path) -> None:
    first, second = replica(tmp_path / "a"), replica(tmp_path / "b")
    meeting = roundtable(first, people=1, items=3)
    sync(first, stick)
    sync(second, stick)
    for item in agenda.items(first, meeting.id)[:2]:
        agenda.delete(first, item.id)
    sync(first, stick)
    held = sync(second, stick)
    assert [(h.meeting_id, h.deleted, h.records) for h in held.held] == [(meeting.id, 2, 4)]  # items and a seat
    assert held.received == 0 and held.sent == 0 and len(agenda.items(second, meeting.id)) == 3
    confirmed = sync(second, stick, confirm_deletions=True)
    assert confirmed.held == [] and len(agenda.items(second, meeting.id)) == 1


def test_names_and_files_suit_fat_sticks_and_interrupted_writes(tmp_path: Path, stick: Path) -> None:
    first = replica(tmp_path / "a")
    roundtable(first)
    mine = stick / SEGMENTS / first.device_id
    mine.mkdir(parents=True)
    leftover = mine / ".tmp-0123.part"
    leftover.write_bytes(b"half a segment")
    sync(first, stick)
    assert not leftover.exists()
    for path in stick.rglob("*"):
        assert not path.is_symlink()
        assert len(path.name) <= 64 and all(ch.isalnum() or ch in "-._" for ch in path.name), path.name


def test_a_laptop_restored_from_an_old_backup_gets_back_what_it_had_sent(tmp_path: Path, stick: Path) -> None:
    folder = tmp_path / "a"
    laptop = replica(folder)
    meeting = roundtable(laptop)
    sync(laptop, stick)
    backup = laptop.backup(tmp_path / "backup.sqlite3")
    meetings.update(laptop, meeting.id, venue="Community centre, Budhpura")
    sync(laptop, stick)
    laptop.close()
    shutil.copyfile(backup, paths.database_path(folder))
    restored = Database.open(folder)
    assert meetings.get(restored, meeting.id).venue == ""
    sync(restored, stick)
    assert meetings.get(restored, meeting.id).venue == "Community centre, Budhpura"
    meetings.update(restored, meeting.id, city="Kota")
    sync(restored, stick)
    assert len({path.name for path in segment_files(stick)}) == 3  # a new file, none overwritten


def test_a_folder_whose_team_file_is_another_teams_gets_nothing_written(tmp_path: Path, stick: Path) -> None:
    """Another team's file copied over this one: every segment was refused as not from the team, and the
    laptop then wrote all its data there under the other team's key."""
    first, third = replica(tmp_path / "a"), replica(tmp_path / "c")
    roundtable(first)
    sync(first, stick)
    other_team = tmp_path / "other stick"
    other_team.mkdir()
    FolderTarget(other_team, "another team's passphrase")
    shutil.copy(other_team / crypto.TEAM_FILE, stick / crypto.TEAM_FILE)
    kept = segment_files(stick)
    with pytest.raises(UserError, match=r"None of the 1 segments in .* opens with this team's key"):
        synchronise(third, FolderTarget(stick, "another team's passphrase"))
    assert segment_files(stick) == kept
