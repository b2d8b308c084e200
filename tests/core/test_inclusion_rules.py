"""Each inclusion rule, with a case that passes and a case that fails, on plain in-memory situations."""

from __future__ import annotations

import itertools
from datetime import date

import pytest
from msgspec.structs import replace

from facilitator.core.inclusion import report as inclusion
from facilitator.core.inclusion import rules as inclusion_checks
from facilitator.core.inclusion import settings as inclusion_settings
from facilitator.core.inclusion.rules import MeetingFacts, Situation
from facilitator.core.participants.participation import ParticipantRow

_ids = itertools.count()
MEETING_DAY = date(2023, 10, 27)


def person(group: str = "BIZ_BUYER", **fields: object) -> ParticipantRow:
    number = next(_ids)
    values: dict[str, object] = {
        "participation_id": f"p{number}", "person_id": f"person{number}", "name": f"Person {number}",
        "organisation": "", "stakeholder_group": group, "role": "", "gender": "man",
        "languages_spoken": ("hi", "en"), "languages_read": ("hi", "en"), "literacy_needs": "", "email": "",
        "phone": "", "anonymity": "named", "participation_role": "participant", "status": "confirmed",
        "caucus": "plenary", "interpretation_language": "", "is_proxy": False, "speaks_for": "",
        "travel_support": "", "lost_wages": "", "childcare": "", "accessibility": "", "consents": {},
        "arrived_at": None, "departed_at": None,
    }  # fmt: skip
    values.update(fields)
    return ParticipantRow(**values)  # type: ignore[arg-type]


def situation(people: list[ParticipantRow], **changes: object) -> Situation:
    meeting_fields = {f: changes.pop(f) for f in list(changes) if f in MeetingFacts.__struct_fields__}
    meeting = MeetingFacts(("hi", "en"), False, True, True, MEETING_DAY)
    settings = replace(inclusion_settings.default_settings(), ground_rules="Chatham House Rule; no press")
    settings = replace(settings, **changes)
    return Situation(replace(meeting, **meeting_fields), settings, tuple(people))


def result(rule_id: str, s: Situation) -> inclusion.Result:
    return next(r for r in inclusion.evaluate(s) if r.rule.id == rule_id)


def balanced_room() -> list[ParticipantRow]:
    """A room that passes every check when nothing else is changed."""
    return [
        person("RH_WORKER", lost_wages="arranged", anonymity="anonymous", caucus="worker_caucus"),
        person("RH_WOMEN_WORKER", gender="woman", lost_wages="arranged", anonymity="anonymous",
               caucus="worker_caucus"),
        person("RH_WOMEN_WORKER", gender="woman", lost_wages="not_needed", anonymity="group_only",
               caucus="worker_caucus"),
        person("BIZ_SUPPLIER_MGMT"),
        person("BIZ_BUYER", gender="woman"),
        person("CSO_LOCAL", gender="woman"),
        person("FACILITATOR", participation_role="facilitator", gender="woman"),
    ]  # fmt: skip


def test_the_balanced_room_passes_every_rule() -> None:
    report = inclusion.evaluate(situation(balanced_room()))
    assert [(r.rule.id, r.detail) for r in report if not r.passed] == []
    assert {r.rule.id for r in report} == set(inclusion_checks.CHECKS)


def test_rules_carry_their_source_fix_and_where_to_fix_it() -> None:
    for rule in inclusion.rules():
        assert rule.severity in inclusion.SEVERITIES
        assert rule.fix_target in inclusion.FIX_TARGETS
        assert rule.message and rule.why and rule.fix and rule.source and rule.brief.startswith("I")


def test_a_missing_required_group_is_a_blocker() -> None:
    room = [p for p in balanced_room() if p.stakeholder_group != "CSO_LOCAL"]
    found = result("I1_REQUIRED_GROUPS", situation(room))
    assert found.status == "fail"
    assert "Local NGOs" in found.detail


def test_a_representative_covers_a_group_and_a_proxy_only_warns() -> None:
    room = [p for p in balanced_room() if p.stakeholder_group != "RH_WORKER"]
    union = person("REP_UNION", speaks_for="RH_WORKER")
    assert result("I1_REQUIRED_GROUPS", situation([*room, union])).passed
    ngo_proxy = person("CSO_INTL", speaks_for="RH_WORKER", is_proxy=True, name="Esther")
    found = result("I1_REQUIRED_GROUPS", situation([*room, ngo_proxy]))
    assert found.status == "warning"
    assert "Esther" in found.detail and ngo_proxy.participation_id in found.participation_ids


