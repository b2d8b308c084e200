"""Speaking-time balance: who has talked how much, against what each group could expect.

Research basis (brief, section 4): headcount parity does not guarantee an equal voice, and observers
call a discussion "balanced" while one group still dominates.  So the screen shows numbers, not an
impression: seconds, share and turns per person and group; an expected share per group; a balance
index; who has not been heard; and alerts when a group holds over half the talk in the last minutes
or falls below half its expected share.  The facilitator decides; nothing here reorders anything.

Counted talk is ``speech`` that is not procedural and not by meeting staff.  Interpretation,
procedural talk and silence are totalled apart; a pause is not meeting time and counts nowhere.

Balance index: 1 - G, where G is the Gini coefficient of the groups' talk per unit of expected share,
each group weighted by its expected share.  1 means talk follows the expectation exactly; it falls
towards 0 as talk concentrates in one group.  With weights w (summing to 1) and talk shares s,
x = s / w and G = sum_i sum_j w_i w_j |x_i - x_j| / 2, which stays below 1 - min(w).

The tracker is incremental: a new switch closes the running turn and adds it to running totals, so
a refresh costs O(participants + groups), not O(turns).  Corrections rebuild from scratch (rare).
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from msgspec import Struct, field

from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.live.speaking import Speaker, Turn
from facilitator.core.models import Meeting
from facilitator.core.records import update_fields
from facilitator.i18n import translate

EXPECTATION_MODES = ("headcount", "equal", "custom")
SETTINGS = (
    "balance_window_minutes",
    "dominance_share",
    "underrepresented_ratio",
    "expected_share_mode",
    "expected_shares",
)
# Alerts wait for enough talk to mean something: a minute in the window, three minutes overall.
MIN_WINDOW_TALK_SECONDS = 60.0
MIN_TOTAL_TALK_SECONDS = 180.0
SUGGESTIONS = 3
# During an item meant for some groups (its voice focus), they together should hold more than half the talk.
FOCUS_LEAD_SHARE = 0.5
# The weight, in the balance index, of a group that talks but was given no expected share.
UNEXPECTED_WEIGHT = 0.01


class Thresholds(Struct, frozen=True):
    """A meeting's balance settings (Meeting columns)."""

    window_minutes: int = 10
    dominance_share: float = 0.5
    underrepresented_ratio: float = 0.5
    mode: str = "headcount"
    custom: dict[str, float] = field(default_factory=dict)

    @classmethod
    def of(cls, meeting: Any) -> Thresholds:
        return cls(
            meeting.balance_window_minutes,
            meeting.dominance_share,
            meeting.underrepresented_ratio,
            meeting.expected_share_mode,
            {k: float(v) for k, v in (meeting.expected_shares or {}).items()},
        )


def update_settings(db: Database, meeting_id: str, **changes: Any) -> dict[str, Any]:
    """Change a meeting's balance thresholds; returns the previous values (for undo)."""
    unknown = set(changes) - set(SETTINGS)
    if unknown:
        raise UserError(translate("Balance", "Unknown balance setting: {0}").format(", ".join(sorted(unknown))))
    if "balance_window_minutes" in changes and not 1 <= int(changes["balance_window_minutes"]) <= 120:
        raise UserError(translate("Balance", "The alert window must be between 1 and 120 minutes."))
    if "dominance_share" in changes and not 0.2 <= float(changes["dominance_share"]) <= 1.0:
        raise UserError(translate("Balance", "The dominance alert must be between 20% and 100% of talk."))
    if "underrepresented_ratio" in changes and not 0.0 <= float(changes["underrepresented_ratio"]) <= 1.0:
        raise UserError(
            translate("Balance", "The under-representation alert must be between 0 and 1 times the expected share.")
        )
    if "expected_share_mode" in changes and changes["expected_share_mode"] not in EXPECTATION_MODES:
        raise UserError(translate("Balance", "Expected shares follow headcount, equal groups or custom targets."))
    if "expected_shares" in changes:
        targets = {taxonomy.check_group(g): float(v) for g, v in (changes["expected_shares"] or {}).items()}
        if any(v < 0 for v in targets.values()):
            raise UserError(translate("Balance", "A target share cannot be negative."))
        changes["expected_shares"] = targets
    return update_fields(db, Meeting, meeting_id, changes)


class PersonStats(Struct, frozen=True):
    """How long and how often one person spoke, and how much of it through an interpreter."""

    id: str
    name: str
    group: str
    seconds: float
    share: float
    turns: int
    interpreted_seconds: float
    interruptions: int


class GroupStats(Struct, frozen=True):
    """One stakeholder group's talk against the share it is expected to have (by headcount, equal groups
    or the meeting's own targets)."""

    group: str
    headcount: int
    seconds: float
    share: float
    turns: int
    expected: float
    gap: float  # share - expected: negative means the group is short of its expected share
    interpreted_seconds: float


