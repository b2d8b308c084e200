"""Minutes export of the marathon meeting (2 days, 120 people, 5,000 notes, 20,000 turns).

- Export: gathering the internal minutes from the database and laying out the PDF, as ``facilitator
  export`` does (the best of three runs after a warm-up run that loads fonts and caches: the machine is
  shared, and the best run is the one least disturbed by others).
- Plain platypus: the same paragraphs (every paragraph of the minutes, table cells included) made from
  their markup and laid out by reportlab's SimpleDocTemplate with no page decoration, contents, bookmarks
  or charts, in the same run, interleaved with the exports (best of three too); the export must stay
  within 1.5 times of it.
- Peak memory: the resident set of a fresh process that opens the database and writes the PDF.

The machine these run on is often shared, so the export and plain platypus are also given in CPU time
(this process's own, best of three), which others' load disturbs far less than the wall clock.
"""

from __future__ import annotations

import io
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import Figure
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from facilitator.core.db import Database
from facilitator.core.minutes import versions
from facilitator.export import minutes
from facilitator.export.minutes import document
from facilitator.export.pdf.document import walk
from tests.fixtures.marathon import build

RUNS = 3
CHILD = """
import sys
from pathlib import Path
from facilitator.core.db import Database
from facilitator.export import minutes
db = Database.open(Path(sys.argv[1]))
minutes.export(db, minutes.Request(sys.argv[2], "internal"), Path(sys.argv[3]))
"""


def _paragraphs(story: list) -> list[Paragraph]:
    found = []
    for flowable in walk(story):
        if isinstance(flowable, Paragraph):
            found.append(flowable)
        elif isinstance(flowable, Table):
            found += [cell for row in flowable._cellvalues for cell in row if isinstance(cell, Paragraph)]
    return found


def _plain(paragraphs: list[Paragraph]) -> tuple[float, float]:
    """Making the same paragraphs from their markup and laying them out, nothing else: wall and CPU time."""
    sources = [(p.text, p.style) for p in paragraphs]
    start, cpu = time.perf_counter(), time.process_time()
    SimpleDocTemplate(io.BytesIO(), invariant=1).build([Paragraph(text, style) for text, style in sources])
    return time.perf_counter() - start, time.process_time() - cpu


def _export(db: Database, meeting_id: str) -> tuple[float, float]:
    start, cpu = time.perf_counter(), time.process_time()
    minutes.make(db, minutes.Request(meeting_id, "internal"))
    return time.perf_counter() - start, time.process_time() - cpu


def run() -> list[Figure]:
    with tempfile.TemporaryDirectory(dir="/dev/shm" if Path("/dev/shm").is_dir() else None) as folder:
        marathon = build(Path(folder) / "data")
        db = Database.open(marathon.directory)
        _export(db, marathon.meeting_id)  # warm-up: fonts, caches
        exports, renders, plains = [], [], []
        for _ in range(RUNS):
            exports.append(_export(db, marathon.meeting_id))
            gathered = versions.current(db, marathon.meeting_id, "internal")
            start = time.perf_counter()
            document.render(gathered)
            renders.append(time.perf_counter() - start)
            plains.append(_plain(_paragraphs(document.story(gathered))))
        pages = len(minutes.make(db, minutes.Request(marathon.meeting_id, "internal")).split(b"/Type /Page\n")) - 1
        db.close()
        target = Path(folder) / "marathon.pdf"
        subprocess.run(
            [sys.executable, "-c", CHILD, str(marathon.directory), marathon.meeting_id, str(target)], check=True
        )
        peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    export, render, plain = min(e for e, _ in exports), min(renders), min(p for p, _ in plains)
    export_cpu, plain_cpu = min(c for _, c in exports), min(c for _, c in plains)
    return [
        Figure("minutes_marathon_export", export, "s", "<=5"),
        Figure("minutes_plain_platypus_same_paragraphs", plain, "s", ""),
        Figure("minutes_export_over_plain", export / plain, "x", "<=1.5"),
        Figure("minutes_marathon_export_cpu", export_cpu, "s", ""),
        Figure("minutes_plain_platypus_cpu", plain_cpu, "s", ""),
        Figure("minutes_export_over_plain_cpu", export_cpu / plain_cpu, "x", ""),
        # The PDF alone, from minutes already read from the database: what the layout machinery adds.
        Figure("minutes_render_over_plain", render / plain, "x", ""),
        Figure("minutes_marathon_peak_memory", peak_mb, "MB", "<=300"),
        Figure("minutes_marathon_pages", float(pages), "pages", ""),
    ]
