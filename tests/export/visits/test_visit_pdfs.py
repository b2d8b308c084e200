"""The printed visit outputs read back with pypdf as a reader of the file would: the supplier's report
names no worker and gives nothing that singles one out; the plan is one page; the ledger per organisation."""

from __future__ import annotations

import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest
from icalendar import Calendar
from PIL import Image
from pypdf import PdfReader

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.ledger import entries
from facilitator.core.participants import participation, people
from facilitator.core.visits import checklists, conversations, findings, photos, visits
from facilitator.core.visits.report import ReportAudience
from facilitator.export import ics, pdf
from facilitator.export.visits import calendar, ledger_pdf, plan_pdf, report_pdf

BUNDI = demo_id("org/quarry")


def text_of(path: Path) -> tuple[str, PdfReader]:
    reader = PdfReader(path)
    words = " ".join(page.extract_text() for page in reader.pages)
    return re.sub(r"\s+", " ", words), reader


def _picture(path: Path) -> Path:
    Image.new("RGB", (320, 240), (120, 110, 100)).save(path, "JPEG")
    return path


@pytest.fixture
def site(demo_db: Database, tmp_path: Path) -> str:
    """A visit with what a supplier must not read: a name, a small group, a retaliation risk, a photo of a person."""
    visit = visits.plan(
        demo_db, "Kheri quarry", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata",
        meeting_id=MEETING_ID, supplier_organisation_id=BUNDI, village="Kheri", district="Bundi",
    ).id  # fmt: skip
    kamla = demo_id("person/woman_worker1")
    people.update_person(demo_db, kamla, anonymity="named")
    visits.set_answer(
        demo_db, visit, "wage_register", answer="not_observed", note="Kamla Devi showed her empty slip",
        note_for_supplier=True,
    )  # fmt: skip
    people.update_person(demo_db, kamla, anonymity="anonymous")  # she asked once it was written
    visits.set_answer(demo_db, visit, "drinking_water", answer="partly", note="One tank, warm by noon")
    visits.set_answer(demo_db, visit, "drinking_water", note_for_supplier=True)
    visits.set_answer(demo_db, visit, "advances", answer="not_seen", note="Asked off-site, see the conversation")
    # Ticked, but of an item not answered: the supplier's report lists no such item, nor its note.
    visits.set_answer(demo_db, visit, "first_aid", note="Kit in the locked office", note_for_supplier=True)
    women = conversations.add_conversation(
        demo_db, visit, "RH_WOMEN_WORKER", women=2, language="raj", interviewer_gender="woman", location="off_site",
        consent_notes=True,
    )  # fmt: skip
    conversations.add_point(demo_db, women.id, "c: no toilet, we walk to the river at dusk #WASH")
    men = conversations.add_conversation(demo_db, visit, "RH_WORKER", men=6, consent_notes=True, language="hi")
    conversations.add_point(demo_db, men.id, "c: wages come two months late #WAGES")
    risky = conversations.add_conversation(
        demo_db, visit, "RH_MIGRANT", men=4, consent_notes=True, retaliation_risk=True
    )  # fmt: skip
    point = conversations.add_point(demo_db, risky.id, "c: the munshi slaps men who come late #FORCED")
    findings.from_point(demo_db, point.id, severity="high")
    findings.from_answer(demo_db, visit, "wage_register", severity="medium")
    participation.record_consent(demo_db, kamla, "photos", True, date(2024, 1, 30))
    photos.add_photo(demo_db, visit, _picture(tmp_path / "tank.jpg"), "drinking_water", "The only tank")
    photos.add_photo(demo_db, visit, _picture(tmp_path / "kamla.jpg"), "", "At the yard", person_ids=[kamla])
    return visit


