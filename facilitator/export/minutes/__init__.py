"""Exporting the minutes: the PDF for an audience, a group's follow-up sheet, JSON and CSV.

Everything is checked before the work starts (the language has a catalogue, the file can be written,
the group took part), and the file is written whole or not at all (:mod:`facilitator.export.files`).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from msgspec import Struct, structs

from facilitator import i18n
from facilitator.core.db import Database
from facilitator.core.errors import UserError
from facilitator.core.minutes import follow_up as group_follow_up
from facilitator.core.minutes import versions
from facilitator.core.minutes.content import audience_of, in_language
from facilitator.export import files
from facilitator.i18n import translate

FORMATS = ("pdf", "json", "csv")
Progress = Callable[[int, int], object]


class Request(Struct, frozen=True):
    """What to export: a meeting's minutes for an audience, in a format, with labels in a language; a
    follow-up sheet for ``group``; ``version`` for an issued version as it was issued."""

    meeting_id: str
    audience: str = "internal"
    language: str = "en"
    format: str = "pdf"
    group: str = ""
    version: int | str | None = None  # a number, or the first characters of a fingerprint


def check_language(code: str) -> str:
    """``code`` when its labels can be printed, else a plain refusal naming the languages there are."""
    if i18n.catalogue(code) is None:
        raise UserError(
            translate("Export", "There are no labels in the language {0}. Use one of: {1}").format(
                code, ", ".join(i18n.DOCUMENT_LANGUAGES)
            )
        )
    return code


def format_for(target: Path, given: str | None) -> str:
    """The format to write: as given, else as the file's name says (``minutes.json``), else PDF.  A name
    that says another format than the one given is refused: a PDF named ``minutes.json`` opens nowhere."""
    named = target.suffix.lower().lstrip(".")
    if given is None:
        return named if named in FORMATS else "pdf"
    if named in FORMATS and given.lower() in FORMATS and named != given.lower():
        raise UserError(
            translate(
                "Export",
                "{0} is named as a .{1} file, but the format asked for is {2}. Name it .{2}, or give --format {1}.",
            ).format(target.name, named, given.lower())
        )
    return given.lower()


def check(request: Request) -> None:
    if request.format not in FORMATS:
        raise UserError(translate("Export", "Unknown format: {0}. Use pdf, json or csv.").format(request.format))
    audience_of(request.audience)
    check_language(request.language)
    if request.group and request.format != "pdf":
        raise UserError(translate("Export", "A follow-up sheet is printed as a PDF."))


def minutes_of(db: Database, request: Request) -> versions.Minutes:
    audience = "public" if request.group else request.audience
    if request.version is not None:
        return versions.issued(db, request.meeting_id, request.version, audience)
    return versions.current(db, request.meeting_id, audience)


def make(db: Database, request: Request, progress: Progress | None = None) -> bytes:
    """The exported file's bytes."""
    from facilitator.export.minutes import data

    check(request)
    minutes = minutes_of(db, request)
    if request.format == "json":
        return data.json_bytes(minutes)
    # Gathered in English (one fingerprint for every language): the labels in typed text follow the file's.
    minutes = structs.replace(minutes, content=in_language(minutes.content, request.language))
    if request.format == "csv":
        with i18n.labels_in(request.language):
            return data.csv_bytes(minutes)
    from facilitator.export.minutes import document
    from facilitator.export.minutes import sheet as sheet_pdf

    if request.group:
        cell = group_follow_up.cell_of(db, request.meeting_id, minutes.content, request.group)
        with i18n.labels_in(request.language):  # the sheet names items off the agenda in its language
            sheet = group_follow_up.sheet(minutes.content, request.group, cell)
            return sheet_pdf.render(minutes, sheet, request.language)
    with i18n.labels_in(request.language):
        return document.render(minutes, request.language, progress)


def export(db: Database, request: Request, target: Path, progress: Progress | None = None) -> Path:
    """Write the export to ``target``, checked writable before any work."""
    check(request)
    target = files.check_writable(Path(target))
    files.write_file(make(db, request, progress), target)
    return target
