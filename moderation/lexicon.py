"""The word lists the pipeline runs on, loaded once from ``moderation/data/``.

``load_lexicon`` reads package data only (no Faker, no network); the frozen
``Lexicon`` is shared read-only by every thread that runs the pipeline.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

from moderation._text import has_case, tokenise


def _read(name: str) -> Any:
    return json.loads(resources.files("moderation").joinpath("data", name).read_text("utf-8"))


def phrase_key(phrase: str) -> tuple[str, ...]:
    """The folded token sequence of a phrase, as matched against message tokens."""
    return tuple(t.key for t in tokenise(phrase))


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Folded gazetteers and cue lists.

    Attributes:
        given: given names that may stand alone as a name.
        family_strong: curated family names that may stand alone.
        family_weak: generated family names that only extend an adjacent name in
            scripts without capital letters (many are also ordinary words).
        support: names of many more locales, in their scripts and Cyrillic ones also in Latin
            letters, none an everyday word; they only support other evidence (after a cue,
            next to a name, a signature line), never stand alone.
        ambiguous: names that are also common words; names only in cue context.
        connectors: particles inside names (bin, de, abu, عبد).
        strong_cues: phrases after which the next words are a name whatever they look like.
        weak_cues: phrases after which capitalised (or gazetteer) words are a name.
        after_cues: words that follow a name ("እባላለሁ", "Bey").
        speech_verbs: verbs of saying that follow their subject ("X told me", "X گفت");
            a name before one is also an unknown lower-case word, never an everyday one.
        ask_verbs: verbs of asking for, writing to or telling someone that follow the name
            ("Zelin'e yazın", "X ሕተቱ"); before one a lower-case Latin word must be a known
            name ("adresine yazın" is "write to the address").
        closings: thanks, please and other words that end a message; a last line holding
            one is no signature.
        function_words: words that end a name.
        keep: phrases never treated as names (places, organisations, languages).
        max_keep_len: the longest keep phrase, in tokens.
        keep_first, cue_first: first words of keep phrases and of cues (a fast pre-check).
        common: language -> its most frequent words (for the languages wordfreq knows);
            a lower-case word after a cue is a name only if it is not an everyday word of
            the message's language or English (or is a known name).
        months: month names in every supported language.
        number_words: digits spelled out ("seven", "سبعة", "ሰባት") in every language.
        birth_cues, id_cues, street_before, street_after: raw cue phrases for regexes.
        address_units: building, flat, floor and door words ("appt", "кв.", "daire").
        camp_areas, camp_units: camp locations ("zone 4", "container 23").
        po_box_cues: post-office box words ("P.O. Box", "ص.ب", "а/я").
        law_cues: words before a law, article or objective number, which is kept.
        handle_cues: network names before a handle written without ``@`` ("insta x_12").
        district_words: neighbourhood words that belong to an adjacent address ("Col. Roma").
        function_phrases: the function words as written (accents kept), for regexes.
        places: cities, regions and countries (folded phrases); after a street address
            they are part of it ("[ADDRESS], Luton LU1 3RS"), alone they are kept.
        towns: words of the names of cities of 15,000 people or more (GeoNames); a
            capitalised word among them is not taken for a name on its capital alone.
    """

    given: frozenset[str]
    family_strong: frozenset[str]
    family_weak: frozenset[str]
    support: frozenset[str]
    ambiguous: frozenset[str]
    connectors: frozenset[str]
    strong_cues: frozenset[tuple[str, ...]]
    weak_cues: frozenset[tuple[str, ...]]
    after_cues: frozenset[str]
    speech_verbs: frozenset[str]
    ask_verbs: frozenset[str]
    closings: frozenset[str]
    function_words: frozenset[str]
    keep: frozenset[tuple[str, ...]]
    max_keep_len: int
    keep_first: frozenset[str]
    cue_first: frozenset[str]
    max_cue_len: int
    common: dict[str, frozenset[str]]
    months: tuple[str, ...]
    number_words: tuple[str, ...]
    birth_cues: tuple[str, ...]
    id_cues: tuple[str, ...]
    street_before: tuple[str, ...]
    street_after: tuple[str, ...]
    address_units: tuple[str, ...]
    camp_areas: tuple[str, ...]
    camp_units: tuple[str, ...]
    po_box_cues: tuple[str, ...]
    law_cues: tuple[str, ...]
    handle_cues: tuple[str, ...]
    district_words: tuple[str, ...]
    function_phrases: tuple[str, ...]
    places: frozenset[tuple[str, ...]]
    towns: frozenset[str]