class Alert(Struct, frozen=True):
    """A balance the facilitator should act on: one group dominating, or short of its share."""

    kind: str  # dominance | underrepresented | focus_short
    group: str
    share: float
    threshold: float
    window_minutes: int = 0  # for dominance and focus_short: the share is of the talk in this many last minutes
    groups: tuple[str, ...] = ()  # for focus_short: the groups the item is meant for (``group`` is the first)


class Balance(Struct, frozen=True):
    """The speaking balance of a meeting so far: per person, per group, per item, and who is not yet heard."""

    people: list[PersonStats]
    groups: list[GroupStats]
    index: float | None  # None until someone has spoken
    item_index: dict[str, float | None]
    talk_seconds: float
    interpretation_seconds: float
    procedural_seconds: float
    silence_seconds: float
    not_yet_heard: list[str]
    suggested: list[str]
    alerts: list[Alert]
    # Counted seconds per group within each agenda item, so a shareable output can merge small groups first.
    item_group_seconds: dict[str, dict[str, float]] = field(default_factory=dict)
    expected: dict[str, float] = field(default_factory=dict)


def suggest(
    groups: list[GroupStats],
    speakers: dict[str, Speaker],
    person: dict[str, float],
    unheard: list[str],
    current: str | None,
    among: Callable[[str], bool] = lambda _id: True,
) -> list[str]:
    """One voice from each group short of its expected share, the largest shortfall first: the first of
    it not yet heard, else its member who spoke least.  Only people ``among`` are chosen from: a shared
    output chooses among those whose own figures it shows, so that whom it suggests depends on nothing
    it withholds (had a withheld worker spoken yet or not)."""
    suggestions = []
    first_unheard = {speakers[pid].group: pid for pid in reversed(unheard) if among(pid)}
    for g in groups:
        if g.gap >= 0 or len(suggestions) == SUGGESTIONS:
            break
        if g.group in first_unheard:
            suggestions.append(first_unheard[g.group])
            continue
        members = [
            s
            for s in speakers.values()
            if s.group == g.group and s.present and not s.is_staff and s.id != current and among(s.id)
        ]
        if members:
            suggestions.append(min(members, key=lambda s: (person.get(s.id, 0.0), s.name)).id)
    return suggestions


def counted(turn: Turn, speakers: dict[str, Speaker]) -> bool:
    """Talk that counts towards a group: speech, not procedural, not by meeting staff."""
    if turn.kind != "speech" or turn.procedural or turn.participation_id is None:
        return False
    speaker = speakers.get(turn.participation_id)
    return speaker is None or not speaker.is_staff


def expected_shares(headcount: dict[str, int], thresholds: Thresholds) -> dict[str, float]:
    """Each group's expected share of talk; the shares sum to 1 (or the dict is empty)."""
    groups = [g for g, n in headcount.items() if n > 0]
    if not groups:
        return {}
    if thresholds.mode == "equal":
        return {g: 1 / len(groups) for g in groups}
    if thresholds.mode == "custom":
        targets = {g: max(0.0, v) for g, v in thresholds.custom.items() if v > 0}
        total = sum(targets.values())
        if total > 0:
            return {g: v / total for g, v in targets.items()}
    people = sum(headcount[g] for g in groups)
    return {g: headcount[g] / people for g in groups}


def index_explanation() -> str:
    """The balance index in one line, for wherever it is shown."""
    return translate(
        "Balance",
        "Balance index: 1 when each group's talk matches its expected share, falling towards 0 as one group "
        "takes the talk.",
    )


def balance_index(seconds: dict[str, float], expected: dict[str, float]) -> float | None:
    """1 - weighted Gini of talk per unit of expected share; None until someone has talked.

    A group that talks without any expected share (left out of custom targets) still counts, with
    a token weight, so its talk lowers the index instead of vanishing from it.
    """
    talking = {g: s for g, s in seconds.items() if s > 0}
    total = sum(talking.values())
    if total <= 0:
        return None
    raw = {g: expected.get(g, 0.0) or UNEXPECTED_WEIGHT for g in {*expected, *talking}}
    scale = sum(raw.values())
    ratios = [(w / scale, talking.get(g, 0.0) / total / (w / scale)) for g, w in raw.items()]
    gini = sum(wi * wj * abs(xi - xj) for wi, xi in ratios for wj, xj in ratios) / 2
    return min(1.0, max(0.0, 1.0 - gini))


