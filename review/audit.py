"""The release rule, attacked: all a reader can ask for one grouping, solved as a linear program.

``audit`` plays a reviewer who holds a token and wants to learn how many people are
in a withheld cell. It is the test the release rule must pass, and its result is
the specification of "disclosure-safe":

1. **The family of queries.** For a grouping ``G`` (for example ``country,objective``,
   with or without ``month``) the reader can ask for every table whose attributes
   are a subset of ``G`` plus at most one filter attribute (``country``, ``lang``,
   ``channel``, ``objective``), over every range of whole months between the first
   and the last month with data (a filtered answer is a slice of the table with the
   filter as an attribute, so the unfiltered table carries it). Every answer shows
   published cells, the slice's total of people (a cell of a coarser table, also in
   the family) and its withheld remainder; the auditor recomputes the remainder of
   every slice (each filter value) from the published cells, exactly as the API does.
2. **Quotes.** Each quote the release would serve is evidence that its author is in
   the cell its attributes describe over its period: the number of distinct authors
   behind quotes with the same attributes is a lower bound on that cell.
3. **The unknowns.** One variable per *profile*: the set of finest cells (every
   attribute of the family, month included) a person's approved submissions touch,
   counting the people who share it. A published count of a cell over a range is
   the sum of the profiles that touch that cell in that range, so people counts are
   modelled exactly, including people with several objectives or months. A number
   the release rounds (``Answer.rounding``) bounds that sum to the interval it
   stands for, and a published cell holds at least the rule's floor (``Answer.floor``,
   its ``k``): the reader knows the rule. Only the
   profiles that occur in the data get a variable: the auditor's reader already
   knows which combinations are impossible, which makes it stronger than a real one.
4. **The bound.** Every cell that some answer in the family withholds (and that is
   not empty) is bounded by ``scipy.optimize.linprog`` (HiGHS): its minimum and
   maximum over all non-negative profile counts that reproduce every published
   number and satisfy every quote bound. Bounds are rounded inward to whole people.
5. **The verdict.** A withheld cell is **disclosed** when its bounds meet (its value
   is determined exactly) or when they prove it lies in ``1..k-1`` (``k`` of the
   table it was withheld from). The release rule holds when no cell is disclosed.

The linear relaxation ignores that counts are whole numbers beyond rounding each
bound; an integer programme could sometimes narrow a bound further. ``release`` is
a parameter so the same attack can be run on another rule (the benchmark runs it
on the rule this one replaced).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import combinations, product

import numpy as np
from scipy.optimize import linprog
from scipy.sparse import csr_matrix, vstack

from review.aggregates import (
    DEFAULT_K,
    DIMENSIONS,
    FILTERS,
    ROUNDING_BASE,
    AggregateQuery,
    Month,
    Period,
    TableCache,
    _values,
    compute,
    snap_period,
)
from review.quotes import QuoteRule
from storage.queries.review import CountRow

Key = tuple[object, ...]
GROUPINGS: tuple[tuple[str, ...], ...] = (
    ("country",),
    ("objective",),
    ("country", "objective"),
    ("country", "month"),
    ("objective", "month"),
    ("country", "objective", "month"),
)
ATOM_DIMENSIONS = tuple(d for d in DIMENSIONS if d not in ("month", "quarter"))


@dataclass(frozen=True, slots=True)
class Answer:
    """What a release shows for one query: published cells and listed withheld cells.

    Keys are tuples in the order of ``query.dimensions``. ``withheld`` is the
    remainder the unfiltered answer prints, if any.
    """

    cells: Mapping[Key, int]
    listed: frozenset[Key] = frozenset()
    withheld: int | None = None
    rounding: int = 1
    floor: int = 0


@dataclass(frozen=True, slots=True)
class QuoteEvidence:
    """One served quote: its author (to count distinct people) and the attributes it shows.

    ``attributes`` maps ``country``, ``lang``, ``channel``, ``theme``, ``trend`` or
    ``level`` to a value and ``objective`` to the tuple of objectives shown; ``months``
    are the month indexes of the period it shows (its month, quarter or year).
    """

    author: str
    attributes: Mapping[str, object]
    months: frozenset[int]


Release = Callable[[Sequence[CountRow], AggregateQuery], Answer]
QuoteRelease = Callable[[Sequence[CountRow]], list[QuoteEvidence]]
Snap = Callable[[Period], Period]


def current_release(configured_k: int) -> Release:
    """Return the release rule the API applies (``review.aggregates.compute``).

    ``rows`` are all approved submissions; the query's period is already snapped.
    """
    cache: TableCache = {}

    def release(rows: Sequence[CountRow], query: AggregateQuery) -> Answer:
        result = compute(rows, query, cache=cache)
        dims = query.dimensions
        cells = {tuple(c.key[d] for d in dims): c.count for c in result.cells}
        return Answer(cells=cells, withheld=result.withheld, rounding=ROUNDING_BASE, floor=query.k)

    return release


def current_quotes(configured_k: int) -> QuoteRelease:
    """Return the quotes the API serves (``review.quotes.QuoteRule``) as evidence."""

    def evidence(rows: Sequence[CountRow]) -> list[QuoteEvidence]:
        rule = QuoteRule(rows, configured_k)
        out = []
        for row in rows:
            shown = rule.shown(row.country, row.objectives, row.lang, row.created_at)
            if shown is None or not row.quotable:
                continue
            attributes: dict[str, object] = {"country": shown.country}
            if shown.objectives:
                attributes["objective"] = shown.objectives
            if shown.lang is not None:
                attributes["lang"] = shown.lang
            out.append(QuoteEvidence(row.pseudonym, attributes, shown.months))
        return out

    return evidence


def api_snap(period: Period) -> Period:
    """Snap a range of months as the API snaps ``from`` and ``to``."""
    first, last = period.first, period.last
    return snap_period(first.first_day() if first else None, last.last_day() if last else None)


@dataclass(frozen=True, slots=True)
class Finding:
    """A withheld cell the reader can pin down."""

    table: tuple[str, ...]
    first: str
    last: str
    key: Key
    value: int
    lower: int
    upper: int
    k: int

    @property
    def exact(self) -> bool:
        """Whether the cell's value is determined."""
        return self.lower == self.upper

    def describe(self) -> str:
        """One line for the command's report."""
        cell = ", ".join(f"{d}={v}" for d, v in zip(self.table, self.key, strict=True))
        how = "exactly" if self.exact else f"in {self.lower}..{self.upper} (k={self.k})"
        return f"{self.first}..{self.last} [{cell or 'total'}] = {self.value}, pinned {how}"


