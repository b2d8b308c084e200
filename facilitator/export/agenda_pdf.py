"""A one-page printed agenda for participants, in every script the meeting uses.

The page lists each day with its items, computed times, kind, who leads it and whether it is
interpreted.  A long agenda is shrunk to fit one A4 page rather than spilling onto a second sheet
that gets lost on the table.  Planning warnings are not printed: this page is for participants.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from facilitator.core import vocabulary
from facilitator.core.agenda import items as agenda_core
from facilitator.core.agenda import presenters as agenda_presenters
from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import PAUSE_KINDS, interpretation_label, kind_label
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.export import fonts
from facilitator.i18n import translate

MARGIN = 15 * mm
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#BBBBBB")
PAUSE_FILL = colors.HexColor("#EEEEEE")


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = fonts.base_font(), fonts.base_font(bold=True)
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=11.5, alignment=TA_LEFT, shaping=1)
    return {
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=16, leading=20),
        "meta": ParagraphStyle("meta", parent=base, textColor=GREY),
        "day": ParagraphStyle("day", parent=base, fontName=bold, fontSize=11, leading=14, spaceBefore=6),
        "cell": base,
        "item": ParagraphStyle("item", parent=base, fontName=bold),
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=10, textColor=GREY),
    }


def _text(text: str, style: ParagraphStyle, bold: bool = False) -> Paragraph:
    return Paragraph(fonts.markup(text, bold=bold), style)


def _header(agenda: Agenda, styles: dict[str, ParagraphStyle]) -> list[Flowable]:
    meeting = agenda.meeting
    place = ", ".join(part for part in (meeting.venue, meeting.city) if part)
    languages = ", ".join(vocabulary.LANGUAGES.label(code) for code in meeting.languages)
    lines = [_text(meeting.title, styles["title"], bold=True)]
    if place:
        lines.append(_text(place, styles["meta"]))
    facts = []
    if languages:
        facts.append(translate("AgendaPdf", "Languages: {0}").format(languages))
    if meeting.chatham_house:
        facts.append(translate("AgendaPdf", "Chatham House Rule: what is said may be used, but not who said it."))
    if facts:
        lines.append(_text("  ·  ".join(facts), styles["meta"]))
    return [*lines, Spacer(1, 4 * mm)]


def _day_table(agenda: Agenda, day: int, presenters: dict[str, str], styles: dict[str, ParagraphStyle]) -> Table:
    """One day's items; the "Led by" column is left out when nobody is named anywhere in the agenda."""
    slots = agenda.timing.by_id()
    with_presenters = any(presenters.get(item.id) for item in agenda.items)
    headers = [translate("AgendaPdf", "Time"), translate("AgendaPdf", "Item")]
    headers += [translate("AgendaPdf", "Led by")] if with_presenters else []
    headers += [translate("AgendaPdf", "Interpretation")]
    rows = [[_text(header, styles["small"]) for header in headers]]
    pauses = []
    for item in (item for item in agenda.items if item.day == day):
        slot = slots[item.id]
        start, end = agenda.timing.start_of(slot), agenda.timing.end_of(slot)
        when = f"{start:%H:%M}–{end:%H:%M}"
        if item.fixed_start:
            when += "\n" + translate("AgendaPdf", "(fixed)")
        # Pauses are shaded instead of labelled: "Tea break — Break" says nothing twice.
        details = [] if item.kind in PAUSE_KINDS else [kind_label(item.kind)]
        if item.track:
            details.append(translate("AgendaPdf", "parallel group: {0}").format(item.track))
        if item.purpose:
            details.append(item.purpose)
        title = [_text(item.title, styles["item"], bold=True)]
        if details:
            title.append(_text(" — ".join(details), styles["small"]))
        interpreted = interpretation_label(item.interpretation) if item.interpretation != "none" else ""
        row = [_text(when, styles["cell"]), title]
        row += [_text(presenters.get(item.id, ""), styles["cell"])] if with_presenters else []
        rows.append([*row, _text(interpreted, styles["small"])])
        if item.kind in PAUSE_KINDS:
            pauses.append(len(rows) - 1)
    fixed = [24 * mm, *([48 * mm] if with_presenters else []), 26 * mm]
    widths = [fixed[0], A4[0] - 2 * MARGIN - sum(fixed), *fixed[1:]]
    table = Table(rows, colWidths=widths, repeatRows=1)
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
    ]
    commands += [("BACKGROUND", (0, row), (-1, row), PAUSE_FILL) for row in pauses]
    table.setStyle(TableStyle(commands))
    return table


def story(agenda: Agenda, presenters: dict[str, str]) -> list[Flowable]:
    """The page's content, before it is shrunk to fit."""
    styles = _styles()
    content = _header(agenda, styles)
    for day in sorted({item.day for item in agenda.items}):
        date = agenda.timing.days[day].date
        content.append(
            _text(translate("AgendaPdf", "Day {0} · {1}").format(day + 1, f"{date:%Y-%m-%d}"), styles["day"])
        )
        content.append(_day_table(agenda, day, presenters, styles))
    if not agenda.items:
        content.append(_text(translate("AgendaPdf", "The agenda is still empty."), styles["meta"]))
    if any(item.interpretation == "consecutive" for item in agenda.items):
        content.append(Spacer(1, 3 * mm))
        content.append(
            _text(
                translate("AgendaPdf", "Times include the extra time that consecutive interpretation takes."),
                styles["small"],
            )
        )
    return content


def write(agenda: Agenda, presenters: dict[str, str], target: Path) -> Path:
    """Write the one-page PDF to ``target``."""
    document = SimpleDocTemplate(
        str(target),
        pagesize=A4,
        leftMargin=MARGIN,
        rightMargin=MARGIN,
        topMargin=MARGIN,
        bottomMargin=MARGIN,
        title=agenda.meeting.title,
        author="Facilitator",
    )
    frame = KeepInFrame(document.width, document.height, story(agenda, presenters), mode="shrink")
    try:
        document.build([frame])
    except OSError as exc:
        raise UserError(
            translate("AgendaPdf", "The agenda cannot be written to {0}: {1}").format(target, exc.strerror or exc)
        ) from exc
    return target


def export(db: Database, meeting_id: str, target: Path) -> Path:
    loaded = agenda_core.load(db, meeting_id)
    return write(loaded, agenda_presenters.presenters(db, loaded.items), target)