class _Totals(Struct):
    """Seconds per person and group: counted talk, and interpretation of their words apart."""

    person: dict[str, float] = field(default_factory=dict)
    group: dict[str, float] = field(default_factory=dict)
    person_interpreted: dict[str, float] = field(default_factory=dict)
    group_interpreted: dict[str, float] = field(default_factory=dict)
    other: dict[str, float] = field(default_factory=lambda: {"interpretation": 0.0, "procedural": 0.0, "silence": 0.0})

    def copy(self) -> _Totals:
        return _Totals(
            dict(self.person),
            dict(self.group),
            dict(self.person_interpreted),
            dict(self.group_interpreted),
            dict(self.other),
        )

    def add(self, turn: Turn, seconds: float, is_counted: bool) -> None:
        pid = turn.participation_id or ""
        if is_counted:
            self.person[pid] = self.person.get(pid, 0.0) + seconds
            self.group[turn.group] = self.group.get(turn.group, 0.0) + seconds
        elif turn.kind == "interpretation":
            self.other["interpretation"] += seconds
            self.person_interpreted[pid] = self.person_interpreted.get(pid, 0.0) + seconds
            self.group_interpreted[turn.group] = self.group_interpreted.get(turn.group, 0.0) + seconds
        elif turn.kind == "silence":
            self.other["silence"] += seconds
        elif turn.kind == "pause":
            return
        else:
            self.other["procedural"] += seconds


