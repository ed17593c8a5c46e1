"""The translation catalogs' tooling: extract, update, check, merge, export and import.

``python -m i18n.catalogs refresh`` is the one step after new strings land (a merge,
a new feature): it extracts ``i18n/messages.pot`` from the source, merges it into
every language's ``.po`` and lists what still needs a translator. ``check`` is the
gate CI runs: it fails, naming each problem, when a catalog misses an entry, has an
empty or fuzzy one, changes a ``{placeholder}``, has the wrong number of plural forms
for its language, or when the ``.pot`` no longer matches the source.

Files are written deterministically (sorted, no line numbers, fixed header dates),
so two branches that add strings merge cleanly, and ``merge`` unites two versions of
one language's catalog, keeping every translation either side has.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
import tomllib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import UTC, datetime
from gettext import c2py
from pathlib import Path
from typing import IO, Any, BinaryIO

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import extract_from_dir
from babel.messages.frontend import parse_mapping_cfg
from babel.messages.plurals import get_plural
from babel.messages.pofile import read_po, write_po
from jinja2.ext import babel_extract
from openpyxl import Workbook, load_workbook

from i18n.translator import DOMAIN, LOCALE_DIR, SUPPORTED, placeholders

ROOT = Path(__file__).resolve().parent.parent
I18N_DIR = Path(__file__).resolve().parent
POT = I18N_DIR / "messages.pot"
MAPPING = I18N_DIR / "babel.cfg"
# gettext(locale, msgid, ...) and ngettext(locale, singular, plural, n, ...) take the
# locale first; Turn.say/ask and UserFacingError take the msgid first; templates may
# use either gettext(locale, "...") or _("...").
KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "gettext": (2,),
    "ngettext": (2, 3),
    "N_": None,
    "_": None,
    "say": None,
    "ask": None,
    "UserFacingError": None,
}
# In templates the locale is often bound already (the console's ngettext("{n} submission",
# "{n} submissions", n)), and sometimes passed first (gettext(locale, "...")); a leading
# variable is dropped before these apply (see _extract_template).
TEMPLATE_KEYWORDS: dict[str, tuple[int, ...] | None] = {
    "_": None,
    "gettext": None,
    "ngettext": (1, 2),
}
SOURCE_DIRS = ("bot", "intake", "moderation", "review", "i18n", "core")
# Fixed header dates: a timestamp in every file would make every branch conflict.
FIXED_DATE = datetime(2026, 11, 1, tzinfo=UTC)
PROJECT = "Compact Voices"
SAMPLE_NUMBERS = range(0, 201)

MessageKey = str | tuple[str, str]
_PLURAL_INDEX = re.compile(r"^msgstr\[(\d+)\]", re.MULTILINE)


def po_path(lang: str, locale_dir: Path = LOCALE_DIR) -> Path:
    """Where a language's catalog lives."""
    return locale_dir / lang / "LC_MESSAGES" / f"{DOMAIN}.po"


def _key(message: Message) -> MessageKey:
    return message.id if isinstance(message.id, str) else (message.id[0], message.id[1])


def _singular(message: Message) -> str:
    return message.id if isinstance(message.id, str) else message.id[0]


def _entries(catalog: Catalog) -> dict[tuple[MessageKey, str | None], Message]:
    return {(_key(m), m.context): m for m in catalog if m.id}


def extract(root: Path = ROOT) -> Catalog:
    """Collect every translatable string under the source directories into a template."""
    with MAPPING.open(encoding="utf-8") as fh:
        method_map, options_map = parse_mapping_cfg(fh)  # type: ignore[no-untyped-call]
    allowed = {(root / d).resolve() for d in SOURCE_DIRS}

    def keep_dir(path: str) -> bool:
        resolved = Path(path).resolve()
        if resolved == root.resolve():
            return True
        name = resolved.name
        if name.startswith((".", "_")) or name in ("locale", "glossary"):
            return False
        return any(resolved == a or a in resolved.parents for a in allowed)

    catalog = _new_catalog(None)
    code_map = [(pattern, method) for pattern, method in method_map if method != "jinja2"]
    template_map = [
        (pattern, "i18n.catalogs:_extract_template")
        for pattern, method in method_map
        if method == "jinja2"
    ]
    for mapping, keywords in ((code_map, KEYWORDS), (template_map, TEMPLATE_KEYWORDS)):
        for filename, lineno, message, comments, context in extract_from_dir(
            root,
            mapping,
            options_map,
            keywords=keywords,
            comment_tags=("TRANSLATORS:",),
            strip_comment_tags=True,
            directory_filter=keep_dir,
        ):
            catalog.add(
                message,
                None,
                locations=[(filename, lineno)],
                auto_comments=comments,
                context=context,
            )
    return catalog


