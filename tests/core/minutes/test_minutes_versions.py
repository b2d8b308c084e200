"""Fingerprints, issued versions kept as issued, approvals and amendments."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.errors import UserError
from facilitator.core.minutes import review, versions
from facilitator.core.minutes.content import gather

SITE_VISITS = demo_id("agenda/2")


def test_the_fingerprint_is_stable_and_follows_the_content(demo_db: Database) -> None:
    first = versions.fingerprint(gather(demo_db, MEETING_ID, "internal"))
    assert versions.fingerprint(gather(demo_db, MEETING_ID, "internal")) == first
    assert len(first) == 64
    review.edit_item(demo_db, SITE_VISITS, dissent="The buyers did not accept that audits missed the dust.")
    assert versions.fingerprint(gather(demo_db, MEETING_ID, "internal")) != first


def test_canonical_form_ignores_key_order_only() -> None:
    assert versions.canonical({"b": 1, "a": "ज़"}) == versions.canonical({"a": "ज़", "b": 1})
    assert versions.fingerprint({"a": 1}) != versions.fingerprint({"a": 2})


def test_an_issued_version_is_kept_as_issued_and_an_amendment_makes_the_next(demo_db: Database) -> None:
    one = versions.issue(demo_db, MEETING_ID)
    assert one.number == 1
    assert versions.current(demo_db, MEETING_ID, "internal").version == 1
    with pytest.raises(UserError, match="Nothing has changed"):
        versions.issue(demo_db, MEETING_ID)
    review.edit_item(demo_db, SITE_VISITS, summary="Dust and water were the first concerns.")
    assert versions.current(demo_db, MEETING_ID, "internal").version is None
    two = versions.amend(demo_db, MEETING_ID, "The women workers asked to add the water concern.")
    assert two.number == 2 and two.fingerprint != one.fingerprint
    kept = versions.issued(demo_db, MEETING_ID, 1, "internal")
    assert kept.fingerprint == one.fingerprint == versions.fingerprint(kept.content)
    assert next(i for i in kept.content["items"] if i["id"] == SITE_VISITS)["summary"] == ""
    assert versions.issued(demo_db, MEETING_ID, 2, "public").fingerprint == two.public_fingerprint
    with pytest.raises(UserError):
        versions.issued(demo_db, MEETING_ID, 3, "internal")


def test_a_version_issued_before_the_details_were_worded_in_hindi_stays_the_current_one(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The inclusion checks' details are now worded in Hindi too: minutes issued by the app before (their
    details in English and Dutch) were taken for changed, and could be issued again unchanged."""
    from facilitator.core.minutes import content
    from facilitator.ui.i18n import install_catalogues

    install_catalogues()  # as the window and the export command do
    with monkeypatch.context() as earlier_app:
        earlier_app.setattr(content, "DOCUMENT_LANGUAGES", ("en", "nl"))
        one = versions.issue(demo_db, MEETING_ID)
    now = versions.current(demo_db, MEETING_ID, "internal")
    assert now.version == 1 and now.fingerprint == one.fingerprint  # printed as issued
    assert all("hi" not in check.get("detail_in", {}) for check in now.content["inclusion"]["checks"])
    assert any(
        "hi" in check.get("detail_in", {}) for check in gather(demo_db, MEETING_ID, "internal")["inclusion"]["checks"]
    )
    with pytest.raises(UserError, match="Nothing has changed"):
        versions.issue(demo_db, MEETING_ID)
    review.edit_item(demo_db, SITE_VISITS, summary="Dust and water were the first concerns.")
    assert versions.current(demo_db, MEETING_ID, "internal").version is None
    assert versions.issue(demo_db, MEETING_ID).number == 2


def test_a_fingerprint_typed_with_digits_only_is_not_taken_for_a_version_number(demo_db: Database, monkeypatch) -> None:
    made = versions.fingerprint
    monkeypatch.setattr(versions, "fingerprint", lambda content: "8546034358" + made(content)[10:])
    one = versions.issue(demo_db, MEETING_ID)  # about one fingerprint in a hundred starts with ten digits
    assert versions.issued(demo_db, MEETING_ID, one.fingerprint[:10], "internal").version == 1
    assert versions.issued(demo_db, MEETING_ID, "1", "internal").fingerprint == one.fingerprint
    with pytest.raises(UserError, match="no version 12"):
        versions.issued(demo_db, MEETING_ID, "12", "internal")


