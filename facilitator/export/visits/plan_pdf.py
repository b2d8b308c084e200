"""The one-page visit plan the delegation carries: where, when, who, the checklist to fill and the
safeguards of a conversation with workers.

It is for the delegation only (an unannounced visit's plan must not reach the site), so it is marked
internal.  A long checklist is shrunk to fit the page rather than spill onto a second sheet.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer

from facilitator import i18n
from facilitator.core import disclosure
from facilitator.core.db import Database
from facilitator.core.meetings import to_local
from facilitator.core.models import Meeting, Organisation, Visit
from facilitator.core.visits import report, visits
from facilitator.core.visits.visits import local_span
from facilitator.core.visits.vocabulary import ANNOUNCEMENT, SITE_KINDS
from facilitator.export import files, pdf
from facilitator.export.pdf.styles import Styles
from facilitator.export.visits.common import facts, marking
from facilitator.i18n import translate

MARGIN = 14 * mm
WIDTH = 210 * mm - 2 * MARGIN


def _safeguards() -> list[str]:
    return [
        translate("VisitPlan", "Ask for consent to notes, and separately to quotes, before the first question."),
        translate(
            "VisitPlan", "Talk without managers, supervisors or agents in sight or hearing; off-site if you can."
        ),
        translate("VisitPlan", "A woman interviewer for women workers; the interpreter is not from the company."),
        translate("VisitPlan", "Write no names: only the group, and how many women and men took part."),
        translate("VisitPlan", "Flag a risk of retaliation: those points stay out of every report the supplier sees."),
    ]


def _announcement_hint(visit: Visit) -> str:
    if visit.announcement == "unannounced":
        return translate("VisitPlan", "Do not share this plan with the site or the supplier.")
    return translate("VisitPlan", "Children may be told to hide on an announced visit: ask about home-based work.")


def story(db: Database, visit_id: str) -> list[Flowable]:
    s = pdf.styles(9)
    visit = visits.get(db, visit_id)
    with db.session() as session:
        meeting = session.get(Meeting, visit.meeting_id) if visit.meeting_id else None
        supplier = session.get(Organisation, visit.supplier_organisation_id) if visit.supplier_organisation_id else None
        meeting_title = meeting.title if meeting else ""
        supplier_name = supplier.name if supplier else ""
    site = disclosure.shared_text(db, visit.meeting_id)(visit.site_name)  # named before names were refused in it
    start, end = to_local(visit.starts_at, visit.timezone), to_local(visit.ends_at, visit.timezone)
    place = ", ".join(p for p in (visit.village, visit.district) if p)
    coordinates = (
        f"{visit.latitude:.5f}, {visit.longitude:.5f}" if visit.latitude is not None and visit.longitude is not None
        else ""
    )  # fmt: skip
    internal = report.ReportAudience.INTERNAL
    delegation = ", ".join(report.shown_people(db, list(visit.delegation_person_ids), internal))
    interpreter = (
        ", ".join(report.shown_people(db, [visit.interpreter_person_id], internal))
        if visit.interpreter_person_id
        else ""
    )
    announcement = f"{ANNOUNCEMENT.label(visit.announcement)}. {_announcement_hint(visit)}"
    rows = [
        (translate("VisitPdf", "Site"), " · ".join(p for p in (SITE_KINDS.label(visit.site_kind), place) if p)),
        (translate("VisitPlan", "Coordinates"), coordinates),
        (translate("VisitPdf", "Supplier"), supplier_name),
        (translate("VisitPlan", "Prepares"), meeting_title),
        (translate("VisitPdf", "When"), f"{local_span(start, end)} ({visit.timezone})"),
        (translate("VisitPdf", "Announcement"), announcement),
        (translate("VisitPdf", "Delegation"), delegation),
        (translate("VisitPdf", "Interpreter"), interpreter),
        (translate("VisitPdf", "Management present"), visit.management_present),
        (translate("VisitPlan", "Notes"), visit.notes),
    ]  # fmt: skip
    content: list[Flowable] = [
        pdf.para(translate("VisitPlan", "Visit plan: {0}").format(site), s.title),
        facts(rows, WIDTH, s, 34 * mm),
        Spacer(1, 2 * mm),
        *_checklist(visits.template_of(visit), s),
        pdf.para(translate("VisitPlan", "Conversations with workers"), s.h2),
        *[pdf.para(line, s.bullet, markup="• ") for line in _safeguards()],
    ]
    return content


def _checklist(template, s: Styles) -> list[Flowable]:  # type: ignore[no-untyped-def]
    """The items by section in a table with a box to tick per answer."""
    boxes = translate("VisitPlan", "[  ] seen   [  ] partly   [  ] not seen")
    rows: list[list] = [[translate("VisitPlan", "Checklist: {0}").format(template.title), ""]]
    section = None
    shaded = []
    for item in template.items:
        if item.section and item.section != section:
            section = item.section
            rows.append([pdf.para(section, s.cell, bold=True), ""])
            shaded.append(len(rows) - 1)
        mark = boxes if item.type == "observation" else "_______"
        rows.append([item.label, pdf.para(mark, s.small)])
    return [pdf.table(rows, [WIDTH - 52 * mm, 52 * mm], s, shaded=shaded)]


def render(db: Database, visit_id: str) -> bytes:
    visit = visits.get(db, visit_id)
    site = disclosure.shared_text(db, visit.meeting_id)(visit.site_name)
    title = translate("VisitPlan", "Visit plan: {0}").format(site)
    document = pdf.Document(
        pdf.Metadata(title, translate("VisitPlan", "Site visit plan"), language=i18n.language(),
                     made_at=visit.starts_at),
        marking(translate("VisitPdf", "Internal: delegation only"), title, _content_key(visit), internal=True),
        margin=MARGIN,
    )  # fmt: skip
    return document.build([KeepInFrame(document.width, document.height, story(db, visit_id), mode="shrink")])


def _content_key(visit: Visit) -> dict[str, object]:
    return {
        name: getattr(visit, name)
        for name in ("site_name", "site_kind", "village", "district", "latitude", "longitude", "starts_at", "ends_at",
                     "timezone", "announcement", "delegation_person_ids", "interpreter_person_id",
                     "management_present", "notes", "checklist")
    }  # fmt: skip


def export(db: Database, visit_id: str, target: Path) -> Path:
    """Write the one-page plan of ``visit_id`` to ``target``."""
    target = files.check_writable(target)
    files.write_file(render(db, visit_id), target)
    return target