def test_the_supplier_report_identifies_no_worker(demo_db: Database, site: str, tmp_path: Path) -> None:
    internal, reader_i = text_of(report_pdf.export(demo_db, site, tmp_path / "in.pdf", ReportAudience.INTERNAL))
    supplier, reader_s = text_of(report_pdf.export(demo_db, site, tmp_path / "out.pdf", ReportAudience.SUPPLIER))
    # The internal record holds it all, so each absence below is the supplier version leaving it out; a
    # worker who asked not to be named is her group in both.
    assert "Kamla" not in internal
    for shown in ("[Women workers] showed", "Rajasthani", "Off-site", "walk to the river", "slaps men", "2 women",
                  "Retaliation risk", "Internal: delegation only", "wages come two months late", "Not answered",
                  "the munshi slaps"):  # fmt: skip
        assert shown in internal, shown
    for hidden in ("Kamla", "Rajasthani", "Hindi", "Off-site", "interviewer", "walk to the river", "slaps men",
                   "munshi", "2 women", "Retaliation risk", "Internal", "wages come two months late",
                   "Not answered"):  # fmt: skip
        assert hidden not in supplier, hidden
    # What the group of six said is counted per risk; the small group and the one at risk are not counted.
    assert "Points heard" in supplier and "Wages 1 1" in supplier
    assert "Water and sanitation 1" not in supplier.split("Points heard")[1].split("Checklist")[0]
    assert "fewer than 3" in supplier and "withheld: it names someone" in supplier
    # A note reaches the supplier only when chosen for it, screened all the same; the internal report
    # says which did.
    assert "One tank, warm by noon" in supplier and "One tank, warm by noon (in the supplier's report too)" in internal
    assert "Asked off-site" in internal and "Asked off-site" not in supplier and "Not seen" in supplier
    assert "Kit in the locked office" in internal and "Kit in the locked office (in the" not in internal
    assert "Kit in the locked office" not in supplier
    assert "For the supplier" in supplier and all("For the supplier" in p.extract_text() for p in reader_s.pages)
    assert "Give every driller an FFP2 mask" in supplier  # the supplier's commitments are listed
    assert sum(len(p.images) for p in reader_i.pages) == 2 and sum(len(p.images) for p in reader_s.pages) == 1
    assert reader_s.metadata.title == "Visit report: Kheri quarry"


def test_reports_are_the_same_bytes_when_made_again(demo_db: Database, site: str, tmp_path: Path) -> None:
    first = report_pdf.export(demo_db, site, tmp_path / "a.pdf", ReportAudience.SUPPLIER).read_bytes()
    second = report_pdf.export(demo_db, site, tmp_path / "b.pdf", ReportAudience.SUPPLIER).read_bytes()
    assert first == second
    visits.set_answer(demo_db, site, "drinking_water", note="Two tanks")
    assert report_pdf.export(demo_db, site, tmp_path / "c.pdf", ReportAudience.SUPPLIER).read_bytes() != first


def test_a_finding_longer_than_a_page_runs_on_over_the_next_instead_of_stopping_the_report(
    demo_db: Database, site: str, tmp_path: Path
) -> None:
    """A note of 4,900 characters made a finding's row taller than a page: the report stopped with
    reportlab's LayoutError, in the window as an unexpected problem."""
    sentence = "The toilets were locked most days and the water came late. "
    visits.set_answer(demo_db, site, "toilets", answer="not_observed", note=(sentence * 80)[:4900])
    visits.set_answer(demo_db, site, "toilets", note_for_supplier=True)  # so the finding carries it too
    findings.from_answer(demo_db, site, "toilets")
    for audience in (ReportAudience.INTERNAL, ReportAudience.SUPPLIER):
        words, reader = text_of(report_pdf.export(demo_db, site, tmp_path / f"{audience.value}.pdf", audience))
        assert words.count("locked most days") >= 75 and len(reader.pages) >= 3
    # A short row still moves whole to the next page, as before; a cell of many short paragraphs is tall too.
    s = pdf.styles()
    assert not pdf.table([["Risk", "Finding"], ["Dust", "Masks: none"]], [80, 300], s).splitInRow
    assert pdf.table([["Risk", "Finding"], ["Dust", [pdf.para("word " * 78, s.cell)] * 40]], [80, 300], s).splitInRow


