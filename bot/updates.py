"""Hearing back, in the conversation: the opt-in question, ``/updates`` and follow-up answers.

At the end of the flow (after the receipt) a person who has never decided is asked
whether we may message them about what happens with their feedback. The answer is
stored on their contact with its time. ``/updates`` (or the keyword ``UPDATES`` in
any channel; ``/updates on`` and ``/updates off`` directly) changes it at any time;
STOP and a blocked bot end it (``storage.queries.intake.set_contact_stopped``).

A broadcast may carry one single-choice question. Its options come back as button
ids ``poll:<broadcast>:<option>``, or typed as the option's number or words while
the question is the last one the person was asked; each person has one answer per
question (a new one replaces it).
"""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from sqlalchemy.ext.asyncio import AsyncSession

from core.messages import Choice, OutboundKind, OutboundMessage
from i18n.translator import N_, gettext, is_rtl, isolate
from storage.queries import broadcasts as bq

if TYPE_CHECKING:
    from bot.engine import Turn

PENDING = "updates_asked"  # conversation data: the opt-in question waits for its answer
# Conversation data: the person has answered it (kept across conversations). The
# contact holds the choice itself; this spares a query on every filing, and the
# conversation and the contact are erased together.
DECIDED = "updates_decided"
KEYWORD = "updates"
POLL_PREFIX = "poll:"

# TRANSLATORS: Privacy: asked once at the end of the flow. "Updates" are only about
# what happens with the person's own feedback; keep /updates as it is.
QUESTION = N_(
    "May we message you about what happens with your feedback, for example when a report "
    "uses it, or with a short follow-up question? You can change this at any time: send "
    "/updates."
)
# TRANSLATORS: Privacy: the person agreed to hear back. Keep /updates as it is.
OPTED_IN = N_(
    "Thank you. We will message you about what happens with your feedback. Send /updates "
    "to stop at any time."
)
# TRANSLATORS: Privacy: the person does not want to hear back. Keep /updates as it is.
OPTED_OUT = N_(
    "All right, we will not message you about it. Send /updates if you change your mind."
)
# TRANSLATORS: Privacy: a line of the /mydata answer; {date} is a date like 2026-12-03.
MYDATA_YES = N_("Updates about your feedback: yes, since {date}.")
# TRANSLATORS: Privacy: a line of the /mydata answer.
MYDATA_NO = N_("Updates about your feedback: no.")
# TRANSLATORS: A line of the /help list, after /cancel. Keep /updates as it is.
HELP_LINE = N_("/updates: hear about what happens with your feedback, or stop")
# TRANSLATORS: Thanks for answering a short follow-up question (one tap).
ANSWERED = N_("Thank you for your answer.")


def _choices(turn: Turn) -> list[Choice]:
    return [
        Choice("updates:yes", gettext(turn.locale, "Yes")),
        Choice("updates:no", gettext(turn.locale, "No")),
    ]


def offer(turn: Turn) -> None:
    """Ask the opt-in question with the receipt, unless the person already decided."""
    if not turn.data.get(DECIDED):
        ask(turn)


def ask(turn: Turn) -> None:
    """Ask whether we may write back; the answer is read by ``answer``."""
    turn.data[PENDING] = True
    turn.ask(QUESTION, _choices(turn))


def _read(turn: Turn, text: str) -> str | None:
    """``yes``/``no`` from a button, a number, the words, or ``on``/``off``."""
    if turn.msg.choice in ("updates:yes", "updates:no"):
        return turn.msg.choice.split(":", 1)[1]
    word = text.strip().casefold().rstrip(".!")
    yes = {"1", "yes", "y", "ok", "on", gettext(turn.locale, "Yes").casefold()}
    no = {"2", "no", "n", "off", gettext(turn.locale, "No").casefold()}
    if word in yes:
        return "yes"
    if word in no:
        return "no"
    return None


