"""A one-page printed agenda for participants, in every script the meeting uses.

The page lists each day with its items, computed times, kind, who leads it and whether it is
interpreted.  A long agenda is shrunk to fit one A4 page rather than spilling onto a second sheet
that gets lost on the table.  Planning warnings are not printed: this page is for participants.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepInFrame, Spacer, Table

from facilitator import i18n
from facilitator.core import disclosure, vocabulary
from facilitator.core.agenda import items as agenda_core
from facilitator.core.agenda import presenters as agenda_presenters
from facilitator.core.agenda.items import Agenda
from facilitator.core.agenda.kinds import PAUSE_KINDS, interpretation_label, kind_label
from facilitator.core.db import Database
from facilitator.export import files, pdf
from facilitator.export.pdf.styles import Styles
from facilitator.i18n import translate

MARGIN = 15 * mm
WIDTH = 210 * mm - 2 * MARGIN


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
    return [*lines, Spacer(1, 4 * mm)]


def _day_table(
    agenda: Agenda, day: int, presenters: dict[str, str], styles: Styles, shown: Callable[[str], str]
) -> Table:
    """One day's items; the "Led by" column is left out when nobody is named anywhere in the agenda."""
    slots = agenda.timing.by_id()
    with_presenters = any(presenters.get(item.id) for item in agenda.items)
    headers = [translate("AgendaPdf", "Time"), translate("AgendaPdf", "Item")]
    headers += [translate("AgendaPdf", "Led by")] if with_presenters else []
    headers += [translate("AgendaPdf", "Interpretation")]
    rows: list[list] = [headers]
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
    widths = [fixed[0], WIDTH - sum(fixed), *fixed[1:]]
    return pdf.table(rows, widths, styles, shaded=pauses)


def story(agenda: Agenda, presenters: dict[str, str], shown: Callable[[str], str]) -> list[Flowable]:
    """The page's content, before it is shrunk to fit; ``shown`` screens the typed words
    (:func:`disclosure.shared_text`)."""
    styles = _styles()
    content = _header(agenda, styles, shown)
    for day in sorted({item.day for item in agenda.items}):
        date = agenda.timing.days[day].date
        content.append(
            _text(translate("AgendaPdf", "Day {0} · {1}").format(day + 1, f"{date:%Y-%m-%d}"), styles.h2, bold=True)
        )
        content.append(_day_table(agenda, day, presenters, styles, shown))
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


def render(agenda: Agenda, presenters: dict[str, str], shown: Callable[[str], str]) -> bytes:
    """The one-page PDF, its content shrunk to fit the page."""
    meeting = agenda.meeting
    document = pdf.Document(
        pdf.Metadata(shown(meeting.title), translate("AgendaPdf", "Agenda"), language=i18n.language(),
                     made_at=meeting.starts_at),
        margin=MARGIN,
    )  # fmt: skip
    content = story(agenda, presenters, shown)
    return document.build([KeepInFrame(document.width, document.height, content, mode="shrink")])


def export(db: Database, meeting_id: str, target: Path) -> Path:
    """The page for participants, written to ``target``: a name of someone who is not named, typed into a
    title or a purpose, is shown as the meeting's shareable policy shows them."""
    files.check_writable(target)
    loaded = agenda_core.load(db, meeting_id)
    shown = disclosure.shared_text(db, meeting_id)
    files.write_file(render(loaded, agenda_presenters.presenters(db, loaded.items), shown), target)
    return target
