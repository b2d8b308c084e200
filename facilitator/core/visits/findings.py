"""Findings and the risk register: what a visit found, per supplier, across visits and over time.

A finding is made from a checklist answer (evidence: observed), a conversation point (heard) or a
document, with one risk tag and a severity.  Its site and supplier are its visit's.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from msgspec import Struct
from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator.core import disclosure, taxonomy
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.meetings import to_local
from facilitator.core.models import Conversation, ConversationPoint, Finding, Organisation, Visit
from facilitator.core.records import get_live, update_fields
from facilitator.core.visits import visits
from facilitator.core.visits.vocabulary import (
    ANSWERS,
    EVIDENCE,
    FINDING_STATUSES,
    GAP_ANSWERS,
    SEVERITIES,
    SEVERITY_ORDER,
)
from facilitator.i18n import translate

EDITABLE = ("title", "risk_tag", "severity", "evidence", "status", "detail")


def _clean(values: dict[str, Any]) -> dict[str, Any]:
    cleaned = dict(values)
    if "title" in cleaned:
        cleaned["title"] = (cleaned["title"] or "").strip()[:300]
        if not cleaned["title"]:
            raise UserError(translate("Visits", "A finding needs a short title."))
    if "risk_tag" in cleaned:
        if not cleaned["risk_tag"]:
            raise UserError(translate("Visits", "A finding needs a risk tag."))
        taxonomy.check_risk_tags([cleaned["risk_tag"]])
    if "severity" in cleaned:
        SEVERITIES.require(cleaned["severity"], translate("Visits", "severity"))
    if "evidence" in cleaned:
        EVIDENCE.require(cleaned["evidence"], translate("Visits", "kind of evidence"))
    if "status" in cleaned:
        FINDING_STATUSES.require(cleaned["status"], translate("Visits", "finding status"))
    return cleaned


def add(db: Database, visit_id: str, title: str, risk_tag: str, **fields: Any) -> Finding:
    unknown = set(fields) - set(EDITABLE) - {"answer_id", "point_id"}
    if unknown:
        raise UserError(translate("Visits", "A finding has no field {0}.").format(", ".join(sorted(unknown))))
    values = _clean({"title": title, "risk_tag": risk_tag, **fields})
    with db.session() as session:
        get_live(session, Visit, visit_id)
        _refuse_a_second(session, values.get("answer_id"), values.get("point_id"))
        finding = Finding(visit_id=visit_id, **values)
        session.add(finding)
    return finding


def _refuse_a_second(session: Session, answer_id: str | None, point_id: str | None) -> None:
    """One checklist answer or conversation point gives one finding: a second would be counted twice
    in the register and printed twice in the supplier's report."""
    if answer_id is not None and (made := _made_from(session, Finding.answer_id, answer_id)) is not None:
        raise UserError(
            translate("Visits", "This checklist answer already has a finding: {0}. Change that one instead.").format(
                made
            )
        )
    if point_id is not None and (made := _made_from(session, Finding.point_id, point_id)) is not None:
        raise UserError(
            translate("Visits", "This point already has a finding: {0}. Change that one instead.").format(made)
        )


def _made_from(session: Session, column: Any, source: str) -> str | None:
    """The title of the live finding made from ``source``, if there is one."""
    return session.scalars(select(Finding.title).where(column == source, Finding.deleted.is_(False))).first()


def from_answer(db: Database, visit_id: str, item_key: str, severity: str = "medium", risk_tag: str = "") -> Finding:
    """A finding made from a checklist item that was not (or only partly) observed."""
    rows = {row.item.name: row for row in visits.answers(db, visit_id)}
    row = rows.get(item_key)
    if row is None:
        raise UserError(translate("Visits", "This visit's checklist has no item {0}.").format(item_key))
    if row.answer not in GAP_ANSWERS:
        raise UserError(
            translate("Visits", "Only an item answered 'not observed' or 'partly' points to a finding: {0}").format(
                row.item.label
            )
        )
    tag = risk_tag or (row.item.risk_tags[0] if row.item.risk_tags else "")
    # The item says what should be seen; the finding says it was not: "Not observed: Safety boots are worn".
    title = translate("Visits", "{answer}: {item}").format(answer=ANSWERS.label(row.answer), item=row.item.label)
    # A finding is listed in the supplier's report: it carries the note only when the note was chosen
    # for the supplier ("Nobody knew the union's phone line" told the owner that workers were asked).
    return add(
        db, visit_id, title[:300], tag, severity=severity, evidence="observed", answer_id=row.answer_id,
        detail=row.note if row.note_for_supplier else "",
    )  # fmt: skip


