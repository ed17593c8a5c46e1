"""Language identification for short chat messages, with the person's chosen language as a hint.

Two detectors, chosen by whether the person told us their language:

- **With a hint** (every chat and form message: the bot passes the conversation's
  language), CLD2 (pycld2, tables compiled into a small C library) decides, told the
  hint. The hint stands unless the text's script rules it out, or CLD2 is sure of
  another served language even when told the hint: people often pick the interface
  language they can read, then write in their own. The hint also decides when the
  text says little (no letters, two words or fewer).
- **Without a hint** (``voices pipeline`` lines without ``lang``), heliport scores the
  text for about 200 languages. Its model takes about 850 MB of memory, so it is
  loaded on the first such text, never by a service whose every message has a hint.
  We read its top candidates and prefer the served languages that the text's script
  allows (Ethiopic: Amharic or Tigrinya; Arabic script: Arabic, Persian, Pashto,
  Urdu...). heliport has no Hausa model, so for Latin-script text CLD2 is asked
  whether it is Hausa first.

Either way the answer is one of the served languages, or "und" (unknown).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from functools import lru_cache
from typing import Any

import pycld2  # type: ignore[import-untyped]
import pycountry
import regex

from i18n.translator import SUPPORTED
from moderation.stages.base import Work, WorkState

_ISO3 = {
    "pes": "fa",
    "prs": "fa",
    "fas": "fa",
    "per": "fa",
    "pbt": "ps",
    "pbu": "ps",
    "pst": "ps",
    "pus": "ps",
    "urd": "ur",
    "arb": "ar",
    "ara": "ar",
    "ary": "ar",
    "arz": "ar",
    "apc": "ar",
    "ajp": "ar",
    "acm": "ar",
    "afb": "ar",
    "ars": "ar",
    "aeb": "ar",
    "arq": "ar",
    "apd": "ar",
    "ayl": "ar",
    "acq": "ar",
    "tir": "ti",
    "amh": "am",
    "som": "so",
    "swa": "sw",
    "swh": "sw",
    "swc": "sw",
    "hau": "ha",
    "ukr": "uk",
    "rus": "ru",
    "tur": "tr",
    "ben": "bn",
    "eng": "en",
    "fra": "fr",
    "fre": "fr",
    "spa": "es",
    "por": "pt",
}
_SCRIPT_LANGS = {
    "Ethiopic": {"am", "ti"},
    "Arabic": {"ar", "fa", "ps", "ur"},
    "Bengali": {"bn"},
    "Cyrillic": {"ru", "uk"},
    "Latin": {"en", "fr", "es", "pt", "so", "sw", "ha", "tr"},
}
_SCRIPTS = {name: regex.compile(rf"\p{{Script={name}}}") for name in _SCRIPT_LANGS}
# Links, e-mails and numbers say nothing of the language.
_NOISE = regex.compile(r"https?://\S+|www\.\S+|[^\s@]{1,64}@\S+|@\w+|[\d\p{P}\p{S}]+")
# ... nor do handles ("moaz.alho28", "anas_darw_956") and e-mails written out ("x at gmail
# dot com"); a word with one digit among its letters is Arabizi ("ma3o", "wara2") and stays.
_HANDLE_LIKE = regex.compile(r"(?<!\S)(?:\S*_\S*|\S*\.\S*\d\S*)")
_SPELLED_EMAIL = regex.compile(
    r"\S+\s+(?:at|\[at\]|\(at\)|arobase)\s+"
    r"(?:gmail|yahoo|hotmail|outlook|yandex|gmx|icloud|proton|mail)\S*(?:\s+dot\s+\w+)?",
    regex.IGNORECASE,
)
_ARABIZI = regex.compile(r"(?<![\p{L}\d])(?:\p{L}+[235789]\p{L}*|[235789]\p{L}+)(?![\p{L}\d])")
_HANDLE_HINT = regex.compile(r"[\p{L}\d][_.][\p{L}\d]")
_ARABIZI_HINT = regex.compile(r"\p{L}[235789]|[235789]\p{L}")
_LETTER = regex.compile(r"\p{L}")
_LATIN_WORD = regex.compile(r"\p{Latin}{3}")
_WORD = regex.compile(r"\p{L}[\p{L}\p{M}'’]*")
# Words for the romanised-chat lists: Arabizi writes letters as digits.
_CHAT_WORD = regex.compile(r"\p{L}[\p{L}\p{M}\d'’]*")


def _denoise(text: str) -> str:
    if " at " in text or "[at]" in text or "(at)" in text or "arobase" in text:
        text = _SPELLED_EMAIL.sub(" ", text)
    if _HANDLE_HINT.search(text):
        text = _HANDLE_LIKE.sub(" ", text)
    if _ARABIZI_HINT.search(text) is None:
        return _NOISE.sub(" ", text)
    # Keep Arabizi words whole; clean the text between them.
    out: list[str] = []
    pos = 0
    for m in _ARABIZI.finditer(text):
        out += [_NOISE.sub(" ", text[pos : m.start()]), m.group()]
        pos = m.end()
    out.append(_NOISE.sub(" ", text[pos:]))
    return "".join(out)


@lru_cache(maxsize=1024)
def to_iso1(code: str) -> str:
    """Map an ISO 639-3 code from heliport to ISO 639-1 (or keep it when there is none)."""
    if code in _ISO3:
        return _ISO3[code]
    lang = pycountry.languages.get(alpha_3=code)
    alpha2 = getattr(lang, "alpha_2", None) if lang is not None else None
    return str(alpha2) if alpha2 else code


class LanguageIdentifier:
    """Decide ``Work.lang`` and ``Work.lang_confidence``.

    Args:
        load_identifier: returns a ``heliport.Identifier``; called once, on the first
            text that comes without a hint (loading takes about a second and 850 MB).
        min_confidence: below this the hint, if any, wins.
        max_words_for_hint: at or below this many words the hint, if any, wins.
    """

    def __init__(
        self,
        load_identifier: Callable[[], Any],
        *,
        min_confidence: float = 0.6,
        max_words_for_hint: int = 2,
    ) -> None:
        self._load = load_identifier
        self._identifier: Any = None
        self._lock = threading.Lock()
        self._min_confidence = min_confidence
        self._max_words = max_words_for_hint

    def __call__(self, item: Work) -> Work:
        """Set the language of ``item`` from its text and hint."""
        hint = _clean_hint(item.lang_hint)
        if hint is not None and hint not in SUPPORTED:
            hint = None
        clean = _denoise(item.text)
        if not _LETTER.search(clean):
            item.lang, item.lang_confidence = (hint, 0.5) if hint else ("und", 0.0)
        elif hint is None:
            item.lang, item.lang_confidence = self.detect(clean[:2000])
        else:
            item.lang, item.lang_confidence = self._with_hint(clean[:2000], hint)
        item.state = WorkState.IDENTIFIED
        return item

    def _with_hint(self, text: str, hint: str) -> tuple[str, float]:
        if len(_WORD.findall(text)) <= self._max_words:
            return hint, 0.5
        allowed = _allowed_languages(text)
        if "ha" in allowed:
            hausa = _cld2_hausa(text)
            if hausa is not None:
                return "ha", hausa
        scores = _cld2_scores(text, hint)
        choice = max((c for c in scores if c in allowed), key=scores.__getitem__, default=None)
        if hint in allowed:
            if choice is not None and choice != hint and scores[choice] >= _SURE_OVER_HINT:
                return choice, round(scores[choice] / 100, 3)
            # CLD2 can miss short sentences (Spanish taken for English): their grammar
            # words can still tell, when another language's outnumber the hint's more
            # than two to one, three at least.
            words = _function_words(text)
            best = max(words, key=words.__getitem__, default=None)
            if (
                best is not None
                and best != hint
                and words[best] >= max(3, 2 * words.get(hint, 0) + 1)
            ):
                return best, 0.8
            return hint, round(max(0.5, scores.get(hint, 0) / 100), 3)
        # The script rules the hint out (Arabic letters, English chosen): the text decides.
        # Latin letters under a hint written in another script are often that language
        # romanised (Urdu, Arabic, Persian, Bengali in chat), which CLD2 takes for
        # English or Spanish: there only a sure answer overrules the person's choice.
        romanised = allowed == _SCRIPT_LANGS["Latin"]
        if romanised:
            # Only a sure answer that the text's own grammar words bear out overrules
            # the person's choice ("meri biwi abhi gujranwala mein hain" is not English).
            if (
                choice is not None
                and scores[choice] >= _SURE_OVER_HINT
                and _function_words(text).get(choice, 0) >= 2
            ):
                return choice, round(scores[choice] / 100, 3)
            return hint, 0.5
        if choice is not None and scores[choice] >= _SURE_OF_SCRIPT:
            return choice, round(max(0.5, scores[choice] / 100), 3)
        if choice is not None:
            return choice, 0.5
        by_letters = _by_letters(text, allowed)
        return (by_letters, 0.5) if by_letters else ("und", 0.0)

    def detect(self, text: str) -> tuple[str, float]:
        """Return the served language (ISO 639-1) or "und", and a 0..1 confidence."""
        allowed = _allowed_languages(text, prefer_own_script=True)
        # Urdu, Bengali, Arabic, Persian, Pashto, Amharic, Tigrinya, Ukrainian and Russian
        # written in Latin letters, as people chat: heliport reads them as English or a
        # language we do not serve (and CLD2 as Hausa); their own everyday words tell.
        if "en" in allowed:
            romanised = _romanised(text)
        elif _LATIN_WORD.search(text):
            # Latin words in a text of another script ("khaharam zang bezan ... جامون"):
            # two of them or more tell a language that script writes.
            romanised = _romanised(text, single=False)
            romanised = romanised if romanised in allowed else None
        else:
            romanised = None
        if "ha" in allowed and (romanised is None or _hausa_markers(text) >= 2):
            # heliport has no Hausa model; CLD2 does, and is reliable on it.
            hausa = _cld2_hausa(text)
            if hausa is not None:
                return "ha", hausa
        if romanised is not None:
            return romanised, 0.7
        ranked: list[tuple[str, float]] = []
        for code, score in self._heliport().identify_topk_with_score(text, 12):
            lang = to_iso1(str(code))
            if lang not in (c for c, _ in ranked):
                ranked.append((lang, float(score)))
        if not ranked:
            return _fallback(text, allowed)
        best_supported = next(((c, s) for c, s in ranked if c in allowed), None)
        top = ranked[0]
        if best_supported is None or (top[1] + 1.0 < best_supported[1] and top[0] not in SUPPORTED):
            choice = top
        else:
            choice = best_supported
        rivals = [s for c, s in ranked if c != choice[0] and (c in allowed or c not in SUPPORTED)]
        margin = (rivals[0] - choice[1]) if rivals else 3.0
        confidence = 1.0 / (1.0 + math.exp(-2.5 * margin))
        if choice[1] > 5.0:
            confidence *= 0.5
        unsure = choice[0] not in SUPPORTED or confidence < self._min_confidence
        if "ha" in allowed and unsure and _hausa_markers(text) >= 3:
            # Hausa that CLD2 misses: heliport then guesses a neighbour (Kanuri, Yoruba) or,
            # unsure, a European language.
            return "ha", 0.7
        if choice[0] not in SUPPORTED:
            return _fallback(text, allowed)
        letters = _letters_say(text, allowed, choice[0])
        if letters is not None:
            return letters, max(0.6, round(confidence, 3))
        if allowed == _SCRIPT_LANGS["Ethiopic"] and (
            confidence < self._min_confidence or _ethiopic(text) not in (None, choice[0])
        ):
            # Amharic and Tigrinya share the script and many words; their own letters and
            # grammar words tell short messages apart better than heliport's scores.
            return _ethiopic(text) or choice[0], 0.6
        return choice[0], round(confidence, 3)

    def _heliport(self) -> Any:
        if self._identifier is None:
            with self._lock:
                if self._identifier is None:
                    self._identifier = self._load()
        return self._identifier


# CLD2's share of the text (percent) at which a served language other than the hint
# wins over it, CLD2 having been told the hint.
_SURE_OVER_HINT = 90
# ... and at which it decides for a text whose script rules the hint out.
_SURE_OF_SCRIPT = 50


# Letters that only some of the languages sharing a script use.
_DISTINCT_LETTERS = {
    "uk": frozenset("іїєґІЇЄҐ"),
    "ps": frozenset("ټډړږښځڅڼۍې"),
    "ur": frozenset("ٹڈڑںےھ"),
    # Persian yeh and keheh too: Arabic writes ي and ك (Urdu and Pashto, which share them,
    # are told by their own letters first).
    "fa": frozenset("پچژگیک"),
}
# Grammar words of the Latin-script languages, none shared between two of them.
_GRAMMAR_WORDS = {
    "en": "the and is was are i my we they have has not with for this that to of it me our but "
    "from were been",
    "fr": "le les et est je nous vous pas une des du pour avec dans mon mes sur qui il elle ont "
    "sont ai été au aux ne",
    "es": "el los las y es yo mi mis pero con por una del nos fue estoy tengo hay muy sin desde su",
    "pt": "os e é eu meu minha não com uma do dos das em foi estou tenho há mas sem nós",
    "tr": "ve bir bu ben biz için ile çok değil var yok ama benim bana oldu olarak",
    "so": "waa iyo ku ka aan oo ayaa waxaan baan si kale laga lagu waxay",
    "sw": "ya wa ni kwa za katika sina nina hapa hakuna lakini mimi sisi wao kuna",
}
_GRAMMAR = {word: lang for lang, words in _GRAMMAR_WORDS.items() for word in words.split()}


def _function_words(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for word in _WORD.findall(text):
        lang = _GRAMMAR.get(word.casefold())
        if lang is not None:
            counts[lang] = counts.get(lang, 0) + 1
    return counts


# Everyday words of the languages people also write in Latin letters (romanised chat),
# none of them a word of a served Latin-script language.
_ROMANISED_WORDS = {
    "ur": "hai hain hoon hun mein mera meri mere mujhe humein hum aap kya nahi nahin tha thi "
    "raha rahe rahi liye chahiye madad abhi yahan kuch bahut bohat gaya gayi hoga "
    "karna karta karti hamara hamari tum bhai behan bahan naam paas kaam kal aaj "
    "mahine saal karein kijiye shukriya meherbani",
    "bn": "ami amar amra apni apnar achi ache theke ekhon kore korchi korte hobe jonno kintu "
    "tumi nai dorkar sahajjo onek khub amader kothay ashe nam bhai diben dhonnobad "
    "shonibar robibar bochor",
    "ar": "ana esmi ismi fi mn w shu eh ma3 3am b7ki wallah habibi kifak inta enta ahla "
    "marhaba lazem bdi baddi msh mish ktir kteer hon ba7taj musa3ada "
    "3andi raqmi ra2mi ittasil itasil yom youm zawji akhoy ukhti shukran mosa3ade "
    "ma3o ma3i wara2 awraq ahad",
    "fa": "hastam hasti hastim ast mikonam mikham mikhaham nadaram daram kheili khaili lotfan "
    "esmam baraye chera kojast komak dar az shomaram shomare zang bezanid omadam "
    "baradaram khaharam mande shanbe doshanbe",
    "ps": "zama yam kawam staa sta wror plar zoy num shmera wahai manana khor miashte kal kali",
    "am": "ene negn yalehut ena alehu endet ameseginalehu betam yene sime yalew nen "
    "silke dewulu wendime ehite wer amet ehud",
    "ti": "ane eye kab ala alo aleku kemey hawey yekenyeley sme dewelu senbet awurhi haftey ab",
    "uk": "pryvit privit zaraz mene zvaty dopomoha potribna dyakuyu nikhto vidpovidaie vzhe "
    "mij mii moia brat nomer dzvonit dzvonite tyzhni tyzhden ponedilok sestra",
    "ru": "privet menya zovut seichas nuzhna pomoshch spasibo nikto otvechaet uzhe eto "
    "moy moya nomer zvonite sredu goda mesyats pozhaluysta",
}
# More everyday words of romanised chat (verbs, relatives, time words), none a word of a
# served Latin-script language or a common given name.
_ROMANISED_MORE = {
    "ur": "humne unhone hamein apna apni apne wahan kahan kyun lekin phir saath baat bataya "
    "jaana aao aaye gaye rehte rehti wapas zaroor jaldi ghar shehar karo bhejo paise chitthi "
    "karein bhejein",
    "bn": "eshechi esechi ashchi aschi dhore bolse boleche bolechhe ashte ashen amake apnara "
    "apnader bhalo thikana chele meye nombor ekta shoptaho koren pathan khujen jonmo swami "
    "korben dilam",
    "ar": "ahlan ya3ni ya3tik 3afak hala2 halla2 mbareh ma3na ra7 ro7 ejit fi3lan biddi "
    "bidna akhi okhti abouy mama3i sakna tareekh meladi",
    "fa": "umadim omadim amadim umadam biyaid biyayid bezan goft goftan gofte madaram "
    "pedaram hamsaram pesaram dokhtaram inja chetori mikonim hastid shodam shodim raftam "
    "raftim nadarim darim bayad emruz dirooz motavalede motavaled",
    "ps": "zma zmung zamung kawo",
    # Swahili chat words that short messages hold and heliport takes for English.
    "sw": "akaunti kodi kambini nipigie kitambulisho anwani kuzaliwa tarehe simu namba "
    "nipo tupo tunaishi naishi",
    # Turkish and Spanish chat words that short messages hold and heliport misreads.
    "tr": "numaram arayın arayin adresim kardeşim kardesim annem babam yardım",
    "es": "mándalo mandalo pagué llámame llamame escríbeme escribeme mándame",
    "am": "alun honen kemetan enoralen enorallen yelem yelegnem alegn yelegn adrasha "
    "yihonal nachew",
    "ti": "ilom elom alena alewna zelena tsenihna nebar abzi",
    "uk": "dopomozhit poshta vulytsia zhyvemo narodyvsia",
    "ru": "pomogite pozhaluista ulitsa zhivem rodilsya pochta",
}
# Each word with every language that writes it ("bhai": Urdu and Bengali).
_ROMANISED: dict[str, tuple[str, ...]] = {}
for _table in (_ROMANISED_WORDS, _ROMANISED_MORE):
    for _lang, _words in _table.items():
        for _word in _words.split():
            _ROMANISED[_word] = (*_ROMANISED.get(_word, ()), _lang)
# The same words, for the name finder: in romanised chat they are no names ("khan hun").
ROMANISED_EVERYDAY = frozenset(_ROMANISED)


def _romanised(text: str, *, single: bool = True) -> str | None:
    """A served language written in Latin letters, when its words outnumber the others'
    (with ``single``, one long word in a short text without rivals is enough)."""
    counts: dict[str, int] = {}
    for word in _CHAT_WORD.findall(text):
        for lang in _ROMANISED.get(word.casefold(), ()):
            counts[lang] = counts.get(lang, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.__getitem__)
    latin = max(_function_words(text).values(), default=0)
    if counts[best] >= 2 and counts[best] > latin:
        return best
    # A short chat message may hold one such word only ("khaharam yalda", "mera number
    # 0692 ..."): one word of four letters or more, in lower case, with no grammar word
    # of a Latin-script language and no rival, is enough.
    if single and len(counts) == 1 and counts[best] == 1 and latin == 0:
        word = next(w for w in _CHAT_WORD.findall(text) if w.casefold() in _ROMANISED)
        if len(word) >= 4 and word.islower() and word not in _SHORT_TEXT_UNSURE:
            return best
    return None


# Romanised words that are also written in a served Latin-script language's chat.
_SHORT_TEXT_UNSURE = frozenset({"manana", "sestra", "brat", "nomer", "hasta"})


# Letters only Tigrinya writes (the ቐ and ኸ series), and grammar words of each.
_TIGRINYA_LETTERS = frozenset("ቐቑቒቓቔቕቖኸኹኺኻኼኽኾ")
_ETHIOPIC_WORDS = {
    "ti": frozenset(
        [
            "ኣነ",
            "ኣብ",
            "እዩ",
            "እየ",
            "ኢና",
            "ኣለኹ",
            "ኣሎ",
            "ኣላ",
            "ኣለና",
            "ዘሎ",
            "ከኣ",
            "ድማ",
            "እንታይ",
            "ናይ",
            "ክንደይ",
        ]
    ),
    "am": frozenset(
        ["እኔ", "ነው", "ነኝ", "ውስጥ", "አለ", "አለኝ", "ናቸው", "እና", "ምን", "የእኔ", "ላይ", "ወደ", "ነበር", "አሁን"]
    ),
}


def _ethiopic(text: str) -> str | None:
    """Tigrinya or Amharic by letters and grammar words (None when nothing tells)."""
    words = set(text.split())
    ti = len(words & _ETHIOPIC_WORDS["ti"]) + 2 * any(c in _TIGRINYA_LETTERS for c in text)
    ti += text.count("ኣ") > text.count("አ")
    am = len(words & _ETHIOPIC_WORDS["am"]) + (text.count("አ") > text.count("ኣ"))
    # Amharic first-person endings ("ደውሉልኝ" call me, "እናመሰግናለን" we thank); Tigrinya's are
    # other ("ኣለኹ", "የቐንየለይ").
    am += sum(w.endswith(("ኝ", "ለሁ", "ናለን", "ኛለሁ")) for w in words)
    ti += sum(w.endswith(("ኹ", "ለይ", "ልና")) for w in words)
    if ti == am:
        return None
    return "ti" if ti > am else "am"


def _fallback(text: str, allowed: set[str]) -> tuple[str, float]:
    """A served language when heliport names none: by script, letters or grammar words."""
    if allowed == _SCRIPT_LANGS["Ethiopic"]:
        return _ethiopic(text) or "am", 0.4
    if allowed != _SCRIPT_LANGS["Latin"] and allowed != set(SUPPORTED):
        by_letters = _by_letters(text, allowed)
        if by_letters:
            return by_letters, 0.4
    if "ha" in allowed and _hausa_markers(text) >= 2:
        return "ha", 0.4
    words = _function_words(text)
    best = max(words, key=words.__getitem__, default=None)
    if best is not None and words[best] >= 2:
        return best, 0.4
    return "und", 0.0


_RUSSIAN_LETTERS = frozenset("ыэъёЫЭЪЁ")
_UK_ONLY_TEXT = (
    "нова новий адреса адресою мій моя моє мої вже дякую будь ласка тиждень тижні зараз немає що "
    "пошта вулиця місто живемо живу народився народилася мені тобі будинок телефону "
    "як але також його вони ми ви від допомога допомогти мене звати сестра брат тут там коли де "
    "чому хто нам вам дуже або"
)
_RU_ONLY_TEXT = (
    "новый новая адрес мой моя моё мои уже спасибо пожалуйста неделю неделя сейчас нет что как но "
    "почта улица город живём живем живу родился родилась мне тебе дом телефона "
    "также его они мы вы от помощь помочь меня зовут сестра брат тут там когда где почему кто нам "
    "вам очень или"
)
# Words of one of the two languages and not of the other.
_UK_WORDS = frozenset(_UK_ONLY_TEXT.split()) - frozenset(_RU_ONLY_TEXT.split())
_RU_WORDS = frozenset(_RU_ONLY_TEXT.split()) - frozenset(_UK_ONLY_TEXT.split())
# Letters Persian (and Urdu, Pashto) write and Arabic does not: Persian yeh and keheh
# ("ایمیلم" is no Arabic word).
_PERSO_ARABIC = frozenset("پچژگیک")


def _letters_say(text: str, allowed: set[str], guess: str) -> str | None:
    """A language that letters only it uses prove, when the guess lacks them."""
    letters = set(text)
    if allowed == _SCRIPT_LANGS["Cyrillic"]:
        uk = bool(letters & _DISTINCT_LETTERS["uk"])
        ru = bool(letters & _RUSSIAN_LETTERS)
        if uk != ru:
            return "uk" if uk else "ru"
        if not (uk or ru):
            by_words = _cyrillic_words(text)
            if by_words is not None and by_words != guess:
                return by_words
    elif allowed == _SCRIPT_LANGS["Arabic"]:
        for lang in ("ps", "ur"):
            if letters & _DISTINCT_LETTERS[lang] and guess != lang:
                return lang
        if guess == "ps" and not letters & _DISTINCT_LETTERS["ps"]:
            # Pashto nearly always shows one of its own letters; a short text without any
            # ("انستا") is more likely Arabic, Persian or Urdu.
            return _by_letters(text, allowed)
        if guess == "ar" and letters & _PERSO_ARABIC:
            return "fa"
    return None


# When no distinct letter shows, the script's most common language.
_SCRIPT_DEFAULT = {"Cyrillic": "ru", "Arabic": "ar", "Bengali": "bn"}


def _cyrillic_words(text: str) -> str | None:
    """Ukrainian or Russian by words only one of them uses ("нова адреса"), if they tell."""
    words = {w.casefold() for w in _WORD.findall(text)}
    uk_words, ru_words = len(words & _UK_WORDS), len(words & _RU_WORDS)
    if uk_words == ru_words:
        return None
    return "uk" if uk_words > ru_words else "ru"


def _by_letters(text: str, allowed: set[str]) -> str | None:
    """Guess among the languages of one script by their distinct letters."""
    letters = set(text)
    for lang, distinct in _DISTINCT_LETTERS.items():
        if lang in allowed and letters & distinct:
            return lang
    if allowed == _SCRIPT_LANGS["Cyrillic"] and not letters & _RUSSIAN_LETTERS:
        by_words = _cyrillic_words(text)
        if by_words is not None:
            return by_words
    script = next((name for name, langs in _SCRIPT_LANGS.items() if langs == allowed), None)
    return _SCRIPT_DEFAULT.get(script or "")


def _cld2_scores(text: str, hint: str) -> dict[str, int]:
    """Return CLD2's percent of the text per served language, CLD2 told the hint."""
    try:
        reliable, _, details = pycld2.detect(
            text, isPlainText=True, bestEffort=True, hintLanguage=hint
        )
    except pycld2.error:
        return {}
    scores: dict[str, int] = {}
    for _, code, percent, _ in details:
        if code in SUPPORTED and percent > 0:
            # Unreliable detections count for half: short or mixed texts.
            scores[code] = scores.get(code, 0) + (percent if reliable else percent // 2)
    return scores


_HAUSA_WORDS = frozenset(
    [
        "mai",
        "yi",
        "mana",
        "kuma",
        "domin",
        "amma",
        "wannan",
        "akwai",
        "cikin",
        "daga",
        "zuwa",
        "babu",
        "sai",
        "har",
        "mun",
        "sun",
        "yana",
        "tana",
        "muna",
        "shi",
        "ita",
        "wayata",
        "lambar",
        "sunana",
        "sannu",
        "ba",
        "ce",
        "ne",
        "da",
        "ta",
        "tun",
        "ga",
        "wani",
        "wata",
        "yake",
        "take",
        "masa",
        "musu",
        *("gode", "taimako", "ina", "lambata", "kira", "ranar", "yanzu", "sabon", "adireshi"),
        *("titin", "kanina", "matata", "mijina", "wayar", "gidan", "zaune", "jiran"),
        *("waya", "sansani", "adireshina", "adireshin", "asusun", "haihuwa", "nake", "muke"),
    ]
)


def _hausa_markers(text: str) -> int:
    words = {w.casefold() for w in _WORD.findall(text)}
    hooked = any(c in text for c in "ɓɗƙƴƁƊƘƳ")
    return len(words & _HAUSA_WORDS) + (3 if hooked else 0)


def _cld2_hausa(text: str) -> float | None:
    try:
        reliable, _, details = pycld2.detect(text)
    except pycld2.error:
        return None
    _, code, percent, _ = details[0]
    if code == "ha" and reliable and percent >= 50:
        return round(min(0.99, 0.5 + float(percent) / 200), 3)
    return None


def _allowed_languages(text: str, *, prefer_own_script: bool = False) -> set[str]:
    """The served languages the text's script allows.

    With ``prefer_own_script`` (no hint to go by), a script other than Latin that holds a
    good part of the letters wins over Latin: in "ኣብ zone 6 container 46 ኢና ንነብር" or
    "ایمیلم zewdi at gmail dot com" the Latin letters are an address or a loan word.
    """
    counts = {name: len(rx.findall(text)) for name, rx in _SCRIPTS.items()}
    script = max(counts, key=lambda k: counts[k])
    if prefer_own_script and script == "Latin":
        others = {k: v for k, v in counts.items() if k != "Latin"}
        own = max(others, key=lambda k: others[k])
        if others[own] >= max(3, 0.1 * sum(counts.values())):
            script = own
    return _SCRIPT_LANGS[script] if counts[script] else set(SUPPORTED)


def _clean_hint(hint: str | None) -> str | None:
    if not hint or not isinstance(hint, str):
        return None
    code = hint.strip().lower().replace("_", "-").split("-")[0]
    if len(code) == 3:
        code = to_iso1(code)
    return code if regex.fullmatch(r"[a-z]{2,3}", code) else None
