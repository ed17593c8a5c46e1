"""Score the pipeline on a synthetic set: leaks, keep-item retention, language id, speed.

Leak rules (what counts as a surviving entity); the output is compared after
removing format characters and combining marks, so a digit run glued with a
zero-width joiner still counts as one run:
- NAME: any word of the name (two letters or more) still appears as a word
  (case-, accent- and homoglyph-insensitive);
- e-mail: the user part (before ``@``, ``at``, ``[at]``, ``arobase``...) still appears;
- URL, handle: the user or path part still appears (also with spaces removed);
- ADDRESS: a distinctive word of it (three letters or more, not a generic street,
  building or camp word from ``_ADDRESS_WORDS``) still appears as a word, or a
  number of it survives with the word before it ("container 23"), or a number of
  three digits or more survives;
- DOB: the date verbatim, five consecutive digits of it, or its year with its day
  or month within 25 characters;
- spelled-out numbers: three consecutive number words of the entity survive;
- other digit-bearing identifiers (phone, ID, IBAN, card): any five consecutive
  digits of the entity still appear inside one number-like run of the output
  (digits of any script, separators allowed), or the entity verbatim.
Retention: each keep-item appears verbatim in the output.

The tests use this scorer (tests/moderation/test_pipeline_devset.py); the report is
printed by ``PYTHONPATH=. python -m bench.pipeline_eval [--fresh | --set PATH] [-v]``
(``--fresh``: the set of templates written after tuning; ``--set``: any file in the
same JSON-lines format; ``-v``: list the leaks and the lost keep-items).
"""

from __future__ import annotations

import itertools
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from moderation._text import ascii_digits, fold
from moderation.pipeline import Pipeline

# The sets are generated and kept with the benchmarks (bench/pipeline_devset.py).
_DATA = Path(__file__).resolve().parents[2] / "bench" / "data"
DEVSET = _DATA / "pipeline_devset.jsonl"
FRESHSET = _DATA / "pipeline_freshset.jsonl"
STRUCTURED = ("PHONE", "EMAIL", "ID", "IBAN", "CARD", "HANDLE", "DOB", "ADDRESS", "URL")
# Addresses are held to their own, looser target than the other structured details.
DETAILS = tuple(k for k in STRUCTURED if k != "ADDRESS")
_INVISIBLE = regex.compile(r"[\p{Cf}\p{Mn}\p{Me}]")
_NUMBERISH = regex.compile(r"\d(?:[^\p{L}\d\n]{0,3}\d|\n\d)*")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
_TOKEN = regex.compile(r"\p{L}[\p{L}\p{M}]*|\d+")
# "at" as people write it: the sign, bracketed, or a word for it (fr arobase, es/pt arroba,
# ru собака, tr et, sw kwa); only gold values are split with it, never the output.
_AT = regex.compile(
    r"\s*(?:@|\[at\]|\(at\)|\{at\}|\b(?:at|arobase|arroba|собака|et|kwa)\b)\s*",
    regex.IGNORECASE,
)
# Homoglyphs a sender might use in a Latin name; folded before comparing words.
_CONFUSABLES = str.maketrans("аеосрхіуАЕОСРХІУ", "aeocpxiyAEOCPXIY")
# Generic words of addresses: their survival alone does not identify a place.
_ADDRESS_WORDS = frozenset(
    [
        "street",
        "st",
        "road",
        "rd",
        "avenue",
        "ave",
        "lane",
        "close",
        "drive",
        "way",
        "grove",
        "flat",
        "apt",
        "apartment",
        "floor",
        "building",
        "block",
        "house",
        "tent",
        "container",
        "zone",
        "camp",
        "section",
        "caravan",
        "isobox",
        "rubb",
        "hall",
        "bed",
        "sector",
        "shelter",
        "phase",
        "box",
        "p.o",
        "po",
        "rue",
        "bd",
        "boulevard",
        "avenue",
        "bat",
        "bât",
        "bâtiment",
        "appt",
        "appartement",
        "étage",
        "bp",
        "boîte",
        "postale",
        "chemin",
        "allée",
        "impasse",
        "calle",
        "avenida",
        "avda",
        "carrer",
        "piso",
        "izq",
        "dcha",
        "puerta",
        "apartado",
        "col",
        "colonia",
        "calle",
        "rua",
        "apto",
        "apartamento",
        "andar",
        "caixa",
        "postal",
        "via",
        "viale",
        "piazza",
        "corso",
        "int",
        "interno",
        "scala",
        "appartamento",
        "strasse",
        "straße",
        "str",
        "weg",
        "platz",
        "wohnung",
        "og",
        "etage",
        "postfach",
        "οδός",
        "odos",
        "mah",
        "mahallesi",
        "sok",
        "sokak",
        "sokağı",
        "cad",
        "caddesi",
        "daire",
        "kat",
        "площа",
        "буд",
        "будинок",
        "вул",
        "вулиця",
        "кв",
        "квартира",
        "проспект",
        "ул",
        "улица",
        "дом",
        "пр",
        "شارع",
        "بناية",
        "الطابق",
        "حي",
        "عمارة",
        "مخيم",
        "ص.ب",
        "خیابان",
        "کوچه",
        "پلاک",
        "بلوار",
        "واحد",
        "طبقه",
        "صندوق",
        "پستی",
        "khiaban",
        "kooche",
        "pelak",
        "پوست",
        "بکس",
        "پی",
        "او",
        "باکس",
        "পোস্ট",
        "বক্স",
        "ሳ.ቁ",
        "ፖ.ሳ.ቁ",
        "slp",
        "s.l.p",
        "а/с",
        "а/я",
        "p.k",
    ]
)