def _extract_flow(
    fileobj: BinaryIO,
    keywords: Iterable[str],
    comment_tags: Iterable[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, object, list[str]]]:
    """A questionnaire file's prompts and labels (bot/flow.toml), switched on or not."""
    text = fileobj.read().decode("utf-8")
    lines = text.splitlines()

    def line_of(value: str) -> int:
        quoted = json.dumps(value, ensure_ascii=False)
        return next((n for n, line in enumerate(lines, 1) if quoted in line), 1)

    for question in tomllib.loads(text).get("questions", []):
        qid = question.get("id", "?")
        prompt = question.get("prompt")
        if isinstance(prompt, str) and prompt:
            yield line_of(prompt), "N_", prompt, [f"A question of the questionnaire ({qid})."]
        row = f"An answer to the question {qid}: a button or list row, 24 characters at most."
        for choice in question.get("choices", []):
            label = choice.get("label")
            if isinstance(label, str) and label:
                yield line_of(label), "N_", label, [row]
        # The default skip label is marked in bot/flow.py itself.
        skip = question.get("skip_label")
        if isinstance(skip, str) and skip:
            yield line_of(skip), "N_", skip, [row]


def _extract_template(
    fileobj: BinaryIO,
    keywords: Iterable[str],
    comment_tags: Iterable[str],
    options: Mapping[str, Any],
) -> Iterator[tuple[int, str, object, list[str]]]:
    """Jinja2's extractor, reading gettext and ngettext with or without the locale first."""
    found = babel_extract(fileobj, list(keywords), list(comment_tags), dict(options))
    for lineno, funcname, messages, comments in found:
        if (
            funcname in ("gettext", "ngettext")
            and isinstance(messages, tuple)
            and messages
            and messages[0] is None
        ):
            yield lineno, funcname, messages[1:], comments
        else:
            yield lineno, funcname, messages, comments


def _new_catalog(lang: str | None) -> Catalog:
    catalog = Catalog(
        locale=lang,
        domain=DOMAIN,
        project=PROJECT,
        version="1",
        copyright_holder=PROJECT,
        creation_date=FIXED_DATE,
        revision_date=FIXED_DATE,
        fuzzy=False,
    )
    catalog.language_team = f"{lang or 'LANGUAGE'} <LL@li.org>"
    return catalog


def read_catalog(path: Path, lang: str | None = None) -> Catalog:
    """Read a ``.po``/``.pot`` file."""
    with path.open("rb") as fh:
        return read_po(fh, locale=lang, domain=DOMAIN)


def write_catalog(path: Path, catalog: Catalog) -> bool:
    """Write a catalog deterministically; return whether the file changed."""
    catalog.creation_date = FIXED_DATE
    catalog.revision_date = FIXED_DATE
    catalog.fuzzy = False
    buffer = io.BytesIO()
    write_po(
        buffer,
        catalog,
        width=0,
        sort_output=True,
        include_lineno=False,
        ignore_obsolete=False,
    )
    data = buffer.getvalue()
    if path.exists() and path.read_bytes() == data:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return True


def write_template(template: Catalog, pot: Path = POT) -> bool:
    """Write ``messages.pot``."""
    return write_catalog(pot, template)


def update(
    template: Catalog,
    langs: Iterable[str] = SUPPORTED,
    locale_dir: Path = LOCALE_DIR,
    *,
    prune: bool = False,
) -> list[str]:
    """Merge the template into each language's catalog; return the languages changed.

    New strings arrive empty (or fuzzy, with a similar old translation as a hint);
    strings gone from the source become obsolete (``#~``) unless ``prune``. English
    is the source language: its catalog is filled with the msgids themselves.
    """
    changed = []
    for lang in langs:
        path = po_path(lang, locale_dir)
        catalog = read_catalog(path, lang) if path.exists() else _new_catalog(lang)
        catalog.update(template, update_creation_date=False)
        if prune:
            catalog.obsolete.clear()
        if lang == "en":
            for message in catalog:
                if message.id and (not _complete(message.string) or message.fuzzy):
                    message.string = message.id
                    message.flags.discard("fuzzy")
        if write_catalog(path, catalog):
            changed.append(lang)
    return changed


