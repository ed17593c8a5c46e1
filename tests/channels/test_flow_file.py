"""An operator's questionnaire: a copy of the built-in flow file with one more question.

With ``VOICES_FLOW_FILE`` pointing at the copy and no code change, WhatsApp, SMS and
the web form ask the new question, the console and the export show its answers,
and the review API counts people by it under the usual suppression.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update

from bot.flow import builtin_flow, builtin_text, load_flow
from review.export import export_submissions
from storage.credentials import hash_password
from storage.models import Submission, SubmissionState
from storage.queries.accounts import add_user
from storage.queries.submissions import NewSubmission, add_submissions
from tests.bot.flows import AGE_GROUP
from tests.channels.conftest import Channel, _channel
from tests.channels.test_sms import say as sms
from tests.channels.test_web import answers, hidden, open_form
from tests.channels.test_whatsapp import WA_ID, note, reply, text
from tests.conftest import make_settings, shared_pipeline
from tests.moderation.console.conftest import PASSWORD, log_in
from tests.review.conftest import token
from voices.app import create_app
from voices.services import build_services

STORY = "The office in the city kept us waiting for months for a simple permit renewal."


@pytest.fixture
def flow_file(tmp_path: Path) -> Path:
    path = tmp_path / "operator-flow.toml"
    path.write_text(builtin_text() + AGE_GROUP, encoding="utf-8")
    return path


@pytest.fixture
async def operator(
    aiohttp_client: Any, aiohttp_server: Any, db_url: str, tmp_path: Path, flow_file: Path
) -> Channel:
    """The whole service, on SQLite and PostgreSQL, started with the operator's flow."""
    return await _channel(aiohttp_client, aiohttp_server, db_url, tmp_path, flow_file=flow_file)


async def _by_channel(ch: Channel, name: str) -> Submission:
    found: list[Submission] = [s for s in await ch.rows(Submission) if s.channel == name]
    assert len(found) == 1
    return found[0]


async def test_whatsapp_asks_the_new_question_and_stores_the_answer(operator: Channel) -> None:
    ch = operator
    steps = [
        text("Hi"),
        text("1"),
        reply("button_reply", "yes"),
        reply("list_reply", "country:KE"),
        reply("list_reply", "theme:papers"),
        text(STORY),
        reply("list_reply", "trend:same"),
        reply("list_reply", "age_group:18_34"),
        reply("button_reply", "send"),
    ]
    for step in steps:
        status, _ = await ch.post_whatsapp(note([step]))
        assert status == 200
    await ch.drain()
    sent = [r for r in ch.graph.requests if r["to"] == WA_ID]
    asked = next(r for r in sent if "age group" in json.dumps(r))
    rows = asked["interactive"]["action"]["sections"][0]["rows"]
    assert [r["id"] for r in rows] == [
        "age_group:u18",
        "age_group:18_34",
        "age_group:35_plus",
        "help_now",
    ]
    assert [r["title"] for r in rows][:3] == ["Under 18", "18 to 34", "35 or older"]
    submission = await _by_channel(ch, "whatsapp")
    assert (submission.country, submission.theme, submission.trend) == ("KE", "papers", "same")
    assert submission.answers == {"age_group": "18_34"}
    assert submission.flow_version == load_flow(ch.services.settings.flow_file).version
    assert submission.flow_version != builtin_flow().version


async def test_sms_numbers_the_new_question_and_a_wrong_answer_asks_again(
    operator: Channel,
) -> None:
    ch = operator
    await sms(ch, "Hello, I want to tell you something about my permit")
    await sms(ch, "1")
    await sms(ch, "yes")
    await sms(ch, "kenya")
    await sms(ch, "2")
    await sms(ch, STORY)
    [question] = await sms(ch, "worse")
    assert "What is your age group?" in question
    assert "1. Under 18" in question
    assert "3. 35 or older" in question
    [again] = await sms(ch, "seven")
    assert "What is your age group?" in again
    [confirm] = await sms(ch, "3")
    assert "Send it?" in confirm
    await sms(ch, "Send")
    submission = await _by_channel(ch, "sms")
    assert submission.answers == {"age_group": "35_plus"}
    assert submission.trend == "worse"


async def test_web_form_asks_the_new_question_and_requires_it(operator: Channel) -> None:
    ch = operator
    html = await open_form(ch.client)
    assert "What is your age group?" in html
    for choice in ("u18", "18_34", "35_plus"):
        assert f'id="age_group-{choice}" name="age_group" value="{choice}"' in html
    # The question follows the trend question, as in the chat.
    assert html.index('name="trend"') < html.index('name="age_group"')
    missing = await ch.client.post("/feedback", data=answers(html))
    assert missing.status == 400
    page = await missing.text()
    assert 'href="#age_group-field"' in page
    assert await ch.count(Submission) == 0
    html = await open_form(ch.client)
    filed = await ch.client.post("/feedback", data=answers(html, age_group="u18"))
    assert filed.status == 200, await filed.text()
    submission = await _by_channel(ch, "web")
    assert submission.answers == {"age_group": "u18"}
    assert (submission.country, submission.theme) == ("GH", "services")
    # An answer the question does not offer is refused, and the form keeps the others.
    html = await open_form(ch.client)
    bad = await ch.client.post("/feedback", data=answers(html, age_group="99_plus"))
    assert bad.status == 400
    assert 'value="GH" selected' in await bad.text()
    assert hidden(html, "lang") == "en"