@dataclass(slots=True)
class AuditReport:
    """What one audit did and found."""

    grouping: tuple[str, ...]
    queries: int = 0
    published: int = 0
    quotes: int = 0
    withheld_cells: int = 0
    solved: int = 0
    findings: list[Finding] = field(default_factory=list)

    @property
    def disclosed(self) -> int:
        """How many withheld cells the reader can pin down."""
        return len(self.findings)

    def summary(self) -> str:
        """One line: what was attacked and what fell."""
        return (
            f"{','.join(self.grouping) or 'total'}: {self.queries} queries, "
            f"{self.published} published numbers, {self.quotes} quote bounds, "
            f"{self.withheld_cells} withheld cells ({self.solved} needed a solver), "
            f"{self.disclosed} disclosed"
        )


def family(grouping: Sequence[str]) -> list[tuple[str, ...]]:
    """Every table a reader can build from ``grouping`` plus at most one filter attribute."""
    base = set(grouping)
    tables: set[tuple[str, ...]] = set()
    for extra in (None, *FILTERS):
        wanted = base | ({extra} if extra else set())
        ordered = [d for d in DIMENSIONS if d in wanted]
        for size in range(len(ordered) + 1):
            tables.update(combinations(ordered, size))
    return sorted(tables, key=lambda t: (len(t), t))


class _Model:
    """Profiles of people and, per table, which profiles touch each cell in each month."""

    def __init__(self, rows: Sequence[CountRow], unit: Callable[[int, CountRow], str]) -> None:
        touched: dict[str, set[tuple[Key, int]]] = defaultdict(set)
        for index, row in enumerate(rows):
            month = Month.of(row.created_at).index()
            for values in product(*(_values(row, d, None) for d in ATOM_DIMENSIONS)):
                touched[unit(index, row)].add((values, month))
        by_profile: dict[frozenset[tuple[Key, int]], list[str]] = defaultdict(list)
        for who, atoms in touched.items():
            by_profile[frozenset(atoms)].append(who)
        # A reader cannot tell a person with one submission from one with several:
        # every finest cell in the data may also hold people who wrote only there.
        for atom in {a for atoms in touched.values() for a in atoms}:
            by_profile.setdefault(frozenset({atom}), [])
        self.profiles = list(by_profile)
        self.sizes = np.array([len(v) for v in by_profile.values()], dtype=float)
        self.profile_of = {who: i for i, whos in enumerate(by_profile.values()) for who in whos}
        self.months = sorted({m for atoms in self.profiles for _, m in atoms})
        self._index: dict[tuple[str, ...], dict[Key, dict[int, set[int]]]] = {}

    def index(self, table: tuple[str, ...]) -> dict[Key, dict[int, set[int]]]:
        if table not in self._index:
            spots = [ATOM_DIMENSIONS.index(d) if d != "month" else -1 for d in table]
            found: dict[Key, dict[int, set[int]]] = defaultdict(lambda: defaultdict(set))
            for p, atoms in enumerate(self.profiles):
                for values, month in atoms:
                    key = tuple(
                        Month.from_index(month).label() if s < 0 else values[s] for s in spots
                    )
                    found[key][month].add(p)
            self._index[table] = found
        return self._index[table]

    def form(self, table: tuple[str, ...], key: Key, months: Iterable[int]) -> frozenset[int]:
        per_month = self.index(table).get(key, {})
        out: set[int] = set()
        for m in months:
            out |= per_month.get(m, set())
        return frozenset(out)


