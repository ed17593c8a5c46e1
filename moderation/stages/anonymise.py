"""Anonymisation: find personal data in a message and replace it with typed placeholders.

Detection runs on a view of the text (``moderation._text.match_view``) whose
digits of every script are ASCII, whose full-width letters and Latin look-alikes
are folded and whose invisible characters (zero-width joiners, combining strokes
between digits) are gone, so ``0771\u200c4558`` or ``Wаlid`` with a Cyrillic
``а`` read as what a person sees. Every span found in the view is mapped back to
the original, invisible characters inside it included, and replacement is applied
to the original, which keeps the person's own digits in amounts and years that
are not personal data.

Placeholders are plain ``[NAME]``, ``[PHONE]``... (not numbered): adjacent name
words are merged into one ``[NAME]`` per person, and ``entities`` counts one
per replaced span.

Policy decisions, so review bodies keep what they need:
- city, country and organisation names, month and weekday names and nationalities
  are kept, also a city written after a street address ("[ADDRESS], Milano");
- amounts, durations, bare years and dates that are not near a birth cue are kept;
- URLs are replaced, except the bare home page of an international or government
  organisation (``unhcr.org``, ``www.iom.int``, ``*.gov.uk``); any path is replaced;
- profile links on social networks and ``@handles`` become ``[HANDLE]``, also spaced
  out ("facebook . com / x") or without ``@`` after a network's name ("insta x_12");
- law, article and objective numbers ("Lei 13.445/2017", "art. 33", "objective 13")
  are never taken for phones or IDs;
- a digit run of 8 to 15 digits with any separators, or digits spelled out in
  words ("zero seven seven one..."), is a phone;
- an address is one span: street name, number, building, flat and floor words,
  neighbourhood words next to it; camp locations ("zone 4 container 23") and P.O.
  boxes are addresses; a city alone is kept.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import phonenumbers
import regex
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.br import cpf
from stdnum.es import dni, nie
from stdnum.tr import tckimlik

from moderation._text import fold, match_view, tokenise, variant_pattern
from moderation.lexicon import Lexicon, phrase_key
from moderation.stages._names import NameFinder
from moderation.stages.base import Entity, Work, WorkState

# Higher wins when spans overlap.
_PRIORITY = {
    Entity.EMAIL: 100,
    Entity.HANDLE: 95,
    Entity.URL: 90,
    Entity.IBAN: 80,
    Entity.CARD: 75,
    Entity.DOB: 70,
    Entity.ID: 65,
    Entity.ADDRESS: 60,
    Entity.PHONE: 50,
    Entity.NAME: 10,
}
_GENERIC_ID_PRIORITY = 45

# Region to read national phone numbers in, by message language.
_REGIONS = {
    "en": "GB",
    "fr": "FR",
    "es": "ES",
    "pt": "BR",
    "ar": "SY",
    "fa": "IR",
    "ps": "AF",
    "ur": "PK",
    "ti": "ER",
    "am": "ET",
    "so": "SO",
    "sw": "KE",
    "ha": "NG",
    "uk": "UA",
    "ru": "RU",
    "tr": "TR",
    "bn": "BD",
}

_ORG_DOMAINS = (
    "unhcr.org",
    "iom.int",
    "un.org",
    "unicef.org",
    "icrc.org",
    "ifrc.org",
    "redcross.org",
    "msf.org",
    "nrc.no",
    "rescue.org",
    "refugee.info",
    "savethechildren.org",
    "amnesty.org",
    "hrw.org",
    "ohchr.org",
    "ilo.org",
    "who.int",
    "wfp.org",
    "europa.eu",
    "migrationnetwork.un.org",
    "unwomen.org",
    "undp.org",
)
_SOCIAL = (
    "facebook.com",
    "fb.com",
    "fb.me",
    "m.facebook.com",
    "instagram.com",
    "t.me",
    "telegram.me",
    "wa.me",
    "twitter.com",
    "x.com",
    "tiktok.com",
    "linkedin.com",
    "vk.com",
    "ok.ru",
    "snapchat.com",
    "youtube.com",
    "threads.net",
    "imo.im",
)

# Each pattern starts only where a run of its characters starts, with bounded repeats,
# so a hostile "a.a.a.a..." costs linear time, not quadratic.
_EMAIL = regex.compile(
    r"(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){0,8}\.\p{L}{2,24}"
)
_URL = regex.compile(
    r"(?:https?://|www\.)[^\s<>\"'«»]+"
    r"|(?<![\w.\-])[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9\-]{1,63}){0,8}\.(?:com|org|net|info|io|me|co|int|gov|edu|ly|gl|app|site"
    r"|online|eu|uk|fr|de|es|pt|br|ru|ua|tr|ir|af|pk|bd|et|er|so|ke|tz|ng|sy|iq|jo|lb|eg|ma|tn|dz|ly"
    r"|sd|ug|rw|im|no|it|gr|nl|be|ch|at|se|ca|us|mx|co|ve|ar|cl|pe|ec|in|qa|sa|ae|kw|om|ye|za|gh)"
    r"(?![a-z0-9\-])(?:/[^\s<>\"'«»]*)?",
    regex.IGNORECASE,
)
_HANDLE = regex.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,30}[A-Za-z0-9_])?")
_IBAN = regex.compile(
    # Groups of four with a space, a dash or a dot between them ("PT59-2305-5500-...").
    r"\b[A-Z]{2}\d{2}(?:[ \-.]?[A-Z0-9]{4}){2,7}(?:[ \-.]?[A-Z0-9]{1,4})?\b",
    regex.IGNORECASE,
)
_CARD = regex.compile(r"(?<![\d\w])\d(?:[ \-]?\d){12,18}(?![\d\w])")
_CARD_GROUPS = regex.compile(r"\d{4}([ \-])\d{4}\1\d{4}\1\d{4}")
# "4111.1111.1111.1111" (a test card number): groups of four with dots (Luhn-checked;
# dates have shorter groups).
_CARD_DOTTED = regex.compile(r"(?<![\d\w.])\d{4}\.\d{4}\.\d{4}\.\d{4}(?![\d\w]|\.\d)")
_PHONE = regex.compile(r"(?<![\w+])(?:\+|\b00)?\(?\d(?:[ \-.()/]{0,2}\d)*+")
# Any run of digits with any separators (",", "_", "-.-", a line break...) that is long
# enough to be a phone; a letter of another script may be glued before it ("ስልኩ0771...").
_DIGIT_RUN = regex.compile(
    r"(?<![\d\p{Latin}_+])(?:\+[ ]?)?\(?\d"
    r"(?:(?:[ \t\-.()/,_:·*]{1,5}|(?:[ \t\-.,_]*\n){1,2}[ \t]*)?\d)*+"
)
# A contact word glued to the number after it, in chat: "tel07700 900 461",
# "whatsapp+447700900461" (numbers set aside for fiction). The run starts after the word.
_CONTACT_WORDS = (
    "tel",
    "tél",
    "tlf",
    "telf",
    "phone",
    "ph",
    "mob",
    "mobile",
    "cell",
    "cel",
    "celular",
    "whatsapp",
    "watsapp",
    "whatsap",
    "watsap",
    "wa",
    "wtsp",
    "whtsp",
    "viber",
    "imo",
    "signal",
    "telegram",
    "zap",
    "number",
    "numero",
    "número",
    "num",
    "nr",
    "no",
    "numara",
    "numaram",
    "nomor",
    "namba",
    "lambar",
    "lambata",
    "raqam",
    "raqmi",
    "shomare",
    "shomaram",
    "contact",
    "call",
    "telefon",
    "telefone",
    "telefono",
    "teléfono",
    "téléphone",
    "portable",
)
_GLUED_PHONE = regex.compile(
    rf"(?<!\p{{L}})(?:{'|'.join(sorted(_CONTACT_WORDS, key=len, reverse=True))})"
    r"(?P<run>(?:\+[ ]?)?\d(?:[ \t\-.()/,_:·*]{0,3}\d)*+)",
    regex.IGNORECASE,
)
# Number words glued to a contact word ("whatsappsifar"): words of four letters or more, so
# that no short word ("ph" in "phone", "no") takes the start of another word.
_SPELLED_CONTACT = tuple(w for w in _CONTACT_WORDS if len(w) >= 4 or w in ("tel", "imo", "mob"))
_CONTACT_PREFIX = regex.compile(
    rf"(?:{'|'.join(sorted(_SPELLED_CONTACT, key=len, reverse=True))})(?=\p{{L}})"
)
# "2,500,000", "15 000 000": a count or an amount, not a phone ("713 551 740" may be one).
_GROUPED = regex.compile(r"[1-9]\d{0,2}([,.])\d{3}(?:\1\d{3})+|[1-9]\d?( )\d{3}(?:\2\d{3})+")
_TIMES = regex.compile(r"(?:\d{1,2}[:h.]\d{2}(?:[:.]\d{2})?\s*(?:[-–,/]|to|à|a|до|до)?\s*)+")
_YEARS = regex.compile(r"(?:(?:19|20)\d{2}(?:\s*[,;/\-–]\s*|\s+|\s*\n\s*)?)+")
_UNHCR = regex.compile(r"\b\d{3}-\d{2}[A-Z]\d{5}\b|\b\d{3}-\d{8}\b", regex.IGNORECASE)
_ALNUM_ID = regex.compile(
    r"(?<![\w\-/])(?=[A-Za-z0-9\-/]*\d)[A-Za-z0-9](?:[A-Za-z0-9]|[\-/](?=[A-Za-z0-9])){5,}(?![\w\-/])"
)
_ELEVEN = regex.compile(r"(?<!\d)\d{11}(?!\d)")
_CPF = regex.compile(r"\b\d{3}\.\d{3}\.\d{3}-\d{2}\b")
_DNI = regex.compile(r"\b[XYZ]?\d{7,8}-?[A-Z]\b")
_DATE_NUM = (
    r"\d{1,2}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?(?:1[3-4]|19|20)\d{2}"
    r"|(?:1[3-4]|19|20)\d{2}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?\d{1,2}"
)
_DATE_NUM_RE = regex.compile(_DATE_NUM)
_WORD_AND_YEAR = regex.compile(r"[A-Za-z]{1,3}[\- ](?:19|20)\d\d")
_NON_DIGIT = regex.compile(r"\D")
_HANDLE_LIKE = regex.compile(r"[\d_.]")
_PHONE_SHAPE = regex.compile(r"(?:\+|00|0)\d(?:[ \-.]?\d){7,12}")
# Portuguese and Brazilian postcodes ("1100-086", "69301-970"): no phone is written so.
_POSTCODE_SHAPE = regex.compile(r"\d{4,5}-\d{3}")
_YEAR_RANGE = regex.compile(r"(?:19|20)\d\d\s*[-–/]\s*(?:19|20)\d\d")
_THOUSANDS = regex.compile(r"\d{1,3}(?:[,. ]\d{3})+(?:[.,]\d{1,2})?")
_CURRENCY = regex.compile(
    r"[$€£¥₦₹৳₺₽₴]|\b(?:usd|eur|gbp|dollars?|euros?|pounds?|birr|nakfa|shillings?|ksh|naira|taka|rupees?|"
    r"lira|liras|tl|rubles?|roubles?|hryvnias?|afghanis?|afs|rials?|tomans?|reais|real|pesos?|"
    r"dinars?|dirhams?|riyals?|cfa|fcfa|francs?|dólares|dolares|دولار|ريال|ليرة|جنيه|تومان|افغانی|"
    r"روپے|ብር|ናቕፋ|টাকা|долларов|доларів|гривень|рублей|lira|shilingi)\b",
    regex.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Span:
    """A stretch of text to replace.

    ``core`` is False for parts that are an address only next to one ("Col. Roma",
    "D:3", "zone 4"): they join an adjacent address and are dropped otherwise.
    """

    start: int
    end: int
    kind: Entity
    priority: int
    core: bool = True


def _alternation(phrases: Iterable[str]) -> str:
    # Case-insensitive patterns: build the trie on lower case so "Rue" and "rue" share a branch,
    # on the matching view's spelling (no zero-width joiners) since that is what is searched.
    return variant_pattern({match_view(p).text.lower() for p in phrases if p})


def _birth_cue_forms(cues: Iterable[str]) -> tuple[list[str], list[str]]:
    """Birth cues to match as written, and stems that may carry a suffix.

    Cues of four letters or more take up to three more letters, for possessives and case
    endings ("doğum" in "doğumum", "motavaled" in "motavalede", "ميلاد" in "ميلادي").
    An Ethiopic cue's last syllable changes its vowel before a suffix ("ልደት" in
    "ልደተይ"), so its stem is the cue without that syllable. Short cues ("age", "b.")
    match only as written.
    """
    exact: list[str] = []
    inflected: list[str] = []
    for cue in cues:
        if regex.search(r"\p{Ethiopic}$", cue) and len(cue) >= 3:
            inflected.append(cue[:-1])
            exact.append(cue)
        elif len(cue) >= 4 and cue[-1].isalpha():
            inflected.append(cue)
        else:
            exact.append(cue)
    return exact, inflected


# The last word (or two) of a span, for trimming.
_TRAILING_WORDS = regex.compile(r"(?r)(?:\s+\p{L}[\p{L}\p{M}'’\-]*)?\s+(\p{L}[\p{L}\p{M}'’\-]*)$")
_SPLIT = regex.compile(r"[\s,\-–.،]+")
# The last word before a position, with the single space after it.
_LAST_WORD = regex.compile(r"(?r)(?<!\w)(\p{L}[\p{L}\p{M}'’\-]*) $")
# Between two parts of one address: "Mah. 1234 Sok.", "Flat 3, 27 Elm Grove", "45, 3º izq".
_ADDRESS_GAP = regex.compile(r"[\s,.;:\-–/#،؛፣]*")
# The word for "@" in each language's chat: Turkish "et", Swahili "kwa", Ukrainian
# "равлик" (snail), Russian "собака" (dog); and for ".".
_AT_WORDS = "at|ät|et|kwa|arobase|arroba|sobaka|собака|собачка|равлик"
_DOT_WORDS = "dot|point|punto|ponto|punkt|nokta|nukta|точка|крапка"
_EMAIL_AT = (
    rf"(?:\s*[\[({{<]\s*(?:{_AT_WORDS}|@|a)\s*[\])}}>]\s*"
    rf"|\s+(?:{_AT_WORDS}|chez)\s+|\s*@\s*)"
)
_EMAIL_DOT = rf"(?:\s*[\[({{<]\s*(?:{_DOT_WORDS})\s*[\])}}>]\s*|\s+(?:{_DOT_WORDS})\s+|\s*\.\s*)"
_TLDS = (
    r"(?:com|org|net|info|io|me|co|int|edu|gov|eu|uk|fr|de|es|pt|br|it|gr|tr|ru|ua|ir|af|pk|bd|et|er"
    r"|so|ke|tz|ug|ng|eg|sa|ae|ma|tn|dz|sy|iq|jo|lb|nl|be|ch|at|se|no|ca|us|mx|ar|cl|pe|ve|in)"
)
_EMAIL_OBFUSCATED = regex.compile(
    rf"(?<![\w.+\-])[\w.+\-]{{1,64}}(?:\s+(?:dot|point)\s+[\w+\-]{{1,64}}){{0,3}}{_EMAIL_AT}[\w\-]{{1,63}}(?:{_EMAIL_DOT}[\w\-]{{1,63}}){{0,3}}?"
    rf"{_EMAIL_DOT}{_TLDS}(?!\w)",
    regex.IGNORECASE,
)
# Up to three words and a comma right before an address (Pashto "د" after the comma).
_PLACE_BEFORE = regex.compile(
    r"(?r)(?<![\w])(?P<words>\p{L}[\p{L}\p{M}'’\-]*(?:[ \t]+\p{L}[\p{L}\p{M}'’\-]*){0,2})"
    r"[ \t]*[,،፣][ \t]*(?:د[ \t]+)?\Z"
)
# "1418 E Roosevelt St": the house number and a compass point before the street name.
_DIRECTION_BEFORE = regex.compile(r"(?r)(?<!\w)\d{1,5}\s+(?:[NSEW]|NE|NW|SE|SW)\.?\s+\Z")
# Every obfuscated e-mail has one of these; a plain search for them is much cheaper.
_AT_HINT = regex.compile(
    rf"@|\b(?:{_AT_WORDS}|chez)\b|собак|равлик|\(a\)|\[a\]",
    regex.IGNORECASE,
)
# A user name with an underscore between letters ("kofi_amankwah_22") is a handle
# wherever it stands: everyday words are not written that way.
_UNDERSCORED = regex.compile(
    r"(?<![\w@./\-])@?[A-Za-z][A-Za-z0-9.]*_[A-Za-z0-9_.]*[A-Za-z0-9](?![\w@])"
)
# Phone digits with letter look-alikes ("O79l 234 5678"): 0 as O or o, 1 as l or I.
_LOOKALIKE_PHONE = regex.compile(
    r"(?<![\p{L}\d])\+?[\dOolI](?:[ .\-]?[\dOolI]){6,13}[ .\-]?\d(?![\p{L}\d])"
)
# "zewdi at gmail", with the provider and no domain ending.
_EMAIL_PROVIDER = regex.compile(
    rf"(?<![\w.+\-])[\w.+\-]{{1,64}}{_EMAIL_AT}(?:gmail|yahoo|hotmail|outlook|protonmail|proton"
    r"|icloud|yandex|mail\.ru|gmx|live)(?![\w@])",
    regex.IGNORECASE,
)
_SOCIAL_HOSTS = (
    r"(?:m\s?\.\s?)?(?:facebook|fb|instagram|insta|telegram|t|wa|tiktok|twitter|x|vk|ok|youtube|"
    r"linkedin|snapchat|threads)"
)
# "facebook . com / x", "fb com/x", "fb[.]com/x", "https : // t.me / x", "h t t p s://vk.com/x".
_SPACED_PROFILE = regex.compile(
    r"(?<![\w.])(?:h\s?t\s?t\s?p\s?s?\s?:\s?/\s?/\s*)?(?:w\s?w\s?w\s?\.\s?)?"
    rf"{_SOCIAL_HOSTS}\s*(?:\.|[\[(]\s?(?:\.|dot)\s?[\])]|\s+dot\s+|\s)\s*(?:com|me|ru|net)\s*/\s*"
    r"@?[\w.\-]{2,40}",
    regex.IGNORECASE,
)


# Street words that name a street with no number after them (not "place", "house", "via").
_BARE_STREET_BEFORE = (
    *("rue", "avenue", "av.", "boulevard", "bd", "chemin", "impasse", "allée", "calle", "c/"),
    *("avenida", "avda", "paseo", "rua", "travessa", "alameda", "viale", "piazza", "corso"),
    *("largo", "vicolo", "carrer", "passeig", "plaza", "plaça", "praça", "quai", "via"),
    *("شارع", "خیابان", "کوچه", "بلوار", "улица", "ул", "проспект", "просп", "переулок"),
    *("пер", "вулиця", "вул", "провулок", "пров", "бульвар", "бул", "площа", "площадь"),
    *("οδός", "λεωφόρος", "πλατεία", "ulitsa", "vulytsia", "prospekt", "khiaban", "kheyaban"),
    *("jidka", "waddada", "mtaa wa", "ጎዳና"),
)
# Street words after a capitalised name ("Fulton Street", "Gülbahar Sok.").
_BARE_STREET_AFTER = (
    *("street", "road", "lane", "crescent", "drive", "avenue", "terrace", "close", "grove"),
    *("gardens", "mews", "boulevard", "sok.", "sokak", "sokağı", "cad.", "caddesi", "cadde"),
    *("mah.", "mahallesi", "yolu", "bulvarı"),
)
_WORD_SPAN = regex.compile(r"\p{L}[\p{L}\p{M}'’\-]*")
# A camp's or a shelter's name right before its zone, tent, bed or room: "Vial camp ",
# "camp de Ritsona, ", "Refugio San Benito ", "Pension Lydia ".
_CAMP_NAME = regex.compile(
    r"(?:\p{Lu}[\p{L}\-]+\s+(?:camp|campo|camping|kambi)"
    r"|(?:camp|campo|camping|kambi)(?:\s+de)?\s+\p{Lu}[\p{L}\-]+"
    r"|(?i:refugio|albergue|casa|foyer|hotel|hôtel|pension|hostel|shelter|centro|centre|abrigo)"
    r"(?:\s+\p{Lu}[\p{L}\-]+){1,3})[\s,]*$"
)


class Anonymiser:
    """Replace personal data in ``Work.text`` with typed placeholders.

    Args:
        lexicon: the gazetteers and cue lists (shared, read-only).
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self._names = NameFinder(lexicon)
        self._common = frozenset().union(*lexicon.common.values())
        self._keep = lexicon.keep
        self._street_words = frozenset(
            fold(w.rstrip(".:"))
            for w in (*lexicon.street_before, *lexicon.street_after, *lexicon.address_units)
        )
        self._function = lexicon.function_words
        self._places = lexicon.places
        # What may follow a street address and belongs to it: a postcode (of many
        # countries' shapes, "CEP"/"PLZ" first or not), a US state with its ZIP code, a
        # city ("м. Львів", "Beyoğlu/İstanbul"). Never across a line break.
        self._locality = regex.compile(
            r"[ \t]*(?:[,،/፣]|[ \t]-)?[ \t]*(?P<part>"
            r"(?:(?:cep|cp|plz|c\.p\.|tk|τκ|индекс|postcode|zip)\.?:?\s*)?"
            r"(?:\d{5}-\d{3}|\d{4}-\d{3}|\d{2}-\d{3}|\d{3}\s\d{2}|\d{4,6})(?![\d\p{L}])"
            r"|(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?!\w)"
            # ... also in lower-case chat, with its space: "69 newman road, ca8v 5rj".
            r"|(?-i:[a-z]{1,2}\d[a-z\d]?\s\d[a-z]{2})(?!\w)"
            r"|(?-i:[A-Z]{2})\s+\d{5}(?:-\d{4})?(?!\d)"
            # An area of a city with its number, in scripts without case: "মিরপুর ১০".
            r"|(?P<area>\p{Lo}[\p{L}\p{M}]*)[ \t]\d{1,4}(?![\d\p{L}])"
            r"|(?:(?:м|г|гор)\.\s?)?(?P<city>\p{L}[\p{L}\p{M}'’\-]*"
            r"(?:[ \t]+\p{L}[\p{L}\p{M}'’\-]*){0,2})"
            r")",
            regex.IGNORECASE,
        )
        months = _alternation(lexicon.months)
        ordinal = r"(?:st|nd|rd|th|er|e|ème|º|°|\.|-?го|-?ого|'?(?:de|da|te|ta))?"
        date_words = (
            rf"\d{{1,2}}{ordinal}(?:\s*|[-/])(?:of\s+|de\s+|del\s+|ga\s+)?(?:{months})\.?,?(?:\s*|[-/])"
            r"(?:de\s+|del\s+|of\s+)?"
            rf"(?:1[34]|19|20)\d{{2}}"
            rf"|(?:{months})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?:1[34]|19|20)\d{{2}}"
            # Year first, as Ethiopian and Persian dates go: "1987 ዓ.ም. መስከረም 3".
            rf"|(?:1[34]|19|20)\d{{2}}\s*(?:ዓ\.?\s?ም\.?)?\s*,?\s*(?:{months})\.?\s+\d{{1,2}}(?!\d)"
        )
        short_year = r"\d{1,2}\s?[./\-]\s?\d{1,2}\s?[./\-]\s?\d{2}(?!\d)"
        self._date = regex.compile(
            rf"(?<!\d)(?:{_DATE_NUM}|{date_words}|{short_year})(?!\d)", regex.IGNORECASE
        )
        exact, inflected = _birth_cue_forms(lexicon.birth_cues)
        self._birth = regex.compile(
            rf"(?<!\w)(?:(?:{_alternation(inflected)})\p{{L}}{{0,3}}|(?:{_alternation(exact)}))"
            r"(?!\w)",
            regex.IGNORECASE,
        )
        self._id_cue = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.id_cues)})(?!\w)[\s:#.\-–=№]*"
            r"(?:(?:is|was|est|es|é|ni|waa|:|number|no|nr|numero|número|رقم|شماره|номер|numarası|ቁጥር)\s*[:#.]?\s*)?"
            # Each group after a separator has a digit near its start, so "n° 7522145775 expire
            # le 15 mars" ends at the number and "pasaporte X123 retenido en Turquía" at X123.
            r"(?P<id>[A-Za-z]{0,3}[\- ]?\d[A-Za-z0-9]*"
            r"(?:(?:[\-/]|\.(?=\d)|\s(?!(?:19|20)\d\d\b))(?=[A-Za-z]{0,3}\d)[A-Za-z0-9]+){0,5})",
            regex.IGNORECASE,
        )
        self._law = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.law_cues)})(?!\w)\.?\s*"
            r"(?:n[°º.]?\s*|no\.?\s*|nr\.?\s*|number\s*|num\.?\s*)?\d[\d./\-]*",
            regex.IGNORECASE,
        )
        # "mi insta es yeisonmont", "اینستام mahsa": a plain word right after the network's
        # name (a possessive suffix allowed) is a handle when it is no everyday word.
        self._handle_word = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.handle_cues)})(?:م|ام|ي|ی)?(?!\w)\s*"
            r"(?:(?:[:\-–=]|is|es|est|é|ni|waa|ya)\s*)?@?"
            r"(?P<h>[A-Za-z][A-Za-z0-9_.]{5,30})(?![\w@])",
            regex.IGNORECASE,
        )
        self._handle_cue = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.handle_cues)})(?!\w)\s*"
            r"(?:[:\-–=]|is|est|es|é|ni|waa|ya|:)?\s*"
            # "insta yangu x.y", "instagram ka i raadi: x_y", "tiktok ላይ x.y".
            r"(?:(?:\p{L}{1,8}(?:\s*[:\-–]\s*|\s+)){1,3}?)??@?"
            # Only handle-shaped words (a digit, "_" or "."), so "ka" in "ka i raadi" is passed.
            r"(?P<h>(?=[A-Za-z0-9_.]*[\d_.])[A-Za-z0-9_](?:[A-Za-z0-9_.]{1,30}[A-Za-z0-9_]))(?![\w@])",
            regex.IGNORECASE,
        )
        self._number_words = frozenset(match_view(w).text.lower() for w in lexicon.number_words)
        self._spelled = regex.compile(
            # "whatsappsifar teen saat ...": the first word may be glued to a contact word.
            rf"(?:(?<!\w)|(?<=(?<!\p{{L}})(?:{_alternation(_SPELLED_CONTACT)})))"
            rf"(?:{_alternation(lexicon.number_words)}|\d{{1,4}})"
            # Across a line break only to digits: "... aik 49\n453" but not "... 3\nدو ہفتے".
            rf"(?:(?:[ \t,\-–.،]+|[ \t,]*\n[ \t]*(?=\d))(?:{_alternation(lexicon.number_words)}"
            r"|\d{1,4})){5,}(?!\w)",
            regex.IGNORECASE,
        )
        self._compile_addresses(lexicon)

    def _compile_addresses(self, lexicon: Lexicon) -> None:
        before = _alternation(lexicon.street_before)
        after = _alternation(lexicon.street_after)
        units = _alternation(lexicon.address_units)
        stop = _alternation(lexicon.function_phrases)
        # A word of a street name: any case, but never a function word ("rue X avec", "at").
        word = rf"(?!(?:{stop})(?!\w))\p{{L}}[\p{{L}}\p{{M}}'’\-]*"
        num = (
            r"\d{1,5}(?:st|nd|rd|th|e|er|ème|º|ª)?(?:\s?(?:bis|ter)\b)?(?:[A-Za-z](?![\w']))?"
            r"(?:\s?[/\-]\s?\d{1,4})?"
            # "Carrera 12 # 17-80", "carrera 12 17 - 80": Colombian plates.
            r"(?:\s?#\s?\d{1,4}(?:\s?-\s?\d{1,4})?|\s\d{1,4}\s?-\s?\d{1,4})?"
        )
        numcue = (
            r"(?:(?:no|nr|n\.?[°º]|№|#|number|numero|número|nummer|رقم|پلاک|kapı|д|буд|дом|house)"
            r"\.?\s*:?\s*)?"
        )
        particle_word = (
            r"(?:de|des|du|la|le|les|las|los|del|do|da|dos|das|di|al|el|della|delle|degli"
            r"|van|von)(?!\w)"
        )
        particle = rf"{particle_word}\s+"
        # A street name after its number: capitalised words (or words of scripts without
        # case), or, in all-lower-case chat, lower-case words ("12 rue des lilas"); never
        # a capitalised word after a lower-case one, which is the city ("rue x, Lyon").
        capitalised = r"(?-i:\p{Lu})[\p{L}\p{M}'’\-]*"
        name_word = rf"(?:{capitalised}|(?!(?:{stop})(?!\w))\p{{Lo}}[\p{{L}}\p{{M}}]*)"
        lower_word = rf"(?!(?:{stop})(?!\w))(?-i:\p{{Ll}})[\p{{L}}\p{{M}}'’\-]*"
        street_name = (
            rf"(?:(?:\s+(?:{particle})*(?:[dl]['’])?{name_word}){{1,3}}"
            rf"|(?:\s+(?:{particle})*(?:[dl]['’])?{lower_word}){{1,3}})"
        )
        cap_word = r"(?-i:\p{Lu})[\p{L}\p{M}'’\-]*"
        lo_word = rf"(?!(?:{stop})(?!\w))\p{{Lo}}[\p{{L}}\p{{M}}]*"
        # One pattern per shape: an alternation of them all is several times slower, since
        # no alternative can be ruled out by the first character.
        self._address = (
            regex.compile(
                rf"(?<!\w)(?=\d)(?:{num},?\s+(?:{before}){street_name}"
                rf"|{num}\.?,?\s+(?:{word}\s+){{0,3}}?(?:{after})(?!\w))",
                regex.IGNORECASE,
            ),
            regex.compile(
                # "بشارع الحمرا 12": a preposition written onto an Arabic street word.
                rf"(?<!\w)(?:[بلوف](?=\p{{Arabic}}))?(?:{before})"
                # "av. 16 de septiembre 1402", "rua 25 de março 100": a date names the street.
                rf"(?:\s+(?:{particle_word}|{word}|\d{{1,2}}(?=\s+(?:de|del)\s))){{0,4}}?"
                rf"[,\s]*{numcue}{num}"
                r"(?!\w)(?!\s+(?:de|del)\s+\p{L})",
                regex.IGNORECASE,
            ),
            # Greek street names are genitives without a street word: "Πατησίων 112".
            regex.compile(
                r"(?<!\w)\p{Greek}[\p{Greek}\p{M}]+(?:\s+\p{Greek}[\p{Greek}\p{M}]+){0,3},?\s+"
                rf"{num}(?!\w)",
                regex.IGNORECASE,
            ),
        )
        # Patterns that end in a street word start with the name before it; searching for the
        # street word and then taking the words before it (``_words_before``) is much faster
        # than trying "up to three words, then a street word" at every word of every message.
        self._street_after = regex.compile(
            rf"(?<!\w)(?:{after})[,\s]*{numcue}{num}(?!\w)", regex.IGNORECASE
        )
        # German, Dutch, Scandinavian compounds: "Gierschnerweg 968", "kantstr. 12".
        self._compound = regex.compile(
            r"(?<=\p{L}{2}|\p{L}-)(?:straße|strasse|str\.?|weg|platz|allee|gasse|steig|pfad|ufer"
            rf"|chaussee|straat|laan|plein|gracht|gatan|vägen|vej|gade)\s*{num}(?!\w)",
            regex.IGNORECASE,
        )
        # German streets named "Am Lindenhof 85", "An der Kirchwiese 3": a preposition, a
        # capitalised place-like word and a house number.
        self._german_am = regex.compile(
            r"(?<!\w)(?:Am|An der|Auf der|Auf dem|Im|In der|Zum|Zur|Hinter der|Unter den)\s+"
            r"\p{Lu}\p{Ll}*(?:hof|berg|feld|garten|hang|markt|park|ring|bach|brunnen|graben|anger"
            r"|tor|kamp|wall|damm|rain|grund|weiher|see|busch|wald|wiese|acker|heide|kreuz|turm"
            r"|mühle|weide|bruch|horst|stein|eck|tal)"
            r"\s+\d{1,4}[a-z]?(?!\w)"
        )
        # Every address pattern has one of these somewhere; most messages have none, and one
        # search for them is cheaper than the dozen address patterns.
        hints = (
            *lexicon.street_before,
            *lexicon.street_after,
            *lexicon.address_units,
            *lexicon.camp_units,
            *lexicon.camp_areas,
            *lexicon.po_box_cues,
            *lexicon.district_words,
            *("town", "ٹاؤن", "کالونی", "colony", "nagar", "abad"),
        )
        # Streets named without a number ("calle Embajadores", "شارع المتنبي", "ул.
        # Дубнинская", "Fulton Street", "Hermannstraße"): a street word of its own kind and
        # a name, capitalised in cased scripts; "via" only before a name that is no place.
        bare_before = _alternation(_BARE_STREET_BEFORE)
        self._bare_streets = (
            regex.compile(
                rf"(?<!\w)(?:[بلوف](?=\p{{Arabic}}))?(?:{bare_before})\.?"
                rf"(?:\s+(?:{particle})*(?:[dl]['’])?{cap_word}){{1,3}}(?!\w)",
                regex.IGNORECASE,
            ),
            regex.compile(
                rf"(?<!\w)(?:[بلوف](?=\p{{Arabic}}))?(?:{bare_before})"
                r"\s+(?:ال\p{Arabic}{2,}|\p{Arabic}{3,})(?:\s+ال\p{Arabic}{2,})?(?!\w)",
            ),
            regex.compile(
                rf"(?<!\w)(?:{cap_word}\s+){{1,3}}(?:{_alternation(_BARE_STREET_AFTER)})"
                r"(?!\w)",
                regex.IGNORECASE,
            ),
            regex.compile(
                r"(?<!\w)(?-i:\p{Lu})\p{Ll}{3,}(?:straße|strasse|weg|gasse|allee|platz|damm)"
                r"(?!\w)"
            ),
        )
        self._address_hints = (
            regex.compile(
                rf"(?<!\w)(?:[بلوف](?=\p{{Arabic}}))?(?:{_alternation(hints)})", regex.IGNORECASE
            ),
            regex.compile(
                r"[\p{Greek}ºª°]|\d\s?\.?\s?(?:og|eg|er|e|st|nd|rd|th)\b"
                r"|[A-Z]\d[A-Z\d]?\s?\d[A-Z]{2}"
            ),
            self._compound,
            self._german_am,
        )
        self._compound_after_number = regex.compile(
            r"(?<!\w)\d{1,5}[a-z]?,?\s+\p{L}[\p{L}\-]{1,40}?(?:straße|strasse|str\.|weg|platz|allee"
            r"|gasse|straat|laan|gatan|vägen|vej|gade)(?!\w)",
            regex.IGNORECASE,
        )
        self._attach_after = regex.compile(
            rf"(?<=\w\s)(?:{after}|town|ٹاؤن|کالونی|colony|nagar|abad|ክፍለ ከተማ|ክ/ከተማ)(?!\w)",
            regex.IGNORECASE,
        )
        floor_words = (
            r"og|eg|etage|étage|stock|floor|fl|piso|planta|andar|kat|поверх|этаж|طبقه|الطابق|তলা"
            r"|όροφος|οροφος|όροφο|οροφο|ορ\.|piano|kati|dabaqda|bene"
        )
        self._units = (
            regex.compile(
                rf"(?<!\w)(?:{units})\.?\s*(?:n[°º]\.?|no\.?|nr\.?|#|:)?\s*"
                r"(?:\d{1,4}[A-Za-z]?|[A-Za-z]\d{0,4}(?![\w'’]))(?!\w)",
                regex.IGNORECASE,
            ),
            regex.compile(
                # "2nd floor", "6ος όροφος", "3-й поверх", "2.º esq".
                rf"(?<!\w)(?=\d)(?:\d{{1,2}}\s?(?:\.|º|ª|°|st|nd|rd|th|e|er|ème|ος|ο|ης|η"
                rf"|-?[йиі]|-?го|\.?\s?(?:inci|ıncı|uncu|üncü|nci|ncı))?\s?(?:{floor_words})"
                r"|\d{1,2}\s?\.?[ºª°]\s?(?:izq(?:uierda|da)?|dcha|der(?:echa)?|centro|esq(?:uerdo)?"
                r"|dto|dir(?:eito)?|fte|frente|[A-Za-z])?)(?!\w)",
                regex.IGNORECASE,
            ),
        )
        areas = _alternation(lexicon.camp_areas)
        # "zone 4 container 23": the unit with its number is an address; the area before it
        # ("zone 4", "section c") joins it as an attachment.
        self._camp = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.camp_units)})\s*(?:n[°º]\.?|no\.?|nr\.?|#|number)?\s*"
            # "block D-7" in any script: "ব্লক ডি-৭".
            r"(?:[A-Za-z]|\p{L}[\p{L}\p{M}]{0,2}[\-‐])?\d{1,5}[A-Za-z]?(?!\w)",
            regex.IGNORECASE,
        )
        # UK postcodes identify a few dozen homes: an address on their own.
        self._postcode = regex.compile(
            r"(?<!\w)(?-i:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2})(?!\w)", regex.IGNORECASE
        )
        # A named building right before a flat or after a street: "alexander house flat 35",
        # "Kingsley Court, Flat 3". Found by its last word, then the word before it is taken.
        self._building = regex.compile(
            r"(?<=\p{L}[ \t])(?:house|court|building|tower|towers|mansions|lodge|residence"
            r"|heights|villas?|residenza|palazzo|résidence|immeuble|edificio|edifício"
            r"|prédio|apartments|apartmanı|sitesi)(?!\w)",
            regex.IGNORECASE,
        )
        self._camp_start = regex.compile(
            rf"(?:{_alternation(lexicon.camp_units)}|{areas})(?!\w)", regex.IGNORECASE
        )
        self._po_box = regex.compile(
            rf"(?<!\w)(?:{_alternation(lexicon.po_box_cues)})\s*[:#.]?\s*(?:no\.?\s*)?\d{{2,6}}"
            r"(?:-\d{3,5})?(?!\w)",
            regex.IGNORECASE,
        )
        self._attachment = tuple(
            regex.compile(rf"(?<!\w)(?:{pattern})(?!\w)", regex.IGNORECASE)
            for pattern in (
                # "حي آل محمد بن علي بن جماز": a district named after a family, its name a
                # chain of "son of" links.
                rf"(?:{_alternation(lexicon.district_words)})\.?\s+{word}(?:\s+{word})?"
                r"(?:\s+(?:بن|ابن|بنت|آل|ال|ابو|أبو|bin|ibn|bint)\s+\p{L}[\p{L}\p{M}]*)*",
                rf"(?:{areas})\s*(?:[A-Za-z][\-‐]?\d{{0,3}}(?:/\d{{1,2}})?|\d{{1,3}}[A-Za-z]?)"
                r"|d\s*:\s*\d{1,3}|no\s*[:.]?\s*\d{1,4}",
                rf"(?:{before})\s+(?:{cap_word}(?:\s+{cap_word}){{0,2}}"
                rf"|{lo_word}(?:\s+{lo_word}){{0,3}})",
                r"(?:کد\s?پستی|کدپستی|code postal|postcode|zip)\s*:?\s*\d[\d\-]{3,10}",
                # Islamabad's sectors after a street: "street 7 G-9/2", "جی-۹/۲".
                r"(?:(?-i:[A-Z])|\p{Arabic}{1,2})-\d{1,2}(?:/\d{1,2})?",
                # A Spanish floor and door after the number: "Calle X 64, 2-1", "3º-2ª".
                r"\d{1,2}\s?[ºª°]?\s?-\s?\d{1,2}\s?[ºª°]?(?![\d/])",
                # A district or a block with a number or a letter: "ወረዳ 03", "ব্লক সি".
                rf"(?:{_alternation(lexicon.district_words)})\s*\d{{1,3}}"
                rf"|(?:{_alternation(lexicon.camp_units)})\s+\p{{L}}\p{{M}}?(?![\w])",
                # A postcode between an address and its city: "14 rue X, 75002 Paris".
                r"\d{4,5}(?=\s+\p{L})",
            )
        )

    def __call__(self, item: Work) -> Work:
        """Replace every detected entity and count them by type."""
        original = item.text
        view = match_view(original)
        text = view.text
        spans = self._structured(text, item.lang)
        sender = match_view(item.sender_name).text if item.sender_name else None
        spans += [
            Span(a, b, Entity.NAME, _PRIORITY[Entity.NAME])
            for a, b in self._names(text, sender, item.lang, view.disguised)
        ]
        protected = self.protected(text)
        if protected:
            spans = [s for s in spans if s.kind in _UNPROTECTED or not _overlaps(s, protected)]
        kept = _resolve(spans, text)
        if any(s.kind is Entity.ADDRESS for s in kept):
            kept = self._with_locality(kept, text)
        pieces: list[str] = []
        pos = 0
        for span in kept:
            start, end = view.span(span.start, span.end)
            pieces.append(original[pos:start])
            pieces.append(span.kind.placeholder)
            item.entities[span.kind.value] += 1
            pos = end
        pieces.append(original[pos:])
        item.text = "".join(pieces)
        item.state = WorkState.ANONYMISED
        return item

    def _with_locality(self, spans: list[Span], text: str) -> list[Span]:
        """Extend each address over the postcode and city written right after it.

        "[ADDRESS] Luton LU1 3RS", "[ADDRESS], 112 57 Αθήνα", "[ADDRESS], Phoenix AZ 85034":
        a postcode narrows a street down to a few homes and the city names the street, so
        both go with the address. A city alone, or further on in the sentence, is kept.
        """
        out: list[Span] = []
        for i, span in enumerate(spans):
            if out and out[-1].kind is Entity.ADDRESS and span.start < out[-1].end:
                # Swallowed by the previous address's locality.
                last = out[-1]
                out[-1] = Span(last.start, max(last.end, span.end), last.kind, last.priority)
                continue
            if span.kind is not Entity.ADDRESS:
                out.append(span)
                continue
            limit = spans[i + 1].start if i + 1 < len(spans) else len(text)
            if i + 1 < len(spans) and spans[i + 1].kind is Entity.ADDRESS:
                limit = len(text)
            end = span.end
            for _ in range(6):
                m = self._locality.match(text, end)
                if m is None or m.start("part") >= limit:
                    break
                area = m.group("area")
                if area is not None and fold(area) in self._function:
                    # "sector 1 shelter 49 من 3 months": a word and a number, not an area.
                    break
                if m.group("city") is None:
                    end = m.end()
                    continue
                city_end = self._city_end(text, m.start("city"), m.end("city"))
                if city_end is None:
                    break
                end = city_end
            start = span.start
            before = _DIRECTION_BEFORE.search(text, max(0, start - 12), start)
            if before is not None:
                start = before.start()
            if not self._camp_start.match(text, start):
                # "Kakuma, block 5 shelter 85": a camp's name stays, its blocks go.
                start = self._city_before(text, start, out[-1].end if out else 0)
            out.append(Span(start, end, span.kind, span.priority, span.core))
        return out

    def _city_before(self, text: str, start: int, floor: int) -> int:
        """Where an address starts when a known city and a comma come right before it.

        Persian, Pashto, Amharic and Urdu addresses go from the city down to the house
        ("تهران، خیابان ...", "አዲስ አበባ፣ ..."): the city belongs to the address then. A city
        elsewhere in the sentence is kept.
        """
        m = _PLACE_BEFORE.search(text, max(floor, start - 60), start)
        if m is None:
            return start
        tokens = tokenise(m.group("words"))
        base = m.start("words")
        for n in range(len(tokens), 0, -1):
            if tuple(t.key for t in tokens[-n:]) in self._places:
                return base + tokens[-n].start
        return start

    def _city_end(self, text: str, start: int, end: int) -> int | None:
        """Where a city starting at ``start`` ends: the longest known place among the next
        words (any case, any script), else one capitalised word (not an acronym, which is
        an organisation)."""
        tokens = tokenise(text[start:end])
        for n in range(len(tokens), 0, -1):
            if tuple(t.key for t in tokens[:n]) in self._places:
                return start + tokens[n - 1].end
        first = tokens[0] if tokens else None
        # An acronym after an address is an organisation ("…, UNHCR said"), not a city.
        if first is None or not first.capital or (first.text.isupper() and len(first.text) > 2):
            return None
        if first.key in self._function or first.key in self._street_words:
            return None
        return start + first.end

    # Structured identifiers -------------------------------------------------

    def _structured(self, text: str, lang: str) -> list[Span]:
        spans: list[Span] = []
        add = spans.append
        for m in _EMAIL.finditer(text):
            add(Span(m.start(), m.end(), Entity.EMAIL, _PRIORITY[Entity.EMAIL]))
        if _AT_HINT.search(text):
            for m in _EMAIL_OBFUSCATED.finditer(text):
                add(Span(m.start(), m.end(), Entity.EMAIL, _PRIORITY[Entity.EMAIL]))
            for m in _EMAIL_PROVIDER.finditer(text):
                add(Span(m.start(), m.end(), Entity.EMAIL, _PRIORITY[Entity.EMAIL] - 1))
        if "." in text:
            for m in _URL.finditer(text):
                url = m.group().rstrip(".,;:!?)]}»'\"")
                kind = _classify_url(url)
                if kind is not None:
                    add(Span(m.start(), m.start() + len(url), kind, _PRIORITY[kind]))
        if "/" in text:
            for m in _SPACED_PROFILE.finditer(text):
                end = m.start() + len(m.group().rstrip(".,;:!?)]}»'\""))
                add(Span(m.start(), end, Entity.HANDLE, _PRIORITY[Entity.HANDLE]))
        if "@" in text:
            for m in _HANDLE.finditer(text):
                add(Span(m.start(), m.end(), Entity.HANDLE, _PRIORITY[Entity.HANDLE]))
        if "_" in text:
            for m in _UNDERSCORED.finditer(text):
                if sum(c.isalpha() for c in m.group()) >= 3:
                    add(Span(m.start(), m.end(), Entity.HANDLE, _PRIORITY[Entity.HANDLE] - 2))
        for m in self._handle_word.finditer(text):
            word = m.group("h").casefold()
            if word not in self._common:
                add(Span(m.start("h"), m.end("h"), Entity.HANDLE, _PRIORITY[Entity.HANDLE] - 2))
        for m in self._handle_cue.finditer(text):
            handle = m.group("h")
            # A word after "insta" is a handle only if it looks like one ("x_12", "a.b").
            # ... and has a letter: "viber 0771234567" is a phone.
            letters = any(c.isalpha() for c in handle)
            if letters and _HANDLE_LIKE.search(handle) and not _URL.fullmatch(handle):
                add(Span(m.start("h"), m.end("h"), Entity.HANDLE, _PRIORITY[Entity.HANDLE] - 1))
        digits = sum(map(str.isdigit, text))
        if digits:
            spans += self._addresses(text)
            spans += self._dates_of_birth(text)
        elif self._address_hints[0].search(text) or self._bare_streets[-1].search(text):
            spans += self._bare_streets_in(text)
        if digits >= 5:
            spans += self._numbers(text, lang, digits)
        spans += self._spelled_numbers(text)
        addresses = [(s.start, s.end) for s in spans if s.kind is Entity.ADDRESS]
        if addresses:
            # "Calle 8 # 63-10": a short number after "#" inside an address is the address.
            spans = [s for s in spans if not _short_id_in(s, addresses, text)]
        return spans

    def protected(self, text: str) -> list[tuple[int, int]]:
        """Spans of law, article and objective numbers, which no detector may take."""
        if not any(c.isdigit() for c in text):
            return []
        return [m.span() for m in self._law.finditer(text)]

    def _numbers(self, text: str, lang: str, digits: int) -> list[Span]:
        spans: list[Span] = []
        add = spans.append
        for m in _IBAN.finditer(text):
            if _looks_like_iban(m.group()):
                add(Span(m.start(), m.end(), Entity.IBAN, _PRIORITY[Entity.IBAN]))
        for m in _CARD.finditer(text):
            # Luhn-valid, or sixteen digits in groups of four as printed on a card.
            if luhn.is_valid(_NON_DIGIT.sub("", m.group())) or _CARD_GROUPS.fullmatch(m.group()):
                add(Span(m.start(), m.end(), Entity.CARD, _PRIORITY[Entity.CARD]))
        for m in _CARD_DOTTED.finditer(text):
            if luhn.is_valid(_NON_DIGIT.sub("", m.group())):
                add(Span(m.start(), m.end(), Entity.CARD, _PRIORITY[Entity.CARD]))
        for m in self._id_cue.finditer(text):
            value = m.group("id").rstrip(" -/")
            # Generic "number" cues also precede phones ("phone number 0171..."): skip those,
            # also when the phone goes on past the ID's shape ("0300 130_186", a line break).
            run = _DIGIT_RUN.match(text, m.start("id"))
            if _PHONE_SHAPE.fullmatch(value) or (run is not None and run.end() > m.end("id")):
                continue
            # "UNHCR min 2022": a short word and a year after the cue are no ID.
            if _WORD_AND_YEAR.fullmatch(value):
                continue
            if sum(c.isdigit() for c in value) >= 4 and sum(c.isalnum() for c in value) >= 5:
                add(
                    Span(m.start("id"), m.start("id") + len(value), Entity.ID, _PRIORITY[Entity.ID])
                )
        for pattern, check in ((_CPF, cpf.is_valid), (_DNI, _dni_or_nie)):
            for m in pattern.finditer(text):
                if check(m.group()):
                    add(Span(m.start(), m.end(), Entity.ID, _PRIORITY[Entity.ID]))
        for m in _ELEVEN.finditer(text):
            if tckimlik.is_valid(m.group()):
                add(Span(m.start(), m.end(), Entity.ID, _PRIORITY[Entity.ID]))
        for m in _UNHCR.finditer(text):
            add(Span(m.start(), m.end(), Entity.ID, _PRIORITY[Entity.ID]))
        if digits >= 7:
            spans += self._phones(text, lang)
        for m in _ALNUM_ID.finditer(text):
            value = m.group()
            n_digits = sum(c.isdigit() for c in value)
            if n_digits >= 4 and any(c.isalpha() for c in value):
                add(Span(m.start(), m.end(), Entity.ID, _GENERIC_ID_PRIORITY))
        return spans

    def _addresses(self, text: str) -> list[Span]:
        out: list[Span] = []
        if not any(hint.search(text) for hint in self._address_hints):
            return out
        priority = _PRIORITY[Entity.ADDRESS]
        for pattern in self._address:
            for m in pattern.finditer(text):
                end = self._trim_words(text, m.start(), m.end())
                out.append(Span(m.start(), end, Entity.ADDRESS, priority))
        for m in self._street_after.finditer(text):
            start = self._words_before(text, m.start(), 3, capital=False)
            if start < m.start():
                out.append(Span(start, m.end(), Entity.ADDRESS, priority))
        for m in self._german_am.finditer(text):
            out.append(Span(m.start(), m.end(), Entity.ADDRESS, priority))
        for m in self._compound_after_number.finditer(text):
            out.append(Span(m.start(), m.end(), Entity.ADDRESS, priority))
        for m in self._compound.finditer(text):
            start = m.start()
            while start > 0 and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            out.append(Span(start, m.end(), Entity.ADDRESS, priority))
        for m in self._attach_after.finditer(text):
            start = self._words_before(text, m.start(), 3, capital=True)
            if start < m.start():
                out.append(Span(start, m.end(), Entity.ADDRESS, priority - 5, core=False))
        for pattern in (*self._units, self._camp, self._po_box, self._postcode):
            for m in pattern.finditer(text):
                out.append(Span(m.start(), m.end(), Entity.ADDRESS, priority))
        for m in self._building.finditer(text):
            start = self._words_before(text, m.start(), 1, capital=False)
            if start < m.start():
                out.append(Span(start, m.end(), Entity.ADDRESS, priority - 5, core=False))
        district, *others = self._attachment
        for m in district.finditer(text):
            # "col. centro": the words after a district word are its name, everyday or not.
            out.append(Span(m.start(), m.end(), Entity.ADDRESS, priority - 5, core=False))
        for pattern in others:
            for m in pattern.finditer(text):
                end = self._trim_words(text, m.start(), m.end())
                out.append(Span(m.start(), end, Entity.ADDRESS, priority - 5, core=False))
        out += self._bare_streets_in(text)
        # A camp's or shelter's name goes with its zone and tent: "Vial camp zone 4 tent 13".
        for span in list(out):
            named = _CAMP_NAME.search(text, max(0, span.start - 40), span.start)
            if named:
                out.append(Span(named.start(), span.end, Entity.ADDRESS, priority - 5, core=False))
        return out

    def _bare_streets_in(self, text: str) -> list[Span]:
        """Streets named without a house number (see ``_bare_streets``)."""
        out = []
        for pattern in self._bare_streets:
            for m in pattern.finditer(text):
                if pattern is self._bare_streets[1] and self._everyday_name(m.group()):
                    continue  # "شارع طويل": a long street
                if phrase_key(m.group()) in self._keep:
                    continue  # "Red Crescent" is no street
                end = self._drop_places(text, m.start(), m.end())
                if end > m.start():
                    out.append(Span(m.start(), end, Entity.ADDRESS, _PRIORITY[Entity.ADDRESS] - 5))
        return out

    def _everyday_name(self, street: str) -> bool:
        """Whether the word after an Arabic-script street word is an everyday word (only
        the Arabic-script languages' lists hold Arabic-script words)."""
        words = street.split()
        key = phrase_key(words[1]) if len(words) > 1 else ()
        return not key or key[0] in self._common

    def _drop_places(self, text: str, start: int, end: int) -> int:
        """``end`` moved back over the last words of ``text[start:end]`` that are places
        ("calle Embajadores Madrid" ends before "Madrid"), and over the whole span when its
        only name is a place ("via Milano": by way of Milan)."""
        words = list(_WORD_SPAN.finditer(text, start, end))
        while len(words) > 1 and phrase_key(words[-1].group()) in self._places:
            words.pop()
        if len(words) == 1 and end > words[0].end():
            return start  # the street word and places only
        return words[-1].end()

    def _words_before(self, text: str, pos: int, most: int, *, capital: bool) -> int:
        """Where up to ``most`` street-name words before ``pos`` start (none: ``pos``).

        Words of a street name are not function words; with ``capital``, words of cased
        scripts must be capitalised ("Tannery Lane", not "we live in lane").
        """
        start = pos
        for _ in range(most):
            m = _LAST_WORD.search(text, max(0, start - 40), start)
            if m is None:
                break
            word = m.group(1)
            if fold(word) in self._function or (capital and word[0].islower()):
                break
            start = m.start()
        return start

    def _trim_words(self, text: str, start: int, end: int) -> int:
        """End an address before trailing everyday words and places.

        "12 rue pajol avec mes" ends at "pajol"; in scripts without case, where a city
        cannot be told by its capital, "ጎደና ሓርነት አዲስ አበባ" ends before the city.
        """
        while True:
            m = _TRAILING_WORDS.search(text, start, end)
            if m is None:
                return end
            word = m.group(1)
            key = fold(word)
            uncased = word[0] == word[0].upper() and word[0] == word[0].lower()
            if key in self._street_words or word[0].isupper():
                return end
            if uncased:
                two = m.group(0).split()
                if len(two) == 2 and tuple(fold(w) for w in two) in self._keep:
                    end = m.start() + m.group(0).index(two[0])
                    continue
                if (key,) not in self._keep and key not in self._function:
                    return end
            elif not (key in self._common or key in self._function):
                return end
            end = m.start() + m.group(0).index(word)
            end = len(text[:end].rstrip())

    def _dates_of_birth(self, text: str) -> list[Span]:
        cues = [m.span() for m in self._birth.finditer(text)]
        if not cues:
            return []
        out: list[Span] = []
        for m in self._date.finditer(text):
            s, e = m.span()
            # A birth cue shortly before the date, or just after it ("12/03/1990 is my birthday").
            if any((ce <= s and s - ce <= 40) or (cs >= e and cs - e <= 20) for cs, ce in cues):
                out.append(Span(s, e, Entity.DOB, _PRIORITY[Entity.DOB]))
        return out

    def _spelled_numbers(self, text: str) -> list[Span]:
        # Seven number words in a row need seven number words: count them before the regex.
        lowered = text.lower()
        words = _SPLIT.split(lowered)
        spelled = sum(1 for w in words if w in self._number_words)
        if _CONTACT_PREFIX.search(lowered):  # a contact word glued to a letter somewhere
            spelled += sum(1 for w in words if self._glued_number(w))
        # "zero seven 9 1 ...", "neuf un deux huit 882 54": digits mixed with number words
        # count too (each digit of a short group), with three number words.
        if spelled < 3 or spelled + sum(len(w) for w in words if w.isdigit() and len(w) <= 4) < 7:
            return []
        out: list[Span] = []
        for m in self._spelled.finditer(text):
            # Six words ("neuf un deux huit 882 54") if they make seven digits or more.
            parts = [w for w in _SPLIT.split(m.group().lower()) if w]
            if len(parts) < 7 and sum(len(w) if w.isdigit() else 1 for w in parts) < 7:
                continue
            out.append(Span(m.start(), m.end(), Entity.PHONE, _PRIORITY[Entity.PHONE]))
        return out

    def _glued_number(self, word: str) -> bool:
        """Whether a word is a contact word with a number word glued on ("whatsappsifar")."""
        m = _CONTACT_PREFIX.match(word)
        return m is not None and word[m.end() :] in self._number_words

    def _phones(self, text: str, lang: str) -> list[Span]:
        out: list[Span] = []
        region = _REGIONS.get(lang, "GB")
        priority = _PRIORITY[Entity.PHONE]
        for match in phonenumbers.PhoneNumberMatcher(
            text, region, leniency=phonenumbers.Leniency.VALID
        ):
            if sum(c.isdigit() for c in match.raw_string) < 7:
                continue
            out.append(Span(match.start, match.end, Entity.PHONE, priority))
        for m in _PHONE.finditer(text):
            value = m.group().rstrip(" -.(/")
            n_digits = sum(c.isdigit() for c in value)
            if not 7 <= n_digits <= 15 or _not_a_phone(text, m.start(), value):
                continue
            if _GROUPED.fullmatch(value):
                continue
            out.append(Span(m.start(), m.start() + len(value), Entity.PHONE, priority))
        for m in _LOOKALIKE_PHONE.finditer(text):
            value = m.group()
            if sum(c.isdigit() for c in value) >= 6 and any(c in "OolI" for c in value):
                out.append(Span(m.start(), m.end(), Entity.PHONE, priority))
        for m in _GLUED_PHONE.finditer(text):
            value = m.group("run").rstrip(" -.(/,_:")
            if 7 <= sum(c.isdigit() for c in value) <= 15:
                out.append(
                    Span(m.start("run"), m.start("run") + len(value), Entity.PHONE, priority)
                )
        for m in _DIGIT_RUN.finditer(text):
            value = m.group().rstrip(" -.(/,_:")
            if not 8 <= sum(c.isdigit() for c in value) <= 15:
                continue
            if _TIMES.fullmatch(value) or _YEARS.fullmatch(value) or _GROUPED.fullmatch(value):
                continue
            out.append(Span(m.start(), m.start() + len(value), Entity.PHONE, priority))
        return [s for s in out if not _not_a_phone(text, s.start, text[s.start : s.end])]


