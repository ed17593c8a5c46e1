"""Every served language renders every message, in its own script, with the right plurals."""

from __future__ import annotations

import logging
import re

import pytest

from i18n import catalogs, translator
from i18n.translator import (
    LRI,
    PDI,
    SUPPORTED,
    country_name,
    gettext,
    language_name,
    locale_for_phone,
    negotiate,
    ngettext,
    parse_accept_language,
)
from tests.i18n.conftest import render, template_messages

SCRIPTS = {
    "am": r"[\u1200-\u137f]",
    "ti": r"[\u1200-\u137f]",
    "ar": r"[\u0600-\u06ff]",
    "fa": r"[\u0600-\u06ff]",
    "ps": r"[\u0600-\u06ff]",
    "ur": r"[\u0600-\u06ff]",
    "bn": r"[\u0980-\u09ff]",
    "uk": r"[\u0400-\u04ff]",
    "ru": r"[\u0400-\u04ff]",
}
# Letters that only the language (among ours) uses, to tell Latin-script ones apart.
LATIN_MARKERS = {
    "fr": "çéèêàù",
    "es": "ñáéíóú¿¡",
    "pt": "ãõçáéêó",
    "tr": "ışğçöü",
    "ha": "ƙɗɓ",
    "uk": "іїєґ",
    "ru": "ыэъё",
}
SENT = ("You have sent {n} message:", "You have sent {n} messages:")
DELETED = (
    "Done. We deleted {n} message and your contact details.",
    "Done. We deleted {n} messages and your contact details.",
)


def _has_words(msgid: object) -> bool:
    """Whether a message has words to translate (not names like "WhatsApp", placeholders)."""
    text = msgid if isinstance(msgid, str) else " ".join(msgid)  # type: ignore[arg-type]
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}", "", text))
    return any(word.lower() not in catalogs._INVARIANT_WORDS for word in words)


@pytest.mark.parametrize("lang", SUPPORTED)
def test_every_message_renders_in_the_languages_own_words(lang: str) -> None:
    messages = template_messages()
    same_as_english = []
    for message in messages:
        for n in (1, 2, 5):
            text = render(lang, message, n)
            assert text.strip()
            assert "{" not in text, (lang, message.id)
            if lang in SCRIPTS and _has_words(message.id):
                assert re.search(SCRIPTS[lang], text), (lang, message.id)
        if (
            lang != "en"
            and _has_words(message.id)
            and render(lang, message) == render("en", message)
        ):
            same_as_english.append(message.id)
    # A translator may confirm a word that is the same in both languages (French
    # "Actions", "Notes"): the catalog check's "same-as-english" comment. Beyond those,
    # only the code/state line and a word or two (Spanish "No") may equal English.
    catalog = catalogs.read_catalog(catalogs.po_path(lang), lang)
    confirmed = {
        m.id
        for m in catalog
        if m.id and any(catalogs.SAME_AS_ENGLISH in c for c in m.user_comments)
    }
    unconfirmed = [i for i in same_as_english if i not in confirmed]
    assert len(unconfirmed) <= (0 if lang == "en" else 3), unconfirmed
    joined = " ".join(render(lang, m) for m in messages)
    if lang in LATIN_MARKERS:
        assert any(ch in joined for ch in LATIN_MARKERS[lang]), lang


