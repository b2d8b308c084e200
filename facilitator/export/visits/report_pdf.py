"""The visit report as a PDF, for the delegation (internal) or for the supplier.

What each version may show is decided once, in :mod:`facilitator.core.visits.report`; this module only
lays it out.  Findings and commitments come first (they are what a reader acts on), then the
conversations, the checklist by section, and the photos the audience may see.  The supplier's version
says on its first page what it leaves out to protect the workers.
"""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, Spacer

from facilitator import i18n
from facilitator.core import taxonomy
from facilitator.core.db import Database
from facilitator.core.disclosure import Audience
from facilitator.core.ledger import entries
from facilitator.core.ledger.status import STATUSES
from facilitator.core.visits import photos, report
from facilitator.core.visits.report import ReportAudience, VisitReport
from facilitator.core.visits.visits import local_span
from facilitator.core.visits.vocabulary import EVIDENCE, FINDING_STATUSES, SEVERITIES
from facilitator.export import files, pdf
from facilitator.export.pdf.styles import Styles, label, restyled
from facilitator.export.visits.common import facts, marking
from facilitator.i18n import translate

MARGIN = 16 * mm
WIDTH = 210 * mm - 2 * MARGIN
PHOTO_WIDTH = 80 * mm


def _title(visit: VisitReport) -> str:
    return translate("VisitPdf", "Visit report: {0}").format(visit.site)


def _header(visit: VisitReport, s: Styles) -> list[Flowable]:
    when = f"{local_span(visit.starts, visit.ends)} ({visit.timezone})"
    rows = [
        (translate("VisitPdf", "Site"), " · ".join(p for p in (visit.site_kind, visit.place) if p)),
        (translate("VisitPdf", "Supplier"), visit.supplier),
        (translate("VisitPdf", "When"), when),
        (translate("VisitPdf", "Announcement"), visit.announcement),
        (translate("VisitPdf", "Delegation"), ", ".join(visit.delegation)),
        (translate("VisitPdf", "Interpreter"), visit.interpreter),
        (translate("VisitPdf", "Management present"), visit.management),
        (translate("VisitPdf", "Checklist"), visit.template),
    ]
    story: list[Flowable] = [pdf.para(_title(visit), s.title), facts(rows, WIDTH, s), Spacer(1, 3 * mm)]
    for line in visit.withheld:
        story.append(pdf.para(line, restyled(s.quote, borderPadding=4, backColor="#F0F0F0")))
    return story