def test_a_representative_employed_by_a_company_at_the_table_is_no_independent_voice() -> None:
    """A worker committee member employed by the supplier, the only voice of the workers, passed as
    "Through a representative: Workers"; so did a manager set to speak for them."""
    room = [p for p in balanced_room() if p.stakeholder_group != "RH_WORKER"]
    supplier = person("BIZ_SUPPLIER_MGMT", organisation="Kota Stone Exports Pvt Ltd", name="Anil Agarwal")
    employed = person("REP_WORKER_COMMITTEE", organisation="kota stone exports pvt ltd ", speaks_for="RH_WORKER",
                      name="Suresh Gurjar")  # fmt: skip
    found = result("I1_REQUIRED_GROUPS", situation([*room, supplier, employed]))
    assert found.status == "fail" and employed.participation_id in found.participation_ids  # as if missing
    assert found.detail == (
        "Workers: heard only through people employed by a company at this table (Suresh Gurjar (Kota Stone "
        "Exports Pvt Ltd)): no independent voice of theirs."
    )
    manager = person("BIZ_SUPPLIER_MGMT", speaks_for="RH_WORKER", name="Vikram")
    other = person("REP_WORKER_COMMITTEE", organisation="Vikram Stone", speaks_for="RH_WORKER", name="Ravi")
    beside = person("BIZ_SUPPLIER_MGMT", organisation="Vikram Stone")
    detail = result("I1_REQUIRED_GROUPS", situation([*room, manager, other, beside])).detail
    assert "(Vikram (Supplier management), Ravi (Vikram Stone))" in detail  # each with their own company
    # What leaves the laptop does not say whom a hidden representative works for: it would point to them.
    hidden = replace(employed, anonymity="anonymous")
    shared = result("I1_REQUIRED_GROUPS", replace(situation([*room, supplier, hidden]), reveal=False)).detail
    assert "Kota Stone" not in shared and "Suresh" not in shared
    assert "heard only through people employed by a company at this table (" in shared
    independent = person("REP_UNION", organisation="Rajasthan Pathar Khan Mazdoor Union", speaks_for="RH_WORKER")
    assert result("I1_REQUIRED_GROUPS", situation([*room, supplier, employed, independent])).passed


def test_a_proxy_still_counts_for_their_own_group() -> None:
    room = [p for p in balanced_room() if p.stakeholder_group != "CSO_LOCAL"]
    proxy = person("CSO_LOCAL", speaks_for="RH_CHILD_FAMILY", is_proxy=True)
    assert result("I1_REQUIRED_GROUPS", situation([*room, proxy])).passed


def test_someone_speaking_for_a_group_must_be_flagged_as_proxy() -> None:
    unflagged = person("CSO_LOCAL", speaks_for="RH_CHILD_FAMILY", name="Priya")
    found = result("I1_PROXIES_FLAGGED", situation([*balanced_room(), unflagged]))
    assert found.status == "warning" and "Priya" in found.detail
    no_group = person("CSO_LOCAL", is_proxy=True)
    assert not result("I1_PROXIES_FLAGGED", situation([*balanced_room(), no_group])).passed
    flagged = replace(unflagged, is_proxy=True)
    assert result("I1_PROXIES_FLAGGED", situation([*balanced_room(), flagged])).passed
    union = person("REP_UNION", speaks_for="RH_WORKER")
    assert result("I1_PROXIES_FLAGGED", situation([*balanced_room(), union])).passed


def test_rights_holder_share_below_the_minimum_warns() -> None:
    room = balanced_room() + [person("BIZ_BUYER") for _ in range(6)]
    found = result("I2_RIGHTS_HOLDER_SHARE", situation(room))
    assert found.status == "warning" and "3 of 12" in found.detail
    assert result("I2_RIGHTS_HOLDER_SHARE", situation(room, min_rights_holder_share=0.2)).passed


def test_business_share_above_the_maximum_warns() -> None:
    room = [*balanced_room(), person("BIZ_BUYER"), person("INDUSTRY_ASSOC")]
    found = result("I2_BUSINESS_SHARE", situation(room))
    assert found.status == "warning" and "4 of 8" in found.detail
    assert result("I2_BUSINESS_SHARE", situation(room, max_business_share=0.5)).passed