def _complete(string: object) -> bool:
    if isinstance(string, str):
        return bool(string.strip())
    strings = _forms(string)
    return bool(strings) and all(s.strip() for s in strings)


def _forms(string: object) -> list[str]:
    """A message's translations as a list (one item, or one per plural form)."""
    if isinstance(string, str):
        return [string]
    if isinstance(string, (tuple, list)):
        return [s if isinstance(s, str) else "" for s in string]
    return []


def plural_examples(lang: str) -> list[list[int]]:
    """For each plural form index of the language, numbers that select it (0–200)."""
    rule = get_plural(lang)
    forms: list[list[int]] = [[] for _ in range(rule.num_plurals)]
    expr = rule.plural_expr
    for n in SAMPLE_NUMBERS:
        index = _plural_index(expr, n)
        if 0 <= index < len(forms):
            forms[index].append(n)
    return forms


def _plural_index(expr: str, n: int) -> int:
    # The C-expression evaluator gettext itself uses at run time.
    return int(c2py(expr)(n))


# Numbers on which two plural rules must agree: 0-200 and around the powers of ten (CLDR's
# "many" forms in French, Spanish and Portuguese start at a million).
_RULE_SAMPLES = (
    *SAMPLE_NUMBERS,
    *(base * 10**exp + d for exp in range(3, 10) for base in (1, 2, 5) for d in (-1, 0, 1, 2)),
)


def same_plural_rule(num_plurals: int, plural_expr: str, lang: str) -> bool:
    """Whether a catalog's Plural-Forms header selects the same form as Babel's rule for lang.

    Compared by what the expressions choose, not by their text, so that a Babel release
    that only spells a rule differently does not fail the check; a changed rule does.
    """
    rule = get_plural(lang)
    if num_plurals != rule.num_plurals:
        return False
    try:
        ours, theirs = c2py(plural_expr), c2py(rule.plural_expr)
    except (ValueError, SyntaxError):
        return False
    return all(ours(n) == theirs(n) for n in _RULE_SAMPLES)


def check_catalog(lang: str, catalog: Catalog, template: Catalog) -> list[str]:
    """Return the problems of one language's catalog against the template."""
    problems: list[str] = []
    rule = get_plural(lang)
    if not same_plural_rule(catalog.num_plurals, catalog.plural_expr, lang):
        problems.append(
            f"{lang}: Plural-Forms header says nplurals={catalog.num_plurals}; "
            f"{lang} needs nplurals={rule.num_plurals}; plural={rule.plural_expr}"
        )
    wanted = _entries(template)
    have = _entries(catalog)
    for key in sorted(wanted.keys() - have.keys(), key=str):
        problems.append(f"{lang}: missing entry {_short(key[0])!r} (run update)")
    for key in sorted(have.keys() - wanted.keys(), key=str):
        problems.append(f"{lang}: entry not in the template {_short(key[0])!r} (run update)")
    for key, message in sorted(have.items(), key=lambda kv: str(kv[0])):
        if key not in wanted:
            continue
        label = _short(key[0])
        if message.fuzzy:
            problems.append(f"{lang}: fuzzy entry {label!r}")
        if not isinstance(message.id, str):
            filled = sum(1 for form in _forms(message.string) if form.strip())
            if filled != rule.num_plurals:
                problems.append(
                    f"{lang}: {filled} of {rule.num_plurals} plural forms filled in {label!r}"
                )
                continue
        elif not _complete(message.string):
            problems.append(f"{lang}: empty translation {label!r}")
            continue
        if lang != "en" and _untranslated_copy(message):
            problems.append(
                f"{lang}: still English {label!r} (translate it, or add the "
                f"translator comment '{SAME_AS_ENGLISH}' if it is right as it is)"
            )
        problems.extend(f"{lang}: {p} in {label!r}" for p in _placeholder_problems(message, rule))
    return problems