async def _set(session: AsyncSession, turn: Turn, opted_in: bool) -> None:
    await bq.set_opt_in(session, turn.pseudonym, opted_in, turn.locale)
    turn.data[DECIDED] = True
    turn.say(OPTED_IN if opted_in else OPTED_OUT)


async def answer(session: AsyncSession, turn: Turn) -> bool:
    """Read the answer to the opt-in question; False if the message is something else.

    Anything that is not an answer drops the question, and the message goes on to
    the flow as usual (a person may just start telling a new story).
    """
    pending = turn.data.pop(PENDING, False)
    if not pending and turn.msg.choice not in ("updates:yes", "updates:no"):
        return False
    picked = _read(turn, turn.msg.text or "")
    if picked is None:
        return False
    await _set(session, turn, picked == "yes")
    return True


def is_keyword(text: str) -> bool:
    """Whether a message is the ``UPDATES`` keyword (optionally with on/off)."""
    first, _, rest = text.strip().partition(" ")
    return first.casefold() == KEYWORD and rest.strip().casefold() in ("", "on", "off")


async def command(session: AsyncSession, turn: Turn, arg: str) -> None:
    """``/updates`` asks again; ``/updates on`` or ``/updates off`` decides at once."""
    picked = _read(turn, arg) if arg else None
    if picked is None:
        ask(turn)
        return
    await _set(session, turn, picked == "yes")


async def mydata_line(session: AsyncSession, turn: Turn) -> str:
    """The /mydata line saying whether the person gets updates, and since when."""
    choice = await bq.get_opt_in(session, turn.pseudonym)
    if choice.opted_in and choice.at is not None:
        date = isolate(choice.at.date().isoformat(), turn.locale)
        return gettext(turn.locale, MYDATA_YES, date=date)
    return gettext(turn.locale, MYDATA_NO)


def _fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", text.strip().casefold().rstrip(".!"))
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


async def poll_answer(session: AsyncSession, turn: Turn, idle: bool) -> bool:
    """Record an answer to a follow-up question; False if the message is not one.

    A button carries its question; a typed number or option is read only while the
    person is not in the middle of the flow (``idle``) and a question is open.
    """
    choice = turn.msg.choice
    if choice is not None and choice.startswith(POLL_PREFIX):
        _, broadcast_s, option_s = [*choice.split(":"), "", ""][:3]
        if not (broadcast_s.isdigit() and option_s.isdigit()):
            return False
        broadcast_id, option = int(broadcast_s), int(option_s)
    else:
        text = turn.msg.text or ""
        # Only what could be an option (a number or a few words) costs a query; a
        # pending opt-in question reads the typed answer first.
        if not idle or choice is not None or len(text) > 60 or text.lstrip().startswith("/"):
            return False
        if turn.data.get(PENDING):
            return False
        if not text.strip():
            return False
        open_id = await bq.open_poll(session, turn.pseudonym)
        if open_id is None:
            return False
        broadcast = await bq.get_broadcast(session, open_id)
        options = (broadcast.poll or {}).get("options", []) if broadcast is not None else []
        word = _fold(text)
        found = None
        if word.isdigit() and 1 <= int(word) <= len(options):
            found = int(word) - 1
        else:
            for index, labels in enumerate(options):
                if word in {_fold(str(label)) for label in labels.values()}:
                    found = index
        if found is None:
            return False
        broadcast_id, option = open_id, found
    broadcast = await bq.get_broadcast(session, broadcast_id)
    options = (broadcast.poll or {}).get("options", []) if broadcast is not None else []
    if not 0 <= option < len(options):
        return False
    await bq.record_answer(session, broadcast_id, turn.pseudonym, option)
    turn.replies.append(
        OutboundMessage(
            kind=OutboundKind.TEXT,
            text=gettext(turn.locale, ANSWERED),
            lang=turn.locale,
            rtl=is_rtl(turn.locale),
        )
    )
    return True
