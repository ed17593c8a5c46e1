"""The feedback flow, the same on every channel: language, consent, country, theme, words, receipt.

The engine sees only ``InboundMessage``s and answers with ``OutboundMessage``s; it
knows nothing of Telegram, WhatsApp, SMS or the web. State lives in the database
(one row per person, by pseudonym), so a conversation survives restarts and can
move between processes. A person's free text is anonymised here, in memory,
before anything about it is written.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from bot import updates
from bot.catalog import likely_countries, match_country
from bot.consent import consent_text
from bot.flow import SKIP, TEXT_ID, Flow, Kind, Question, builtin_flow
from bot.referrals import Referrals
from core.clock import utcnow
from core.messages import (
    HELP_NOW,
    ChannelKind,
    Choice,
    InboundMessage,
    OutboundKind,
    OutboundMessage,
)
from i18n.translator import (
    N_,
    SUPPORTED,
    country_name,
    gettext,
    is_rtl,
    isolate,
    language_name,
    locale_for_phone,
    negotiate,
    ngettext,
    normalise_locale,
)
from storage.identity import normalise_receipt
from storage.queries import intake as q
from storage.queries.flows import load_flow_version, save_flow_version
from storage.queries.intake_store import IntakeStore, RowIntakeStore
from storage.queries.submissions import (
    NewSubmission,
    get_by_receipt,
    list_for_pseudonym,
    update_pending,
    withdraw_for_pseudonym,
    withdraw_receipt,
)

log = logging.getLogger(__name__)

CONSENT_VERSION = "2026-11"
_PHONE_CHANNELS = (ChannelKind.SMS, ChannelKind.WHATSAPP)


def person_locale(conv: q.ConversationState | None, msg: InboundMessage) -> str:
    """The language to answer ``msg`` in.

    Only a language the person picked overrides what the channel suggests (the app's
    language, the phone number's country); then the last language used; then English.
    """
    explicit = conv.locale if conv is not None and conv.data.get("lang_set") else None
    phone = msg.address.value if msg.address.channel in _PHONE_CHANNELS else None
    return negotiate(
        explicit, [msg.locale_hint, locale_for_phone(phone), conv.locale if conv else None]
    )


class Analysis(Protocol):
    """What the engine needs from the moderation pipeline's result."""

    @property
    def text(self) -> str: ...
    @property
    def lang(self) -> str: ...
    @property
    def entities(self) -> dict[str, int]: ...
    @property
    def flags(self) -> tuple[str, ...]: ...
    @property
    def objectives(self) -> tuple[int, ...]: ...
    @property
    def urgent(self) -> bool: ...
    @property
    def urgent_category(self) -> str | None: ...
    @property
    def urgent_cue(self) -> tuple[int, int] | None: ...


class Analyser(Protocol):
    """The moderation pipeline: anonymise, identify language, screen, classify."""

    def process(
        self, text: str, *, lang_hint: str | None = None, sender_name: str | None = None
    ) -> Analysis:
        """Return the anonymised text and what was found in it."""
        ...


class Step(StrEnum):
    """Where a person is in the flow."""

    IDLE = "idle"  # nothing under way; the next message starts the flow
    LANGUAGE = "language"  # asked to pick a language
    CONSENT = "consent"  # shown the privacy notice, asked to agree
    QUESTION = "question"  # asked a flow question (saved as the question's id)
    TEXT = "text"  # asked for their own words
    CONFIRM = "confirm"  # shown the anonymised text, asked to send it
    DELETE = "delete"  # asked to confirm erasing everything


# A conversation waiting for a flow question is saved with the question's id as its
# step ("country", "theme", "age_group"...); bot.flow keeps step names out of ids.
_STEPS = frozenset(step.value for step in Step if step is not Step.QUESTION)

HELP_NOW_LABEL = N_("Help now")
# Always understood, whatever language the person chose; "HELP" alone is the SMS
# carriers' own keyword, so the English keyword is two words.
HELP_NOW_KEYWORDS = ("help now", "helpnow", "sos")
HELP_CONSENT = "help-now"  # consent field of an item filed by "Help now" before any consent


def help_choice(locale: str) -> Choice:
    """The "Help now" option offered with every question."""
    return Choice(HELP_NOW, gettext(locale, HELP_NOW_LABEL))


def _keyword_key(text: str) -> str:
    """Case, accents and spacing folded: "AIDE  URGENTE!" and "aide urgente" are one keyword.

    Turkish dotless ı folds to i: "HEMEN YARDIM", as the SMS prompt shows the keyword,
    lower-cases to "yardim", not to the label's "yardım".
    """
    folded = text.strip().rstrip(".!؟?").casefold().replace("ı", "i")
    decomposed = unicodedata.normalize("NFD", folded)
    bare = "".join(c for c in decomposed if unicodedata.category(c) != "Mn")
    return " ".join(bare.split())


@lru_cache(maxsize=1)
def _help_words() -> frozenset[str]:
    words = {gettext(code, HELP_NOW_LABEL) for code in SUPPORTED}
    return frozenset(_keyword_key(w) for w in (*words, *HELP_NOW_KEYWORDS))


def is_help_now(text: str | None) -> bool:
    """Whether a message is the "Help now" keyword, in any of our languages or English."""
    return bool(text) and len(text or "") <= 40 and _keyword_key(text or "") in _help_words()


@dataclass(frozen=True, slots=True)
class Analysed:
    """A pipeline result worked out ahead (off the event loop), with what it was run on."""

    raw: str = field(repr=False)
    locale: str
    sender_name: str | None = field(repr=False)
    data: dict[str, Any] = field(repr=False)

    def fits(self, raw: str, locale: str, sender_name: str | None) -> bool:
        """Whether this result is the one ``analyse(raw, locale, sender_name)`` would give."""
        return (self.raw, self.locale, self.sender_name) == (raw, locale, sender_name)


@dataclass
class Turn:
    """One message being handled: who, what, and the state it finds and leaves."""

    msg: InboundMessage
    pseudonym: str
    locale: str
    step: Step
    data: dict[str, Any]
    replies: list[OutboundMessage] = field(default_factory=list)
    analysed: Analysed | None = None
    flow: Flow = field(default_factory=builtin_flow)

    def say(self, msgid: str, **params: object) -> None:
        """Queue a plain text reply in the person's language."""
        self.replies.append(
            OutboundMessage(
                kind=OutboundKind.TEXT,
                text=gettext(self.locale, msgid, **params),
                lang=self.locale,
                rtl=is_rtl(self.locale),
            )
        )

    def ask(self, msgid: str, choices: Sequence[Choice], **params: object) -> None:
        """Queue a question with options, and the "Help now" option after them."""
        self.replies.append(
            OutboundMessage(
                kind=OutboundKind.CHOICES,
                text=gettext(self.locale, msgid, **params),
                choices=(*choices, help_choice(self.locale)),
                lang=self.locale,
                rtl=is_rtl(self.locale),
            )
        )


@dataclass(frozen=True, slots=True)
class Filed:
    """A submission filed in one go: its receipt code, and a referral if it was urgent."""

    receipt: str
    referral: str | None = None


def _help_data(data: dict[str, Any]) -> dict[str, Any]:
    """The answers to file for a "Help now" request: what is known so far, no text yet."""
    return {
        **data,
        "consent": data.get("consent") or HELP_CONSENT,
        "text": data.get("text", ""),
        "help_now": True,
    }


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


class ConversationEngine:
    """Runs the feedback flow for one message inside the caller's transaction."""

    def __init__(
        self,
        analyser: Analyser,
        referrals: Referrals | None = None,
        *,
        max_text_chars: int = 10_000,
        consent_version: str = CONSENT_VERSION,
        flow: Flow | None = None,
    ) -> None:
        self._analyser = analyser
        # New conversations follow ``flow``; open ones keep the version they started
        # with (read back from the database once, then kept here: versions never change).
        self.flow = flow or builtin_flow()
        self._flows: dict[str, Flow] = {self.flow.version: self.flow}
        self._flow_saved = False
        self._referrals = referrals or Referrals()
        self.max_text_chars = max_text_chars
        # Called when a person's data is erased (inside the transaction; the caller
        # acts after the commit, e.g. to clear copies from the database's log).
        self.on_erase: Callable[[], None] = lambda: None
        # Set by the intake service to the store its services chose (bulk on PostgreSQL).
        self.store: IntakeStore = RowIntakeStore()
        self._consent_version = consent_version

    async def handle(
        self,
        session: AsyncSession,
        msg: InboundMessage,
        pseudonym: str,
        analysed: Analysed | None = None,
    ) -> list[OutboundMessage]:
        """Advance the person's conversation by one message and return the replies.

        ``analysed`` is the message text's pipeline result if the caller worked it out
        ahead; it is used only if it was made with the locale this turn has.
        """
        conv = await self.store.load_conversation(session, pseudonym)
        data: dict[str, Any] = dict(conv.data) if conv is not None else {}
        locale = person_locale(conv, msg)
        saved_step = conv.step if conv is not None else Step.IDLE.value
        if saved_step not in _STEPS:
            data["question"] = saved_step
            saved_step = Step.QUESTION.value
        turn = Turn(
            msg=msg,
            pseudonym=pseudonym,
            locale=locale,
            step=Step(saved_step),
            data=data,
            analysed=analysed,
            flow=await self._flow_of(session, data.get("flow")),
        )

        await self._dispatch(session, turn)

        if turn.data.pop("_forget", False):
            await self.store.delete_conversation(session, pseudonym)
        elif conv is None and turn.step is Step.IDLE and not turn.data:
            pass  # a stranger asked for /help or /status: nothing worth remembering
        else:
            question = turn.data.pop("question", None)
            await self.store.save_conversation(
                session,
                pseudonym,
                msg.address.channel.value,
                str(question) if turn.step is Step.QUESTION else turn.step.value,
                turn.data,
                turn.locale,
                conv,
            )
        return turn.replies

    async def _dispatch(self, session: AsyncSession, turn: Turn) -> None:
        msg = turn.msg
        if msg.media and not msg.text:
            turn.say(
                "Sorry, I can only read text messages. Please write your message in words. "
                "Nothing from your last message was kept."
            )
            return
        if msg.choice == HELP_NOW or (msg.choice is None and is_help_now(msg.text)):
            await self._help_now(session, turn)
            return
        if await updates.poll_answer(session, turn, idle=turn.step is Step.IDLE):
            return
        text = (msg.text or "").strip()
        if updates.is_keyword(text) and msg.choice is None:
            text = "/" + text.lower()
        if text.startswith("/") and msg.choice is None:
            name, _, arg = text[1:].partition(" ")
            name = name.split("@", 1)[0].lower()
            await self._command(session, turn, name, arg.strip())
            return
        if await updates.answer(session, turn):
            return
        handler = {
            Step.IDLE: self._idle,
            Step.LANGUAGE: self._language,
            Step.CONSENT: self._consent,
            Step.QUESTION: self._question,
            Step.TEXT: self._text,
            Step.CONFIRM: self._confirm,
            Step.DELETE: self._delete_confirm,
        }[turn.step]
        await handler(session, turn)

    # Commands

    async def _command(self, session: AsyncSession, turn: Turn, name: str, arg: str) -> None:
        if name == "start":
            await self._start(turn)
        elif name == "language":
            self._ask_language(turn)
        elif name == "privacy":
            turn.replies.append(
                OutboundMessage(
                    kind=OutboundKind.TEXT,
                    text=consent_text(turn.locale, turn.msg.address.channel),
                    lang=turn.locale,
                    rtl=is_rtl(turn.locale),
                )
            )
        elif name == "help":
            # One list: the flow's commands, then /updates (a whole line of its own).
            turn.replies.append(
                OutboundMessage(
                    kind=OutboundKind.TEXT,
                    text=gettext(turn.locale, HELP)
                    + "\n"
                    + gettext(turn.locale, updates.HELP_LINE),
                    lang=turn.locale,
                    rtl=is_rtl(turn.locale),
                )
            )
        elif name == "cancel":
            await self._withdraw_early(session, turn)
            self._reset(turn)
            turn.say("Cancelled. Nothing from this conversation was kept. Send /start to begin.")
        elif name == "mydata":
            await self._mydata(session, turn)
        elif name == "delete":
            turn.step = Step.DELETE
            # TRANSLATORS: Safety: asked before erasing everything a person sent. Say
            # clearly that it cannot be undone.
            turn.ask(
                "This deletes the text of everything you sent us and your contact details. "
                "It cannot be undone. Delete everything?",
                self._yes_no(turn),
            )
        elif name == "status":
            await self._status(session, turn, arg)
        elif name == "updates":
            await updates.command(session, turn, arg)
        else:
            turn.say("I don't know that command. Send /help to see what I can do.")

    async def _start(self, turn: Turn) -> None:
        self._reset(turn)
        if turn.data.get("lang_set"):
            self._ask_consent(turn)
        else:
            self._ask_language(turn)

    def _reset(self, turn: Turn) -> None:
        keep = {k: v for k, v in turn.data.items() if k in ("lang_set", updates.DECIDED)}
        turn.data.clear()
        turn.data.update(keep)
        turn.step = Step.IDLE

    async def _mydata(self, session: AsyncSession, turn: Turn) -> None:
        submissions = await list_for_pseudonym(session, turn.pseudonym)
        lines = [
            gettext(
                turn.locale,
                "{code}: {state}",
                code=isolate(s.receipt, turn.locale),
                state=gettext(turn.locale, STATE_NAMES.get(s.state, s.state)),
            )
            for s in submissions
        ]
        # TRANSLATORS: Privacy: the answer to /mydata. "Only to reply to you": the
        # address is used for nothing else.
        turn.say(
            "What we hold about you: your chat address (encrypted, only to reply to you), "
            "your language ({language}) and where you are in this conversation. "
            "We never keep your name or phone number in what you wrote.",
            language=language_name(turn.locale),
        )
        turn.replies.append(
            OutboundMessage(
                kind=OutboundKind.TEXT,
                text=await updates.mydata_line(session, turn),
                lang=turn.locale,
                rtl=is_rtl(turn.locale),
            )
        )
        turn.replies.append(
            OutboundMessage(
                kind=OutboundKind.TEXT,
                text=ngettext(
                    turn.locale,
                    "You have sent {n} message:",
                    "You have sent {n} messages:",
                    len(submissions),
                )
                + ("\n" + "\n".join(lines) if lines else ""),
                lang=turn.locale,
                rtl=is_rtl(turn.locale),
            )
        )

    async def _status(self, session: AsyncSession, turn: Turn, arg: str) -> None:
        code = normalise_receipt(arg) if arg else None
        if code is None:
            turn.say("Please send /status followed by your receipt code, like /status K7QM-3XTA.")
            return
        submission = await get_by_receipt(session, code)
        if submission is None:
            turn.say(
                "I could not find the code {code}. Please check it.",
                code=isolate(code, turn.locale),
            )
            return
        turn.say(
            "{code}: {state}",
            code=isolate(code, turn.locale),
            state=gettext(turn.locale, STATE_NAMES.get(submission.state, submission.state)),
        )

    async def _delete_confirm(self, session: AsyncSession, turn: Turn) -> None:
        answer = self._pick(turn, self._yes_no(turn))
        if answer == "yes":
            count = await withdraw_for_pseudonym(session, turn.pseudonym)
            await self.store.erase_contact(session, turn.pseudonym)
            self.on_erase()
            turn.data["_forget"] = True
            turn.step = Step.IDLE
            # TRANSLATORS: Safety: confirms that everything was erased.
            turn.replies.append(
                OutboundMessage(
                    kind=OutboundKind.TEXT,
                    text=ngettext(
                        turn.locale,
                        "Done. We deleted {n} message and your contact details.",
                        "Done. We deleted {n} messages and your contact details.",
                        count,
                    ),
                    lang=turn.locale,
                    rtl=is_rtl(turn.locale),
                )
            )
        elif answer == "no":
            turn.step = Step.IDLE
            # TRANSLATORS: Safety: the person chose not to erase anything.
            turn.say("Nothing was deleted.")
        else:
            # TRANSLATORS: Safety: asked again before erasing everything.
            turn.ask("Please answer yes or no. Delete everything?", self._yes_no(turn))

    # Steps

    async def _idle(self, session: AsyncSession, turn: Turn) -> None:
        if turn.msg.text and _letters(turn.msg.text) > 3:
            turn.say(
                "Hello! Before we can keep anything you write, we need to ask a few "
                "questions. Your last message was not kept; please send it again when asked."
            )
        await self._start(turn)

    def _language_choices(self, turn: Turn) -> list[Choice]:
        # The same order when asking and when reading "2" back: the suggested one first.
        order = [turn.locale, *[code for code in SUPPORTED if code != turn.locale]]
        return [Choice(id=f"lang:{code}", label=language_name(code)) for code in order]

    def _ask_language(self, turn: Turn) -> None:
        turn.step = Step.LANGUAGE
        turn.ask(
            "Welcome to Compact Voices. Which language do you want to use?",
            self._language_choices(turn),
        )

    async def _language(self, session: AsyncSession, turn: Turn) -> None:
        picked = self._pick(turn, self._language_choices(turn))
        lang = picked.split(":", 1)[1] if picked else normalise_locale(turn.msg.text)
        if lang is None:
            self._ask_language(turn)
            return
        turn.locale = lang
        turn.data["lang_set"] = True
        self._ask_consent(turn)

    def _ask_consent(self, turn: Turn) -> None:
        turn.step = Step.CONSENT
        # Translated one by one: Babel does not extract a gettext nested in an ask().
        # TRANSLATORS: Consent: the button that gives it. First person ("I agree"),
        # polite and the same for a woman or a man; at most 20 characters.
        agree = gettext(turn.locale, "Yes, I agree")
        refuse = gettext(turn.locale, "No")
        privacy = consent_text(turn.locale, turn.msg.address.channel)
        # TRANSLATORS: Consent: the question after the privacy text ({privacy}).
        turn.ask(
            "{privacy}\n\nDo you agree?",
            [Choice("yes", agree), Choice("no", refuse)],
            privacy=privacy,
        )

    async def _consent(self, session: AsyncSession, turn: Turn) -> None:
        answer = self._pick(turn, self._yes_no(turn))
        if answer == "yes":
            turn.data["consent"] = self._consent_version
            # From here on this conversation follows the current flow to its end.
            turn.data["flow"] = self.flow.version
            turn.flow = self.flow
            await self._remember_flow(session)
            self._ask_next(turn, None)
        elif answer == "no":
            self._reset(turn)
            # TRANSLATORS: Consent: the person said no; nothing is stored.
            turn.say("Thank you. Nothing was kept. If you change your mind, send /start.")
        else:
            self._ask_consent(turn)

    # The flow's questions (see bot/flow.py): asked in the file's order, between
    # consent and the confirmation.

    async def _flow_of(self, session: AsyncSession, version: object) -> Flow:
        """The flow a conversation started under; the current one if it is not known."""
        if not isinstance(version, str):
            return self.flow
        known = self._flows.get(version)
        if known is None:
            stored = await load_flow_version(session, version)
            if stored is None:
                log.warning("conversation under an unknown flow version; using the current one")
                return self.flow
            known = self._flows[version] = Flow.from_json(stored, version)
        return known

    async def _remember_flow(self, session: AsyncSession) -> None:
        """Store the current flow's version once, so conversations outlive a flow change."""
        if not self._flow_saved:
            await save_flow_version(session, self.flow.version, self.flow.to_json())
            self._flow_saved = True

    def _ask_next(self, turn: Turn, after: str | None) -> None:
        """Ask the question after ``after`` (the first for None), or confirm at the end."""
        question = turn.flow.after(after)
        if question is None:
            self._ask_confirm(turn)
        else:
            self._ask_question(turn, question)

    def _ask_question(self, turn: Turn, question: Question, *, again: bool = False) -> None:
        if question.kind is Kind.TEXT:
            self._ask_text(turn)
            return
        turn.step = Step.QUESTION
        turn.data["question"] = question.id
        if question.kind is Kind.COUNTRY:
            prompt = COUNTRY_AGAIN if again else question.prompt
            turn.ask(prompt, self._country_choices(turn, question))
        elif question.kind is Kind.MULTI_CHOICE:
            # TRANSLATORS: After a question that takes several answers ({question}).
            turn.ask(
                "{question}\n\nYou can pick more than one: send their numbers, like 1, 3.",
                self._choices(turn, question),
                question=gettext(turn.locale, question.prompt),
            )
        else:
            turn.ask(question.prompt, self._choices(turn, question))

    def _choices(self, turn: Turn, question: Question) -> list[Choice]:
        options = [
            Choice(f"{question.id}:{o.id}", gettext(turn.locale, o.label)) for o in question.choices
        ]
        if question.optional:
            options.append(
                Choice(f"{question.id}:{SKIP}", gettext(turn.locale, question.skip_label))
            )
        return options

    def _country_choices(self, turn: Turn, question: Question) -> list[Choice]:
        phone = turn.msg.address.value if turn.msg.address.channel in _PHONE_CHANNELS else None
        codes = likely_countries(turn.locale, phone)
        options = [
            *(Choice(f"{question.id}:{c}", country_name(c, turn.locale)) for c in codes),
            Choice(f"{question.id}:other", gettext(turn.locale, "Another country")),
        ]
        if question.optional:
            options.append(
                Choice(f"{question.id}:{SKIP}", gettext(turn.locale, question.skip_label))
            )
        return options

    async def _question(self, session: AsyncSession, turn: Turn) -> None:
        question = turn.flow.question(str(turn.data.get("question")))
        if question is None:
            # Not in this conversation's flow (a version we could not read back).
            self._ask_next(turn, None)
            return
        value: str | list[str] | None
        if question.kind is Kind.COUNTRY:
            answered, value = self._read_country(turn, question)
        elif question.kind is Kind.MULTI_CHOICE:
            answered, value = self._read_many(turn, question)
        else:
            picked = self._pick(turn, self._choices(turn, question))
            answered = picked is not None
            choice_id = picked.split(":", 1)[1] if picked else None
            value = None if choice_id == SKIP else choice_id
        if not answered:
            if not turn.replies:
                self._ask_question(turn, question, again=True)
            return
        if question.column:
            turn.data[question.id] = value
        else:
            turn.data.setdefault("answers", {})[question.id] = value
        turn.data.pop("question", None)
        self._ask_next(turn, question.id)

    def _read_country(self, turn: Turn, question: Question) -> tuple[bool, str | None]:
        picked = self._pick(turn, self._country_choices(turn, question))
        if picked == f"{question.id}:other":
            turn.say("Please type the name of the country.")
            return False, None
        if picked == f"{question.id}:{SKIP}":
            return True, None
        code = picked.split(":", 1)[1] if picked else match_country(turn.msg.text or "")
        return code is not None, code

    def _read_many(self, turn: Turn, question: Question) -> tuple[bool, list[str] | None]:
        """Read one button, or numbers or labels separated by commas or spaces."""
        options = self._choices(turn, question)
        picked = self._pick(turn, options)
        if picked is None and turn.msg.choice is None:
            pieces = [p for p in re.split(r"[,;]", turn.msg.text or "") if p.strip()]
            if len(pieces) == 1 and all(w.isdigit() for w in pieces[0].split()):
                pieces = pieces[0].split()
            found = [self._pick_text(p, options, turn.locale) for p in pieces]
            skip = f"{question.id}:{SKIP}"
            if len(found) > 1 and all(found) and skip not in found:
                return True, list(dict.fromkeys(str(f).split(":", 1)[1] for f in found))
        if picked is None:
            return False, None
        choice_id = picked.split(":", 1)[1]
        return True, (None if choice_id == SKIP else [choice_id])

    def _ask_text(self, turn: Turn) -> None:
        turn.step = Step.TEXT
        turn.ask(
            "Please tell us in your own words what happened, or how things are where "
            "you live. Any language is fine. You don't need to give names or phone "
            "numbers: we remove them before we keep anything.",
            [],
        )

    async def _text(self, session: AsyncSession, turn: Turn) -> None:
        raw = turn.msg.text or ""
        if len(raw) > self.max_text_chars:
            turn.say(
                "Your message is too long ({length} characters). Please send at most "
                "{limit} characters; nothing was kept.",
                length=isolate(str(len(raw)), turn.locale),
                limit=isolate(str(self.max_text_chars), turn.locale),
            )
            return
        if _letters(raw) < 3:
            turn.say("Please write a few words about what happened.")
            return
        # From here on only the anonymised text exists in the state.
        ahead = turn.analysed
        if ahead is not None and ahead.fits(raw, turn.locale, turn.msg.sender_name):
            turn.data.update(ahead.data)
        else:
            turn.data.update(self.analyse(raw, turn.locale, turn.msg.sender_name))
        if turn.data["urgent"]:
            turn.say(
                self._referrals.message(
                    turn.data.get("country"), turn.locale, turn.data.get("urgent_category")
                )
            )
            # Filed at once, so it reaches the top of the moderators' queue even if the
            # person cannot finish; later answers update it, and "Cancel" withdraws it.
            turn.data["receipt"] = await self._file(
                session, turn.pseudonym, turn.msg.address.channel, turn.locale, turn.data, turn.flow
            )
        self._ask_next(turn, TEXT_ID)

    def _confirm_choices(self, turn: Turn) -> list[Choice]:
        return [
            Choice("send", gettext(turn.locale, "Send")),
            Choice("rewrite", gettext(turn.locale, "Write it again")),
            Choice("cancel", gettext(turn.locale, "Cancel")),
        ]

    def _ask_confirm(self, turn: Turn) -> None:
        turn.step = Step.CONFIRM
        turn.ask(
            "This is what we will keep, with personal details removed:\n\n{text}\n\nSend it?",
            self._confirm_choices(turn),
            text=turn.data.get("text", ""),
        )

    async def _confirm(self, session: AsyncSession, turn: Turn) -> None:
        picked = self._pick(turn, self._confirm_choices(turn))
        if picked == "rewrite":
            turn.step = Step.TEXT
            turn.say("Please write your message again.")
            return
        if picked == "cancel":
            await self._withdraw_early(session, turn)
            self._reset(turn)
            turn.say("Cancelled. Nothing from this conversation was kept. Send /start to begin.")
            return
        if picked != "send":
            self._ask_confirm(turn)
            return
        receipt = await self._file(
            session, turn.pseudonym, turn.msg.address.channel, turn.locale, turn.data, turn.flow
        )
        self._reset(turn)
        # Asked with the receipt, just before it: the receipt code stays the last
        # message, where the person finds it again.
        updates.offer(turn)
        turn.replies.append(
            OutboundMessage(
                kind=OutboundKind.RECEIPT,
                text=gettext(
                    turn.locale,
                    "Thank you. Your message is filed. Your receipt code is {code}. "
                    "Keep it: send /status {code} to see what happened to it, or /delete "
                    "to remove everything. A moderator will read it; if approved, it may be "
                    "quoted, without any personal details, in reports to the reviews of the "
                    "Global Compact for Migration.",
                    code=isolate(receipt, turn.locale),
                ),
                lang=turn.locale,
                receipt=receipt,
                rtl=is_rtl(turn.locale),
            )
        )

    # Filing, shared by the chat flow and the single-page web form

    async def file_direct(
        self,
        session: AsyncSession,
        pseudonym: str,
        channel: ChannelKind,
        locale: str,
        answers: Mapping[str, object],
        text: str,
        sender_name: str | None = None,
        analysed: dict[str, Any] | None = None,
    ) -> Filed:
        """File a submission whose answers were all given at once (the web form).

        ``answers`` maps the current flow's question ids to the answers the caller
        validated (choice ids, a list of them, a country code, or None for skipped).
        The caller has checked consent and the text's length. The text is
        anonymised exactly as in the chat flow (here, unless the caller passes
        ``analysed``, the result of ``analyse`` for it), then filed by the same code.
        """
        data: dict[str, Any] = {"consent": self._consent_version, "flow": self.flow.version}
        data["answers"] = {}
        for question in self.flow.questions:
            if question.kind is Kind.TEXT:
                continue
            value = answers.get(question.id)
            value = None if value == SKIP else value
            if question.column:
                data[question.id] = value
            else:
                data["answers"][question.id] = value
        data.update(analysed if analysed is not None else self.analyse(text, locale, sender_name))
        await self._remember_flow(session)
        receipt = await self._file(session, pseudonym, channel, locale, data, self.flow)
        country = data.get("country")
        referral = (
            self._referrals.message(country, locale, data.get("urgent_category"))
            if data["urgent"]
            else None
        )
        return Filed(receipt=receipt, referral=referral)

    def referral(self, country: str | None, locale: str, category: str | None) -> str:
        """The referral text for ``category`` in ``country``, in ``locale``."""
        return self._referrals.message(country, locale, category)

    async def help_now_direct(
        self,
        session: AsyncSession,
        pseudonym: str,
        channel: ChannelKind,
        locale: str,
        country: str | None,
    ) -> Filed:
        """File an urgent item for a person who asked for help (the web form's link).

        Nothing the person wrote is needed or kept: the item carries only the
        channel, language, country (if known) and the request itself.
        """
        data: dict[str, Any] = {"country": country}
        receipt = await self._file(session, pseudonym, channel, locale, _help_data(data), self.flow)
        return Filed(receipt=receipt, referral=self._referrals.message(country, locale, HELP_NOW))

    async def _help_now(self, session: AsyncSession, turn: Turn) -> None:
        """Send the referral at once and file an urgent item, then ask the question again."""
        turn.say(self._referrals.message(turn.data.get("country"), turn.locale, HELP_NOW))
        if not turn.data.get("help_now"):
            turn.data["receipt"] = await self._file(
                session,
                turn.pseudonym,
                turn.msg.address.channel,
                turn.locale,
                _help_data(turn.data),
                turn.flow,
            )
            turn.data["help_now"] = True
        if turn.step is Step.LANGUAGE:
            self._ask_language(turn)
        elif turn.step is Step.CONSENT:
            self._ask_consent(turn)
        elif turn.step is Step.TEXT:
            self._ask_text(turn)
        elif turn.step is Step.CONFIRM:
            self._ask_confirm(turn)
        elif turn.step is Step.QUESTION:
            question = turn.flow.question(str(turn.data.get("question")))
            if question is not None:
                self._ask_question(turn, question)

    def analyse(self, raw: str, locale: str, sender_name: str | None) -> dict[str, Any]:
        """Run the pipeline; return the anonymised text and findings (never the raw text).

        Pure CPU work with no database: callers may run it on a worker thread.
        """
        result = self._analyser.process(raw, lang_hint=locale, sender_name=sender_name)
        return {
            "text": result.text,
            "lang": result.lang if result.lang != "und" else locale,
            "entities": dict(result.entities),
            "flags": list(result.flags),
            "objectives": list(result.objectives),
            "urgent": bool(result.urgent),
            "urgent_category": result.urgent_category,
            "urgent_cue": list(result.urgent_cue) if result.urgent_cue else None,
        }

    async def _withdraw_early(self, session: AsyncSession, turn: Turn) -> None:
        """Erase a submission filed early (urgent) when the person cancels."""
        receipt = turn.data.get("receipt")
        if isinstance(receipt, str):
            await withdraw_receipt(session, receipt, turn.pseudonym)

    async def _file(
        self,
        session: AsyncSession,
        pseudonym: str,
        channel: ChannelKind,
        locale: str,
        data: dict[str, Any],
        flow: Flow,
    ) -> str:
        """File the submission, or update the one filed early for this conversation.

        Answers are checked against ``flow``, the version they were given under; one
        it does not offer is filed as not given.
        """
        given: dict[str, Any] = {}
        for question in flow.questions:
            if question.column:
                value = data.get(question.id)
                given[question.id] = value if question.valid(value) else None
        answers = flow.clean_answers(data.get("answers") or {})
        objectives = flow.objectives({**given, **answers})
        objectives += [o for o in data.get("objectives", []) if o not in objectives]
        urgent = bool(data.get("urgent"))
        category = data.get("urgent_category") if urgent else None
        cue = data.get("urgent_cue") if urgent else None
        flags = list(data.get("flags", []))
        if data.get("help_now") and not urgent:
            # The person asked for help: the item stays urgent whatever they write later.
            urgent, category, cue = True, HELP_NOW, None
            flags = ["urgent", *flags]
        item = NewSubmission(
            channel=channel.value,
            lang=str(data.get("lang") or locale),
            text=str(data.get("text", "")),
            pseudonym=pseudonym,
            consent_version=str(data.get("consent", self._consent_version)),
            country=given.get("country", data.get("country")),
            experience_month=utcnow().strftime("%Y-%m"),
            objectives=objectives,
            theme=given.get("theme"),
            trend=given.get("trend"),
            answers=answers,
            flow_version=flow.version,
            flags=flags,
            entities=dict(data.get("entities", {})),
            urgent=urgent,
            urgent_category=category,
            urgent_cue=cue,
        )
        early = data.get("receipt")
        if isinstance(early, str) and await update_pending(session, early, item):
            return early
        return (await self.store.add_submissions(session, [item]))[0]

    # Helpers

    def _yes_no(self, turn: Turn) -> list[Choice]:
        return [
            Choice("yes", gettext(turn.locale, "Yes")),
            Choice("no", gettext(turn.locale, "No")),
        ]

    def _pick(self, turn: Turn, options: Sequence[Choice]) -> str | None:
        """Read a choice from a button, a number ("2") or the option's words."""
        ids = {o.id for o in options}
        if turn.msg.choice is not None:
            return turn.msg.choice if turn.msg.choice in ids else None
        return self._pick_text(turn.msg.text or "", options, turn.locale)

    def _pick_text(self, raw: str, options: Sequence[Choice], locale: str) -> str | None:
        """The option a typed answer names: its number, its label or its id."""
        ids = {o.id for o in options}
        text = raw.strip().casefold().rstrip(".!")
        if not text:
            return None
        if text.isdigit() and 1 <= int(text) <= len(options):
            return options[int(text) - 1].id
        for option in options:
            if text in (option.label.casefold(), option.id.casefold()):
                return option.id
        yes_words = {"yes", "y", "ok", gettext(locale, "Yes").casefold()}
        no_words = {"no", "n", gettext(locale, "No").casefold()}
        if "yes" in ids and text in yes_words:
            return "yes"
        if "no" in ids and text in no_words:
            return "no"
        return None


COUNTRY_AGAIN = N_("I could not find that country. Please type its name again, or pick one.")
HELP = N_(
    "/start: share an experience\n/status CODE: check a message\n/mydata: what we hold "
    "about you\n/delete: erase your data\n/language: change language\n/privacy: how we "
    "protect you\n/cancel: stop the current conversation"
)
STATE_NAMES = {
    "pending": N_("waiting to be read"),
    "approved": N_("read and accepted"),
    "rejected": N_("read, not used"),
    "escalated": N_("passed to a senior moderator"),
    "withdrawn": N_("deleted at your request"),
}
