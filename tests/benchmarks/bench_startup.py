"""Time from process start to the main window, against a bare PySide6 window in the same run.

Measured from outside, from spawning the interpreter until the child reports, so interpreter start-up
and imports count exactly as a user waits for them:

- first paint: the window is shown with the meetings list and the demo's real title in it;
- interactive: the data is open and every section is built, the shown one loaded;
- and, apart, the one collection of Python's garbage that follows in the first idle moment.
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

# The steps of facilitator.ui.app.run_window, with a report after the first paint and when ready.
APP = """
import sys
from facilitator.ui import collector
collector.pause()
from pathlib import Path
from PySide6.QtCore import QSettings
from facilitator import paths
from facilitator.core.meeting_summary import read_summaries
from facilitator.ui.app import Application, load_data_layer, make_application
from facilitator.ui.i18n import install_translator
from facilitator.ui.settings import Settings
app = make_application()
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
install_translator("en")
data = Path(sys.argv[1])
application = Application(None, settings, read_summaries(paths.database_path(data)))
window = application.window
window.show()
app.processEvents()
assert window.meetings.model.row(0).title.startswith("Roundtable on labour risks")
print("shown", flush=True)
load_data_layer()
from facilitator.core.db import Database
from PySide6.QtCore import QTimer
window.workspace.all_built.connect(lambda: print("ready", flush=True))
collector.resume_after(window.workspace.all_built, app)
# Queued after the collection that resume_after queues, so it reports when that is done.
window.workspace.all_built.connect(lambda: QTimer.singleShot(0, lambda: print("collected", flush=True) or app.quit()))
application.attach(Database.open(data))
assert window.workspace.current_section().meeting_id
app.exec()
"""


def _time(code: str, *args: str) -> list[float]:
    """Seconds from spawning the child to each line it prints ("shown", then "ready" and "collected" for
    the app)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # An installed app has compiled bytecode (pip writes it); a machine set not to write any would make
    # every run compile the app's modules from source, which no user waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, text=True)
    marks = []
    for line in child.stdout:
        marks.append(time.perf_counter() - start)
        if line.strip() not in ("shown", "ready", "collected"):
            raise RuntimeError(f"unexpected output: {line!r}")
    if child.wait() != 0 or not marks:
        raise RuntimeError("the window was not shown")
    return marks


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
        bare, paint, ready, collection = [], [], [], []
        for _ in range(RUNS):  # interleaved, so a busy moment weighs on both alike
            bare += _time(BARE)
            shown, interactive, collected = _time(APP, str(data), settings)
            paint.append(shown)
            ready.append(interactive)
            collection.append(collected - interactive)
    bare_s, paint_s, ready_s, collection_s = (statistics.median(v) for v in (bare, paint, ready, collection))
    return [
        Figure("startup.bare_qmainwindow", bare_s, "s", ""),
        Figure("startup.first_paint", paint_s, "s", ""),
        Figure("startup.interactive", ready_s, "s", ""),
        # The one collection after start-up (facilitator.ui.collector), in the first idle moment.
        Figure("startup.collection_after_ready", collection_s, "s", ""),
        Figure("startup.first_paint_ratio_to_bare", paint_s / bare_s, "x", "<=3"),
        Figure("startup.interactive_ratio_to_bare", ready_s / bare_s, "x", "<=6"),
    ]
