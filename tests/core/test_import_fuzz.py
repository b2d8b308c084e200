"""Every file a stranger hands over yields a preview or one plain line, never a traceback or a hang.

The corpus (tests/core/hostile_files.py) holds the known kinds of hostile file; hypothesis adds random
bytes, random CSV-like text and random damage to a real workbook.  The time bound is a guard against
hangs, generous on purpose; the speed and memory targets are in tests/benchmarks/bench_imports.py.
"""

from __future__ import annotations

import io
import sys
import time
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator import cli
from facilitator.core.errors import UserError
from facilitator.core.participants import import_files
from tests.core.hostile_files import _row, corpus, write_all, xlsx
from tests.strategies import UNICODE

HANG_GUARD_SECONDS = 20
GOOD_XLSX = xlsx(_row(1, "Name", "Group") + _row(2, "Kamla", "RH_WOMEN_WORKER") + _row(3, "Ramesh", "REP_UNION"))


def _read(data: bytes, name: str = "list.csv") -> None:
    started = time.monotonic()
    try:
        table = import_files.read_bytes(name, data)
    except UserError as refusal:
        assert "\n" not in str(refusal) and str(refusal)
    else:
        assert all(len(row) == len(table.headers) for row in table.rows)
    assert time.monotonic() - started < HANG_GUARD_SECONDS


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return write_all(tmp_path_factory.mktemp("hostile"), corpus())


def test_every_hostile_file_gives_a_preview_or_one_plain_line(demo_db, hostile: list[Path], capsys) -> None:
    from facilitator.core.demo.roundtable import MEETING_ID

    tracebacks = []
    for path in hostile:
        started = time.monotonic()
        code = cli.main(["--data-dir", str(demo_db.directory), "import-participants", MEETING_ID[:8], str(path)])
        out, err = capsys.readouterr()
        assert time.monotonic() - started < HANG_GUARD_SECONDS, path.name
        if "Traceback" in out + err or code not in (0, cli.EXIT_ERROR):
            tracebacks.append(path.name)
        elif code == 0:
            assert "Nothing was written" in out, path.name
        else:
            assert len(err.strip().splitlines()) == 1 and not out, (path.name, err)
    assert tracebacks == []
    assert len(hostile) >= 50


def test_no_hostile_file_writes_a_row(demo_db, hostile: list[Path], capsys) -> None:
    from facilitator.core.demo.roundtable import MEETING_ID
    from facilitator.core.participants import participation

    before = len(participation.list_participants(demo_db, MEETING_ID))
    refused = [p for p in hostile if p.name in ("too-many-rows.csv", "cell-40kb.csv", "zip-over-limit.xlsx")]
    for path in refused:
        code = cli.main(["--data-dir", str(demo_db.directory), "import-participants", MEETING_ID[:8], str(path),
                         "--yes"])  # fmt: skip
        assert code == cli.EXIT_ERROR
    capsys.readouterr()
    assert len(participation.list_participants(demo_db, MEETING_ID)) == before


def test_openpyxl_parses_xml_through_defusedxml() -> None:
    import openpyxl

    assert openpyxl.DEFUSEDXML is True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=4096))
def test_random_bytes(data: bytes) -> None:
    _read(data)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list(",;\t|\"'\r\n =+-@\x00\x1b\ufeffAbé中")), max_size=2000))
def test_random_csv_like_text(text: str) -> None:
    _read(text.encode("utf-8", "surrogatepass"))


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, len(GOOD_XLSX) - 1), st.integers(0, 255)), min_size=1, max_size=30))
def test_randomly_damaged_workbooks(changes: list[tuple[int, int]]) -> None:
    data = bytearray(GOOD_XLSX)
    for offset, value in changes:
        data[offset] = value
    _read(bytes(data), "list.xlsx")


@settings(max_examples=60, deadline=None)
@given(
    st.text(UNICODE, max_size=300),
    st.sampled_from(["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml"]),
)
def test_workbooks_with_random_xml_parts(text: str, member: str) -> None:
    source = zipfile.ZipFile(io.BytesIO(GOOD_XLSX))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            body = text.encode("utf-8", "surrogatepass") if info.filename == member else source.read(info)
            target.writestr(info.filename, body)
    _read(buffer.getvalue(), "list.xlsx")


def test_a_leading_tab_before_a_formula_is_kept(tmp_path: Path) -> None:
    table = import_files.read_bytes("list.csv", b'Name,Note\n"\t=1+1",x\n\tKamla,y\n')
    assert table.rows == (("\t=1+1", "x"), ("Kamla", "y"))


if __name__ == "__main__":
    sys.exit(pytest.main([__file__]))