# Words that stay the same in every language (names of things and services).
_INVARIANT_WORDS = frozenset(
    {
        *("compact", "voices", "whatsapp", "telegram", "sms", "iom", "unhcr", "gcm", "imrf"),
        *("ok", "id", "csv", "json", "xlsx", "hxl", "pdf", "api", "url", "e", "mail", "email"),
    }
)
SAME_AS_ENGLISH = "same-as-english"


def _untranslated_copy(message: Message) -> bool:
    """A translation identical to its English msgid, with words that should change.

    For a plural message: any form that is one of the two English forms.
    """
    if any(SAME_AS_ENGLISH in c for c in message.user_comments):
        return False
    if isinstance(message.id, str):
        copied = [message.id] if message.string == message.id else []
    else:
        copied = [form for form in _forms(message.string) if form in message.id]
    return any(_has_english_words(text) for text in copied)


def _has_english_words(text: str) -> bool:
    words = re.findall(r"[A-Za-z]{2,}", re.sub(r"\{[^}]*\}|/[a-z]+", " ", text))
    return any(w.lower() not in _INVARIANT_WORDS for w in words)


def _placeholder_problems(message: Message, rule: object) -> list[str]:
    num_plurals: int = getattr(rule, "num_plurals", 1)
    if isinstance(message.id, str):
        expected = placeholders(message.id) or set()
        got = placeholders(message.string) if isinstance(message.string, str) else None
        if got is None:
            return ["malformed placeholder"]
        return [] if got == expected else [f"placeholders {sorted(got)} != {sorted(expected)}"]
    strings = _forms(message.string)
    problems = []
    if len(strings) != num_plurals:
        problems.append(f"{len(strings)} plural forms, language needs {num_plurals}")
    expected = (placeholders(message.id[0]) or set()) | (placeholders(message.id[1]) or set())
    for index, string in enumerate(strings):
        got = placeholders(string)
        if got is None:
            problems.append(f"malformed placeholder in plural form {index}")
        # A form may leave out {n} ("one message"), never another placeholder.
        elif not (expected - {"n"} <= got <= expected):
            problems.append(f"plural form {index} placeholders {sorted(got)} != {sorted(expected)}")
    return problems


def _short(key: MessageKey) -> str:
    text = key if isinstance(key, str) else key[0]
    return text if len(text) <= 60 else text[:57] + "..."


def check(
    root: Path = ROOT,
    pot: Path = POT,
    locale_dir: Path = LOCALE_DIR,
    langs: Iterable[str] = SUPPORTED,
) -> list[str]:
    """Return every problem with the template and the catalogs; empty when all is well."""
    problems: list[str] = []
    if not pot.exists():
        return [f"{pot.name} is missing (run extract)"]
    template = read_catalog(pot)
    source = extract(root)
    source_keys, template_keys = set(_entries(source)), set(_entries(template))
    for key in sorted(source_keys - template_keys, key=str):
        problems.append(f"{pot.name}: out of date, lacks {_short(key[0])!r} (run extract)")
    for key in sorted(template_keys - source_keys, key=str):
        problems.append(f"{pot.name}: out of date, still has {_short(key[0])!r} (run extract)")
    for lang in langs:
        path = po_path(lang, locale_dir)
        if not path.exists():
            problems.append(f"{lang}: no catalog at {path} (run update)")
            continue
        problems.extend(check_catalog(lang, read_catalog(path, lang), template))
        # Babel drops plural forms beyond nplurals when reading: find them in the text.
        extra = {int(i) for i in _PLURAL_INDEX.findall(path.read_text(encoding="utf-8"))}
        needed = get_plural(lang).num_plurals
        if extra and max(extra) >= needed:
            problems.append(f"{lang}: has plural form msgstr[{max(extra)}], {lang} has {needed}")
    return problems


