"""Who has the floor: speaker switches, their flags, and corrections.

A switch is ONE insert in one transaction: "from this instant on, this voice (or silence) has the
floor".  Choosing a speaker therefore ends the previous turn without touching it, and a crash can
never leave a half-written turn behind.  A turn's length is the distance to the next switch.

Corrections are insert-only facts too (:class:`~facilitator.core.models.SpeakingCorrection`), not
edits, because two laptops may track the same meeting and a merge must keep both sides' facts:

- *void* takes a switch back (the facilitator clicked the wrong tile): the previous turn simply
  runs on until the next remaining switch; *restore* undoes a void.
- *move* sets a new start for a switch (the click came five seconds late); the previous turn
  shrinks or grows by the same amount.

For each switch the latest correction (by its HLC stamp) wins, so replaying the facts in any order
gives the same turns.

Interpretation: a switch of kind ``interpretation`` names the participant whose words are being
interpreted.  Its time is counted apart, so consecutive interpretation neither doubles a worker's
talk time nor hides it.  A ``procedural`` turn (chairing, time-keeping) counts against no group.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import disclosure
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Participation, Person, SpeakingCorrection, SpeakingTurn, new_id, utcnow
from facilitator.core.participants.vocabulary import STAFF_GROUPS, STAFF_ROLES
from facilitator.i18n import translate

KINDS = ("speech", "interpretation", "silence", "pause")
# Nobody has the floor: silence is meeting time without talk; a pause (the agenda paused, the laptop
# asleep) is not meeting time at all and is counted nowhere.
SILENT_KINDS = frozenset({"silence", "pause"})


class Speaker(Struct, frozen=True):
    """A participant as the live screen needs them."""

    id: str
    name: str
    group: str
    role: str
    anonymity: str
    interpretation_language: str
    present: bool

    @property
    def is_staff(self) -> bool:
        return self.role in STAFF_ROLES or self.group in STAFF_GROUPS

    @property
    def identity_hidden(self) -> bool:
        """Anonymous and group-only participants may be named only by their group; so may one of a level
        this version does not know (synced from a newer one): the strictest reading, as disclosure's."""
        return self.anonymity != "named"


def load_roster(db: Database, meeting_id: str) -> dict[str, Speaker]:
    """The meeting's participants by participation id, in name order.

    Once anyone is marked as attended, only those who attended are present; before that (nobody
    checked in yet) everyone who did not decline counts, so the live screen is never empty.
    """
    query = (
        select(Participation, Person)
        .join(Person, Person.id == Participation.person_id)
        .where(Participation.meeting_id == meeting_id, Participation.deleted.is_(False))
        .order_by(Person.name)
    )
    with db.session() as session:
        rows = session.execute(query).all()
        levels = disclosure.hidden_levels(session)  # the room view hides whom either laptop hides
    checked_in = any(p.status == "attended" for p, _ in rows)
    return {
        p.id: Speaker(
            p.id,
            person.name,
            person.stakeholder_group,
            p.role,
            levels.get(person.id, person.anonymity),
            p.interpretation_language,
            p.status == "attended" if checked_in else p.status != "declined",
        )
        for p, person in rows
    }


class Turn(Struct, frozen=True):
    """A resolved turn: a switch with its corrections applied and its end found."""

    id: str
    participation_id: str | None
    group: str
    kind: str
    start: datetime
    end: datetime | None  # None: still running
    agenda_item_id: str | None
    via_interpreter: bool = False
    procedural: bool = False
    interruption: bool = False

    def seconds(self, now: datetime) -> float:
        return max(0.0, ((self.end or now) - self.start).total_seconds())


def new_switch(
    meeting_id: str,
    at: datetime,
    participation_id: str | None,
    group: str = "",
    kind: str = "speech",
    agenda_item_id: str | None = None,
    *,
    via_interpreter: bool = False,
    procedural: bool = False,
    interruption: bool = False,
) -> SpeakingTurn:
    """A checked, not yet stored switch (so other steps can add it to their own transaction)."""
    if kind not in KINDS:
        raise UserError(translate("Speaking", "Unknown kind of turn: {0}").format(kind))
    if kind not in SILENT_KINDS and participation_id is None:
        raise UserError(translate("Speaking", "Choose who is speaking."))
    silent = kind in SILENT_KINDS
    return SpeakingTurn(
        id=new_id(),
        meeting_id=meeting_id,
        agenda_item_id=agenda_item_id,
        participation_id=None if silent else participation_id,
        stakeholder_group="" if silent else group,
        kind=kind,
        started_at=at,
        via_interpreter=via_interpreter and not silent,
        procedural=procedural and not silent,
        interruption=interruption and not silent,
    )


