"""Country and language lists in the reader's alphabetical order (CLDR collation)."""

from __future__ import annotations

import re

import pytest

from i18n.collation import sort_key, sorted_by_name
from tests.channels.conftest import Channel


@pytest.mark.parametrize(
    ("locale", "names", "expected"),
    [
        # Arabic: hamza forms of alif sort with alif; then the next letters decide.
        ("ar", ["الإمارات", "الأردن", "البحرين"], ["الأردن", "الإمارات", "البحرين"]),
        # Ethiopic by its alphabet (ሰ, then አ, then ገ).
        ("am", ["ግብፅ", "ሱዳን", "ኤርትራ"], ["ሱዳን", "ኤርትራ", "ግብፅ"]),
        # French: accents and case only break ties.
        (
            "fr",
            ["Czechia", "Côte d’Ivoire", "croatie", "Cuba"],
            ["Côte d’Ivoire", "croatie", "Cuba", "Czechia"],
        ),
        # Ukrainian: the alphabet, with Є, І, Ї in their places.
        ("uk", ["Ємен", "Індія", "Естонія", "Йорданія"], ["Естонія", "Ємен", "Індія", "Йорданія"]),
    ],
)
def test_names_sort_as_the_reader_expects(
    locale: str, names: list[str], expected: list[str]
) -> None:
    assert sorted(names, key=sort_key(locale)) == expected
    assert sorted_by_name([(n, 0) for n in names], locale, lambda p: p[0]) == [
        (n, 0) for n in expected
    ]


def test_unknown_locale_sorts_as_english() -> None:
    assert sorted(["b", "Á", "a"], key=sort_key("xx")) == ["a", "Á", "b"]


def _options(page: str, select_id: str) -> list[tuple[str, str]]:
    block = re.search(rf'<select id="{select_id}".*?</select>', page, re.S)
    assert block is not None
    return re.findall(r'<option value="(\w*)"[^>]*>([^<]*)</option>', block.group(0))


async def test_the_web_forms_countries_follow_the_readers_alphabet(channel: Channel) -> None:
    english = await (await channel.client.get("/feedback?lang=en")).text()
    codes = [code for code, _ in _options(english, "country-field") if code]
    # Byte order put Côte d'Ivoire after Czechia; ISO codes put the Emirates first.
    assert codes.index("CI") < codes.index("HR") < codes.index("CZ")
    assert codes[0] == "AF"
    turkish = await (await channel.client.get("/feedback?lang=tr")).text()
    names = [name for code, name in _options(turkish, "country-field") if code]
    assert names == sorted(names, key=sort_key("tr"))
    arabic = await (await channel.client.get("/feedback?lang=ar")).text()
    codes = [code for code, _ in _options(arabic, "country-field") if code]
    assert codes.index("AE") > codes.index("JO")  # "الإمارات" sorts under its alif, after "الأردن"


async def test_the_language_picker_follows_the_readers_alphabet(channel: Channel) -> None:
    page = await (await channel.client.get("/feedback?lang=fr")).text()
    names = [name for _, name in _options(page, "lang-pick")]
    assert names == sorted(names, key=sort_key("fr"))
    assert len(names) == 17
