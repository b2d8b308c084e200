"""Findings feed the roundtable and the ledger follows commitments: the risk register, proposing agenda
items into a chosen meeting, status changes with who and why, overdue entries, the follow-up item."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QFileDialog, QLabel, QMessageBox

from facilitator.core.agenda import items
from facilitator.core.demo.roundtable import MEETING_ID
from facilitator.core.ledger import entries
from facilitator.core.visits import findings
from facilitator.ui.visits import findings as findings_ui
from facilitator.ui.visits import ledger as ledger_ui
from facilitator.ui.visits.models import WARNING, FindingsModel, LedgerModel
from facilitator.ui.visits.section import VisitsSection


def test_the_risk_register_lists_findings_per_supplier(section: VisitsSection) -> None:
    register = section.register
    every = register.model.rowCount()
    assert every == len(findings.register(section.ops.db))
    register.supplier.setCurrentIndex(1)
    register.supplier.activated.emit(1)
    chosen = register.supplier.currentText()
    shown = {register.model.index(n, FindingsModel.SUPPLIER).data() for n in range(register.model.rowCount())}
    assert shown == {chosen} and 0 < register.model.rowCount() < every


def test_a_findings_severity_is_chosen_from_a_list_and_undone(section: VisitsSection) -> None:
    panel = section.visits.findings
    row = panel.model.row(0)
    index = panel.model.index(0, FindingsModel.SEVERITY)
    assert panel.model.setData(index, "low")
    assert next(r for r in findings.register(section.ops.db) if r.id == row.id).severity == "low"
    section.ops.undo_stack.undo()
    assert next(r for r in findings.register(section.ops.db) if r.id == row.id).severity == row.severity


def test_findings_are_proposed_as_agenda_items_of_the_chosen_meeting_and_one_undo_takes_them_back(
    section: VisitsSection, monkeypatch
) -> None:
    db = section.ops.db
    before = {item.id: (item.facilitator_notes, list(item.risk_tags)) for item in items.items(db, MEETING_ID)}
    told: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "information", lambda parent, title, text: told.append(text))
    section.visits.findings.propose()
    after = items.items(db, MEETING_ID)
    debrief = next(item for item in after if item.kind == "debrief")
    assert "Findings from the site visits:" in debrief.facilitator_notes
    assert "Dabi sandstone quarry" in debrief.facilitator_notes
    changed = [item for item in after if before.get(item.id, ("",))[0] != item.facilitator_notes]
    assert len(changed) >= 2  # the debrief and a discussion item of a high or critical risk
    assert told and "risks proposed" in told[0]
    section.ops.undo_stack.undo()
    now = {item.id: (item.facilitator_notes, list(item.risk_tags)) for item in items.items(db, MEETING_ID)}
    assert now == before


def test_overdue_entries_stand_out_first_in_the_ledger(section: VisitsSection) -> None:
    model = section.ledger.model
    rows = model.rows()
    overdue = [n for n, row in enumerate(rows) if row.overdue]
    assert overdue and overdue == list(range(len(overdue)))
    first = model.index(0, LedgerModel.STATUS)
    assert first.data().endswith("— overdue")
    assert first.data(Qt.ItemDataRole.ForegroundRole).color() == WARNING
    assert isinstance(first.data(Qt.ItemDataRole.FontRole), QFont)
    kept = next(n for n, row in enumerate(rows) if not row.overdue)
    assert model.index(kept, LedgerModel.STATUS).data(Qt.ItemDataRole.ForegroundRole) is None


def test_a_status_change_is_dated_with_who_and_why_and_only_allowed_steps_are_offered(
    qtbot, section: VisitsSection, monkeypatch, refusals: list[str]
) -> None:
    ledger = section.ledger
    number = next(n for n, row in enumerate(ledger.model.rows()) if row.status == "in_progress")
    entry = ledger.model.row(number)
    ledger.table.setCurrentIndex(ledger.model.index(number, 0))
    offered: list[list[str]] = []
    kept: list[tuple[str, str]] = []

    def done_then_with_evidence(dialog: ledger_ui.StatusDialog) -> int:
        """OK without evidence; refused, the dialog comes back as it was typed, and the evidence is added."""
        offered.append([dialog.status.itemData(n) for n in range(dialog.status.count())])
        if len(offered) == 1:
            dialog.status.setCurrentIndex(dialog.status.findData("done"))
            assert dialog.evidence.isVisibleTo(dialog) or not dialog.isVisible()
            dialog.who.setText("Esther Mulder")
            dialog.why.setText("Masks handed out to every driller")
            assert dialog.evidence.tabChangesFocus()  # Tab typed a tab there, and OK was out of reach
        else:
            kept.append((dialog.who.text(), dialog.why.text()))
            dialog.evidence.setPlainText("Photos of the mask store and the issue book")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ledger_ui.StatusDialog, "exec", done_then_with_evidence)
    qtbot.mouseClick(ledger.status_button, Qt.MouseButton.LeftButton)
    assert offered == [["done", "referred"], ["done", "referred"]]
    assert refusals == ["Done needs its evidence: what shows it was done."]
    assert kept == [("Esther Mulder", "Masks handed out to every driller")]
    now = next(row for row in entries.rows(section.ops.db) if row.id == entry.id)
    assert now.status == "done" and not now.overdue
    last = now.history[-1]
    assert (last.changed_by, last.reason, last.changed_on) == (
        "Esther Mulder",
        "Masks handed out to every driller",
        date.today(),
    )
    assert len(now.history) == len(entry.history) + 1
    assert ledger.current().id == entry.id
    assert ledger.history.item(ledger.history.count() - 1).text().startswith(f"{date.today().isoformat()}: Done")
    from facilitator.ui.ops import visits as visit_ops

    assert visit_ops.recorded_by(section.ops) == "Esther Mulder"  # offered at the next change


def test_a_new_commitment_typed_in_its_dialog_is_added_to_the_ledger_of_the_meeting_shown(
    section: VisitsSection, monkeypatch
) -> None:
    """Every new commitment stopped with "add_ledger_entry() got multiple values for argument
    'meeting_id'", and what was typed was lost."""
    ledger = section.ledger
    before = ledger.model.rowCount()

    def typed_in(dialog: ledger_ui.EntryDialog) -> int:
        dialog.description.setText("Install water coolers at Dabi quarry")
        dialog.owner.setCurrentIndex(1)
        dialog.due.setDate(QDate(2024, 3, 31))
        dialog.who.setText("Anne de Boer")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ledger_ui.EntryDialog, "exec", typed_in)
    ledger.new_entry()
    assert ledger.model.rowCount() == before + 1
    [added] = [e for e in entries.rows(section.ops.db) if e.description == "Install water coolers at Dabi quarry"]
    assert (added.due, added.meeting_id, added.status) == (date(2024, 3, 31), MEETING_ID, "open")


