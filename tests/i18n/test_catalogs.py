"""The catalog gate: complete on the committed files, failing on each kind of breakage."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.plurals import get_plural

from i18n import catalogs
from i18n.catalogs import (
    POT,
    check,
    export,
    merge,
    po_path,
    read_catalog,
    write_catalog,
)
from i18n.translator import LOCALE_DIR, SUPPORTED

RECEIPT = (
    "Thank you. Your message is filed. Your receipt code is {code}. Keep it: send /status "
    "{code} to see what happened to it, or /delete to remove everything. A moderator will "
    "read it; if approved, it may be quoted, without any personal details, in reports to "
    "the reviews of the Global Compact for Migration."
)
SENT = ("You have sent {n} message:", "You have sent {n} messages:")


def test_committed_catalogs_are_complete() -> None:
    assert check() == []


def test_every_language_has_every_template_message() -> None:
    template = {m.id for m in read_catalog(POT) if m.id}
    assert len(template) >= 50
    for lang in SUPPORTED:
        catalog = read_catalog(po_path(lang), lang)
        assert {m.id for m in catalog if m.id and m.string} >= template, lang


@pytest.fixture
def broken(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the template and catalogs to break."""
    locale_dir = tmp_path / "locale"
    shutil.copytree(LOCALE_DIR, locale_dir)
    pot = tmp_path / "messages.pot"
    shutil.copy(POT, pot)
    return pot, locale_dir


def _edit(locale_dir: Path, lang: str) -> tuple[Path, Catalog]:
    path = po_path(lang, locale_dir)
    return path, read_catalog(path, lang)


def _problems(pot: Path, locale_dir: Path) -> list[str]:
    problems = check(pot=pot, locale_dir=locale_dir)
    assert problems, "a broken catalog passed the check"
    return problems


def test_missing_entry_fails(broken: tuple[Path, Path]) -> None:
    pot, locale_dir = broken
    path, catalog = _edit(locale_dir, "ti")
    del catalog["Worse"]
    write_catalog(path, catalog)
    assert _problems(pot, locale_dir) == ["ti: missing entry 'Worse' (run update)"]


def test_empty_entry_fails(broken: tuple[Path, Path]) -> None:
    pot, locale_dir = broken
    path, catalog = _edit(locale_dir, "so")
    catalog["Better"].string = ""
    write_catalog(path, catalog)
    assert _problems(pot, locale_dir) == ["so: empty translation 'Better'"]


def test_fuzzy_entry_fails(broken: tuple[Path, Path]) -> None:
    pot, locale_dir = broken
    path, catalog = _edit(locale_dir, "am")
    catalog["Send"].flags.add("fuzzy")
    write_catalog(path, catalog)
    assert _problems(pot, locale_dir) == ["am: fuzzy entry 'Send'"]


@pytest.mark.parametrize(
    ("bad", "why"),
    [
        ("Merci. Votre code : {cod}.", "placeholders ['cod'] != ['code']"),
        ("Merci. Votre reçu.", "placeholders [] != ['code']"),
        ("Merci {code.__class__}", "malformed placeholder"),
        ("Merci {0}", "malformed placeholder"),
        ("Merci {code", "malformed placeholder"),
    ],
)
def test_bad_placeholder_fails(broken: tuple[Path, Path], bad: str, why: str) -> None:
    pot, locale_dir = broken
    path, catalog = _edit(locale_dir, "fr")
    catalog[RECEIPT].string = bad
    write_catalog(path, catalog)
    [problem] = _problems(pot, locale_dir)
    assert problem.startswith(f"fr: {why} in 'Thank you. Your message")


def test_missing_plural_form_fails(broken: tuple[Path, Path]) -> None:
    pot, locale_dir = broken
    path = po_path("ru", locale_dir)
    text = path.read_text(encoding="utf-8")
    start = text.index('msgid "You have sent {n} message:"')
    form = text.index("msgstr[2]", start)
    path.write_text(text[:form] + text[text.index("\n", form) + 1 :], encoding="utf-8")
    assert _problems(pot, locale_dir) == [
        "ru: 2 of 3 plural forms filled in 'You have sent {n} message:'"
    ]


def test_too_many_plural_forms_fail(broken: tuple[Path, Path]) -> None:
    pot, locale_dir = broken
    path = po_path("tr", locale_dir)
    forms = get_plural("tr").num_plurals
    text = path.read_text(encoding="utf-8")
    start = text.index('msgid "You have sent {n} message:"')
    end = text.index("\n\n", start)
    path.write_text(
        text[:end] + f'\nmsgstr[{forms}] "{{n}} mesajlar gönderdiniz:"' + text[end:],
        encoding="utf-8",
    )
    assert f"tr: has plural form msgstr[{forms}], tr has {forms}" in _problems(pot, locale_dir)