def audit(
    rows: Sequence[CountRow],
    grouping: Sequence[str],
    *,
    configured_k: int = DEFAULT_K,
    release: Release | None = None,
    snap: Snap = api_snap,
    quotes: QuoteRelease | None = None,
    unit: Callable[[int, CountRow], str] | None = None,
) -> AuditReport:
    """Attack ``release`` (default: the API's) with the whole family of ``grouping``.

    ``rows`` are every approved submission; ``snap`` turns a requested range of
    months into the period the release answers for; ``unit`` names who a row counts
    as (default its pseudonym: people). Returns the findings of step 5 of the docstring.
    """
    release = release or current_release(configured_k)
    who = unit or (lambda _i, row: row.pseudonym)
    model = _Model(rows, who)
    report = AuditReport(grouping=tuple(grouping))
    months = model.months
    equalities: dict[frozenset[int], int] = {}
    targets: dict[frozenset[int], Finding] = {}
    lower: dict[frozenset[int], int] = {}

    rounding = 1

    def publish(form: frozenset[int], value: int) -> None:
        equalities[form] = value
        report.published += 1

    periods: dict[Period, list[int]] = {}
    calendar = range(months[0], months[-1] + 1) if months else range(0)
    for i in calendar:
        for j in range(i, calendar.stop):
            period = snap(Period(Month.from_index(i), Month.from_index(j)))
            start = period.first.index() if period.first else -1
            stop = period.last.index() if period.last else 1 << 30
            periods[period] = [m for m in months if start <= m <= stop]
    k = configured_k
    for table in family(grouping):
        for period, span in periods.items():
            query = AggregateQuery(group_by=table, period=period, filters={}, k=k)
            answer = release(rows, query)
            rounding = max(rounding, answer.rounding)
            report.queries += 1
            for key, value in answer.cells.items():
                form = model.form(table, key, span)
                publish(form, value)
                # The reader knows the rule: a published cell holds at least k people.
                lower[form] = max(lower.get(form, 0), answer.floor)
            for key in answer.listed:
                form = model.form(table, key, span)
                lower[form] = max(lower.get(form, 0), 1)
            if "month" not in table:
                for form, value in _remainders(model, table, span, answer, k).items():
                    publish(form, value)
            for key in model.index(table):
                if key in answer.cells:
                    continue
                form = model.form(table, key, span)
                if not form:
                    continue
                value = int(model.sizes[list(form)].sum())
                first, last = Month.from_index(span[0]), Month.from_index(span[-1])
                found = Finding(table, first.label(), last.label(), key, value, 0, 0, k)
                if form not in targets or targets[form].k < k:
                    targets[form] = found
    if quotes is not None:
        for form, authors in _quote_bounds(model, quotes(rows)).items():
            lower[form] = max(lower.get(form, 0), authors)
            report.quotes += 1
    targets = {f: t for f, t in targets.items() if f not in equalities}
    report.withheld_cells = len(targets)
    report.findings, report.solved = _solve(model, equalities, lower, targets, rounding)
    return report


def _remainders(
    model: _Model, table: tuple[str, ...], span: Sequence[int], answer: Answer, k: int
) -> dict[frozenset[int], int]:
    """The ``totals.withheld`` of every one-line slice of a table, as the API shows it.

    A slice is one line when all attributes but one are filters; the API prints its
    remainder (people in no published cell) when two or more of its cells are
    withheld and the remainder holds at least ``k`` people.
    """
    people = {
        key: set().union(*(per_month.get(m, set()) for m in span))
        for key, per_month in model.index(table).items()
    }
    out: dict[frozenset[int], int] = {}
    for axis in range(len(table)):
        if any(d not in FILTERS for a, d in enumerate(table) if a != axis):
            continue
        lines: dict[Key, list[Key]] = defaultdict(list)
        for key, who in people.items():
            if who:
                lines[key[:axis] + key[axis + 1 :]].append(key)
        for members in lines.values():
            if sum(1 for m in members if m not in answer.cells) < 2:
                continue
            everyone = set().union(*(people[m] for m in members))
            shown = set().union(*(people[m] for m in members if m in answer.cells))
            rest = frozenset(everyone - shown)
            value = int(model.sizes[list(rest)].sum())
            if value >= k:
                out[rest] = value
    return out


