"""Two laptops that issue the same version number offline keep both versions: an issued version is
what someone may have signed, so a merge never lets one replace the other."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from facilitator.core.errors import UserError
from facilitator.core.minutes import review, versions
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
        for db in (field, office, field):
            synchronise(db, FolderTarget(stick, PASSPHRASE))
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
