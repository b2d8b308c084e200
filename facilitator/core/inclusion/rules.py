"""The logic of each inclusion rule, keyed by the rule's id in resources/taxonomy/inclusion_rules.json.

Each check reads a :class:`Situation` (the meeting, its settings and the people who count at one
stage, already read into plain values) and returns a :class:`Finding`: passed or not, what was found,
and whom it is about.  Nothing here touches the database, so all checks for hundreds of people run
in milliseconds.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from datetime import date
from functools import cache, cached_property

from msgspec import Struct

from facilitator.core import disclosure, taxonomy, vocabulary
from facilitator.core.inclusion.settings import Settings
from facilitator.core.participants.participation import ParticipantRow
from facilitator.core.participants.vocabulary import (
    CAUCUSES,
    CONSENT_KINDS,
    INTERPRETER_GROUP,
    INTERPRETER_ROLE,
    group_label,
    language_names,
)
from facilitator.i18n import translate


@cache
def group_sets() -> dict[str, frozenset[str]]:
    """Named sets of stakeholder groups the rules use; a class id in the file stands for all its groups."""
    groups = taxonomy.stakeholder_groups()
    result = {}
    for name, members in taxonomy.load("inclusion_rules")["groups"].items():
        expanded = set()
        for member in members:
            expanded |= {g.id for g in groups.values() if g.group_class == member} or {member}
        result[name] = frozenset(expanded)
    return result


class MeetingFacts(Struct, frozen=True):
    """What the rules need to know of the meeting itself, read once per report."""

    languages: tuple[str, ...]
    recording_allowed: bool
    chatham_house: bool
    facilitator_independent: bool | None
    starts_on: date


class Situation(Struct, frozen=True, dict=True):
    """Everything the checks need, read once: the meeting, its settings and the people at one stage."""

    meeting: MeetingFacts
    settings: Settings
    people: tuple[ParticipantRow, ...]
    reveal: bool = True
    heard_on_visits: tuple[str, ...] = ()  # stakeholder groups heard in conversations on the meeting's visits

    @cached_property
    def counted(self) -> tuple[ParticipantRow, ...]:
        """The people the checks count: everyone but the meeting's own staff."""
        return tuple(p for p in self.people if not p.is_staff)

    def names(self, rows: Iterable[ParticipantRow], limit: int = 6) -> str:
        """Who a finding is about: names on the facilitator's screen, anonymity-safe labels in outputs."""
        if self.reveal:
            labels = [row.name for row in rows]
        else:  # sorted by what is shown, so a hidden name's place in the list says nothing about it
            labels = sorted(disclosure.SHAREABLE_PEOPLE.identity_of(row).label for row in rows)
        counted = Counter(labels)
        shown = [label if counted[label] == 1 else f"{label} (×{counted[label]})" for label in dict.fromkeys(labels)]
        text = ", ".join(shown[:limit])
        if len(shown) > limit:
            text += " " + translate("Inclusion", "and {0} more").format(len(shown) - limit)
        return text


class Finding(Struct, frozen=True):
    """A rule's verdict before it is dressed as a result: passed or not, why, and about whom."""

    passed: bool
    detail: str
    about: tuple[str, ...] = ()
    severity: str | None = None  # a milder severity than the rule's, e.g. "covered only by a proxy"
    missing_groups: tuple[str, ...] = ()  # groups someone should be found for


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def _percent(value: float) -> str:
    return f"{round(value * 100)}%"


def _ids(rows: Iterable[ParticipantRow]) -> tuple[str, ...]:
    return tuple(row.participation_id for row in rows)


def _nobody(situation: Situation) -> Finding | None:
    if situation.counted:
        return None
    return Finding(False, translate("Inclusion", "No one is on the list at this stage yet."))


# -- the checks, one function per rule id --------------------------------------------------------------


def _in_person(person: ParticipantRow) -> bool:
    """Whether a person counts for their own group: a proxy still does, unless they are a proxy for it."""
    return not person.is_proxy or bool(person.speaks_for and person.speaks_for != person.stakeholder_group)


def _company_side(s: Situation) -> Callable[[ParticipantRow], str]:
    """Of a representative, the company at this table they belong to or work for ("" for none): a worker
    representative employed by the supplier speaks for the workers from inside the company their words
    are about, and may be heard by it, so they are no credible voice of the workers (rule I1)."""
    business = group_sets()["business_side"]
    companies = {p.organisation.strip().casefold(): p.organisation.strip() for p in s.people
                 if p.stakeholder_group in business and p.organisation.strip()}  # fmt: skip

    def company(person: ParticipantRow) -> str:
        own = person.organisation.strip()
        if person.stakeholder_group in business:  # a manager who "speaks for" the workers
            return own or group_label(person.stakeholder_group)
        return companies.get(own.casefold(), "")

    return company