def _quote_bounds(model: _Model, evidence: Sequence[QuoteEvidence]) -> dict[frozenset[int], int]:
    """For each distinct set of shown attributes: the profiles it fits, and its authors."""
    Shape = tuple[tuple[tuple[str, str], ...], frozenset[int]]
    authors: dict[Shape, set[str]] = defaultdict(set)
    shapes: dict[Shape, QuoteEvidence] = {}
    for quote in evidence:
        shape = (tuple(sorted((k, str(v)) for k, v in quote.attributes.items())), quote.months)
        authors[shape].add(quote.author)
        shapes[shape] = quote
    out: dict[frozenset[int], int] = {}
    for shape, quote in shapes.items():
        wanted = dict(quote.attributes)
        shown_objectives = wanted.pop("objective", ())
        objectives = shown_objectives if isinstance(shown_objectives, tuple) else ()
        spots = {ATOM_DIMENSIONS.index(d): v for d, v in wanted.items()}
        fits = []
        for p, atoms in enumerate(model.profiles):
            seen = {
                values[ATOM_DIMENSIONS.index("objective")]
                for values, month in atoms
                if month in quote.months and all(values[s] == v for s, v in spots.items())
            }
            if seen and all(o in seen for o in objectives):
                fits.append(p)
        form = frozenset(fits)
        out[form] = max(out.get(form, 0), len(authors[shape]))
    return out


def _solve(
    model: _Model,
    equalities: Mapping[frozenset[int], int],
    lower: Mapping[frozenset[int], int],
    targets: Mapping[frozenset[int], Finding],
    rounding: int = 1,
) -> tuple[list[Finding], int]:
    """Bound every target by linear programming; return the disclosed ones and LPs run.

    Variables that every form holds or leaves out together are merged first: the
    programme is the same, and much smaller.
    """
    forms = [*equalities, *lower, *targets]
    membership: dict[int, list[int]] = defaultdict(list)
    for r, form in enumerate(forms):
        for p in form:
            membership[p].append(r)
    merged: dict[tuple[int, ...], int] = {}
    column = {p: merged.setdefault(tuple(rs), len(merged)) for p, rs in membership.items()}
    size = len(merged)
    constrained = {column[p] for form in equalities for p in form}

    def columns(form: frozenset[int]) -> list[int]:
        return sorted({column[p] for p in form})

    def matrix(rows_of: Sequence[frozenset[int]]) -> csr_matrix:
        rows_, cols = [], []
        for r, form in enumerate(rows_of):
            picked = columns(form)
            rows_.extend([r] * len(picked))
            cols.extend(picked)
        return csr_matrix((np.ones(len(cols)), (rows_, cols)), shape=(len(rows_of), size))

    eq_forms = list(equalities)
    values = np.array([equalities[f] for f in eq_forms], dtype=float)
    ub_forms = list(lower)
    blocks = [-matrix(ub_forms)] if ub_forms else []
    bounds = [-np.array([lower[f] for f in ub_forms], dtype=float)] if ub_forms else []
    a_eq = b_eq = None
    if eq_forms and rounding > 1:
        # A number v rounded (halves up) to a multiple of ``rounding`` says the true
        # count lies in v - rounding // 2 .. v - rounding // 2 + rounding - 1.
        least = values - rounding // 2
        published = matrix(eq_forms)
        blocks += [published, -published]
        bounds += [least + rounding - 1, -least]
    elif eq_forms:
        a_eq, b_eq = matrix(eq_forms), values
    a_ub = vstack(blocks).tocsr() if blocks else None
    b_ub = np.concatenate(bounds) if bounds else None

    def extreme(picked: list[int], sign: float) -> float:
        c = np.zeros(size)
        c[picked] = sign
        result = linprog(
            c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=(0, None), method="highs"
        )
        if result.status == 3:
            return math.inf
        if result.status != 0:
            raise RuntimeError(f"the audit's linear programme failed: {result.message}")
        return float(sign * result.fun)

    findings: list[Finding] = []
    solved = 0
    for form, target in targets.items():
        picked = columns(form)
        if not set(picked) <= constrained:
            continue  # someone in it appears in no published number: unbounded above
        solved += 1
        high = extreme(picked, -1.0)
        if high >= target.k and high > target.value + 1e-6:
            continue
        low = extreme(picked, 1.0)
        solved += 1
        lo, hi = math.ceil(low - 1e-6), math.floor(high + 1e-6)
        if lo == hi or (lo >= 1 and hi <= target.k - 1):
            findings.append(
                Finding(
                    target.table,
                    target.first,
                    target.last,
                    target.key,
                    target.value,
                    lo,
                    hi,
                    target.k,
                )
            )
    return findings, solved