def test_the_visit_plan_and_the_list_of_visits_name_no_one_who_asked_not_to_be_named(
    demo_db: Database, tmp_path: Path, capsys
) -> None:
    """ "Visit plan: Quarry of Kamla Devi" headed the plan, `visits` printed it, and an anonymous worker in
    the delegation was printed with his employer: "Gopal Bairwa (Bundi Sandstone Quarries)"."""
    from facilitator.cli import main

    kamla = demo_id("person/woman_worker1")
    people.update_person(demo_db, kamla, anonymity="named")
    gopal = people.create_person(
        demo_db, "Gopal Bairwa", "Bundi Sandstone Quarries", stakeholder_group="RH_WORKER", anonymity="anonymous"
    )
    visit = visits.plan(
        demo_db, "Quarry of Kamla Devi", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata",
        meeting_id=MEETING_ID, delegation_person_ids=[gopal.id],
    ).id  # fmt: skip
    people.update_person(demo_db, kamla, anonymity="anonymous")  # she asked once it was planned
    words, _reader = text_of(plan_pdf.export(demo_db, visit, tmp_path / "plan.pdf"))
    assert "Kamla" not in words and "Gopal" not in words and "Bundi Sandstone" not in words.split("Supplier")[0]
    assert "Visit plan: Quarry of [" in words and "Workers" in words
    database = demo_db.directory
    demo_db.close()
    assert main(["--data-dir", str(database), "visits"]) == 0
    assert "Kamla" not in capsys.readouterr().out


def test_the_visit_plan_is_one_page_even_with_a_long_checklist(demo_db: Database, tmp_path: Path) -> None:
    template = checklists.copy(demo_db.directory, "builtin:natural_stone", "Long list")
    extra = tuple(checklists.Item(f"extra_{n}", f"Extra check number {n}", section="More") for n in range(40))
    checklists.save(demo_db.directory, checklists.Template(template.id, template.title, (*template.items, *extra)),
                    replace=True)  # fmt: skip
    visit = visits.plan(demo_db, "Long site", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata",
                        template.id, meeting_id=MEETING_ID, announcement="unannounced").id  # fmt: skip
    text, reader = text_of(plan_pdf.export(demo_db, visit, tmp_path / "plan.pdf"))
    assert len(reader.pages) == 1
    assert "Extra check number 39" in text and "Visit plan: Long site" in text
    assert "Do not share this plan" in text and "Internal: delegation only" in text
    demo_text, demo_reader = text_of(plan_pdf.export(demo_db, demo_id("visit/quarry"), tmp_path / "quarry.pdf"))
    assert len(demo_reader.pages) == 1 and "Esther Mulder" in demo_text and "Children may be told to hide" in demo_text


def test_the_ledger_pdf_of_one_organisation_shows_what_was_kept(demo_db: Database, tmp_path: Path) -> None:
    text, _ = text_of(ledger_pdf.export(demo_db, tmp_path / "l.pdf", BUNDI, today=date(2024, 4, 27)))
    mine = entries.rows(demo_db, organisation_id=BUNDI, today=date(2024, 4, 27))
    others = [row for row in entries.rows(demo_db) if row.id not in {m.id for m in mine}]
    assert "Commitments ledger: Bundi Sandstone Quarries" in text
    for row in mine:
        assert row.description[:30] in text
        assert all(change.changed_by in text for change in row.history)
    assert others and not any(row.description[:30] in text for row in others)
    assert f"Overdue {sum(r.overdue for r in mine)}" in text and "overdue" in text


