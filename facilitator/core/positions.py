"""Fractional-index position keys: sortable strings that always leave room between two neighbours.

Two laptops can each insert an item between the same neighbours without renumbering anything; after
a merge both items survive (equal keys are ordered by id).  Keys never end in the smallest digit, so
there is always room before any key too.
"""

from __future__ import annotations

DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
BASE = len(DIGITS)
_INDEX = {digit: value for value, digit in enumerate(DIGITS)}


def key_between(before: str | None, after: str | None) -> str:
    """A key that sorts strictly after ``before`` and strictly before ``after`` (None: open end)."""
    low = before or ""
    if after is not None and low >= after:
        raise ValueError(f"no key between {before!r} and {after!r}")
    prefix = []
    i = 0
    while True:
        a = _INDEX[low[i]] if i < len(low) else 0
        b = _INDEX[after[i]] if after is not None and i < len(after) else BASE
        if a == b:
            prefix.append(DIGITS[a])
        elif b - a > 1:
            # Appending after an existing digit steps by one, so long lists keep short keys.
            step_once = after is None and i < len(low)
            prefix.append(DIGITS[a + 1 if step_once else (a + b) // 2])
            return "".join(prefix)
        else:
            # Adjacent digits: keep ``low``'s digit; anything after it is below ``after``.
            prefix.append(DIGITS[a])
            after = None
        i += 1


def keys_after(last: str | None, count: int) -> list[str]:
    """``count`` increasing keys after ``last``, for appending several items at once."""
    keys = []
    for _ in range(count):
        last = key_between(last, None)
        keys.append(last)
    return keys
