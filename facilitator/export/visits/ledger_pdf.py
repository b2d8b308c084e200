"""The commitments ledger of one organisation (or of all) as a PDF: what was promised, by whom, by when,
and every change of status with its date, who made it and why, so a reader sees which were kept.

It is meant to be shared with the organisation, so owners are shown as the disclosure policy allows
for a shared output.  Overdue entries come first and are marked.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from facilitator import i18n
from facilitator.core.db import Database
from facilitator.core.disclosure import Audience
from facilitator.core.ledger import entries
from facilitator.core.ledger.entries import EntryRow
from facilitator.core.ledger.status import STATUSES
from facilitator.export import files, pdf
from facilitator.export import ledger as ledger_records
from facilitator.export.pdf.styles import Styles, restyled
from facilitator.export.visits.common import facts, marking
from facilitator.i18n import translate

MARGIN = 16 * mm
WIDTH = 210 * mm - 2 * MARGIN
AUDIENCE = Audience.SHAREABLE


def _title(organisation: str) -> str:
    if not organisation:
        return translate("LedgerPdf", "Commitments ledger")
    return translate("LedgerPdf", "Commitments ledger: {0}").format(organisation)


def _summary(rows: list[EntryRow], today: date, s: Styles) -> Flowable:
    kept = sum(row.kept for row in rows)
    overdue = sum(row.overdue for row in rows)
    outstanding = sum(row.outstanding for row in rows)
    return facts(
        [
            (translate("LedgerPdf", "As of"), today.isoformat()),
            (translate("LedgerPdf", "Entries"), str(len(rows))),
            (translate("LedgerPdf", "Kept (verified or closed)"), str(kept)),
            (translate("LedgerPdf", "Still open"), str(outstanding)),
            (translate("LedgerPdf", "Overdue"), str(overdue)),
        ],
        WIDTH,
        s,
        50 * mm,
    )


def _entry(row: EntryRow, s: Styles) -> Flowable:
    status = STATUSES.label(row.status)
    if row.overdue:
        status = translate("VisitPdf", "{0}, overdue").format(status)
    line = " · ".join(
        part
        for part in (
            entries.KINDS.label(row.kind),
            translate("LedgerPdf", "owner: {0}").format(entries.shown_owner(row, AUDIENCE)),
            translate("LedgerPdf", "due {0}").format(row.due.isoformat()) if row.due else "",
            translate("LedgerPdf", "agreed at {0}").format(row.meeting_title) if row.meeting_title else "",
        )
        if part
    )
    head_style = restyled(s.h3, textColor="#9C2B23") if row.overdue else s.h3
    history: list[list] = [[
        translate("LedgerPdf", "Date"), translate("LedgerPdf", "Status"), translate("LedgerPdf", "By"),
        translate("LedgerPdf", "Why, and the evidence"),
    ]]  # fmt: skip
    for change in row.history:
        why = " — ".join(p for p in (change.reason, change.evidence) if p)
        history.append([change.changed_on.isoformat(), STATUSES.label(change.status), change.changed_by, why])
    return KeepTogether([
        pdf.para(f"{row.description} — {status}", head_style),
        pdf.para(line, s.meta),
        pdf.table(history, [22 * mm, 26 * mm, 36 * mm, WIDTH - 84 * mm], s),
        Spacer(1, 3 * mm),
    ])  # fmt: skip


def render(rows: list[EntryRow], organisation: str, today: date) -> bytes:
    s = pdf.styles()
    title = _title(organisation)
    story: list[Flowable] = [pdf.para(title, s.title), _summary(rows, today, s), Spacer(1, 4 * mm)]
    if not rows:
        story.append(pdf.para(translate("LedgerPdf", "No ledger entries."), s.meta))
    story += [_entry(row, s) for row in rows]
    document = pdf.Document(
        pdf.Metadata(title, translate("LedgerPdf", "Commitments and their follow-up"), author=organisation,
                     language=i18n.language(), made_at=datetime(today.year, today.month, today.day, tzinfo=UTC)),
        marking(translate("LedgerPdf", "Shared"), title, ledger_records.records(rows, AUDIENCE), internal=False),
        margin=MARGIN,
    )  # fmt: skip
    return document.build(story)


def export(
    db: Database, target: Path, organisation_id: str | None = None, status: str | None = None,
    today: date | None = None,
) -> Path:  # fmt: skip
    """Write the ledger of ``organisation_id`` (all entries when None) to ``target``."""
    target = files.check_writable(target)
    today = today or date.today()
    rows = entries.rows(db, organisation_id=organisation_id, status=status, today=today, audience=AUDIENCE)
    names = dict(entries.organisations(db))
    files.write_file(render(rows, names.get(organisation_id, "") if organisation_id else "", today), target)
    return target
