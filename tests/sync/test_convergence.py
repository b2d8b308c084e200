"""Convergence (after cr-sqlite's test_sync_prop): 2 to 5 laptops with skewed clocks run random scripts
of concurrent edits, deletes, notes, turns and check-ins, and exchange changes partially, twice over and
out of order.  Once everything has been delivered, every laptop holds the same records, every event
any laptop recorded, and the same conflict revisions."""

from __future__ import annotations

import contextlib
import random
from datetime import timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from facilitator.core import meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live import notes, speaking
from facilitator.core.models import CheckIn, ConflictRevision, Note, NoteRevision, SpeakingCorrection, SpeakingTurn
from facilitator.core.participants import participation
from facilitator.sync.digest import content_digest
from facilitator.sync.merge import merge
from tests.sync.replicas import T0, close_replicas, log_of, replica, roundtable

DAY_MS = 24 * 3600 * 1000
EVENTS = (SpeakingTurn, SpeakingCorrection, NoteRevision, CheckIn, Note)
words = st.text(alphabet="abc xyz\n", min_size=1, max_size=12)


def steps(laptops: int) -> st.SearchStrategy:
    who = st.integers(0, laptops - 1)
    return st.one_of(
        st.tuples(st.just("meeting_text"), who, words),
        st.tuples(st.just("meeting_title"), who, words),
        st.tuples(st.just("item_text"), who, st.integers(0, 2), words),
        st.tuples(st.just("item_minutes"), who, st.integers(0, 2), st.integers(5, 90)),
        st.tuples(st.just("item_deleted"), who, st.integers(0, 2), st.booleans()),
        st.tuples(st.just("note"), who, words),
        st.tuples(st.just("note_edit"), who, st.integers(0, 20), words),
        st.tuples(st.just("turn"), who, st.integers(0, 3), st.integers(0, 3600)),
        st.tuples(st.just("correct"), who, st.integers(0, 50), st.sampled_from(["void", "restore"])),
        st.tuples(st.just("check_in"), who, st.integers(0, 3)),
        st.tuples(st.just("deliver"), who, who, st.floats(0.1, 1.0), st.booleans(), st.integers(0, 2**16)),
    )


def _live_ids(db: Database, model: type) -> list[str]:
    with db.session() as session:
        return list(session.scalars(select(model.id).where(model.deleted.is_(False)).order_by(model.id)))


def _all_ids(db: Database, model: type) -> set[str]:
    with db.session() as session:
        return set(session.scalars(select(model.id)))


def _run(db: Database, meeting_id: str, items: list[str], roster: list[str], step: tuple) -> None:
    kind, _, *args = step
    if kind == "meeting_text":
        meetings.update(db, meeting_id, purpose=args[0])
    elif kind == "meeting_title":
        meetings.update(db, meeting_id, title=args[0].strip() or "x")
    elif kind == "item_text":
        agenda.update(db, items[args[0]], purpose=args[1])
    elif kind == "item_minutes":
        agenda.update(db, items[args[0]], planned_minutes=args[1])
    elif kind == "item_deleted":
        (agenda.delete if args[1] else agenda.restore)(db, items[args[0]])
    elif kind == "note":
        notes.add_note(db, meeting_id, notes.ParsedNote(body=args[0]))
    elif kind == "note_edit":
        present = _live_ids(db, Note)
        if present:
            notes.edit_note(db, present[args[0] % len(present)], body=args[1])
    elif kind == "turn":
        speaking.record_switch(db, meeting_id, T0 + timedelta(seconds=args[1]), roster[args[0]])
    elif kind == "correct":
        turns = _live_ids(db, SpeakingTurn)
        if turns:
            speaking.correct(db, meeting_id, turns[args[0] % len(turns)], args[1])
    elif kind == "check_in":
        participation.check_in(db, roster[args[0]])


def _deliver(source: Database, target: Database, share: float, twice: bool, seed: int) -> None:
    shuffle = random.Random(seed)
    changes = log_of(source)
    sample = [change for change in changes if shuffle.random() < share]
    if twice:
        sample += sample[: len(sample) // 2]
    shuffle.shuffle(sample)
    cut = shuffle.randint(0, len(sample))
    merge(target, sample[:cut], confirm_deletions=True)
    merge(target, sample[cut:], confirm_deletions=True)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)
@given(data=st.data())
def test_laptops_that_exchange_everything_end_identical(tmp_path_factory, data) -> None:
    count = data.draw(st.integers(2, 5), label="laptops")
    skews = data.draw(st.lists(st.integers(-2 * DAY_MS, 2 * DAY_MS), min_size=count, max_size=count), label="skews")
    root = tmp_path_factory.mktemp("laptops")
    laptops = [replica(root / str(number), skew) for number, skew in enumerate(skews)]
    meeting = roundtable(laptops[0], people=4, items=3)
    base = log_of(laptops[0])
    for laptop in laptops[1:]:
        merge(laptop, base)
    items = [item.id for item in agenda.items(laptops[0], meeting.id)]
    roster = list(speaking.load_roster(laptops[0], meeting.id))
    seen_conflicts: set[str] = set()
    for step in data.draw(st.lists(steps(count), min_size=1, max_size=40), label="script"):
        if step[0] == "deliver":
            _, source, target, share, twice, seed = step
            _deliver(laptops[source], laptops[target], share, twice, seed)
            seen_conflicts |= _all_ids(laptops[target], ConflictRevision)
            continue
        with contextlib.suppress(UserError):  # an edit of what this laptop deleted meanwhile is refused
            _run(laptops[step[1]], meeting.id, items, roster, step)
    recorded = {model: set().union(*(_all_ids(laptop, model) for laptop in laptops)) for model in EVENTS}

    for _ in range(2):  # a second round carries the conflict revisions the first one opened or withdrew
        logs = [log_of(laptop) for laptop in laptops]
        for target in laptops:
            for changes in logs:
                merge(target, changes, confirm_deletions=True)

    digests = {content_digest(laptop) for laptop in laptops}
    assert len(digests) == 1
    for laptop in laptops:
        for model, ids in recorded.items():
            assert _all_ids(laptop, model) == ids, model.__tablename__
        assert seen_conflicts <= _all_ids(laptop, ConflictRevision)
    close_replicas()  # each example's laptops, before the next example opens its own
