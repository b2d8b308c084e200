"""Reading a file someone handed over into text cells, refusing anything hostile in plain words.

What the file is comes from its content, never its name: ``PK`` is a zip (an .xlsx when it has a
workbook), ``D0 CF 11 E0`` an old or password-protected Excel file, ``%PDF`` a PDF.  Text is decoded
as UTF-8 (with or without a BOM), UTF-16/32 by their BOM, else as ``charset-normalizer`` detects;
``csv.Sniffer`` finds the delimiter; CR-only and mixed line endings are read as lines.

Every limit is checked as the file is read and the first one reached stops the reading, each with its
own message: file size, uncompressed size of an .xlsx (from the zip's member sizes, before openpyxl
reads a byte of XML, which bounds a zip bomb because zipfile never inflates past a member's stated
size), its count of XML tags and rows (counted at C speed before openpyxl parses any), rows,
columns and cell size.  openpyxl parses XML through ``defusedxml``, so entity bombs and
external entities are refused.  Nothing here writes anything; the import itself writes 0 rows
unless the whole file was read.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime, time
from pathlib import Path
from typing import Any

from msgspec import Struct

from facilitator.core.errors import UserError
from facilitator.i18n import translate

MAX_BYTES = 20 * 1024 * 1024
MAX_UNCOMPRESSED = 50 * 1024 * 1024
MAX_MEMBERS = 500
MAX_ROWS = 50_000
MAX_COLUMNS = 100
MAX_CELL = 32 * 1024
# What openpyxl may parse of an .xlsx: rows of the sheet, and XML tags in all (about 15,000 rows of
# ten columns).  At a few microseconds per tag this bounds any workbook to a few seconds.
MAX_SHEET_ROWS = 2 * MAX_ROWS
MAX_XML_TAGS = 1_000_000
SCAN_CHUNK = 1024 * 1024
SNIFF_SAMPLE = 8192
DELIMITERS = ",;\t|"
# How many rows that are not blank may stand above the column names (a title, a date, a venue).
HEADER_SEARCH_ROWS = 10
WESTERN_MARGIN = 0.05


def _alphabet(letters: str) -> frozenset[str]:
    return frozenset(letters + letters.upper() + ("İ" if "ı" in letters else ""))


# The letters beyond ASCII of Western European languages, Icelandic's ð þ ý left out: those are what
# Turkish letters become in Windows-1252.
WESTERN = _alphabet("àáâãäåæçèéêëìíîïñòóôõöøùúûüÿœ") | {"ß"}
# Each code page tried, with the letters a list saved in it may hold (Western names appear in any of
# them); Windows-1252 first, Turkish before Central European: of equally plausible readings the first wins.
CODE_PAGE_ALPHABETS = (
    ("cp1252", WESTERN),
    ("cp1254", WESTERN | _alphabet("âçğıîöşûü")),
    ("cp1250", WESTERN | _alphabet("áäčďéěíĺľňóôöőŕřšťúůüűýžąćęłńśźżăâîșțşţ")),
)
HIGH_BYTE = re.compile(rb"[\x80-\xff]")
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SAMPLE_BYTES = 256 * 1024
NON_ASCII_LETTER = re.compile(r"[^\W\d_\x00-\x7f]")
# A symbol of Windows-1252's upper half (£ ¹ ³ ¿ ¥ ...) inside a word or opening one: a letter of another
# code page.  Spanish opens a question or exclamation with ¿ and ¡, so those two count only inside a word.
SYMBOL_IN_WORD = re.compile(r"[^\W\d_][\u00a1-\u00bf\u00d7\u00f7]|[\u00a2-\u00be\u00d7\u00f7][^\W\d_]")
# The DOS code pages (437, 775, 850, 852, 857 ...): charset-normalizer's statistics may prefer one for a
# short Western list, which no spreadsheet of today writes.
DOS_CODE_PAGE = re.compile(r"cp[4-8]\d\d$")
GUESSED_NEVER = ["utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be", "utf_7"]
# A cell that a spreadsheet would run as a formula.  A file that neutralised one with a leading tab keeps
# the tab, so the value stays inert wherever it goes next.
FORMULA_TRIGGERS = ("=", "+", "-", "@")
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


class Table(Struct, frozen=True):
    """The cells of a file as text: a header row and the data rows under it."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    source: str
    lines: tuple[int, ...]  # each row's number in the file, blank rows counted, so messages point at it
    sheet: str = ""  # the workbook sheet read ("" for a CSV file)
    sheets: tuple[str, ...] = ()  # every sheet of the workbook that holds rows, in the workbook's order
    header_line: int = 1  # the row that names the columns, numbered as in the file
    lines_above: tuple[int, ...] = ()  # rows that are not blank above it (a title): not read as people
    hidden_lines: frozenset[int] = frozenset()  # rows the workbook hides