def _keys(words: list[str]) -> set[str]:
    out: set[str] = set()
    for w in words:
        if "(" in w or not w.strip():
            continue
        key = phrase_key(w)
        if len(key) == 1:
            out.add(key[0])
    return out


def load_lexicon() -> Lexicon:
    """Read and fold every gazetteer and cue list from package data."""
    own = _read("names_own.json")
    gen = _read("names_faker.json")
    lex = _read("lexicon.json")
    places = _read("places.json")
    months = _read("months.json")
    numbers = _read("number_words.json")
    weekdays = _read("weekdays.json")
    common = _read("common_words.json")

    own_given = _keys([n for ns in own["given"].values() for n in ns])
    gen_given = _keys([n for ns in gen["given"].values() for n in ns])
    own_family = _keys([n for ns in own["family"].values() for n in ns])
    gen_family = _keys([n for ns in gen["family"].values() for n in ns])
    ambiguous = _keys(lex["ambiguous_names"])
    # Words of cue phrases ("jina" in "jina langu ni") are never names themselves.
    cue_words = {k for ls in lex["name_cues_before"].values() for c in ls for k in phrase_key(c)}
    ambiguous |= cue_words | _keys(lex["function_words"])

    keep_phrases = [*places, *lex["keep_orgs"], *lex["keep_words"], *weekdays]
    # Month names are not keep-phrases: "Julio", "Abril", "Maris" are also given names, and a
    # keep-phrase would shield them even after "my name is". As ambiguous words they stay
    # unless a cue says otherwise.
    ambiguous |= _keys(months)
    keep = {phrase_key(p) for p in keep_phrases} - {()}
    # A keep entry that is also a given name (Jordan, Florence) stays a place, except right
    # after a strong cue ("my name is Jordan"; see the name finder).
    strong = {phrase_key(c) for c in lex["strong_cues"]} - {()}
    weak = {phrase_key(c) for ls in lex["name_cues_before"].values() for c in ls} - {()} - strong
    # Faker's Arabic given names include many ordinary words (كبير "big", عالم "world"):
    # without capital letters to tell them apart, they only support other evidence.
    gen_given_uncased = _keys(gen["given"].get("ar", [])) - own_given
    gen_given_uncased = {g for g in gen_given_uncased if not has_case(g)}
    return Lexicon(
        given=frozenset(own_given | (gen_given - gen_given_uncased)),
        family_strong=frozenset(own_family),
        family_weak=frozenset((gen_family - own_family) | gen_given_uncased),
        # Number words ("laba", "tatu") are names in some locale too.
        support=frozenset(
            _keys(_read("names_broad.json"))
            - ambiguous
            - _keys([w for lang, ws in numbers.items() if lang != "_comment" for w in ws])
        ),
        ambiguous=frozenset(ambiguous),
        connectors=frozenset(_keys(own["connectors"])),
        strong_cues=frozenset(strong),
        weak_cues=frozenset(weak),
        after_cues=frozenset(_keys(lex["name_cues_after"])),
        speech_verbs=frozenset(_keys(lex["speech_verbs"])),
        ask_verbs=frozenset(_keys(lex["ask_verbs_after"])),
        closings=frozenset(_keys(lex["closing_words"])),
        function_words=frozenset(_keys(lex["function_words"])),
        keep=frozenset(keep),
        max_keep_len=max(len(k) for k in keep),
        keep_first=frozenset(k[0] for k in keep),
        cue_first=frozenset(k[0] for k in strong | weak),
        max_cue_len=max(len(k) for k in strong | weak),
        # Already folded by the generator (bench/pipeline_gazetteer.py).
        common={lang: frozenset(words) for lang, words in common.items()},
        months=tuple(months),
        number_words=tuple(
            sorted({w for lang, ws in numbers.items() if lang != "_comment" for w in ws})
        ),
        birth_cues=tuple(lex["birth_cues"]),
        id_cues=tuple(lex["id_cues"]),
        street_before=tuple(lex["street_before"]),
        street_after=tuple(lex["street_after"]),
        address_units=tuple(lex["address_units"]),
        camp_areas=tuple(lex["camp_areas"]),
        camp_units=tuple(lex["camp_units"]),
        po_box_cues=tuple(lex["po_box_cues"]),
        law_cues=tuple(lex["law_cues"]),
        handle_cues=tuple(lex["handle_cues"]),
        district_words=tuple(lex["district_words"]),
        function_phrases=tuple(lex["function_words"]),
        places=frozenset(phrase_key(p) for p in places) - {()},
        # Already folded by the generator.
        towns=frozenset(_read("towns.json")),
    )
