"""Ops: the one way the window changes data, after Anki's ``aqt.operations``.

A named op (``ui/ops/<domain>.py``) runs core work, which commits at once and returns what it changed:
the previous field values, the new record.  From that the op builds an :class:`UndoStep`, the mechanism
pushes it and announces the kinds of data that changed, naming the op's initiator.  Views that show
those kinds refresh once; the initiator may skip a refresh it has already done itself.

An undo or redo that the core refuses (the record was deleted meanwhile, as a merge from another laptop
may do) is taken off the stack and said in plain words, so the stack never offers to redo a change that
was not undone.  A merge marks the entries whose records it changed as obsolete in the same way.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

import shiboken6
from msgspec import Struct, field, structs
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitator.core.changes import Change
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.models import Synced
from facilitator.core.records import set_many_deleted
from facilitator.i18n import translate
from facilitator.ui.settings import Settings

T = TypeVar("T")
Row = tuple[str, str]  # (table, id): a record an undo step writes


def rows_of(model: type[Synced], ids: Iterable[str]) -> frozenset[Row]:
    table = model.__tablename__
    return frozenset((table, record_id) for record_id in ids)


class Changed(Struct, frozen=True):
    """What an op or a merge announces: the kinds of data it changed, where, and who asked."""

    kinds: Change
    meeting_id: str | None = None
    initiator: object | None = None


class DataBus(QObject):
    """Views connect to ``changed`` and refresh when the announcement names what they show."""

    changed = Signal(object)

    def announce(self, kinds: Change, meeting_id: str | None = None, initiator: object | None = None) -> None:
        self.changed.emit(Changed(kinds, meeting_id, initiator))


# -- undo steps ------------------------------------------------------------------------------------


class UndoStep:
    """An applied change that can be taken back and done again; ``rows`` are the records it writes."""

    __slots__ = ()  # the steps are Structs, which keep their fields in slots, without a __dict__ beside them
    rows: frozenset[Row] = frozenset()

    def undo(self) -> None:
        raise NotImplementedError

    def redo(self) -> None:
        raise NotImplementedError

    def merged_with(self, later: UndoStep) -> UndoStep | None:
        """This step and ``later``, made soon after it, as one step, when they are one stretch of typing."""
        return None


def typed_texts(before: dict[str, Any], after: dict[str, Any]) -> bool:
    """Whether two saves are of the same text fields (a text saved at each pause in the typing)."""
    return before.keys() == after.keys() and all(isinstance(v, str) for v in (*before.values(), *after.values()))


class FieldEdit(UndoStep, Struct, frozen=True):
    """Fields of one record changed through a core ``update(db, id, **fields) -> previous`` function."""

    db: Database
    update: Callable[..., Any]
    model: type[Synced]
    record_id: str
    before: dict[str, Any]
    after: dict[str, Any]

    @property
    def rows(self) -> frozenset[Row]:  # type: ignore[override]
        return rows_of(self.model, [self.record_id])

    def undo(self) -> None:
        self.update(self.db, self.record_id, **self.before)

    def redo(self) -> None:
        self.update(self.db, self.record_id, **self.after)

    def merged_with(self, later: UndoStep) -> UndoStep | None:
        same = isinstance(later, FieldEdit) and (later.model, later.record_id) == (self.model, self.record_id)
        return structs.replace(self, after=later.after) if same and typed_texts(self.after, later.after) else None


class Tombstones(UndoStep, Struct, frozen=True):
    """Records made (``created``) or deleted by the op: undo and redo flip their tombstones."""

    db: Database
    model: type[Synced]
    ids: tuple[str, ...]
    created: bool = True

    @property
    def rows(self) -> frozenset[Row]:  # type: ignore[override]
        return rows_of(self.model, self.ids)

    def _set(self, deleted: bool) -> None:
        set_many_deleted(self.db, self.model, self.ids, deleted)

    def undo(self) -> None:
        self._set(self.created)

    def redo(self) -> None:
        self._set(not self.created)


class Calls(UndoStep, Struct, frozen=True):
    """A step whose way back and forth are core calls of their own (a move, a floor switch)."""

    back: Callable[[], Any]
    forth: Callable[[], Any]
    rows: frozenset[Row] = field(default_factory=frozenset)  # type: ignore[assignment]

    def undo(self) -> None:
        self.back()

    def redo(self) -> None:
        self.forth()


class Steps(UndoStep, Struct, frozen=True):
    """Several steps as one: undone last first."""

    parts: tuple[UndoStep, ...]

    @property
    def rows(self) -> frozenset[Row]:  # type: ignore[override]
        return frozenset().union(*(part.rows for part in self.parts))

    def undo(self) -> None:
        for part in reversed(self.parts):
            part.undo()

    def redo(self) -> None:
        for part in self.parts:
            part.redo()


class Outcome(Struct, Generic[T], frozen=True):
    """What an op's core work returns: its value for the caller, and how to take it back."""

    value: T
    undo: UndoStep | None = None


# A text is saved at each pause in the typing; saves of one field this close together are one undo step.
TYPING_MERGE_SECONDS = 10.0
_MERGEABLE_ID = 1  # QUndoStack offers an entry to the one before it only when both give the same id


