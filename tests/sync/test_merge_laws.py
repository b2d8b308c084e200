"""The merge is commutative, associative and idempotent: order, grouping and repetition of delivery
never change what a laptop ends with."""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

import pytest

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.live import notes, speaking
from facilitator.core.models import AgendaItem
from facilitator.core.records import set_deleted
from facilitator.sync.digest import content_digest
from facilitator.sync.log import ChangeRow
from facilitator.sync.merge import merge
from tests.sync.replicas import T0, log_of, replica, roundtable


def _since(db: Database, known: set[ChangeRow]) -> list[ChangeRow]:
    return [change for change in log_of(db) if change not in known]


@pytest.fixture
def concurrent_work(tmp_path: Path) -> tuple[list[ChangeRow], list[list[ChangeRow]], Path]:
    """Three laptops that share a meeting, then each edit it on their own: the base and what each did."""
    first = replica(tmp_path / "a")
    meeting = roundtable(first)
    base = log_of(first)
    laptops = [first, replica(tmp_path / "b"), replica(tmp_path / "c")]
    for laptop in laptops[1:]:
        merge(laptop, base)
    known = set(base)
    item_ids = [item.id for item in agenda.items(first, meeting.id)]
    roster = list(speaking.load_roster(first, meeting.id))
    for number, laptop in enumerate(laptops):
        meetings.update(laptop, meeting.id, purpose=f"Purpose as laptop {number} wrote it", title=f"Kota {number}")
        agenda.update(laptop, item_ids[0], planned_minutes=20 + number, purpose=f"Item purpose {number}")
        note = notes.add_note(laptop, meeting.id, notes.ParsedNote(body=f"said at laptop {number}"))
        notes.edit_note(laptop, note.id, body=f"said at laptop {number}, corrected")
        for second in range(3):
            speaking.record_switch(laptop, meeting.id, T0 + timedelta(minutes=number, seconds=second), roster[second])
    set_deleted(laptops[2], AgendaItem, item_ids[1], True)
    return base, [_since(laptop, known) for laptop in laptops], tmp_path


def _observer(path: Path, base: list[ChangeRow]) -> Database:
    db = replica(path)
    merge(db, base)
    return db


def test_merging_in_either_order_gives_the_same_records(concurrent_work) -> None:
    base, (a, b, _), root = concurrent_work
    first, second = _observer(root / "x", base), _observer(root / "y", base)
    merge(first, a)
    merge(first, b)
    merge(second, b)
    merge(second, a)
    assert content_digest(first) == content_digest(second)


def test_grouping_does_not_matter(concurrent_work) -> None:
    base, (a, b, c), root = concurrent_work
    left, right = _observer(root / "x", base), _observer(root / "y", base)
    merge(left, a + b)
    merge(left, c, confirm_deletions=True)
    merge(right, a)
    merge(right, b + c, confirm_deletions=True)
    assert content_digest(left) == content_digest(right)


def test_shuffled_single_changes_give_the_same_records(concurrent_work) -> None:
    base, work, root = concurrent_work
    everything = [change for changes in work for change in changes]
    reference = _observer(root / "x", base)
    merge(reference, everything, confirm_deletions=True)
    shuffled = _observer(root / "y", base)
    order = everything[:]
    random.Random(7).shuffle(order)
    for change in order:
        merge(shuffled, [change], confirm_deletions=True)
    assert content_digest(shuffled) == content_digest(reference)


def test_merging_twice_changes_nothing(concurrent_work) -> None:
    base, (a, _, _), root = concurrent_work
    db = _observer(root / "x", base)
    first = merge(db, a)
    after_once = content_digest(db)
    again = merge(db, a)
    assert first.received == len(a) and first.changed_rows
    assert (again.received, again.duplicates, again.changed_rows) == (0, len(a), set())
    assert content_digest(db) == after_once


def test_every_laptop_ends_the_same_once_all_is_exchanged(concurrent_work) -> None:
    base, work, root = concurrent_work
    everything = [change for changes in work for change in changes]
    ends = []
    for number in range(3):
        db = _observer(root / f"end{number}", base)
        merge(db, list(reversed(everything)) if number % 2 else everything, confirm_deletions=True)
        ends.append(content_digest(db))
    assert len(set(ends)) == 1
