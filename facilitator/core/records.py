"""Field-by-field edits of synced records, the unit that undo, redo and sync all work in."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Select
from sqlalchemy.orm import InstrumentedAttribute, Session

from facilitator.core import text
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Synced
from facilitator.i18n import translate

Record = TypeVar("Record", bound=Synced)
MAX_REFERENCE = 64  # an id has 36 characters: anything much longer was pasted by mistake


class ReferenceMessages(NamedTuple):
    """What to say, in the words of the kind of record, when a typed reference names none or several;
    ``{0}`` is the reference as typed."""

    empty: str
    unknown: str
    several: str


def by_reference(
    session: Session, query: Select, id_column: InstrumentedAttribute, reference: str, messages: ReferenceMessages
) -> Any:
    """The one result of ``query`` whose id is ``reference`` or starts with it, as the command line names
    a meeting, a note or a visit by the first characters that ``list`` shows.  The reference is cleaned
    of what a terminal would act on, and ``%`` or ``_`` in it are matched as typed."""
    reference = text.for_terminal(reference).strip().lower()
    if not reference:
        raise UserError(messages.empty)
    if len(reference) > MAX_REFERENCE:
        raise UserError(
            translate("Records", "That is not an id: an id has 36 characters, this has {0}.").format(len(reference))
        )
    found = session.execute(query.where(id_column.startswith(reference, autoescape=True)).limit(2)).scalars().all()
    if not found:
        raise UserError(messages.unknown.format(reference))
    if len(found) > 1:
        raise UserError(messages.several.format(reference))
    return found[0]


def get_live(session: Session, model: type[Record], record_id: str) -> Record:
    """The record with this id, unless it does not exist or was deleted."""
    record = session.get(model, record_id)
    if record is None or record.deleted:
        raise UserError(translate("Records", "This record no longer exists: {0}").format(record_id))
    return record


def update_fields(db: Database, model: type[Synced], record_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Apply already-validated ``changes``; return the previous values so the edit can be undone."""
    return edit(db, model, record_id, lambda _session, _record: changes)


def edit(
    db: Database, model: type[Record], record_id: str, checked: Callable[[Session, Record], dict[str, Any]]
) -> dict[str, Any]:
    """Check and apply an edit of one record in one transaction, which holds the write lock from its start,
    so what the check read (the record's other fields, its neighbours) still holds when the values are
    written: a sync's merge cannot commit in between.  ``checked(session, record)`` returns the values to
    write, or raises :class:`UserError` and nothing is written.  Returns the previous values, so the edit
    can be undone."""
    with db.session(immediate=True) as session:
        record = get_live(session, model, record_id)
        changes = checked(session, record)
        unknown = sorted(set(changes) - set(model.__mapper__.attrs.keys()))
        if unknown:
            raise UserError(translate("Records", "There is no field {0} to change.").format(", ".join(unknown)))
        previous = {name: getattr(record, name) for name in changes}
        for name, value in changes.items():
            setattr(record, name, value)
        return previous


def set_deleted(db: Database, model: type[Synced], record_id: str, deleted: bool) -> None:
    """Deleting writes a tombstone, so a deletion syncs and can be undone."""
    set_many_deleted(db, model, [record_id], deleted)


def set_many_deleted(db: Database, model: type[Synced], record_ids: Iterable[str], deleted: bool) -> None:
    """Tombstone (or bring back) several records in one transaction: all of them, or none."""
    with db.session() as session:
        for record_id in record_ids:
            record = session.get(model, record_id)
            if record is None:
                raise UserError(translate("Records", "This record no longer exists: {0}").format(record_id))
            record.deleted = deleted
