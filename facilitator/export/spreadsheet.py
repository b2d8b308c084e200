"""Cells that a spreadsheet program will not run: the one way every CSV (and XLSX) writer writes.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return can be taken for a formula by
Excel, LibreOffice or Google Sheets (CSV injection: ``=HYPERLINK(...)`` in a name sends a click to a
stranger's server).  Following OWASP's advice, such a cell gets a leading single quote, which the
spreadsheet shows as text; the csv module quotes any cell holding a delimiter or a quote.  A phone
number written ``+91 ...`` therefore reads ``'+91 ...`` in a raw text editor, a small price.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """``value`` as a spreadsheet cell that cannot run: text starting like a formula gets a leading quote."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def csv_text(fieldnames: Sequence[str], records: Iterable[Mapping[str, Any]]) -> str:
    """A header and one line per record, every cell neutralised."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=fieldnames, lineterminator="\n", extrasaction="ignore")
    writer.writerow({name: neutralise(name) for name in fieldnames})
    for record in records:
        writer.writerow({name: neutralise(value) for name, value in record.items()})
    return buffer.getvalue()
