"""The minutes as a PDF: what a facilitator sends after a roundtable, for an internal or a public audience.

It prints a content of :mod:`facilitator.core.minutes.content` (already decided by the disclosure
policy) with labels in the chosen language; nothing here reads the database, so an issued version
prints the same bytes again from its frozen content.  Sections, in the order minutes are read: cover
(with the confidentiality, version and fingerprint), ground rules, attendance by stakeholder group,
the agenda planned against actual, the discussion per item, the action plan, commitments, the
speaking-time balance with its charts, the inclusion check, and follow-up, distribution and sign-off.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Spacer

from facilitator import i18n
from facilitator.core import taxonomy, vocabulary
from facilitator.core.actions import STATUSES
from facilitator.core.agenda.kinds import PAUSE_KINDS
from facilitator.core.inclusion import report as inclusion_report
from facilitator.core.live.notes import KINDS
from facilitator.core.localised import format_number
from facilitator.core.minutes.content import cell_label, draft_summary, group_label, item_heading, noted_or_reviewed
from facilitator.core.minutes.review import SATISFIED
from facilitator.core.minutes.versions import Minutes
from facilitator.export import pdf
from facilitator.export.pdf.styles import Styles, label, restyled
from facilitator.i18n import translate

WIDTH = 210 * mm - 32 * mm
Progress = Callable[[int, int], object]
INTERNAL_COLOUR, PUBLIC_COLOUR = "#9B2C2C", "#1F4E79"
CHUNK = 25


def _day(stamp: str | None) -> str:
    return stamp[:10] if stamp else ""


def _clock(stamp: str | None) -> str:
    return stamp[11:16] if stamp else "–"


def dates(meeting: dict[str, Any]) -> str:
    """The day of the meeting, or its first and last ("2026-12-09 – 2026-12-10")."""
    first, last = _day(meeting["starts"]), _day(meeting["ends"])
    return f"{first} – {last}" if last and last != first else first


def when(meeting: dict[str, Any]) -> str:
    """From when to when, in the meeting's zone: a meeting of two days gives both."""
    first, last = _day(meeting["starts"]), _day(meeting["ends"])
    if last and last != first:
        span = f"{first}, {_clock(meeting['starts'])} – {last}, {_clock(meeting['ends'])}"
    else:
        span = f"{first}, {_clock(meeting['starts'])}–{_clock(meeting['ends'])}"
    return f"{span} ({meeting['timezone']})"


def marking_label(audience: str) -> str:
    if audience == "internal":
        return translate("Minutes", "INTERNAL – not for distribution")
    return translate("Minutes", "PUBLIC – Chatham House Rule")


def version_line(minutes: Minutes) -> str:
    if minutes.version is None:
        return translate("Minutes", "Draft, not issued · fingerprint {0}").format(minutes.fingerprint)
    return translate("Minutes", "Version {0} · fingerprint {1}").format(minutes.version, minutes.fingerprint)


def _who(entry: dict[str, Any]) -> str:
    """Who said or owns something, as the content allows: a name, else the group or cell."""
    name = entry.get("by") or entry.get("name") or ""
    cell = entry.get("cell") or ""
    if name and cell:
        return f"{name} ({cell_label(cell)})"
    return name or (cell_label(cell) if cell else "")


