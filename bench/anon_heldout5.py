"""Write the fifth held-out set for the anonymiser (issue 16), written blind.

Run: ``PYTHONPATH=. python -m bench.anon_heldout5`` (writes
``bench/data/heldout/anon_heldout5.jsonl``; seeded, so the file is the same on every run).

Templates live in ``bench/_ho5_*.py``: plain text with slots. ``[[...]]`` marks a
keep-item written literally; ``{slot}`` or ``{slot:modifier}`` draws an entity:

- people: ``{me}`` / ``{mef}`` the writer (full name / first name; the row's sender name
  is a display form of that person), ``{n1}`` ``{f1}`` ``{l1}`` person 1 (full, first,
  last name; 1 to 4). Modifiers: ``lc`` lower case, ``lat`` the romanised list,
  ``glyph`` Cyrillic look-alike letters, ``poss`` an English possessive ("'s"), ``w`` or
  ``m`` a woman's or a man's name (on the person's first slot).
- ``{phone}`` with ``native``, ``zw`` (zero-width characters), ``cm`` (combining marks),
  ``spell`` (digits as words), ``split`` (two halves with a break between), ``local``,
  ``dash``;
- ``{email}`` (``obf`` for "at ... dot"), ``{handle}``, ``{url}`` (``obf`` spaced or
  ``[.]``), ``{iban}`` (``lc``, ``plain``), ``{card}``, ``{id:FORMAT}`` (``#`` a digit,
  ``@`` a capital letter), ``{dob:STYLE}`` (``dmy``, ``dot``, ``iso``, ``month``,
  ``native``, ``short``; then ``age=N`` or ``child``), ``{addr:KIND}`` (see ``_address``).

Every row is checked: each value and keep-item is a substring of the text, each entity
counts as leaked under the scorer's ``leaked()`` when left as it is, and with exactly the
gold spans masked nothing counts as leaked and every keep-item survives. A row that fails
is drawn again.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from babel.dates import format_date
from stdnum import iban as stdiban
from stdnum import luhn

from bench import _ho5_africa, _ho5_east, _ho5_mideast, _ho5_west
from bench._heldout_checks import problems
from i18n.translator import SUPPORTED

OUT = Path(__file__).resolve().parent / "data" / "heldout" / "anon_heldout5.jsonl"
SEED = 5016
PER_LANG = 28
MAX_USES = 2
LANGS = SUPPORTED

Lang = dict[str, Any]
LANG_DATA: dict[str, Lang] = {
    **_ho5_west.LANGS,
    **_ho5_mideast.LANGS,
    **_ho5_africa.LANGS,
    **_ho5_east.LANGS,
}

_SLOT = re.compile(r"\[\[(.+?)\]\]|\{(\w+?)(\d?)(?::([^}]+))?\}")
_NATIVE = {
    "ar": "٠١٢٣٤٥٦٧٨٩",
    "fa": "۰۱۲۳۴۵۶۷۸۹",
    "ps": "۰۱۲۳۴۵۶۷۸۹",
    "ur": "۰۱۲۳۴۵۶۷۸۹",
    "bn": "০১২৩৪৫৬৭৮৯",
}
_ZW = ("\u200b", "\u200c", "\u200d", "\u2060")
_LOOKALIKE = str.maketrans("aeopcAEOPCH", "аеорсАЕОРСН")
_EMOJI = ("🌸", "🇸🇴", "🙏", "❤️", "✨", "🌙", "🕊️", "💪", "🦋", "☘️")

_SYL = ("ka", "mi", "ro", "tu", "ze", "la", "no", "bi", "sa", "dy", "xo", "fe", "gu", "pa", "vi")
_MAIL = ("gmail.com", "yahoo.fr", "hotmail.com", "outlook.com", "mail.ru", "yandex.ru", "ukr.net")
_SITES = ("facebook.com", "fb.com", "instagram.com", "tiktok.com/@", "t.me", "vk.com")

_IBAN_BBAN = {
    "DE": "##################",
    "NL": "@@@@##########",
    "BE": "############",
    "AT": "################",
    "IT": "@######################",
    "GR": "#######################",
    "TR": "#####0################",
    "GB": "@@@@##############",
    "PT": "#####################",
    "FR": "#######################",
}

# Addresses: street-only kinds serve "described" addresses; the others are full addresses.
_STREETS = {
    "it": ["via Nizza", "via Padova", "via Fabio Filzi", "corso Giulio Cesare", "via Bligny"],
    "es": ["calle Embajadores", "calle Mesón de Paredes", "carrer de Sant Pau", "calle Oca"],
    "fr": ["rue Myrha", "rue des Poissonniers", "boulevard Ney", "rue Félix Pyat"],
    "de": ["Hermannstraße", "Sonnenallee", "Eisenbahnstraße", "Kölner Weg", "Ackerstraße"],
    "gr": ["Acharnon", "Patision", "Fylis", "Liosion", "Kodrigktonos"],
    "tr": ["Gülbahar Sok.", "Fevzipaşa Cad.", "Kızılelma Cad.", "Yeşiltekke Sok."],
    "ua": ["вул. Шевченка", "вул. Січових Стрільців", "просп. Перемоги", "вул. Хмельницького"],
    "ru": ["ул. Братиславская", "ул. Профсоюзная", "ул. Грибоедова", "ул. Дубнинская"],
    "ar": ["شارع الحمراء", "شارع خالد بن الوليد", "شارع بغداد", "شارع المتنبي"],
    "ir": ["خیابان ولیعصر", "خیابان آزادی", "خیابان شریعتی", "خیابان مطهری"],
    "latam": ["calle 5 de Mayo", "av. Insurgentes Sur", "calle Bolívar", "carrera Séptima"],
    "uk": ["Cheetham Hill Road", "Kirkstall Lane", "Stockwell Park Crescent", "Dudley Road"],
    "us": ["W Devon Ave", "Hillcrest Drive", "Fulton Street", "Kedzie Blvd"],
}


def _n(rng: random.Random, lo: int, hi: int) -> str:
    return str(rng.randint(lo, hi))


def _address(kind: str, rng: random.Random) -> str:
    base = kind.removeprefix("street_")
    street = rng.choice(_STREETS.get(base, _STREETS["it"]))
    if kind.startswith("street_"):
        return street
    n, flat, floor = _n(rng, 2, 189), _n(rng, 1, 48), _n(rng, 1, 7)
    pc = _n(rng, 10100, 98199)
    forms: dict[str, list[str]] = {
        "it": [f"{street} {n}, scala B int. {flat}", f"{street} {n}/{rng.choice('ABC')}, {pc}"],
        "es": [f"{street} {n}, {floor}º izq", f"{street} nº {n}, piso {floor} puerta {flat}"],
        "fr": [f"{n} {street}, bât C, {floor}e étage", f"{n} bis {street} appt {flat}"],
        "de": [f"{street} {n}, {floor}. OG links", f"{street} {n} Wohnung {flat}, {pc}"],
        "gr": [f"οδός {street} {n}, {floor}ος όροφος", f"{street} {n}, diamerisma {flat}"],
        "tr": [f"Aksaray Mah. {street} No:{n} Daire {flat}", f"{street} no {n} kat {floor}"],
        "ua": [f"{street}, буд. {n}, кв. {flat}", f"{street} {n}, під'їзд 2, кв. {flat}"],
        "ru": [f"{street}, д. {n}, корп. 2, кв. {flat}", f"{street} {n} кв {flat}"],
        "ar": [f"{street}، بناية {n}، الطابق {floor}", f"{street} عمارة {n} شقة {flat}"],
        "ir": [f"{street}، کوچه {flat}، پلاک {n}", f"{street} پلاک {n} واحد {flat}"],
        "latam": [f"{street} #{n}, col. Juárez", f"{street} {n}-{flat}, apto {floor}0{flat}"],
        "uk": [
            f"Flat {flat}, {n} {street}",
            f"{n} {street}, {rng.choice(['M8', 'B18', 'LS6'])} 9PT",
        ],
        "us": [f"{n}{flat} {street} Apt {floor}B", f"{n}{flat} {street}, unit {flat}"],
        "camp": [
            f"{rng.choice(['Ritsona', 'Malakasa', 'Diavata', 'Kara Tepe'])} camp "
            f"section {rng.choice('ABCDE')} container {n}",
            f"{rng.choice(['Lipa', 'Vial', 'Zaatari', 'Kakuma'])} camp zone {floor} tent {n}{flat}",
        ],
        "pobox": [f"P.O. Box {pc}", f"ص.ب {pc}", f"Postfach {pc}", f"BP {n}{flat}"],
        "hotel": [
            f"{rng.choice(['Ibis Budget Gare', 'Hotel Aurora', 'Pension Lydia'])} room {n}{flat}"
        ],
        "shelter": [f"{rng.choice(['Casa Nazareth', 'Refugio San Benito'])} bed {n}"],
    }
    return rng.choice(forms[base])


def _digits(fmt: str, rng: random.Random) -> str:
    out = []
    for c in fmt:
        if c == "#":
            out.append(str(rng.randint(0, 9)))
        elif c == "@":
            out.append(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"))
        else:
            out.append(c)
    return "".join(out)


def _native(text: str, lang: str) -> str:
    table = _NATIVE.get(lang, _NATIVE["ar"])
    return "".join(table[int(c)] if c.isascii() and c.isdigit() else c for c in text)


def _phone(mod: str, lang: str, data: Lang, rng: random.Random) -> str:
    fmt = rng.choice(data["phones"])
    num = _digits(fmt, rng)
    if mod == "native":
        return _native(num, lang)
    if mod == "zw":
        return "".join(
            c + (rng.choice(_ZW) if c.isdigit() and rng.random() < 0.3 else "") for c in num
        ).strip()
    if mod == "cm":
        return "".join(c + ("\u0301" if c.isdigit() and rng.random() < 0.25 else "") for c in num)
    if mod == "spell":
        words = data.get("digits") or _ho5_west.LANGS["en"]["digits"]
        return " ".join(words[int(c)] for c in num if c.isdigit())
    if mod == "split":
        cut = len(num) // 2 + 1
        return num[:cut].rstrip() + rng.choice([" .. ", "\n", " // ", " - "]) + num[cut:].lstrip()
    if mod == "local":
        return _digits(rng.choice(["0### ### ####", "0#########", "### ## ## ###"]), rng)
    if mod == "dash":
        return "-".join(_digits("###", rng) for _ in range(3)) + _digits("#", rng)
    return num


def _iban(mod: str, rng: random.Random) -> str:
    cc = rng.choice(sorted(_IBAN_BBAN))
    for _ in range(5000):
        raw = cc + "00" + _digits(_IBAN_BBAN[cc], rng)
        full = cc + stdiban.calc_check_digits(raw) + raw[4:]
        if stdiban.is_valid(full):
            break
    else:  # pragma: no cover - every country above validates quickly
        raise RuntimeError("no valid IBAN drawn")
    if mod == "plain":
        return full
    grouped = " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    return grouped.lower() if mod == "lc" else grouped


def _card(rng: random.Random) -> str:
    body = rng.choice("45") + "".join(str(rng.randint(0, 9)) for _ in range(14))
    num = body + luhn.calc_check_digit(body)
    sep = rng.choice([" ", "-", "", " "])
    return sep.join(num[i : i + 4] for i in range(0, 16, 4))


def _dob(mod: str, lang: str, rng: random.Random) -> str:
    # "age=N": the age written beside it (on the set's date, December 2026); "child": a
    # child without an age; else an adult.
    style, *rest = mod.split(",")
    ages = [int(r[4:]) for r in rest if r.startswith("age=")]
    if ages:
        year, last_month = 2026 - ages[0], 11
    else:
        year, last_month = (
            rng.randint(2008, 2022) if "child" in rest else rng.randint(1962, 2006),
            12,
        )
    day = dt.date(year, rng.randint(1, last_month), rng.randint(1, 28))
    if style == "iso":
        return day.isoformat()
    if style == "dot":
        return f"{day.day:02d}.{day.month:02d}.{day.year}"
    if style == "month":
        return format_date(day, "d MMMM y", locale=lang)
    if style == "native":
        return _native(f"{day.day}/{day.month}/{day.year}", lang)
    if style == "short":
        return f"{day.day}/{day.month}/{str(day.year)[2:]}"
    return f"{day.day}/{day.month:02d}/{day.year}"


def _user(rng: random.Random) -> str:
    word = "".join(rng.choice(_SYL) for _ in range(rng.randint(2, 3)))
    return word + rng.choice(["", "_", "."]) + rng.choice(["", _n(rng, 7, 99), rng.choice(_SYL)])


def _email(mod: str, rng: random.Random) -> str:
    user, host = _user(rng), rng.choice(_MAIL)
    if mod == "obf":
        name, tld = host.split(".")
        return rng.choice(
            [f"{user} at {name} dot {tld}", f"{user}[at]{name}[.]{tld}", f"{user} (at) {host}"]
        )
    return f"{user}@{host}"


def _url(mod: str, rng: random.Random) -> str:
    site, user = rng.choice(_SITES), _user(rng).strip("._") + rng.choice(["", _n(rng, 10, 99)])
    sep = "" if site.endswith("@") else "/"
    if mod == "obf":
        return rng.choice(
            [f"{site.replace('.', ' . ')} / {user}", f"{site.replace('.', '[.]')}{sep}{user}"]
        )
    return f"https://{site}{sep}{user}" if rng.random() < 0.5 else f"{site}{sep}{user}"


class _Person:
    def __init__(self, data: Lang, rng: random.Random, gender: str | None = None) -> None:
        female = set(data.get("female", ()))

        def pool(names: list[str]) -> list[str]:
            if gender == "w":
                return [n for n in names if n in female]
            if gender == "m":
                return [n for n in names if n not in female]
            return names

        women = gender == "w" and "last_w" in data
        self.first: str = rng.choice(pool(data["first"]))
        self.last: str = rng.choice(data["last_w"] if women else data["last"])
        lat_first: list[str] = data.get("first_lat") or data["first"]
        lat_last: list[str] = data.get("last_lat") or data["last"]
        self.first_lat: str = rng.choice(pool(lat_first))
        self.last_lat: str = rng.choice(data.get("last_lat_w") or lat_last if women else lat_last)

    def form(self, part: str, mods: set[str]) -> str:
        first, last = (self.first_lat, self.last_lat) if "lat" in mods else (self.first, self.last)
        text = {"f": first, "l": last}.get(part, f"{first} {last}")
        text = text.lower() if "lc" in mods else text
        text = text.translate(_LOOKALIKE) if "glyph" in mods else text
        # The scorer reads "Mariam's" as one word: the possessive belongs to the span.
        return text + "'s" if "poss" in mods else text


def _display(name: str, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.3:
        return name.translate(_LOOKALIKE)
    if roll < 0.6:
        return f"{name} {rng.choice(_EMOJI)}"
    if roll < 0.75:
        return f"{rng.choice(_EMOJI)}{name.upper()}{rng.choice(_EMOJI)}"
    return name


def _gold(text: str, spans: list[tuple[int, int, str]]) -> tuple[list[dict[str, str]], str]:
    """The entities (each value once) and the text with exactly the gold spans masked."""
    entities: list[dict[str, str]] = []
    for start, end, kind in spans:
        ent = {"type": kind, "value": text[start:end]}
        if ent not in entities:
            entities.append(ent)
    masked = text
    for start, end, kind in sorted(spans, reverse=True):
        masked = masked[:start] + f"[{kind}]" + masked[end:]
    return entities, masked


def fill(template: str, lang: str, rng: random.Random) -> dict[str, Any]:
    """Fill one template: the text, the gold spans and the keep-items."""
    data = LANG_DATA[lang]
    people: dict[str, _Person] = {}
    # "w" or "m" on a person's first slot picks a woman's or a man's name.
    me_gender = re.search(r"\{mef?:[^}]*\b([wm])\b", template)
    me = _Person(data, rng, me_gender.group(1) if me_gender else None)
    spans: list[tuple[int, int, str]] = []
    keep: list[str] = []
    out: list[str] = []
    pos = 0
    uses_me = me_lat = False
    makers: dict[str, Callable[[str], tuple[str, str]]] = {
        "phone": lambda m: ("PHONE", _phone(m, lang, data, rng)),
        "email": lambda m: ("EMAIL", _email(m, rng)),
        "handle": lambda m: ("HANDLE", _user(rng).strip("._")),
        "url": lambda m: ("URL", _url(m, rng)),
        "iban": lambda m: ("IBAN", _iban(m, rng)),
        "card": lambda m: ("CARD", _card(rng)),
        "id": lambda m: ("ID", _digits(m or "##########", rng)),
        "dob": lambda m: ("DOB", _dob(m, lang, rng)),
        "addr": lambda m: ("ADDRESS", _address(m, rng)),
    }
    length = 0
    for match in _SLOT.finditer(template):
        out.append(template[pos : match.start()])
        length += len(template[pos : match.start()])
        pos = match.end()
        if match.group(1) is not None:
            value = match.group(1)
            keep.append(value)
            out.append(value)
            length += len(value)
            continue
        slot, idx, mod = match.group(2), match.group(3), match.group(4) or ""
        mods = set(mod.split(","))
        if slot in ("me", "mef"):
            uses_me = True
            me_lat = me_lat or "lat" in mods
            kind, value = "NAME", me.form("n" if slot == "me" else "f", mods)
        elif slot in ("n", "f", "l"):
            if idx not in people:
                # Each person of a message has a first name of their own.
                taken = {me.first, *(p.first for p in people.values())}
                gender = "w" if "w" in mods else "m" if "m" in mods else None
                person = _Person(data, rng, gender)
                while person.first in taken:
                    person = _Person(data, rng, gender)
                people[idx] = person
            person = people[idx]
            kind, value = "NAME", person.form(slot, mods)
        else:
            kind, value = makers[slot](mod)
        spans.append((length, length + len(value), kind))
        out.append(value)
        length += len(value)
    out.append(template[pos:])
    text = "".join(out)
    entities, masked = _gold(text, spans)
    if uses_me:
        first, last = (me.first_lat, me.last_lat) if me_lat else (me.first, me.last)
        sender: str | None = _display(f"{first} {last}" if rng.random() < 0.6 else first, rng)
    else:
        sender = _display(_Person(data, rng).first, rng) if rng.random() < 0.3 else None
    return {
        "text": text,
        "sender_name": sender,
        "entities": entities,
        "keep": keep,
        "_masked": masked,
    }


def check(row: dict[str, Any], masked: str) -> list[str]:
    """The problems of one row (empty when it is sound); see ``bench._heldout_checks``."""
    return problems(row, masked)


def build(seed: int = SEED) -> list[dict[str, Any]]:
    """All rows, in language order."""
    rng = random.Random(seed)
    rows: list[dict[str, Any]] = []
    for lang in LANGS:
        templates: list[str] = LANG_DATA[lang]["templates"]
        order = list(range(len(templates)))
        rng.shuffle(order)
        # Templates without any personal detail are used once; the rest fill up to 28.
        again = [i for i in order if "{" in templates[i]]
        picks = (order + again)[:PER_LANG]
        if len(picks) < PER_LANG:
            raise ValueError(f"{lang}: too few templates")
        for n, t_idx in enumerate(picks, 1):
            for _attempt in range(50):
                row = fill(templates[t_idx], lang, rng)
                masked = row.pop("_masked")
                if not check(row, masked):
                    break
            else:
                raise ValueError(f"{lang} template {t_idx}: {check(row, masked)}")
            rows.append({"id": f"ho5-{lang}-{n:03d}", "lang": lang, "template": t_idx, **row})
    return rows


def main() -> None:
    """Write the set and print its counts."""
    rows = build()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    kinds = Counter(e["type"] for r in rows for e in r["entities"])
    n_keep = sum(len(r["keep"]) for r in rows)
    empty = sum(1 for r in rows if not r["entities"])
    print(f"{OUT.name}: {len(rows)} messages, {sum(kinds.values())} entities, {n_keep} keep-items")
    print("entities:", ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    print(f"messages without any entity: {empty}")
    for lang in LANGS:
        mine = [r for r in rows if r["lang"] == lang]
        per = Counter(e["type"] for r in mine for e in r["entities"])
        tpl = len({r["template"] for r in mine})
        print(f"{lang}: {tpl} templates, " + ", ".join(f"{k} {v}" for k, v in sorted(per.items())))


if __name__ == "__main__":
    main()