def test_wrong_plural_count_in_memory_is_named() -> None:
    template = read_catalog(POT)
    catalog = read_catalog(po_path("uk"), "uk")
    catalog[SENT].string = ("{n} повідомлення", "{n} повідомлення")
    assert catalogs.check_catalog("uk", catalog, template) == [
        "uk: 2 of 3 plural forms filled in 'You have sent {n} message:'"
    ]


def test_wrong_plural_header_fails(broken: tuple[Path, Path]) -> None:
    pot, locale_dir = broken
    path = po_path("ar", locale_dir)
    text = path.read_text(encoding="utf-8")
    start = text.index('"Plural-Forms:')
    end = text.index("\n", start)
    path.write_text(
        text[:start] + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"' + text[end:],
        encoding="utf-8",
    )
    problems = _problems(pot, locale_dir)
    assert any(
        "ar: Plural-Forms header says nplurals=2; ar needs nplurals=6" in p for p in problems
    )


def test_template_out_of_date_fails(broken: tuple[Path, Path]) -> None:
    pot, locale_dir = broken
    template = read_catalog(pot)
    del template["Worse"]
    template.add("A string nobody uses any more")
    write_catalog(pot, template)
    problems = _problems(pot, locale_dir)
    assert "messages.pot: out of date, lacks 'Worse' (run extract)" in problems
    assert (
        "messages.pot: out of date, still has 'A string nobody uses any more' (run extract)"
        in problems
    )


def test_update_brings_new_strings_in_empty_and_check_names_them(
    broken: tuple[Path, Path],
) -> None:
    pot, locale_dir = broken
    template = read_catalog(pot)
    template.add("A brand new prompt about {place}")
    write_catalog(pot, template)
    catalogs.update(template, ["fr", "en"], locale_dir)
    fr = read_catalog(po_path("fr", locale_dir), "fr")
    assert fr["A brand new prompt about {place}"].string == ""
    en = read_catalog(po_path("en", locale_dir), "en")
    assert en["A brand new prompt about {place}"].string == "A brand new prompt about {place}"
    problems = check(pot=pot, locale_dir=locale_dir, langs=["fr", "en"])
    assert "fr: empty translation 'A brand new prompt about {place}'" in problems
    assert not any(p.startswith("en:") for p in problems)


def test_merge_keeps_the_union_and_flags_disagreements() -> None:
    ours = Catalog(locale="fr")
    ours.add("Only ours", "Seulement nous")
    ours.add("Both, same", "Pareil")
    ours.add("Both, differ", "Version A")
    ours.add("Empty in ours", "")
    theirs = Catalog(locale="fr")
    theirs.add("Only theirs", "Seulement eux")
    theirs.add("Both, same", "Pareil")
    theirs.add("Both, differ", "Version B")
    theirs.add("Empty in ours", "Rempli")
    conflicts = merge(ours, theirs)
    assert conflicts == ["Both, differ"]
    assert ours["Only ours"].string == "Seulement nous"
    assert ours["Only theirs"].string == "Seulement eux"
    assert ours["Empty in ours"].string == "Rempli"
    assert ours["Both, differ"].string == "Version A"
    assert ours["Both, differ"].fuzzy
    assert "other translation: Version B" in ours["Both, differ"].user_comments


def test_merge_with_a_base_takes_the_side_that_changed() -> None:
    base = Catalog(locale="fr")
    base.add("Fixed by theirs", "Ancienne")
    base.add("Fixed by ours", "Ancienne")
    base.add("Fixed by both", "Ancienne")
    ours = Catalog(locale="fr")
    ours.add("Fixed by theirs", "Ancienne")
    ours.add("Fixed by ours", "Corrigée par nous")
    ours.add("Fixed by both", "Version A")
    theirs = Catalog(locale="fr")
    theirs.add("Fixed by theirs", "Corrigée par eux")
    theirs.add("Fixed by ours", "Ancienne")
    theirs.add("Fixed by both", "Version B")
    theirs.add("New in theirs", "Nouvelle")
    assert merge(ours, theirs, base) == ["Fixed by both"]
    assert ours["Fixed by theirs"].string == "Corrigée par eux"
    assert ours["Fixed by ours"].string == "Corrigée par nous"
    assert ours["New in theirs"].string == "Nouvelle"
    assert ours["Fixed by both"].fuzzy
    # Without the base the same change looks like a disagreement.
    again = Catalog(locale="fr")
    again.add("Fixed by theirs", "Ancienne")
    assert merge(again, theirs) == ["Fixed by theirs"]


