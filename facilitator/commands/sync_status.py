"""``facilitator sync-status``: this laptop's name, its sync targets and what waits to be sent, the
devices met, the conflicts to decide, and a fingerprint to compare laptops by."""

from __future__ import annotations

import argparse
from typing import Any

from facilitator.commands.context import CommandContext
from facilitator.i18n import translate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("sync-status", help=translate("Cli", "what has synced where, and what waits"))
    parser.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    parser.set_defaults(run=run, writes=False)


def collect(context: CommandContext) -> dict[str, Any]:
    from sqlalchemy import select

    from facilitator.core.models import Meeting, SyncPending
    from facilitator.sync import selection, state
    from facilitator.sync.conflicts import list_conflicts
    from facilitator.sync.digest import content_digest
    from facilitator.sync.run import outgoing

    db = context.db
    with db.session() as session:
        titles = {m.id: m.title for m in session.scalars(select(Meeting))}
        confidential = [m.title for m in session.scalars(select(Meeting)) if selection.is_confidential(m)]
        waiting = len(session.scalars(select(SyncPending.row_id)).all())
    known = state.known_devices(db)
    newest = _newest_changes(db, list(known))
    targets = []
    for target in sorted(state.targets(db), key=lambda t: t.last_sync, reverse=True):
        meetings = selection.meetings_for(db, target)
        targets.append(
            {
                "kind": target.kind,
                "location": target.location,
                "key": target.key,
                "meetings": None if target.meetings is None else [titles.get(m, m[:8]) for m in target.meetings],
                "last_sync": target.last_sync,
                "to_send": len(outgoing(db, target, meetings).changes),
            }
        )
    return {
        "device": {"id": db.device_id, "name": state.device_name(db)},
        "targets": targets,
        "devices": [
            {
                "id": device,
                "name": seen.get("name", ""),
                "last_seen": seen.get("seen", ""),
                "newest_change": newest.get(device, ""),
            }
            for device, seen in sorted(known.items(), key=lambda item: item[1].get("name", ""))
        ],
        "confidential_meetings": confidential,
        "open_conflicts": len(list_conflicts(db)),
        "waiting_records": waiting,
        "fingerprint": content_digest(db),
    }


def _newest_changes(db: Any, devices: list[str]) -> dict[str, str]:
    """When the newest change this laptop holds from each device was made (its stamp, in UTC): a sync finds
    every laptop's folder, so when it was last seen says nothing of when it last worked."""
    from datetime import UTC, datetime

    newest = {}
    with db.engine.connect() as connection:
        for device in devices:
            stamp = connection.exec_driver_sql(
                "SELECT max(hlc) FROM sync_change WHERE hlc LIKE ?", (f"%.{device}",)
            ).scalar()
            if stamp:
                made = datetime.fromtimestamp(int(stamp.split(".", 1)[0]) / 1000, UTC)
                newest[device] = made.strftime("%Y-%m-%dT%H:%M:%SZ")
    return newest


def run(args: argparse.Namespace, context: CommandContext) -> int:
    from facilitator.sync.summary import device_labels

    status = collect(context)
    if args.json:
        context.print_json(status)
        return 0
    device = status["device"]
    context.print(translate("Cli", "This laptop: {0} ({1})").format(device["name"], device["id"][:8]))
    if not status["targets"]:
        context.print(translate("Cli", "Not synced yet. Start with: facilitator sync --folder DIR"))
    for target in status["targets"]:
        chosen = (
            translate("Cli", "every meeting not marked confidential")
            if target["meetings"] is None
            else ", ".join(target["meetings"]) or "–"
        )
        context.print()
        context.print(f"{target['kind']}: {target['location']}")
        context.print("  " + translate("Cli", "Meetings sent: {0}").format(chosen))
        context.print("  " + translate("Cli", "Last sync: {0}").format(target["last_sync"] or "–"))
        context.print("  " + translate("Cli", "Changes waiting to be sent: {0}").format(target["to_send"]))
    if status["devices"]:
        context.print()
        context.print(translate("Cli", "Devices, with the newest change held from each:"))
        # This laptop among them, so that another of its name ("vm") is told apart by its id.
        labels = device_labels({device["id"]: device["name"]} | {d["id"]: d["name"] for d in status["devices"]})
        for seen in status["devices"]:
            context.print(f"  {labels[seen['id']]}  {seen['newest_change'] or '–'}")
    if status["confidential_meetings"]:
        context.print()
        context.print(
            translate("Cli", "Confidential, sent only where chosen by name: {0}").format(
                ", ".join(status["confidential_meetings"])
            )
        )
    context.print()
    context.print(translate("Cli", "Conflicts to decide: {0}").format(status["open_conflicts"]))
    if status["waiting_records"]:
        context.print(translate("Cli", "Records waiting for what they refer to: {0}").format(status["waiting_records"]))
    context.print(translate("Cli", "Fingerprint: {0}").format(status["fingerprint"][:16]))
    return 0