def merge(ours: Catalog, theirs: Catalog, base: Catalog | None = None) -> list[str]:
    """Add to ``ours`` every entry and translation only ``theirs`` has; return conflicts.

    With ``base`` (the version both sides started from, as git gives a merge driver),
    a translation one side left as it was yields to the other side's change. Where
    both sides changed a message differently, ours is kept, marked fuzzy, with theirs
    in a translator comment, so ``check`` fails until a person decides.
    """
    conflicts: list[str] = []
    mine = _entries(ours)
    before = _entries(base) if base is not None else {}
    for key, message in _entries(theirs).items():
        own = mine.get(key)
        if own is None:
            ours[message.id] = _copy(message)
            continue
        old = before.get(key)
        if old is not None and _same_translation(message, old):
            continue
        if old is not None and _same_translation(own, old):
            own.string = message.string
            own.flags = set(message.flags)
            own.user_comments = list(message.user_comments)
            own.auto_comments = list(message.auto_comments)
            continue
        theirs_done = _complete(message.string) and not message.fuzzy
        ours_done = _complete(own.string) and not own.fuzzy
        if theirs_done and not ours_done:
            own.string = message.string
            own.flags.discard("fuzzy")
        elif theirs_done and ours_done and own.string != message.string:
            other = " | ".join(_forms(message.string))
            own.flags.add("fuzzy")
            own.user_comments.append(f"other translation: {other}")
            conflicts.append(_short(key[0]))
        for location in message.locations:
            if location not in own.locations:
                own.locations.append(location)
    return conflicts


def _same_translation(a: Message, b: Message) -> bool:
    return _forms(a.string) == _forms(b.string) and a.fuzzy == b.fuzzy


def _copy(message: Message) -> Message:
    return Message(
        message.id,
        message.string,
        locations=list(message.locations),
        flags=set(message.flags),
        auto_comments=list(message.auto_comments),
        user_comments=list(message.user_comments),
        context=message.context,
    )


EXPORT_COLUMNS = ("msgid", "msgid_plural", "plural_form", "context", "translation", "notes")


def export_rows(lang: str, catalog: Catalog, *, missing_only: bool = False) -> list[list[str]]:
    """One row per message (per plural form), for a translator's spreadsheet."""
    rows: list[list[str]] = []
    examples = plural_examples(lang)
    for message in sorted((m for m in catalog if m.id), key=lambda m: str(m.id)):
        where = ", ".join(sorted({loc for loc, _ in message.locations}))
        notes = list(message.auto_comments) + list(message.user_comments)
        if message.fuzzy:
            notes.append("CHECK: the English changed since this was translated")
        if isinstance(message.id, str):
            string = message.string if isinstance(message.string, str) else ""
            if missing_only and string and not message.fuzzy:
                continue
            rows.append([message.id, "", "", where, string, "; ".join(notes)])
            continue
        strings = [] if isinstance(message.string, str) else _forms(message.string)
        strings += [""] * (len(examples) - len(strings))
        if missing_only and all(strings) and not message.fuzzy:
            continue
        for index, numbers in enumerate(examples):
            sample = ", ".join(str(n) for n in numbers[:6])
            note = "; ".join([*notes, f"form used for n = {sample} …"])
            rows.append([message.id[0], message.id[1], str(index), where, strings[index], note])
    return rows


def export(
    lang: str,
    out: IO[bytes],
    fmt: str = "csv",
    *,
    missing_only: bool = False,
    locale_dir: Path = LOCALE_DIR,
) -> int:
    """Write a language's messages as CSV or XLSX; return the number of rows."""
    catalog = read_catalog(po_path(lang, locale_dir), lang)
    rows = export_rows(lang, catalog, missing_only=missing_only)
    if fmt == "xlsx":
        book = Workbook()
        sheet = book.active
        sheet.title = lang
        sheet.append(list(EXPORT_COLUMNS))
        for row in rows:
            sheet.append(row)
        book.save(out)
    else:
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow(EXPORT_COLUMNS)
        writer.writerows(rows)
        out.write(text.getvalue().encode("utf-8"))
    return len(rows)


def read_rows(data: bytes) -> list[dict[str, str]]:
    """Read a translator's CSV or XLSX file into rows keyed by column name."""
    if data[:2] == b"PK":  # an XLSX file is a ZIP archive
        sheet = load_workbook(io.BytesIO(data), read_only=True).worksheets[0]
        values = [
            ["" if v is None else str(v) for v in row] for row in sheet.iter_rows(values_only=True)
        ]
    else:
        values = list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    if not values:
        return []
    header = [h.strip().lower() for h in values[0]]
    return [dict(zip(header, row, strict=False)) for row in values[1:] if any(row)]


