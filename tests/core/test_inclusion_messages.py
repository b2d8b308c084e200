"""The inclusion panel's messages read as a facilitator would say them: sources in words, what is missing
named plainly, a day with nobody at the door not passed, and counts in their plural forms."""

from __future__ import annotations

import re

from facilitator.core.db import Database
from facilitator.core.inclusion import report as inclusion
from facilitator.core.inclusion import sources
from facilitator.core.meetings import duplicate, list_meetings
from tests.core.test_inclusion_rules import person, result, situation


def test_sources_are_named_in_words() -> None:
    for rule in inclusion.rules():
        assert rule.sources and re.search(r"\b[SI]\d+\b", rule.sources) is None, rule.id
    assert sources.in_words("S19") == (
        "OECD Due Diligence Guidance for Meaningful Stakeholder Engagement in the Extractive Sector, 2017"
    )
    assert sources.citations("I10") == ["derived from facilitation practice; no published source"]
    assert inclusion.report_json(inclusion.Report("m", "planning", ()))["checks"] == []


def test_no_interpreter_yet_says_who_needs_which_language() -> None:
    hindi = [person("RH_WORKER", languages_spoken=("hi",), lost_wages="arranged") for _ in range(11)]
    english = [person("BIZ_BUYER", languages_spoken=("en",))]
    found = result("I4_LANGUAGE", situation([*hindi, *english]))
    assert not found.passed
    assert found.detail.startswith("No interpreter entered: 11 people need Hindi; 1 person needs English.")
    assert "can follow" not in found.detail


def test_counts_take_their_plural_form() -> None:
    one_reader_less = person("RH_WORKER", languages_read=(), lost_wages="arranged")
    assert result("I5_LITERACY", situation([one_reader_less])).detail.startswith(
        "1 participant reads no meeting language, or what they read is not recorded."
    )
    two = [person("RH_WORKER", languages_read=(), lost_wages="arranged") for _ in range(2)]
    assert result("I5_LITERACY", situation(two)).detail.startswith("2 participants read no meeting language")
    assert result("I10_LOST_WAGES", situation(two)).detail == "Lost wages are arranged for all 2 workers."
    assert result("I10_LOST_WAGES", situation(two[:1])).detail == "Lost wages are arranged for the 1 worker."


def test_a_day_with_nobody_checked_in_is_not_yet_checked(demo_db: Database) -> None:
    demo = list_meetings(demo_db)[0].id
    assert inclusion.check(demo_db, demo, "day").counts()["pass"] > 0  # people came: the checks run
    empty = duplicate(demo_db, demo).id  # the same list, nobody at the door yet
    report = inclusion.check(demo_db, empty, "day")
    assert {r.status for r in report.results} == {"not_yet"}
    assert {r.detail for r in report.results} == {"Not yet: nobody has checked in."}
    assert report.counts()["pass"] == 0 and not report.failed_blockers
