"""Disclosure-safe counts of approved submissions: grouping, small-cell and secondary suppression.

The one function review bodies' numbers come from (the API, the dashboard charts,
the country report) is ``compute``. It never publishes a count that would let a
reader, alone or by combining several queries, learn that fewer than ``k`` people
said something. The rule, in order:

1. **Closed periods, whole months.** ``from`` is snapped down to the first day of
   its month and ``to`` up to the last day of its month (to whole quarters when
   grouping by quarter). Queries that differ by a few days are therefore the same
   query: ``from=2026-01-01`` and ``from=2026-01-02`` return identical tables.
2. **Filters are dimensions.** A filter (``country``, ``lang``, ``channel``,
   ``objective``; a country-scoped token always filters by its country) is
   computed as an extra grouping attribute over *all* rows, and the answer is the
   slice of that table. The filtered answer is therefore cell for cell the same
   as the corresponding part of the unfiltered, finer table, including its
   suppression pattern, so a filtered query cannot undo a suppression made in the
   finer table. ``k`` defaults to 5 for one attribute and 10 when two or more
   combine (counting filters), never below 3.
3. **Primary suppression.** A cell counting fewer than ``k`` submissions is
   published as ``count: null, suppressed: true``. Empty cells are not listed.
4. **Differencing over time.** A cell counting ``N`` over months ``m1..mn`` is
   also suppressed if the attacker could cover some of those months with disjoint
   sub-ranges, each either empty or holding at least ``k`` (so possibly published
   by another query), and leave a remainder between 1 and ``k - 1``: the
   difference ``N - (sum of those sub-ranges)`` would reveal a small group. This
   is checked exactly, by dynamic programming over the months of every cell.
5. **Secondary suppression along every line.** For each attribute, the cells that
   share all other attributes form a line whose total another (coarser) query
   publishes. In every line the suppressed cells must either be none, or at
   least two cells together holding at least ``k``; otherwise another published
   cell of the line is suppressed too: preferably one whose other lines already
   hide a cell (so no new chain starts), then the smallest. Steps 4 and 5 repeat until
   nothing changes. A line's total minus its published cells then never reveals
   a small group nor a single suppressed cell. A cell that is alone in another
   line (so equal to a total a coarser query publishes) is never chosen as a
   complementary suppression, since hiding it would hide nothing.
6. **Totals** in the answer are sums of published cells only (``complete`` says
   whether any cell was withheld); they never include suppressed counts.

A submission with several objectives counts once in each objective's cell; a
submission without a value for an attribute counts under ``null``.

Known residual risks (documented in review/README.md): linear combinations
across several different attributes and ranges at once are not audited
exhaustively; counts for a period that is still open change as moderators
approve more submissions, so comparing the same query over time shows new
approvals (use closed periods for formal reports).
"""

from __future__ import annotations

import math
import random
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import partial
from itertools import product
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from core.errors import Forbidden, PayloadRejected
from storage.queries.review import CountRow, approved_count_rows

DIMENSIONS: tuple[str, ...] = (
    "country",
    "objective",
    "theme",
    "month",
    "quarter",
    "lang",
    "channel",
    "trend",
    "level",
)
FILTERS: tuple[str, ...] = ("country", "lang", "channel", "objective")
MIN_K = 3
DP_MAX_OBJECTIVES = 3
MIN_EPSILON = 0.01
MAX_EPSILON = 5.0
DEFAULT_EPSILON = 1.0
MIN_YEAR = 2000
MAX_YEAR = 2100
MAX_K = 1000
DEFAULT_K_SINGLE = 5
DEFAULT_K_COMBINED = 10
OBJECTIVES = range(1, 24)

_COUNTRY = re.compile(r"^[A-Z]{2}$")
_LANG = re.compile(r"^[a-z]{2,3}$")
_CHANNEL = re.compile(r"^[a-z]{1,16}$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")
_NUMBER = re.compile(r"^[0-9]{1,4}$")

Key = tuple[object, ...]