def record_switch(
    db: Database, meeting_id: str, at: datetime, participation_id: str | None, **fields: Any
) -> SpeakingTurn:
    """Give the floor to a participant (or to silence) from ``at`` on: one insert, committed at once.

    The hottest write of a meeting skips the ORM's unit of work (which would double its cost) and
    stamps the sync columns itself, exactly as :class:`Database` does on flush.
    """
    turn = new_switch(meeting_id, at, participation_id, **fields)
    turn.origin, turn.created_at = db.device_id, utcnow()
    turn.updated_hlc, turn.deleted = db.clock.now(), False
    with db.engine.begin() as connection:
        connection.execute(_INSERT_SWITCH, {name: getattr(turn, name) for name in _SWITCH_COLUMNS})
    return turn


_SWITCH_COLUMNS = tuple(column.name for column in SpeakingTurn.__table__.columns)
_INSERT_SWITCH = SpeakingTurn.__table__.insert()


def as_turn(switch: SpeakingTurn) -> Turn:
    """The running turn a new switch starts."""
    return Turn(
        switch.id,
        switch.participation_id,
        switch.stakeholder_group,
        switch.kind,
        switch.started_at,
        None,
        switch.agenda_item_id,
        switch.via_interpreter,
        switch.procedural,
        switch.interruption,
    )


def correct(db: Database, meeting_id: str, turn_id: str, action: str, started_at: datetime | None = None) -> None:
    """Insert a correction of one switch: ``void``, ``restore`` or ``move`` (to ``started_at``)."""
    if action not in ("void", "restore", "move") or (action == "move") != (started_at is not None):
        raise UserError(translate("Speaking", "Unknown correction: {0}").format(action))
    with db.session() as session:
        if session.get(SpeakingTurn, turn_id) is None:
            raise UserError(translate("Speaking", "This speaking turn no longer exists."))
        session.add(SpeakingCorrection(meeting_id=meeting_id, turn_id=turn_id, action=action, started_at=started_at))


def resolve(switches: Iterable[Any], corrections: Iterable[Any]) -> list[Turn]:
    """Turns from stored facts: latest correction per switch wins; each turn ends at the next one.

    ``switches`` are the live (not deleted) rows of :data:`SWITCH_COLUMNS`, as :func:`load_turns_in` reads
    them, taken apart by position: for a two-day meeting's 20,000 switches that is quicker than attributes."""
    voided: dict[str, bool] = {}
    moved: dict[str, datetime] = {}
    for fix in sorted(corrections, key=lambda c: c.updated_hlc):
        if fix.action == "move" and fix.started_at is not None:
            moved[fix.turn_id] = fix.started_at
        else:
            voided[fix.turn_id] = fix.action == "void"
    kept = [s for s in switches if not voided.get(s[0], False)]
    kept.sort(key=lambda s: (moved.get(s[0], s[4]), s[-1]))
    starts = [moved.get(s[0], s[4]) for s in kept]
    ends: list[datetime | None] = [*starts[1:], None] if starts else []
    # id, participation_id, group, kind, (start,) agenda_item_id, via_interpreter, procedural, interruption
    return [
        Turn(s[0], s[1], s[2], s[3], start, end, s[5], s[6], s[7], s[8])
        for s, start, end in zip(kept, starts, ends, strict=True)
    ]


# What a turn is made of, in the order :func:`resolve` takes a row apart; then the switch's stamp.
SWITCH_COLUMNS = (
    "id",
    "participation_id",
    "stakeholder_group",
    "kind",
    "started_at",
    "agenda_item_id",
    "via_interpreter",
    "procedural",
    "interruption",
    "updated_hlc",
)


def load_turns(db: Database, meeting_id: str) -> list[Turn]:
    with db.session() as session:
        return load_turns_in(session, meeting_id)


def load_turns_in(session: Session, meeting_id: str) -> list[Turn]:
    # Plain rows of only the columns a turn needs, not ORM objects: a two-day meeting has 20,000 switches,
    # and nothing here edits them.
    turns, fixes = SpeakingTurn.__table__, SpeakingCorrection.__table__
    switches = session.execute(
        select(*(turns.c[name] for name in SWITCH_COLUMNS))
        .where(turns.c.meeting_id == meeting_id, turns.c.deleted.is_(False))
        .order_by(turns.c.started_at)  # the index's order, so the sort in resolve finds them (almost) in order
    ).all()
    corrections = session.execute(select(*fixes.columns).where(fixes.c.meeting_id == meeting_id)).all()
    return resolve(switches, corrections)