def test_remediation_is_asked_for_from_a_finding(section: VisitsSection, monkeypatch) -> None:
    panel = section.visits.findings
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    finding = panel.model.row(0)
    before = len(entries.rows(section.ops.db))

    def accept(dialog: findings_ui.RemediationDialog) -> int:
        dialog.who.setText("Esther Mulder")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(findings_ui.RemediationDialog, "exec", accept)
    panel.ask_remediation()
    rows = entries.rows(section.ops.db)
    assert len(rows) == before + 1
    made = next(row for row in rows if row.description == f"Remedy: {finding.title}")
    assert made.kind == "remediation" and made.owner_organisation_id == finding.supplier_id
    assert section.ledger.model.rowCount() == before + 1


def test_a_follow_up_item_lists_the_open_commitments(section: VisitsSection) -> None:
    db = section.ops.db
    before = len(items.items(db, MEETING_ID))
    section.ledger.add_follow_up()
    after = items.items(db, MEETING_ID)
    assert len(after) == before + 1
    item = next(item for item in after if item.title == "Follow-up on commitments")
    assert "OVERDUE" in item.facilitator_notes
    section.ops.undo_stack.undo()
    assert len(items.items(db, MEETING_ID)) == before


def test_the_ledger_shown_is_exported_as_csv(section: VisitsSection, monkeypatch, tmp_path) -> None:
    import csv

    target = tmp_path / "ledger.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    ledger = section.ledger
    ledger.status.setCurrentIndex(ledger.status.findData("open"))
    ledger.status.activated.emit(ledger.status.currentIndex())
    shown = {row.description for row in ledger.model.rows()}
    ledger.export_csv()
    with target.open(encoding="utf-8", newline="") as handle:
        written = list(csv.DictReader(handle))
    assert shown and {line["description"] for line in written} == shown