# Kinds that a law or objective number next to them does not cancel.
# ("section 4 tent 12" is a camp, not a law's section: an address needs a street, unit or box.)
_UNPROTECTED = frozenset({Entity.EMAIL, Entity.URL, Entity.HANDLE, Entity.IBAN, Entity.ADDRESS})


def _short_id_in(span: Span, addresses: list[tuple[int, int]], text: str) -> bool:
    if span.kind is not Entity.ID or not _overlaps(span, addresses):
        return False
    return sum(c.isdigit() for c in text[span.start : span.end]) < 6


def _overlaps(span: Span, ranges: list[tuple[int, int]]) -> bool:
    return any(span.start < b and a < span.end for a, b in ranges)


def _union_addresses(spans: list[Span]) -> list[Span]:
    """Overlapping address candidates become one span ("house no 30" + "30, Waddada X")."""
    addresses = sorted((s for s in spans if s.kind is Entity.ADDRESS), key=lambda s: s.start)
    if len(addresses) < 2:
        return spans
    united: list[Span] = []
    for span in addresses:
        last = united[-1] if united else None
        if last is not None and span.start < last.end:
            united[-1] = Span(
                last.start,
                max(last.end, span.end),
                Entity.ADDRESS,
                max(last.priority, span.priority),
                last.core or span.core,
            )
        else:
            united.append(span)
    return [s for s in spans if s.kind is not Entity.ADDRESS] + united


