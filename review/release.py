"""The public page's counts: differentially private, drawn once per closed quarter, then kept.

The transparency page (``review.public``) shows no exact count. For each calendar
quarter that has ended, this module draws one *release* and stores it
(``public_releases``, migration ``0012_public_release``); every later request and
every restart reads the stored row, so noise is never drawn twice for a quarter and
its budget is spent once. The open quarter is never released.

Why quarters, not months: a quarter holds about three times the people of a month,
so the same noise hides less of each number; approved quotes are already dated by
quarter (``review.quotes``); and each submission falls in exactly one quarter, so the
releases of different quarters are about disjoint data and their budgets do not add
up for any one submission (parallel composition).

One release, with ``epsilon`` = ``VOICES_PUBLIC_EPSILON`` (default 1.0), holds three
tables of people counts for the quarter, each with two-sided geometric noise
(``review.aggregates.geometric_noise``). The budget is split by ``SHARES``:

- ``total``: everyone with approved feedback in the quarter (a tenth of epsilon);
- ``country``: people per country, over every ISO 3166-1 country whether anyone wrote
  about it or not, so the list of countries says nothing by itself (three tenths);
- ``objective``: people per (country, GCM objective), for every objective of each
  country the country table released (six tenths; a submission counts under at most
  its first ``DP_MAX_OBJECTIVES`` objectives, so its sensitivity is that number).

Sequential composition makes the release ``epsilon``-differentially private per
submission (as the API's noise mode; one person's several submissions add up).
Noisy values are clipped at zero and a value under ``threshold`` is dropped, both
after the noise, so they cost no budget. The threshold is the smallest number at
which a table (a country's objectives) shows a cell holding nobody with a chance
under ``FALSE_CELL`` (one in ten), never below ``VOICES_REVIEW_K``; one threshold,
the largest of the three, applies to every table, so the page can say it in a line.

Late approvals do not change a stored quarter: the release is what was approved
when the quarter was first shown after it ended.
"""

from __future__ import annotations

import math
import random
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from babel import Locale
from sqlalchemy.ext.asyncio import AsyncSession

from review.aggregates import DP_MAX_OBJECTIVES, OBJECTIVES, Month, Period, geometric_noise
from review.aggregates import build_table as people_table
from storage.queries.review import (
    CountRow,
    approved_count_rows,
    get_public_release,
    store_public_release,
)

SHARES: dict[str, float] = {"total": 0.1, "country": 0.3, "objective": 0.6}
FALSE_CELL = 0.1
SHOWN_QUARTERS = 8
# CLDR territories that are not countries a person can write about.
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
COUNTRIES: tuple[str, ...] = tuple(
    sorted(
        code
        for code in map(str, Locale("en").territories)
        if len(code) == 2 and code.isalpha() and code not in _NOT_COUNTRIES
    )
)
_QUARTER = re.compile(r"^([0-9]{4})-Q([1-4])$")


