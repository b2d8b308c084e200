"""Position keys leave room between any two neighbours; clock stamps only grow."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from facilitator.core.clock import HybridClock, Stamp
from facilitator.core.positions import key_between, keys_after


@given(st.lists(st.integers(min_value=0, max_value=10_000), min_size=1, max_size=200))
def test_inserting_anywhere_keeps_the_order(choices: list[int]) -> None:
    keys: list[str] = []
    for choice in choices:
        at = choice % (len(keys) + 1)
        before = keys[at - 1] if at else None
        after = keys[at] if at < len(keys) else None
        key = key_between(before, after)
        assert (before is None or before < key) and (after is None or key < after)
        keys.insert(at, key)
    assert keys == sorted(keys)


def test_appending_many_keeps_keys_short() -> None:
    keys = keys_after(None, 300)
    assert keys == sorted(keys) and len(set(keys)) == 300
    assert max(map(len, keys)) <= 12


def test_clock_stamps_increase_even_when_the_wall_clock_stands_still_or_goes_back() -> None:
    walls = iter([1000, 1000, 999, 1001])
    clock = HybridClock("dev-a", wall_ms=lambda: next(walls))
    stamps = [clock.now() for _ in range(4)]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4


def test_observing_a_remote_stamp_moves_the_clock_past_it() -> None:
    clock = HybridClock("dev-a", wall_ms=lambda: 1000)
    remote = Stamp(5000, 3, "dev-b").encode()
    clock.observe(remote)
    assert clock.now() > remote
