"""Exports of submissions: the review API's approved, coarse export and the operator's CLI dump.

Review bodies get the quotes ``review.quotes`` serves, with only what each may
show (period, country, objectives, language and an opaque reference), as JSON,
CSV with an HXL hashtag row, or XLSX. ``voices export`` is an operator tool
and may include pending submissions and receipt codes.

Spreadsheet safety and Excel's byte-order mark: see ``core.tables``.
"""

from __future__ import annotations

import hashlib
import hmac
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, BinaryIO

from core.errors import PayloadRejected
from core.tables import BOM, XLSX_TYPE, csv_line, records_to_xlsx
from core.tables import cell as _cell
from intake.context import Services
from storage.models import Submission, SubmissionState
from storage.queries.review import QuoteRow, stream_for_export

if TYPE_CHECKING:
    from bot.flow import Flow
    from review.quotes import Shown


@dataclass(frozen=True, slots=True)
class Column:
    """One exported column: its JSON name and its HXL hashtag with attributes."""

    name: str
    hxl: str


# HXL 1.1 core hashtags; attributes narrow them (+code: a machine code, +month: the
# granularity we publish, +objective: the GCM objective numbers).
PUBLIC_COLUMNS: tuple[Column, ...] = (
    Column("ref", "#meta+id"),
    Column("country", "#country+code"),
    Column("period", "#date+period"),
    Column("objectives", "#sector+objective+list"),
    Column("lang", "#language+code"),
    Column("text", "#description+text"),
)

OPERATOR_FIELDS: tuple[str, ...] = (
    "receipt",
    "channel",
    "lang",
    "country",
    "place",
    "experience_month",
    "objectives",
    "theme",
    "level",
    "trend",
    "text",
    "state",
    "urgent",
    "flags",
    "entities",
    "created_at",
    "flow_version",
)
# The operator export's hashtags (``voices export --format csv --hxl``); the flow's
# own questions bring theirs (``hxl`` in the flow file), or none.
OPERATOR_HXL: dict[str, str] = {
    "receipt": "#meta+id",
    "channel": "#meta+channel",
    "lang": "#language+code",
    "country": "#country+code",
    "place": "#loc+name",
    "experience_month": "#date+month",
    "objectives": "#sector+objective+list",
    "theme": "#sector+theme",
    "level": "#meta+level",
    "trend": "#indicator+trend",
    "text": "#description+text",
    "state": "#status",
    "urgent": "#meta+urgent",
    "flags": "#meta+flags",
    "entities": "#meta+entities",
    "created_at": "#date+reported",
    "flow_version": "#meta+flow",
}
STATE_CHOICES: dict[str, tuple[str, ...] | None] = {
    "pending": (SubmissionState.PENDING.value,),
    "approved": (SubmissionState.APPROVED.value,),
    "all": None,
}
FORMATS = ("csv", "json", "xlsx")
CLI_FORMATS = ("jsonl", "csv", "json", "xlsx")


def quote_ref(key: bytes, receipt: str) -> str:
    """Return a stable opaque reference for an approved text that reveals no receipt."""
    return hmac.new(key, b"quote:" + receipt.encode(), hashlib.sha256).hexdigest()[:12]


def public_record(row: QuoteRow, shown: Shown, key: bytes) -> dict[str, Any]:
    """Return a served quote: its text and only the attributes ``shown`` allows."""
    return {
        "ref": quote_ref(key, row.receipt),
        "country": shown.country,
        "period": shown.period,
        "objectives": list(shown.objectives),
        "lang": shown.lang,
        "text": row.text,
    }


def to_csv(
    records: Iterable[dict[str, Any]], names: Sequence[str], hxl: Sequence[str] | None = None
) -> str:
    """Return CSV text: a header row, an optional HXL hashtag row, then one row per record."""
    lines = [csv_line(names)]
    if hxl is not None:
        lines.append(csv_line(hxl))
    lines.extend(csv_line([_cell(record.get(n)) for n in names]) for record in records)
    return "".join(lines)


