"""The GCM glossary covers every served language and agrees with the catalogs."""

from __future__ import annotations

import csv
from pathlib import Path

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
