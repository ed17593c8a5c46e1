"""The GCM glossary covers every served language and agrees with the catalogs."""

from __future__ import annotations

import csv
import re
import unicodedata
from pathlib import Path

import pytest

from bot.catalog import OBJECTIVE_NAMES
from bot.consent import Element, consent_elements
from bot.referrals import GENERAL
from core.messages import ChannelKind
from i18n.catalogs import _forms, po_path, read_catalog
from i18n.translator import SUPPORTED, gettext

GLOSSARY = Path(__file__).resolve().parents[2] / "i18n" / "glossary" / "gcm_terms.csv"
RECEIPT = (
    "Thank you. Your message is filed. Your receipt code is {code}. Keep it: send /status "
    "{code} to see what happened to it, or /delete to remove everything. A moderator will "
    "read it; if approved, it may be quoted, without any personal details, in reports to "
    "the reviews of the Global Compact for Migration."
)


def _terms() -> dict[str, dict[str, str]]:
    with GLOSSARY.open(encoding="utf-8", newline="") as fh:
        return {row["id"]: row for row in csv.DictReader(fh)}


def test_every_term_has_every_language() -> None:
    terms = _terms()
    assert {"migrant", "gcm", "objective", "residence_permit", "asylum", "trafficking"} <= set(
        terms
    )
    assert {"smuggling", "detention", "consent", "receipt_code", "moderator", "anonymous"} <= set(
        terms
    )
    for term_id, row in terms.items():
        missing = [lang for lang in SUPPORTED if not (row.get(lang) or "").strip()]
        assert missing == [], term_id


def test_catalogs_use_the_glossary_word_for_moderator() -> None:
    moderator = _terms()["moderator"]
    for lang in SUPPORTED:
        text = gettext(lang, RECEIPT, code="K7QM-3XTA").casefold()
        assert moderator[lang].casefold() in text, lang


def _plain(text: str) -> str:
    """Case, accents and the dot of Turkish İ folded away, for comparing words."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _uses(term: str, text: str) -> bool:
    """Whether ``text`` uses the glossary term, allowing for case endings (ввоз/ввозу)."""
    words = _plain(re.sub(r"\([^)]*\)", "", term)).split()
    found = _plain(text)
    return all(word[: max(4, len(word) - 3)] in found for word in words)


# Each short label keeps the commitment of the official title (A/RES/73/195).
COMMITMENTS = {
    2: ("Minimize", "drivers"),
    7: ("Reduce", "vulnerabilities"),
    9: ("Counter", "smuggling of migrants"),
    10: ("Eradicate", "trafficking in persons"),
    13: ("only as a last resort", "alternatives"),
    18: ("development", "recognition"),
    19: ("Migrants'", "diasporas'", "to development"),
    21: ("Safe and dignified", "return", "reintegration"),
}
# Objectives whose label must use the glossary's word in every language.
GLOSSARY_OBJECTIVES = {9: "smuggling", 10: "trafficking", 13: "detention", 21: "return"}


def test_objective_labels_keep_the_commitment() -> None:
    assert sorted(OBJECTIVE_NAMES) == list(range(1, 24))
    for number, words in COMMITMENTS.items():
        for word in words:
            assert word in OBJECTIVE_NAMES[number], (number, word)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_objective_labels_use_the_glossary(lang: str) -> None:
    terms = _terms()
    for number, term in GLOSSARY_OBJECTIVES.items():
        label = gettext(lang, OBJECTIVE_NAMES[number])
        assert _uses(terms[term][lang], label), (lang, number, label)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_consent_words_come_from_the_glossary(lang: str) -> None:
    terms = _terms()
    agree = re.search(r"\(([^)]*)\)", terms["consent"][lang])
    assert agree is not None, lang
    # "I agree", first person, on the consent button.
    assert _plain(agree.group(1)) in _plain(gettext(lang, "Yes, I agree")), lang
    readers = dict(consent_elements(lang, ChannelKind.TELEGRAM))[Element.READERS]
    assert _plain(terms["moderator"][lang]) in _plain(readers), lang
    purpose = dict(consent_elements(lang, ChannelKind.TELEGRAM))[Element.PURPOSE]
    assert _uses(terms["gcm"][lang].split()[0], purpose), lang


def _person_facing(lang: str) -> list[str]:
    """Every translation a person (not a moderator or reviewer) reads."""
    catalog = read_catalog(po_path(lang), lang)
    texts: list[str] = []
    for message in catalog:
        if message.id and any(
            path.startswith(("bot/", "intake/")) for path, _ in message.locations
        ):
            texts += _forms(message.string)
    return texts


# Forms that address one man only: Tigrinya's -ካ/-ኻ ("your", "you did"), Hausa's ka,
# kana, kake, maka and -nka/-rka (and their feminine forms), the informal Amharic
# imperatives on buttons, and "(на)"-style endings in Ukrainian and Russian.
SINGLE_GENDER = {
    "ti": r"\S[ካኻ](?=$|[\s።፡፣፤፦?!,.)\]])",
    "ha": r"\b(?:ka|kana|kake|maka|kin|kina|kike)\b|\b(?!Barka\b)\w+(?:nka|rka|nki|rki)\b",
    "am": r"(?:^|\s)(?:ላክ|ሰርዝ|ምረጥ|ጻፍ|ተመለስ|ክፈት)(?=$|[\s።፣])",
    "uk": r"\((?:на|а|ла)\)|\bзгоден\b",
    "ru": r"\((?:на|а|ла)\)|\bсогласен\b",
}


@pytest.mark.parametrize("lang", sorted(SINGLE_GENDER))
def test_people_are_addressed_politely_whoever_they_are(lang: str) -> None:
    pattern = re.compile(SINGLE_GENDER[lang], re.IGNORECASE)
    found = [
        (hit.group(0), text[:60]) for text in _person_facing(lang) for hit in pattern.finditer(text)
    ]
    assert found == [], lang


@pytest.mark.parametrize(
    ("lang", "wrong", "right"),
    [
        ("ti", "ዓለማዊ", "ዓለምለኻዊ"),  # "secular" for "Global"
        ("am", "ለመመለስ", "መልስ ለመስጠት"),  # "to return you" for "to reply to you"
        ("pt", "contrabando", "tráfico ilícito de migrantes"),
        ("uk", "повідомлення прийнято", "повідомлення збережено"),  # not the "accepted" state
        ("ru", "сообщение принято", "сообщение сохранено"),
    ],
)
def test_words_that_said_something_else(lang: str, wrong: str, right: str) -> None:
    texts = [
        form
        for message in read_catalog(po_path(lang), lang)
        if message.id
        for form in _forms(message.string)
    ]
    assert [t[:60] for t in texts if wrong in t] == []
    assert any(right in t for t in texts)


def test_amharic_says_illegal_trafficking() -> None:
    assert _terms()["trafficking"]["am"] == "ሕገወጥ የሰዎች ዝውውር"
    assert "ሕገወጥ" in gettext("am", OBJECTIVE_NAMES[10])


def test_the_referral_names_the_red_crescent_in_somali() -> None:
    assert "Bisha Cas" in gettext("so", GENERAL)