def _findings(visit: VisitReport, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [pdf.heading(translate("VisitPdf", "Findings"), 0, s)]
    if not visit.findings:
        return [*story, pdf.para(translate("VisitPdf", "No findings were recorded on this visit."), s.meta)]
    tags = taxonomy.risk_tags()
    rows: list[list] = [[
        translate("VisitPdf", "Risk"), translate("VisitPdf", "Finding"), translate("VisitPdf", "Severity"),
        translate("VisitPdf", "Evidence"), translate("VisitPdf", "Status"),
    ]]  # fmt: skip
    for finding in visit.findings:
        title = [pdf.para(finding.title, s.cell, bold=True)]
        if finding.detail:
            title.append(pdf.para(finding.detail, s.small))
        risk = tags[finding.risk_tag].label if finding.risk_tag in tags else finding.risk_tag
        rows.append([
            risk, title, SEVERITIES.label(finding.severity), EVIDENCE.label(finding.evidence),
            FINDING_STATUSES.label(finding.status),
        ])  # fmt: skip
    severe = [n for n, f in enumerate(visit.findings, start=1) if f.severity in ("critical", "high")]
    return [*story, pdf.table(rows, [32 * mm, WIDTH - 104 * mm, 22 * mm, 24 * mm, 26 * mm], s, shaded=severe)]


def commitments_table(rows: list[entries.EntryRow], audience: Audience, s: Styles, width: float) -> Flowable:
    """Commitments with owner, due date and status; overdue ones shaded and marked."""
    table: list[list] = [[
        translate("VisitPdf", "Commitment"), translate("VisitPdf", "Owner"), translate("VisitPdf", "Due"),
        translate("VisitPdf", "Status"),
    ]]  # fmt: skip
    for row in rows:
        status = STATUSES.label(row.status)
        if row.overdue:
            status = translate("VisitPdf", "{0}, overdue").format(status)
        table.append([
            row.description, entries.shown_owner(row, audience), row.due.isoformat() if row.due else "—",
            pdf.para(status, s.cell, bold=row.overdue),
        ])  # fmt: skip
    overdue = [n for n, row in enumerate(rows, start=1) if row.overdue]
    return pdf.table(table, [width - 104 * mm, 48 * mm, 22 * mm, 34 * mm], s, shaded=overdue)


def _commitments(visit: VisitReport, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [pdf.heading(translate("VisitPdf", "Commitments"), 0, s)]
    if not visit.commitments:
        return [*story, pdf.para(translate("VisitPdf", "No commitments concern this site yet."), s.meta)]
    return [*story, commitments_table(list(visit.commitments), visit.audience.disclosure, s, WIDTH)]


def _conversations(visit: VisitReport, s: Styles) -> list[Flowable]:
    story: list[Flowable] = [pdf.heading(translate("VisitPdf", "Conversations with workers"), 0, s)]
    if not visit.talks:
        return [*story, pdf.para(translate("VisitPdf", "No conversations were held on this visit."), s.meta)]
    if visit.internal:
        rows: list[list] = [[
            translate("VisitPdf", "Group"), translate("VisitPdf", "People"), translate("VisitPdf", "Setting"),
        ]]  # fmt: skip
        for talk in visit.talks:
            setting = [pdf.para(talk.setting, s.cell)]
            setting += [pdf.para(warning, restyled(s.small, textColor="#9C2B23")) for warning in talk.warnings]
            rows.append([talk.group, talk.people, setting])
        story.append(pdf.table(rows, [38 * mm, 18 * mm, WIDTH - 56 * mm], s))
    else:
        rows = [[
            translate("VisitPdf", "Group"), translate("VisitPdf", "Conversations"), translate("VisitPdf", "People"),
        ]]  # fmt: skip
        rows += [[talk.group, str(talk.conversations), talk.people] for talk in visit.talks]
        story.append(pdf.table(rows, [WIDTH - 70 * mm, 35 * mm, 35 * mm], s))
    if visit.heard:
        story.append(pdf.heading(translate("VisitPdf", "What was heard"), 1, s))
        rows = [[
            translate("VisitPdf", "Risk"), translate("VisitPdf", "Points heard"), translate("VisitPdf", "Groups"),
        ]]  # fmt: skip
        rows += [[line.risk, str(line.points), str(line.groups)] for line in visit.heard]
        story.append(pdf.table(rows, [WIDTH - 70 * mm, 35 * mm, 35 * mm], s))
    if visit.points:
        story.append(pdf.heading(translate("VisitPdf", "What was heard"), 1, s))
        tags = taxonomy.risk_tags()
        for point in visit.points:
            labels = ", ".join(tags[t].label if t in tags else t for t in point.risk_tags)
            text = point.body + (f" ({labels})" if labels else "")
            lead = label(f"{point.group} · {point.kind}: ")
            story.append(pdf.para(text, s.bullet, markup=f"• {lead}"))
    return story


def _checklist(visit: VisitReport, s: Styles) -> list[Flowable]:
    sections: dict[str, list[report.AnswerLine]] = {}
    for answer in visit.answers:
        sections.setdefault(answer.section or translate("VisitPdf", "Other"), []).append(answer)
    blocks = []
    for section, answers in sections.items():
        rows: list[list] = [[
            translate("VisitPdf", "Item"), translate("VisitPdf", "Answer"), translate("VisitPdf", "Note"),
        ]]  # fmt: skip
        for answer in answers:
            note = answer.note
            if note and answer.in_supplier_report and visit.audience is ReportAudience.INTERNAL:
                note += " " + translate("VisitPdf", "(in the supplier's report too)")
            if answer.photo_ids:
                note = " ".join(p for p in (note, translate("VisitPdf", "[photo]")) if p)
            rows.append([answer.label, answer.answer, note])
        blocks.append([
            pdf.heading(section, 1, s, contents=False), pdf.table(rows, [74 * mm, 26 * mm, WIDTH - 100 * mm], s),
        ])  # fmt: skip
    heading = pdf.heading(translate("VisitPdf", "Checklist"), 0, s)
    if not blocks:  # the supplier's report of a visit with nothing answered yet
        return [heading, pdf.para(translate("VisitPdf", "No item of the checklist was answered."), s.body)]
    return pdf.headed_blocks(heading, blocks)


def _photos(visit: VisitReport, content: dict[str, bytes], s: Styles) -> list[Flowable]:
    item_of = {photo_id: answer.label for answer in visit.answers for photo_id in answer.photo_ids}
    blocks = []
    for photo in visit.photos:
        height = PHOTO_WIDTH * photo.height / photo.width if photo.width else PHOTO_WIDTH
        caption = " · ".join(p for p in (item_of.get(photo.id, ""), photo.caption) if p)
        blocks.append([
            Image(io.BytesIO(content[photo.id]), width=PHOTO_WIDTH, height=height), pdf.para(caption, s.small),
            Spacer(1, 3 * mm),
        ])  # fmt: skip
    return pdf.headed_blocks(pdf.heading(translate("VisitPdf", "Photos"), 0, s), blocks)


def story(visit: VisitReport, content: dict[str, bytes]) -> list[Flowable]:
    s = pdf.styles()
    return [
        *_header(visit, s), *_findings(visit, s), *_commitments(visit, s), *_conversations(visit, s),
        *_checklist(visit, s), *_photos(visit, content, s),
    ]  # fmt: skip


def render(visit: VisitReport, content: dict[str, bytes]) -> bytes:
    """The report's PDF; ``content`` holds the bytes of the photos it shows, by id."""
    shown_as = (
        translate("VisitPdf", "Internal: delegation only")
        if visit.internal
        else translate("VisitPdf", "For the supplier")
    )
    subject = (
        translate("VisitPdf", "Site visit report")
        if visit.internal
        else translate("VisitPdf", "Site visit report for the supplier")
    )
    document = pdf.Document(
        pdf.Metadata(_title(visit), subject, language=i18n.language(), made_at=visit.ends),
        marking(shown_as, _title(visit), report.as_json(visit), visit.internal),
        margin=MARGIN,
    )
    return document.build(story(visit, content))


def export(db: Database, visit_id: str, target: Path, audience: ReportAudience = ReportAudience.INTERNAL) -> Path:
    """Write the report of ``visit_id`` for ``audience`` to ``target``."""
    target = files.check_writable(target)
    visit = report.build(db, visit_id, audience)
    content = {photo.id: photos.content(db, photo.id) for photo in visit.photos}
    files.write_file(render(visit, content), target)
    return target
