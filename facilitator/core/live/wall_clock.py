"""Time for a running meeting: durations from the monotonic clock, stored as UTC instants.

The wall clock can jump (NTP, a time-zone change, a user fixing the clock); the monotonic clock does
not.  An instant is the wall time read once at the anchor plus the monotonic time since, so a turn's
length never depends on a clock correction.  The monotonic clock stands still while the laptop
sleeps and the wall clock does not: comparing the two between ticks reveals a sleep, and the session
then stops the running turn instead of letting it grow by hours (see :mod:`facilitator.core.live`).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from msgspec import Struct

# A gap longer than this between two ticks (about one second apart) is a sleep or a frozen process.
SLEEP_GAP_SECONDS = 60.0


class Gap(Struct, frozen=True):
    """Time the session did not see pass: it began at ``began`` and lasted ``seconds``."""

    began: datetime
    seconds: float


class MeetingClock:
    """Monotonic instants anchored to UTC, with sleep detection between ticks."""

    def __init__(self, wall: Callable[[], float] = time.time, mono: Callable[[], float] = time.monotonic) -> None:
        self._wall, self._mono = wall, mono
        self.rebase()

    def rebase(self) -> None:
        """Anchor to the wall clock again (after a sleep has been dealt with)."""
        self._anchor_wall = self._wall()
        self._anchor_mono = self._mono()
        self._last_wall, self._last_mono = self._anchor_wall, self._anchor_mono

    def now(self) -> datetime:
        return self._instant(self._mono())

    def tick(self) -> Gap | None:
        """The time that went missing since the last tick (about a second ago), if any."""
        wall, mono = self._wall(), self._mono()
        previous = self._instant(self._last_mono)
        wall_step, mono_step = wall - self._last_wall, mono - self._last_mono
        self._last_wall, self._last_mono = wall, mono
        missing = max(wall_step - mono_step, mono_step)
        return Gap(previous, missing) if missing > SLEEP_GAP_SECONDS else None

    def _instant(self, mono: float) -> datetime:
        return datetime.fromtimestamp(self._anchor_wall, UTC) + timedelta(seconds=mono - self._anchor_mono)
