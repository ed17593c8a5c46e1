"""Finding person names in a message, in any of the supported scripts.

Evidence, strongest first:
- the sender's own display name (every word of it, any case or accents);
- cue phrases: "my name is", "je m'appelle", "اسمي", "ስሜ", romanised "ana esmi",
  "mera naam"... and titles ("Mr", "السيد", "آقای", "господин") make the following
  words a name even if unknown; relations ("my brother", "زوجي", "the smuggler") do
  too, more cautiously; pronouns ("I am", "я") only when the next word looks like a
  name. In lower case a word after a cue is a name if it is a known name or no
  everyday word of the message's language (wordfreq's most frequent words);
  names go on over lines of their own and comma lists of known names;
- words that follow a name ("ዮናስ እባላለሁ", "Ahmet Bey");
- gazetteer hits, in cased scripts only when capitalised; names that are also
  common words ("Hope", "أمل") count only in the contexts above;
- a capital inside a sentence on a word that is no everyday word, town or organisation
  (in cased scripts the writer's own mark of a name); a word disguised with look-alike
  letters of another script; the last word after thanks or a blessing; the other items
  of a list one of whose items is a name;
- neighbours: a name grows over adjacent name-like words and particles
  ("Abdul Rahman Al-Halabi", "Jean de la Croix").
Places, organisations and other keep-phrases never become names unless they
are the sender's own name.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from itertools import pairwise

import regex

from moderation._text import Token, fold, tokenise
from moderation.lexicon import Lexicon
from moderation.stages.language import ROMANISED_EVERYDAY

_SENTENCE_BREAK = regex.compile(r"[.!?;:,،؛؟።፣፤\n()\[\]\"«»]")
# What ends a sentence, so that the next word's capital is the sentence's own.
_SENTENCE_START = regex.compile(r"[.!?;:\n()\[\]\"«»…]|\s[-–•*]\s")
# Words before a place name, lower-cased as written: "in Alcobendas", "à Briançon",
# "в Бресте", romanised "b Bari", "pa Leipzig", "ab Dortmund", "daga Najeriya"; and nouns
# of place ("Hotel Britannia", "suuqa Bakaaraha", "camp Ritsona").
_PLACE_BEFORE = frozenset(
    {
        *("in", "near", "from", "at", "into", "around", "outside", "via", "towards"),
        *("hotel", "camp", "city", "town", "village", "airport", "port", "station", "province"),
        *("à", "dans", "près", "vers", "en", "em", "no", "na", "desde", "hacia", "cerca"),
        *("fino", "nel", "nella", "ville", "ciudad", "cidade", "campo", "gare", "aeropuerto"),
        *("aeroporto", "в", "во", "из", "под", "около", "із", "під", "біля", "через", "на"),
        *("город", "місто", "v", "iz", "cherez", "bilia", "okolo", "pid", "nach", "bei", "aus"),
        *("im", "b", "bi", "fi", "fe", "dar", "too", "pa", "ab", "kab", "nab", "ኣብ", "ካብ"),
        *("ናብ", "wede", "kutoka", "huko", "mjini", "nchini", "katika", "kwenda", "hadi"),
        *("mpaka", "daga", "zuwa", "cikin", "garin", "kasar", "birnin", "magaalada", "dalka"),
        *("suuqa", "xaafadda", "aadaa", "şehir", "köy", "mahalle", "ilçe", "shohor", "desh"),
        *("shahr", "shehar", "shahar", "په", "در", "في", "فی", "ب", "بـ", "از", "у", "до"),
        *("з", "z", "u", "do"),
    }
)
# Words after a place name: postpositions and nouns ("Libya te", "Noakhali theke",
# "Leipzig kay", "Rotterdam da", "Victoria station", "Nantes mein").
_PLACE_AFTER = frozenset(
    {
        *("te", "theke", "e", "kay", "ke", "mein", "me", "main", "se", "ku", "ka", "da", "de"),
        *("ta", "dan", "den", "tan", "ten", "station", "airport", "camp", "city", "port"),
        *("তে", "থেকে", "میں", "سے", "کې", "کی", "ته", "مین"),
    }
)
# Turkish proper nouns take their case ending after an apostrophe: "Gaziantep'te", "Van'dan"
# are places; "Ahmet'in" (genitive) may be a person.
_TR_PLACE_CASE = regex.compile(r"['’](?:[dt][ae]n?|[dt][ae]ki)$")
# God's name in farewells and blessings, folded ("allah hafiz", "khuda hafiz").
_GOD = frozenset({"الله", "خدا", "allah", "khuda", "khoda", "mungu", "бог", "god"})
# What may follow the last word: punctuation, emoji, spaces.
_TRAILER = regex.compile(r"[\s\p{P}\p{S}\p{M}]*")
# A list item: a bullet or number at a line's start, then its words up to a number, a
# bracket or a plus ("2. Idris Haile +2 kids", "- Oumar Konaté (+3 enfants)", "١- نوال").
_LIST_ITEM = regex.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[.)\-]|[-•*·–]|[٠-٩۰-۹]{1,2}[.)\-])[ \t]*(?P<item>[^\d\n(+\[]*)"
)
# Between a cue and a name: "M. Dupont", "Sr. Pérez", "name: Ali", "Regards, Ali".
_CUE_GAP = regex.compile(r"[\s.:,\-–]{0,4}")
# Theophoric and compound names productive across Arabic, Persian, Pashto and Urdu:
# Rahmatullah, Najibullah, Abdulrahman, Ghulam-Haidar.
_NAME_SHAPE = regex.compile(
    r"^(?:\p{Arabic}{2,}الله|عبد\p{Arabic}{3,}|[a-z]{3,}ullah|abdul[a-z]{3,}|abdel[a-z]{3,})$"
)
# Arabic relation nouns with any possessive suffix and prefix ("معلمتها" her teacher, "بأخيه"
# with his brother); keys are folded (ة -> ه, أ -> ا).
_AR_RELATION = regex.compile(
    r"^[وبلف]?(?:زوج|زوجت|ابن|ابنت|بنت|اخ|اخو|اخت|صديق|صديقت|معلم|معلمت|جار|جارت|محامي|محاميت|مدير|"
    r"مديرت|كفيل|اب|ابو|ام|عم|عمت|خال|خالت)(?:ي|ه|ها|هم|هن|نا|ك|كم)$"
)
# Words before a common noun, rarely before a name.
_DETERMINERS = frozenset(
    {
        *("the", "a", "an", "this", "that", "my", "his", "her", "our", "their", "your"),
        *("le", "la", "les", "un", "une", "el", "los", "las", "una", "der", "die", "das"),
        *("ein", "eine", "o", "os", "as", "um", "uma"),
    }
)
# How many words after a cue can belong to the name.
_MAX_NAME_WORDS = 3
# A word of letters and their combining marks (a hyphen inside): "ফারহানা", "jean-luc".
_LETTERS = regex.compile(r"\p{L}[\p{L}\p{M}]*(?:-[\p{L}\p{M}]+)*")
_ETHIOPIC = regex.compile(r"\p{Ethiopic}")


class _CueKind(Enum):
    STRONG = "strong"  # "my name is", titles: whatever follows is a name
    RELATION = "relation"  # "my brother", "my lawyer": a name often follows
    PRONOUN = "pronoun"  # "I am", "я": a name only if it looks like one
    VERB = "verb"  # "ضربني X" (X hit me): the subject after a verb, if no everyday word


@dataclass(slots=True)
class _Marks:
    """Per-message facts about each token; private to one ``find`` call."""

    text: str
    tokens: list[Token]
    keys: list[str]
    base: list[str]
    keep: list[bool]
    fw: list[bool]
    gaz: list[bool]
    weak_gaz: list[bool]
    amb: list[bool]
    joined: list[bool]
    cue_joined: list[bool]
    is_name: list[bool]
    cue_name: list[bool]
    lang: str = "und"
    common: tuple[frozenset[str], ...] = ()
    judged: bool = False

    def plausible(self, i: int) -> bool:
        """Could this word continue a name that is being extended?"""
        if self.keep[i] or self.fw[i] or len(self.tokens[i].text) < 2:
            return False
        if self.tokens[i].cased:
            return self.tokens[i].capital
        return self.weak_gaz[i]


class NameFinder:
    """Return the character spans of person names in a text.

    Args:
        lexicon: the gazetteers and cue lists.
    """

    def __init__(self, lexicon: Lexicon) -> None:
        self._lex = lexicon
        # Kinship words of the relation cues without their possessive ("my wife" -> "wife",
        # "моя жена" -> "жена"), and one-word cues ("kardeşim", "ابني").
        self._kin = (
            frozenset(cue[-1] for cue in lexicon.weak_cues if len(cue) <= 2)
            - lexicon.function_words
        )

    def __call__(
        self,
        text: str,
        sender_name: str | None,
        lang: str = "und",
        disguised: tuple[tuple[int, int], ...] = (),
    ) -> list[tuple[int, int]]:
        """Spans (start, end) of names; adjacent name words form one span.

        ``disguised``: spans of words written with look-alike letters of another script
        ("Kwаmе" with Cyrillic а and е); each is a name.
        ``lang`` chooses the everyday words that a lower-case word after a cue must not
        be (the language's and English); without a list for it, only known names count
        after "I am"-like cues.
        """
        tokens = tokenise(text)
        if not tokens:
            return []
        m = self._marks(text, tokens)
        m.common = (
            self._lex.common.get(lang, frozenset()),
            self._lex.common.get("en", frozenset()),
        )
        m.judged = lang in self._lex.common
        m.lang = lang
        for i, t in enumerate(tokens):
            # Two-letter gazetteer entries (Sa, Li) are too often ordinary words to stand alone.
            alone = m.gaz[i] and len(m.keys[i]) >= 3 and not (m.amb[i] or m.keep[i] or m.fw[i])
            # In lower-case chat a known given name stands alone too ("walid and hassan were
            # beaten"), when it is no everyday word of the message's language.
            lower = (
                t.cased
                and not t.capital
                and m.judged
                and len(m.keys[i]) >= 4
                and not (i and m.keys[i - 1] in _DETERMINERS)  # "the tanner", "le docteur"
            )
            # A word right after a number is its unit ("2 saal", "500 euros", "٦ شهور").
            if (
                alone
                and (t.capital or not t.cased or (lower and self._unusual(m, i)))
                and not _after_number(text, t.start)
            ):
                m.is_name[i] = True
        for a, b in disguised:
            for i, t in enumerate(tokens):
                if a <= t.start < b and len(t.text) >= 3:
                    m.is_name[i] = True
        self._capitalised(m)
        self._cues(m)
        self._kin_headers(m)
        self._bare_kin(m)
        self._after_cues(m)
        self._sign_off(m)
        self._vocative(m)
        self._list_of_names(m)
        if sender_name:
            own = {t.key for t in tokenise(sender_name) if len(t.key) >= 2}
            for i in range(len(tokens)):
                if m.keys[i] in own or m.base[i] in own:
                    m.is_name[i] = True
        self._extend(m)
        self._bridge(m)
        return _merge(m)

    def _marks(self, text: str, tokens: list[Token]) -> _Marks:
        lex = self._lex
        n = len(tokens)
        keys = [t.key for t in tokens]
        base = [_strip_clitic(t, lex) for t in tokens]
        joined = [
            i > 0 and _SENTENCE_BREAK.search(text, tokens[i - 1].end, tokens[i].start) is None
            for i in range(n)
        ]
        return _Marks(
            text=text,
            tokens=tokens,
            keys=keys,
            base=base,
            # A word glued to digits is part of a code ("GB33BUKB...", "ws917"), never a name.
            keep=[
                k or _glued_to_digit(text, t)
                for k, t in zip(self._keep_mask(keys), tokens, strict=True)
            ],
            fw=[
                k in lex.function_words or b in lex.function_words
                for k, b in zip(keys, base, strict=True)
            ],
            gaz=[
                b in lex.given
                or b in lex.family_strong
                or (b in lex.family_weak and t.cased)
                or _NAME_SHAPE.search(b) is not None
                for t, b in zip(tokens, base, strict=True)
            ],
            weak_gaz=[
                b in lex.family_weak or b in lex.given or b in lex.family_strong or b in lex.support
                for b in base
            ],
            amb=[k in lex.ambiguous or b in lex.ambiguous for k, b in zip(keys, base, strict=True)],
            joined=joined,
            cue_joined=[
                joined[i]
                or (
                    i > 0
                    and _CUE_GAP.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
                )
                for i in range(n)
            ],
            is_name=[False] * n,
            cue_name=[False] * n,
        )

    def _cues(self, m: _Marks) -> None:
        lex = self._lex
        n = len(m.tokens)
        for i in range(n):
            if m.keys[i] not in lex.cue_first and m.base[i] not in lex.cue_first:
                if _AR_RELATION.match(m.keys[i]):
                    self._capture_after(m, i + 1, _CueKind.RELATION)
                elif _verb_like(m.keys[i]):
                    self._capture_after(m, i + 1, _CueKind.VERB)
                continue
            for length in range(lex.max_cue_len, 0, -1):
                j = i + length
                if j > n or (length > 1 and not all(m.joined[i + 1 : j])):
                    continue
                cue = (m.base[i], *m.keys[i + 1 : j])
                if cue not in lex.strong_cues and cue not in lex.weak_cues:
                    cue = tuple(m.keys[i:j])
                if cue in lex.strong_cues:
                    kind = _CueKind.STRONG
                elif cue in lex.weak_cues:
                    pronoun = all(c in lex.function_words for c in cue)
                    kind = _CueKind.PRONOUN if pronoun else _CueKind.RELATION
                else:
                    continue
                self._capture_after(m, j, kind)
                break

    def _capitalised(self, m: _Marks) -> None:
        """A capitalised word inside a sentence that is no everyday word, place or organisation
        is taken for a name, known or not ("the landlord Nsimba", "ask Makiese"): in cased
        scripts a capital is the writer's own mark of a name. Not at a sentence's start, not
        in capitals throughout (acronyms), not after a number (a unit) or a word of place
        ("in Alcobendas", "в Бресте", "Libya te")."""
        if not m.judged:
            return
        for i in range(1, len(m.tokens)):
            t = m.tokens[i]
            if (
                m.is_name[i]
                or not t.capital
                or len(t.text) < 3
                or t.text.isupper()
                or m.keep[i]
                or m.fw[i]
                or m.amb[i]
                or m.keys[i] in self._lex.towns
                or m.base[i] in self._lex.towns
                or _SENTENCE_START.search(m.text, m.tokens[i - 1].end, t.start) is not None
                or m.tokens[i - 1].text.casefold() in _PLACE_BEFORE
                or (i + 1 < len(m.tokens) and m.tokens[i + 1].text.casefold() in _PLACE_AFTER)
                or _TR_PLACE_CASE.search(t.text) is not None
                or _LETTERS.fullmatch(m.keys[i]) is None
                or self._everyday(m, i)
                or _after_number(m.text, t.start)
            ):
                continue
            m.is_name[i] = True

    def _vocative(self, m: _Marks) -> None:
        """The last word of a message after thanks or a blessing is whom it is addressed to
        ("merci beaucoup mariama", "que dios te bendiga jhon", "الله يخليك يا رهف") when it
        is a known name with no everyday homonym or no everyday word at all."""
        n = len(m.tokens)
        if n < 2:
            return
        k = n - 1
        if _TRAILER.fullmatch(m.text, m.tokens[k].end) is None:
            return
        if m.is_name[k] or m.keep[k] or m.fw[k] or len(m.tokens[k].text) < 2:
            return
        # Thanks or a blessing within five words before, in the same sentence.
        closing = False
        for j in range(k - 1, max(-1, k - 6), -1):
            if m.keys[j] in self._lex.closings or m.base[j] in self._lex.closings:
                closing = True
                break
            if not m.joined[j]:
                return
        if not closing or not m.joined[k] or m.keys[k - 1] in _GOD:
            return  # "اللہ حافظ", "khuda hafiz": God's name and its word are the farewell
        known = self._known(m, k)
        if known or (m.judged and self._unusual(m, k)):
            m.is_name[k] = True

    def _list_of_names(self, m: _Marks) -> None:
        """Items of a numbered or bulleted list where some item is a name are names too
        ("1. Tariq Abdalla\n2. Idris Haile +2 kids\n3. kwame"): one to three words at the
        start of each item, up to a number, a bracket or a plus."""
        items: list[list[int]] = []
        for line in _LIST_ITEM.finditer(m.text):
            words = [
                i
                for i, t in enumerate(m.tokens)
                if line.start("item") <= t.start < line.end("item")
            ]
            if 1 <= len(words) <= 3:
                items.append(words)
        if len(items) < 2 or not any(m.is_name[i] for item in items for i in item):
            return
        for item in items:
            if all(self._name_part(m, i, self._lex) or m.is_name[i] for i in item):
                for i in item:
                    m.is_name[i] = True

    def _kin_headers(self, m: _Marks) -> None:
        """A relative written alone on a line ("мама", "син", "wife") heads the name below it:
        "жена\nдилноза\nсын\nшахзод усманов"."""
        if "\n" not in m.text:
            return
        for i in range(len(m.tokens) - 1):
            if m.keys[i] not in self._kin and m.base[i] not in self._kin:
                continue
            # The first word of the text has no line before it to be alone after.
            if not self._alone_on_line(m, i) and not (
                i == 0 and "\n" in m.text[m.tokens[0].end : m.tokens[1].start]
            ):
                continue
            if "\n" in m.text[m.tokens[i].end : m.tokens[i + 1].start] and not m.is_name[i + 1]:
                self._capture_after(m, i + 1, _CueKind.RELATION)

    def _sign_off(self, m: _Marks) -> None:
        """A message's last line of one or two words that could be a name is the writer's
        signature ("thank you for the help\nEsi", "شكرا\nسامر")."""
        text = m.text.rstrip()
        cut = text.rfind("\n")
        if cut < 0 or not text[:cut].strip():
            return
        last = [k for k, t in enumerate(m.tokens) if t.start > cut]
        if not 1 <= len(last) <= 2 or any(m.is_name[k] for k in last):
            return
        if any(c.isdigit() for c in text[cut:]):
            # "0803\n441 2290 escribeme": the end of a phone, not a signature.
            return
        if _SENTENCE_BREAK.search(text, cut + 1) and not text.endswith((".", "!")):
            return
        # After a line of thanks ("شكرا على المساعدة\nنور", "teşekkürler\nHakan") the last
        # line is the signature even when the name is also a word.
        start = text.rfind("\n", 0, cut) + 1
        thanks = any(
            (m.keys[k] in self._lex.closings or m.base[k] in self._lex.closings)
            for k, t in enumerate(m.tokens)
            if start <= t.start < cut
        )
        for k in last:
            t = m.tokens[k]
            if m.keep[k] or m.fw[k] or len(t.text) < 2 or not _LETTERS.fullmatch(m.keys[k]):
                return
            if m.keys[k] in self._lex.closings or m.base[k] in self._lex.closings:
                return
            if t.cased and not t.capital and not m.judged:
                return
            known = self._known(m, k)
            # A single word in a script without case after thanks ("ممنون از کمک شما\nپرستو"):
            # names there are often words too, and no capital tells them apart.
            signed = thanks and (
                m.weak_gaz[k] or (t.cased and t.capital) or (not t.cased and len(last) == 1)
            )
            if not (known or signed or self._unusual(m, k)):
                return
        for k in last:
            m.is_name[k] = True

    def _capture_after(self, m: _Marks, j: int, kind: _CueKind) -> None:
        lex = self._lex
        taken = 0
        k = j
        while k < len(m.tokens) and taken < _MAX_NAME_WORDS:
            if k == j:
                if not m.cue_joined[k]:
                    break
            elif not m.joined[k]:
                # A list of names, one per line ("my kids:\nkwame\njoseph") or after commas
                # ("names: abdi, hawa"): go on while the next one is a known name.
                if not (self._next_line_of_names(m, k) or self._next_in_list(m, k)):
                    break
                taken = 0
            t = m.tokens[k]
            # "My name is Jordan": after a strong cue a place that is also a given name is the name.
            shielded = m.keep[k] and not (kind is _CueKind.STRONG and m.weak_gaz[k])
            # "اسم من علی": a given name that is also a function word (علی "on") is the name
            # right after a strong cue.
            function = m.fw[k] and not (kind is _CueKind.STRONG and taken == 0 and m.weak_gaz[k])
            if (
                shielded
                or function
                or len(t.text) < 2
                or (taken and (t.key in lex.after_cues or _case_drop(m, k)))
            ):
                break
            if _after_number(m.text, t.start):
                # "the caseworker said 500 euros": a word after a number is its unit.
                break
            if t.key in lex.connectors:
                k += 1
                continue
            if t.cased and not t.capital:
                # Lower case after a cue ("my name is walid osman"): a known name, or a word
                # that is no everyday word of the message's language. After "my sister" or
                # "I am" an unknown first word needs a second one ("ma soeur chancelle
                # mbemba") or a line of its own, since a verb often follows ("mi hija
                # estudia"), and a language with an everyday-word list to tell them apart.
                # A known name that is also an everyday word ("said", "grace") needs more: a
                # strong cue, a second name word, or a line of its own ("the caseworker said
                # 500 euros" is no name).
                known = (
                    m.weak_gaz[k]
                    and (kind is not _CueKind.PRONOUN or not m.amb[k] or taken > 0)
                    and (
                        kind is _CueKind.STRONG
                        or taken > 0
                        or not self._everyday(m, k)
                        # A given name with no homonym in the curated list ("rafael",
                        # "ольга") is in the everyday lists only because names are frequent.
                        or self._given(m, k)
                        or self._name_follows(m, k)
                        or self._alone_on_line(m, k)
                    )
                )
                if kind is _CueKind.PRONOUN and taken == 0 and self._take_family_next(m, k):
                    # "ben hakan şahin": after "I am", a word before a known family name is
                    # the given name, even when it is also a word; both are the name.
                    ok = True
                elif kind is _CueKind.STRONG and taken == 0:
                    # "мене звати богдана": the word right after "my name is" is the name,
                    # everyday word or not (function words were ruled out above).
                    ok = True
                elif known or kind is _CueKind.STRONG or taken:
                    # "ma tante aïcha dort dehors": a verb after the name ends it.
                    ok = known or (self._unusual(m, k) and not (taken and self._verb_form(m, k)))
                elif self._alone_on_line(m, k):
                    # "my kids:\nkwame\njoseph": a word on a line of its own after the cue.
                    ok = self._unusual(m, k)
                else:
                    ok = m.judged and (
                        ((self._unusual(m, k) or m.weak_gaz[k]) and self._name_follows(m, k))
                        # "my cousin ruvimbo is still in calais": after a relative, a word
                        # that is no everyday word of the language or English is the name.
                        # ... unless it has a verb's ending ("mi hija estudia en").
                        or (
                            kind is _CueKind.RELATION
                            and m.joined[k]
                            and self._unusual(m, k)
                            and (m.weak_gaz[k] or not self._verb_form(m, k))
                        )
                        # "liga pro meu primo ricardo no …": after a relative, a known name
                        # (no everyday-word homonym) closed by a function word or the end. An
                        # unknown word there is as often a verb ("mi hija estudia en").
                        or (
                            kind is _CueKind.RELATION
                            and m.weak_gaz[k]
                            and not m.amb[k]
                            and self._closed(m, k)
                        )
                        # "ben zerda, ...", "slt c zelindo , ...": after "I am" one word
                        # that is no everyday word, closed by a comma, is the name.
                        or (
                            kind is _CueKind.PRONOUN
                            and self._unusual(m, k)
                            and not self._verb_form(m, k)
                            and _comma_next(m, k)
                        )
                    )
            elif t.cased:
                ok = True
            elif kind is _CueKind.PRONOUN:
                # "انا رنيم الحلواني", "আমি সাকিব হোসেন": any word before a known family name
                # (two unknown words are as often dialect: "انا تعبان كتير").
                nxt = k + 1
                ok = m.weak_gaz[k] or (
                    taken == 0
                    and nxt < len(m.tokens)
                    and m.joined[nxt]
                    and m.weak_gaz[nxt]
                    and not (m.amb[nxt] or m.fw[nxt] or m.keep[nxt] or m.fw[k])
                    and not _verb_like(m.keys[k])
                )
            elif kind is _CueKind.VERB:
                # Two such words (given and family name): "ضربني قدام الكل" stays.
                nxt = k + 1
                ok = (
                    taken < 2
                    and m.judged
                    and self._unusual(m, k)
                    and not _verb_like(m.keys[k])
                    and (
                        taken == 1
                        or (
                            nxt < len(m.tokens)
                            and m.joined[nxt]
                            and not m.keep[nxt]
                            and self._unusual(m, nxt)
                        )
                    )
                )
            else:
                # Scripts without capitals: the first two words after a name cue are the name
                # (given and family or father's name) unless they are function words; a third
                # only if it is a known name. A word shaped like a verb with an object suffix
                # ("الحارس ضربني", "the guard hit me") is what they did, not their name.
                ok = (
                    taken < 2 and not _verb_like(m.keys[k]) and m.keys[k] not in lex.cue_first
                ) or m.weak_gaz[k]
            if not ok:
                break
            m.is_name[k] = True
            m.cue_name[k] = True
            taken += 1
            k += 1

    def _take_family_next(self, m: _Marks, k: int) -> bool:
        """Whether token ``k`` (no function, keep or verb-shaped word) is followed, in the
        same sentence, by a lower-case known family name; if so that name is marked."""
        nxt = k + 1
        if nxt >= len(m.tokens) or not m.joined[nxt] or m.fw[k] or m.keep[k]:
            return False
        if self._verb_form(m, k) or len(m.keys[k]) < 3:
            return False
        t = m.tokens[nxt]
        family = (
            t.cased
            and not t.capital
            and (m.base[nxt] in self._lex.family_strong or m.base[nxt] in self._lex.family_weak)
            and not (m.fw[nxt] or m.keep[nxt])
            and len(m.keys[nxt]) >= 3
        )
        if family:
            m.is_name[nxt] = True
            m.cue_name[nxt] = True
        return family

    def _given(self, m: _Marks, k: int) -> bool:
        """A known given name with no everyday homonym in the curated lists."""
        return (
            m.base[k] in self._lex.given
            and not m.amb[k]
            and not m.keep[k]
            and not m.fw[k]
            and len(m.keys[k]) >= 3
        )

    def _bare_kin(self, m: _Marks) -> None:
        """A relative written without "my" ("сестра ольга теж тут", "mi hija\ngermán"): the
        word after it is a name when it is a known given name with no everyday homonym,
        in the same sentence or alone on the next line."""
        n = len(m.tokens)
        for i in range(n - 1):
            if m.keys[i] not in self._kin and m.base[i] not in self._kin:
                continue
            k = i + 1
            if m.is_name[k] or not self._given(m, k):
                continue
            t = m.tokens[k]
            if t.cased and t.capital:
                continue  # capitalised names are found without a cue
            if not (m.cue_joined[k] or self._alone_on_line(m, k)):
                continue
            if _after_number(m.text, t.start):
                continue
            m.is_name[k] = True
            m.cue_name[k] = True

    def _name_follows(self, m: _Marks, k: int) -> bool:
        """Whether the next word, in the same sentence, is a known or unusual word (a family
        name after a given name that is also an everyday word: "ben elif demir")."""
        nxt = k + 1
        return (
            nxt < len(m.tokens)
            and _gap_is_space(m.text, m.tokens[k].end, m.tokens[nxt].start)
            and not m.fw[nxt]
            and not m.keep[nxt]
            and (m.weak_gaz[nxt] or self._unusual(m, nxt))
        )

    def _verb_form(self, m: _Marks, k: int) -> bool:
        """Whether a lower-case word after a relative reads as their verb ("mi hija estudia
        en", "minha filha estuda em", "my cousin sends")."""
        key = m.keys[k]
        if key.endswith(_VERB_ENDINGS.get(m.lang, ())):
            return True
        # Present tense in -a/-e (-s in English) before a preposition or at the end.
        return key.endswith(_PRESENT_ENDINGS.get(m.lang, ())) and self._closed(m, k)

    def _closed(self, m: _Marks, k: int) -> bool:
        """Whether token ``k`` ends its sentence or a function word follows it."""
        nxt = k + 1
        return nxt >= len(m.tokens) or not m.joined[nxt] or m.fw[nxt]

    def _everyday(self, m: _Marks, k: int) -> bool:
        """An everyday word of the message's language (or English) in its own script."""
        return any(m.keys[k] in c or m.base[k] in c for c in m.common) or (
            m.keys[k] in ROMANISED_EVERYDAY
        )

    def _known(self, m: _Marks, k: int) -> bool:
        """A known name, unless it is also an everyday word of the message's language."""
        return m.weak_gaz[k] and not (m.amb[k] and self._everyday(m, k))

    def _unusual(self, m: _Marks, k: int) -> bool:
        """A lower-case word that is no everyday word, so after a cue it is taken for a name."""
        key = m.keys[k]
        return (
            # An Ethiopic syllable is a consonant and a vowel: two of them make a name ("ሙሴ").
            (len(key) >= 3 or (len(key) == 2 and _ETHIOPIC.match(key) is not None))
            and not any(key in c or m.base[k] in c for c in m.common)
            and key not in ROMANISED_EVERYDAY
            and not m.amb[k]
            # Letters with their combining signs (Bengali and Devanagari vowel signs).
            and _LETTERS.fullmatch(key) is not None
        )

    def _next_in_list(self, m: _Marks, k: int) -> bool:
        """Whether token ``k`` is a known name right after a name and a comma."""
        gap = m.text[m.tokens[k - 1].end : m.tokens[k].start]
        return (
            m.is_name[k - 1]
            and gap.strip() in (",", "،", "&")
            and m.weak_gaz[k]
            and not m.amb[k]
            and not m.keep[k]
        )

    def _alone_on_line(self, m: _Marks, k: int) -> bool:
        """Whether token ``k`` starts a new line and is the only word on it."""
        if k == 0 or "\n" not in m.text[m.tokens[k - 1].end : m.tokens[k].start]:
            return False
        line_end = m.text.find("\n", m.tokens[k].end)
        return k + 1 >= len(m.tokens) or (0 <= line_end < m.tokens[k + 1].start)

    def _next_line_of_names(self, m: _Marks, k: int) -> bool:
        """Whether token ``k`` opens a short line (one or two words) right after a name."""
        if not m.is_name[k - 1] or "\n" not in m.text[m.tokens[k - 1].end : m.tokens[k].start]:
            return False
        # The previous name ended its own line, and this line holds at most two words.
        prev_line_end = m.text.find("\n", m.tokens[k - 1].end)
        if m.text[m.tokens[k - 1].end : prev_line_end].strip(" .,;:!?-"):
            return False
        line_end = m.text.find("\n", m.tokens[k].start)
        line_end = len(m.text) if line_end < 0 else line_end
        words = sum(1 for t in m.tokens[k:] if t.start < line_end)
        return words <= 2

    def _after_cues(self, m: _Marks) -> None:
        # Verb-final languages name people before the marker: "X نامی", "X የሚባል", "X adlı".
        lex = self._lex
        for i in range(1, len(m.tokens)):
            ask = m.keys[i] in lex.ask_verbs
            speech = ask or m.keys[i] in lex.speech_verbs
            if not (speech or m.keys[i] in lex.after_cues) or not m.joined[i]:
                continue
            # "yeison me dijo": a clitic pronoun between the name and the verb; "nimco wuxuu
            # ii sheegay", "نائلہ نے بتایا": subject and object markers.
            first = i - 2 if speech and m.keys[i - 1] in _CLITICS and i >= 2 else i - 1
            while speech and first > 0 and m.keys[first] in _SUBJECT_MARKERS and first > i - 4:
                first -= 1
            for p in (first, first - 1):
                if p < 0:
                    break
                t = m.tokens[p]
                known = m.weak_gaz[p] and not m.amb[p]
                if speech:
                    # Before "told", "گفت": a known name, a capitalised word, or one that is
                    # no everyday word ("ontem lucineide falou"); the word before it only if
                    # known or capitalised ("yesterday" is no family name).
                    # Right after "yesterday" the word before "told" is who told, even if it
                    # is also a word ("yesterday comfort told me"), unless a curated
                    # homonym with no name reading ("yesterday police told me").
                    after_time = (
                        p == first
                        and p > 0
                        and m.keys[p - 1] in _TIME_WORDS
                        and m.joined[p]
                        and (m.weak_gaz[p] or not m.amb[p])
                        and not (t.cased and t.capital and t.text.isupper())
                    )
                    ok = (
                        known
                        or (t.cased and t.capital)
                        # Before "yazın", "sorun" a lower-case Latin word must be a known
                        # name ("adresine yazın"); in a script without case, unusual will do.
                        or (
                            p == first
                            and m.judged
                            and self._unusual(m, p)
                            and not (ask and t.cased)
                        )
                        or (after_time and not ask)
                    ) and len(t.text) >= 3
                else:
                    # Lower case before "hastam", "hoon": only a known name.
                    ok = not (t.cased and not t.capital and not known) and len(t.text) >= 2
                if m.keep[p] or m.fw[p] or not ok:
                    break
                m.is_name[p] = True
                if not m.joined[p]:
                    break

    def _extend(self, m: _Marks) -> None:
        lex = self._lex
        n = len(m.tokens)
        # A family name found by the lower-case rule is not extended again ("khan hun ...").
        from_surname = [False] * n
        changed = True
        while changed:
            changed = False
            for i in range(n):
                if not m.is_name[i]:
                    continue
                for j, link in ((i + 1, i + 1), (i - 1, i)):
                    if not 0 <= j < n or m.is_name[j] or not m.joined[link]:
                        continue
                    t = m.tokens[j]
                    other = j + (j - i)
                    particle = (
                        m.keys[j] in lex.connectors
                        and 0 <= other < n
                        and (
                            m.plausible(other)
                            # "ana esmi walid el masri": lower-case chat.
                            or (
                                m.judged
                                and not m.tokens[i].capital
                                and (self._unusual(m, other) or self._lower_known(m, other))
                            )
                        )
                    )
                    known = (
                        m.weak_gaz[j]
                        and not m.keep[j]
                        and not m.fw[j]
                        and (
                            t.capital
                            or not t.cased
                            # "jose manuel da silva santos": known names in lower-case chat.
                            or (j > i and not m.tokens[i].capital and self._lower_known(m, j))
                        )
                    )
                    # Rightwards for unknown capitalised words; leftwards only inside a sentence
                    # ("ma soeur Chancelle Mbemba"), since the word before a name is often a
                    # capitalised sentence start ("Yesterday Ahmed came").
                    inside = j > i or (
                        j > 0
                        and m.joined[j]
                        and m.tokens[j - 1].cased
                        and not m.tokens[j - 1].capital
                    )
                    capitalised = inside and t.cased and m.plausible(j) and not m.amb[j]
                    # In lower-case chat the word after a lower-case name that is no
                    # everyday word is its family name ("this is emeka okonkwo speaking").
                    surname = (
                        j > i
                        and m.keys[j] not in lex.speech_verbs
                        and m.keys[j] not in lex.after_cues
                        and not from_surname[i]
                        and m.judged
                        and t.cased
                        and not t.capital
                        and not m.tokens[i].capital
                        and not m.keep[j]
                        and not m.fw[j]
                        and self._unusual(m, j)
                        and not m.keys[j].endswith(_VERB_ENDINGS.get(m.lang, ()))
                    )
                    # Scripts without case: an unusual word right after a cue-found name
                    # is the family name ("انا رنيم شحادة").
                    uncased_surname = (
                        j == i + 1
                        and m.cue_name[i]
                        and not (i > 0 and m.is_name[i - 1])
                        and not t.cased
                        and m.judged
                        and not m.keep[j]
                        and not m.fw[j]
                        and self._unusual(m, j)
                        and not _verb_like(m.keys[j])
                    )
                    surname = surname or uncased_surname
                    if particle or known or capitalised or surname:
                        m.is_name[j] = True
                        from_surname[j] = surname and not (particle or known or capitalised)
                        changed = True

    def _lower_known(self, m: _Marks, k: int) -> bool:
        """A lower-case known name that is no everyday-word homonym ("silva", not "said")."""
        t = m.tokens[k]
        lex = self._lex
        key = m.base[k]
        return (
            t.cased
            and not t.capital
            # The curated and locale lists only: the broad support list has too many short
            # words of other languages ("dort") to extend a name by itself.
            and (key in lex.given or key in lex.family_strong or key in lex.family_weak)
            and not m.amb[k]
            and not m.keep[k]
            and not m.fw[k]
            and m.keys[k] not in self._lex.speech_verbs
        )

    def _bridge(self, m: _Marks) -> None:
        """Words between two parts of one name are part of it: "manuel da silva" between
        two found words, "আবুল কালাম" inside "[NAME] আবুল কালাম [NAME]"."""
        lex = self._lex
        names = [i for i, flag in enumerate(m.is_name) if flag]
        for a, b in pairwise(names):
            gap = range(a + 1, b)
            if not 1 <= len(gap) <= 3 or not all(m.joined[k] for k in range(a + 1, b + 1)):
                continue
            if all(self._name_part(m, k, lex) for k in gap):
                for k in gap:
                    m.is_name[k] = True

    def _name_part(self, m: _Marks, k: int, lex: Lexicon) -> bool:
        key = m.keys[k]
        if key in lex.connectors:
            return True
        if m.fw[k] or key in lex.speech_verbs or key in lex.after_cues or len(key) < 2:
            return False
        if m.weak_gaz[k]:
            return not m.amb[k] or not self._everyday(m, k)
        return not m.keep[k] and m.judged and self._unusual(m, k)

    def _keep_mask(self, keys: list[str]) -> list[bool]:
        lex = self._lex
        n = len(keys)
        mask = [False] * n
        for i in range(n):
            if keys[i] not in lex.keep_first:
                mask[i] = mask[i] or _kept_with_suffix(keys[i], lex)
                continue
            for length in range(min(lex.max_keep_len, n - i), 0, -1):
                if tuple(keys[i : i + length]) in lex.keep:
                    for k in range(i, i + length):
                        mask[k] = True
                    break
        return mask


# Subject and object markers between a name and its speech verb (Somali, Urdu, Hausa).
_SUBJECT_MARKERS = frozenset({"wuxuu", "waxay", "ayaa", "ii", "نے", "ne"})
# "Yesterday", "today" in the served languages (folded as the name finder's keys).
_TIME_WORDS = frozenset(
    fold(w)
    for w in [
        "yesterday",
        "today",
        "hier",
        "aujourd'hui",
        "ayer",
        "hoy",
        "ontem",
        "hoje",
        "dün",
        "bugün",
        "вчера",
        "сегодня",
        "вчора",
        "сьогодні",
        "jana",
        "leo",
        "shalay",
        "maanta",
        "jiya",
        "yau",
        "kal",
        "aaj",
        "gotokal",
        "aj",
        "emruz",
        "diruz",
        "کل",
        "آج",
        "گزشتہ",
        "گতকাল",
        "আজ",
        "দিরোজ",
        "دیروز",
        "امروز",
        "پرون",
        "نن",
        "امبارح",
        "البارحة",
        "امس",
        "اليوم",
        "ትናንት",
        "ዛሬ",
        "ትማሊ",
        "ሎሚ",
    ]
)

# Object pronouns written between a subject and its verb in Spanish, Portuguese and French.
_CLITICS = frozenset({"me", "te", "le", "les", "nos", "lhe", "lui"})

# Arabic verbs carry their object as a suffix (ضربني "hit me", ساعدنا "helped us",
# ضربوني); Persian present-tense verbs start with می. Names so shaped are in the gazetteer.
_VERB_SHAPE = regex.compile(r"^\p{Arabic}{2,}(?:ني|نا|وني|وا)$|^می\p{Arabic}{3,}$")


# Endings of conjugated verbs in the Latin-script languages whose verbs follow the subject.
_VERB_ENDINGS = {
    "en": ("ed", "ing", "es"),
    "es": ("ia", "aba", "io", "an", "en", "ando", "iendo", "ado", "ido", "ara", "aron", "ieron"),
    "pt": ("ou", "eu", "iu", "ava", "ia", "ando", "endo", "ado", "ido", "am", "em", "ram"),
    "fr": ("ait", "er", "ent", "it", "rt"),
    # Turkish past, present and future endings (folded: ü -> u); not the evidential -mış,
    # which ends names too ("Sarıkamış").
    "tr": (
        *("du", "dı", "di", "tu", "tı", "ti", "yor", "acak", "ecek"),
        *("dular", "dılar", "diler", "tular", "tılar", "tiler"),
    ),
}


_PRESENT_ENDINGS = {"en": ("s",), "es": ("a", "e"), "pt": ("a", "e"), "fr": ("e", "t")}


def _verb_like(key: str) -> bool:
    return _VERB_SHAPE.match(key) is not None


_TR_CASE = regex.compile(r"(?:[dt][ae]n?|[yn]?[ae]|[yn]?[ıiuü]n)$")
_NUMBER_BEFORE = regex.compile(r"(?r)\d[\d.,]*\s{1,2}\Z")


def _glued_to_digit(text: str, t: Token) -> bool:
    """Whether a digit touches the word on either side."""
    return (t.end < len(text) and text[t.end].isdigit()) or (
        t.start > 0 and text[t.start - 1].isdigit()
    )


def _after_number(text: str, start: int) -> bool:
    """Whether the word at ``start`` comes right after a number ("2 saal", "500 euros")."""
    return _NUMBER_BEFORE.search(text, max(0, start - 12), start) is not None


def _kept_with_suffix(key: str, lex: Lexicon) -> bool:
    """A place written with a Turkish case suffix after an apostrophe: "istanbul'da"."""
    # Only the apostrophe form: prefix matching would hide names ("Marisol" starts with "Maris").
    stem = key.split("'", maxsplit=1)[0]
    if stem != key:
        return (stem,) in lex.keep
    # ... or without one, as people type in chat: "izmirde", "ankaraya", "hataydan".
    m = _TR_CASE.search(key)
    return m is not None and len(key) - len(m.group()) >= 4 and (key[: m.start()],) in lex.keep


def _strip_clitic(token: Token, lex: Lexicon) -> str:
    """The word without a one-letter prefix, if the rest is a known name, cue or function word."""
    key = token.key
    if len(key) <= 3 or key in lex.given or key in lex.family_strong or key in lex.family_weak:
        return key
    # Arabic-script conjunction/preposition prefixes (و, ب, ل, ف), Ethiopic prepositions
    # (ን, ብ, ከ, በ, ለ, የ) and French elision (d', l').
    if key[0] in "وبلفንብከበለየ":
        rest = key[1:]
    elif key[1] == "'" and key[0] in "dlj":
        rest = key[2:]
    else:
        return key
    if (
        rest in lex.given
        or rest in lex.family_strong
        or rest in lex.cue_first
        or rest in lex.function_words
    ):
        return rest
    return key


def _comma_next(m: _Marks, k: int) -> bool:
    """Whether token ``k`` is followed by a comma (spaces allowed before it)."""
    end = m.tokens[k + 1].start if k + 1 < len(m.tokens) else len(m.text)
    if m.lang == "tr" and m.keys[k].endswith(("ım", "im", "um", "üm")):
        # "ben yorgunum, ...": a Turkish predicate in the first person ("I am tired").
        return False
    return m.text[m.tokens[k].end : end].strip().startswith((",", "،", "፣"))


def _case_drop(m: _Marks, k: int) -> bool:
    """ "адвокат Зарина Бондаренко просила": after a capitalised name word, a lower-case
    word that is no known name is what they did, not more of the name."""
    t, before = m.tokens[k], m.tokens[k - 1]
    return t.cased and not t.capital and before.cased and before.capital and not m.weak_gaz[k]


def _merge(m: _Marks) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    tokens = m.tokens
    i = 0
    n = len(tokens)
    while i < n:
        if not m.is_name[i]:
            i += 1
            continue
        start = tokens[i].start
        if m.base[i] != m.keys[i] and len(m.base[i]) < len(tokens[i].text):
            # Keep the clitic or elision outside the placeholder ("و[NAME]", "d'[NAME]").
            start += len(tokens[i].text) - len(m.base[i])
        j = i
        while (
            j + 1 < n
            and m.is_name[j + 1]
            and m.joined[j + 1]
            and _gap_is_space(m.text, tokens[j].end, tokens[j + 1].start)
            # "أحمد ومحمد": a word with a conjunction prefix starts another person.
            and m.base[j + 1] == m.keys[j + 1]
        ):
            j += 1
        spans.append((start, tokens[j].end))
        i = j + 1
    return spans


def _gap_is_space(text: str, a: int, b: int) -> bool:
    return b - a <= 3 and not text[a:b].strip(" \t-")