def to_xlsx(records: Iterable[dict[str, Any]], names: Sequence[str], title: str) -> bytes:
    """Return an XLSX workbook with one sheet: a header row, then one row per record."""
    return records_to_xlsx(records, names, title)


def public_export(
    records: list[dict[str, Any]], fmt: str, *, excel: bool = False
) -> tuple[bytes, str, str]:
    """Render approved records for review bodies; returns (body, content type, file name).

    ``excel`` puts a UTF-8 byte-order mark before CSV, so Excel reads every script.
    """
    names = [c.name for c in PUBLIC_COLUMNS]
    if fmt == "json":
        body = json.dumps({"records": records}, ensure_ascii=False).encode()
        return body, "application/json", "compact-voices.json"
    if fmt == "csv":
        text = to_csv(records, names, [c.hxl for c in PUBLIC_COLUMNS])
        return (BOM if excel else b"") + text.encode("utf-8"), "text/csv", "compact-voices.csv"
    if fmt == "xlsx":
        return to_xlsx(records, names, "approved"), XLSX_TYPE, "compact-voices.xlsx"
    raise PayloadRejected(f"format must be one of {', '.join(FORMATS)}", code="bad_format")


def operator_record(submission: Submission, flow: Flow | None = None) -> dict[str, Any]:
    """Return every field an operator's export carries for one submission.

    With ``flow``, one more field per question of it whose answer is stored with
    the submission (its choice id, a list of them, or None).
    """
    answers = submission.answers or {}
    return {
        "receipt": submission.receipt,
        "channel": submission.channel,
        "lang": submission.lang,
        "country": submission.country,
        "place": submission.place,
        "experience_month": submission.experience_month,
        "objectives": list(submission.objectives or []),
        "theme": submission.theme,
        "level": submission.level,
        "trend": submission.trend,
        "text": submission.text,
        "state": submission.state,
        "urgent": submission.urgent,
        "flags": list(submission.flags or []),
        "entities": dict(submission.entities or {}),
        "created_at": submission.created_at.isoformat(),
        "flow_version": submission.flow_version,
        **{q.id: answers.get(q.id) for q in (flow.answer_questions if flow else ())},
    }


async def export_submissions(
    services: Services, fmt: str, state: str, out: BinaryIO, *, hxl: bool = False
) -> int:
    """Write submissions in ``state`` to ``out`` as ``fmt``; returns how many were written.

    JSON lines and CSV stream row by row; JSON and XLSX are built in memory. The
    current flow's questions (``services.flow``) add one column each; ``hxl`` adds
    a hashtag row under a CSV's header.
    """
    if fmt not in CLI_FORMATS:
        raise PayloadRejected(f"format must be one of {', '.join(CLI_FORMATS)}", code="bad_format")
    if state not in STATE_CHOICES:
        raise PayloadRejected("state must be pending, approved or all", code="bad_state")
    states = STATE_CHOICES[state]
    flow = services.flow
    names = [*OPERATOR_FIELDS, *(q.id for q in flow.answer_questions)]
    tags = [*(OPERATOR_HXL[n] for n in OPERATOR_FIELDS), *(q.hxl for q in flow.answer_questions)]
    written = 0
    collected: list[dict[str, Any]] = []
    async with services.sessions() as session:
        if fmt == "csv":
            out.write(csv_line(names).encode())
            if hxl:
                out.write(csv_line(tags).encode())
        async for submission in stream_for_export(session, states=states):
            record = operator_record(submission, flow)
            written += 1
            if fmt == "jsonl":
                out.write(json.dumps(record, ensure_ascii=False).encode() + b"\n")
            elif fmt == "csv":
                out.write(csv_line([_cell(record[n]) for n in names]).encode())
            else:
                collected.append(record)
    if fmt == "json":
        out.write(json.dumps(collected, ensure_ascii=False, indent=1).encode() + b"\n")
    elif fmt == "xlsx":
        out.write(to_xlsx(collected, names, "submissions"))
    out.flush()
    return written
