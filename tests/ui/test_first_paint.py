"""The window shows the meetings list before the ORM or any section is imported: the first paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator.core.db import Database

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings
from facilitator import paths
from facilitator.core.meeting_summary import read_summaries
from facilitator.ui.app import Application, make_application
from facilitator.ui.settings import Settings
app = make_application()
settings = Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat))
application = Application(None, settings, read_summaries(paths.database_path(Path(sys.argv[1]))))
application.window.show()
app.processEvents()
print(application.window.meetings.model.row(0).title)
print(sorted({name.split(".")[0] for name in sys.modules if name.startswith(("sqlalchemy", "alembic", "reportlab"))}))
print(sorted(name for name in sys.modules if name.startswith("facilitator.ui.") and name.endswith(".section")))
"""


def test_the_first_paint_needs_neither_the_orm_nor_the_sections(demo_db: Database, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    shown = subprocess.run(
        [sys.executable, "-c", CHILD, str(demo_db.directory), str(tmp_path / "settings.ini")],
        capture_output=True, text=True, env=env, check=True,
    ).stdout.splitlines()  # fmt: skip
    assert shown[0] == "Roundtable on labour risks in Rajasthan sandstone"
    assert shown[1] == "[]"
    assert shown[2] == "[]"
