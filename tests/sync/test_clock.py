"""The hybrid logical clock under sync: it never goes backwards, absorbs the drift of other laptops'
clocks, and orders stamps the same way on every laptop."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core import meetings
from facilitator.core.clock import HybridClock, Stamp
from facilitator.core.db import Database
from facilitator.sync.merge import merge
from tests.sync.replicas import log_of, replica, roundtable

DAY_MS = 24 * 3600 * 1000
walls = st.integers(0, 10**13)
remote_stamps = st.builds(lambda wall, counter, device: Stamp(wall, counter, device).encode(), walls,
                          st.integers(0, 999), st.sampled_from(["aa", "bb", "cc"]))  # fmt: skip


@given(
    st.lists(st.one_of(st.tuples(st.just("tick"), walls), st.tuples(st.just("observe"), remote_stamps)), max_size=60)
)
def test_stamps_only_grow_whatever_the_wall_clock_and_the_other_laptops_do(events) -> None:
    wall = [0]
    clock = HybridClock("dd", wall_ms=lambda: wall[0])
    previous = clock.now()
    for kind, value in events:
        if kind == "tick":
            wall[0] = value  # forwards or backwards
        else:
            clock.observe(value)
            assert clock.now() > value
        stamp = clock.now()
        assert stamp > previous
        previous = stamp


@given(st.lists(st.tuples(walls, st.integers(0, 999), st.sampled_from(["aa", "bb", "zz"])), min_size=2, max_size=30))
def test_text_order_of_stamps_is_their_time_order_with_the_device_breaking_ties(parts) -> None:
    stamps = [Stamp(*part) for part in parts]
    assert sorted(stamps) == sorted(stamps, key=lambda s: s.encode())
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in sorted(stamps)]
    assert all(Stamp.decode(s.encode()) == s for s in stamps)


def test_a_laptop_three_days_behind_still_stamps_its_edits_after_what_it_received(tmp_path: Path) -> None:
    ahead = replica(tmp_path / "ahead", skew_ms=2 * DAY_MS)
    behind = replica(tmp_path / "behind", skew_ms=-DAY_MS)
    meeting = roundtable(ahead)
    merge(behind, log_of(ahead))
    meetings.update(behind, meeting.id, title="Edited later on the slow laptop")
    merge(ahead, log_of(behind))
    assert meetings.get(ahead, meeting.id).title == "Edited later on the slow laptop"
    assert meetings.get(behind, meeting.id).title == "Edited later on the slow laptop"


def test_a_reopened_laptop_resumes_after_the_newest_merged_stamp(tmp_path: Path) -> None:
    ahead = replica(tmp_path / "ahead", skew_ms=5 * DAY_MS)
    roundtable(ahead)
    folder = tmp_path / "here"
    here = replica(folder)
    merge(here, log_of(ahead))
    newest = max(change.hlc for change in log_of(here))
    here.close()
    reopened = Database.open(folder)
    stamp = reopened.clock.now()
    assert stamp > newest
    # Its own clock is five days behind: it counts on from the merged stamp instead of going back.
    assert Stamp.decode(stamp).wall_ms == Stamp.decode(newest).wall_ms
