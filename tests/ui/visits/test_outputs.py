"""The visit plan, the visit report for either audience, the visits calendar and the ledger as CSV and PDF,
saved from the window as a user does: the menu or button, the save dialog (which remembers the folder), the
file written off the window's thread, and the offer to open it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from icalendar import Calendar
from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QRadioButton

from facilitator.core.visits import visits
from facilitator.ui.visits.outputs import AudienceDialog
from facilitator.ui.visits.section import VisitsSection


def text_of(path: Path) -> str:
    return re.sub(r"\s+", " ", " ".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def save_dialog(monkeypatch, tmp_path: Path) -> list[str]:
    """The save dialog: records the place it suggests and answers with the same name in ``tmp_path/out``
    (the first time) or where it was pointed (after)."""
    suggested: list[str] = []
    (tmp_path / "out").mkdir()

    def answer(parent, title, place, kind):
        suggested.append(place)
        folder = Path(place).parent if len(suggested) > 1 else tmp_path / "out"
        return str(folder / Path(place).name), kind

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


@pytest.fixture
def opened(monkeypatch) -> list[QUrl]:
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def choose_visit(section: VisitsSection, site: str) -> str:
    page = section.visits
    row = next(n for n in range(page.model.rowCount()) if page.model.row(n).site_name.startswith(site))
    page.table.setCurrentIndex(page.model.index(row, 0))
    return page.current_id()


def saved_notice(qtbot, holder) -> QMessageBox:
    qtbot.waitUntil(lambda: holder.notice is not None and holder.notice.isVisible(), timeout=20000)
    return holder.notice


def test_the_visit_plan_is_saved_as_one_page_and_offered_to_open(
    qtbot, section: VisitsSection, save_dialog: list[str], opened: list[QUrl], tmp_path: Path
) -> None:
    outputs = section.visits.outputs
    choose_visit(section, "Dabi")
    outputs.plan_action.trigger()
    notice = saved_notice(qtbot, outputs)
    target = tmp_path / "out" / Path(save_dialog[0]).name
    assert target.name.endswith("-visit-plan.pdf") and "Dabi" in target.name
    assert str(target) in notice.text()
    assert len(PdfReader(target).pages) == 1
    assert "Dabi sandstone quarry" in text_of(target)
    assert notice.defaultButton().text() == "Open"
    qtbot.mouseClick(notice.defaultButton(), Qt.MouseButton.LeftButton)
    assert opened and Path(opened[0].toLocalFile()) == target
    # The next save starts in the folder chosen this time.
    outputs.notice = None
    choose_visit(section, "Budhpura")
    outputs.plan_action.trigger()
    saved_notice(qtbot, outputs)
    assert Path(save_dialog[1]).parent == tmp_path / "out"


def _answer_audience(supplier: bool) -> None:
    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AudienceDialog)
        button = dialog.supplier if supplier else dialog.internal
        button.click()
        dialog.accept()

    QTimer.singleShot(0, choose)


def test_the_visit_report_is_saved_for_the_delegation_or_the_supplier(
    qtbot, section: VisitsSection, save_dialog: list[str], opened: list[QUrl], tmp_path: Path
) -> None:
    outputs = section.visits.outputs
    choose_visit(section, "Budhpura")
    _answer_audience(supplier=False)
    outputs.report_action.trigger()
    notice = saved_notice(qtbot, outputs)
    assert "delegation only" in notice.text()
    internal = tmp_path / "out" / Path(save_dialog[0]).name
    assert internal.name.endswith("report-internal.pdf")
    assert "no toilet near the yard" in text_of(internal)
    notice.close()
    outputs.notice = None
    _answer_audience(supplier=True)
    outputs.report_action.trigger()
    saved_notice(qtbot, outputs)
    supplier = tmp_path / "out" / Path(save_dialog[1]).name
    assert supplier.name.endswith("report-supplier.pdf")
    words = text_of(supplier)
    assert "Budhpura" in words
    assert "no toilet near the yard" not in words and "girls help cut cobbles" not in words


def test_giving_up_at_the_audience_saves_nothing(qtbot, section: VisitsSection, save_dialog: list[str]) -> None:
    choose_visit(section, "Budhpura")
    QTimer.singleShot(0, lambda: QApplication.activeModalWidget().reject())
    section.visits.outputs.report_action.trigger()
    assert save_dialog == [] and section.visits.outputs.writing is None


def test_the_audience_dialog_starts_on_the_internal_report(qtbot) -> None:
    dialog = AudienceDialog("Kota")
    qtbot.addWidget(dialog)
    assert dialog.internal.isChecked() and len(dialog.findChildren(QRadioButton)) == 2


def test_the_meetings_visits_go_to_a_calendar(
    qtbot, section: VisitsSection, save_dialog: list[str], tmp_path: Path
) -> None:
    outputs = section.visits.outputs
    outputs.calendar_action.trigger()
    saved_notice(qtbot, outputs)
    target = tmp_path / "out" / Path(save_dialog[0]).name
    assert target.suffix == ".ics"
    events = Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    expected = {row.site_name for row in visits.rows(section.ops.db, section.meeting_id)}
    assert len(events) == len(expected) == 3
    assert all(any(site in str(event.get("summary")) for event in events) for site in expected)


def test_a_refused_place_is_said_and_nothing_is_written(
    qtbot, section: VisitsSection, monkeypatch, refusals: list[str], tmp_path: Path
) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(tmp_path / "gone" / "plan.pdf"), ""))
    choose_visit(section, "Dabi")
    section.visits.outputs.plan_action.trigger()
    qtbot.waitUntil(lambda: bool(refusals), timeout=20000)
    assert "does not exist" in refusals[0]
    assert section.visits.outputs.notice is None and not (tmp_path / "gone").exists()


def test_the_ledger_of_one_organisation_as_pdf_and_csv(
    qtbot, section: VisitsSection, save_dialog: list[str], tmp_path: Path
) -> None:
    ledger = section.ledger
    section.tabs.setCurrentWidget(ledger)
    organisation = next(n for n in range(1, ledger.organisation.count()) if "Bundi" in ledger.organisation.itemText(n))
    name = ledger.organisation.itemText(organisation)
    ledger.organisation.setCurrentIndex(organisation)
    ledger.organisation.activated.emit(organisation)
    shown = [row.description for row in ledger.model.rows()]
    assert shown
    qtbot.mouseClick(ledger.pdf_button, Qt.MouseButton.LeftButton)
    saved_notice(qtbot, ledger)
    pdf = tmp_path / "out" / Path(save_dialog[0]).name
    assert pdf.name.startswith("commitments-ledger-") and pdf.suffix == ".pdf"
    words = text_of(pdf)
    assert name in words and all(description[:25] in words for description in shown)
    ledger.notice.close()
    qtbot.mouseClick(ledger.export_button, Qt.MouseButton.LeftButton)
    csv = Path(save_dialog[1])
    assert csv.parent == tmp_path / "out" and csv.suffix == ".csv" and ledger.notice.isVisible()
    text = csv.read_text(encoding="utf-8")
    assert all(description in text for description in shown)
