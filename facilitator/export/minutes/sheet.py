"""The follow-up sheet of one stakeholder group: one or two pages, in the group's language, that the
facilitator reads out or hands around; it follows the public minutes (see core.minutes.follow_up)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm

from facilitator.core.live.notes import KINDS
from facilitator.core.minutes.content import cell_label, group_label
from facilitator.core.minutes.review import SATISFIED
from facilitator.core.minutes.versions import Minutes
from facilitator.export import pdf
from facilitator.export.minutes.document import PUBLIC_COLOUR, WIDTH, dates, metadata, version_line
from facilitator.export.pdf.styles import label
from facilitator.i18n import translate


def story(minutes: Minutes, sheet: dict[str, Any]) -> list:
    s = pdf.styles(10.5)
    meeting = minutes.content["meeting"]
    out = [
        pdf.para(translate("FollowUp", "What happens next"), s.subtitle),
        pdf.para(group_label(sheet["group"]), s.title, bold=True),
        pdf.para(f"{meeting['title']} · {dates(meeting)}", s.meta),
        pdf.heading(translate("FollowUp", "What was agreed"), 0, s),
    ]
    bullet = "<bullet>•</bullet>"
    out += [pdf.para(text, s.bullet, markup=bullet) for text in sheet["agreed"]] or [
        pdf.para(translate("FollowUp", "Nothing was agreed yet."), s.body)
    ]
    out.append(pdf.heading(translate("FollowUp", "What your group raised"), 0, s))
    if sheet["cell"] != sheet["group"]:
        out.append(
            pdf.para(translate("FollowUp", "Shown together with: {0}").format(cell_label(sheet["cell"])), s.meta)
        )
    out += [
        pdf.para(entry["body"], s.bullet, markup=bullet + label(KINDS.label(entry["kind"]) + ": "))
        for entry in sheet["raised"]
    ] or [pdf.para(translate("FollowUp", "No point of your group was noted for the public record."), s.body)]
    if sheet["responses"]:
        out.append(pdf.heading(translate("FollowUp", "The answers you were given"), 0, s))
        for entry in sheet["responses"]:
            out.append(pdf.para(entry["response"], s.body, markup=label(entry["item"] + ": ")))
            if entry["satisfied"]:
                out.append(pdf.para(SATISFIED.label(entry["satisfied"]), s.meta))
    out.append(pdf.heading(translate("FollowUp", "What happens next, and by when"), 0, s))
    if sheet["next"]:
        rows = [[translate("FollowUp", "What"), translate("FollowUp", "Who"), translate("FollowUp", "By when")]]
        rows += [
            [
                a["description"],
                cell_label(a["owner"]) if a["owner"] else "–",
                a["due"] or translate("FollowUp", "not set"),
            ]
            for a in sheet["next"]
        ]
        out.append(pdf.table(rows, (WIDTH - 80 * mm, 50 * mm, 30 * mm), s))
    else:
        out.append(pdf.para(translate("FollowUp", "No next steps were agreed yet."), s.body))
    out.append(pdf.heading(translate("FollowUp", "How we will report back to you"), 0, s))
    out.append(pdf.para(sheet["how"] or translate("FollowUp", "The facilitator will tell you how and when."), s.body))
    return out


def render(minutes: Minutes, sheet: dict[str, Any], language: str) -> bytes:
    marking = pdf.Marking(
        label=translate("FollowUp", "Follow-up"),
        title=minutes.content["meeting"]["title"],
        footer=version_line(minutes),
        colour=PUBLIC_COLOUR,
    )
    base = metadata(minutes, language)
    info = pdf.Metadata(
        title=translate("FollowUp", "Follow-up: {0}").format(group_label(sheet["group"])),
        subject=base.subject,
        keywords=base.keywords,
        language=language,
        made_at=base.made_at,
    )
    return pdf.Document(info, marking).build(story(minutes, sheet))
