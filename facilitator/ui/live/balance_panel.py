"""The live balance panel: group shares against expectation, index, alerts, and who to invite next.

Alerts are a coloured line in the panel, never a dialog: the facilitator is talking to a room.
Nothing reorders itself; the suggested voice is a suggestion.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from facilitator.core.live.balance import Alert, Balance, GroupStats, index_explanation
from facilitator.core.live.speaking import Speaker
from facilitator.core.localised import format_number, format_percent
from facilitator.i18n import QT_TRANSLATE_NOOP
from facilitator.ui.common.style import swatch, text_on
from facilitator.ui.common.table_model import Index, RowsModel
from facilitator.ui.live.room import RoomNames
from facilitator.ui.live.style import ALERT_COLOUR, clock, group_colour
from facilitator.ui.live.tiles import group_label


class GroupBalanceModel(RowsModel[GroupStats]):
    """One row per stakeholder group: talk time, share, expected share, gap, turns, interpretation."""

    CONTEXT = "GroupBalanceModel"
    COLUMNS = (
        QT_TRANSLATE_NOOP("GroupBalanceModel", "Group"),
        QT_TRANSLATE_NOOP("GroupBalanceModel", "Time"),
        QT_TRANSLATE_NOOP("GroupBalanceModel", "Share"),
        QT_TRANSLATE_NOOP("GroupBalanceModel", "Exp."),
        QT_TRANSLATE_NOOP("GroupBalanceModel", "Gap"),
        QT_TRANSLATE_NOOP("GroupBalanceModel", "Turns"),
        QT_TRANSLATE_NOOP("GroupBalanceModel", "Interp."),
    )
    GROUP, TIME, SHARE, EXPECTED, GAP, TURNS, INTERPRETED = range(7)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._shown: list[tuple[str, ...]] = []

    @staticmethod
    def id_of(row: GroupStats) -> str:
        return row.group

    def set_groups(self, groups: list[GroupStats]) -> None:
        """Replace the rows, repainting only the cells whose text changed (the screen ticks every second)."""
        shown = [tuple(self._text(g, column) for column in range(len(self.COLUMNS))) for g in groups]
        if [g.group for g in groups] != [g.group for g in self._rows]:
            self._shown = shown
            self.set_rows(groups)
            return
        before, self._rows, self._shown = self._shown, list(groups), shown
        for row, (old, new) in enumerate(zip(before, shown, strict=True)):
            changed = [column for column, (a, b) in enumerate(zip(old, new, strict=True)) if a != b]
            if changed:
                self.dataChanged.emit(self.index(row, changed[0]), self.index(row, changed[-1]))

    def _text(self, g: GroupStats, column: int) -> str:
        if column == self.GROUP:
            return f"{group_label(g.group)} ({g.headcount})"
        if column == self.TIME:
            return clock(g.seconds)
        if column == self.SHARE:
            return f"{g.share:.0%}"
        if column == self.EXPECTED:
            return f"{g.expected:.0%}"
        if column == self.GAP:
            return f"{round(g.gap * 100):+d}"
        if column == self.TURNS:
            return str(g.turns)
        return clock(g.interpreted_seconds) if g.interpreted_seconds else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.DisplayRole:
            return self._shown[index.row()][index.column()]  # the texts set_groups compared
        return super().data(index, role)

    def cell(self, g: GroupStats, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.BackgroundRole and column == self.GROUP:
            return QColor(group_colour(g.group))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.GROUP:
            return QColor(text_on(group_colour(g.group)))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.GROUP:
            return self._text(g, column)  # the whole name, cut in the narrow column
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.GROUP:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


def alert_text(alert: Alert) -> str:
    group = group_label(alert.group)
    if alert.kind == "focus_short":
        return QCoreApplication.translate(
            "BalancePanel", "This item is meant for {groups}, who hold only {share:.0%} of the talk in the last "
            "{minutes} minutes: give them the floor."
        ).format(groups=", ".join(group_label(g) for g in alert.groups), share=alert.share,
                 minutes=alert.window_minutes)  # fmt: skip
    if alert.kind == "dominance":
        return QCoreApplication.translate(
            "BalancePanel", "{group}: {share:.0%} of the talk in the last {minutes} minutes (alert above {limit:.0%})."
        ).format(group=group, share=alert.share, minutes=alert.window_minutes, limit=alert.threshold)
    return QCoreApplication.translate(
        "BalancePanel", "{group}: only {share} of the talk, under its alert level of {limit}."
    ).format(group=group, share=format_percent(alert.share, 1), limit=format_percent(alert.threshold, 1))


class BalancePanel(QWidget):
    def __init__(self, names: RoomNames, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.names = names
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.index_label = QLabel()
        self.index_label.setObjectName("balanceIndex")
        self.index_label.setWordWrap(True)
        self.index_help = QLabel(index_explanation())
        self.index_help.setObjectName("balanceIndexHelp")
        self.index_help.setWordWrap(True)
        small = self.index_help.font()
        small.setPointSize(9)
        self.index_help.setFont(small)
        self.index_label.setToolTip(index_explanation())
        self.index_label.setAccessibleDescription(index_explanation())
        self.alerts = QLabel()
        self.alerts.setWordWrap(True)
        self.alerts.setStyleSheet(f"{swatch(ALERT_COLOUR)} padding: 6px; border-radius: 4px;")
        self.alerts.hide()
        self.model = GroupBalanceModel(self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Talk per stakeholder group"))
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        small = self.table.font()
        small.setPointSize(11)
        self.table.setFont(small)
        self.table.setToolTip(
            self.tr(
                "Exp.: expected share of talk · Gap: share minus expected, in points · Interp.: interpretation time"
            )
        )
        self.table.setSelectionMode(QTableView.SelectionMode.NoSelection)
        # A group's name cut short keeps its end, the count of its people: "Leverancie…ment (3)".
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.model.modelReset.connect(self._fit_table)
        self.suggested = QLabel()
        self.suggested.setWordWrap(True)
        self.suggested.setObjectName("suggested")
        self.unheard = QLabel()
        self.unheard.setWordWrap(True)
        self.totals = QLabel()
        self.totals.setWordWrap(True)
        shown = (self.index_label, self.index_help, self.alerts, self.table, self.suggested, self.unheard, self.totals)
        for widget in shown:
            layout.addWidget(widget)
        layout.addStretch(1)
        self._texts: dict[QLabel, str] = {}

    def _fit_table(self) -> None:
        """Tall enough for every group, so the panel scrolls as a whole instead of squeezing."""
        rows = self.model.rowCount()
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        height += sum(self.table.rowHeight(row) for row in range(rows)) if rows else 0
        self.table.setFixedHeight(max(height, self.table.horizontalHeader().height() * 3))

    def _set(self, label: QLabel, text: str) -> None:
        if self._texts.get(label) != text:
            self._texts[label] = text
            label.setText(text)

    def refresh(self, balance: Balance, speakers: dict[str, Speaker], item_id: str | None, ended: bool = False) -> None:
        """The figures as they stand; once the session has ended, no alert or suggestion asks to give
        anyone the floor (the figures stay, for the minutes)."""

        def name(pid: str) -> str:
            s = speakers[pid]
            return f"{self.names.name(s)} ({group_label(s.group)})"

        item = balance.item_index.get(item_id or "")
        overall = "–" if balance.index is None else format_number(balance.index, 2)
        this_item = "–" if item is None else format_number(item, 2)
        self._set(
            self.index_label,
            self.tr("Balance {0} overall · {1} this item (1 = as expected)").format(overall, this_item),
        )
        shown = self.names.shows_group
        calls = () if ended else balance.alerts
        alerts = "\n".join(f"⚠ {alert_text(a)}" for a in calls if all(map(shown, a.groups or (a.group,))))
        self._set(self.alerts, alerts)
        self.alerts.setVisible(bool(alerts))
        self.model.set_groups([g for g in balance.groups if shown(g.group)])
        self.suggested.setVisible(self.names.shows_people_lists and not ended)
        self.unheard.setVisible(self.names.shows_people_lists)
        suggested = ", ".join(name(pid) for pid in balance.suggested) or "–"
        self._set(self.suggested, self.tr("Suggested next voice: {0}").format(suggested))
        unheard = ", ".join(name(pid) for pid in balance.not_yet_heard[:8]) or "–"
        more = len(balance.not_yet_heard) - 8
        if more > 0:
            unheard += " " + self.tr("and {0} more").format(more)
        self._set(self.unheard, self.tr("Not yet heard: {0}").format(unheard))
        self._set(
            self.totals,
            self.tr("Talk {0} · interpretation {1} · procedural {2} · silence {3}").format(
                clock(balance.talk_seconds),
                clock(balance.interpretation_seconds),
                clock(balance.procedural_seconds),
                clock(balance.silence_seconds),
            ),
        )
