"""The auditor: it pins cells a weak release gives away, and finds none in the API's release."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import UTC, datetime
from itertools import product
from pathlib import Path

import pytest

from review.aggregates import DEFAULT_K, AggregateQuery, _values
from review.audit import GROUPINGS, Answer, QuoteEvidence, audit, current_quotes
from storage.queries.review import CountRow
from tests.conftest import make_settings
from tests.review.skewed import skewed_rows
from tests.review.test_suppression import row
from voices.cli import main


def _listing_release(rows: Sequence[CountRow], query: AggregateQuery) -> Answer:
    """The rule the API had: totals published, every small cell listed as withheld."""
    people: dict[tuple[object, ...], set[str]] = {}
    for r in rows:
        for key in product(*(_values(r, d, None) for d in query.dimensions)):
            people.setdefault(key, set()).add(r.pseudonym)
    cells = {key: len(who) for key, who in people.items() if len(who) >= query.k}
    listed = frozenset(key for key, who in people.items() if len(who) < query.k)
    return Answer(cells=cells, listed=listed)


def test_listed_withheld_cells_are_pinned_by_their_lower_bounds() -> None:
    """A total of 5 and five listed withheld countries pins each at exactly 1."""
    rows = [row(country) for country in ("IT", "DE", "FR", "ES", "GR")]
    report = audit(rows, ("country",), configured_k=5, release=_listing_release)
    # Each country's people are one cell in several tables (country; country x lang ...);
    # the finding names one of them, with country first.
    assert {f.key[0] for f in report.findings if f.exact} == {"IT", "DE", "FR", "ES", "GR"}
    assert all(f.lower == f.upper == 1 for f in report.findings)


def _total_only(rows: Sequence[CountRow], query: AggregateQuery) -> Answer:
    """A release that publishes the grand total of people and nothing else."""
    if query.dimensions:
        return Answer(cells={})
    return Answer(cells={(): len({r.pseudonym for r in rows})})


def test_quotes_are_counted_as_lower_bounds() -> None:
    """Quotes that show a withheld cell's country prove it is not empty.

    Six people in all: alone, the total leaves MT anywhere in 0..6; two MT quotes
    put it in 2..6, under k.
    """
    rows = [row("IT", person=f"it{i}") for i in range(4)] + [
        row("MT", person="m1"),
        row("MT", person="m2"),
    ]

    def mt_quotes(rows: Sequence[CountRow]) -> list[QuoteEvidence]:
        month = datetime(2026, 1, 1, tzinfo=UTC).year * 12
        return [
            QuoteEvidence(r.pseudonym, {"country": r.country}, frozenset({month}))
            for r in rows
            if r.country == "MT"
        ]

    plain = audit(rows, ("country",), release=_total_only)
    quoted = audit(rows, ("country",), release=_total_only, quotes=mt_quotes)
    assert plain.disclosed == 0
    assert quoted.quotes > 0
    assert [(f.key, f.lower, f.upper) for f in quoted.findings] == [(("MT",), 2, 6)]


@pytest.mark.parametrize("grouping", GROUPINGS, ids=",".join)
def test_the_api_release_discloses_nothing_on_a_small_skewed_set(
    grouping: tuple[str, ...],
) -> None:
    rows = skewed_rows(people=90, seed=3, months=3)
    report = audit(rows, grouping, quotes=current_quotes(DEFAULT_K))
    assert report.withheld_cells > 0  # there is something to attack
    assert report.published > 0
    assert report.findings == []


def test_voices_review_audit_on_demo_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("moderation.pipeline", reason="the anonymising pipeline is not merged yet")
    settings = make_settings(f"sqlite+aiosqlite:///{tmp_path / 'demo.db'}")
    monkeypatch.chdir(tmp_path)
    for name in ("database_url", "pseudonym_key", "contact_key", "secret_key"):
        value = getattr(settings, name)
        secret = value if isinstance(value, str) else value.get_secret_value()
        monkeypatch.setenv(f"VOICES_{name.upper()}", secret)
    assert main(["demo"]) == 0
    capsys.readouterr()
    assert main(["review", "audit"]) == 0
    out = capsys.readouterr().out
    summaries = re.findall(r"^(\S+): (\d+) queries, .* (\d+) disclosed$", out, re.MULTILINE)
    assert [s[0] for s in summaries] == [
        "country",
        "objective",
        "country,objective",
        "country,month",
        "objective,month",
        "country,objective,month",
    ]
    assert all(int(queries) > 0 and disclosed == "0" for _, queries, disclosed in summaries)
    assert out.rstrip().endswith("no disclosed cell")
