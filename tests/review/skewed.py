"""A realistic, skewed synthetic year of approved submissions, for the release-rule tests.

``skewed_rows`` makes what a national programme's year looks like: a few large
countries and a long tail of small ones, people who write once and a few who write
often (one of them seven times about a small country), one to three objectives per
submission, languages that follow the country. ``python -m bench.disclosure`` uses it
too.
"""

from __future__ import annotations

import random
from datetime import UTC, datetime

from storage.queries.review import CountRow

LARGE = {"IT": 0.30, "DE": 0.18, "ES": 0.12, "FR": 0.08}
TAIL = [
    "GR",
    "MT",
    "PT",
    "AT",
    "BE",
    "NL",
    "SE",
    "PL",
    "HU",
    "CZ",
    "RO",
    "BG",
    "HR",
    "SI",
    "SK",
    "IE",
    "DK",
    "FI",
    "LU",
    "CY",
    "LT",
    "LV",
    "EE",
    "TR",
    "MA",
    "TN",
    "LY",
]
COMMON_OBJECTIVES = (15, 6, 7, 16, 5, 4, 17, 12, 13, 20, 1, 18, 3, 21, 10, 14, 2, 8, 9, 11)
LANGS = {"IT": "it", "DE": "de", "ES": "es", "FR": "fr", "GR": "el", "TR": "tr", "PT": "pt"}
SECOND_LANGS = ("ar", "en", "fa", "ti", "so", "uk", "ru", "bn")
CHANNELS = ("telegram", "whatsapp", "sms", "web")


def skewed_rows(people: int = 1500, seed: int = 7, months: int = 12) -> list[CountRow]:
    """Return approved submissions of ``people`` synthetic people over ``months`` of 2026."""
    rng = random.Random(seed)
    tail_weight = (1 - sum(LARGE.values())) / sum(1 / (i + 1) for i in range(len(TAIL)))
    countries = list(LARGE) + TAIL
    weights = list(LARGE.values()) + [tail_weight / (i + 1) for i in range(len(TAIL))]
    objective_weights = [1 / (i + 1) ** 0.9 for i in range(len(COMMON_OBJECTIVES))]
    rows: list[CountRow] = []
    for person in range(people):
        country = rng.choices(countries, weights)[0]
        lang = LANGS.get(country, "en") if rng.random() < 0.6 else rng.choice(SECOND_LANGS)
        channel = rng.choices(CHANNELS, (5, 4, 2, 1))[0]
        writes = rng.choices((1, 2, 3, 5), (70, 20, 7, 3))[0]
        home_month = rng.randrange(1, months + 1)
        for _ in range(writes):
            month = min(months, max(1, home_month + rng.choice((0, 0, 0, 1, -1, 2))))
            how_many = rng.choices((1, 2, 3), (50, 35, 15))[0]
            chosen = set(rng.choices(COMMON_OBJECTIVES, objective_weights, k=how_many))
            rows.append(_row(country, tuple(sorted(chosen)), lang, channel, month, person))
    # One person writing seven times about a small country never makes a cell alone.
    rows.extend(_row("LV", (13,), "ru", "telegram", 3, people) for _ in range(7))
    return rows


def _row(
    country: str, objectives: tuple[int, ...], lang: str, channel: str, month: int, person: int
) -> CountRow:
    return CountRow(
        country=country,
        objectives=objectives,
        theme=None,
        lang=lang,
        channel=channel,
        trend=None,
        level=None,
        created_at=datetime(2026, month, 15, 12, tzinfo=UTC),
        pseudonym=f"person-{person}",
    )
