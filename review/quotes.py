"""Approved, anonymised quotes for review bodies, paged with an opaque, stable cursor.

Quotes come in submission-id order, which never changes once a row exists, so a
cursor (an encoded "after this row" position) stays valid while new submissions
arrive. The cursor carries no personal data; tampering with it only moves the
position inside what the caller may see anyway.
"""

from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import PayloadRejected
from review.aggregates import Period
from review.export import public_record
from storage.queries.review import approved_quotes

DEFAULT_LIMIT = 50
MAX_LIMIT = 200
SCAN = 500


def encode_cursor(after_id: int) -> str:
    """Return the opaque cursor for "after this row"."""
    raw = json.dumps({"a": after_id}, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str) -> int:
    """Return the row id a cursor points after; ``PayloadRejected`` when it is not ours."""
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        value = json.loads(raw)
    except (binascii.Error, ValueError) as exc:
        raise PayloadRejected("cursor is not valid", code="bad_cursor") from exc
    if not isinstance(value, dict) or not isinstance(value.get("a"), int) or value["a"] < 0:
        raise PayloadRejected("cursor is not valid", code="bad_cursor")
    after: int = value["a"]
    return after


def parse_limit(raw: str | None) -> int:
    """Validate ``limit`` (1 to 200, default 50)."""
    if raw is None:
        return DEFAULT_LIMIT
    if not re.fullmatch(r"[0-9]{1,4}", raw) or not 1 <= int(raw) <= MAX_LIMIT:
        raise PayloadRejected(f"limit must be between 1 and {MAX_LIMIT}", code="bad_limit")
    return int(raw)


@dataclass(frozen=True, slots=True)
class QuotePage:
    """One page of quotes and the cursor for the next page (None at the end)."""

    quotes: list[dict[str, Any]]
    next_cursor: str | None


async def quote_page(
    session: AsyncSession,
    *,
    ref_key: bytes,
    country: str | None,
    lang: str | None,
    objective: int | None,
    period: Period | None = None,
    after_id: int = 0,
    limit: int = DEFAULT_LIMIT,
) -> QuotePage:
    """Return up to ``limit`` approved quotes after ``after_id`` matching the filters."""
    found: list[dict[str, Any]] = []
    position = after_id
    while True:
        rows = await approved_quotes(
            session,
            country=country,
            lang=lang,
            after_id=position,
            limit=SCAN,
            scan=SCAN,
            start=period.start() if period else None,
            end=period.end() if period else None,
        )
        for row in rows:
            position = row.id
            if objective is not None and objective not in row.objectives:
                continue
            found.append(public_record(row, ref_key))
            if len(found) == limit:
                # Whether more exist is only known by looking; one cheap extra read.
                more = await approved_quotes(
                    session,
                    country=country,
                    lang=lang,
                    after_id=position,
                    limit=1,
                    scan=1,
                    start=period.start() if period else None,
                    end=period.end() if period else None,
                )
                return QuotePage(found, encode_cursor(position) if more else None)
        if len(rows) < SCAN:
            return QuotePage(found, None)