def test_shares_fail_when_no_one_is_on_the_list() -> None:
    staff_only = [person("FACILITATOR", participation_role="facilitator")]
    assert not result("I2_RIGHTS_HOLDER_SHARE", situation(staff_only)).passed
    assert not result("I3_WOMEN_SHARE", situation(staff_only)).passed


def test_women_workers_missing_is_a_blocker_and_a_proxy_warns() -> None:
    room = [p for p in balanced_room() if p.stakeholder_group != "RH_WOMEN_WORKER"]
    assert result("I3_WOMEN_WORKERS", situation(room)).status == "fail"
    proxy = person("CSO_LOCAL", speaks_for="RH_WOMEN_WORKER", is_proxy=True)
    assert result("I3_WOMEN_WORKERS", situation([*room, proxy])).status == "warning"
    committee = person("REP_WORKER_COMMITTEE", speaks_for="RH_WOMEN_WORKER")
    assert result("I3_WOMEN_WORKERS", situation([*room, committee])).passed


def test_women_share_counts_participants_not_staff() -> None:
    room = [p for p in balanced_room() if p.gender != "woman"] + [
        person("FACILITATOR", gender="woman", participation_role="facilitator")
    ]
    found = result("I3_WOMEN_SHARE", situation(room))
    assert found.status == "warning" and "0 of 2" in found.detail
    assert result("I3_WOMEN_SHARE", situation(balanced_room())).passed


def test_a_woman_worker_whose_gender_was_not_recorded_counts_among_the_women() -> None:
    """The checks said both "1 women workers take part in person" and "0 of 2 participants are women"."""
    room = [person("BIZ_BUYER", gender="man"), person("RH_WOMEN_WORKER", gender="")]
    found = result("I3_WOMEN_SHARE", situation(room))
    assert "1 of 2" in found.detail
    assert "0 of 2" in result("I3_WOMEN_SHARE", situation([room[0], person("RH_WORKER", gender="")])).detail


def test_a_language_without_shared_language_or_interpreter_is_a_blocker() -> None:
    dutch = person("BIZ_BUYER", languages_spoken=("nl", "en"), name="Joost")
    rajasthani = person("RH_WORKER", languages_spoken=("raj",), lost_wages="arranged", name="Ramprasad")
    hindi_english = person("INTERPRETER", participation_role="interpreter", languages_spoken=("hi", "en"))
    found = result("I4_LANGUAGE", situation([*balanced_room(), dutch, rajasthani, hindi_english]))
    assert found.status == "fail"
    assert "Ramprasad" in found.detail and "Joost" not in found.detail
    assert found.participation_ids == (rajasthani.participation_id,)
    with_rajasthani = replace(hindi_english, languages_spoken=("raj", "hi", "en"))
    assert result("I4_LANGUAGE", situation([*balanced_room(), dutch, rajasthani, with_rajasthani])).passed


def test_two_floor_languages_need_an_interpreter_between_them() -> None:
    english_only = person("BIZ_BUYER", languages_spoken=("en",))
    hindi_only = person("RH_WORKER", languages_spoken=("hi",), lost_wages="arranged")
    found = result("I4_LANGUAGE", situation([english_only, hindi_only]))
    assert not found.passed and "No interpreter for Hindi–English" in found.detail
    interpreter = person("INTERPRETER", participation_role="interpreter", languages_spoken=("hi", "en"))
    assert result("I4_LANGUAGE", situation([english_only, hindi_only, interpreter])).passed


def test_language_threshold_and_unrecorded_languages() -> None:
    unknown = person("BIZ_BUYER", languages_spoken=(), name="Nobody knows")
    strict = result("I4_LANGUAGE", situation([*balanced_room(), unknown]))
    assert not strict.passed and "Nobody knows" in strict.detail
    assert result("I4_LANGUAGE", situation([*balanced_room(), unknown], min_language_coverage=0.8)).passed
    assert not result("I4_LANGUAGE", situation(balanced_room(), languages=())).passed


def test_people_who_cannot_read_need_a_briefing() -> None:
    reader_less = person("RH_WORKER", languages_read=(), lost_wages="arranged", caucus="worker_caucus")
    assert result("I5_LITERACY", situation([*balanced_room(), reader_less])).status == "advice"
    briefed = replace(reader_less, literacy_needs="Oral briefing in Hindi")
    assert result("I5_LITERACY", situation([*balanced_room(), briefed])).passed


