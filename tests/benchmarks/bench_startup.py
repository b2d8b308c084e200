"""Time from process start to the main window shown with the demo, against a bare PySide6 window.

Both are measured from outside, from spawning the interpreter until the child reports its window
exposed, so interpreter start-up and imports count exactly as a user waits for them.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import Figure

ROOT = Path(__file__).resolve().parents[2]
RUNS = 7

BARE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
print("shown", flush=True)
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from facilitator.core.db import Database
from facilitator.ui.app import Application, make_application
from facilitator.ui.i18n import install_translator
from facilitator.ui.settings import Settings
app = make_application()
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
install_translator("en")
db = Database.open(Path(sys.argv[1]))
application = Application(db, settings)
application.window.show()
app.processEvents()
assert application.window.meetings.current_id()
print("shown", flush=True)
"""


def _time(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, text=True)
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    child.wait()
    if line.strip() != "shown":
        raise RuntimeError("the window was not shown")
    return elapsed


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory() as folder:
        data = Path(folder) / "data"
        subprocess.run(
            [sys.executable, "-m", "facilitator", "--data-dir", str(data), "demo"],
            check=True,
            capture_output=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        settings = str(Path(folder) / "settings.ini")
        _time(BARE), _time(APP, str(data), settings)  # warm the file cache once
        bare = statistics.median(_time(BARE) for _ in range(RUNS))
        ours = statistics.median(_time(APP, str(data), settings) for _ in range(RUNS))
    return [
        Figure("startup.bare_qmainwindow", bare, "s", ""),
        Figure("startup.main_window_with_demo", ours, "s", "<=1.5"),
        Figure("startup.ratio_to_bare", ours / bare, "x", "<=1.5"),
    ]
