"""``facilitator stats MEETING``: speaking balance and agenda timing of a meeting, as text or JSON.

People and groups appear as the shareable disclosure policy allows (:mod:`facilitator.core.disclosure`):
only named people have figures of their own; everyone else counts in a group figure, and a group too
small to hide a person is merged into a wider class.
"""

from __future__ import annotations

import argparse
from typing import Any

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stats", help=translate("Cli", "speaking balance and timing of a meeting"))
    parser.add_argument(
        "meeting",
        metavar=translate("Cli", "MEETING"),
        help=translate("Cli", "meeting id or the first characters of it"),
    )
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    parser.set_defaults(run=run, writes=False)


def collect(context: CommandContext, meeting_id: str) -> dict[str, Any]:
    """The figures, ready for JSON: groups, people, index per item, alerts and planned against actual.

    Everything printed leaves the laptop, so the shareable disclosure policy decides: only named people
    have figures of their own, and groups too small to hide a person merge into a wider class.
    """
    from facilitator.core import disclosure
    from facilitator.core.live.balance import balance_index
    from facilitator.core.live.running import RunningMeeting
    from facilitator.core.live.timer import item_timings

    session = RunningMeeting(context.db, meeting_id, resume=False)
    policy = disclosure.for_meeting(context.db, meeting_id, disclosure.Audience.SHAREABLE)
    now = session.balance_instant()
    # Suggestions are chosen among the people whose own figures are shown.
    balance = session.tracker.snapshot(now, among=policy.shows_person_figures)

    def label(pid: str) -> str:
        s = session.speakers[pid]
        return policy.identity(s.anonymity, s.name, group=s.group).label

    def shown(pids: list[str]) -> list[str]:
        return [label(pid) for pid in pids if policy.shows_person_figures(pid)]

    def index(seconds: dict[str, float]) -> float | None:
        """The balance index over the shown cells: merged groups count as one, as they are shown."""
        return balance_index(policy.merge(seconds), policy.merge(balance.expected))

    return {
        "meeting_id": meeting_id,
        "audience": policy.audience.value,
        "min_group_size": policy.min_group_size,
        "balance_index": index({g.group: g.seconds for g in balance.groups}),
        "talk_seconds": balance.talk_seconds,
        "interpretation_seconds": balance.interpretation_seconds,
        "procedural_seconds": balance.procedural_seconds,
        "silence_seconds": balance.silence_seconds,
        "groups": _group_cells(policy, balance.groups) if policy.shows_group_figures else [],
        "people": [
            {
                "label": label(p.id),
                "group": session.speakers[p.id].group,
                "seconds": round(p.seconds, 1),
                "share": round(p.share, 4),
                "turns": p.turns,
                "interpreted_seconds": round(p.interpreted_seconds, 1),
                "interruptions": p.interruptions,
            }
            for p in sorted(balance.people, key=lambda p: -p.seconds)
            if policy.shows_person_figures(p.id)
        ],
        "items": [
            {
                "title": timing.title,
                "planned_minutes": timing.planned_minutes,
                "extended_minutes": timing.extended_minutes,
                "actual_minutes": round(timing.actual_seconds / 60, 1),
                "actual_start": timing.actual_start.isoformat() if timing.actual_start else None,
                "actual_end": timing.actual_end.isoformat() if timing.actual_end else None,
                "balance_index": index(balance.item_group_seconds[timing.id])
                if timing.id in balance.item_group_seconds
                else None,
            }
            for timing in item_timings(session.timer, now)
        ],
        "behind_minutes": round(session.timer.behind_seconds(now) / 60, 1),
        "not_yet_heard": shown(balance.not_yet_heard),
        # Suggestions follow their group's shortfall: only for groups shown on their own.
        "suggested_next": shown([pid for pid in balance.suggested if policy.shows_group(session.speakers[pid].group)]),
        "alerts": [
            {"kind": a.kind, "group": a.group, "share": round(a.share, 4)}
            for a in balance.alerts
            if policy.shows_group(a.group)
        ],
    }