def check_required_groups(s: Situation) -> Finding:
    missing, proxied, represented, tied = [], [], [], []
    direct = {p.stakeholder_group for p in s.counted if _in_person(p)}
    company = _company_side(s)
    for group in s.settings.required_groups:
        if group in direct:
            continue
        speakers = [p for p in s.counted if p.speaks_for == group]
        if any(not p.is_proxy and not company(p) for p in speakers):
            represented.append(group)
        elif any(not p.is_proxy for p in speakers):
            tied.append((group, [p for p in speakers if not p.is_proxy]))
        elif speakers:
            proxied.append((group, speakers))
        else:
            missing.append(group)
    if not s.settings.required_groups:
        return Finding(
            False, translate("Inclusion", "No required groups are set for this meeting."), severity="warning"
        )
    lines = []
    if missing:
        lines.append(translate("Inclusion", "Missing: {0}.").format(", ".join(group_label(g) for g in missing)))
    for group, speakers in proxied:
        lines.append(
            translate("Inclusion", "{group}: heard only through a proxy ({names}).").format(
                group=group_label(group), names=s.names(speakers)
            )
        )
    for group, speakers in tied:
        # Whom a hidden representative works for would single them out in what leaves the laptop.
        employed = [f"{s.names([p])} ({company(p)})" if s.reveal or p.anonymity == "named" else s.names([p])
                    for p in speakers]  # fmt: skip
        lines.append(
            translate(
                "Inclusion", "{group}: heard only through people employed by a company at this table ({names}): "
                "no independent voice of theirs."
            ).format(group=group_label(group), names=", ".join(employed))
        )  # fmt: skip
    if represented:
        lines.append(
            translate("Inclusion", "Through a representative: {0}.").format(
                ", ".join(group_label(g) for g in represented)
            )
        )
    if not missing and not proxied and not tied:
        lines.insert(
            0, translate("Inclusion", "All {0} required groups are there.").format(len(s.settings.required_groups))
        )
    about = _ids(p for group, speakers in (*proxied, *tied) for p in speakers)
    passed = not missing and not proxied and not tied
    # A group heard only through its employer's people is not there: as missing as one nobody speaks for.
    unheard = (*missing, *(group for group, _ in tied))
    return Finding(passed, " ".join(lines), about, None if unheard else "warning", unheard)


def check_heard_on_visits(s: Situation) -> Finding:
    """A group the delegation heard on a site visit must not be talked about at the table without it."""
    if not s.heard_on_visits:
        return Finding(True, translate("Inclusion", "No conversations on this meeting's visits yet."))
    present = {p.stakeholder_group for p in s.counted if _in_person(p)} | {p.speaks_for for p in s.counted}
    missing = tuple(group for group in s.heard_on_visits if group not in present)
    if not missing:
        return Finding(
            True,
            translate("Inclusion", "Every group heard on the site visits is invited: {0}.").format(
                ", ".join(group_label(g) for g in s.heard_on_visits)
            ),
        )
    return Finding(
        False,
        translate("Inclusion", "Heard on the site visits but not at the roundtable: {0}.").format(
            ", ".join(group_label(g) for g in missing)
        ),
        missing_groups=missing,
    )


def check_proxies_flagged(s: Situation) -> Finding:
    representatives = {g for g, group in taxonomy.stakeholder_groups().items() if group.group_class == "representative"}
    unflagged = [p for p in s.counted if p.speaks_for and not p.is_proxy and p.stakeholder_group not in representatives]
    ungrouped = [p for p in s.counted if p.is_proxy and not p.speaks_for]
    proxies = [p for p in s.counted if p.is_proxy and p.speaks_for]
    lines = []
    if unflagged:
        lines.append(
            translate("Inclusion", "Speaks for another group but is not flagged as a proxy: {0}.").format(
                s.names(unflagged)
            )
        )
    if ungrouped:
        lines.append(translate("Inclusion", "Proxy without the group they speak for: {0}.").format(s.names(ungrouped)))
    if not lines:
        lines.append(
            translate("Inclusion", "Proxies, each with the group they speak for: {0}.").format(s.names(proxies))
            if proxies
            else translate("Inclusion", "No one speaks for a group other than their own.")
        )
    return Finding(not unflagged and not ungrouped, " ".join(lines), _ids(unflagged + ungrouped))


