"""The base of a workspace section: shown for one meeting, refreshed when its kinds of data change.

In the workspace, a hidden section does not reload: it remembers that it is out of date and reloads
when its tab is shown.  That keeps start-up and every edit as cheap as the one visible section.
"""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractItemView, QWidget

from facilitator.core.changes import Change
from facilitator.ui.common.accessibility import name_fields
from facilitator.ui.ops import Changed, Ops
from facilitator.ui.sections import spec_of

S = TypeVar("S", bound="Section")


class Section(QWidget):
    """Subclasses set ``shows`` to the kinds of data they display and implement :meth:`load`."""

    shows: Change = Change.ALL
    room_view_changed = Signal(bool)  # the room sees this section now (or no longer): the window hides its own parts

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id: str | None = None
        self.defer_while_hidden = False
        self._stale = False
        self._named = False
        self._load_waits = False  # a load waits for a cell's editor to close
        ops.bus.changed.connect(self._on_changed)

    def first_field(self) -> QWidget | None:
        """Where the keyboard starts when the section is chosen; None: its first field that takes focus."""
        return None

    @classmethod
    def title(cls) -> str:
        """The tab's name, as facilitator.ui.sections declares it."""
        spec = spec_of(cls.__name__)
        return spec.title if spec else cls.__name__

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        self._stale = meeting_id is not None
        self.refresh_if_stale()

    def load(self) -> None:
        """Read what the section shows for ``self.meeting_id`` from the core."""
        raise NotImplementedError

    def load_after_editing(self, table: QAbstractItemView) -> bool:
        """Whether a cell of ``table`` is being edited (its op announces the change before the editor has
        closed); the section then reads again once the editor has closed, once however often it was asked.
        Rows reset under the editor took the focus with them, and the keys typed next went nowhere."""
        if table.state() != QAbstractItemView.State.EditingState:
            return False
        if not self._load_waits:
            self._load_waits = True
            editing = table.itemDelegateForIndex(table.currentIndex())  # a column may have a delegate of its own
            editing.closeEditor.connect(self._editor_closed, Qt.ConnectionType.SingleShotConnection)
        return True

    def _editor_closed(self, *_: object) -> None:
        QTimer.singleShot(0, self, self._load_once_closed)  # once the view has let the editor go

    def _load_once_closed(self) -> None:
        self._load_waits = False
        if self.meeting_id is not None:
            self.load()

    def about_to_close(self) -> bool:
        """The window is about to close: finish what must not be left half done; False keeps it open."""
        return True

    def refresh_if_stale(self) -> None:
        if self._stale and self.meeting_id is not None and (not self.defer_while_hidden or self.isVisible()):
            self._stale = False
            self.load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._named:  # built by now: its fields get the names a screen reader says
            self._named = True
            name_fields(self)
        self.refresh_if_stale()

    def open_section(self, wanted: type[S]) -> S | None:
        """Switch the enclosing workspace to another section (where a check is fixed, a person's register
        entry) and return it, up to date; None outside a workspace."""
        workspace = self.parentWidget()
        while workspace is not None and not hasattr(workspace, "show_section"):
            workspace = workspace.parentWidget()
        if workspace is None:
            return None
        section = workspace.show_section(wanted)
        if section is not None:
            section.refresh_if_stale()
        return section

    def _on_changed(self, changed: Changed) -> None:
        if changed.initiator is self:
            return  # this section made the change and already shows it
        if self.meeting_id is None or not changed.kinds & self.shows:
            return
        if changed.meeting_id in (None, self.meeting_id):
            self._stale = True
            self.refresh_if_stale()
