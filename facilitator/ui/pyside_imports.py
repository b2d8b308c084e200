"""A cheaper answer to the question PySide asks of every module imported after it.

Once PySide6 is imported, it asks of every later module whether its source mentions "PySide6" (so that
``from __feature__ import ...`` can switch per module), and it finds out with ``inspect.getsource``, which
reads, splits and joins each file through ``linecache``.  The window imports four hundred modules after
PySide6 (SQLAlchemy's among them), and that question took a tenth of its start-up.  The same question
is answered here by reading the file's bytes; modules without a source file go to PySide's own answer.
Nothing in the app uses ``__feature__``.
"""

from __future__ import annotations

import builtins
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import ModuleType


def _reading_bytes(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)

    uses_pyside.reads_bytes = True  # type: ignore[attr-defined]
    return uses_pyside


def answer_cheaply() -> None:
    """Install the cheaper answer (once); a PySide without that question is left as it is."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return
    feature._mod_uses_pyside = _reading_bytes(original)  # type: ignore[union-attr]


@contextmanager
def unasked() -> Iterator[None]:
    """Imports inside skip PySide's question altogether, for code that never imports Qt (the core, with
    SQLAlchemy: thousands of import statements, each of which PySide would otherwise see first).  Only
    for the start-up's own thread, before any other thread imports."""
    watching = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    if plain is None or plain is watching:
        yield
        return
    builtins.__import__ = plain
    try:
        yield
    finally:
        builtins.__import__ = watching