@dataclass(frozen=True, slots=True)
class Month:
    """A calendar month, the finest unit of time the aggregates know."""

    year: int
    month: int

    @classmethod
    def of(cls, moment: date) -> Month:
        """Return the month a date falls in."""
        return cls(moment.year, moment.month)

    def index(self) -> int:
        """Return a number that increases by one each month."""
        return self.year * 12 + self.month - 1

    @classmethod
    def from_index(cls, index: int) -> Month:
        """Inverse of ``index``."""
        return cls(index // 12, index % 12 + 1)

    def label(self) -> str:
        """Return ``YYYY-MM``."""
        return f"{self.year:04d}-{self.month:02d}"

    def quarter_label(self) -> str:
        """Return ``YYYY-Qn``."""
        return f"{self.year:04d}-Q{(self.month - 1) // 3 + 1}"

    def first_day(self) -> date:
        """Return the first day of the month."""
        return date(self.year, self.month, 1)

    def last_day(self) -> date:
        """Return the last day of the month."""
        following = Month.from_index(self.index() + 1).first_day()
        return date.fromordinal(following.toordinal() - 1)


@dataclass(frozen=True, slots=True)
class Period:
    """A snapped, inclusive range of whole months; ``None`` ends are open."""

    first: Month | None
    last: Month | None

    def start(self) -> datetime | None:
        """Return the first instant inside the period (UTC)."""
        if self.first is None:
            return None
        return datetime.combine(self.first.first_day(), datetime.min.time(), tzinfo=UTC)

    def end(self) -> datetime | None:
        """Return the first instant after the period (UTC)."""
        if self.last is None:
            return None
        nxt = Month.from_index(self.last.index() + 1)
        return datetime.combine(nxt.first_day(), datetime.min.time(), tzinfo=UTC)

    def as_json(self) -> dict[str, str | None]:
        """Return the effective period as ISO dates (``None`` for an open end)."""
        return {
            "from": self.first.first_day().isoformat() if self.first else None,
            "to": self.last.last_day().isoformat() if self.last else None,
        }


@dataclass(frozen=True, slots=True)
class AggregateQuery:
    """A validated request for aggregates."""

    group_by: tuple[str, ...]
    period: Period
    filters: Mapping[str, str | int]
    k: int
    epsilon: float | None = None  # set: add geometric noise (see ``add_noise``)

    @property
    def dimensions(self) -> tuple[str, ...]:
        """Grouping attributes plus filtered ones, in canonical order."""
        wanted = set(self.group_by) | set(self.filters)
        return tuple(d for d in DIMENSIONS if d in wanted)


@dataclass(slots=True)
class Cell:
    """One published (or withheld) cell of an aggregate table."""

    key: dict[str, object]
    count: int | None
    suppressed: bool

    def as_json(self) -> dict[str, Any]:
        """Return the cell as the API shows it."""
        out: dict[str, Any] = dict(self.key)
        out["count"] = self.count
        if self.suppressed:
            out["suppressed"] = True
        return out


@dataclass(slots=True)
class AggregateResult:
    """The answer to an ``AggregateQuery``."""

    query: AggregateQuery
    cells: list[Cell] = field(default_factory=list)

    def totals(self) -> dict[str, Any]:
        """Return totals over published cells only."""
        published = [c.count for c in self.cells if c.count is not None]
        withheld = sum(1 for c in self.cells if c.suppressed)
        return {
            "count": sum(published),
            "published_cells": len(published),
            "suppressed_cells": withheld,
            "complete": withheld == 0,
        }

    def as_json(self) -> dict[str, Any]:
        """Return the whole API response body."""
        return {
            "k": self.query.k,
            "group_by": list(self.query.group_by),
            "period": self.query.period.as_json(),
            "filters": dict(self.query.filters),
            "cells": [c.as_json() for c in self.cells],
            "totals": self.totals(),
            **(
                {
                    "noise": {
                        "mechanism": "two-sided geometric",
                        "epsilon": self.query.epsilon,
                        "sensitivity": sensitivity(self.query),
                    }
                }
                if self.query.epsilon is not None
                else {}
            ),
        }


def _parse_date(value: str, name: str) -> date:
    if not _DATE.match(value):
        raise PayloadRejected(f"{name} must be a date YYYY-MM-DD", code="bad_date")
    try:
        parsed = date.fromisoformat(value)
    except ValueError as exc:
        raise PayloadRejected(f"{name} is not a valid date", code="bad_date") from exc
    if not MIN_YEAR <= parsed.year <= MAX_YEAR:
        raise PayloadRejected(f"{name} must be between {MIN_YEAR} and {MAX_YEAR}", code="bad_date")
    return parsed


def snap_period(start: date | None, end: date | None, *, quarters: bool = False) -> Period:
    """Snap a date range outward to whole months (or whole quarters)."""
    first = Month.of(start) if start else None
    last = Month.of(end) if end else None
    if quarters:
        if first is not None:
            first = Month(first.year, (first.month - 1) // 3 * 3 + 1)
        if last is not None:
            last = Month(last.year, (last.month - 1) // 3 * 3 + 3)
    return Period(first, last)


def default_k(dimension_count: int, configured: int = DEFAULT_K_SINGLE) -> int:
    """Return the default threshold: ``configured`` for one attribute, at least 10 for more."""
    if dimension_count >= 2:
        return max(configured, DEFAULT_K_COMBINED)
    return configured


def parse_filters(params: Mapping[str, str], scope_country: str | None) -> dict[str, str | int]:
    """Validate ``country``, ``lang``, ``channel``, ``objective`` and apply the token's scope.

    Raises:
        PayloadRejected: a value is malformed.
        Forbidden: a country-scoped caller asked for another country.
    """
    filters: dict[str, str | int] = {}
    country = params.get("country", "").upper()
    if "country" in params:
        if not _COUNTRY.match(country):
            raise PayloadRejected("country must be an ISO 3166-1 alpha-2 code", code="bad_country")
        if scope_country is not None and country != scope_country:
            raise Forbidden("this token may only see its own country", code="out_of_scope")
        filters["country"] = country
    elif scope_country is not None:
        filters["country"] = scope_country
    lang = params.get("lang", "").lower()
    if "lang" in params:
        if not _LANG.match(lang):
            raise PayloadRejected("lang must be an ISO 639-1 code", code="bad_lang")
        filters["lang"] = lang
    channel = params.get("channel", "").lower()
    if "channel" in params:
        if not _CHANNEL.match(channel):
            raise PayloadRejected("channel is not valid", code="bad_channel")
        filters["channel"] = channel
    objective = params.get("objective", "")
    if "objective" in params:
        if not _NUMBER.match(objective) or int(objective) not in OBJECTIVES:
            raise PayloadRejected("objective must be a number from 1 to 23", code="bad_objective")
        filters["objective"] = int(objective)
    return filters


def parse_period(params: Mapping[str, str], *, quarters: bool = False) -> Period:
    """Read ``from`` and ``to`` and snap them to whole months or quarters."""
    start = _parse_date(params["from"], "from") if "from" in params else None
    end = _parse_date(params["to"], "to") if "to" in params else None
    if start and end and start > end:
        raise PayloadRejected("from must not be after to", code="bad_period")
    return snap_period(start, end, quarters=quarters)


def parse_query(
    params: Mapping[str, str], *, scope_country: str | None, configured_k: int = DEFAULT_K_SINGLE
) -> AggregateQuery:
    """Validate the query string of ``GET /api/v1/aggregates``.

    Raises:
        PayloadRejected: unknown attributes, malformed values, or ``k`` below 3.
        Forbidden: a country-scoped caller asked for another country.
    """
    raw = params.get("group_by", "")
    group_by = tuple(raw.split(",")) if raw else ()
    unknown = [g for g in group_by if g not in DIMENSIONS]
    if unknown:
        raise PayloadRejected(f"group_by accepts {', '.join(DIMENSIONS)}", code="bad_group_by")
    if len(set(group_by)) != len(group_by):
        raise PayloadRejected("group_by lists an attribute twice", code="bad_group_by")
    filters = parse_filters(params, scope_country)
    period = parse_period(params, quarters="quarter" in group_by)
    dims = set(group_by) | set(filters)
    raw_k = params.get("k", "")
    if "k" in params:
        if not _NUMBER.match(raw_k):
            raise PayloadRejected("k must be a whole number", code="bad_k")
        k = int(raw_k)
        if k < MIN_K or k > MAX_K:
            raise PayloadRejected(f"k must be between {MIN_K} and {MAX_K}", code="bad_k")
    else:
        k = default_k(len(dims), max(configured_k, MIN_K))
    return AggregateQuery(
        group_by=group_by, period=period, filters=filters, k=k, epsilon=parse_noise(params)
    )


def _values(row: CountRow, dimension: str, max_objectives: int | None) -> Sequence[object]:
    month = Month.of(row.created_at)
    match dimension:
        case "objective":
            return row.objectives[:max_objectives] or (None,)
        case "month":
            return (month.label(),)
        case "quarter":
            return (month.quarter_label(),)
        case _:
            return (getattr(row, dimension),)


def _sort_key(key: Key) -> tuple[tuple[int, str], ...]:
    return tuple(
        (0, "") if v is None else (1, f"{v:>12}" if isinstance(v, int) else str(v)) for v in key
    )


def _remainder_attack(series: Sequence[int], k: int) -> bool:
    """Whether disjoint sub-ranges, each empty or holding >= k, leave a remainder in 1..k-1.

    ``series`` is the cell's count per month, in month order. ``reach[i]`` holds the
    remainders (below ``k``) possible after the first ``i`` months; a remainder that
    reaches ``k`` can only grow and is harmless, so it is dropped.
    """
    n = len(series)
    prefix = [0]
    for x in series:
        prefix.append(prefix[-1] + x)
    reach: list[set[int]] = [{0}]
    for i in range(1, n + 1):
        here = {r + series[i - 1] for r in reach[i - 1] if r + series[i - 1] < k}
        for j in range(i):
            covered = prefix[i] - prefix[j]
            if covered == 0 or covered >= k:
                here |= reach[j]
        reach.append(here)
    return any(0 < r < k for r in reach[n])


def compute(
    rows: Sequence[CountRow], query: AggregateQuery, rng: random.Random | None = None
) -> AggregateResult:
    """Group approved rows and apply the suppression rule in the module docstring.

    ``rows`` must be every approved submission in the query's period, of every
    country, language and channel: filters are applied here, after suppression.
    """
    dims = query.dimensions
    k = query.k
    max_objectives = DP_MAX_OBJECTIVES if query.epsilon is not None else None
    counts: dict[Key, int] = defaultdict(int)
    series: dict[Key, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for row in rows:
        month_index = Month.of(row.created_at).index()
        for key in product(*(_values(row, d, max_objectives) for d in dims)):
            counts[key] += 1
            series[key][month_index] += 1

    suppressed: set[Key] = {key for key, n in counts.items() if n < k}

    # A cell's own month series decides this once; it does not depend on other cells.
    for key in counts:
        if key not in suppressed:
            # Empty months change no sum, so only months with data matter.
            months = [n for _, n in sorted(series[key].items()) if n]
            if _remainder_attack(months, k):
                suppressed.add(key)

    lines_by_axis: list[list[list[Key]]] = []
    for axis in range(len(dims)):
        grouped: dict[Key, list[Key]] = defaultdict(list)
        for key in counts:
            grouped[key[:axis] + key[axis + 1 :]].append(key)
        lines_by_axis.append(list(grouped.values()))
    lines_of: dict[Key, list[list[Key]]] = defaultdict(list)
    for lines in lines_by_axis:
        for members in lines:
            for member in members:
                lines_of[member].append(members)
    # A cell alone in some line equals that line's total, which a coarser query
    # publishes when it reaches k: hiding it here would protect nothing.
    pinned = {
        members[0]
        for lines in lines_by_axis
        for members in lines
        if len(members) == 1 and counts[members[0]] >= k
    }

    def complement_order(
        cell: Key, line: list[Key]
    ) -> tuple[int, int, tuple[tuple[int, str], ...]]:
        fresh = sum(
            1
            for other in lines_of[cell]
            if other is not line and not any(x in suppressed for x in other)
        )
        return fresh, counts[cell], _sort_key(cell)

    def line_guard() -> bool:
        changed = False
        for lines in lines_by_axis:
            for members in lines:
                while True:
                    hidden = [m for m in members if m in suppressed and m not in pinned]
                    mass = sum(counts[m] for m in hidden)
                    if not hidden or (len(hidden) >= 2 and mass >= k):
                        break
                    shown = [m for m in members if m not in suppressed and m not in pinned]
                    if not shown:
                        break
                    # Prefer a complement whose other lines already hide something:
                    # hiding it there starts no new chain of suppressions.
                    shown.sort(key=partial(complement_order, line=members))
                    suppressed.add(shown[0])
                    changed = True
        return changed

    while line_guard():
        pass

    visible = [d for d in dims if d in query.group_by]
    cells: list[Cell] = []
    for key in sorted(counts, key=_sort_key):
        named = dict(zip(dims, key, strict=True))
        if any(named[f] != v for f, v in query.filters.items()):
            continue
        hidden = key in suppressed
        cells.append(
            Cell(
                key={d: named[d] for d in visible},
                count=None if hidden else counts[key],
                suppressed=hidden,
            )
        )
    result = AggregateResult(query=query, cells=cells)
    if query.epsilon is not None:
        add_noise(result, query.epsilon, sensitivity(query), rng or random.SystemRandom())
    return result


async def aggregate(
    session: AsyncSession, query: AggregateQuery, rng: random.Random | None = None
) -> AggregateResult:
    """Read the approved rows of the query's period and compute the suppressed table."""
    rows = await approved_count_rows(session, start=query.period.start(), end=query.period.end())
    return compute(rows, query, rng)


def sensitivity(query: AggregateQuery) -> int:
    """How many cells one submission can change: its (bounded) objectives, else one."""
    return DP_MAX_OBJECTIVES if "objective" in query.dimensions else 1


def geometric_noise(epsilon: float, sens: int, rng: random.Random) -> int:
    """Draw two-sided geometric noise, P(z) proportional to exp(-epsilon * |z| / sens).

    The difference of two geometric variables with ``p = 1 - alpha`` has exactly this
    distribution: the discrete Laplace mechanism, which keeps counts whole.
    """
    alpha = math.exp(-epsilon / sens)
    log_alpha = math.log(alpha)

    def draw() -> int:
        # 1 - random() is in (0, 1], so the log is finite.
        return math.floor(math.log(1.0 - rng.random()) / log_alpha)

    return draw() - draw()


def add_noise(result: AggregateResult, epsilon: float, sens: int, rng: random.Random) -> None:
    """Replace each published count by ``max(0, count + noise)``, in place."""
    for cell in result.cells:
        if cell.count is not None:
            cell.count = max(0, cell.count + geometric_noise(epsilon, sens, rng))


def parse_noise(params: Mapping[str, str]) -> float | None:
    """Read ``noise`` and ``epsilon``; return the epsilon to spend, or None without noise."""
    noise = params.get("noise", "false")
    if noise not in ("true", "false"):
        raise PayloadRejected("noise must be true or false", code="bad_noise")
    if "epsilon" in params and noise != "true":
        raise PayloadRejected("epsilon needs noise=true", code="bad_epsilon")
    if noise == "false":
        return None
    raw = params.get("epsilon", str(DEFAULT_EPSILON))
    try:
        epsilon = float(raw)
    except ValueError as exc:
        raise PayloadRejected("epsilon must be a number", code="bad_epsilon") from exc
    if not (MIN_EPSILON <= epsilon <= MAX_EPSILON) or not math.isfinite(epsilon):
        raise PayloadRejected(
            f"epsilon must be between {MIN_EPSILON} and {MAX_EPSILON}", code="bad_epsilon"
        )
    return epsilon
