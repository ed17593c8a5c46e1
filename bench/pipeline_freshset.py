# ruff: noqa: E501  # the templates are whole sentences; wrapping them would hurt reading them
"""A second synthetic set with templates written after the pipeline was tuned, never tuned on.

Same generator and gold rules as ``bench.pipeline_devset`` (synthetic people,
unseen names only after cues), different sentence shapes: signatures, third
persons, lists of names, numbers without cue words. Its figures are the less
flattering, more honest estimate of how the pipeline does on new wording.

Run: ``PYTHONPATH=. /work/venv/bin/python -m bench.pipeline_freshset``
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from bench.pipeline_devset import _fill, _Gen, write_set

OUT = Path(__file__).resolve().parent / "data" / "pipeline_freshset.jsonl"
SEED = 9091
PER_LANG = 12

T_FRESH: dict[str, list[str]] = {
    "en": [
        "The officer called {CUE_NAME} shouted at us in {CITY}. Reach me at {PHONE}.",
        "{KNOWN} said {ORG} would help within {DURATION} but nothing happened since {YEAR}. Regards, {CUE_NAME}",
        "Permit number {ID}, issued {YEAR}. I was born {DOB}. Still waiting in {CITY}, {COUNTRY}.",
    ],
    "fr": [
        "Le policier nommé {CUE_NAME} nous a insultés à {CITY}. Joignable au {PHONE}.",
        "{KNOWN} dit que {ORG} aiderait sous {DURATION}, rien depuis {YEAR}. Mon adresse : {ADDRESS}.",
        "Numéro de titre de séjour {ID}. Date de naissance : {DOB}. J'ai payé {AMOUNT}.",
    ],
    "es": [
        "El guardia llamado {CUE_NAME} nos gritó en {CITY}. Mi celular: {PHONE}.",
        "{KNOWN} dijo que {ORG} ayudaría en {DURATION}, nada desde {YEAR}. Correo {EMAIL}.",
        "Pasaporte {ID}. Fecha de nacimiento: {DOB}. Pagué {AMOUNT} en {COUNTRY}.",
    ],
    "pt": [
        "O guarda chamado {CUE_NAME} gritou conosco em {CITY}. Meu celular: {PHONE}.",
        "{KNOWN} disse que a {ORG} ajudaria em {DURATION}, nada desde {YEAR}. E-mail {EMAIL}.",
        "Passaporte {ID}. Data de nascimento: {DOB}. Paguei {AMOUNT} em {COUNTRY}.",
    ],
    "ar": [
        "الضابط المدعو {CUE_NAME} صرخ علينا في {CITY}. هاتفي {PHONE}",
        "قال {KNOWN} إن {ORG} ستساعد خلال {DURATION} ولم يحدث شيء منذ {YEAR}. بريدي {EMAIL}",
        "رقم جواز السفر {ID}. مواليد {DOB}. دفعت {AMOUNT} في {COUNTRY}.",
    ],
    "fa": [
        "مأموری به نام {CUE_NAME} در {CITY} سر ما داد زد. موبایل من {PHONE}",
        "{KNOWN} گفت {ORG} ظرف {DURATION} کمک می‌کند، اما از {YEAR} خبری نیست. ایمیل {EMAIL}",
        "شماره پاسپورت {ID}. متولد {DOB}. {AMOUNT} در {COUNTRY} پرداختم.",
    ],
    "ps": [
        "یو افسر په نوم {CUE_NAME} په {CITY} کې پر موږ چیغې وهلې. زما موبایل {PHONE}",
        "{KNOWN} وویل چې {ORG} به په {DURATION} کې مرسته وکړي، له {YEAR} راهیسې هیڅ نه. بریښنالیک {EMAIL}",
        "د پاسپورټ شمېره {ID}. زیږېدلی {DOB}. ما په {COUNTRY} کې {AMOUNT} ورکړل.",
    ],
    "ur": [
        "{CUE_NAME} نامی افسر نے {CITY} میں ہم پر چیخا۔ میرا موبائل {PHONE}",
        "{KNOWN} نے کہا کہ {ORG} {DURATION} میں مدد کرے گا، {YEAR} سے کچھ نہیں ہوا۔ ای میل {EMAIL}",
        "پاسپورٹ نمبر {ID}۔ تاریخ پیدائش {DOB}۔ میں نے {COUNTRY} میں {AMOUNT} دیے۔",
    ],
    "ti": [
        "{CUE_NAME} ዝበሃል ፖሊስ ኣብ {CITY} ጨርሓልና። ስልከይ {PHONE}",
        "{KNOWN} {ORG} ኣብ {DURATION} ክሕግዝ እዩ ኢሉ፣ ካብ {YEAR} ጀሚሩ ገለ የለን። ኢመይል {EMAIL}",
        "ፓስፖርት ቁፅሪ {ID}። ዕለተ ልደት {DOB}። ኣብ {COUNTRY} {AMOUNT} ከፊለ።",
    ],
    "am": [
        "{CUE_NAME} የሚባል ፖሊስ {CITY} ላይ ጮኸብን። ስልኬ {PHONE}",
        "{KNOWN} {ORG} በ{DURATION} ይረዳል አለ፣ ከ{YEAR} ጀምሮ ምንም የለም። ኢሜይል {EMAIL}",
        "ፓስፖርት ቁጥር {ID}። የልደት ቀን {DOB}። {COUNTRY} ውስጥ {AMOUNT} ከፈልኩ።",
    ],
    "so": [
        "Askari la yiraahdo {CUE_NAME} ayaa nagu qayliyay {CITY}. Mobilkayga {PHONE}",
        "{KNOWN} wuxuu yiri {ORG} way caawin doontaa {DURATION} gudahood, waxba ma dhicin tan iyo {YEAR}. Email {EMAIL}",
        "Baasaboor lambar {ID}. Taariikhda dhalashada {DOB}. Waxaan bixiyay {AMOUNT} {COUNTRY}.",
    ],
    "sw": [
        "Polisi aitwaye {CUE_NAME} alitufokea {CITY}. Simu yangu {PHONE}",
        "{KNOWN} alisema {ORG} itasaidia ndani ya {DURATION}, hakuna kitu tangu {YEAR}. Barua pepe {EMAIL}",
        "Pasipoti namba {ID}. Tarehe ya kuzaliwa {DOB}. Nililipa {AMOUNT} huko {COUNTRY}.",
    ],
    "ha": [
        "Dan sanda mai suna {CUE_NAME} ya yi mana ihu a {CITY}. Wayata {PHONE}",
        "{KNOWN} ya ce {ORG} za ta taimaka cikin {DURATION}, babu komai tun {YEAR}. Imel {EMAIL}",
        "Lambar fasfo {ID}. Ranar haihuwa {DOB}. Na biya {AMOUNT} a {COUNTRY}.",
    ],
    "uk": [
        "Прикордонник на ім'я {CUE_NAME} кричав на нас у {CITY}. Мій мобільний {PHONE}",
        "{KNOWN} сказав, що {ORG} допоможе за {DURATION}, нічого з {YEAR}. Пошта {EMAIL}",
        "Паспорт {ID}. Дата народження {DOB}. Я заплатив {AMOUNT}.",
    ],
    "ru": [
        "Пограничник по имени {CUE_NAME} кричал на нас в {CITY}. Мой мобильный {PHONE}",
        "{KNOWN} сказал, что {ORG} поможет за {DURATION}, ничего с {YEAR}. Почта {EMAIL}",
        "Паспорт {ID}. Дата рождения {DOB}. Я заплатил {AMOUNT}.",
    ],
    "tr": [
        "{CUE_NAME} adlı polis {CITY} şehrinde bize bağırdı. Cep telefonum {PHONE}",
        "{KNOWN}, {ORG} kurumunun {DURATION} içinde yardım edeceğini söyledi, {YEAR} yılından beri bir şey yok. E-posta {EMAIL}",
        "Pasaport {ID}. Doğum tarihi {DOB}. {COUNTRY} ülkesinde {AMOUNT} ödedim.",
    ],
    "bn": [
        "{CUE_NAME} নামের একজন পুলিশ {CITY} এ আমাদের উপর চিৎকার করেছে। আমার মোবাইল {PHONE}",
        "{KNOWN} বলেছিলেন {ORG} {DURATION} এর মধ্যে সাহায্য করবে, {YEAR} থেকে কিছুই হয়নি। ইমেইল {EMAIL}",
        "পাসপোর্ট নম্বর {ID}। জন্ম তারিখ {DOB}। আমি {COUNTRY} এ {AMOUNT} দিয়েছি।",
    ],
}


def generate(seed: int = SEED, per_lang: int = PER_LANG) -> list[dict[str, Any]]:
    """Build the fresh set: ``per_lang`` messages for each of the 17 languages."""
    gen = _Gen(seed)
    rows: list[dict[str, Any]] = []
    for lang, templates in T_FRESH.items():
        for i in range(per_lang):
            rows.append(_fill(gen, lang, templates[i % len(templates)], f"fresh-{lang}-{i:03d}"))
    return rows


def main() -> None:
    """Write the fresh set as JSON lines."""
    write_set(generate(), OUT)


if __name__ == "__main__":
    main()