class BalanceTracker:
    """Running totals over closed turns, plus the one running turn, for an instant refresh.

    Snapshots are taken at instants that do not go back in time (the window of recent talk is
    pruned as it goes); :meth:`rebuild` starts afresh.
    """

    def __init__(self, speakers: dict[str, Speaker], thresholds: Thresholds | None = None) -> None:
        self.speakers = speakers
        self.thresholds = thresholds or Thresholds()
        self._headcount: dict[str, int] = {}
        for s in speakers.values():
            if s.present and not s.is_staff:
                self._headcount[s.group] = self._headcount.get(s.group, 0) + 1
        self._expected = expected_shares(self._headcount, self.thresholds)
        self.rebuild([])

    def rebuild(self, turns: Iterable[Turn]) -> None:
        """Start again from a full list of resolved turns (on load and after a correction)."""
        self._totals = _Totals()
        self._person_turns: dict[str, int] = {}
        self._person_interruptions: dict[str, int] = {}
        self._group_turns: dict[str, int] = {}
        self._item_groups: dict[str, dict[str, float]] = {}
        self._recent: deque[tuple[datetime, datetime, str]] = deque()
        self._running: Turn | None = None
        for turn in turns:
            self.add(turn)

    @property
    def running(self) -> Turn | None:
        return self._running

    def add(self, turn: Turn) -> None:
        """A new switch: the running turn ends where this one starts."""
        if self._running is not None:
            self._close(self._running, turn.start, counted(self._running, self.speakers))
        is_counted = counted(turn, self.speakers)  # once per turn: a rebuild adds a meeting's every turn
        self._open(turn, is_counted)
        if turn.end is not None:
            self._close(turn, turn.end, is_counted)
        else:
            self._running = turn

    def _open(self, turn: Turn, is_counted: bool) -> None:
        if is_counted:
            pid = turn.participation_id or ""
            self._person_turns[pid] = self._person_turns.get(pid, 0) + 1
            self._group_turns[turn.group] = self._group_turns.get(turn.group, 0) + 1
            if turn.interruption:
                self._person_interruptions[pid] = self._person_interruptions.get(pid, 0) + 1

    def _close(self, turn: Turn, end: datetime, is_counted: bool) -> None:
        seconds = max(0.0, (end - turn.start).total_seconds())
        self._running = None
        self._totals.add(turn, seconds, is_counted)
        if is_counted:
            item = self._item_groups.setdefault(turn.agenda_item_id or "", {})
            item[turn.group] = item.get(turn.group, 0.0) + seconds
            self._recent.append((turn.start, end, turn.group))

    def snapshot(
        self, now: datetime, focus: Iterable[str] = (), among: Callable[[str], bool] = lambda _id: True
    ) -> Balance:
        """The balance at ``now``, the running turn counted up to ``now``.

        ``focus`` names the groups the current agenda item is meant for: they are expected to lead its
        talk, so they raise no dominance alert, and an alert says when together they do not lead.
        ``among`` keeps the suggested voices to people a shared output shows (:func:`suggest`).
        """
        totals, running = self._totals, self._running
        running_seconds = running.seconds(now) if running is not None else 0.0
        live = running is not None and counted(running, self.speakers)
        if running is not None:
            totals = totals.copy()
            totals.add(running, running_seconds, live)
        talk = sum(totals.group.values())
        groups = self._group_stats(totals.group, talk, totals.group_interpreted)
        people = [
            PersonStats(
                pid,
                s.name,
                s.group,
                totals.person.get(pid, 0.0),
                totals.person.get(pid, 0.0) / talk if talk else 0.0,
                self._person_turns.get(pid, 0),
                totals.person_interpreted.get(pid, 0.0),
                self._person_interruptions.get(pid, 0),
            )
            for pid, s in self.speakers.items()
            if (s.present and not s.is_staff) or pid in totals.person
        ]
        item_seconds: dict[str, dict[str, float]] = {}
        for item_id, seconds in self._item_groups.items():
            if live and running is not None and (running.agenda_item_id or "") == item_id:
                seconds = {**seconds, running.group: seconds.get(running.group, 0.0) + running_seconds}
            item_seconds[item_id] = seconds
        if live and running is not None and (running.agenda_item_id or "") not in item_seconds:
            item_seconds[running.agenda_item_id or ""] = {running.group: running_seconds}
        items = {item_id: balance_index(seconds, self._expected) for item_id, seconds in item_seconds.items()}
        unheard = self._not_yet_heard(groups)
        return Balance(
            people,
            groups,
            balance_index(totals.group, self._expected),
            items,
            talk,
            totals.other["interpretation"],
            totals.other["procedural"],
            totals.other["silence"],
            unheard,
            self._suggest(groups, totals.person, unheard, among),
            self._alerts(groups, talk, now, running if live else None, frozenset(focus)),
            item_seconds,
            dict(self._expected),
        )

    def _group_stats(self, seconds: dict[str, float], talk: float, interpreted: dict[str, float]) -> list[GroupStats]:
        names = list(dict.fromkeys([*self._headcount, *seconds]))
        stats = []
        for g in names:
            share = seconds.get(g, 0.0) / talk if talk else 0.0
            expected = self._expected.get(g, 0.0)
            stats.append(
                GroupStats(
                    g,
                    self._headcount.get(g, 0),
                    seconds.get(g, 0.0),
                    share,
                    self._group_turns.get(g, 0),
                    expected,
                    share - expected,
                    interpreted.get(g, 0.0),
                )
            )
        return sorted(stats, key=lambda s: s.gap)

    def _not_yet_heard(self, groups: list[GroupStats]) -> list[str]:
        """Present participants without a turn, those of the groups most short of talk first."""
        rank = {g.group: index for index, g in enumerate(groups)}
        waiting = [
            s for s in self.speakers.values() if s.present and not s.is_staff and not self._person_turns.get(s.id)
        ]
        if self._running is not None and self._running.participation_id:
            waiting = [s for s in waiting if s.id != self._running.participation_id]
        return [s.id for s in sorted(waiting, key=lambda s: (rank.get(s.group, len(rank)), s.name))]

    def _suggest(
        self, groups: list[GroupStats], person: dict[str, float], unheard: list[str], among: Callable[[str], bool]
    ) -> list[str]:
        current = self._running.participation_id if self._running else None
        return suggest(groups, self.speakers, person, unheard, current, among)

    def _alerts(
        self, groups: list[GroupStats], talk: float, now: datetime, running: Turn | None, focus: frozenset[str]
    ) -> list[Alert]:
        t = self.thresholds
        alerts = []
        window = self._window(now, running)
        in_window = sum(window.values())
        if in_window >= MIN_WINDOW_TALK_SECONDS:
            for g, seconds in window.items():
                if seconds / in_window > t.dominance_share and g not in focus:
                    alerts.append(Alert("dominance", g, seconds / in_window, t.dominance_share, t.window_minutes))
            focus_share = sum(window.get(g, 0.0) for g in focus) / in_window
            if focus and focus_share < FOCUS_LEAD_SHARE:
                meant_for = tuple(g for g in self._focus_order(focus))
                alerts.append(Alert("focus_short", meant_for[0], focus_share, FOCUS_LEAD_SHARE, t.window_minutes,
                                    meant_for))  # fmt: skip
        if talk >= MIN_TOTAL_TALK_SECONDS:
            for g in groups:
                if g.expected > 0 and g.share < t.underrepresented_ratio * g.expected:
                    alerts.append(Alert("underrepresented", g.group, g.share, t.underrepresented_ratio * g.expected))
        return alerts

    @staticmethod
    def _focus_order(focus: frozenset[str]) -> list[str]:
        order = list(taxonomy.stakeholder_groups())
        return sorted(focus, key=lambda g: order.index(g) if g in order else len(order))

    def _window(self, now: datetime, running: Turn | None) -> dict[str, float]:
        """Counted talk per group in the last ``window_minutes``."""
        since = now - timedelta(minutes=self.thresholds.window_minutes)
        while self._recent and self._recent[0][1] <= since:
            self._recent.popleft()
        totals: dict[str, float] = {}
        spans = list(self._recent)
        if running is not None:
            spans.append((running.start, now, running.group))
        for start, end, g in spans:
            seconds = (end - max(start, since)).total_seconds()
            if seconds > 0:
                totals[g] = totals.get(g, 0.0) + seconds
        return totals