@pytest.mark.parametrize("lang", SUPPORTED)
def test_commands_and_placeholders_survive_translation(lang: str) -> None:
    for message in template_messages():
        source = message.id if isinstance(message.id, str) else message.id[1]
        commands = set(re.findall(r"/[a-z]+", source))
        text = render(lang, message, 5)
        assert set(re.findall(r"/[a-z]+", text)) == commands, (lang, source)
        if "{code}" in source:
            assert "K7QM-3XTA" in text


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "ru",
            {
                1: "сообщение",
                2: "сообщения",
                5: "сообщений",
                11: "сообщений",
                21: "сообщение",
                22: "сообщения",
            },
        ),
        (
            "uk",
            {
                1: "повідомлення",
                2: "повідомлення",
                5: "повідомлень",
                11: "повідомлень",
                21: "повідомлення",
            },
        ),
        ("ar", {1: "رسالة واحدة", 2: "رسالتين", 5: "رسائل", 11: "رسالة", 21: "رسالة"}),
        ("fr", {0: "message :", 1: "message :", 2: "messages :"}),
        ("en", {1: "1 message:", 2: "2 messages:"}),
    ],
)
def test_plural_forms(lang: str, expected: dict[int, str]) -> None:
    for n, word in expected.items():
        text = ngettext(lang, *SENT, n)
        assert word in text, (lang, n, text)
        if n > 2 or lang not in ("ar",):
            assert str(n) in text


def test_arabic_uses_six_forms_and_names_one_and_two_in_words() -> None:
    texts = {n: ngettext("ar", *DELETED, n) for n in (0, 1, 2, 3, 11, 100)}
    wordings = {re.sub(r"[\d\u2066\u2069]", "", t) for t in texts.values()}
    assert len(wordings) == 6 - 1  # 11-99 ("many") and 100 ("other") read alike
    assert "1" not in texts[1]
    assert "2" not in texts[2]
    assert f"{LRI}3{PDI}" in texts[3]  # the number is isolated in right-to-left text


