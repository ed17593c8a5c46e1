"""What a community translator works with, without Python: standard gettext files that
Weblate, Pootle or Poedit read as they are, with a note on every consent and safety text."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from i18n.catalogs import POT, po_path, read_catalog
from i18n.translator import SUPPORTED
from tests.conftest import IN_CI

# Where the consent and safety texts live, and the engine's own ones among its messages.
SAFETY_SOURCES = ("bot/consent.py", "bot/referrals.py")
SAFETY_MSGIDS = {
    "Yes, I agree",
    "{privacy}\n\nDo you agree?",
    "Thank you. Nothing was kept. If you change your mind, send /start.",
    "This deletes the text of everything you sent us and your contact details. "
    "It cannot be undone. Delete everything?",
    "Please answer yes or no. Delete everything?",
    "Nothing was deleted.",
    "Done. We deleted {n} message and your contact details.",
    "What we hold about you: your chat address (encrypted, only to reply to you), your "
    "language ({language}) and where you are in this conversation. We never keep your name "
    "or phone number in what you wrote.",
    "I agree that my message, with personal details removed, is kept and may be quoted "
    "anonymously.",
    "If you need help now",
    "You are unsubscribed from Compact Voices and will get no more messages. Reply START "
    "to subscribe again.",
}


def _key(message_id: object) -> str:
    return message_id if isinstance(message_id, str) else message_id[0]  # type: ignore[index]


def test_every_consent_and_safety_text_has_a_note_for_translators() -> None:
    template = {_key(m.id): m for m in read_catalog(POT) if m.id}
    safety = {
        key
        for key, m in template.items()
        if any(path.startswith(SAFETY_SOURCES) for path, _ in m.locations)
    }
    assert len(safety) >= 10
    assert template.keys() >= SAFETY_MSGIDS
    for key in safety | SAFETY_MSGIDS:
        assert template[key].auto_comments, key
    # The notes travel into every language's file, where a translator sees them.
    for lang in SUPPORTED:
        catalog = {_key(m.id): m for m in read_catalog(po_path(lang), lang) if m.id}
        for key in safety | SAFETY_MSGIDS:
            assert catalog[key].auto_comments == template[key].auto_comments, (lang, key)


def test_notes_are_written_as_gettext_extracted_comments() -> None:
    text = po_path("ti").read_text(encoding="utf-8")
    assert "#. Consent, the person's rights. Keep /mydata and /delete as they\n" in text


def _msgfmt() -> str:
    found = shutil.which("msgfmt")
    if found is None:
        if IN_CI:
            pytest.fail("GNU gettext's msgfmt is required in CI")
        pytest.skip("msgfmt not installed (apt-get install gettext)")
    return found


@pytest.mark.parametrize("lang", SUPPORTED)
def test_gnu_gettext_accepts_the_catalog_as_it_is(lang: str, tmp_path: Path) -> None:
    """msgfmt --check: headers, plural forms and every python-brace-format placeholder."""
    result = subprocess.run(
        [_msgfmt(), "--check", "--statistics", "-o", str(tmp_path / "x.mo"), str(po_path(lang))],
        capture_output=True,
        text=True,
        check=False,
        env={"LC_ALL": "C"},
    )
    assert result.returncode == 0, result.stderr
    # Every message translated, none fuzzy: "N translated messages." and nothing else.
    assert "fuzzy" not in result.stderr, result.stderr
    assert "untranslated" not in result.stderr, result.stderr