async def _seed(ch: Channel, counts: dict[str | None, int]) -> list[str]:
    """Approved submissions of distinct synthetic people, ``counts`` per age group."""
    version = load_flow(ch.services.settings.flow_file).version
    items = [
        NewSubmission(
            channel="telegram",
            lang="en",
            text=f"The clinic asked for papers I did not have [{group}.{i}]",
            pseudonym=f"age-{group}-{i}",
            consent_version="1",
            country="IT",
            objectives=[15],
            theme="services",
            answers={"age_group": group},
            flow_version=version,
            state=SubmissionState.APPROVED.value,
        )
        for group, n in counts.items()
        for i in range(n)
    ]
    async with ch.services.sessions() as session, session.begin():
        return await add_submissions(session, items)


async def test_review_api_groups_by_the_new_dimension_with_suppression(
    operator: Channel,
) -> None:
    ch = operator
    await _seed(ch, {"18_34": 12, "35_plus": 9, "u18": 2})
    bearer = {"Authorization": f"Bearer {await token(ch.services)}"}
    resp = await ch.client.get(
        "/api/v1/aggregates", params={"group_by": "age_group"}, headers=bearer
    )
    assert resp.status == 200, await resp.text()
    body = await resp.json()
    cells = {c["age_group"]: c["count"] for c in body["cells"]}
    # Two people under 18 are withheld (k = 10), and so is 35+ (9): the line's total
    # (published) must not give one withheld cell away by subtraction.
    assert cells == {"18_34": 10}  # 12 people, rounded to the nearest ten
    assert body["totals"]["people"] == 20  # 23, rounded
    assert body["totals"]["complete"] is False
    # Two attributes: the same threshold, as for every other table.
    pair = await ch.client.get(
        "/api/v1/aggregates", params={"group_by": "age_group,country"}, headers=bearer
    )
    assert pair.status == 200
    pair_body = await pair.json()
    assert pair_body["k"] == 10
    assert all(c["count"] >= 10 for c in pair_body["cells"])
    # A question that is not a dimension (or not in the flow) cannot be grouped by.
    unknown = await ch.client.get(
        "/api/v1/aggregates", params={"group_by": "shoe_size"}, headers=bearer
    )
    assert unknown.status == 400
    assert "age_group" in (await unknown.json())["error"]["message"]
    spec = await (await ch.client.get("/api/v1/openapi.json")).json()
    group_by = next(
        p
        for p in spec["paths"]["/api/v1/aggregates"]["get"]["parameters"]
        if p["name"] == "group_by"
    )
    assert "age_group" in group_by["schema"]["items"]["enum"]


async def test_console_and_export_show_the_answers(
    operator: Channel, aiohttp_client: Any, db_url: str, flow_file: Path
) -> None:
    ch = operator
    [receipt] = await _seed(ch, {"35_plus": 1})
    await _seed(ch, {None: 1})
    async with ch.services.sessions() as session, session.begin():
        await add_user(session, "mod", hash_password(PASSWORD), "moderator")
        await session.execute(
            update(Submission)
            .where(Submission.receipt == receipt)
            .values(state=SubmissionState.PENDING.value)
        )
    # The console over plain http (the channel app's cookies are for its https address).
    console = await aiohttp_client(
        create_app(
            build_services(make_settings(db_url, flow_file=flow_file)),
            analyser=shared_pipeline(),
            run_worker=False,
        )
    )
    assert (await log_in(console, "mod")).status == 303
    page = await console.get(f"/console/s/{receipt}")
    assert page.status == 200
    html = await page.text()
    assert "What is your age group?" in html
    assert "35 or older" in html

    out = io.BytesIO()
    await export_submissions(ch.services, "csv", "all", out, hxl=True)
    reader = csv.reader(io.StringIO(out.getvalue().decode()))
    header, tags, *rows = list(reader)
    column = header.index("age_group")
    assert tags[column] == "#affected+age"
    assert tags[header.index("country")] == "#country+code"
    assert sorted(row[column] for row in rows) == ["", "35_plus"]
    lines = io.BytesIO()
    await export_submissions(ch.services, "jsonl", "all", lines)
    records = [json.loads(x) for x in lines.getvalue().splitlines()]
    assert sorted(str(r["age_group"]) for r in records) == ["35_plus", "None"]
    assert {r["flow_version"] for r in records} == {
        load_flow(ch.services.settings.flow_file).version
    }


SERVICES_USED = """
[[questions]]
id = "services_used"
kind = "multi_choice"
prompt = "Which services did you try to use?"

  [[questions.choices]]
  id = "health"
  label = "Health care"

  [[questions.choices]]
  id = "school"
  label = "School"

  [[questions.choices]]
  id = "housing"
  label = "Housing"
"""


async def test_web_form_takes_several_answers_as_checkboxes(
    aiohttp_client: Any, aiohttp_server: Any, sqlite_url: str, tmp_path: Path
) -> None:
    flow_file = tmp_path / "several.toml"
    flow_file.write_text(builtin_text() + SERVICES_USED, encoding="utf-8")
    ch = await _channel(aiohttp_client, aiohttp_server, sqlite_url, tmp_path, flow_file=flow_file)
    html = await open_form(ch.client)
    assert 'type="checkbox" id="services_used-school" name="services_used"' in html
    none = await ch.client.post("/feedback", data=answers(html))
    assert none.status == 400
    assert "Please choose at least one answer." in await none.text()
    html = await open_form(ch.client)
    data = [*answers(html).items(), ("services_used", "health"), ("services_used", "housing")]
    filed = await ch.client.post("/feedback", data=data)
    assert filed.status == 200, await filed.text()
    submission = await _by_channel(ch, "web")
    assert submission.answers == {"services_used": ["health", "housing"]}