@dataclass(frozen=True, slots=True, order=True)
class Quarter:
    """A calendar quarter, the unit of public releases."""

    year: int
    number: int

    @classmethod
    def of(cls, moment: datetime) -> Quarter:
        """The quarter a moment (UTC) falls in."""
        return cls(moment.year, (moment.month - 1) // 3 + 1)

    @classmethod
    def parse(cls, label: str) -> Quarter | None:
        """``2026-Q1`` as a quarter; None when it is not one."""
        match = _QUARTER.match(label)
        return cls(int(match.group(1)), int(match.group(2))) if match else None

    def label(self) -> str:
        """``YYYY-Qn``."""
        return f"{self.year:04d}-Q{self.number}"

    def period(self) -> Period:
        """The quarter as a snapped review period (three months)."""
        first = Month(self.year, self.number * 3 - 2)
        return Period(first, Month(self.year, first.month + 2))

    def previous(self) -> Quarter:
        """The quarter before."""
        return (
            Quarter(self.year - 1, 4) if self.number == 1 else Quarter(self.year, self.number - 1)
        )


def closed_quarters(now: datetime, count: int = SHOWN_QUARTERS) -> list[Quarter]:
    """The ``count`` most recent quarters that have ended by ``now``, newest first."""
    quarters = [Quarter.of(now).previous()]
    while len(quarters) < count:
        quarters.append(quarters[-1].previous())
    return quarters


def threshold(epsilon: float, sensitivity: int, cells: int, k: int) -> int:
    """The smallest count shown: an empty cell among ``cells`` passes it with chance < FALSE_CELL.

    For two-sided geometric noise with ``alpha = exp(-epsilon / sensitivity)``,
    ``P(noise >= t) = alpha**t / (1 + alpha)`` for ``t >= 1``.
    """
    alpha = math.exp(-epsilon / sensitivity)
    needed = math.log(FALSE_CELL * (1 + alpha) / cells) / math.log(alpha)
    return max(k, math.ceil(needed))


def thresholds(epsilon: float, k: int) -> dict[str, int]:
    """Each table's threshold for a release at ``epsilon``, and the one the page applies."""
    each = {
        "total": threshold(epsilon * SHARES["total"], 1, 1, k),
        "country": threshold(epsilon * SHARES["country"], 1, len(COUNTRIES), k),
        "objective": threshold(
            epsilon * SHARES["objective"], DP_MAX_OBJECTIVES, len(OBJECTIVES), k
        ),
    }
    return {**each, "shown": max(each.values())}


@dataclass(frozen=True, slots=True)
class Release:
    """One quarter's released counts (noisy, at or above ``threshold``), as stored."""

    quarter: Quarter
    epsilon: float
    threshold: int
    total: int | None
    countries: dict[str, int]
    objectives: dict[str, dict[int, int]]

    @classmethod
    def from_cells(cls, quarter: Quarter, epsilon: float, cells: dict[str, Any]) -> Release:
        """Read a stored row's ``cells``."""
        return cls(
            quarter=quarter,
            epsilon=epsilon,
            threshold=int(cells["thresholds"]["shown"]),
            total=cells["total"],
            countries={str(c): int(n) for c, n in cells["countries"].items()},
            objectives={
                str(c): {int(o): int(n) for o, n in row.items()}
                for c, row in cells["objectives"].items()
            },
        )


def draw(
    rows: list[CountRow], quarter: Quarter, epsilon: float, k: int, rng: random.Random
) -> dict[str, Any]:
    """Draw one quarter's release from its approved rows: the ``cells`` to store.

    People are counted as everywhere else (``review.aggregates.build_table``, here
    with no suppression: the noise takes its place), at the quarter's calendar unit.
    """
    node = (quarter.year, quarter.number)
    inside = [r for r in rows if Quarter.of(r.created_at) == quarter]
    limits = thresholds(epsilon, k)
    shown = limits["shown"]

    def noisy(people: int, share: str, sensitivity: int) -> int | None:
        value = max(0, people + geometric_noise(epsilon * SHARES[share], sensitivity, rng))
        return value if value >= shown else None

    total_people = people_table(inside, (), 1).people.get(((), node), set())
    by_country = people_table(inside, ("country",), 1).people
    by_objective = people_table(inside, ("country", "objective"), 1, DP_MAX_OBJECTIVES).people
    countries: dict[str, int] = {}
    for code in COUNTRIES:
        value = noisy(len(by_country.get(((code,), node), ())), "country", 1)
        if value is not None:
            countries[code] = value
    objectives: dict[str, dict[str, int]] = {}
    for code in countries:
        row: dict[str, int] = {}
        for objective in OBJECTIVES:
            people = len(by_objective.get(((code, objective), node), ()))
            value = noisy(people, "objective", DP_MAX_OBJECTIVES)
            if value is not None:
                row[str(objective)] = value
        objectives[code] = row
    return {
        "total": noisy(len(total_people), "total", 1),
        "countries": countries,
        "objectives": objectives,
        "thresholds": limits,
        "shares": SHARES,
    }


async def quarter_release(
    session: AsyncSession,
    quarter: Quarter,
    *,
    epsilon: float,
    k: int,
    rng: random.Random | None = None,
) -> Release:
    """The stored release of a closed quarter, drawn and stored first if there is none.

    The caller must pass a quarter that has ended (``closed_quarters``).
    """
    stored = await get_public_release(session, quarter.label())
    if stored is None:
        period = quarter.period()
        rows = await approved_count_rows(session, start=period.start(), end=period.end())
        cells = draw(rows, quarter, epsilon, k, rng or random.SystemRandom())
        stored = await store_public_release(session, quarter.label(), epsilon, cells)
        await session.commit()
    return Release.from_cells(quarter, stored.epsilon, stored.cells)
