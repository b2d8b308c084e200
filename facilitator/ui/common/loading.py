"""A guard for filling widgets from stored data without their change signals saving it back."""

from __future__ import annotations


class Loading:
    """``with self.loading: ...`` while widgets are filled; ``if self.loading: return`` in save slots.

    Nested use is fine, and an exception while loading still ends it."""

    def __init__(self) -> None:
        self._depth = 0

    def __bool__(self) -> bool:
        return self._depth > 0

    def __enter__(self) -> None:
        self._depth += 1

    def __exit__(self, *_exc: object) -> None:
        self._depth -= 1
