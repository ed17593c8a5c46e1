"""Rows to spreadsheet files: CSV (optionally with a byte-order mark for Excel) and XLSX.

Spreadsheet safety: a text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return would run as a formula; CSV text gets a leading apostrophe
(OWASP's advice) and XLSX cells are typed as strings.

Excel opens a double-clicked CSV in the machine's legacy code page unless the file
starts with the UTF-8 byte-order mark, which garbles Arabic, Cyrillic and Ethiopic
text; ``BOM`` is what ``excel=1`` downloads put first. XLSX needs no such hint.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence
from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff".encode()
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def cell(value: object) -> object:
    """A value as one flat cell: lists joined by ``;``, maps as JSON, booleans as words."""
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True)
    if isinstance(value, bool):
        return "true" if value else "false"
    return value


def csv_safe(value: object) -> object:
    """``value`` with a leading apostrophe if a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_line(values: Sequence[object]) -> str:
    """Return one CSV row, ``\\r\\n``-terminated, with formula-looking text defused."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow([csv_safe(v) for v in values])
    return buffer.getvalue()


def to_xlsx(rows: Iterable[Sequence[object]], header: Sequence[str], title: str) -> bytes:
    """Return an XLSX workbook with one sheet: ``header``, then ``rows`` (flattened cells)."""
    from openpyxl import Workbook  # noqa: PLC0415 - 0.3 s at import; only for XLSX

    book = Workbook(write_only=False)
    sheet = book.active
    sheet.title = title
    sheet.append(list(header))
    for row in rows:
        sheet.append([cell(v) for v in row])
    for sheet_row in sheet.iter_rows(min_row=2):
        for item in sheet_row:
            if item.data_type == "f":
                # openpyxl treats any string starting with "=" as a formula.
                item.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def records_to_xlsx(records: Iterable[dict[str, Any]], names: Sequence[str], title: str) -> bytes:
    """Return an XLSX workbook of ``records``, one column per name."""
    return to_xlsx(([r.get(n) for n in names] for r in records), names, title)