def _group_cells(policy: Any, groups: list[Any]) -> list[dict[str, Any]]:
    """Group figures summed per cell of the small-cell rule, in the policy's order of cells (never in an
    order that the talk itself sets, which would tell which merged group spoke most).

    Shares are taken from the summed seconds, not summed themselves, so the figures of a cell depend on
    its total alone and not on how its talk is spread over its members.
    """
    cells: dict[str, dict[str, Any]] = {}
    for g in groups:
        cell = policy.cell_of(g.group)
        into = cells.setdefault(cell.key, {"group": cell.key, "label": cell.label, "headcount": 0, "seconds": 0.0,
                                           "expected": 0.0, "turns": 0, "interpreted_seconds": 0.0})  # fmt: skip
        for name in ("headcount", "seconds", "expected", "turns", "interpreted_seconds"):
            into[name] += getattr(g, name)
    talk = sum(into["seconds"] for into in cells.values())
    for into in cells.values():
        into["share"] = into["seconds"] / talk if talk else 0.0
        into["gap"] = into["share"] - into["expected"]
        for name, digits in (("seconds", 1), ("share", 4), ("expected", 4), ("gap", 4), ("interpreted_seconds", 1)):
            into[name] = round(into[name], digits) + 0.0  # + 0.0: never a "-0" that a sum's order could flip
    order = {cell.key: index for index, cell in enumerate(policy.cells)}
    return sorted(cells.values(), key=lambda into: (order.get(into["group"], len(order)), into["group"]))


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.core import localised, taxonomy

    figures = collect(context, context.meeting_id(args.meeting))
    if args.json:
        context.print_json(figures)
        return 0
    groups = taxonomy.stakeholder_groups()

    def group_name(group: str) -> str:
        return groups[group].label if group in groups else group or "–"

    labels = {g["group"]: g["label"] for g in figures["groups"]}

    def minutes(seconds: float) -> str:
        return localised.format_number(seconds / 60, decimals=1)

    share = localised.format_percent

    index = figures["balance_index"]
    context.print(
        translate("Cli", "Balance index {0} over the groups shown below (1 = talk follows the expected shares)").format(
            "–" if index is None else localised.format_number(index, decimals=2)
        )
    )
    context.print(
        translate("Cli", "Talk {0} min, interpretation {1} min, procedural {2} min, silence {3} min").format(
            minutes(figures["talk_seconds"]),
            minutes(figures["interpretation_seconds"]),
            minutes(figures["procedural_seconds"]),
            minutes(figures["silence_seconds"]),
        )
    )
    context.print()
    context.print(translate("Cli", "Group                          min  share  expected    gap  turns"))
    for g in figures["groups"]:
        context.print(
            f"{_cut(g['label']):<28} {minutes(g['seconds']):>6} {share(g['share']):>6} {share(g['expected']):>9}"
            f" {g['gap'] * 100:>+6.0f} {g['turns']:>6}"
        )
    context.print()
    context.print(translate("Cli", "Person                         min  share  turns"))
    for p in figures["people"]:
        context.print(f"{_cut(p['label']):<28} {minutes(p['seconds']):>6} {share(p['share']):>6} {p['turns']:>6}")
    if figures["items"]:
        context.print()
        context.print(translate("Cli", "Agenda item                    planned  actual  balance"))
        for item in figures["items"]:
            item_index = item["balance_index"]
            context.print(
                f"{_cut(item['title']):<28} {item['planned_minutes']:>8} {item['actual_minutes']:>7}"
                f" {'–' if item_index is None else localised.format_number(item_index, decimals=2):>8}"
            )
        behind = round(figures["behind_minutes"])
        if behind > 0:
            context.print(translate("Cli", "The day runs %n min behind plan.", None, behind))
        elif behind < 0:
            context.print(translate("Cli", "The day runs %n min ahead of plan.", None, -behind))
        else:
            context.print(translate("Cli", "The day runs on time."))
    for alert in figures["alerts"]:
        text = (
            translate("Cli", "Alert: {0} holds {1} of the talk in the last minutes.")
            if alert["kind"] == "dominance"
            else translate("Cli", "Alert: {0} has only {1} of the talk.")
        )
        context.print(text.format(labels.get(alert["group"]) or group_name(alert["group"]), share(alert["share"])))
    if figures["not_yet_heard"]:
        context.print(translate("Cli", "Not yet heard: {0}").format(", ".join(figures["not_yet_heard"])))
    return 0


def _cut(text: str, width: int = 28) -> str:
    """A column's text, cut with an ellipsis where it does not fit, so a cut title reads as cut."""
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