@dataclass
class Report:
    """Counts behind the dev-set figures."""

    total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    leaked: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    by_lang_total: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    by_lang_leaked: dict[str, dict[str, int]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(int))
    )
    keep_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    keep_kept: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lang_total: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lang_ok_nohint: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    lang_ok_hint: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    # With another language as the hint: English, or French for English texts.
    lang_ok_wrong_hint: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    placeholders: int = 0
    extra_placeholders: int = 0
    messages_per_second: float = 0.0
    messages_per_cpu_second: float = 0.0
    leak_examples: list[dict[str, str]] = field(default_factory=list)
    lost_examples: list[dict[str, str]] = field(default_factory=list)
    lang_confusions: dict[str, int] = field(default_factory=lambda: defaultdict(int))

    def rate(self, kinds: tuple[str, ...], lang: str | None = None) -> float:
        """Leak rate over entity kinds, for one language or all."""
        tot = self.by_lang_total[lang] if lang else self.total
        lk = self.by_lang_leaked[lang] if lang else self.leaked
        n = sum(tot[k] for k in kinds)
        return sum(lk[k] for k in kinds) / n if n else 0.0

    def retention(self, lang: str | None = None) -> float:
        """Share of keep-items left intact."""
        if lang:
            return self.keep_kept[lang] / self.keep_total[lang] if self.keep_total[lang] else 1.0
        total = sum(self.keep_total.values())
        return sum(self.keep_kept.values()) / total if total else 1.0

    def langid(self, *, hint: bool, lang: str | None = None, wrong: bool = False) -> float:
        """Language-id accuracy with the right hint, no hint, or (``wrong``) another one."""
        ok = (
            self.lang_ok_wrong_hint if wrong else self.lang_ok_hint if hint else self.lang_ok_nohint
        )
        if lang:
            return ok[lang] / self.lang_total[lang]
        return sum(ok.values()) / sum(self.lang_total.values())