def test_broken_translation_falls_back_to_english_and_logs_only_the_msgid(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    msgid = "I could not find the code {code}. Please check it."

    class Broken:
        def gettext(self, message: str) -> str:
            return "Code {cod} {code.__class__} introuvable"

        def ngettext(self, singular: str, plural: str, n: int) -> str:
            return "{count} messages"

    monkeypatch.setattr(translator, "_translations", lambda lang: Broken())
    secret = "PERSONAL-CODE-1234"
    with caplog.at_level(logging.WARNING, logger="i18n.translator"):
        text = gettext("fr", msgid, code=secret)
        plural = ngettext("fr", *SENT, 3)
    assert text == f"I could not find the code {secret}. Please check it."
    assert plural == "You have sent 3 messages:"
    records = [r for r in caplog.records if r.name == "i18n.translator"]
    assert [getattr(r, "msgid", None) for r in records] == [msgid, SENT[0]]
    for record in records:
        assert secret not in record.getMessage()
        assert secret not in str(record.__dict__)


def test_a_translation_asking_for_params_where_none_are_given_falls_back(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    class Broken:
        def gettext(self, message: str) -> str:
            return "Merci {name}"

    monkeypatch.setattr(translator, "_translations", lambda lang: Broken())
    assert gettext("fr", "Nothing was deleted.") == "Nothing was deleted."


def test_rtl_text_isolates_commands_and_codes() -> None:
    text = gettext(
        "ar",
        "Please send /status followed by your receipt code, like /status K7QM-3XTA.",
    )
    assert f"{LRI}/status K7QM-3XTA{PDI}" in text
    assert f"{LRI}/status{PDI}" in text
    for lang in ("fa", "ps", "ur"):
        assert f"{LRI}/start{PDI}" in gettext(
            lang, "Cancelled. Nothing from this conversation was kept. Send /start to begin."
        )
    assert LRI not in gettext(
        "fr", "Thank you. Nothing was kept. If you change your mind, send /start."
    )


def test_negotiation_order() -> None:
    # The person's choice beats every hint.
    assert negotiate("ti", ["ar", "am"]) == "ti"
    # Then the channel's hints, first usable one first (Telegram's code, then the phone).
    assert negotiate(None, ["de", locale_for_phone("+251911234567")]) == "am"
    assert negotiate(None, ["fa-AF", "ps"]) == "fa"
    assert negotiate(None, ["prs"]) == "fa"
    assert negotiate(None, ["pt_BR"]) == "pt"
    # Then Accept-Language, best first.
    assert negotiate(None, parse_accept_language("de-DE,de;q=0.9,so;q=0.8,ar;q=0.7")) == "so"
    assert negotiate(None, parse_accept_language("uk;q=0.5, ru;q=0.9")) == "ru"
    # Then English.
    assert negotiate(None, [None, "zz", ""]) == "en"
    assert negotiate("xx", []) == "en"


@pytest.mark.parametrize(
    ("number", "lang"),
    [
        ("+93 70 123 4567", "fa"),
        ("+251 91 123 4567", "am"),
        ("+291 7 123 456", "ti"),
        ("+252 61 234 5678", "so"),
        ("+254 712 345678", "sw"),
        ("+255 754 123456", "sw"),
        ("+234 803 123 4567", "en"),
        ("+227 90 12 34 56", "ha"),
        ("+380 50 123 4567", "uk"),
        ("+7 912 345 67 89", "ru"),
        ("+90 532 123 45 67", "tr"),
        ("+880 1712 345678", "bn"),
        ("+92 300 1234567", "ur"),
        ("+98 912 345 6789", "fa"),
        ("+20 100 123 4567", "ar"),
        ("+961 3 123 456", "ar"),
        ("+962 7 9012 3456", "ar"),
        ("+963 944 567 890", "ar"),
        ("+218 91 234 5678", "ar"),
        ("+221 77 123 45 67", "fr"),
        ("+52 55 1234 5678", "es"),
        ("+244 923 123 456", "pt"),
        ("+49 151 23456789", None),  # a German SIM says nothing about the language
        ("+39 347 123 4567", None),
        ("not a number", None),
        ("", None),
        (None, None),
    ],
)
def test_locale_for_phone(number: str | None, lang: str | None) -> None:
    assert locale_for_phone(number) == lang


def test_language_names_in_their_own_language_and_countries_in_the_persons() -> None:
    assert language_name("ti") == "ትግርኛ"
    assert language_name("am") == "አማርኛ"
    assert language_name("fa") == "فارسی"
    assert language_name("ps") == "پښتو"
    assert language_name("uk") == "Українська"
    assert language_name("so") == "Soomaali"
    assert len({language_name(code) for code in SUPPORTED}) == len(SUPPORTED)
    assert country_name("DE", "ar") == "ألمانيا"
    assert country_name("IT", "ti") == "ኢጣልያ"
    assert country_name("ER", "fr") == "Érythrée"
    assert country_name("AF", "ru") == "Афганистан"


def test_a_command_glued_to_an_arabic_letter_is_isolated() -> None:
    # "and /delete" is written "و/delete" in Arabic: the command still gets its isolates.
    text = translator._render("ar", "src", "أرسل /mydata و/delete لمسحه.", {})
    assert f"و{LRI}/delete{PDI}" in text
    assert f"{LRI}/mydata{PDI}" in text
    # A path or "and/or" in Latin letters is not a command.
    assert LRI not in translator._render("ar", "src", "km/h and/or", {})


@pytest.mark.parametrize("lang", sorted(translator.RTL))
def test_every_command_in_right_to_left_text_is_isolated(lang: str) -> None:
    loose = []
    for message in template_messages():
        text = render(lang, message, 5)
        for found in re.finditer(
            r"/(?:start|status|mydata|delete|help|language|privacy|cancel)", text
        ):
            if text[found.start() - 1 : found.start()] != LRI:
                loose.append(text[max(0, found.start() - 12) : found.end()])
    assert loose == []


@pytest.mark.parametrize(
    ("code", "reader", "name"),
    [
        ("en", "ar", "الإنجليزية"),
        ("ar", "en", "Arabic"),
        ("ti", None, "ትግርኛ"),
        ("fa", "fr", "Persan"),
    ],
)
def test_language_names_in_a_readers_language(code: str, reader: str | None, name: str) -> None:
    assert language_name(code, reader) == name


def test_channel_names_are_translated() -> None:
    assert translator.channel_name("web", "fr") == "formulaire web"
    assert translator.channel_name("telegram", "ar") == "تيليجرام"
    assert translator.channel_name("pigeon", "fr") == "pigeon"
