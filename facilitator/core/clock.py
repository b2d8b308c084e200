"""Hybrid logical clock: timestamps that order edits across laptops whose clocks disagree.

A stamp is ``<wall ms, 15 digits>.<counter, 6 digits>.<device id>`` so that plain string comparison
orders stamps; the device id breaks ties so no two devices ever produce the same stamp.
"""

from __future__ import annotations

import threading
import time

from msgspec import Struct

_WALL_DIGITS = 15
_COUNTER_DIGITS = 6


class Stamp(Struct, frozen=True, order=True):
    """One hybrid-logical-clock stamp; stamps sort by wall time, then counter, then device."""

    wall_ms: int
    counter: int
    device: str

    def encode(self) -> str:
        return f"{self.wall_ms:0{_WALL_DIGITS}d}.{self.counter:0{_COUNTER_DIGITS}d}.{self.device}"

    @classmethod
    def decode(cls, text: str) -> Stamp:
        wall, counter, device = text.split(".", 2)
        return cls(int(wall), int(counter), device)


class HybridClock:
    """Issues strictly increasing stamps and absorbs the stamps of merged remote edits."""

    def __init__(self, device: str, wall_ms=lambda: time.time_ns() // 1_000_000) -> None:
        self.device = device
        self._wall_ms = wall_ms
        self._last = Stamp(0, 0, device)
        self._lock = threading.Lock()

    def now(self) -> str:
        with self._lock:
            wall = self._wall_ms()
            if wall > self._last.wall_ms:
                self._last = Stamp(wall, 0, self.device)
            else:
                self._last = Stamp(self._last.wall_ms, self._last.counter + 1, self.device)
            return self._last.encode()

    def observe(self, remote: str) -> None:
        """Move past a stamp seen from another device, so later local edits sort after it."""
        seen = Stamp.decode(remote)
        with self._lock:
            if (seen.wall_ms, seen.counter) > (self._last.wall_ms, self._last.counter):
                self._last = Stamp(seen.wall_ms, seen.counter, self.device)
