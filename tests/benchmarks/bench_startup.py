"""Time from process start to the main window, against a bare PySide6 window in the same run.

Measured from outside, from spawning the interpreter until the child reports, so interpreter start-up
and imports count exactly as a user waits for them:

- first paint: the window is shown with the meetings list and the demo's real title in it;
- interactive: the data is open and every section is built, the shown one loaded;
- and, apart: when the shown section is loaded (the window answers from then on, and a tab not built
  yet is built when chosen), the longest a section took to build (what a click on such a tab waits),
  and the one collection of Python's garbage that follows in the first idle moment.

The app is started by its own command line (``facilitator --data-dir DIR``), so every step a user waits
for counts: the single-window lock, the backup check, the beacon a second start finds this window by.
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

# The window command itself (`facilitator --data-dir DIR`, as a user starts it: the command line, the
# lock, the database, the backup check, the beacon), reporting after the first paint and when ready.
# The report hooks wrap two functions from outside; nothing in the app knows it is measured.
APP = """
import os, sys, time
from facilitator.commands import window as window_command

opens_window = window_command.open_window


def open_window(context):
    from facilitator.ui import collector

    collector.pause()  # as the command does first, so the hooks' imports run as the window's would
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from facilitator.ui import app, main_window, workspace

    loads_data_layer, attaches, builds = app.load_data_layer, workspace.Workspace.attach, workspace.Workspace.section_at
    slowest = [0.0]

    def load_data_layer():
        shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, main_window.MainWindow)]
        assert shown[0].isVisible() and shown[0].meetings.model.row(0).title.startswith("Roundtable on labour")
        print("shown", flush=True)
        loads_data_layer()

    def section_at(self, index):
        if index in self._built:
            return builds(self, index)
        started = time.perf_counter()
        section = builds(self, index)
        slowest[0] = max(slowest[0], time.perf_counter() - started)
        return section

    def attach(self, ops):
        self.all_built.connect(lambda: print(f"slowest {slowest[0]:.4f}", flush=True))
        self.all_built.connect(lambda: print("ready", flush=True))
        # Queued after the collection that the window queues when all is built, so it reports that.
        self.all_built.connect(lambda: QTimer.singleShot(0, lambda: print("collected", flush=True) or os._exit(0)))
        attaches(self, ops)
        print("usable", flush=True)

    app.load_data_layer = load_data_layer
    workspace.Workspace.attach, workspace.Workspace.section_at = attach, section_at
    return opens_window(context)


window_command.open_window = open_window
from facilitator.cli import main

sys.exit(main(["--data-dir", sys.argv[1]]))
"""


def _time(code: str, *args: str) -> dict[str, float]:
    """Seconds from spawning the child to each mark it prints ("shown"; for the app then "usable",
    "ready" and "collected"), and the value of a line that carries one ("slowest 0.0540")."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    # An installed app has compiled bytecode (pip writes it); a machine set not to write any would make
    # every run compile the app's modules from source, which no user waits for.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, env=env, text=True)
    marks = {}
    for line in child.stdout:
        name, *value = line.split()
        if name not in ("shown", "usable", "slowest", "ready", "collected") or len(value) > 1:
            raise RuntimeError(f"unexpected output: {line!r}")
        marks[name] = float(value[0]) if value else time.perf_counter() - start
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
        # Once to warm the file cache; it also makes the day's first automatic backup, which later
        # starts (within hours) skip, as a user's do.
        _time(BARE), _time(APP, str(data))
        bare, paint, usable, slowest, ready, collection = [], [], [], [], [], []
        for _ in range(RUNS):  # interleaved, so a busy moment weighs on both alike
            bare.append(_time(BARE)["shown"])
            marks = _time(APP, str(data))
            paint.append(marks["shown"])
            usable.append(marks["usable"])
            slowest.append(marks["slowest"])
            ready.append(marks["ready"])
            collection.append(marks["collected"] - marks["ready"])
    bare_s, paint_s, usable_s, slowest_s, ready_s, collection_s = (
        statistics.median(v) for v in (bare, paint, usable, slowest, ready, collection)
    )
    return [
        Figure("startup.bare_qmainwindow", bare_s, "s", ""),
        Figure("startup.first_paint", paint_s, "s", ""),
        Figure("startup.shown_section_loaded", usable_s, "s", ""),
        Figure("startup.shown_section_loaded_ratio_to_bare", usable_s / bare_s, "x", ""),
        # A click on a tab not built yet waits this long once; the others are built in idle time.
        Figure("startup.slowest_section_build", slowest_s, "s", ""),
        Figure("startup.interactive", ready_s, "s", ""),
        # The one collection after start-up (facilitator.ui.collector), in the first idle moment.
        Figure("startup.collection_after_ready", collection_s, "s", ""),
        Figure("startup.first_paint_ratio_to_bare", paint_s / bare_s, "x", "<=3"),
        Figure("startup.interactive_ratio_to_bare", ready_s / bare_s, "x", "<=6"),
    ]
