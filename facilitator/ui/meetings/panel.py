"""The meetings list on the left of the window: search, sort, show archived, and pick a meeting."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QCheckBox, QHeaderView, QLineEdit, QTableView, QVBoxLayout, QWidget

from facilitator.core.changes import Change
from facilitator.core.meeting_summary import MeetingSummary
from facilitator.ui.common.table_model import ID_ROLE, SORT_ROLE
from facilitator.ui.meetings.model import MeetingsModel
from facilitator.ui.settings import Settings

if TYPE_CHECKING:
    from facilitator.ui.ops import Changed, Ops


TITLE_ROOM = 140  # pixels the titles keep before other columns give way
OPTIONAL_COLUMNS = (MeetingsModel.COLUMN_PEOPLE, MeetingsModel.COLUMN_PLACE, MeetingsModel.COLUMN_STATUS)


class MeetingsPanel(QWidget):
    """Search, sort and pick a meeting."""

    meeting_chosen = Signal(object)  # str | None

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops: Ops | None = None
        self.model = MeetingsModel()
        self.model.include_archived = settings.show_archived
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search meetings"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.archived = QCheckBox(self.tr("Show archived"))
        self.archived.setChecked(settings.show_archived)
        self.archived.toggled.connect(self._toggle_archived)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        column = settings.meetings_sort_column
        if 0 <= column < self.model.columnCount():
            order = Qt.SortOrder.AscendingOrder if settings.meetings_sort_ascending else Qt.SortOrder.DescendingOrder
        else:  # nothing chosen yet: the newest first
            column, order = MeetingsModel.COLUMN_DATE, Qt.SortOrder.DescendingOrder
        self.table.sortByColumn(column, order)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._remember_sort)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list for the meeting's sections, not cell to cell
        self.table.verticalHeader().hide()
        # A title cut short keeps its end: a copy's "(copy)", a year or a place tells two meetings apart
        # (a wrapped title would be cut after its first line's words instead).
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setAccessibleName(self.tr("Meetings"))
        self.search.setAccessibleName(self.search.placeholderText())
        self.model.modelReset.connect(self._fit_columns)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)
        self._settings = settings
        self._shown: str | None = None
        self._widths: dict[int, int] | None = None  # what each column needs, measured once per list
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.archived)

    def show_preview(self, rows: list[MeetingSummary], keep: str | None) -> None:
        """The list as the quick read found it, shown before the data is fully open."""
        self.model.set_rows(rows)
        self.select(keep)

    def attach(self, ops: Ops) -> None:
        self.ops = ops
        ops.bus.changed.connect(self._on_changed)

    def current_id(self) -> str | None:
        """The meeting open: the one chosen in the list, or the one a search leaves out of it."""
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else self._shown

    def reload(self, keep: str | None = None) -> None:
        """The list read again, the chosen meeting kept.  One that only the search leaves out stays open
        beside the list: "s3" typed there by mistake blanked the whole workspace."""
        if self.ops is None:
            return
        from facilitator.core import meetings  # the ORM's read; before the data is open the preview stands

        keep = keep or self.current_id()
        rows = meetings.list_meetings(self.ops.db, self.model.search, self.model.include_archived)
        if rows != self.model.rows():  # as shown (the quick read's list, once the data is open): kept as it is
            self.model.set_rows(rows)
        hidden_by_search = keep and self.model.search and self.model.row_of(keep) < 0
        if hidden_by_search and meetings.is_listed(self.ops.db, keep, self.model.include_archived):
            self.table.clearSelection()
            return
        self.select(keep)

    def summary(self, meeting_id: str | None) -> MeetingSummary | None:
        row = self.model.row_of(meeting_id)
        return self.model.row(row) if row >= 0 else None

    def select(self, meeting_id: str | None) -> None:
        row = self.model.row_of(meeting_id) if meeting_id else -1
        if row < 0 and meeting_id and self.model.search:  # a meeting just made, that the search leaves out
            self.search.clear()
            row = self.model.row_of(meeting_id)
        if row < 0:
            row = 0 if self.model.rowCount() and meeting_id is None else -1
        if row < 0:
            self.table.clearSelection()
            self._announce(None)
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self._announce(self.model.row(row).id)

    def _chosen(self, proxy_index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        self._announce(proxy_index.data(ID_ROLE) if proxy_index.isValid() else None)

    def _announce(self, meeting_id: str | None) -> None:
        """Tell the window only when the chosen meeting really changes (a reload that keeps it does not)."""
        if meeting_id != self._shown:
            self._shown = meeting_id
            self.meeting_chosen.emit(meeting_id)

    def _remember_sort(self, column: int, order: Qt.SortOrder) -> None:
        self._settings.meetings_sort_column = column
        self._settings.meetings_sort_ascending = order == Qt.SortOrder.AscendingOrder

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            mode = (
                QHeaderView.ResizeMode.Stretch
                if column == MeetingsModel.COLUMN_TITLE
                else (QHeaderView.ResizeMode.ResizeToContents)
            )
            header.setSectionResizeMode(column, mode)
        self._widths = None
        self._fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """On a narrow list the columns that matter least step aside (people, place, status), so the
        titles stay readable instead of the list scrolling sideways."""
        header = self.table.horizontalHeader()
        # The panel's width, not the table's: on a resize the table is laid out after this panel.
        edges = 2 * self.table.frameWidth() + self.table.verticalScrollBar().sizeHint().width()
        room = self.width() - edges - TITLE_ROOM
        for column in (MeetingsModel.COLUMN_DATE, *OPTIONAL_COLUMNS[::-1]):
            self.table.setColumnHidden(column, False)
        if self._widths is None:  # measured shown: a hidden column's header has no size
            columns = range(1, self.model.columnCount())
            self._widths = {c: max(header.sectionSizeHint(c), self.table.sizeHintForColumn(c)) for c in columns}
        for column in OPTIONAL_COLUMNS:
            shown = [c for c in self._widths if not self.table.isColumnHidden(c)]
            if sum(self._widths[c] for c in shown) <= room:
                break
            self.table.setColumnHidden(column, True)

    def _search(self, text: str) -> None:
        self.model.search = text
        self.reload()

    def _toggle_archived(self, on: bool) -> None:
        self.model.include_archived = on
        self._settings.show_archived = on
        self.reload()

    def _on_changed(self, changed: Changed) -> None:
        if changed.kinds & (Change.MEETINGS | Change.PARTICIPATION):
            self.reload()