def _resolve(spans: list[Span], text: str) -> list[Span]:
    merged = _resolve_once(spans, text)
    lone = [(s.start, s.end) for s in merged if not s.core]
    if lone:
        # An attachment that joined no address ("2290" of "0803\n441 2290") is no address,
        # and must not block what it overlapped (the phone): resolve again without it.
        merged = _resolve_once([s for s in spans if s.core or not _overlaps(s, lone)], text)
    # Neighbourhood words or "zone 4" alone are not an address.
    return [s for s in merged if s.core]


def _resolve_once(spans: list[Span], text: str) -> list[Span]:
    spans = _union_addresses(spans)
    length = len(text)
    taken = bytearray(length)
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (-s.priority, -(s.end - s.start), s.start)):
        if span.end <= span.start or any(taken[span.start : span.end]):
            continue
        taken[span.start : span.end] = b"\x01" * (span.end - span.start)
        kept.append(span)
    kept.sort(key=lambda s: s.start)
    # "ቀበሌ 12 ቤት ቁጥር 34", "house no 9, road 4", "Flat 3, 27 Elm Grove": one placeholder.
    merged: list[Span] = []
    for span in kept:
        prev = merged[-1] if merged else None
        if (
            prev is not None
            and prev.kind is span.kind is Entity.ADDRESS
            and _ADDRESS_GAP.fullmatch(text, prev.end, span.start) is not None
        ):
            merged[-1] = Span(
                prev.start, span.end, prev.kind, prev.priority, prev.core or span.core
            )
        else:
            merged.append(span)
    return merged


