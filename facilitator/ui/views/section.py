"""The base of a workspace section: shown for one meeting, refreshed when its kinds of data change."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from facilitator.ui.ops import Change, Changed, Ops


class Section(QWidget):
    """Subclasses set ``shows`` to the kinds of data they display and implement :meth:`load`."""

    shows: Change = Change.ALL

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.meeting_id: str | None = None
        ops.bus.changed.connect(self._on_changed)

    @classmethod
    def title(cls) -> str:
        """The tab's name; use QCoreApplication.translate with the class name (lupdate cannot read cls.tr)."""
        raise NotImplementedError

    def set_meeting(self, meeting_id: str | None) -> None:
        self.meeting_id = meeting_id
        if meeting_id is not None:
            self.load()

    def load(self) -> None:
        """Read what the section shows for ``self.meeting_id`` from the core."""
        raise NotImplementedError

    def _on_changed(self, changed: Changed) -> None:
        if self.meeting_id is None or not changed.kinds & self.shows:
            return
        if changed.meeting_id in (None, self.meeting_id):
            self.load()
