"""The printed agenda for participants, in every script the meeting uses.

The page lists each day with its items, computed times, kind, who leads it and whether it is
interpreted, and says which time zone the times are in.  An agenda that still reads when shrunk a
little is kept on one A4 page rather than spilling onto a second sheet that gets lost on the table;
a longer one runs over numbered pages at full size, each table's header repeated.  Planning warnings
are not printed: this page is for participants.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import CondPageBreak, Flowable, KeepInFrame, Spacer, Table, TableStyle

from facilitator import i18n
from facilitator.core import disclosure, vocabulary
from facilitator.core.agenda import items as agenda_core
from facilitator.core.agenda import presenters as agenda_presenters
from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import PAUSE_KINDS, interpretation_label, kind_label
from facilitator.core.agenda.timing import format_clock
from facilitator.core.db import Database
from facilitator.export import files, pdf
from facilitator.export.pdf.styles import GREY, Styles
from facilitator.i18n import translate

MARGIN = 15 * mm
WIDTH = 210 * mm - 2 * MARGIN
# Shrunk further than this, the smallest text (the 7.4 pt kind and purpose line) falls under 5.9 pt, about
# the floor of legible print: such an agenda runs over several pages at full size instead.
MIN_SCALE = 0.8
# A day starts a new page unless its heading, the column heads and its first few items fit below.
DAY_START_ROOM = 40 * mm


def _styles() -> Styles:
    return pdf.styles(9)


def _text(text: str, style, bold: bool = False):  # type: ignore[no-untyped-def]
    return pdf.para(text, style, bold=bold)


def _header(agenda: Agenda, styles: Styles, shown: Callable[[str], str]) -> list[Flowable]:
    meeting = agenda.meeting
    place = shown(", ".join(part for part in (meeting.venue, meeting.city) if part))
    languages = ", ".join(vocabulary.LANGUAGES.label(code) for code in meeting.languages)
    lines = [_text(shown(meeting.title), styles.title, bold=True)]
    if place:
        lines.append(_text(place, styles.meta))
    facts = []
    if languages:
        facts.append(translate("AgendaPdf", "Languages: {0}").format(languages))
    if meeting.chatham_house:
        facts.append(translate("AgendaPdf", "Chatham House Rule: what is said may be used, but not who said it."))
    if facts:
        lines.append(_text("  ·  ".join(facts), styles.meta))
    offsets = list(dict.fromkeys(_day_offsets(agenda).values()))
    if offsets:
        zone = translate("AgendaPdf", "Times are local to the meeting: {0} ({1})")
        lines.append(_text(zone.format(meeting.timezone, "; ".join(offsets)), styles.meta))
    return [*lines, Spacer(1, 4 * mm)]


def _offset(moment: datetime) -> str:
    """ "IST, UTC+05:30" for a reader elsewhere; a zone whose abbreviation is only a number ("+04") or
    UTC itself shows the offset alone."""
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds()) // 60 if offset is not None else 0
    hours, rest = divmod(abs(minutes), 60)
    utc = f"UTC{'-' if minutes < 0 else '+'}{hours:02d}:{rest:02d}"
    abbreviation = moment.tzname() or ""
    return utc if abbreviation[:1] in "+-" or abbreviation == "UTC" else f"{abbreviation}, {utc}"


def _day_offsets(agenda: Agenda) -> dict[int, str]:
    """Each day's clock at its first item: a meeting across a change to summer time has two."""
    offsets: dict[int, str] = {}
    for slot in agenda.timing.slots:
        offsets.setdefault(slot.day, _offset(agenda.timing.start_of(slot)))
    return offsets


def _day_table(agenda: Agenda, day: int, heading: str, presenters: dict[str, str], styles: Styles,
               shown: Callable[[str], str], width: float) -> Table:  # fmt: skip
    """One day's items under its ``heading``; the "Led by" column is left out when nobody is named anywhere in
    the agenda.  The heading is the table's first row, so a page the day runs on to repeats it with the
    column heads: a reader of page 3 sees which day it is."""
    slots = agenda.timing.by_id()
    with_presenters = any(presenters.get(item.id) for item in agenda.items)
    headers = [translate("AgendaPdf", "Time"), translate("AgendaPdf", "Item")]
    headers += [translate("AgendaPdf", "Led by")] if with_presenters else []
    headers += [translate("AgendaPdf", "Interpretation")]
    spanned = [""] * (len(headers) - 1)
    rows: list[list] = [[_text(heading, styles.h2, bold=True), *spanned]]
    rows.append([_text(header, styles.cell_head, bold=True) for header in headers])
    pauses = []
    for item in (item for item in agenda.items if item.day == day):
        slot = slots[item.id]
        # A day that runs past midnight keeps counting (24:25) rather than show 00:25 under the day before.
        when = f"{format_clock(slot.start)}–{format_clock(slot.end)}"
        if item.fixed_start:
            when += "\n" + translate("AgendaPdf", "(fixed)")
        # Pauses are shaded instead of labelled: "Tea break — Break" says nothing twice.
        details = [] if item.kind in PAUSE_KINDS else [kind_label(item.kind)]
        if item.track:
            details.append(translate("AgendaPdf", "parallel group: {0}").format(shown(item.track)))
        if item.purpose:
            details.append(shown(item.purpose))
        title = [_text(shown(item.title), styles.cell, bold=True)]
        if details:
            title.append(_text(" — ".join(details), styles.small))
        interpreted = interpretation_label(item.interpretation) if item.interpretation != "none" else ""
        row = [_text(when, styles.cell), title]
        row += [_text(presenters.get(item.id, ""), styles.cell)] if with_presenters else []
        rows.append([*row, _text(interpreted, styles.small)])
        if item.kind in PAUSE_KINDS:
            pauses.append(len(rows) - 1)
    fixed = [24 * mm, *([48 * mm] if with_presenters else []), 26 * mm]
    widths = [fixed[0], width - sum(fixed), *fixed[1:]]
    return _headed(pdf.table(rows, widths, styles, header=False, shaded=pauses))