def _share_finding(s: Situation, count: int, bound: float, at_least: bool, text: str) -> Finding:
    """A share of the counted participants against a minimum (``at_least``) or a maximum."""
    if (empty := _nobody(s)) is not None:
        return empty
    share = _share(count, len(s.counted))
    passed = share >= bound if at_least else share <= bound
    return Finding(passed, text.format(count=count, total=len(s.counted), share=_percent(share), bound=_percent(bound)))


def _on_side(s: Situation, side: str) -> int:
    members = group_sets()[side]
    return sum(1 for p in s.counted if p.stakeholder_group in members)


def check_rights_holder_share(s: Situation) -> Finding:
    text = translate(
        "Inclusion",
        "{count} of {total} participants ({share}) are rights-holders or their representatives; "
        "the minimum is {bound}.",
    )
    return _share_finding(s, _on_side(s, "rights_holder_side"), s.settings.min_rights_holder_share, True, text)


def check_business_share(s: Situation) -> Finding:
    text = translate(
        "Inclusion", "{count} of {total} participants ({share}) come from the business side; the maximum is {bound}."
    )
    return _share_finding(s, _on_side(s, "business_side"), s.settings.max_business_share, False, text)


def check_women_workers(s: Situation) -> Finding:
    direct = [p for p in s.counted if p.stakeholder_group == "RH_WOMEN_WORKER" and _in_person(p)]
    if direct:
        return Finding(True, translate("Inclusion", "%n women workers take part in person.", None, len(direct)))
    speakers = [p for p in s.counted if p.speaks_for == "RH_WOMEN_WORKER"]
    if any(not p.is_proxy for p in speakers):
        return Finding(
            True,
            translate("Inclusion", "Women workers are heard through a representative: {0}.").format(s.names(speakers)),
        )
    if speakers:
        return Finding(
            False,
            translate("Inclusion", "Women workers are heard only through a proxy: {0}.").format(s.names(speakers)),
            _ids(speakers),
            "warning",
        )
    return Finding(
        False,
        translate("Inclusion", "No woman worker is on the list, and no one speaks for them."),
        missing_groups=("RH_WOMEN_WORKER",),
    )


def check_women_share(s: Situation) -> Finding:
    women = sum(1 for p in s.counted if p.counted_gender == "woman")
    text = translate("Inclusion", "{count} of {total} participants ({share}) are women; the minimum is {bound}.")
    return _share_finding(s, women, s.settings.min_women_share, True, text)


def _interpreters(s: Situation) -> list[ParticipantRow]:
    """Who interprets, counted as the Visits' list of interpreters offers them (people.list_interpreters)."""
    return [p for p in s.people if p.participation_role == INTERPRETER_ROLE or p.stakeholder_group == INTERPRETER_GROUP]


def check_language(s: Situation) -> Finding:
    if (empty := _nobody(s)) is not None:  # "0 of 0 participants (100%) can follow" is no pass
        return empty
    floor = s.meeting.languages
    if not floor:
        return Finding(False, translate("Inclusion", "The meeting has no working languages set."))
    interpreter_languages = [set(p.languages_spoken) for p in _interpreters(s)]

    def bridged(a: str, b: str) -> bool:
        return a == b or any(a in spoken and b in spoken for spoken in interpreter_languages)

    reach_cache: dict[str, frozenset[str]] = {}

    def reach(language: str) -> frozenset[str]:
        """Floor languages a speaker of ``language`` hears directly or through one interpreter."""
        if language not in reach_cache:
            reach_cache[language] = frozenset(f for f in floor if bridged(language, f))
        return reach_cache[language]

    uncovered, unknown = [], []
    for person in s.counted:
        if not person.languages_spoken:
            unknown.append(person)
            continue
        heard = set().union(*(reach(lang) for lang in person.languages_spoken))
        # What is heard in a floor language can be relayed once more by an interpreter.
        heard |= set().union(*(reach(f) for f in tuple(heard)))
        if len(heard) < len(floor):
            uncovered.append(person)
    covered = len(s.counted) - len(uncovered) - len(unknown)
    coverage = _share(covered, len(s.counted)) if s.counted else 1.0
    if uncovered and not interpreter_languages:
        lines = [_no_interpreter(uncovered, floor)]
    else:
        lines = [
            translate("Inclusion", "{covered} of %n participants ({share}) can follow in {languages}.", None,
                      len(s.counted)).format(covered=covered, share=_percent(coverage),
                                             languages=language_names(floor))
        ]  # fmt: skip
    unbridged = [(a, b) for i, a in enumerate(floor) for b in floor[i + 1 :] if not bridged(a, b)]
    if unbridged:
        pairs = ", ".join(f"{vocabulary.LANGUAGES.label(a)}–{vocabulary.LANGUAGES.label(b)}" for a, b in unbridged)
        lines.append(translate("Inclusion", "No interpreter for {0}.").format(pairs))
    if uncovered:
        lines.append(translate("Inclusion", "Not covered: {0}.").format(s.names(uncovered)))
    if unknown:
        lines.append(translate("Inclusion", "Languages not recorded: {0}.").format(s.names(unknown)))
    return Finding(coverage >= s.settings.min_language_coverage, " ".join(lines), _ids(uncovered + unknown))