class _Writer:
    def __init__(self, minutes: Minutes, s: Styles) -> None:
        self.minutes, self.content, self.s = minutes, minutes.content, s
        self.internal = self.content["audience"] == "internal"
        self.story: list[Flowable] = []

    def add(self, *flowables: Flowable) -> None:
        self.story.extend(flowables)

    def text(self, text: str, style: Any = None, bold: bool = False, markup: str = "") -> None:
        if text or markup:
            self.add(pdf.para(text, style or self.s.body, bold=bold, markup=markup))

    def bullets(self, lines: list[str]) -> None:
        for line in lines:
            self.add(pdf.para(line, self.s.bullet, markup="<bullet>•</bullet>"))

    def table(self, rows: list[list[Any]], widths: tuple[float, ...], shaded: tuple[int, ...] = ()) -> None:
        """A ruled table; a long one is cut into tables of ``CHUNK`` rows, each with the header, because
        reportlab measures every remaining row again at each page break of a single long table."""
        head, body = rows[0], rows[1:]
        for start in range(0, max(len(body), 1), CHUNK):
            chunk = [head, *body[start : start + CHUNK]]
            marked = [n - start for n in shaded if start < n <= start + CHUNK]
            self.add(pdf.table(chunk, widths, self.s, shaded=marked))

    def labelled(self, name: str, text: str) -> None:
        if text:
            self.add(pdf.para(text, self.s.body, markup=label(name + ": ")))

    # -- sections --------------------------------------------------------------------------------------

    def cover(self) -> None:
        meeting, staff = self.content["meeting"], self.content["staff"]
        self.text(translate("Minutes", "Minutes"), self.s.subtitle)
        self.text(meeting["title"], self.s.title, bold=True)
        colour = INTERNAL_COLOUR if self.internal else PUBLIC_COLOUR
        self.text(marking_label(self.content["audience"]), restyled(self.s.h2, textColor=colour), bold=True)
        place = ", ".join(part for part in (meeting["venue"], meeting["city"]) if part)
        interpreters = _names(staff["interpreter"])
        languages = ", ".join(vocabulary.LANGUAGES.label(code) for code in meeting["languages"])
        rows = [
            (translate("Minutes", "Date"), when(meeting)),
            (translate("Minutes", "Place"), place),
            (translate("Minutes", "Purpose"), meeting["purpose"]),
            (translate("Minutes", "Facilitator"), _names(staff["facilitator"]) or "–"),
            (
                translate("Minutes", "Note-taker"),
                _names(staff["note_taker"]) or translate("Minutes", "not recorded"),
            ),
            (translate("Minutes", "Working languages"), languages),
            (translate("Minutes", "Interpretation"), interpreters or translate("Minutes", "none")),
            (translate("Minutes", "Confidentiality"), self._confidentiality()),
            (translate("Minutes", "Version"), self._version()),
            (translate("Minutes", "Fingerprint (SHA-256)"), self.minutes.fingerprint),
        ]
        self.add(Spacer(1, 3 * mm))
        self.add(
            pdf.table(
                [[pdf.para(name, self.s.cell_head, bold=True), pdf.para(value, self.s.cell)] for name, value in rows],
                (42 * mm, WIDTH - 42 * mm),
                self.s,
                header=False,
            )
        )
        self.add(Spacer(1, 6 * mm))
        self.text(translate("Minutes", "Contents"), self.s.h2, bold=True)
        self.add(pdf.Contents(self.s, depth=1), PageBreak())

    def _confidentiality(self) -> str:
        if self.internal:
            return translate(
                "Minutes",
                "Internal: complete, with notes marked internal or confidential; people who asked not to be named "
                "appear as their group. For the organising team only.",
            )
        return translate(
            "Minutes",
            "Public: statements are attributed to stakeholder groups only, never to a person or an organisation; "
            "groups smaller than {0} people are merged.",
        ).format(self.content["meeting"]["min_group_size"])

    def _version(self) -> str:
        if self.minutes.version is None:
            return translate("Minutes", "Draft, not yet issued")
        issued = self.minutes.issued_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC") if self.minutes.issued_at else ""
        return translate("Minutes", "Version {0}, issued {1}").format(self.minutes.version, issued)

    def ground_rules(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Ground rules"), 0, self.s))
        meeting = self.content["meeting"]
        if meeting["chatham_house"] and "chatham" not in self.content["ground_rules"].casefold():
            self.text(
                translate(
                    "Minutes",
                    "The meeting was held under the Chatham House Rule: what is said may be used, but not who said it.",
                )
            )
        if not meeting["recording_allowed"]:
            self.text(translate("Minutes", "No audio or video recording was allowed."))
        for line in self.content["ground_rules"].splitlines():
            self.text(line.strip())

    def attendance(self) -> None:
        a = self.content["attendance"]
        self.add(pdf.heading(translate("Minutes", "Attendance by stakeholder group"), 0, self.s))
        gender = a["gender"]
        planning = a["stage"] == "planning"  # nobody is marked as attended: the list is all there is
        if planning:
            self.text(
                translate(
                    "Minutes",
                    "No attendance was recorded: nobody is marked as having attended. The figures are of the "
                    "people invited who did not decline.",
                ),
                bold=True,
            )
        if a["present"] is None:
            self.text(translate("Minutes", "Too few people took part to show any figure without pointing to a person."))
        elif planning:
            self.text(translate("Minutes", "{0} people invited, meeting staff not counted.").format(a["present"]))
        else:
            self.text(
                translate("Minutes", "{0} participants took part, meeting staff not counted.").format(a["present"])
            )
            if gender["women"] is not None:
                self.text(
                    translate("Minutes", "Women: {0} · men: {1} · other or not stated: {2}").format(
                        gender["women"], gender["men"], gender["other_gender"]
                    )
                )
            else:
                self.text(
                    translate("Minutes", "Gender counts are withheld: one of them is smaller than {0}.").format(
                        self.content["meeting"]["min_group_size"]
                    )
                )
        if a["cells"]:
            head = [
                translate("Minutes", "Stakeholder group"),
                translate("Minutes", "Invited") if planning else translate("Minutes", "Present"),
            ]
            if self.internal:
                head += [translate("Minutes", "Women"), translate("Minutes", "Men"), translate("Minutes", "Other")]
            rows = [head]
            for cell in a["cells"]:
                row = [cell_label(cell["cell"]), str(cell["present"])]
                if self.internal:
                    row += [str(cell["women"]), str(cell["men"]), str(cell["other_gender"])]
                rows.append(row)
            widths = (
                (WIDTH - 80 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm) if self.internal else (WIDTH - 30 * mm, 30 * mm)
            )
            self.table(rows, widths)
            self.add(Spacer(1, 2 * mm))
        self.add(pdf.heading(translate("Minutes", "Invited groups that were absent"), 1, self.s, contents=False))
        if a["absent_groups"]:
            unexplained = translate("Minutes", "no reason recorded")
            self.bullets([f"{group_label(g['group'])}: {g['reason'] or unexplained}" for g in a["absent_groups"]])
        elif planning:
            self.text(translate("Minutes", "Every group expected has someone invited who did not decline."))
        else:
            self.text(translate("Minutes", "Every invited group was present."))
        if a["proxies"]:
            self.add(pdf.heading(translate("Minutes", "Proxies"), 1, self.s, contents=False))
            self.bullets(
                [
                    translate("Minutes", "{0} spoke as a proxy for {1}, who were not present in person.").format(
                        _who(p) or translate("Minutes", "A participant"), group_label(p["speaks_for"])
                    )
                    for p in a["proxies"]
                ]
            )
        if a["people"]:
            self.add(pdf.heading(translate("Minutes", "Participants"), 1, self.s, contents=False))
            rows = [
                [
                    translate("Minutes", "Name"),
                    translate("Minutes", "Organisation"),
                    translate("Minutes", "Stakeholder group"),
                    translate("Minutes", "Role"),
                ]
            ]
            for p in a["people"]:
                role = p["role"] + (" · " + translate("Minutes", "proxy") if p["proxy"] else "")
                rows.append([p["name"] or _withheld(p), p["organisation"], group_label(p["group"]), role])
            self.table(rows, (42 * mm, 48 * mm, 42 * mm, WIDTH - 132 * mm))

    def agenda(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Agenda: planned and actual times"), 0, self.s))
        rows = [
            [
                translate("Minutes", "No."),
                translate("Minutes", "Item"),
                translate("Minutes", "Planned"),
                translate("Minutes", "Actual"),
                translate("Minutes", "Difference"),
            ]
        ]
        days = len({item["day"] for item in self.content["agenda"]}) > 1
        for item in self.content["agenda"]:
            planned = f"{_clock(item['planned_start'])}–{_clock(item['planned_end'])} ({item['planned_minutes']}′)"
            if item["actual_minutes"] is None:
                actual, difference = translate("Minutes", "not held"), ""
            else:
                actual = f"{_clock(item['actual_start'])}–{_clock(item['actual_end'])} ({item['actual_minutes']}′)"
                difference = f"{item['actual_minutes'] - item['planned_minutes']:+d}′"
            day = translate("Minutes", "day {0}").format(item["day"])
            title = item["title"] + (f" · {day}" if days else "")
            rows.append([str(item["number"]), title, planned, actual, difference])
        self.table(rows, (10 * mm, WIDTH - 104 * mm, 36 * mm, 36 * mm, 22 * mm))

    def items(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Discussion"), 0, self.s))
        kinds = {item["id"]: item["kind"] for item in self.content["agenda"]}
        quiet = []
        for item in self.content["items"]:
            if noted_or_reviewed(item):
                self.item(item)
            elif kinds.get(item["id"]) not in PAUSE_KINDS:
                quiet.append(item_heading(item))
        if quiet:
            self.add(Spacer(1, 2 * mm))
            self.text(
                translate("Minutes", "Nothing for this record was noted under: {0}.").format("; ".join(quiet)),
                self.s.meta,
            )

    def item(self, item: dict[str, Any]) -> None:
        self.add(pdf.heading(item_heading(item), 1, self.s))
        if item["risk_tags"]:
            tags = taxonomy.risk_tags()
            names = ", ".join(tags[t].label if t in tags else t for t in item["risk_tags"])
            self.text(names, self.s.small, markup=label(translate("Minutes", "Risks") + ": "))
        notes = [self._marked(note) for note in item["notes"]]
        of = {kind: [n for n in notes if n["kind"] == kind] for kind in KINDS}
        if item["summary"]:
            self.text(item["summary"])
        # The internal minutes are complete: a summary typed for the item leaves its points listed there
        # (it is printed in the public minutes too, so it holds only what they may show).
        drafted = draft_summary(notes) if self.internal or not item["summary"] else []
        if drafted:
            self.text(translate("Minutes", "Points raised"), self.s.h3, bold=True)
            self.bullets(drafted)
        self.labelled(translate("Minutes", "Information shared"), item["information_shared"])
        if of["decision"]:
            self.text(translate("Minutes", "Agreed"), self.s.h3, bold=True)
            self.bullets([n["body"] for n in of["decision"]])
        if item["responses_given"] or item["satisfied"]:
            self.labelled(translate("Minutes", "Responses given"), item["responses_given"])
            if item["satisfied"]:
                self.text(SATISFIED.label(item["satisfied"]), self.s.meta)
        self.labelled(translate("Minutes", "Dissent"), item["dissent"])
        if of["quote"]:  # each under its own heading, so nothing said reads as agreed
            self.text(translate("Minutes", "In their words"), self.s.h3, bold=True)
        for note in of["quote"]:
            who = _who(note)
            mark = note.get("mark", "")
            self.add(pdf.para(f"{mark}“{note['body'][len(mark) :]}”" + (f" – {who}" if who else ""), self.s.quote))
        follow = [
            f"{KINDS.label(n['kind'])}: {n['body']}" + (f" – {_who(n)}" if _who(n) else "")
            for kind in ("action", "commitment")
            for n in of[kind]
        ]
        if follow:
            self.text(translate("Minutes", "Actions and commitments"), self.s.h3, bold=True)
            self.bullets(follow)
        if self.internal:
            marked = [n for n in notes if n["confidentiality"] == "confidential"]
            if marked:
                self.text(
                    translate(
                        "Minutes", "%n of these notes are confidential: they appear in no public document.", None,
                        len(marked),
                    ),
                    self.s.small,
                )  # fmt: skip

    def _marked(self, note: dict[str, Any]) -> dict[str, Any]:
        """A confidential note in the internal minutes says so where it is printed, not only in a count
        below the item: the file leaves the laptop, and whoever shares a passage must see what it holds."""
        if not self.internal or note["confidentiality"] != "confidential":
            return note
        return {**note, "body": _confidential_mark() + note["body"], "mark": _confidential_mark()}

    def actions(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Action plan"), 0, self.s))
        actions = self.content["actions"]
        if not actions:
            self.text(translate("Minutes", "No actions were agreed."))
            return
        rows = [
            [
                translate("Minutes", "No."),
                translate("Minutes", "Action"),
                translate("Minutes", "Owner"),
                translate("Minutes", "Deadline"),
                translate("Minutes", "Status"),
            ]
        ]
        for number, action in enumerate(actions, start=1):
            owner = action["owner"]
            who = _who({"name": owner["name"], "cell": owner["cell"]}) or translate("Minutes", "to be agreed")
            rows.append(
                [
                    str(number),
                    _mark_of(action) + action["description"],
                    who,
                    action["due"] or translate("Minutes", "none set"),
                    STATUSES.label(action["status"]),
                ]
            )
        self.table(rows, (10 * mm, WIDTH - 124 * mm, 50 * mm, 24 * mm, 40 * mm))

    def commitments(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Commitments"), 0, self.s))
        commitments = self.content["commitments"]
        if not commitments:
            self.text(translate("Minutes", "No commitments were recorded."))
            return
        titles = {item["id"]: item_heading(item) for item in self.content["items"]}
        rows = [[translate("Minutes", "Commitment"), translate("Minutes", "By"), translate("Minutes", "Item")]]
        rows += [[_mark_of(c) + c["body"], _who(c), titles.get(c["item"], "")] for c in commitments]
        self.table(rows, (WIDTH - 100 * mm, 50 * mm, 50 * mm))

    def balance(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Speaking-time balance"), 0, self.s))
        balance = self.content["balance"]
        if not balance["shown"]:
            self.text(
                translate("Minutes", "Too few people took part to show speaking time without pointing to a person.")
            )
            return
        interpreted = balance["interpretation_minutes"]
        counted = (
            translate("Minutes", "Counted talk: %n minute(s).", None, balance["talk_minutes"]),
            translate("Minutes", "Interpretation, counted apart: %n minute(s).", None, interpreted),
            translate(
                "Minutes",
                "Balance index for the meeting: {0} (1 means talk followed each group's expected share; it falls "
                "towards 0 as one group dominates).",
            ).format(_index(balance["index"])),
        )
        if not self.internal:  # the same talk reads as better balanced when small groups are merged
            counted += (
                translate(
                    "Minutes",
                    "It is worked out over the groups as shown here: a group too small to be shown apart counts "
                    "within a merged one, so the internal minutes, over every group, may show a lower index.",
                ),
            )
        self.text(" ".join(counted))
        bars = [
            pdf.Bar(cell_label(c["cell"]), c["share"], c["expected"], flag=c["share"] < c["expected"] / 2)
            for c in balance["cells"]
        ]
        legend = (translate("Minutes", "share of talk"), translate("Minutes", "expected share"))
        self.add(
            KeepTogether(
                [
                    pdf.para(
                        translate("Minutes", "Share of talk against expected share, by group"), self.s.h3, bold=True
                    ),
                    pdf.BarChart(bars, WIDTH, legend=legend),
                ]
            )
        )
        per_item = [
            pdf.Bar(
                item_heading(i),
                i["balance_index"],
                flag=i["balance_index"] < 0.6,
                text=_index(i["balance_index"]),
            )
            for i in self.content["items"]
            if i["balance_index"] is not None
        ]
        if per_item:
            self.add(Spacer(1, 3 * mm))
            self.add(
                KeepTogether(
                    [
                        pdf.para(translate("Minutes", "Balance index per agenda item"), self.s.h3, bold=True),
                        pdf.BarChart(per_item, WIDTH, scale=1.0),
                    ]
                )
            )
        if not self.internal:
            self.text(
                translate(
                    "Minutes",
                    "Groups smaller than {0} people are merged into a wider group, so no figure points to a person.",
                ).format(self.content["meeting"]["min_group_size"]),
                self.s.small,
            )

    def inclusion(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Inclusion check"), 0, self.s))
        found = self.content["inclusion"]
        counts = found["counts"]
        self.text(
            translate("Minutes", "{0} checks passed, {1} failed, {2} warnings.").format(
                counts["pass"], counts["fail"], counts["warning"]
            )
        )
        messages = {rule.id: rule.message for rule in inclusion_report.rules()}
        rows = [[translate("Minutes", "Check"), translate("Minutes", "Result")]]
        for check in found["checks"]:
            detail = check.get("detail_in", {}).get(i18n.language(), check["detail"])  # a version made before: English
            text = messages.get(check["rule"], check["rule"]) + (f" – {detail}" if detail else "")
            rows.append([text, translate("Inclusion", inclusion_report.STATUSES[check["status"]])])
        shaded = [n for n, check in enumerate(found["checks"], start=1) if check["status"] == "fail"]
        self.table(rows, (WIDTH - 30 * mm, 30 * mm), tuple(shaded))

    def follow_up(self) -> None:
        self.add(pdf.heading(translate("Minutes", "Follow-up and distribution"), 0, self.s))
        follow = self.content["follow_up"]
        self.text(translate("Minutes", "Reporting back"), self.s.h3, bold=True)
        self.text(
            follow["how"] or translate("Minutes", "How results are reported back to each group is still to be agreed.")
        )
        if follow["feedback"]:
            self.text(translate("Minutes", "Issues and responses"), self.s.h3, bold=True)
            rows = [
                [translate("Minutes", "Issue"), translate("Minutes", "Response"), translate("Minutes", "Satisfied")]
            ]
            rows += [[f["title"], f["response"], SATISFIED.label(f["satisfied"])] for f in follow["feedback"]]
            self.table(rows, (50 * mm, WIDTH - 95 * mm, 45 * mm))
        self.text(translate("Minutes", "Distribution"), self.s.h3, bold=True)
        self.bullets(follow["distribution"]["listed"] or [cell_label(g) for g in follow["distribution"]["groups"]])
        heading = pdf.para(translate("Minutes", "Approval by participants"), self.s.h3, bold=True)
        asked = pdf.para(
            translate(
                "Minutes",
                "Please return this page signed, or tell the facilitator what should change. "
                "Quote the fingerprint printed at the foot of each page.",
            ),
            self.s.body,
        )
        rows = [
            [
                translate("Minutes", "Name or group"),
                translate("Minutes", "Approved / amendment requested"),
                translate("Minutes", "Signature"),
                translate("Minutes", "Date"),
            ]
        ]
        rows += [["", "", "", ""] for _ in range(4)]
        table = pdf.table(rows, (55 * mm, 55 * mm, WIDTH - 140 * mm, 30 * mm), self.s)
        table.setStyle(
            [
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [None]),
                ("TOPPADDING", (0, 1), (-1, -1), 9),
                ("BOTTOMPADDING", (0, 1), (-1, -1), 9),
            ]
        )
        self.add(KeepTogether([heading, asked, table]))  # a page to sign is not cut across two


def _withheld(person: dict[str, Any]) -> str:
    """How a person who is not named is listed: by group, or not at all."""
    if person["level"] == "group_only":
        return (
            translate("Anonymity", "Participant (group withheld)")
            if not person["group"]
            else group_label(person["group"])
        )
    return translate("Anonymity", "Anonymous participant")


def _names(names: list[str]) -> str:
    return ", ".join(name or translate("Minutes", "(name withheld)") for name in names)


def _confidential_mark() -> str:
    """What stands before a confidential note, action or commitment where the internal minutes print it."""
    return "[" + vocabulary.CONFIDENTIALITY.label("confidential") + "] "


def _mark_of(entry: dict[str, Any]) -> str:
    """The mark of an action or commitment of the minutes' data, which says ``confidential`` only when so."""
    return _confidential_mark() if entry.get("confidential") else ""


def _index(value: float | None) -> str:
    return "–" if value is None else format_number(value, 2)


def story(minutes: Minutes, s: Styles | None = None) -> list[Flowable]:
    """The flowables of the minutes, in the language of the labels now in force."""
    writer = _Writer(minutes, s or pdf.styles())
    for section in (
        writer.cover,
        writer.ground_rules,
        writer.attendance,
        writer.agenda,
        writer.items,
        writer.actions,
        writer.commitments,
        writer.balance,
        writer.inclusion,
        writer.follow_up,
    ):
        section()
    return writer.story


def metadata(minutes: Minutes, language: str) -> pdf.Metadata:
    """Title, subject and keywords that carry the meeting and the fingerprint, never a person."""
    content = minutes.content
    made = minutes.issued_at or _meeting_end(content)
    return pdf.Metadata(
        title=translate("Minutes", "Minutes: {0}").format(content["meeting"]["title"]),
        subject=f"{_day(content['meeting']['starts'])} · {marking_label(content['audience'])}",
        keywords=(minutes.fingerprint, version_line(minutes)),
        language=language,
        made_at=made,
    )


def _meeting_end(content: dict[str, Any]) -> datetime:
    """A draft's creation date: the meeting's end, so the same draft prints the same bytes."""
    return datetime.fromisoformat(content["meeting"]["ends"]).astimezone(UTC)


def render(minutes: Minutes, language: str = "en", progress: Progress | None = None) -> bytes:
    """The PDF's bytes; call inside ``i18n.labels_in(language)`` for labels in that language."""
    marking = pdf.Marking(
        label=marking_label(minutes.content["audience"]),
        title=minutes.content["meeting"]["title"],
        footer=version_line(minutes),
        colour=INTERNAL_COLOUR if minutes.content["audience"] == "internal" else PUBLIC_COLOUR,
    )
    return pdf.Document(metadata(minutes, language), marking).build(story(minutes), progress=progress)