def test_visits_and_the_ledger_announce_their_own_kinds_and_the_inclusion_check_listens(
    section: VisitsSection, refusals: list[str]
) -> None:
    from facilitator.core.changes import Change
    from facilitator.core.visits import register_choices
    from facilitator.ui.inclusion.section import InclusionSection
    from facilitator.ui.ops import visits as visit_ops

    heard: list[Change] = []
    section.ops.bus.changed.connect(lambda changed: heard.append(changed.kinds))
    visit_id = section.visits.current_id()
    visit_ops.add_conversation(section.ops, MEETING_ID, visit_id, {"stakeholder_group": "RH_WORKER", "men": 4})
    owner = register_choices.organisations(section.ops.db)[0][0]
    visit_ops.add_ledger_entry(
        section.ops, MEETING_ID, "Drinking water at the yard", "Asha", owner_organisation_id=owner
    )
    assert refusals == []
    assert heard == [Change.VISITS, Change.LEDGER]
    assert Change.VISITS & InclusionSection.shows and Change.VISITS | Change.LEDGER in section.shows


def test_remediation_of_a_finding_heard_at_risk_offers_none_of_its_words(section: VisitsSection, monkeypatch) -> None:
    """ "Remedy: the only woman driller gets half pay" went into the ledger, which the supplier reads, from
    a finding the supplier's report leaves out."""
    panel = section.visits.findings
    row = next(n for n in range(panel.model.rowCount()) if panel.model.row(n).title.startswith("Unwritten advances"))
    panel.table.setCurrentIndex(panel.model.index(row, 0))
    seen = []

    def look(dialog: findings_ui.RemediationDialog) -> int:
        cautions = [label.text() for label in dialog.findChildren(QLabel) if "leaves this finding out" in label.text()]
        seen.append((dialog.description.text(), cautions))
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(findings_ui.RemediationDialog, "exec", look)
    panel.ask_remediation()
    ((description, cautions),) = seen
    assert description == "" and len(cautions) == 1


def test_a_step_that_does_not_follow_the_one_before_is_said_in_the_history(section: VisitsSection) -> None:
    """Done on one laptop, Referred on another, both from In progress: merged, the history read In progress →
    Done → Referred, a step the ledger never allows, and nobody was told that "Done, with evidence" had
    been overtaken."""
    from facilitator.core.models import LedgerStatusChange

    ledger = section.ledger
    number = next(n for n, row in enumerate(ledger.model.rows()) if row.status == "in_progress")
    entry = ledger.model.row(number)
    entries.change_status(section.ops.db, entry.id, "done", "Asha", "Built", evidence="Photos")
    with section.ops.db.session() as session:  # as the other laptop's step arrives in a merge
        session.add(LedgerStatusChange(entry_id=entry.id, status="referred", changed_on=date.today(),
                                       changed_by="Bina", reason="To the labour inspectorate"))  # fmt: skip
    section.ledger.reload()
    number = next(n for n, row in enumerate(ledger.model.rows()) if row.id == entry.id)
    ledger.table.setCurrentIndex(ledger.model.index(number, 0))
    lines = [ledger.history.item(n).text() for n in range(ledger.history.count())]
    said = "⚠ Does not follow from the step before: both were recorded on different laptops at once."
    assert said in lines[-1] and "reopen the entry if need be" in lines[-1]
    assert not any("⚠" in line for line in lines[:-1])