def from_point(db: Database, point_id: str, severity: str = "medium", risk_tag: str = "") -> Finding:
    """A finding made from what was heard in a conversation: its words, never who said them."""
    with db.session() as session:
        point = get_live(session, ConversationPoint, point_id)
        visit_id = get_live(session, Conversation, point.conversation_id).visit_id
        body, tags = point.body, list(point.risk_tags)
    tag = risk_tag or (tags[0] if tags else "")
    return add(db, visit_id, body[:300], tag, severity=severity, evidence="heard", point_id=point_id)


def update(db: Database, finding_id: str, **changes: Any) -> dict[str, Any]:
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise UserError(translate("Visits", "A finding has no field {0}.").format(", ".join(sorted(unknown))))
    cleaned = _clean(changes)
    refusal = translate("Visits", "This finding names {0}, who asked not to be named. Write it without the name.")
    with db.session() as session:
        disclosure.refuse_hidden_names(
            session, refusal, (str(cleaned.get(field) or "") for field in ("title", "detail"))
        )
    return update_fields(db, Finding, finding_id, cleaned)


class FindingRow(Struct, frozen=True):
    """A finding as the risk register shows it."""

    id: str
    visit_id: str
    title: str
    risk_tag: str
    severity: str
    evidence: str
    status: str
    detail: str
    site_name: str
    site_kind: str
    supplier: str
    supplier_id: str | None
    visited_on: datetime
    meeting_id: str | None
    from_answer: bool
    from_point: bool

    @property
    def severity_rank(self) -> int:
        return SEVERITY_ORDER.index(self.severity) if self.severity in SEVERITY_ORDER else 0


def register(
    db: Database,
    supplier_id: str | None = None,
    visit_id: str | None = None,
    meeting_id: str | None = None,
) -> list[FindingRow]:
    """The risk register: findings per supplier, newest visit first, the most severe first within a visit."""
    query = (
        select(Finding, Visit, Organisation.name)
        .join(Visit, Visit.id == Finding.visit_id)
        .outerjoin(Organisation, Organisation.id == Visit.supplier_organisation_id)
        .where(Finding.deleted.is_(False), Visit.deleted.is_(False))
    )
    if supplier_id is not None:
        query = query.where(Visit.supplier_organisation_id == supplier_id)
    if visit_id is not None:
        query = query.where(Visit.id == visit_id)
    if meeting_id is not None:
        query = query.where(Visit.meeting_id == meeting_id)
    with db.session() as session:
        found = list(session.execute(query))
    rows = [
        FindingRow(
            f.id,
            v.id,
            f.title,
            f.risk_tag,
            f.severity,
            f.evidence,
            f.status,
            f.detail,
            v.site_name,
            v.site_kind,
            supplier or "",
            v.supplier_organisation_id,
            to_local(v.starts_at, v.timezone),
            v.meeting_id,
            f.answer_id is not None,
            f.point_id is not None,
        )
        for f, v, supplier in found
    ]
    return sorted(rows, key=lambda r: (r.supplier, -r.visited_on.timestamp(), -r.severity_rank, r.title))


def suppliers(db: Database) -> list[tuple[str, str]]:
    """(id, name) of every organisation a visit was made to, by name."""
    query = (
        select(Organisation.id, Organisation.name)
        .join(Visit, Visit.supplier_organisation_id == Organisation.id)
        .where(Visit.deleted.is_(False), Organisation.deleted.is_(False))
        .distinct()
        .order_by(Organisation.name)
    )
    with db.session() as session:
        return [(row[0], row[1]) for row in session.execute(query)]