def _headed(table: Table) -> Table:
    """The day's heading across the table's width, above column heads ruled as the shared tables rule
    theirs; both repeat on every page the table runs on to."""
    table.repeatRows = 2
    table.setStyle(
        TableStyle([
            ("SPAN", (0, 0), (-1, 0)),
            ("LEFTPADDING", (0, 0), (-1, 0), 0),
            ("TOPPADDING", (0, 0), (-1, 0), 8),
            ("LINEBELOW", (0, 1), (-1, 1), 0.8, GREY),
        ])
    )  # fmt: skip
    return table


def story(
    agenda: Agenda, presenters: dict[str, str], shown: Callable[[str], str], width: float = WIDTH
) -> list[Flowable]:
    """The agenda's content, its tables ``width`` wide, before it is fitted to one page or flowed over several;
    ``shown`` screens the typed words (:func:`disclosure.shared_text`)."""
    styles = _styles()
    content = _header(agenda, styles, shown)
    offsets = _day_offsets(agenda)
    several = len(set(offsets.values())) > 1
    for day in sorted({item.day for item in agenda.items}):
        date = agenda.timing.days[day].date
        heading = translate("AgendaPdf", "Day {0} · {1}").format(day + 1, f"{date:%Y-%m-%d}")
        heading = f"{heading} · {offsets[day]}" if several else heading
        content.append(CondPageBreak(DAY_START_ROOM))
        content.append(_day_table(agenda, day, heading, presenters, styles, shown, width))
    if not agenda.items:
        content.append(_text(translate("AgendaPdf", "The agenda is still empty."), styles.meta))
    if any(item.interpretation == "consecutive" for item in agenda.items):
        content.append(Spacer(1, 3 * mm))
        content.append(
            _text(
                translate("AgendaPdf", "Times include the extra time that consecutive interpretation takes."),
                styles.small,
            )
        )
    return content


def _document(agenda: Agenda, shown: Callable[[str], str], marking: pdf.Marking | None = None) -> pdf.Document:
    meeting = agenda.meeting
    return pdf.Document(
        pdf.Metadata(shown(meeting.title), translate("AgendaPdf", "Agenda"), language=i18n.language(),
                     made_at=meeting.starts_at),
        marking,
        margin=MARGIN,
    )  # fmt: skip


def _fit_scale(content: list[Flowable], width: float, height: float) -> float:
    """The size ``content`` would be printed at to fit one ``width`` × ``height`` frame (1.0: as it is)."""
    fitted = KeepInFrame(width, height, content, mode="shrink")
    fitted.wrapOn(Canvas(io.BytesIO()), width, height)
    return 1 / getattr(fitted, "_scale", 1.0)


def render(agenda: Agenda, presenters: dict[str, str], shown: Callable[[str], str]) -> bytes:
    """One page while it reads at :data:`MIN_SCALE` of full size or more; otherwise full size over as
    many pages as it takes, each headed by the meeting and numbered so that a loose sheet finds its place."""
    content = story(agenda, presenters, shown)
    single = _document(agenda, shown)
    scale = _fit_scale(content, single.width, single.height)
    if scale >= MIN_SCALE:
        # Tables as wide as the shrunk page, not a narrower block under a title that fills the width.
        wide = story(agenda, presenters, shown, single.width / scale)
        return single.build([KeepInFrame(single.width, single.height, wide, mode="shrink")])
    marking = pdf.Marking(translate("AgendaPdf", "Agenda"), shown(agenda.meeting.title))
    return _document(agenda, shown, marking).build(content)


def export(db: Database, meeting_id: str, target: Path) -> Path:
    """The page for participants, written to ``target``: a name of someone who is not named, typed into a
    title or a purpose, is shown as the meeting's shareable policy shows them."""
    files.check_writable(target)
    loaded = agenda_core.load(db, meeting_id)
    shown = disclosure.shared_text(db, meeting_id)
    files.write_file(render(loaded, agenda_presenters.presenters(db, loaded.items), shown), target)
    return target
