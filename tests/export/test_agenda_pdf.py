"""The printed agenda: one page, every script drawn with a font that has it, unnamed people kept unnamed."""

from __future__ import annotations

import re
from pathlib import Path

import pypdf
import pytest
from reportlab.platypus import Paragraph, Table

from facilitator.core import disclosure, meetings
from facilitator.core.agenda import items as agenda
from facilitator.core.agenda import presenters as agenda_presenters
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.export import agenda_pdf, fonts, ics


def embedded_fonts(pdf: bytes) -> set[str]:
    return {name.split("+", 1)[-1] for name in re.findall(rb"/BaseFont /([\w+-]+)", pdf) for name in [name.decode()]}


def page_count(pdf: bytes) -> int:
    return int(re.search(rb"/Count (\d+)", pdf).group(1))


def test_hindi_and_chinese_get_their_own_fonts(demo_db: Database, tmp_path: Path) -> None:
    agenda.update(demo_db, demo_id("agenda/4"), title="मज़दूरों की आवाज़: धूल, सुरक्षा और पानी")
    agenda.update(demo_db, demo_id("agenda/5"), purpose="计件工资、现金支付")
    pdf = agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf").read_bytes()
    used = embedded_fonts(pdf)
    assert "NotoSansDevanagari-Bold" in used
    assert any(name.startswith("WenQuanYiMicroHei") for name in used)
    assert page_count(pdf) == 1


def test_a_long_agenda_still_fits_on_one_page(demo_db: Database, tmp_path: Path) -> None:
    for n in range(60):
        agenda.add(demo_db, MEETING_ID, f"Extra session {n}", day=n // 20, purpose="A purpose long enough to wrap " * 3)
    pdf = agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf").read_bytes()
    assert page_count(pdf) == 1


def test_people_who_asked_not_to_be_named_are_not_printed(demo_db: Database, tmp_path: Path) -> None:
    agenda.update(demo_db, demo_id("agenda/4"), presenter_person_id=demo_id("person/woman_worker1"))
    agenda.update(demo_db, demo_id("agenda/5"), presenter_person_id=demo_id("person/committee_rep"))
    agenda.update(demo_db, demo_id("agenda/7"), presenter_person_id=demo_id("person/local_ngo_rep"))
    shown = agenda_presenters.presenters(demo_db, agenda.items(demo_db, MEETING_ID))
    assert demo_id("agenda/4") not in shown
    assert shown[demo_id("agenda/5")] == "Worker committees"
    assert shown[demo_id("agenda/7")] == "Priya Sharma (Shram Sahyog Kendra)"
    # A worker who is not named, typed into the page by the facilitator, is shown as the room sees her.
    agenda.update(demo_db, demo_id("agenda/5"), title="Kamla Devi on piece rates", purpose="Bhanwar Lal asks why")
    loaded = agenda.load(demo_db, MEETING_ID)
    printed = " ".join(plain_texts(agenda_pdf.story(loaded, shown, disclosure.shared_text(demo_db, MEETING_ID))))
    assert "Priya Sharma" in printed and "Worker committees" in printed
    assert "[Anonymous participant] on piece rates" in printed and "[Worker committees] asks why" in printed
    assert "Kamla" not in printed and "Bheel" not in printed and "Bhanwar" not in printed
    meetings.update(
        demo_db, MEETING_ID, title="Roundtable with Kamla Devi", venue="Santosh Bai's yard, +91 744 250 0000"
    )
    agenda.update(demo_db, demo_id("agenda/6"), purpose="Comments to secretariat@example.org")
    written = agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(written).pages)
    assert "Kamla" not in text and "Santosh" not in text and "Roundtable with [Anonymous participant]" in text
    assert "+91 744 250 0000" in text and "secretariat@example.org" in text  # the facilitator's own contacts
    calendar = ics.export(demo_db, MEETING_ID, tmp_path / "agenda.ics").read_text(encoding="utf-8")
    assert "Kamla" not in calendar and "Santosh" not in calendar and "Bhanwar" not in calendar


def plain_texts(node: object) -> list[str]:
    """Every paragraph's text in a story, tables included."""
    if isinstance(node, Paragraph):
        return [node.getPlainText()]
    if isinstance(node, Table):
        return [text for row in node._cellvalues for cell in row for text in plain_texts(cell)]
    if isinstance(node, list | tuple):
        return [text for child in node for text in plain_texts(child)]
    return []


def test_text_is_split_into_runs_by_script() -> None:
    marked = fonts.markup("Wages / मज़दूरी, 工资 & more")
    assert marked.startswith('Wages / <font face="FacilitatorDevanagari">मज़दूरी, </font>')
    assert '<font face="FacilitatorCJK">工资 </font>&amp; more' in marked


@pytest.mark.skipif(
    fonts.find("NotoSansTamil-Regular.ttf") is None or fonts.find("NotoSansArabic-Regular.ttf") is None,
    reason="the system has no Noto Tamil or Arabic font",
)
def test_tamil_and_arabic_use_the_systems_noto_fonts(demo_db: Database, tmp_path: Path) -> None:
    agenda.update(demo_db, demo_id("agenda/1"), title="தொழிலாளர் குரல் / صوت العمال")
    used = embedded_fonts(agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf").read_bytes())
    assert {"NotoSansTamil-Bold", "NotoSansArabic-Bold"} <= used
