"""Referral texts: per category and country from the operator's file, with built-in defaults."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.referrals import CATEGORY_ADVICE, GENERAL, Referrals
from core.errors import ConfigError
from i18n.translator import SUPPORTED, gettext

TABLE = {
    "LY": {
        "*": {"en": "Libya: call 1515.", "ar": "ليبيا: اتصل بـ 1515."},
        "self_harm": {"en": "Libya crisis line: 0800 000."},
    },
    "*": {"trafficking": {"en": "Anti-trafficking line: 0800 111.", "fr": "Ligne : 0800 111."}},
}


def test_the_most_specific_text_wins() -> None:
    referrals = Referrals(TABLE)
    assert referrals.message("LY", "en", "self_harm") == "Libya crisis line: 0800 000."
    # No Libyan text for trafficking: anywhere's trafficking text.
    assert referrals.message("ly", "fr", "trafficking") == "Ligne : 0800 111."
    # Nothing for this category: our advice for it, then the country's general text.
    medical = referrals.message("LY", "ar", "medical")
    assert medical.startswith(gettext("ar", CATEGORY_ADVICE["medical"]))
    assert medical.endswith("ليبيا: اتصل بـ 1515.")
    # A language the operator did not write: English.
    assert referrals.message("LY", "sw", "self_harm") == "Libya crisis line: 0800 000."


def test_defaults_without_a_file_are_in_the_persons_language() -> None:
    referrals = Referrals()
    for lang in SUPPORTED:
        for category, advice in CATEGORY_ADVICE.items():
            text = referrals.message("DE", lang, category)
            assert text == f"{gettext(lang, advice)}\n\n{gettext(lang, GENERAL)}", category
    # "Help now" and an unknown category get the general message alone.
    assert referrals.message(None, "tr", "help_now") == gettext("tr", GENERAL)
    assert referrals.message(None, "tr", None) == gettext("tr", GENERAL)


def test_a_self_harm_referral_differs_from_a_child_one() -> None:
    referrals = Referrals()
    assert "crisis line" in referrals.message(None, "en", "self_harm")
    assert "child protection" in referrals.message(None, "en", "child_at_risk")
    assert "anti-trafficking" in referrals.message(None, "en", "trafficking")


def test_the_older_file_format_still_loads(tmp_path: Path) -> None:
    path = tmp_path / "referrals.json"
    path.write_text(json.dumps({"KE": {"en": "Kenya: call 999.", "sw": "Kenya: piga 999."}}))
    referrals = Referrals.from_file(str(path))
    assert referrals.message("KE", "sw", "violence").endswith("Kenya: piga 999.")


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "cannot be read as JSON"),
        ("[]", "must map country codes"),
        ('{"LY": "call 1515"}', "LY must map to texts"),
        ('{"LY": {"weather": {"en": "x"}}}', "unknown category weather"),
        ('{"LY": {"medical": {"en": ""}}}', "LY.medical must map languages to texts"),
        ('{"LY": {"medical": ["x"]}}', "LY.medical must map languages to texts"),
    ],
)
def test_a_broken_file_stops_start_up_naming_the_variable(
    tmp_path: Path, content: str, problem: str
) -> None:
    path = tmp_path / "referrals.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match="VOICES_REFERRALS_FILE") as error:
        Referrals.from_file(str(path))
    assert problem in str(error.value)


def test_a_missing_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="VOICES_REFERRALS_FILE"):
        Referrals.from_file(str(tmp_path / "absent.json"))