def cell_text(value: Any) -> str:
    """A cell as one line of text: whitespace runs become one space; numbers lose a spurious ``.0``; a
    date cell reads as its date ("2024-01-02", not "2024-01-02 00:00:00"), with its time when it has one."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime):
        value = value.date() if value.time() == time() else value.strftime("%Y-%m-%d %H:%M")
    text = str(value)
    kept_tab = "\t" if text.startswith("\t") and text[1:].lstrip(" ").startswith(FORMULA_TRIGGERS) else ""
    return kept_tab + " ".join(text.split())


def _refusal(name: str, text: str, **values: Any) -> UserError:
    """A refusal naming the file; ``text`` is already translated."""
    return UserError(text.format(name=name, **values))


def _not_a_list(name: str) -> UserError:
    return _refusal(
        name, translate("Import", "{name} is not a spreadsheet or a CSV text file. Save it as .xlsx or .csv.")
    )


def _bounded(name: str, rows: Iterable[tuple[Any, ...]]) -> Iterator[tuple[int, tuple[str, ...]]]:
    """Rows that are not blank, as their row number in the file (as a spreadsheet numbers it) and their
    text cells, stopping at the first limit reached."""
    kept = 0
    for number, values in enumerate(rows, start=1):
        if len(values) > MAX_COLUMNS and any(v not in (None, "") for v in values[MAX_COLUMNS:]):
            raise _refusal(
                name,
                translate("Import", "{name} has more than {limit} columns; an invitation list needs far fewer."),
                limit=MAX_COLUMNS,
            )
        cells = tuple(cell_text(v) for v in values[:MAX_COLUMNS])
        if any(len(cell) > MAX_CELL for cell in cells):
            raise _refusal(
                name,
                translate(
                    "Import", "{name} has a cell longer than {limit} KB (row {row}); that is not an invitation list."
                ),
                limit=MAX_CELL // 1024,
                row=number,
            )
        if not any(cells):
            continue
        kept += 1
        if kept > MAX_ROWS + 1:
            raise _refusal(
                name,
                translate(
                    "Import",
                    "{name} has more than {limit} rows; at most {limit} people can be imported at "
                    "once. Split the list.",
                ),
                limit=MAX_ROWS,
            )
        yield number, cells


def _damaged_zip(name: str) -> UserError:
    return _refusal(
        name, translate("Import", "{name} is a damaged zip or spreadsheet file. Save it again as .xlsx or .csv.")
    )


def _check_zip(name: str, data: bytes) -> None:
    """Refuse a zip that is no workbook, or whose members would inflate past the limit."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except Exception as exc:  # zipfile raises many kinds on a damaged archive (versions, encryption, ...)
        raise _damaged_zip(name) from exc
    if len(members) > MAX_MEMBERS or sum(m.file_size for m in members) > MAX_UNCOMPRESSED:
        raise _refusal(
            name,
            translate("Import", "{name} would unpack to more than {limit} MB; that is not an invitation list."),
            limit=MAX_UNCOMPRESSED // (1024 * 1024),
        )
    if "xl/workbook.xml" not in {m.filename for m in members}:
        raise _refusal(
            name,
            translate("Import", "{name} is a zip archive, not a spreadsheet. Unpack it, or save the list as .xlsx."),
        )
    _count_elements(name, archive, [m for m in members if m.filename.endswith(".xml")])