def import_rows(
    lang: str, catalog: Catalog, rows: Iterable[dict[str, str]]
) -> tuple[int, list[str]]:
    """Put a translator's rows into the catalog; return (entries changed, warnings)."""
    changed = 0
    warnings: list[str] = []
    by_singular = {_singular(m): m for m in catalog if m.id}
    for row in rows:
        msgid = row.get("msgid", "")
        translation = (row.get("translation") or "").strip("\n")
        message = by_singular.get(msgid)
        if message is None:
            warnings.append(f"{lang}: unknown msgid {_short(msgid)!r} (skipped)")
            continue
        if not translation.strip():
            continue
        if isinstance(message.id, str):
            if message.string != translation or message.fuzzy:
                message.string = translation
                message.flags.discard("fuzzy")
                changed += 1
            continue
        form = int(row.get("plural_form") or 0)
        strings = [] if isinstance(message.string, str) else _forms(message.string)
        strings += [""] * (catalog.num_plurals - len(strings))
        if form >= len(strings):
            warnings.append(f"{lang}: plural form {form} does not exist for {_short(msgid)!r}")
            continue
        if strings[form] != translation or message.fuzzy:
            strings[form] = translation
            message.string = tuple(strings)
            if all(strings):
                message.flags.discard("fuzzy")
            changed += 1
    return changed, warnings


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m i18n.catalogs COMMAND`` (see ``--help``)."""
    parser = argparse.ArgumentParser(prog="python -m i18n.catalogs", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("extract", help="write i18n/messages.pot from the source")
    up = sub.add_parser("update", help="merge messages.pot into every .po")
    up.add_argument("--prune", action="store_true", help="drop obsolete (#~) entries")
    sub.add_parser("refresh", help="extract + update, then list what needs translating")
    sub.add_parser("check", help="fail if any catalog is incomplete or wrong")
    mg = sub.add_parser("merge", help="unite two versions of one language's .po")
    mg.add_argument("ours", type=Path, help="written in place unless -o is given")
    mg.add_argument("theirs", type=Path)
    mg.add_argument("-o", "--output", type=Path)
    mg.add_argument("--base", type=Path, help="the common ancestor (git's %%O)")
    ex = sub.add_parser("export", help="a language's messages as CSV/XLSX to stdout")
    ex.add_argument("--lang", required=True, choices=SUPPORTED)
    ex.add_argument("--format", choices=("csv", "xlsx"), default="csv")
    ex.add_argument("--missing", action="store_true", help="only untranslated or fuzzy")
    im = sub.add_parser("import", help="read a translator's CSV/XLSX back into the .po")
    im.add_argument("--lang", required=True, choices=SUPPORTED)
    im.add_argument("file", type=Path)
    args = parser.parse_args(argv)

    if args.command in ("extract", "refresh"):
        template = extract()
        wrote = write_template(template)
        print(f"{POT.name}: {len(template)} messages{' (updated)' if wrote else ''}")
        if args.command == "refresh":
            changed = update(template)
            print(f"updated: {', '.join(changed) or 'none'}")
            return _report(check())
        return 0
    if args.command == "update":
        changed = update(read_catalog(POT), prune=args.prune)
        print(f"updated: {', '.join(changed) or 'none'}")
        return 0
    if args.command == "check":
        return _report(check())
    if args.command == "merge":
        lang = args.ours.parent.parent.name
        ours = read_catalog(args.ours, lang if lang in SUPPORTED else None)
        base = read_catalog(args.base, ours.locale_identifier) if args.base else None
        conflicts = merge(ours, read_catalog(args.theirs, ours.locale_identifier), base)
        write_catalog(args.output or args.ours, ours)
        for conflict in conflicts:
            print(f"conflict (kept ours, marked fuzzy): {conflict!r}", file=sys.stderr)
        return 1 if conflicts else 0
    if args.command == "export":
        export(args.lang, sys.stdout.buffer, args.format, missing_only=args.missing)
        return 0
    if args.command == "import":
        path = po_path(args.lang)
        catalog = read_catalog(path, args.lang)
        count, warnings = import_rows(args.lang, catalog, read_rows(args.file.read_bytes()))
        write_catalog(path, catalog)
        for warning in warnings:
            print(warning, file=sys.stderr)
        print(f"{args.lang}: {count} entries updated")
        return _report(check(langs=[args.lang]))
    return 2  # pragma: no cover - argparse rejects unknown commands


def _report(problems: list[str]) -> int:
    for problem in problems:
        print(problem, file=sys.stderr)
    print(f"{len(problems)} problem(s)" if problems else "catalogs complete")
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
