"""Inclusion checks: who is missing, unheard or at risk in a meeting, before it and on the day.

The rules are data (resources/taxonomy/inclusion_rules.json): each has an id, a severity, a message,
why it matters with its source in the brief, a suggested fix and where in the app the fix is made.
This module reads a meeting once into plain values (:mod:`facilitator.core.inclusion.rules` holds
the logic of each rule) and reports the outcome of every rule; per-meeting demands live in
:mod:`facilitator.core.inclusion.settings`.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from msgspec import Struct

from facilitator.core import disclosure, taxonomy
from facilitator.core.db import Database
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.inclusion import sources
from facilitator.core.inclusion.rules import CHECKS, MeetingFacts, Situation
from facilitator.core.meetings import to_local
from facilitator.core.models import Meeting
from facilitator.core.participants import participation
from facilitator.core.records import get_live
from facilitator.core.visits import conversations
from facilitator.i18n import QT_TRANSLATE_NOOP, translate

SEVERITIES = {
    "blocker": QT_TRANSLATE_NOOP("Inclusion", "Blocker"),
    "warning": QT_TRANSLATE_NOOP("Inclusion", "Warning"),
    "advice": QT_TRANSLATE_NOOP("Inclusion", "Advice"),
}
STATUSES = {
    "pass": QT_TRANSLATE_NOOP("Inclusion", "Pass"),
    "fail": QT_TRANSLATE_NOOP("Inclusion", "Fail"),
    "warning": QT_TRANSLATE_NOOP("Inclusion", "Warning"),
    "advice": QT_TRANSLATE_NOOP("Inclusion", "Advice"),
    "not_yet": QT_TRANSLATE_NOOP("Inclusion", "Not yet"),
}
STAGES = {
    "planning": QT_TRANSLATE_NOOP("Inclusion", "Planning (everyone invited, not declined)"),
    "day": QT_TRANSLATE_NOOP("Inclusion", "On the day (attended)"),
}
FIX_TARGETS = ("participants", "register", "inclusion_settings", "meeting")


class Rule(Struct, frozen=True):
    """One inclusion rule as the taxonomy states it, with its source and where its fix is made."""

    id: str
    brief: str
    severity: str
    message_en: str
    why_en: str
    source: str
    fix_en: str
    fix_target: str

    @property
    def message(self) -> str:
        return translate("Taxonomy", self.message_en)

    @property
    def why(self) -> str:
        return translate("Taxonomy", self.why_en)

    @property
    def fix(self) -> str:
        return translate("Taxonomy", self.fix_en)

    @property
    def sources(self) -> str:
        """The publications behind the rule, in words (its ``source`` holds their codes)."""
        return sources.in_words(self.source)


@cache
def rules() -> tuple[Rule, ...]:
    """The rules as the data file states them; a rule with an unknown severity or fix place is refused,
    so an edited rules file fails loudly instead of silently never blocking."""
    loaded = tuple(
        Rule(r["id"], r["brief"], r["severity"], r["message"], r["why"], r["source"], r["fix"], r["fix_target"])
        for r in taxonomy.load("inclusion_rules")["rules"]
    )
    for rule in loaded:
        if rule.severity not in SEVERITIES or rule.fix_target not in FIX_TARGETS:
            raise ValueError(f"inclusion rule {rule.id}: unknown severity or fix target")
    return loaded


class Result(Struct, frozen=True):
    """What one rule found for a meeting at one stage, and whom it is about."""

    rule: Rule
    passed: bool
    severity: str
    detail: str
    participation_ids: tuple[str, ...]
    missing_groups: tuple[str, ...] = ()
    pending: bool = False  # nothing to check yet: the day stage before anyone checked in

    @property
    def status(self) -> str:
        """pass, or how a failure weighs: fail (a blocker), warning or advice; not_yet while pending."""
        if self.pending:
            return "not_yet"
        if self.passed:
            return "pass"
        return "fail" if self.severity == "blocker" else self.severity

    @property
    def status_label(self) -> str:
        return translate("Inclusion", STATUSES[self.status])


class Report(Struct, frozen=True):
    """Every rule's result for a meeting at one stage (planning, or on the day)."""

    meeting_id: str
    stage: str
    results: tuple[Result, ...]
    people: int = 0  # participants who count at this stage, staff not included

    @property
    def failed_blockers(self) -> list[Result]:
        return [r for r in self.results if r.status == "fail"]

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATUSES, 0)
        for result in self.results:
            found[result.status] += 1
        return found


def evaluate(situation: Situation) -> tuple[Result, ...]:
    """Run every rule on an already-read situation."""
    results = []
    for rule in rules():
        finding = CHECKS[rule.id](situation)
        severity = finding.severity or rule.severity
        results.append(Result(rule, finding.passed, severity, finding.detail, finding.about, finding.missing_groups))
    return tuple(results)


def situation(db: Database, meeting_id: str, stage: str = "planning", reveal: bool = True) -> Situation:
    """Read the meeting, its settings and the people who count at ``stage``, at the levels outputs
    show them by."""
    rows = participation.in_stage(disclosure.participants_as_shown(db, meeting_id), stage)
    with db.session() as session:
        meeting = get_live(session, Meeting, meeting_id)
        facts = MeetingFacts(
            tuple(meeting.languages),
            meeting.recording_allowed,
            meeting.chatham_house,
            meeting.facilitator_independent,
            to_local(meeting.starts_at, meeting.timezone).date(),
        )
        settings = inclusion_settings.settings_of(inclusion_settings.settings_row(session, meeting_id))
    return Situation(facts, settings, tuple(rows), reveal, conversations.heard_groups(db, meeting_id))


def check(db: Database, meeting_id: str, stage: str = "planning", reveal: bool = True) -> Report:
    """The inclusion report of a meeting at a stage.  ``reveal=False`` shows people as outputs must."""
    read = situation(db, meeting_id, stage, reveal)
    if stage == "day" and not read.counted:
        # An empty room passes nothing and fails nothing: the checks wait for the first check-in.
        waiting = translate("Inclusion", "Not yet: nobody has checked in.")
        results = tuple(Result(rule, False, rule.severity, waiting, (), pending=True) for rule in rules())
        return Report(meeting_id, stage, results, 0)
    return Report(meeting_id, stage, evaluate(read), len(read.counted))


def report_json(report: Report) -> dict[str, Any]:
    return {
        "meeting_id": report.meeting_id,
        "stage": report.stage,
        "people": report.people,
        "counts": report.counts(),
        "checks": [
            {
                "id": r.rule.id,
                "brief": r.rule.brief,
                "status": r.status,
                "severity": r.severity,
                "message": r.rule.message,
                "detail": r.detail,
                "why": r.rule.why,
                "source": r.rule.source,
                "sources": sources.citations(r.rule.source),
                "fix": r.rule.fix,
                "fix_target": r.rule.fix_target,
                "missing_groups": list(r.missing_groups),
            }
            for r in report.results
        ],
    }
