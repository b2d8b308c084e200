"""Ops on a meeting's agenda: edit, insert, duplicate, delete and move items, templates and day hours."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from facilitator.core import meetings
from facilitator.core.agenda import items, templates
from facilitator.core.changes import Change
from facilitator.core.models import AgendaItem, Meeting, MeetingDay
from facilitator.i18n import translate
from facilitator.ui.ops import Calls, FieldEdit, Ops, Outcome, Tombstones, rows_of

# The interpretation factor and the discussion threshold are meeting fields the agenda depends on.
SETTINGS_CHANGED = Change.MEETINGS | Change.AGENDA


def update_item(ops: Ops, meeting_id: str, item_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    return ops.edit(
        translate("AgendaOps", "Edit agenda item"),
        items.update,
        AgendaItem,
        item_id,
        changes,
        Change.AGENDA,
        meeting_id,
        initiator,
    )


def _created(ops: Ops, text: str, meeting_id: str, create: Callable[[], list[str]]) -> list[str]:
    """Items made by one op; undo tombstones them all and redo brings them back."""

    def work() -> Outcome[list[str]]:
        made = create()
        return Outcome(made, Tombstones(ops.db, AgendaItem, tuple(made)) if made else None)

    outcome = ops.perform(text, work, Change.AGENDA, meeting_id)
    return outcome.value if outcome else []


def insert_item(ops: Ops, meeting_id: str, title: str, after_id: str | None) -> str | None:
    """A new plenary item right after ``after_id`` (or at the end); returns its id."""

    def create() -> list[str]:
        return [items.add(ops.db, meeting_id, title, after_id=after_id, kind="plenary").id]

    made = _created(ops, translate("AgendaOps", "Insert agenda item"), meeting_id, create)
    return made[0] if made else None


def duplicate_item(ops: Ops, meeting_id: str, item_id: str) -> str | None:
    """A copy placed right after the item; returns the copy's id."""

    def create() -> list[str]:
        return [items.duplicate(ops.db, item_id).id]

    made = _created(ops, translate("AgendaOps", "Duplicate agenda item"), meeting_id, create)
    return made[0] if made else None


def apply_template(ops: Ops, meeting_id: str, template_id: str) -> list[str]:
    """The template's items appended to the agenda; returns their ids."""
    create = partial(templates.apply, ops.db, meeting_id, template_id)
    return _created(ops, translate("AgendaOps", "Apply template"), meeting_id, create)


def copy_agenda(ops: Ops, source_meeting_id: str, meeting_id: str) -> list[str]:
    """Another meeting's agenda appended to this one; returns the new items' ids."""
    create = partial(templates.copy_from_meeting, ops.db, source_meeting_id, meeting_id)
    return _created(ops, translate("AgendaOps", "Copy agenda"), meeting_id, create)


def delete_item(ops: Ops, meeting_id: str, item_id: str) -> bool:
    def work() -> Outcome[None]:
        items.delete(ops.db, item_id)
        return Outcome(None, Tombstones(ops.db, AgendaItem, (item_id,), created=False))

    return ops.perform(translate("AgendaOps", "Delete agenda item"), work, Change.AGENDA, meeting_id) is not None


def _moved(ops: Ops, meeting_id: str, item_id: str, move: Callable[[], dict[str, Any] | None]) -> bool:
    def work() -> Outcome[None]:
        before = move()
        if before is None:  # already first or last: nothing moved, nothing to undo
            return Outcome(None)
        after = items.place_of(ops.db, item_id)
        return Outcome(None, FieldEdit(ops.db, items.restore_place, AgendaItem, item_id, before, after))

    return ops.perform(translate("AgendaOps", "Move agenda item"), work, Change.AGENDA, meeting_id) is not None


def move_item_by(ops: Ops, meeting_id: str, item_id: str, step: int) -> bool:
    """One place up (-1) or down (+1), across a day boundary too."""
    return _moved(ops, meeting_id, item_id, partial(items.move_by, ops.db, item_id, step))


def move_item_to(ops: Ops, meeting_id: str, item_id: str, row: int) -> bool:
    """A drop: the item goes before what is now at ``row``."""
    return _moved(ops, meeting_id, item_id, partial(items.move_to, ops.db, item_id, row))


def set_day_hours(ops: Ops, meeting_id: str, hours: dict[int, tuple[str, str]]) -> bool:
    """Several days' hours as one undoable step."""

    def work() -> Outcome[None]:
        before = items.set_day_hours(ops.db, meeting_id, hours)
        step = Calls(
            back=partial(items.set_day_hours, ops.db, meeting_id, before),
            forth=partial(items.set_day_hours, ops.db, meeting_id, dict(hours)),
            rows=rows_of(MeetingDay, items.day_row_ids(ops.db, meeting_id, hours)),
        )
        return Outcome(None, step)

    return ops.perform(translate("AgendaOps", "Change day hours"), work, Change.AGENDA, meeting_id) is not None


def update_settings(ops: Ops, meeting_id: str, changes: dict[str, Any], initiator: object = None) -> bool:
    """The interpretation factor and the minimum discussion share, kept on the meeting."""
    return ops.edit(
        translate("AgendaOps", "Edit agenda settings"),
        meetings.update,
        Meeting,
        meeting_id,
        changes,
        SETTINGS_CHANGED,
        meeting_id,
        initiator,
    )


def save_template(ops: Ops, meeting_id: str, name: str, replace: bool) -> templates.Template | None:
    """The agenda saved as one of the user's templates (a file in the data dir; not undoable)."""
    ok, saved = ops.guarded(partial(templates.save, ops.db, meeting_id, name, replace=replace))
    return saved if ok else None


def export_pdf(ops: Ops, meeting_id: str, target: Path) -> bool:
    """The printable agenda: one page when it reads at that size, numbered pages beyond."""
    from facilitator.export import agenda_pdf  # reportlab loads only when someone prints

    ok, _ = ops.guarded(partial(agenda_pdf.export, ops.db, meeting_id, target))
    return ok


def export_ics(ops: Ops, meeting_id: str, target: Path) -> bool:
    """The agenda as a calendar file for participants."""
    from facilitator.export import ics

    ok, _ = ops.guarded(partial(ics.export, ops.db, meeting_id, target))
    return ok