def _no_interpreter(uncovered: list[ParticipantRow], floor: tuple[str, ...]) -> str:
    """ "No interpreter entered: 11 people need Hindi.": each person counted under the floor language
    they speak (or their first language), which is what an interpreter must carry for them."""
    needs = Counter(
        next((lang for lang in person.languages_spoken if lang in floor), person.languages_spoken[0])
        for person in uncovered
    )
    parts = [
        translate("Inclusion", "%n people need {0}", None, count).format(vocabulary.LANGUAGES.label(language))
        for language, count in needs.most_common()
    ]
    return translate("Inclusion", "No interpreter entered: {0}.").format("; ".join(parts))


def check_literacy(s: Situation) -> Finding:
    floor = set(s.meeting.languages)
    cannot_read = [p for p in s.counted if p.languages_spoken and not floor & set(p.languages_read)]
    unplanned = [p for p in cannot_read if not p.literacy_needs]
    if not cannot_read:
        return Finding(True, translate("Inclusion", "Everyone reads at least one meeting language."))
    detail = translate(
        "Inclusion", "%n participants read no meeting language, or what they read is not recorded.", None,
        len(cannot_read),
    )  # fmt: skip
    if unplanned:
        detail += " " + translate("Inclusion", "No briefing noted for: {0}.").format(s.names(unplanned))
    else:
        detail += " " + translate("Inclusion", "A briefing is noted for each of them.")
    return Finding(not unplanned, detail, _ids(unplanned))


def check_retaliation(s: Situation) -> Finding:
    sets = group_sets()
    by_session: dict[str, list[ParticipantRow]] = {}
    for person in s.counted:
        by_session.setdefault(person.caucus, []).append(person)
    exposed: list[ParticipantRow] = []
    mixed: list[str] = []
    for name, people in by_session.items():
        workers = [p for p in people if p.stakeholder_group in sets["workers"]]
        if workers and any(p.stakeholder_group in sets["management"] for p in people):
            exposed += workers
            mixed.append(CAUCUSES.label(name))
    if not exposed:
        return Finding(True, translate("Inclusion", "No session puts workers together with supplier management."))
    named = [p for p in exposed if p.anonymity == "named"]
    detail = translate(
        "Inclusion", "Workers sit with supplier management in: {sessions}. Workers there: {names}."
    ).format(sessions=", ".join(mixed), names=s.names(exposed))
    if named:
        detail += " " + translate("Inclusion", "Shown by name in outputs: {0}.").format(s.names(named))
    return Finding(False, detail, _ids(exposed))


def check_ground_rules(s: Situation) -> Finding:
    chatham = (
        translate("Inclusion", "Chatham House Rule applies.")
        if s.meeting.chatham_house
        else translate("Inclusion", "Chatham House Rule does not apply.")
    )
    if s.settings.ground_rules:
        return Finding(True, translate("Inclusion", "Ground rules are written down.") + " " + chatham)
    return Finding(False, translate("Inclusion", "No ground rules are written down yet.") + " " + chatham)


