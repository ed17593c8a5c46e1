"""Follow-up question results for review bodies: counts of people per option, suppressed.

Answers are counted with the aggregates' own release rule (``review.aggregates
.build_table``): one table over every answer to the question, one attribute (the
option), threshold ``VOICES_REVIEW_K``. An option under the threshold is withheld,
and a complement with it when one withheld option alone could be worked out from
the total. Nothing here returns a pseudonym or an individual answer.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from core.errors import Forbidden, NotFound, PayloadRejected
from intake.context import Services
from review.aggregates import ALL, ROUNDING_BASE, build_table, rounded
from review.auth import Caller
from storage.queries.broadcasts import get_broadcast, poll_answers
from storage.queries.review import CountRow


def poll_result(
    poll_id: int,
    country: str | None,
    poll: dict[str, Any],
    answers: list[tuple[str, int]],
    created_at: Any,
    k: int,
) -> dict[str, Any]:
    """The published counts of one question (a pure function of its answers)."""
    rows = [
        CountRow(
            country=country,
            objectives=(),
            theme=None,
            lang="",
            channel="",
            trend=None,
            level=None,
            # One calendar unit for every answer: the question's, so no period splits it.
            created_at=created_at,
            pseudonym=pseudonym,
            option=option,
        )
        for pseudonym, option in answers
    ]
    table = build_table(rows, ("option",), k)
    total = build_table(rows, (), k)
    options = []
    for index, labels in enumerate(poll.get("options", [])):
        if table.published((index,), ALL):
            people = rounded(len(table.people[((index,), ALL)]))
            options.append({"option": index + 1, "label": labels, "people": people})
    hidden = sum(1 for key, node in table.hidden if node == ALL)
    return {
        "poll": poll_id,
        "country": country,
        "question": poll.get("question", {}),
        "options": options,
        "people": rounded(len(total.people[((), ALL)])) if total.published((), ALL) else None,
        "complete": hidden == 0,
        "k": k,
        "rounding": ROUNDING_BASE,
    }


async def get_poll(request: web.Request, services: Services, caller: Caller) -> web.Response:
    """``GET /api/v1/polls/{id}``: a follow-up question's answers under the release rule."""
    raw = request.match_info["id"]
    if not raw.isdigit() or int(raw) < 1 or len(raw) > 18:
        raise PayloadRejected("id must be a positive integer", code="bad_id")
    async with services.sessions() as session:
        broadcast = await get_broadcast(session, int(raw))
        if broadcast is None or broadcast.poll is None:
            raise NotFound("no follow-up question with this id")
        if caller.country is not None and broadcast.country != caller.country:
            raise Forbidden("this token may only see its own country", code="out_of_scope")
        answers = await poll_answers(session, broadcast.id)
    k = services.settings.review_k
    return web.json_response(
        poll_result(
            broadcast.id, broadcast.country, broadcast.poll, answers, broadcast.created_at, k
        )
    )