def test_workers_with_supplier_management_raise_retaliation_risk() -> None:
    worker = person("RH_WORKER", lost_wages="arranged", name="Ramprasad")
    found = result("I6_RETALIATION", situation([*balanced_room(), worker]))
    assert found.status == "warning"
    assert "Ramprasad" in found.detail and "Shown by name" in found.detail
    assert found.participation_ids == (worker.participation_id,)
    assert result("I6_RETALIATION", situation([*balanced_room(), replace(worker, caucus="worker_caucus")])).passed


def test_ground_rules_must_be_written() -> None:
    assert result("I7_GROUND_RULES", situation(balanced_room(), ground_rules="")).status == "fail"
    assert result("I7_GROUND_RULES", situation(balanced_room(), ground_rules="Chatham House Rule")).passed


def test_recording_needs_consent_dated_before_the_meeting() -> None:
    assert result("I8_CONSENT_RECORDING", situation(balanced_room())).passed  # nothing recorded
    room = balanced_room()
    found = result("I8_CONSENT_RECORDING", situation(room, recording_allowed=True))
    assert found.status == "fail" and len(found.participation_ids) == len(room)
    early, late = (True, date(2023, 10, 1)), (True, date(2023, 10, 28))
    consented = [replace(p, consents={"recording": early}) for p in room]
    assert result("I8_CONSENT_RECORDING", situation(consented, recording_allowed=True)).passed
    after = [*consented[:-1], replace(consented[-1], consents={"recording": late})]
    assert not result("I8_CONSENT_RECORDING", situation(after, recording_allowed=True)).passed


def test_a_dated_refusal_counts_as_recorded_and_is_named() -> None:
    room = [replace(p, consents={"photos": (True, date(2023, 10, 1))}) for p in balanced_room()]
    room[0] = replace(room[0], consents={"photos": (False, date(2023, 10, 1))}, name="Kamla")
    found = result("I8_CONSENT_RECORDING", situation(room, photos_allowed=True))
    assert found.passed and "Kamla" in found.detail


def test_named_rights_holders_need_a_naming_consent() -> None:
    named = person("REP_UNION", name="Mohan")
    found = result("I8_CONSENT_NAMING", situation([*balanced_room(), named]))
    assert found.status == "warning" and "Mohan" in found.detail
    consented = replace(named, consents={"naming": (True, date(2023, 10, 1))})
    assert result("I8_CONSENT_NAMING", situation([*balanced_room(), consented])).passed


def test_workers_lost_wages_must_be_arranged() -> None:
    unpaid = person("RH_WOMEN_WORKER", gender="woman", lost_wages="needed", caucus="worker_caucus")
    found = result("I10_LOST_WAGES", situation([*balanced_room(), unpaid]))
    assert found.status == "warning" and "1 of 4" in found.detail
    not_asked = replace(unpaid, lost_wages="")
    assert not result("I10_LOST_WAGES", situation([*balanced_room(), not_asked])).passed


def test_needed_travel_or_childcare_must_be_arranged() -> None:
    waiting = person("RH_WOMEN_WORKER", gender="woman", childcare="needed", lost_wages="arranged")
    assert result("I10_COSTS", situation([*balanced_room(), waiting])).status == "warning"
    assert result("I10_COSTS", situation([*balanced_room(), replace(waiting, childcare="arranged")])).passed


@pytest.mark.parametrize(
    ("independent", "status"), [(True, "pass"), (False, "fail"), (None, "warning")]
)  # fmt: skip
def test_facilitator_independence(independent: bool | None, status: str) -> None:
    assert result("I11_FACILITATOR", situation(balanced_room(), facilitator_independent=independent)).status == status


def test_a_facilitator_from_a_company_is_not_independent() -> None:
    company = person("BIZ_BUYER", participation_role="facilitator")
    assert result("I11_FACILITATOR", situation([*balanced_room(), company])).status == "fail"


def test_outputs_name_no_one_who_is_anonymous() -> None:
    worker = person("RH_WORKER", name="Ramprasad Gurjar", anonymity="anonymous")
    hidden = replace(situation([*balanced_room(), worker]), reveal=False)
    found = result("I6_RETALIATION", hidden)
    assert "Ramprasad" not in found.detail and "Anonymous participant" in found.detail


@pytest.mark.parametrize("rule", ["I4_LANGUAGE", "I10_LOST_WAGES", "I10_COSTS"])
def test_a_meeting_with_nobody_on_its_list_passes_no_count_of_people(rule: str) -> None:
    """An empty meeting's language check passed: "0 of 0 participants (100%) can follow"."""
    found = result(rule, situation([]))
    assert not found.passed and found.detail == "No one is on the list at this stage yet."