def check_consent_recording(s: Situation) -> Finding:
    wanted = [kind for kind, on in (("recording", s.meeting.recording_allowed), ("photos", s.settings.photos_allowed))
              if on]  # fmt: skip
    if not wanted:
        return Finding(True, translate("Inclusion", "No recording or photos are planned."))
    # A dated yes or no both count as recorded; a refusal only means keeping that person out of the frame.
    lacking = [
        p for p in s.people
        if any(not (c := p.consents.get(kind)) or c[1] > s.meeting.starts_on for kind in wanted)
    ]  # fmt: skip
    missing = {p.participation_id for p in lacking}
    refused = [
        p for p in s.people
        if p.participation_id not in missing and any(not p.consents[kind][0] for kind in wanted)
    ]  # fmt: skip
    kinds = ", ".join(CONSENT_KINDS.label(kind) for kind in wanted)
    detail = (
        translate("Inclusion", "{kinds} planned; everyone answered before the meeting.").format(kinds=kinds)
        if not lacking
        else translate("Inclusion", "{kinds} planned, but no consent dated before the meeting from: {names}.").format(
            kinds=kinds, names=s.names(lacking)
        )
    )
    if refused:
        detail += " " + translate("Inclusion", "Said no, keep out of recordings and photos: {0}.").format(
            s.names(refused)
        )
    return Finding(not lacking, detail, _ids(lacking))


def check_consent_naming(s: Situation) -> Finding:
    sides = group_sets()["rights_holder_side"]
    named = [p for p in s.counted if p.stakeholder_group in sides and p.anonymity == "named"]
    lacking = [p for p in named if not (p.consents.get("naming") or (False,))[0]]
    if not lacking:
        return Finding(True, translate("Inclusion", "No rights-holder is named without consent."))
    return Finding(
        False, translate("Inclusion", "Named in outputs without a consent to naming: {0}.").format(s.names(lacking)),
        _ids(lacking),
    )  # fmt: skip


def check_lost_wages(s: Situation) -> Finding:
    if (empty := _nobody(s)) is not None:
        return empty
    earners = [p for p in s.counted if p.stakeholder_group in group_sets()["wage_earners"]]
    if not earners:
        return Finding(True, translate("Inclusion", "No workers on the list at this stage."))
    open_ = [p for p in earners if p.lost_wages not in ("arranged", "not_needed")]
    if not open_:
        return Finding(True, translate("Inclusion", "Lost wages are arranged for all %n workers.", None, len(earners)))
    return Finding(
        False,
        translate("Inclusion", "Not arranged for {count} of %n workers: {names}.", None, len(earners)).format(
            count=len(open_), names=s.names(open_)
        ),
        _ids(open_),
    )


def check_costs(s: Situation) -> Finding:
    if (empty := _nobody(s)) is not None:
        return empty
    open_ = [p for p in s.counted if "needed" in (p.travel_support, p.childcare)]
    if not open_:
        return Finding(True, translate("Inclusion", "No travel support or childcare is waiting to be arranged."))
    return Finding(
        False, translate("Inclusion", "Still to arrange for: {0}.").format(s.names(open_)), _ids(open_)
    )  # fmt: skip


def check_facilitator(s: Situation) -> Finding:
    facilitators = [p for p in s.people if p.participation_role == "facilitator"]
    business = group_sets()["business_side"]
    conflicted = [p for p in facilitators if p.stakeholder_group in business]
    if conflicted:
        return Finding(
            False,
            translate("Inclusion", "The facilitator belongs to the business side: {0}.").format(s.names(conflicted)),
            _ids(conflicted),
        )
    if s.meeting.facilitator_independent is None:
        return Finding(False, translate("Inclusion", "Whether the facilitator is independent is not recorded."),
                       severity="warning")  # fmt: skip
    if not s.meeting.facilitator_independent:
        return Finding(False, translate("Inclusion", "The facilitator is recorded as not independent."))
    names = s.names(facilitators) or translate("Inclusion", "not on the list yet")
    return Finding(True, translate("Inclusion", "Recorded as independent. Facilitator: {0}.").format(names))


CHECKS: dict[str, Callable[[Situation], Finding]] = {
    "I1_REQUIRED_GROUPS": check_required_groups,
    "I1_PROXIES_FLAGGED": check_proxies_flagged,
    "I1_HEARD_ON_VISITS": check_heard_on_visits,
    "I2_RIGHTS_HOLDER_SHARE": check_rights_holder_share,
    "I2_BUSINESS_SHARE": check_business_share,
    "I3_WOMEN_WORKERS": check_women_workers,
    "I3_WOMEN_SHARE": check_women_share,
    "I4_LANGUAGE": check_language,
    "I5_LITERACY": check_literacy,
    "I6_RETALIATION": check_retaliation,
    "I7_GROUND_RULES": check_ground_rules,
    "I8_CONSENT_RECORDING": check_consent_recording,
    "I8_CONSENT_NAMING": check_consent_naming,
    "I10_LOST_WAGES": check_lost_wages,
    "I10_COSTS": check_costs,
    "I11_FACILITATOR": check_facilitator,
}
