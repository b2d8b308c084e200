"""PySide still learns which modules use it, from the file's bytes instead of inspect.getsource."""

from __future__ import annotations

import subprocess
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


def test_the_cheap_answer_is_in_place_before_the_window_imports_its_first_module() -> None:
    """The window's first modules (the data dir's lock, the settings, the meetings list) come before its
    application exists; importing the ui package alone installs the answer."""
    probe = (
        "import sys, facilitator.ui; "
        "print(getattr(sys.modules['shibokensupport.feature']._mod_uses_pyside, 'reads_bytes', False))"
    )
    shown = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert shown.stdout.strip() == "True"


def test_imports_unasked_go_past_pyside_and_its_watch_returns_after_a_failed_one(tmp_path: Path, monkeypatch) -> None:
    import builtins

    make_application()
    watching = builtins.__import__
    assert watching is not builtins.__orig_import__  # PySide sees imports from here on
    monkeypatch.syspath_prepend(str(tmp_path))
    (tmp_path / "plain_core_module.py").write_text("import json\nSEEN = True\n")
    (tmp_path / "broken_core_module.py").write_text("raise ImportError('a module that fails to import')\n")
    with pyside_imports.unasked():
        assert builtins.__import__ is builtins.__orig_import__
        import plain_core_module

        assert plain_core_module.SEEN
    assert builtins.__import__ is watching
    try:
        with pyside_imports.unasked():
            import broken_core_module  # noqa: F401
    except ImportError:
        pass
    assert builtins.__import__ is watching
    monkeypatch.delattr(builtins, "__orig_import__")
    with pyside_imports.unasked():  # a PySide without its saved import: nothing is swapped
        assert builtins.__import__ is watching
    assert builtins.__import__ is watching


CTRL_C_DURING_PYSIDE = """
import signal, sys
class PressesCtrlC:
    def find_spec(self, name, path=None, target=None):
        if name == "shiboken6":  # PySide's own start, where an interrupt was a fatal error
            signal.raise_signal(signal.SIGINT)
        return None
sys.meta_path.insert(0, PressesCtrlC())
try:
    import facilitator.ui
except KeyboardInterrupt:
    print("interrupted after", "PySide6" in sys.modules and "facilitator.ui.pyside_imports" not in sys.modules)
"""


def test_ctrl_c_while_pyside_starts_takes_effect_once_it_has_started() -> None:
    # Python's own Ctrl+C, as in a terminal, even when the tests run where it is ignored (started with &).
    answering = "import signal; signal.signal(signal.SIGINT, signal.default_int_handler)\n"
    done = subprocess.run(
        [sys.executable, "-c", answering + CTRL_C_DURING_PYSIDE], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0 and done.stdout.strip() == "interrupted after True", done.stderr
    # Where Ctrl+C is ignored (a job in the background of a script), it stays ignored.
    ignoring = "import signal; signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
    ignored = ignoring + CTRL_C_DURING_PYSIDE + "print('went on')"
    done = subprocess.run([sys.executable, "-c", ignored], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.strip() == "went on", done.stderr
