"""What openpyxl's read-only reading (which the import uses, to stay fast and bounded) leaves out of a
sheet, read from the sheet's XML through ``defusedxml`` as openpyxl reads it.

- Merged cells: a hand-made list merges a group's name down the rows of its people, and a spreadsheet
  keeps the value in the range's first cell only.  It is given to the rows below, down the first column
  only: a title merged across the top of the sheet stays one cell, so it cannot pass for column names.
- Formulas whose results were never saved (a list written by a program and not opened in a spreadsheet
  since): their cells read as empty, so the import refuses the file rather than skip its people as nameless.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from bisect import bisect_right
from collections.abc import Iterable, Iterator

from defusedxml import ElementTree
from openpyxl.utils.cell import range_boundaries

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
RELATIONSHIPS = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
PACKAGE_RELATIONSHIPS = "{http://schemas.openxmlformats.org/package/2006/relationships}"

Rows = list[tuple[int, tuple[str, ...]]]


def _sheet_part(archive: zipfile.ZipFile, title: str) -> str | None:
    """The zip member that holds the sheet called ``title``: workbook.xml names it, its relationships
    say where it is."""
    workbook = ElementTree.fromstring(archive.read("xl/workbook.xml"))
    found = next((s for s in workbook.iter(f"{MAIN}sheet") if s.get("name") == title), None)
    if found is None:
        return None
    relations = ElementTree.fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    target = next(
        (r.get("Target") for r in relations.iter(f"{PACKAGE_RELATIONSHIPS}Relationship")
         if r.get("Id") == found.get(f"{RELATIONSHIPS}id")),
        None,
    )  # fmt: skip
    if not target:
        return None
    return target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))


def sheet_xml(data: bytes, title: str) -> bytes:
    """The XML of the sheet ``title`` of the workbook ``data`` (its size was bounded before openpyxl read
    it), read once for the questions below; empty when the workbook's parts cannot be found."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    try:
        part = _sheet_part(archive, title)
    except KeyError:  # no relationships part: openpyxl read the sheets some other way
        return b""
    return archive.read(part) if part is not None and part in archive.namelist() else b""


def merged_ranges(sheet: bytes) -> Iterator[tuple[int, int, int, int]]:
    """Each merged range of a sheet's XML as (first column, first row, last column, last row), counted
    from 1."""
    if b"mergeCell" not in sheet:  # most lists merge nothing: no second pass over their rows
        return
    for _event, element in ElementTree.iterparse(io.BytesIO(sheet)):
        if element.tag == f"{MAIN}mergeCell":
            bounds = _bounds(element.get("ref") or "")
            if bounds is not None:
                yield bounds
        element.clear()


def hidden_rows(sheet: bytes) -> frozenset[int]:
    """The numbers of the rows a sheet's XML hides (a row hidden in Excel, often someone left out)."""
    if b"hidden=" not in sheet:  # most lists hide nothing: no second pass over their rows
        return frozenset()
    found = set()
    for _event, element in ElementTree.iterparse(io.BytesIO(sheet)):
        if element.tag == f"{MAIN}row":
            if element.get("hidden") in ("1", "true") and (element.get("r") or "").isdigit():
                found.add(int(element.get("r") or 0))
            element.clear()
    return frozenset(found)


def unsaved_formulas(sheet: bytes) -> list[str]:
    """The cells of a sheet's XML (as "C2") that hold a formula without its saved result."""
    if b"<f" not in sheet and b":f" not in sheet:  # no formula at all: the usual list
        return []
    found = []
    for _event, element in ElementTree.iterparse(io.BytesIO(sheet)):
        # A saved result is a <v>: empty only for a text that came out "" (=IF(B2="";"";B2)), which says it
        # is text (t="str").  A number is never empty, so an empty <v> of no type was never calculated.
        if element.tag == f"{MAIN}c" and element.find(f"{MAIN}f") is not None:
            value = element.find(f"{MAIN}v")
            if (value is None or not value.text) and element.get("t") not in ("str", "s", "inlineStr"):
                found.append(element.get("r") or "")
            element.clear()
    return found


def _bounds(ref: str) -> tuple[int, int, int, int] | None:
    """A range such as "A2:A4"; a whole row or column, or a range that is not one, merges nothing here."""
    try:
        bounds = range_boundaries(ref)
    except ValueError:
        return None
    return bounds if all(isinstance(bound, int) for bound in bounds) else None  # type: ignore[return-value]


def filled_down(rows: Rows, ranges: Iterable[tuple[int, int, int, int]]) -> Rows:
    """``rows`` (as their row number and cells) with each merged range's first value in the first column
    of every row below it in the range; a cell that holds a value of its own keeps it.  Ranges of one
    column that overlap (no spreadsheet writes them) count once, so each row is visited once per column."""
    by_number = {number: list(cells) for number, cells in rows}
    numbers = [number for number, _ in rows]  # ascending, as the sheet numbers them
    reach: dict[int, int] = {}  # per column, the last row its ranges so far cover
    for first_column, first_row, _last_column, last_row in sorted(ranges):
        if first_row <= reach.get(first_column, 0):
            continue
        reach[first_column] = last_row
        top = by_number.get(first_row)
        value = top[first_column - 1] if top is not None and len(top) >= first_column else ""
        if not value:
            continue
        for number in numbers[bisect_right(numbers, first_row) : bisect_right(numbers, last_row)]:
            cells = by_number[number]  # a row of the range blank everywhere is not among them: not a person
            cells.extend([""] * (first_column - len(cells)))
            if not cells[first_column - 1]:
                cells[first_column - 1] = value
    return [(number, tuple(by_number[number])) for number in numbers]