def test_merge_command_unites_two_po_files(tmp_path: Path) -> None:
    left = tmp_path / "fr" / "LC_MESSAGES" / "messages.po"
    right = tmp_path / "theirs.po"
    a = read_catalog(po_path("fr"), "fr")
    b = read_catalog(po_path("fr"), "fr")
    a.add("Console: claim", "Prendre")
    b.add("Web form: submit", "Envoyer le formulaire")
    write_catalog(left, a)
    write_catalog(right, b)
    assert catalogs.main(["merge", str(left), str(right)]) == 0
    merged = read_catalog(left, "fr")
    assert merged["Console: claim"].string == "Prendre"
    assert merged["Web form: submit"].string == "Envoyer le formulaire"
    assert merged["Worse"].string == "Pire"


@pytest.mark.parametrize("fmt", ["csv", "xlsx"])
def test_export_import_round_trip(broken: tuple[Path, Path], fmt: str) -> None:
    pot, locale_dir = broken
    path, catalog = _edit(locale_dir, "ru")
    catalog["Worse"].string = ""
    catalog[SENT].string = ("", "", "")
    write_catalog(path, catalog)

    buffer = io.BytesIO()
    rows = catalogs.export_rows("ru", read_catalog(path, "ru"), missing_only=True)
    assert [r[0] for r in rows] == [SENT[0]] * 3 + ["Worse"]
    assert "form used for n = 1, 21, 31" in rows[0][5]
    export("ru", buffer, fmt, missing_only=True, locale_dir=locale_dir)
    data = buffer.getvalue()
    filled = catalogs.read_rows(data)  # the translator's file, read back
    assert [r["msgid"] for r in filled] == [r[0] for r in rows]
    answers = {"0": "Вы отправили {n} сообщение:", "1": "Вы отправили {n} сообщения:"}
    answers["2"] = "Вы отправили {n} сообщений:"
    for row in filled:
        row["translation"] = answers[row["plural_form"]] if row["msgid_plural"] else "Хуже"
    changed, warnings = catalogs.import_rows("ru", catalog, filled)
    assert (changed, warnings) == (4, [])
    write_catalog(path, catalog)
    assert check(pot=pot, locale_dir=locale_dir, langs=["ru"]) == []


def test_import_reports_unknown_rows_and_check_catches_bad_placeholders(
    broken: tuple[Path, Path],
) -> None:
    pot, locale_dir = broken
    path, catalog = _edit(locale_dir, "ti")
    rows = [
        {"msgid": "No such message", "translation": "x"},
        {"msgid": "I could not find the code {code}. Please check it.", "translation": "{kod}"},
    ]
    changed, warnings = catalogs.import_rows("ti", catalog, rows)
    assert changed == 1
    assert warnings == ["ti: unknown msgid 'No such message' (skipped)"]
    write_catalog(path, catalog)
    [problem] = check(pot=pot, locale_dir=locale_dir, langs=["ti"])
    assert "placeholders ['kod'] != ['code']" in problem


def test_extraction_finds_python_and_jinja2_strings(tmp_path: Path) -> None:
    (tmp_path / "review" / "templates").mkdir(parents=True)
    (tmp_path / "bot").mkdir()
    (tmp_path / "tests").mkdir()
    (tmp_path / "review" / "templates" / "page.html").write_text(
        "<h1>{{ gettext(locale, 'Reports by country') }}</h1>\n"
        "<p>{{ _('Nothing to show yet') }}</p>\n"
        "<p>{{ ngettext(locale, '{n} quote', '{n} quotes', count) }}</p>\n",
        encoding="utf-8",
    )
    (tmp_path / "bot" / "flow.py").write_text(
        "from i18n.translator import N_, gettext\n"
        "LABEL = N_('A marked constant')\n"
        "def f(turn, locale):\n"
        "    turn.say('Said by the engine')\n"
        "    return gettext(locale, 'Hello {name}', name='x')\n",
        encoding="utf-8",
    )
    (tmp_path / "tests" / "test_x.py").write_text("gettext('en', 'Not shipped')\n")
    found = {m.id for m in catalogs.extract(tmp_path) if m.id}
    assert found == {
        "Reports by country",
        "Nothing to show yet",
        ("{n} quote", "{n} quotes"),
        "A marked constant",
        "Said by the engine",
        "Hello {name}",
    }


def test_plural_rules_compare_by_what_they_choose() -> None:
    # The same French rule spelled another way passes; the rule before CLDR's "many"
    # form, and an Arabic rule that puts 100-102 in the wrong form, do not.
    assert catalogs.same_plural_rule(3, "n==0||n==1 ? 0 : (n!=0 && n%1000000==0) ? 1 : 2", "fr")
    assert not catalogs.same_plural_rule(2, "(n > 1)", "fr")
    old_arabic = (
        "(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
        "n%100>=0 && n%100<=2 ? 4 : 5)"
    )
    assert not catalogs.same_plural_rule(6, old_arabic, "ar")
    assert not catalogs.same_plural_rule(3, "n >", "fr")
