"""PySide still learns which modules use it, from the file's bytes instead of inspect.getsource."""

from __future__ import annotations

import sys
import types
from pathlib import Path

from facilitator.ui import pyside_imports
from facilitator.ui.app import make_application


def test_modules_are_told_apart_by_their_source_as_before(tmp_path: Path) -> None:
    make_application()
    feature = sys.modules["shibokensupport.feature"]
    installed = feature._mod_uses_pyside
    assert getattr(installed, "reads_bytes", False)
    pyside_imports.answer_cheaply()  # a second call wraps nothing twice
    assert feature._mod_uses_pyside is installed
    uses, plain = tmp_path / "uses.py", tmp_path / "plain.py"
    uses.write_text("from PySide6.QtCore import QObject\n")
    plain.write_text("import json\n")
    modules = {}
    for path in (uses, plain):
        module = types.ModuleType(path.stem)
        module.__file__ = str(path)
        modules[path.stem] = module
    assert feature._mod_uses_pyside(modules["uses"]) is True
    assert feature._mod_uses_pyside(modules["plain"]) is False
    assert feature._mod_uses_pyside(sys) is False  # built in: PySide's own answer