def test_announced_visits_reach_the_participants_calendar_and_all_the_delegations(
    demo_db: Database, tmp_path: Path
) -> None:
    shared = Calendar.from_ical(ics.export(demo_db, MEETING_ID, tmp_path / "agenda.ics").read_bytes())
    summaries = [str(e["SUMMARY"]) for e in shared.walk("VEVENT")]
    assert "Site visit: Dabi sandstone quarry" in summaries  # announced
    assert not any("Kota" in s or "Budhpura" in s for s in summaries if s.startswith("Site visit"))
    own = Calendar.from_ical(calendar.export(demo_db, tmp_path / "visits.ics", MEETING_ID).read_bytes())
    events = own.walk("VEVENT")
    assert len(events) == 3
    quarry = next(e for e in events if "Dabi" in str(e["SUMMARY"]))
    assert quarry.decoded("DTSTART").isoformat() == "2023-10-25T04:00:00+00:00"  # 09:30 in Kolkata
    assert str(quarry["UID"]) == f"{demo_id('visit/quarry')}@facilitator"


def test_a_photo_in_the_report_is_the_stored_one_without_exif(demo_db: Database, site: str) -> None:
    row = photos.photos(demo_db, site)[0]
    with Image.open(io.BytesIO(photos.content(demo_db, row.id))) as image:
        assert not image.getexif()


def test_a_visit_planned_in_dutch_reads_in_the_language_of_its_report(demo_db: Database, tmp_path: Path) -> None:
    """Planned with the window in Dutch, the English report said "Not observed: Aparte, bruikbare toiletten
    voor vrouwen en voor mannen" under English headings."""
    from facilitator.i18n import labels_in
    from facilitator.ui.i18n import install_catalogues

    install_catalogues()  # the Dutch catalogue, as the window installs it
    with labels_in("nl"):
        visit = visits.plan(
            demo_db, "Kheri", datetime(2024, 2, 1, 9), datetime(2024, 2, 1, 12), "Asia/Kolkata", meeting_id=MEETING_ID
        )
        dutch = {i.name: i.label for i in visits.template_of(visit).items}
        dutch_title = visits.template_of(visit).title
    visits.set_answer(demo_db, visit.id, "toilets", answer="not_observed")
    words, _reader = text_of(report_pdf.export(demo_db, visit.id, tmp_path / "en.pdf", ReportAudience.INTERNAL))
    english = {i.name: i.label for i in visits.template_of(visit).items}
    assert dutch["toilets"] != english["toilets"] and english["toilets"] in words and dutch["toilets"] not in words
    english_title = visits.template_of(visit).title  # the checklist's own name too
    assert dutch_title != english_title and english_title in words and dutch_title not in words


def test_no_heading_ends_a_page_alone(demo_db: Database, tmp_path: Path) -> None:
    """ "Checklist" and "Photos" ended a page of the demo's quarry report, their contents on the next."""
    quarry = demo_id("visit/quarry")
    for audience in ReportAudience:
        reader = PdfReader(report_pdf.export(demo_db, quarry, tmp_path / f"{audience}.pdf", audience))
        outline = reader.outline
        for number, entry in enumerate(outline):
            if isinstance(entry, list) or entry.title not in ("Checklist", "Photos"):
                continue
            page = reader.get_destination_page_number(entry)
            if entry.title == "Checklist":  # its first section starts on the same page
                assert reader.get_destination_page_number(outline[number + 1][0]) == page, audience
            else:
                assert reader.pages[page].images, audience


def test_a_supplier_report_of_a_visit_with_nothing_answered_says_so(demo_db: Database, tmp_path: Path) -> None:
    planned = visits.plan(
        demo_db,
        "Kheri quarry",
        datetime(2024, 2, 1, 9),
        datetime(2024, 2, 1, 12),
        "Asia/Kolkata",
        meeting_id=MEETING_ID,
    ).id
    text, reader = text_of(report_pdf.export(demo_db, planned, tmp_path / "s.pdf", ReportAudience.SUPPLIER))
    assert "Checklist No item of the checklist was answered." in text
    assert "Checklist" in [entry.title for entry in reader.outline if not isinstance(entry, list)]