def _count_elements(name: str, archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Count the workbook's XML tags and rows at C speed before openpyxl parses any (it needs a few
    microseconds per tag), so no workbook within the size limit can keep the import busy for long."""
    tags = rows = 0
    try:
        for member in members:
            with archive.open(member) as stream:
                while chunk := stream.read(SCAN_CHUNK):
                    tags += chunk.count(b"<")
                    rows += chunk.count(b"<row ") + chunk.count(b"<row>")
                    if rows > MAX_SHEET_ROWS:
                        raise _refusal(
                            name,
                            translate(
                                "Import",
                                "{name} has more than {limit} rows; at most {limit} people can be "
                                "imported at once. Split the list.",
                            ),
                            limit=MAX_ROWS,
                        )
                    if tags > MAX_XML_TAGS:
                        raise _refusal(
                            name,
                            translate(
                                "Import",
                                "{name} holds too many cells for an invitation list in .xlsx. Save it "
                                "as .csv, or split the list.",
                            ),
                        )
    except UserError:
        raise
    except Exception as exc:  # as above, and zlib or CRC errors of a damaged member
        raise _damaged_zip(name) from exc


class _Sheet(Struct, frozen=True):
    rows: list[tuple[int, tuple[str, ...]]]
    title: str
    filled: tuple[str, ...]  # the titles of every sheet that holds rows
    hidden: frozenset[int] = frozenset()  # the numbers of the rows it hides


def _read_xlsx(name: str, data: bytes, wanted: str | None) -> _Sheet:
    """The rows of the sheet ``wanted`` (by its title), or of the first sheet that holds any: a workbook
    often opens on a cover or an instructions sheet, with the people on the next."""
    from openpyxl import load_workbook

    from facilitator.core.participants.sheet_xml import (
        filled_down,
        hidden_rows,
        merged_ranges,
        sheet_xml,
        unsaved_formulas,
    )

    _check_zip(name, data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except UserError:
        raise
    except Exception as exc:  # openpyxl raises many kinds on malformed XML; each is the same refusal
        raise _refusal(
            name, translate("Import", "{name} is not a spreadsheet that can be read. Save it as .xlsx or .csv.")
        ) from exc
    try:
        for sheet in book.worksheets:
            sheet.reset_dimensions()  # a stated size of A1:XFD1048576 must not make rows of 16,384 cells
        filled = tuple(
            sheet.title for sheet in book.worksheets if next(_bounded(name, sheet.iter_rows(values_only=True)), None)
        )
        if wanted is not None and wanted not in book.sheetnames:
            raise _refusal(
                name,
                translate("Import", "{name} has no sheet '{sheet}'. Its sheets with rows are: {sheets}."),
                sheet=wanted,
                sheets=", ".join(filled) or "-",
            )
        title = wanted if wanted is not None else next(iter(filled), "")
        rows = list(_bounded(name, book[title].iter_rows(values_only=True))) if title else []
        hidden: frozenset[int] = frozenset()
        if rows:
            sheet = sheet_xml(data, title)
            unsaved = unsaved_formulas(sheet)
            if unsaved:
                raise _refusal(
                    name,
                    translate(
                        "Import",
                        "{name} has formulas whose results were never saved, such as the one in cell {cell}: a "
                        "program wrote it, and no spreadsheet has opened it since. Open it in Excel or "
                        "LibreOffice, save it, and import it again.",
                    ),
                    cell=unsaved[0],
                )
            rows = filled_down(rows, merged_ranges(sheet))
            hidden = hidden_rows(sheet)
        return _Sheet(rows, title, filled, hidden)
    except UserError:
        raise
    except Exception as exc:  # as above: malformed sheet XML, forbidden entities, bad numbers or dates
        raise _refusal(
            name, translate("Import", "{name} is not a spreadsheet that can be read. Save it as .xlsx or .csv.")
        ) from exc
    finally:
        book.close()


def decode(name: str, data: bytes) -> str:
    """The file's text: a BOM decides, else strict UTF-8, else what charset-normalizer finds among
    single- and multi-byte encodings (UTF-16 and UTF-32 without a BOM are not guessed: they are binary)."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).lstrip("\ufeff")
            except UnicodeDecodeError as exc:
                raise _refusal(
                    name, translate("Import", "{name} is not readable text. Save it again as 'CSV UTF-8'.")
                ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    return _mixed(name, data) or data.decode(_guess(name, data), errors="replace")


def _guess(name: str, data: bytes) -> str:
    """The encoding of text that is not UTF-8, as charset-normalizer finds it among the code pages, with
    Windows-1252 first where it reads as cleanly (and none of its neighbours reads better)."""
    from charset_normalizer import from_bytes

    found = from_bytes(data, cp_exclusion=GUESSED_NEVER)
    best = found.best()
    if best is None:
        # Too short for its statistics ("Peña Björn, Ærø BV"): text it is when Windows-1252 reads it
        # without a control character, as no binary file does.
        if _plain_western_text(data):
            return _closest_code_page(data)
        raise _not_a_list(name)
    # Lists typed in Western Europe are Windows-1252; where it reads as cleanly as the best guess, it wins.
    # It is measured on its own: among many guesses charset-normalizer may not list it, and a Dutch
    # "Müller" then came in as the DOS code page's "M³ller".
    western = (
        next((m for m in found if m.encoding == "cp1252"), None) or from_bytes(data, cp_isolation=["cp1252"]).best()
    )
    if (western is not None and western.chaos <= best.chaos + WESTERN_MARGIN) or _reads_worse(data, best.encoding):
        return _closest_code_page(data)
    return best.encoding


def _plain_western_text(data: bytes) -> bool:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return not CONTROL.search(text)


def _reads_worse(data: bytes, encoding: str) -> bool:
    """Whether a DOS code page, guessed on statistics, reads as more strange letters than Windows-1252:
    "José Ñúñez, René Müller" came in as the Baltic DOS page's "Josķ č·±ez, Renķ M³ller"."""
    if not DOS_CODE_PAGE.match(encoding):
        return False
    sample = _differing_lines(data)
    guessed, western = _strangeness(sample, encoding, WESTERN), _strangeness(sample, "cp1252", WESTERN)
    return western is not None and (guessed is None or western < guessed)


def _differing_lines(data: bytes) -> bytes:
    """The lines that read differently in one code page and another (a regex over the bytes would rescan
    each long line)."""
    return b"\n".join(line for line in data[:SAMPLE_BYTES].split(b"\n") if HIGH_BYTE.search(line))


def _strangeness(sample: bytes, encoding: str, alphabet: frozenset[str]) -> int | None:
    """How many letters of ``sample`` read in ``encoding`` are not of ``alphabet``, or are symbols inside
    words; None when it does not decode."""
    try:
        text = sample.decode(encoding)
    except UnicodeDecodeError:
        return None
    strange = sum(letter not in alphabet for letter in NON_ASCII_LETTER.findall(text))
    return strange + len(SYMBOL_IN_WORD.findall(text))


def _closest_code_page(data: bytes) -> str:
    """Windows-1252, or the Windows code page of Turkey or Central Europe when the list reads as a list
    of their names there and not in Windows-1252.  On a short list the statistics cannot tell these
    apart, but the letters can: Turkish "Yılmaz" comes out of Windows-1252 as "Yýlmaz", and Polish
    "Łukasz" as "£ukasz"."""
    best, fewest = "cp1252", None
    sample = _differing_lines(data)
    for encoding, alphabet in CODE_PAGE_ALPHABETS:
        strange = _strangeness(sample, encoding, alphabet)
        if strange is not None and (fewest is None or strange < fewest):
            best, fewest = encoding, strange
    return best


def _mixed(name: str, data: bytes) -> str | None:
    """A list put together from two sources: lines in UTF-8 with letters beyond ASCII (a name in Hindi)
    beside lines a spreadsheet saved in its code page ("Müller").  Read as one encoding, one of the two
    halves comes out garbled; so each line that is UTF-8 is read as such, the others as their own guess."""
    lines = data.splitlines(keepends=True)
    utf8 = [_utf8_or_none(line) for line in lines]
    if not any(text is not None and not text.isascii() for text in utf8):
        return None
    encoding = _guess(name, b"".join(line for line, text in zip(lines, utf8, strict=True) if text is None))
    return "".join(
        text if text is not None else line.decode(encoding, errors="replace")
        for line, text in zip(lines, utf8, strict=True)
    )


def _utf8_or_none(line: bytes) -> str | None:
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return None


def _by_header_line(text: str) -> type[csv.Dialect]:
    """Excel's dialect with the delimiter the first line holds most of, for when the sniffer gives up:
    it wants every sampled row alike, and one row typed with a cell too many made it read a Dutch list
    that ";" separates as one column."""
    first = next((line for line in text.split("\n") if line.strip()), "")
    delimiter = max(DELIMITERS, key=first.count)
    return type("ByHeaderLine", (csv.excel,), {"delimiter": delimiter}) if first.count(delimiter) else csv.excel


def _read_csv(name: str, data: bytes) -> list[tuple[int, tuple[str, ...]]]:
    text = decode(name, data)
    if "\x00" in text:
        raise _not_a_list(name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        dialect: Any = csv.Sniffer().sniff(text[:SNIFF_SAMPLE], delimiters=DELIMITERS)
    except csv.Error:
        dialect = _by_header_line(text)
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        rows = list(_bounded(name, _refusing_an_open_quote(name, reader, text)))
    except csv.Error as exc:  # a field past csv's own limit, or a quote left open at the end
        if "field larger" in str(exc):
            raise _refusal(
                name,
                translate("Import", "{name} has a cell longer than {limit} KB; that is not an invitation list."),
                limit=MAX_CELL // 1024,
            ) from exc
        raise _refusal(
            name,
            translate(
                "Import",
                "{name} is not a well-formed CSV file ({reason}). Save it again from your spreadsheet program.",
            ),
            reason=exc,
        ) from exc
    return rows


def _refusing_an_open_quote(name: str, reader: Any, text: str) -> Iterator[list[str]]:
    """The rows, refusing a quote left open: Python's reader, forgiving, then runs the cell on to the next
    quote in the file or to its end, and the people on the lines between vanish into one name.  A cell
    over several lines is fine where the quotes are well formed (an address typed with line breaks);
    where they are not, such a cell is the open quote."""
    well_formed = _quotes_well_formed(text, reader.dialect)
    while True:
        began = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        if not well_formed and any("\n" in cell for cell in row):
            raise _refusal(
                name,
                translate(
                    "Import",
                    "{name}: the quote opened on line {line} is not closed where its cell ends, so the lines "
                    "after it would be read as one cell. Close that quote, or remove it, and import again.",
                ),
                line=began,
            )
        yield row


def _quotes_well_formed(text: str, dialect: Any) -> bool:
    """Whether a strict reader reads the whole text: every quoted cell closed, and nothing after its
    closing quote but a delimiter or the end of the line.  A quote inside a quoted cell is written twice,
    as spreadsheets write it (the sniffer may guess otherwise, and then no quote ever looks misplaced)."""
    try:
        for _row in csv.reader(io.StringIO(text, newline=""), dialect, strict=True, doublequote=True):
            pass
    except csv.Error:
        return False
    return True


def _header_index(
    rows: list[tuple[int, tuple[str, ...]]], names_columns: Callable[[tuple[str, ...]], bool] | None
) -> int:
    """Which row names the columns: a list often opens on a title ("Invitation list Kota roundtable")
    or a date above them.  The first of the first few rows that ``names_columns`` accepts and that fills
    more cells than each row above it (a data row that happens to hold "Participant" is no header
    under a header the app did not recognise); else the first row."""
    if names_columns is None:
        return 0
    widest = 0
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        filled = sum(1 for cell in cells if cell)
        if filled > widest and names_columns(cells):
            return index
        widest = max(widest, filled)
    return 0


def _width(cells: tuple[str, ...]) -> int:
    """How many cells a row has, up to its last one that holds something."""
    return next((i + 1 for i in range(len(cells) - 1, -1, -1) if cells[i]), 0)


def read_bytes(
    name: str,
    data: bytes,
    sheet: str | None = None,
    names_columns: Callable[[tuple[str, ...]], bool] | None = None,
) -> Table:
    """The table in ``data`` (the contents of a file called ``name``), or a plain refusal; ``sheet``
    names the workbook sheet to read, else the first that holds rows is read.  ``names_columns`` tells
    a row of column names; without it the first row is taken as one."""
    if len(data) > MAX_BYTES:
        raise _refusal(
            name,
            translate("Import", "{name} is larger than {limit} MB; that is not an invitation list."),
            limit=MAX_BYTES // (1024 * 1024),
        )
    book = _Sheet([], "", ())
    if data.startswith(b"PK"):
        book = _read_xlsx(name, data, sheet)
        rows = book.rows
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise _refusal(
            name,
            translate(
                "Import",
                "{name} is an old or password-protected Excel file. Save it as .xlsx without a password, or as .csv.",
            ),
        )
    elif data.startswith(b"%PDF"):
        raise _refusal(
            name, translate("Import", "{name} is a PDF. Export the list from its spreadsheet as .xlsx or .csv.")
        )
    elif sheet is not None:
        raise _refusal(name, translate("Import", "{name} is a text file, not a workbook: it has no sheets."))
    else:
        rows = _read_csv(name, data)
    if not rows or not any(rows[0][1]):
        raise _refusal(name, translate("Import", "{name} is empty: the first row must name the columns."))
    start = _header_index(rows, names_columns)
    (header_line, headers), body = rows[start], rows[start + 1 :]
    # A cell right of the last column name is data too: it gets a column without a name, not dropped.
    width = max([len(headers), *(_width(row) for _, row in body)])
    headers = tuple(headers) + ("",) * (width - len(headers))
    padded = tuple(tuple(row[:width]) + ("",) * (width - len(row)) for _, row in body)
    return Table(
        headers,
        padded,
        name,
        tuple(number for number, _ in body),
        book.title,
        book.filled,
        header_line,
        tuple(number for number, _ in rows[:start]),
        book.hidden,
    )


def read_table(
    path: Path, sheet: str | None = None, names_columns: Callable[[tuple[str, ...]], bool] | None = None
) -> Table:
    """Read a CSV or XLSX file into text cells, refusing what cannot be an invitation list; ``sheet`` and
    ``names_columns`` as for :func:`read_bytes`."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise _refusal(
                path.name,
                translate("Import", "{name} is larger than {limit} MB; that is not an invitation list."),
                limit=MAX_BYTES // (1024 * 1024),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise _refusal(
            path.name, translate("Import", "Cannot read {name}: {reason}"), reason=exc.strerror or exc
        ) from exc
    return read_bytes(path.name, data, sheet, names_columns)
