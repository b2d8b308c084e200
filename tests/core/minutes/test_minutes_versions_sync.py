"""Two laptops that issue the same version number offline keep both versions: an issued version is
what someone may have signed, so a merge never lets one replace the other."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator.core.agenda import items as agenda
from facilitator.core.errors import UserError
from facilitator.core.live.notes import ParsedNote, add_note
from facilitator.core.minutes import review, versions
from facilitator.core.minutes.content import gather
from facilitator.core.models import AgendaItem
from facilitator.sync.run import synchronise
from facilitator.sync.targets.folder import FolderTarget
from tests.sync.replicas import replica, roundtable

PASSPHRASE = "stone dust and water"


def _first_item(db) -> str:
    with db.session() as session:
        return session.scalars(select(AgendaItem.id).order_by(AgendaItem.position)).first()


def test_two_laptops_issuing_version_one_offline_keep_both(tmp_path: Path) -> None:
    stick = tmp_path / "usb"
    stick.mkdir()
    field, office = replica(tmp_path / "field"), replica(tmp_path / "office", skew_ms=40)
    try:
        meeting = roundtable(field).id
        synchronise(field, FolderTarget(stick, PASSPHRASE))
        synchronise(office, FolderTarget(stick, PASSPHRASE))
        item = _first_item(field)
        review.edit_item(field, item, summary="Water first, then dust.")
        review.edit_item(office, item, summary="Dust first, then water.")
        ours, theirs = versions.issue(field, meeting), versions.issue(office, meeting)
        assert ours.number == theirs.number == 1 and ours.fingerprint != theirs.fingerprint
        reports = [synchronise(db, FolderTarget(stick, PASSPHRASE)) for db in (field, office, field)]
        # The laptop that receives the other's version 1 says so at once, with what to do.
        assert any("Version 1 of these minutes was issued on two laptops" in w for w in reports[1].warnings)
        assert not any("issued on two laptops" in w for w in reports[0].warnings)
        for db in (field, office):
            kept = versions.versions(db, meeting)
            assert sorted(v.fingerprint for v in kept) == sorted((ours.fingerprint, theirs.fingerprint))
            with pytest.raises(UserError, match="Two versions 1 were issued"):
                versions.issued(db, meeting, 1, "internal")
            for version in (ours, theirs):
                found = versions.issued(db, meeting, version.fingerprint[:10], "internal")
                assert found.fingerprint == version.fingerprint
    finally:
        field.close()
        office.close()


def test_minutes_written_on_one_laptop_for_an_item_another_deleted_are_kept(tmp_path: Path) -> None:
    """A deletion on one laptop and the minutes of that item on another, offline: after the sync both
    laptops print the item's words under its title, marked as removed from the agenda."""
    stick = tmp_path / "usb"
    stick.mkdir()
    office, field = replica(tmp_path / "office"), replica(tmp_path / "field", skew_ms=40)
    try:
        meeting = roundtable(office).id
        synchronise(office, FolderTarget(stick, PASSPHRASE))
        synchronise(field, FolderTarget(stick, PASSPHRASE))
        item = _first_item(office)
        agenda.delete(office, item)
        add_note(field, meeting, ParsedNote(body="The shed gets a water point by March.", kind="commitment"), item)
        review.edit_item(field, item, summary="Workers asked for water at the cutting sheds.")
        for db in (office, field, office):
            synchronise(db, FolderTarget(stick, PASSPHRASE))
        for db in (office, field):
            content = gather(db, meeting, "internal")
            assert item not in [entry["id"] for entry in content["agenda"]]
            [kept] = [entry for entry in content["items"] if entry["id"] == item]
            assert kept["place"] == "removed" and kept["title"] == "Item 0"
            assert kept["summary"] == "Workers asked for water at the cutting sheds."
            assert [note["body"] for note in kept["notes"]] == ["The shed gets a water point by March."]
    finally:
        office.close()
        field.close()
