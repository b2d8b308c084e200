"""The printed agenda: one page while it reads, numbered full-size pages beyond; its time zone said; every
script drawn with a font that has it, unnamed people kept unnamed."""

from __future__ import annotations

import math
import re
from datetime import datetime
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


def printed_sizes(path: Path) -> list[dict[str, float]]:
    """Per page, each line of text and the size it is printed at on paper (font size times the scale of
    the text and drawing matrices, so a shrunk page shows as smaller text)."""
    return [page_sizes(page) for page in pypdf.PdfReader(path).pages]


def page_sizes(page: pypdf.PageObject) -> dict[str, float]:
    sizes: dict[str, float] = {}

    def visit(text: str, cm: list[float], tm: list[float], font: object, size: float) -> None:
        # The text space's y axis carried into device space: its length is the scale the size is drawn at.
        c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
        if text.strip():
            sizes[text.strip()] = min(sizes.get(text.strip(), math.inf), size * math.hypot(c, d))

    page.extract_text(visitor_text=visit)
    return sizes


CELL_SIZE = 8.1  # the body size of 9 pt, as the table cells print it
SMALL_SIZE = 7.38  # the kind and purpose line under an item's title


def add_sessions(db: Database, count: int, days: int = 3) -> list[str]:
    titles = [f"Extra session {n}" for n in range(count)]
    purpose = "A purpose long enough to wrap onto a second line of the item column " * 2
    specs = [{"title": title, "day": n * days // count, "planned_minutes": 10, "purpose": purpose if n % 2 else ""}
             for n, title in enumerate(titles)]  # fmt: skip
    agenda.add_many(db, MEETING_ID, specs)
    return titles


def test_a_short_agenda_is_one_page_at_full_size(demo_db: Database, tmp_path: Path) -> None:
    written = agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf")
    assert page_count(written.read_bytes()) == 1
    (sizes,) = printed_sizes(written)
    assert sizes["Welcome and ground rules"] == pytest.approx(CELL_SIZE, abs=0.01)
    assert "Page 1 of" not in sizes  # one sheet needs no number


def test_an_agenda_a_little_too_long_is_shrunk_onto_one_page_but_stays_readable(
    demo_db: Database, tmp_path: Path
) -> None:
    add_sessions(demo_db, 12)
    written = agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf")
    assert page_count(written.read_bytes()) == 1
    (sizes,) = printed_sizes(written)
    assert sizes["Extra session 11"] < CELL_SIZE  # shrunk, as one sheet is easier to keep than two
    assert min(sizes.values()) >= agenda_pdf.MIN_SCALE * SMALL_SIZE - 0.01


def test_a_long_agenda_runs_over_numbered_pages_at_full_size(demo_db: Database, tmp_path: Path) -> None:
    titles = add_sessions(demo_db, 120)
    written = agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf")
    pages = printed_sizes(written)
    assert len(pages) == page_count(written.read_bytes()) >= 5
    printed = {line: size for page in pages for line, size in page.items()}
    assert all(printed[title] == pytest.approx(CELL_SIZE, abs=0.01) for title in titles)  # none shrunk, none lost
    for number, page in enumerate(pages, 1):
        assert {"Time", "Item", "Interpretation"} <= page.keys()  # the column heads, repeated
        assert any(line.startswith("Day ") for line in page)  # and the day the page's items are on
        assert f"Page {number} of" in page  # the total is drawn from a form, filled in at the end
    rows = [sum(line.startswith("Extra session") for line in page) for page in pages]
    assert sum(rows) == len(titles) and max(rows) <= 40  # a readable page's worth each, none printed twice
    assert "Day 3 · 2023-10-29" in pages[-1]


def test_the_time_zone_of_the_times_is_said_once(demo_db: Database, tmp_path: Path) -> None:
    written = agenda_pdf.export(demo_db, MEETING_ID, tmp_path / "agenda.pdf")
    text = pypdf.PdfReader(written).pages[0].extract_text()
    assert text.count("Times are local to the meeting: Asia/Kolkata (IST, UTC+05:30)") == 1
    meetings.update(demo_db, MEETING_ID, timezone="Asia/Dubai")  # an abbreviation that is only the offset
    text = pypdf.PdfReader(agenda_pdf.export(demo_db, MEETING_ID, written)).pages[0].extract_text()
    assert "Times are local to the meeting: Asia/Dubai (UTC+04:00)" in text


def test_a_meeting_across_the_change_to_summer_time_says_each_days_clock(db: Database, tmp_path: Path) -> None:
    meeting = meetings.create(db, "Spring review", datetime(2025, 3, 29, 9), datetime(2025, 3, 30, 17),
                              "Europe/Amsterdam")  # fmt: skip
    agenda.add(db, meeting.id, "Opening", day=0)
    agenda.add(db, meeting.id, "Closing", day=1)
    written = agenda_pdf.export(db, meeting.id, tmp_path / "agenda.pdf")
    text = pypdf.PdfReader(written).pages[0].extract_text()
    assert "Times are local to the meeting: Europe/Amsterdam (CET, UTC+01:00; CEST, UTC+02:00)" in text
    assert "Day 1 · 2025-03-29 · CET, UTC+01:00" in text and "Day 2 · 2025-03-30 · CEST, UTC+02:00" in text


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


def test_items_past_midnight_keep_counting_under_their_day(db: Database, tmp_path: Path) -> None:
    """An agenda of a day that runs past midnight printed 00:25 under Day 1, as if the morning before."""
    meeting = meetings.create(db, "Long day", datetime(2026, 3, 2, 9), datetime(2026, 3, 2, 17), timezone="UTC")
    for number in range(16):
        agenda.add(db, meeting.id, f"Item {number}", planned_minutes=60)
    written = agenda_pdf.export(db, meeting.id, tmp_path / "long.pdf")
    text = " ".join(page.extract_text() for page in pypdf.PdfReader(written).pages)
    assert "24:00–25:00" in text and "00:00–01:00" not in text
