"""A preview of what the chosen minutes will hold, drawn from the same content the PDF prints.

PySide6-Essentials has no QtPdf module and reportlab draws no page images, so instead of page pictures
the preview shows the document's structure with exactly the words of the chosen audience: what the
public minutes say of each item, to whom each statement is attributed, and what stays out.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication

from facilitator.core.live.notes import KINDS
from facilitator.core.minutes.content import cell_label, draft_summary, group_label, item_heading
from facilitator.core.minutes.review import SATISFIED


def _who(note: dict[str, Any]) -> str:
    return note["by"] or (cell_label(note["cell"]) if note["cell"] else "")


def html(content: dict[str, Any], fingerprint: str, version: int | None) -> str:
    """The preview as rich text for a QTextBrowser."""
    a = content["attendance"]
    out = [f"<h2>{escape(content['meeting']['title'])}</h2>"]
    status = (
        QCoreApplication.translate("MinutesPreview", "Draft, not issued")
        if version is None
        else QCoreApplication.translate("MinutesPreview", "Version {0}").format(version)
    )
    out.append(f"<p><b>{escape(status)}</b> · <tt>{fingerprint[:16]}…</tt></p>")
    attendance = QCoreApplication.translate("MinutesPreview", "Attendance")
    absent = QCoreApplication.translate("MinutesPreview", "absent")
    out.append(f"<h3>{escape(attendance)}</h3>")
    if a["stage"] == "planning":
        unrecorded = QCoreApplication.translate(
            "MinutesPreview", "No attendance recorded: these are the people invited who did not decline."
        )
        out.append(f"<p><i>{escape(unrecorded)}</i></p>")
    out.append("<ul>")
    out += [f"<li>{escape(cell_label(c['cell']))}: {c['present']}</li>" for c in a["cells"]]
    out += [
        f"<li><i>{escape(group_label(g['group']))}: {escape(absent)}</i> {escape(g['reason'])}</li>"
        for g in a["absent_groups"]
    ]
    out.append("</ul>")
    for item in content["items"]:
        body = []
        if item["summary"]:
            body.append(f"<p>{escape(item['summary'])}</p>")
        else:
            body += [f"<p style='color:#666'>• {escape(line)}</p>" for line in draft_summary(item["notes"])]
        for note in item["notes"]:
            if note["kind"] in ("decision", "quote", "action", "commitment"):
                who = _who(note)
                body.append(
                    f"<p>{escape(KINDS.label(note['kind']))}: {escape(note['body'])}"
                    + (f" <i>({escape(who)})</i>" if who else "")
                    + "</p>"
                )
        for field, name in (
            ("information_shared", QCoreApplication.translate("MinutesPreview", "Information shared")),
            ("responses_given", QCoreApplication.translate("MinutesPreview", "Responses")),
            ("dissent", QCoreApplication.translate("MinutesPreview", "Dissent")),
        ):
            if item[field]:
                body.append(f"<p><b>{escape(name)}:</b> {escape(item[field])}</p>")
        if item["satisfied"]:
            body.append(f"<p><i>{escape(SATISFIED.label(item['satisfied']))}</i></p>")
        if body:
            out.append(f"<h3>{escape(item_heading(item))}</h3>" + "".join(body))
    action_plan = QCoreApplication.translate("MinutesPreview", "Action plan")
    out.append(f"<h3>{escape(action_plan)}</h3><ul>")
    for action in content["actions"]:
        owner = action["owner"]["name"] or (cell_label(action["owner"]["cell"]) if action["owner"]["cell"] else "")
        out.append(f"<li>{escape(action['description'])} – {escape(owner)} {escape(action['due'] or '')}</li>")
    out.append("</ul>")
    return "".join(out)