def test_amending_needs_a_version_and_a_reason(demo_db: Database) -> None:
    with pytest.raises(UserError, match="issue the minutes first"):
        versions.amend(demo_db, MEETING_ID, "anything")
    versions.issue(demo_db, MEETING_ID)
    with pytest.raises(UserError):
        versions.amend(demo_db, MEETING_ID, "  ")


def test_approvals_from_a_printout_and_from_a_returned_file(demo_db: Database, tmp_path: Path) -> None:
    one = versions.issue(demo_db, MEETING_ID)
    typed = versions.version_with(demo_db, MEETING_ID, one.public_fingerprint[:10].upper())
    versions.record_approval(demo_db, MEETING_ID, typed, "Union general secretary", "approved", "printout")
    returned = tmp_path / "returned.json"
    returned.write_text(f'{{"fingerprint": "{one.fingerprint}", "note": "ok"}}')
    found = versions.fingerprint_in_file(demo_db, MEETING_ID, returned)
    versions.record_approval(
        demo_db, MEETING_ID, found, "Buyers' delegation", "amendment_requested", "file", "Add the water concern."
    )
    answers = versions.approvals(demo_db, MEETING_ID)
    assert [(a.decision, a.source, a.version_id) for a in answers] == [
        ("approved", "printout", one.id),
        ("amendment_requested", "file", one.id),
    ]


def test_bad_approvals_are_refused(demo_db: Database, tmp_path: Path) -> None:
    one = versions.issue(demo_db, MEETING_ID)
    with pytest.raises(UserError):
        versions.version_with(demo_db, MEETING_ID, "abc")
    with pytest.raises(UserError):
        versions.version_with(demo_db, MEETING_ID, "0" * 12)
    other = tmp_path / "other.txt"
    other.write_text("no fingerprint here")
    with pytest.raises(UserError):
        versions.fingerprint_in_file(demo_db, MEETING_ID, other)
    with pytest.raises(UserError):
        versions.fingerprint_in_file(demo_db, MEETING_ID, tmp_path / "missing.pdf")
    with pytest.raises(UserError):
        versions.record_approval(demo_db, MEETING_ID, one, "Someone", "amendment_requested")
    with pytest.raises(UserError):
        versions.record_approval(demo_db, MEETING_ID, one, "", "approved")
    with pytest.raises(UserError):
        versions.record_approval(demo_db, MEETING_ID, one, "Someone", "maybe")
    assert versions.approvals(demo_db, MEETING_ID) == []


def test_before_issuing_the_facilitator_hears_what_is_not_ready(demo_db: Database) -> None:
    from facilitator.core import meetings
    from facilitator.core.agenda import items as agenda
    from facilitator.core.agenda.kinds import PAUSE_KINDS
    from facilitator.core.minutes.readiness import before_issuing

    discussed = [item for item in agenda.items(demo_db, MEETING_ID) if item.kind not in PAUSE_KINDS]
    assert len(discussed) < len(agenda.items(demo_db, MEETING_ID))  # the demo's breaks need no review
    assert before_issuing(demo_db, MEETING_ID) == [
        "The meeting is still marked Live: what is noted after this is not in it.",
        f"{len(discussed)} agenda items are not reviewed yet: they go in as drafted from the notes.",
    ]
    meetings.update(demo_db, MEETING_ID, status="closed")
    for item in discussed[1:]:
        review.edit_item(demo_db, item.id, satisfied="yes")
    assert before_issuing(demo_db, MEETING_ID) == [
        "1 agenda item is not reviewed yet: it goes in as drafted from the notes."
    ]
    review.edit_item(demo_db, discussed[0].id, summary="Ground rules agreed.")
    assert before_issuing(demo_db, MEETING_ID) == []
