"""A preview of what the chosen minutes will hold, drawn from the same content the PDF prints.

PySide6-Essentials has no QtPdf module and reportlab draws no page images, so instead of page pictures
the preview shows the document's structure with exactly the words of the chosen audience: what the
public minutes say of each item, to whom each statement is attributed, and what stays out.
"""

from __future__ import annotations

from html import escape
from typing import Any

from facilitator.core.live.notes import KINDS
from facilitator.core.minutes.content import cell_label, draft_summary, group_label, in_language, item_heading
from facilitator.core.minutes.review import SATISFIED
from facilitator.i18n import catalogue, labels_in, translate


def _who(note: dict[str, Any]) -> str:
    return note["by"] or (cell_label(note["cell"]) if note["cell"] else "")


def html(content: dict[str, Any], fingerprint: str, version: int | None, language: str = "en") -> str:
    """The preview as rich text for a QTextBrowser, its headings and labels in ``language`` with the
    PDF's own words, so the preview reads as the document will (English where a language's catalogue is
    missing, as the export refuses it rather than fail)."""
    language = language if catalogue(language) is not None else "en"
    with labels_in(language):
        return _html(in_language(content, language), fingerprint, version)


def _html(content: dict[str, Any], fingerprint: str, version: int | None) -> str:
    a = content["attendance"]
    out = [f"<h2>{escape(content['meeting']['title'])}</h2>"]
    shown = fingerprint[:16] + "…"
    status = (
        translate("Minutes", "Draft, not issued · fingerprint {0}").format(shown)
        if version is None
        else translate("Minutes", "Version {0} · fingerprint {1}").format(version, shown)
    )
    out.append(f"<p><b>{escape(status)}</b></p>")
    out.append(f"<h3>{escape(translate('Minutes', 'Attendance by stakeholder group'))}</h3>")
    if a["stage"] == "planning" and a["present"] is not None:
        invited = translate("Minutes", "{0} people invited, meeting staff not counted.").format(a["present"])
        out.append(f"<p><i>{escape(invited)}</i></p>")
    out.append("<ul>")
    out += [f"<li>{escape(cell_label(c['cell']))}: {c['present']}</li>" for c in a["cells"]]
    out.append("</ul>")
    if a["absent_groups"]:
        out.append(f"<p><b>{escape(translate('Minutes', 'Invited groups that were absent'))}</b></p><ul>")
        unexplained = translate("Minutes", "no reason recorded")
        out += [
            f"<li>{escape(group_label(g['group']))}: {escape(g['reason'] or unexplained)}</li>"
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
            ("information_shared", translate("Minutes", "Information shared")),
            ("responses_given", translate("Minutes", "Responses given")),
            ("dissent", translate("Minutes", "Dissent")),
        ):
            if item[field]:
                body.append(f"<p><b>{escape(name)}:</b> {escape(item[field])}</p>")
        if item["satisfied"]:
            body.append(f"<p><i>{escape(SATISFIED.label(item['satisfied']))}</i></p>")
        if body:
            out.append(f"<h3>{escape(item_heading(item))}</h3>" + "".join(body))
    out.append(f"<h3>{escape(translate('Minutes', 'Action plan'))}</h3><ul>")
    for action in content["actions"]:
        owner = action["owner"]["name"] or (cell_label(action["owner"]["cell"]) if action["owner"]["cell"] else "")
        out.append(f"<li>{escape(action['description'])} – {escape(owner)} {escape(action['due'] or '')}</li>")
    out.append("</ul>")
    return "".join(out)