def _classify_url(url: str) -> Entity | None:
    lowered = url.lower()
    bare = regex.sub(r"^(?:https?://)?(?:www\.)?", "", lowered)
    host, _, path = bare.partition("/")
    path = path.strip("/")
    if any(host == d or host.endswith("." + d) for d in _SOCIAL):
        return Entity.HANDLE if path else Entity.URL if host == "t.me" else None
    if not path and (
        any(host == d or host.endswith("." + d) for d in _ORG_DOMAINS)
        or regex.search(r"\.(?:int|gov|gouv\.[a-z]{2}|gob\.[a-z]{2}|gov\.[a-z]{2})$", host)
    ):
        return None
    return Entity.URL


def _looks_like_iban(value: str) -> bool:
    compact = value.replace(" ", "").replace("-", "").replace(".", "").upper()
    if std_iban.is_valid(compact):
        return True
    return len(compact) >= 15 and sum(c.isdigit() for c in compact) >= 10


def _dni_or_nie(value: str) -> bool:
    return bool(dni.is_valid(value) or nie.is_valid(value))


def _not_a_phone(text: str, start: int, value: str) -> bool:
    """Whether a digit run is an amount, a year range, a date or a Turkish ID, not a phone."""
    stripped = value.strip()
    if _YEAR_RANGE.fullmatch(stripped) or _DATE_NUM_RE.fullmatch(stripped):
        return True
    if _POSTCODE_SHAPE.fullmatch(stripped):
        return True
    digits = _NON_DIGIT.sub("", stripped)
    if len(digits) == 11 and tckimlik.is_valid(digits):
        return True
    if _THOUSANDS.fullmatch(stripped) and not stripped.startswith("0"):
        around = (
            text[max(0, start - 12) : start]
            + " "
            + text[start + len(value) : start + len(value) + 14]
        )
        if _CURRENCY.search(around):
            return True
    return False


__all__ = ["Anonymiser", "Span"]
