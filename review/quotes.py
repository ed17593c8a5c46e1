"""Approved, anonymised quotes for review bodies: what each may show, paged by a stable cursor.

A quote never reveals a count (``QuoteRule``): it is served only when the cell of
its country over its period is published, and it shows only attributes whose cell,
together with everything else it shows, is published over the same period:

1. The period is the quote's calendar quarter, or its year when the quarter shows
   less; a quote whose country cell is withheld over both is not served.
2. One objective is shown: the first of the quote's objectives whose (country,
   objective) cell is published. Never two: a combination of objectives is a cell no
   table publishes, and quotes showing it would prove that cell is not empty.
3. The language is shown when the (country, language) cell is published and so is
   every (country, objective, language) cell of the objectives shown.
4. Month, channel, theme, trend and level are never shown.

Cells are decided by ``review.aggregates`` with the thresholds the API uses, so a
quote adds nothing a reader of the aggregates does not already know: at least ``k``
people are in every cell it shows. Submissions a moderator marked "count, do not
quote" are never quotes. ``review.audit`` checks this by counting quotes as lower
bounds.

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
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import PayloadRejected
from review.aggregates import Key, Month, Node, Period, Table, build_table
from review.export import public_record
from storage.queries.review import CountRow, approved_count_rows, approved_quotes

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
class Shown:
    """What one quote may show: its period, country, objectives and (maybe) language."""

    period: str
    months: frozenset[int]
    country: str | None
    objectives: tuple[int, ...]
    lang: str | None


class QuoteRule:
    """Decides what each quote shows, from every approved submission (rule in the docstring)."""

    def __init__(self, rows: Sequence[CountRow], configured_k: int) -> None:
        self._rows = rows
        self._configured_k = configured_k
        self._tables: dict[tuple[str, ...], Table] = {}

    def _published(self, dims: tuple[str, ...], key: Key, node: Node) -> bool:
        if dims not in self._tables:
            self._tables[dims] = build_table(self._rows, dims, self._configured_k)
        return self._tables[dims].published(key, node)

    def _at(
        self, country: str | None, objectives: Sequence[int], lang: str, node: Node
    ) -> Shown | None:
        if not self._published(("country",), (country,), node):
            return None
        both = ("country", "objective")
        shown = tuple(o for o in objectives if self._published(both, (country, o), node))[:1]
        three = ("country", "objective", "lang")
        with_lang = self._published(("country", "lang"), (country, lang), node) and all(
            self._published(three, (country, o, lang), node) for o in shown
        )
        first = Month(node[0], 1 if len(node) == 1 else node[1] * 3 - 2)
        length = 12 if len(node) == 1 else 3
        return Shown(
            period=f"{node[0]:04d}" if len(node) == 1 else first.quarter_label(),
            months=frozenset(range(first.index(), first.index() + length)),
            country=country,
            objectives=shown,
            lang=lang if with_lang else None,
        )

    def shown(
        self, country: str | None, objectives: Sequence[int], lang: str, created_at: datetime
    ) -> Shown | None:
        """Return what a quote with these attributes may show, or None when it is not served."""
        month = Month.of(created_at)
        quarter = (month.year, (month.month - 1) // 3 + 1)
        by_quarter = self._at(country, objectives, lang, quarter)
        by_year = self._at(country, objectives, lang, (month.year,))
        if by_quarter is None:
            return by_year
        if by_year is None:
            return by_quarter
        richer = len(by_year.objectives) + (by_year.lang is not None) > len(
            by_quarter.objectives
        ) + (by_quarter.lang is not None)
        return by_year if richer else by_quarter


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
    configured_k: int,
) -> QuotePage:
    """Return up to ``limit`` servable quotes after ``after_id`` matching the filters.

    An ``objective`` or ``lang`` filter matches only quotes that show that value.
    """
    rule = QuoteRule(await approved_count_rows(session), configured_k)
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
            shown = rule.shown(row.country, row.objectives, row.lang, row.created_at)
            if shown is None or (objective is not None and objective not in shown.objectives):
                continue
            if lang is not None and shown.lang != lang:
                continue
            found.append(public_record(row, shown, ref_key))
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