def load_devset(path: Path = DEVSET) -> list[dict[str, Any]]:
    """Read the dev set rows."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _clean(text: str) -> str:
    return _INVISIBLE.sub("", text).translate(_CONFUSABLES)


def _words(text: str) -> set[str]:
    return {fold(w) for w in _WORD.findall(_clean(text))}


def _runs(text: str) -> list[str]:
    return [
        "".join(c for c in m.group() if c.isdigit())
        for m in _NUMBERISH.finditer(ascii_digits(_clean(text)))
    ]


def _digits_leak(value: str, output: str) -> bool:
    digits = "".join(c for c in ascii_digits(value) if c.isdigit())
    runs = _runs(output)
    if len(digits) < 5:
        return any(digits == r for r in runs)
    windows = {digits[i : i + 5] for i in range(len(digits) - 4)}
    return any(w in r for r in runs for w in windows)


def _address_leak(value: str, output: str) -> bool:
    tokens = [fold(t) for t in _TOKEN.findall(ascii_digits(_clean(value)))]
    out_tokens = [fold(t) for t in _TOKEN.findall(ascii_digits(_clean(output)))]
    out_set = set(out_tokens)
    pairs = set(itertools.pairwise(out_tokens))
    for i, tok in enumerate(tokens):
        if tok.isdigit():
            if len(tok) >= 3 and tok in out_set:
                return True
            if i and (tokens[i - 1], tok) in pairs:
                return True
        elif len(tok) >= 3 and tok not in _ADDRESS_WORDS and tok in out_set:
            return True
    return False


def _dob_leak(value: str, output: str) -> bool:
    if _digits_leak(value, output):
        return True
    tokens = [fold(t) for t in _TOKEN.findall(ascii_digits(value))]
    years = [t for t in tokens if len(t) == 4 and t.isdigit()]
    others = {t for t in tokens if t not in years}
    clean = ascii_digits(_clean(output))
    for year in years:
        for m in regex.finditer(rf"(?<!\d){year}(?!\d)", clean):
            around = clean[max(0, m.start() - 25) : m.end() + 25]
            if others & {fold(t) for t in _TOKEN.findall(around)}:
                return True
    return False


def _user_parts(kind: str, value: str) -> list[str]:
    compact = regex.sub(r"\s+", "", value)
    if kind == "EMAIL":
        user = _AT.split(value, maxsplit=1)[0].strip()
        return [user] if len(user) >= 3 else []
    pieces = [p for p in regex.split(r"/", compact.lstrip("@")) if p]
    if len(pieces) > 1 or regex.match(r"(?:https?:|www\.)", compact):
        pieces = pieces[1:] if "." in pieces[0] or pieces[0].endswith(":") else pieces
        pieces = [p for p in pieces if "." not in p or not regex.search(r"\.\p{L}{2,4}$", p)]
    return [p.lstrip("@") for p in pieces if len(p.lstrip("@")) >= 3]


def leaked(entity: dict[str, str], output: str) -> bool:
    """Whether a gold entity survives in the pipeline output."""
    kind, value = entity["type"], entity["value"]
    if kind == "NAME":
        words = _words(output)
        return any(fold(w) in words for w in _WORD.findall(_clean(value)) if len(w) >= 2)
    if value in output:
        return True
    if kind in ("EMAIL", "HANDLE", "URL"):
        out_fold = fold(_clean(output))
        squeezed = regex.sub(r"\s+", "", out_fold)
        return any(
            fold(p) in out_fold or (len(p) >= 5 and fold(p) in squeezed)
            for p in _user_parts(kind, value)
        )
    if kind == "ADDRESS":
        return _address_leak(value, output)
    if not any(c.isdigit() for c in value):
        # A number spelled out in words: three of its words in a row survive.
        spelled = [fold(w) for w in _WORD.findall(value)]
        text = " ".join(fold(w) for w in _WORD.findall(_clean(output)))
        return any(" ".join(spelled[i : i + 3]) in text for i in range(len(spelled) - 2))
    if kind == "DOB":
        return _dob_leak(value, output)
    return _digits_leak(value, output)


def evaluate(pipeline: Pipeline, rows: list[dict[str, Any]], *, timing_rounds: int = 3) -> Report:
    """Run the pipeline over the rows and count leaks, retention and language id."""
    report = Report()
    for row in rows:
        lang = row["lang"]
        result = pipeline.process(row["text"], lang_hint=lang, sender_name=row.get("sender_name"))
        for entity in row["entities"]:
            kind = entity["type"]
            report.total[kind] += 1
            report.by_lang_total[lang][kind] += 1
            if leaked(entity, result.text):
                report.leaked[kind] += 1
                report.by_lang_leaked[lang][kind] += 1
                if len(report.leak_examples) < 400:
                    report.leak_examples.append(
                        {"id": row["id"], "type": kind, "output": result.text}
                    )
        predicted = sum(result.entities.values())
        report.placeholders += predicted
        report.extra_placeholders += max(0, predicted - len(row["entities"]))
        for item in row["keep"]:
            report.keep_total[lang] += 1
            if item in result.text:
                report.keep_kept[lang] += 1
            elif len(report.lost_examples) < 400:
                report.lost_examples.append({"id": row["id"], "item": item, "output": result.text})
        report.lang_total[lang] += 1
        report.lang_ok_hint[lang] += result.lang == lang
        guessed = pipeline.process(row["text"]).lang
        report.lang_ok_nohint[lang] += guessed == lang
        if guessed != lang:
            report.lang_confusions[f"{lang}->{guessed}"] += 1
        other = "fr" if lang == "en" else "en"
        report.lang_ok_wrong_hint[lang] += (
            pipeline.process(row["text"], lang_hint=other).lang == lang
        )
    if timing_rounds:
        start, cpu = time.perf_counter(), time.process_time()
        for _ in range(timing_rounds):
            for row in rows:
                pipeline.process(
                    row["text"], lang_hint=row["lang"], sender_name=row.get("sender_name")
                )
        n = timing_rounds * len(rows)
        report.messages_per_second = n / (time.perf_counter() - start)
        report.messages_per_cpu_second = n / (time.process_time() - cpu)
    return report