class _UndoEntry(QUndoCommand):
    """An already-applied change: the first redo() (called by push) does nothing."""

    def __init__(self, ops: Ops, text: str, step: UndoStep, kinds: Change, meeting_id: str | None) -> None:
        super().__init__(text)
        self.step, self._ops, self._kinds, self._meeting_id = step, ops, kinds, meeting_id
        self._applied = True
        self.invalidated = False  # a merge changed one of its records since
        self._last_edit = time.monotonic()

    @property
    def meeting_id(self) -> str | None:
        return self._meeting_id

    def id(self) -> int:
        return _MERGEABLE_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        """Saves of the same text fields of one record, one soon after the other (a text saved at each pause
        in the typing), are undone as one: back to what the field held before the typing began.  A move or a
        choice stays a step of its own."""
        if not isinstance(other, _UndoEntry) or other.text() != self.text() or self.invalidated or other.invalidated:
            return False
        if other._last_edit - self._last_edit > TYPING_MERGE_SECONDS:
            return False
        merged = self.step.merged_with(other.step)
        if merged is None:
            return False
        self.step, self._last_edit = merged, other._last_edit
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._replay(self.step.redo, translate("Ops", "“{0}” cannot be done again: {1}"))

    def undo(self) -> None:
        self._replay(self.step.undo, translate("Ops", "“{0}” cannot be undone: {1}"))

    def _replay(self, action: Callable[[], Any], message: str) -> None:
        if self.invalidated:
            reason = translate(
                "Ops", "what it changed was changed on another laptop since. It was taken off the undo list."
            )
            self._give_up(message.format(self.text(), reason))
            return
        ok, _ = self._ops.guarded(action, report=False)
        if not ok:
            taken_off = translate("Ops", "It was taken off the undo list.")
            self._give_up(f"{message.format(self.text(), self._ops.last_refusal)} {taken_off}")
            return
        self._ops.bus.announce(self._kinds, self._meeting_id)

    def _give_up(self, text: str) -> None:
        # QUndoStack deletes an obsolete command after this call and moves its index, so neither Undo nor
        # Redo offers it again.
        self.setObsolete(True)
        self._ops.show_error(text)
        self._ops.bus.announce(self._kinds, self._meeting_id)


class Ops:
    """Runs changes for the window: core work, undo entry, announcement, plain-words errors."""

    def __init__(self, db: Database, parent: QWidget | None = None, settings: Settings | None = None) -> None:
        """``settings`` are the window's (kept in a portable data dir, or the user's usual place), for the
        sections that remember choices; without, the user's usual place."""
        self.db = db
        self.settings = settings or Settings()
        self.bus = DataBus()
        self.undo_stack = QUndoStack()
        self.parent = parent
        self.last_refusal = ""

    def __del__(self) -> None:
        """Empty the stack first: its entries refer back to these ops, so the stack, its entries and the
        ops often go in one sweep of the cycle collector, which breaks them up in no set order.  An entry
        it reaches before the stack is handed back to Python and deleted while the stack still lists it,
        and the stack deletes it a second time (a segmentation fault).  Finalizers run before that
        sweep, and once cleared here the stack has nothing left to delete.  (At exit PySide may have
        deleted the stack already.)"""
        if shiboken6.isValid(self.undo_stack):
            self.undo_stack.clear()

    def guarded(self, action: Callable[[], T], report: bool = True) -> tuple[bool, T | None]:
        """Run a core call with a busy cursor (an import of thousands of rows takes seconds), and turn
        a refusal into a message once the cursor is back."""
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return True, action()
        except UserError as error:
            self.last_refusal = str(error)
        finally:
            QApplication.restoreOverrideCursor()
        if report:
            self.show_error(self.last_refusal)
        return False, None

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self.parent, QMessageBox.tr("Facilitator"), message)

    def perform(
        self,
        text: str,
        work: Callable[[], Outcome[T]],
        kinds: Change,
        meeting_id: str | None = None,
        initiator: object | None = None,
    ) -> Outcome[T] | None:
        """Run ``work``; when it succeeds, push its undo step (named ``text``) and announce ``kinds``.

        Returns the outcome, or None when the core refused (the refusal has been shown)."""
        ok, outcome = self.guarded(work)
        if not ok or outcome is None:
            return None
        if outcome.undo is not None:
            self.undo_stack.push(_UndoEntry(self, text, outcome.undo, kinds, meeting_id))
        self.bus.announce(kinds, meeting_id, initiator)
        return outcome

    def edit(
        self,
        text: str,
        update: Callable[..., dict[str, Any]],
        model: type[Synced],
        record_id: str,
        changes: dict[str, Any],
        kinds: Change,
        meeting_id: str | None = None,
        initiator: object | None = None,
    ) -> bool:
        """A field edit through a core ``update(db, id, **changes) -> previous values`` function."""

        def work() -> Outcome[None]:
            before = update(self.db, record_id, **changes)
            return Outcome(None, FieldEdit(self.db, update, model, record_id, before, dict(changes)))

        return self.perform(text, work, kinds, meeting_id, initiator) is not None

    def next_step_meeting(self, undo: bool = True) -> str | None:
        """The meeting of the step that Undo (or Redo) would take back (or do again), if it has one."""
        index = self.undo_stack.index() - (1 if undo else 0)
        if not 0 <= index < self.undo_stack.count():
            return None
        entry = self.undo_stack.command(index)
        return entry.meeting_id if isinstance(entry, _UndoEntry) else None

    def merged(self, rows: Iterable[Row], kinds: Change) -> None:
        """Another laptop's work arrived: entries whose records it changed can no longer be replayed,
        and every view showing what it changed refreshes."""
        changed = frozenset(rows)
        for index in range(self.undo_stack.count()):
            entry = self.undo_stack.command(index)
            if isinstance(entry, _UndoEntry) and entry.step.rows & changed:
                entry.invalidated = True
        self.bus.announce(kinds)
