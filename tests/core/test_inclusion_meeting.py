"""Inclusion checks on stored meetings: settings per meeting, the demo, and the two stages."""

from __future__ import annotations

from datetime import datetime

import pytest

from facilitator.core import meetings
from facilitator.core.db import Database
from facilitator.core.demo.roundtable import MEETING_ID, demo_id
from facilitator.core.errors import UserError
from facilitator.core.inclusion import report as inclusion
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.participants import participation, people


def statuses(report: inclusion.Report) -> dict[str, str]:
    return {r.rule.id: r.status for r in report.results}


def test_the_demo_shows_what_a_seasoned_facilitator_would_point_out(demo_db: Database) -> None:
    report = inclusion.check(demo_db, MEETING_ID)
    found = {r.rule.id: r for r in report.results}
    assert found["I1_REQUIRED_GROUPS"].status == "fail"
    assert "Migrant workers" in found["I1_REQUIRED_GROUPS"].detail
    assert "Children and families" in found["I1_REQUIRED_GROUPS"].detail  # only through a proxy
    assert found["I2_BUSINESS_SHARE"].status == "warning"
    assert found["I6_RETALIATION"].status == "warning"
    assert found["I8_CONSENT_RECORDING"].status == "fail"
    assert found["I10_LOST_WAGES"].status == "warning"
    assert found["I10_COSTS"].status == "warning"
    for passing in ("I3_WOMEN_WORKERS", "I4_LANGUAGE", "I7_GROUND_RULES", "I11_FACILITATOR"):
        assert found[passing].passed, found[passing].detail
    assert [r.rule.id for r in report.failed_blockers] == ["I1_REQUIRED_GROUPS", "I8_CONSENT_RECORDING"]


def test_settings_start_from_defaults_and_are_stored_per_meeting(demo_db: Database) -> None:
    other = meetings.create(demo_db, "Follow-up", datetime(2024, 1, 1, 9), datetime(2024, 1, 1, 12)).id
    assert inclusion_settings.get_settings(demo_db, other) == inclusion_settings.default_settings()
    previous = inclusion_settings.update_settings(demo_db, other, min_women_share=0.5, required_groups=["RH_WORKER"])
    assert previous["min_women_share"] == inclusion_settings.default_settings().min_women_share
    assert inclusion_settings.get_settings(demo_db, other).required_groups == ("RH_WORKER",)
    assert "RH_MIGRANT" in inclusion_settings.get_settings(demo_db, MEETING_ID).required_groups
    for bad in ({"min_women_share": 1.5}, {"required_groups": ["NOPE"]}, {"colour": "red"}):
        with pytest.raises(UserError):
            inclusion_settings.update_settings(demo_db, other, **bad)


def test_changing_a_threshold_changes_the_verdict(demo_db: Database) -> None:
    assert statuses(inclusion.check(demo_db, MEETING_ID))["I2_BUSINESS_SHARE"] == "warning"
    inclusion_settings.update_settings(demo_db, MEETING_ID, max_business_share=0.5)
    assert statuses(inclusion.check(demo_db, MEETING_ID))["I2_BUSINESS_SHARE"] == "pass"


def test_the_day_counts_only_who_came(demo_db: Database) -> None:
    again = meetings.duplicate(demo_db, MEETING_ID).id  # the same invitations, nobody checked in yet
    rows = participation.list_participants(demo_db, again)
    for row in rows:
        if row.stakeholder_group != "RH_WOMEN_WORKER":
            participation.check_in(demo_db, row.participation_id)
    # Arrivals stay in the plan, and the migrant worker who had been invited came.
    assert inclusion.check(demo_db, again, "planning").people == 17
    planning = statuses(inclusion.check(demo_db, again, "planning"))
    day = inclusion.check(demo_db, again, "day")
    assert planning["I3_WOMEN_WORKERS"] == "pass"
    assert statuses(day)["I3_WOMEN_WORKERS"] == "fail"
    assert "Migrant workers" not in next(r.detail for r in day.results if r.rule.id == "I1_REQUIRED_GROUPS")


def test_fixing_the_demo_clears_the_blockers(demo_db: Database) -> None:
    migrant = demo_id("participation/migrant_worker")
    participation.update_participation(demo_db, migrant, status="confirmed")
    interpreter = people.create_person(
        demo_db, "Odia interpreter", stakeholder_group="INTERPRETER", languages_spoken=["or", "hi"]
    )
    participation.add_participant(demo_db, MEETING_ID, interpreter.id, role="interpreter", status="confirmed")
    inclusion_settings.update_settings(demo_db, MEETING_ID, photos_allowed=False)
    report = inclusion.check(demo_db, MEETING_ID)
    assert report.failed_blockers == []


def test_json_report_keeps_anonymous_people_unnamed(demo_db: Database) -> None:
    data = inclusion.report_json(inclusion.check(demo_db, MEETING_ID, reveal=False))
    text = repr(data)
    assert "Ramprasad" not in text and "Kamla" not in text
    assert data["counts"]["fail"] == 2
    first = data["checks"][0]
    assert {"id", "status", "severity", "message", "detail", "why", "source", "fix", "fix_target"} <= set(first)


def test_the_demo_day_has_people_at_the_door(demo_db: Database) -> None:
    """The demo can show the day stage: arrivals in the morning, in the meeting's own zone."""
    rows = participation.list_participants(demo_db, MEETING_ID)
    arrived = {row.name: meetings.to_local(row.arrived_at, "Asia/Kolkata") for row in rows if row.arrived_at}
    assert len(arrived) == 18 and "Arjun Majhi" not in arrived  # the migrant worker declined
    assert min(arrived.values()).strftime("%H:%M") == "08:20" and arrived["Anil Kumar Verma"].hour == 9
    day = inclusion.check(demo_db, MEETING_ID, "day")
    assert day.people == 16 and statuses(day)["I3_WOMEN_WORKERS"] == "pass"
