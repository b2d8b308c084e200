"""A corpus of files a stranger might hand over, made on the fly (nothing binary is committed).

Used by the import fuzz test and by the import benchmark, which runs the biggest of them.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/sharedStrings.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/'
    'main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
    '<sheet name="List" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
    'relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
    'Target="sharedStrings.xml"/></Relationships>'
)
SHEET_HEAD = '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'


def _row(number: int, *cells: str) -> str:
    inner = "".join(
        f'<c r="{chr(65 + i)}{number}" t="inlineStr"><is><t>{text}</t></is></c>' for i, text in enumerate(cells)
    )
    return f'<row r="{number}">{inner}</row>'


def xlsx(sheet_body: str | Callable[[], Iterator[str]], shared: str = "", head: str = SHEET_HEAD,
         dimension: str = "") -> bytes:  # fmt: skip
    """A minimal workbook; ``sheet_body`` is the XML inside <sheetData>, or a generator of its chunks (streamed,
    so a bomb of a gigabyte never sits in memory while it is made)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK)
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/sharedStrings.xml", shared or '<?xml version="1.0"?><sst xmlns="http://schemas.'
                         'openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>')  # fmt: skip
        with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            sheet.write((head + (f'<dimension ref="{dimension}"/>' if dimension else "") + "<sheetData>").encode())
            chunks = sheet_body() if callable(sheet_body) else iter([sheet_body])
            for chunk in chunks:
                sheet.write(chunk.encode())
            sheet.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def rows_bomb(target_bytes: int) -> Callable[[], Iterator[str]]:
    """Sheet XML of ``target_bytes`` made of one short row repeated (it deflates about a thousand-fold,
    because the repeated block fits deflate's 32 KB window)."""

    def chunks() -> Iterator[str]:
        yield _row(1, "Name", "Group")
        block = _row(2, "Worker", "RH_WORKER") * 200
        for _ in range(max(1, target_bytes // len(block))):
            yield block

    return chunks


def shared_strings_bomb(target_bytes: int) -> str:
    item = "<si><t>" + "x" * 200 + "</t></si>"
    count = target_bytes // len(item)
    return ('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{count}" uniqueCount="{count}">' + item * count + "</sst>")  # fmt: skip


def billion_laughs() -> bytes:
    entities = '<!ENTITY a0 "lol">' + "".join(f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10))
    head = f'<?xml version="1.0"?><!DOCTYPE worksheet [{entities}]>' + SHEET_HEAD.split("?>", 1)[1]
    return xlsx(_row(1, "Name") + _row(2, "&a9;"), head=head)


def external_entity() -> bytes:
    head = (
        '<?xml version="1.0"?><!DOCTYPE worksheet [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + SHEET_HEAD.split("?>", 1)[1]
    )
    return xlsx(_row(1, "Name") + _row(2, "&x;"), head=head)


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def corpus() -> Iterator[tuple[str, bytes]]:
    """(file name, contents) of every hostile file, smallest kinds first; the biggest bombs are in
    :func:`bombs` so the test suite can stay quick."""
    rng = random.Random(20240301)
    good = xlsx(_row(1, "Name", "Group") + _row(2, "Kamla", "RH_WOMEN_WORKER"))
    csv_text = "Name,Organisation,Group\nKamla Devi,Cooperative,RH_WOMEN_WORKER\nRamesh,Union,REP_UNION\n"
    yield "real.xlsx", good
    yield "xlsx-named.csv", good
    yield "csv-named.xlsx", csv_text.encode()
    yield "cr-only.csv", csv_text.replace("\n", "\r").encode()
    yield "mixed-endings.csv", b"Name,Group\r\nKamla,RH_WORKER\rRamesh,REP_UNION\nAnita,RH_WORKER\r\r\n"
    yield "utf16-le-bom.csv", csv_text.encode("utf-16")
    yield "utf16-be-bom.csv", b"\xfe\xff" + csv_text.encode("utf-16-be")
    yield "utf16-no-bom.csv", csv_text.encode("utf-16-le")
    yield "utf32.csv", csv_text.encode("utf-32")
    yield "utf8-bom.csv", b"\xef\xbb\xbf" + csv_text.encode()
    yield "bom-only.csv", b"\xef\xbb\xbf"
    yield "double-bom.csv", b"\xef\xbb\xbf\xef\xbb\xbf" + csv_text.encode()
    yield "cp1252.csv", "Name\nJosé Müller\n".encode("cp1252")
    yield "lone-surrogate-utf8.csv", b"Name\nKamla \xed\xa0\x80 Devi\n"
    yield "lone-surrogate.xlsx", xlsx(_row(1, "Name") + _row(2, "Kamla &#xD800; Devi"))
    yield "nul-start.csv", b"\x00Name\nKamla\n"
    yield "nul-middle.csv", b"Name\nKam\x00la\n" + b"x\n" * 3000 + b"\x00"
    yield "control-chars.csv", b"Name\nKamla\x1b[2J\x1b[31mDevi\x07\x08\n"
    yield "cell-40kb.csv", b"Name\n" + b"x" * 40_000 + b"\n"
    yield "cell-130kb.csv", b"Name\n" + b"x" * 130_000 + b"\n"
    yield "cell-1mb-quoted.csv", b'Name\n"' + b"x" * 1_000_000 + b'"\n'
    yield "cell-40kb.xlsx", xlsx(_row(1, "Name") + _row(2, "x" * 40_000))
    yield "open-quote.csv", b'Name\n"Kamla,' + b"a,b\n" * 5000
    yield "one-long-line.csv", b"Name" + b"x" * 5_000_000
    yield "quotes-everywhere.csv", b'"' * 20_000 + b"\n" + b'","' * 5000
    yield "many-columns.csv", (",".join(f"c{i}" for i in range(300)) + "\n" + ",".join("v" * 300) + "\n").encode()
    yield "too-many-rows.csv", b"Name\n" + b"".join(b"Worker %d\n" % i for i in range(60_000))
    yield "header-only.csv", b"Name,Group\n"
    yield "whitespace.csv", b"   \n\t\n  \r\n"
    yield "delimiters-only.csv", b",,,,\n;;;;\n"
    yield "empty.csv", b""
    yield "formulas.csv", b'Name,Group\n=HYPERLINK("http://x"),RH_WORKER\n\t=1+1,RH_WORKER\n+SUM(A1),x\n@cmd,y\n'
    yield "png.xlsx", b"\x89PNG\r\n\x1a\n" + rng.randbytes(3000)
    yield "pdf.csv", b"%PDF-1.7\n" + rng.randbytes(3000)
    yield "old-excel.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + rng.randbytes(4000)
    for seed in range(4):
        yield f"junk-{seed}.csv", random.Random(seed).randbytes(2000 + 3000 * seed)
    yield "truncated.xlsx", good[: len(good) // 2]
    yield "pk-only.xlsx", b"PK\x03\x04"
    yield "zip-no-workbook.xlsx", _zip({"readme.txt": b"hello"})
    yield "zip-many-members.xlsx", _zip({f"f{i}.txt": b"" for i in range(2000)})
    yield "zip-over-limit.xlsx", xlsx(rows_bomb(60 * 1024 * 1024))
    yield "billion-laughs.xlsx", billion_laughs()
    yield "external-entity.xlsx", external_entity()
    yield "huge-dimension.xlsx", xlsx(_row(1, "Name") + _row(2, "Kamla"), dimension="A1:XFD1048576")
    yield "far-cell.xlsx", xlsx(_row(1, "Name") + '<row r="2"><c r="XFD2" t="inlineStr"><is><t>x</t></is></c></row>')
    yield "far-row.xlsx", xlsx(_row(1, "Name") + _row(1048576, "Kamla"))
    yield "bad-number.xlsx", xlsx(_row(1, "Name") + '<row r="2"><c r="A2"><v>not-a-number</v></c></row>')
    yield "bad-shared-index.xlsx", xlsx(_row(1, "Name") + '<row r="2"><c r="A2" t="s"><v>99999</v></c></row>')
    yield "broken-xml.xlsx", xlsx(_row(1, "Name") + "<row r='2'><c")
    mutated = bytearray(good)
    for _ in range(20):
        mutated[rng.randrange(len(mutated))] = rng.randrange(256)
    yield "mutated.xlsx", bytes(mutated)


def bombs() -> Iterator[tuple[str, bytes]]:
    """The biggest bombs: what the benchmark measures (peak memory and time)."""
    yield "rows-bomb-1gb.xlsx", xlsx(rows_bomb(1024 * 1024 * 1024))
    yield "rows-bomb-under-limit.xlsx", xlsx(rows_bomb(48 * 1024 * 1024))
    yield "shared-strings-under-limit.xlsx", xlsx(_row(1, "Name"), shared=shared_strings_bomb(45 * 1024 * 1024))
    yield "csv-at-size-limit.csv", b"Name\n" + (b"x" * 1000 + b"\n") * (20 * 1024 - 1)


def write_all(folder: Path, files: Iterator[tuple[str, bytes]]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in files:
        path = folder / name
        path.write_bytes(data)
        written.append(path)
    return written
