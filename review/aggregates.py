"""Disclosure-safe counts of people with approved feedback: the release rule.

The one function review bodies' numbers come from (the API, the dashboard charts,
the country report, what quotes may show) is ``compute``. Its promise: no reader,
alone or by combining queries and quotes, can pin a withheld cell to its value or
prove it holds between 1 and ``k - 1`` people. ``review.audit`` checks the promise
by linear programming over every query a reader can make. The rule:

1. **Calendar units.** ``from``/``to`` snap outward to the smallest calendar unit
   that holds them: one month, else its quarter, else its year, else all time (an
   open end is all time). Every period is therefore a node of one hierarchy (all
   time, years, quarters, months), so no two periods overlap without one holding
   the other, and overlapping ranges cannot be differenced.
2. **People.** A cell's value is the number of distinct pseudonyms with an approved
   submission in it; one person's many submissions count once. A person counts in
   each objective they raised. Every decision below uses people counts.
3. **Threshold.** ``k`` is ``VOICES_REVIEW_K`` (default 10, never below 3) for every
   table, however many attributes combine (filters included) and whatever the period.
   One threshold for all tables: with a lower one for one attribute, a published
   one-attribute cell of 5..9 people whose people share one value of a second
   attribute would give away the two-attribute cell. A query may ask for a higher
   ``k``, never a lower one.
4. **One protected table per set of attributes.** For the query's attributes
   (``group_by`` plus filters, time aside) one table is built over *all* approved
   rows, with each cell at every calendar unit. A cell under ``k`` people is
   withheld (primary). Then along every *line* (cells sharing all attributes but
   one at one unit; or the units one unit divides into, for one key: all time into
   years, a year into quarters, a quarter into months) the withheld cells must be
   none, or at least two holding at least ``k`` people together; otherwise another
   cell of the line is withheld too, preferably one whose other lines already hide
   a cell, then the smallest. A cell alone in an attribute line whose total the
   coarser table publishes equals that total, so it is never chosen; when a unit's
   sub-units offer no complement, the unit itself is withheld. A unit with one
   sub-unit holding data shares its status. Repeated until stable. Since every query is a slice of
   this table, a cell has one status whatever query shows it: filters and periods
   cannot undo a suppression.
5. **What is shown.** Published cells only; withheld cells are not listed (a listed
   withheld cell would prove it is not empty). ``totals.people`` is the slice's total
   from the table of the filter attributes alone (withheld under the same rule);
   ``totals.withheld`` the people of the slice that no published cell shows, only
   for a one-attribute table (one line) that withholds two or more cells, and only
   when at least ``k``; ``complete`` whether nothing was withheld.
6. **Rounding.** Every number an exact answer shows (cells, ``people``, ``withheld``)
   is rounded, halves up, to a multiple of ``ROUNDING_BASE`` (10): 14 people show as
   10, 15 as 20. Withholding alone leaves sums: a published total minus its
   published parts is a withheld cell's exact size, and rows, columns and calendar
   units give many such sums. Rounded, each published number says only "somewhere in
   these ten", so a difference of two of them spans 19 values and cannot prove a
   withheld cell lies in 1..k-1; the auditor confirms it over every query combined.
   Answers with noise (``noise=true``) are not rounded: the noise does that work.

Known residual risks (review/README.md): tables of different attribute sets are
protected independently (the rounding, not the suppression pattern, is what holds
across them), and the auditor checks the families a reader can build from one
grouping plus one filter; counts of a period still open change as moderators
approve more.
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
# Grouping by a unit of time walks that level of the calendar (depth below all time).
TIME: dict[str, int] = {"quarter": 2, "month": 3}
MIN_K = 3
DP_MAX_OBJECTIVES = 3
MIN_EPSILON = 0.01
MAX_EPSILON = 5.0
DEFAULT_EPSILON = 1.0
MIN_YEAR = 2000
MAX_YEAR = 2100
MAX_K = 1000
DEFAULT_K = 10
ROUNDING_BASE = 10
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
        # The questionnaire's answers (``parse_query``'s extra dimensions) come last.
        extra = sorted(wanted - set(DIMENSIONS))
        return tuple(d for d in (*DIMENSIONS, *extra) if d in wanted)


@dataclass(slots=True)
class Cell:
    """One published cell of an aggregate table: its attribute values and its people."""

    key: dict[str, object]
    count: int

    def as_json(self) -> dict[str, Any]:
        """Return the cell as the API shows it."""
        out: dict[str, Any] = dict(self.key)
        out["count"] = self.count
        return out


@dataclass(slots=True)
class AggregateResult:
    """The answer to an ``AggregateQuery``: published cells only, and what they leave out.

    ``people`` is the number of distinct people in the query's slice (None when that
    total is itself withheld); ``withheld`` the people of the slice that no published
    cell shows (None when fewer than ``k``); ``complete`` whether no cell was withheld.
    """

    query: AggregateQuery
    cells: list[Cell] = field(default_factory=list)
    people: int | None = None
    withheld: int | None = None
    complete: bool = True

    def totals(self) -> dict[str, Any]:
        """Return the slice's people, the published cells and the withheld remainder."""
        return {
            "people": self.people,
            "published_cells": len(self.cells),
            "withheld": self.withheld,
            "complete": self.complete,
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
                else {"rounding": ROUNDING_BASE}
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
    """Snap a date range outward to the smallest calendar unit holding it (rule 1).

    A month, else a quarter, else a year, else all time; with ``quarters`` (grouping
    by quarter) never less than a quarter. An open end means all time.
    """
    if start is None or end is None:
        return Period(None, None)
    first, last = Month.of(start), Month.of(end)
    if first == last and not quarters:
        return Period(first, last)
    if first.year == last.year and (first.month - 1) // 3 == (last.month - 1) // 3:
        begin = Month(first.year, (first.month - 1) // 3 * 3 + 1)
        return Period(begin, Month(first.year, begin.month + 2))
    if first.year == last.year:
        return Period(Month(first.year, 1), Month(first.year, 12))
    return Period(None, None)


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
    params: Mapping[str, str],
    *,
    scope_country: str | None,
    configured_k: int = DEFAULT_K,
    extra_dimensions: Sequence[str] = (),
) -> AggregateQuery:
    """Validate the query string of ``GET /api/v1/aggregates``.

    ``extra_dimensions`` are the questionnaire's answers that may be grouped by
    (``Flow.dimensions``), counted under the same rule as every other attribute.

    Raises:
        PayloadRejected: unknown attributes, malformed values, or ``k`` below 3.
        Forbidden: a country-scoped caller asked for another country.
    """
    raw = params.get("group_by", "")
    group_by = tuple(raw.split(",")) if raw else ()
    allowed = (*DIMENSIONS, *(d for d in extra_dimensions if d not in DIMENSIONS))
    unknown = [g for g in group_by if g not in allowed]
    if unknown:
        raise PayloadRejected(f"group_by accepts {', '.join(allowed)}", code="bad_group_by")
    if len(set(group_by)) != len(group_by):
        raise PayloadRejected("group_by lists an attribute twice", code="bad_group_by")
    if set(TIME) <= set(group_by):
        raise PayloadRejected("group_by takes month or quarter, not both", code="bad_group_by")
    filters = parse_filters(params, scope_country)
    period = parse_period(params, quarters="quarter" in group_by)
    raw_k = params.get("k", "")
    if "k" in params:
        if not _NUMBER.match(raw_k):
            raise PayloadRejected("k must be a whole number", code="bad_k")
        requested = int(raw_k)
        if requested < MIN_K or requested > MAX_K:
            raise PayloadRejected(f"k must be between {MIN_K} and {MAX_K}", code="bad_k")
    else:
        requested = MIN_K
    # A caller may ask for more protection, never for less than the configured rule.
    k = max(requested, configured_k, MIN_K)
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
        case _ if dimension in DIMENSIONS:
            return (getattr(row, dimension),)
        case "option":  # a follow-up question's answer (``review.polls``)
            return (row.option,)
        case _:
            answer = row.answers.get(dimension)
            return (answer if isinstance(answer, str) else None,)


def _sort_key(key: Key) -> tuple[tuple[int, str], ...]:
    return tuple(
        (0, "") if v is None else (1, f"{v:>12}" if isinstance(v, int) else str(v)) for v in key
    )


Node = tuple[int, ...]
ALL: Node = ()


def node_of(period: Period) -> Node:
    """The calendar unit of a snapped period: ``()``, ``(y,)``, ``(y, q)`` or ``(y, q, m)``."""
    if period.first is None or period.last is None:
        return ALL
    first, last = period.first, period.last
    if first == last:
        return (first.year, (first.month - 1) // 3 + 1, first.month)
    if last.index() - first.index() == 2:
        return (first.year, (first.month - 1) // 3 + 1)
    return (first.year,)


def _nodes(month: Month) -> tuple[Node, ...]:
    quarter = (month.month - 1) // 3 + 1
    return (ALL, (month.year,), (month.year, quarter), (month.year, quarter, month.month))


def node_months(node: Node, months: Sequence[int]) -> list[int]:
    """The month indexes among ``months`` that fall inside ``node``."""
    inside = []
    for index in months:
        month = Month.from_index(index)
        if _nodes(month)[len(node)] == node:
            inside.append(index)
    return inside


def _label(node: Node) -> str:
    if len(node) == 3:
        return Month(node[0], node[2]).label()
    return f"{node[0]:04d}-Q{node[1]}"


Cellkey = tuple[Key, Node]


@dataclass(slots=True)
class Table:
    """People per (attribute values, calendar unit) and which cells the rule withholds."""

    dims: tuple[str, ...]
    people: dict[Cellkey, set[int]]
    hidden: set[Cellkey]

    def published(self, key: Key, node: Node) -> bool:
        """Whether the cell exists and is shown."""
        return (key, node) in self.people and (key, node) not in self.hidden


def _people(
    rows: Sequence[CountRow], dims: tuple[str, ...], max_objectives: int | None
) -> dict[Cellkey, set[int]]:
    """The people (numbered pseudonyms) of every cell at every calendar unit."""
    ids: dict[str, int] = {}
    people: dict[Cellkey, set[int]] = defaultdict(set)
    for row in rows:
        person = ids.setdefault(row.pseudonym, len(ids))
        nodes = _nodes(Month.of(row.created_at))
        for key in product(*(_values(row, d, max_objectives) for d in dims)):
            for node in nodes:
                people[(key, node)].add(person)
    return people


def build_table(
    rows: Sequence[CountRow],
    dims: tuple[str, ...],
    k: int,
    max_objectives: int | None = None,
    *,
    built: dict[tuple[str, ...], Table] | None = None,
) -> Table:
    """Count people per cell at every calendar unit and apply rules 3 and 4 of the docstring.

    ``dims`` are the non-time attributes; every cell exists at all time, its year,
    quarter and month. Lines are the cells that share all attributes but one at one
    unit (attribute lines), and the units a unit divides into for one key (time
    lines: all time into years, a year into quarters, a quarter into months).
    """
    people = _people(rows, dims, max_objectives)
    hidden: set[Cellkey] = {cell for cell, who in people.items() if len(who) < k}
    built = {} if built is None else built
    lines: list[list[Cellkey]] = []
    pinned: set[Cellkey] = set()
    for axis in range(len(dims)):
        grouped: dict[tuple[Key, Node], list[Cellkey]] = defaultdict(list)
        for key, node in people:
            grouped[(key[:axis] + key[axis + 1 :], node)].append((key, node))
        lines.extend(grouped.values())
        # A cell alone in a line equals that line's total: when the coarser table
        # publishes that total, hiding the cell would protect nothing.
        coarser_dims = dims[:axis] + dims[axis + 1 :]
        if coarser_dims not in built:
            built[coarser_dims] = build_table(rows, coarser_dims, k, max_objectives, built=built)
        coarser = built[coarser_dims]
        for (rest, node), members in grouped.items():
            if len(members) == 1 and coarser.published(rest, node):
                pinned.add(members[0])
    children: dict[Cellkey, list[Cellkey]] = defaultdict(list)
    for key, node in people:
        if node:
            children[(key, node[:-1])].append((key, node))
    parent_of_line = {id(members): parent for parent, members in children.items()}
    lines.extend(children.values())
    # A unit with one sub-unit holding data is the same cell twice: one status for both.
    twins = [(parent, members[0]) for parent, members in children.items() if len(members) == 1]
    lines_of: dict[Cellkey, list[list[Cellkey]]] = defaultdict(list)
    for members in lines:
        for member in members:
            lines_of[member].append(members)

    def complement_order(cell: Cellkey, line: list[Cellkey]) -> tuple[int, int, str]:
        fresh = sum(
            1
            for other in lines_of[cell]
            if other is not line and not any(x in hidden for x in other)
        )
        return fresh, len(people[cell]), repr(_sort_key(cell[0])) + repr(cell[1])

    def line_guard() -> bool:
        changed = False
        for parent, child in twins:
            if (parent in hidden) != (child in hidden):
                hidden.update((parent, child))
                changed = True
        for members in lines:
            while True:
                withheld = [m for m in members if m in hidden and m not in pinned]
                mass = len(set().union(*(people[m] for m in withheld))) if withheld else 0
                if not withheld or (len(withheld) >= 2 and mass >= k):
                    break
                shown = [m for m in members if m not in hidden and m not in pinned]
                if not shown:
                    # No complement left in a unit's sub-units: withhold the unit itself
                    # (its own lines are then guarded in turn).
                    unit = parent_of_line.get(id(members))
                    if unit is not None and unit not in hidden:
                        hidden.add(unit)
                        changed = True
                    break
                # Prefer a complement whose other lines already hide something:
                # hiding it there starts no new chain of suppressions.
                shown.sort(key=partial(complement_order, line=members))
                hidden.add(shown[0])
                changed = True
        return changed

    while line_guard():
        pass
    return Table(dims=dims, people=dict(people), hidden=hidden)


TableCache = dict[tuple[tuple[str, ...], int, int | None], Table]


def compute(
    rows: Sequence[CountRow],
    query: AggregateQuery,
    rng: random.Random | None = None,
    *,
    cache: TableCache | None = None,
) -> AggregateResult:
    """Group approved rows by person and apply the release rule in the module docstring.

    ``rows`` must be every approved submission, of every period, country, language
    and channel: one cell has one status whatever the query that shows it. ``cache``
    keeps built tables between calls on the same rows.
    """
    dims = tuple(d for d in query.dimensions if d not in TIME)
    k = query.k
    max_objectives = DP_MAX_OBJECTIVES if query.epsilon is not None else None
    tables: TableCache = {} if cache is None else cache

    def table_of(wanted: tuple[str, ...]) -> Table:
        slot = (wanted, k, max_objectives)
        if slot not in tables:
            tables[slot] = build_table(rows, wanted, k, max_objectives)
        return tables[slot]

    table = table_of(dims)
    node = node_of(query.period)
    step = next((len(ALL) + n for t, n in TIME.items() if t in query.group_by), None)
    units = sorted(
        {n for _, n in table.people if n[: len(node)] == node and len(n) == (step or len(node))}
    )
    time_dim = next((t for t in TIME if t in query.group_by), None)
    visible = [d for d in query.group_by if d not in TIME]
    cells: list[Cell] = []
    in_slice: set[int] = set()
    represented: set[int] = set()
    hidden_in_slice = 0
    keys = sorted({key for key, _ in table.people}, key=_sort_key)
    for unit in units:
        for key in keys:
            if (key, unit) not in table.people:
                continue
            named = dict(zip(dims, key, strict=True))
            if any(named[f] != v for f, v in query.filters.items()):
                continue
            who = table.people[(key, unit)]
            in_slice |= who
            if (key, unit) in table.hidden:
                hidden_in_slice += 1
                continue
            represented |= who
            shown = {d: named[d] for d in visible}
            if time_dim is not None:
                shown[time_dim] = _label(unit)
            cells.append(Cell(key={d: shown[d] for d in query.group_by}, count=len(who)))
    filter_dims = tuple(d for d in dims if d in query.filters)
    coarse = table_of(filter_dims)
    slice_key = tuple(query.filters[d] for d in filter_dims)
    overall = len(coarse.people[(slice_key, node)]) if coarse.published(slice_key, node) else None
    withheld = len(in_slice - represented)
    # Only a whole line's remainder: there the guard left two or more withheld cells
    # holding k or more people, and the remainder says no more than the line's total.
    one_line = len(visible) == 1 and time_dim is None and hidden_in_slice >= 2
    result = AggregateResult(
        query=query,
        cells=cells,
        people=overall,
        withheld=withheld if one_line and withheld >= k else None,
        complete=hidden_in_slice == 0,
    )
    if query.epsilon is not None:
        add_noise(result, query.epsilon, sensitivity(query), rng or random.SystemRandom())
    else:
        round_counts(result)
    return result


def rounded(count: int) -> int:
    """Round a count to the nearest multiple of ``ROUNDING_BASE`` (halves up)."""
    return (count + ROUNDING_BASE // 2) // ROUNDING_BASE * ROUNDING_BASE


def round_counts(result: AggregateResult) -> None:
    """Round every published number of an exact answer, in place."""
    for cell in result.cells:
        cell.count = rounded(cell.count)
    if result.people is not None:
        result.people = rounded(result.people)
    if result.withheld is not None:
        result.withheld = rounded(result.withheld)


async def aggregate(
    session: AsyncSession, query: AggregateQuery, rng: random.Random | None = None
) -> AggregateResult:
    """Read every approved row and compute the query's part of the protected table."""
    return compute(await approved_count_rows(session), query, rng)


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
    """Replace each published count (and the totals) by ``max(0, count + noise)``, in place."""
    for cell in result.cells:
        cell.count = max(0, cell.count + geometric_noise(epsilon, sens, rng))
    if result.people is not None:
        result.people = max(0, result.people + geometric_noise(epsilon, sens, rng))
    if result.withheld is not None:
        result.withheld = max(0, result.withheld + geometric_noise(epsilon, sens, rng))


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
