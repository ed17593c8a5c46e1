"""The flow file: what ``voices flow check`` refuses, and conversations across a flow change."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.engine import ConversationEngine
from bot.flow import (
    BUILTIN_PATH,
    DEFAULT_SKIP_LABEL,
    FlowError,
    Kind,
    builtin_flow,
    builtin_text,
    parse_flow,
)
from core.errors import ConfigError
from i18n.catalogs import _extract_flow
from i18n.translator import SUPPORTED, gettext, has_translation
from intake.channels import whatsapp
from intake.service import IntakeService
from storage.models import Conversation, Submission
from tests.bot.flows import AGE_GROUP
from tests.conftest import make_settings, shared_pipeline
from tests.fakes.channel import FakeChannel
from voices.cli import main
from voices.services import Services, build_services


def test_builtin_flow_is_todays_questionnaire() -> None:
    flow = builtin_flow()
    assert [q.id for q in flow.questions] == ["country", "theme", "text", "trend"]
    theme = flow.question("theme")
    assert theme is not None
    assert [o.id for o in theme.choices][:3] == ["work", "papers", "services"]
    assert flow.objectives({"theme": "papers"}) == [4, 5]
    trend = flow.question("trend")
    assert trend is not None
    assert trend.optional
    assert trend.skip_label == "I don't know"
    # The demographic questions are in the file but not asked.
    assert flow.dimensions == ()
    assert "enabled = false" in builtin_text()


def test_one_line_turns_a_demographic_question_on() -> None:
    text = builtin_text().replace(
        'hxl = "#affected+sex"\nenabled = false', 'hxl = "#affected+sex"\nenabled = true'
    )
    flow = parse_flow(text)
    assert [q.id for q in flow.questions] == ["country", "theme", "text", "trend", "sex"]
    assert flow.dimensions == ("sex",)
    assert flow.version != builtin_flow().version


@pytest.mark.parametrize(
    ("snippet", "line", "message"),
    [
        ('id = "Age"\nkind = "single_choice"', 1, "question 'Age': id must start"),
        ('id = "month"\nkind = "country"\nprompt = "Where?"', 1, "'month': this id is reserved"),
        ('id = "age"\nkind = "slider"\nprompt = "How old?"', 1, "kind must be one of"),
        ('id = "age"\nkind = "single_choice"\nprompt = "How old?"', 1, "needs a list of choices"),
        (
            'id = "age"\nkind = "multi_choice"\nprompt = "Which?"\ndimension = true\n'
            'choices = [{id = "a", label = "A"}]',
            1,
            "cannot be a dimension",
        ),
        (
            'id = "age"\nkind = "single_choice"\nprompt = "How old?"\n'
            'choices = [{id = "a", label = "A label far longer than a list row takes"}]',
            1,
            "longer than 24 characters",
        ),
        (
            'id = "age"\nkind = "single_choice"\nprompt = "How old?"\n'
            'choices = [{id = "skip", label = "Skip"}]',
            1,
            '"skip" is reserved',
        ),
    ],
)
def test_check_names_the_question_and_its_line(snippet: str, line: int, message: str) -> None:
    text = '[[questions]]\nid = "text"\nkind = "text"\n\n[[questions]]\n' + snippet + "\n"
    with pytest.raises(FlowError) as info:
        parse_flow(text, "mine.toml")
    assert any(f"line {line + 4}: " in p and message in p for p in info.value.problems), (
        info.value.problems
    )
    assert str(info.value).startswith("mine.toml: ")


def test_the_text_question_cannot_be_removed_or_doubled() -> None:
    without = builtin_text().replace('[[questions]]\nid = "text"\nkind = "text"\n', "")
    with pytest.raises(FlowError, match="needs the question of kind"):
        parse_flow(without)
    doubled = builtin_text() + '\n[[questions]]\nid = "text"\nkind = "text"\n'
    with pytest.raises(FlowError, match="used twice"):
        parse_flow(doubled)
    with pytest.raises(FlowError, match="not valid TOML"):
        parse_flow("[[questions]\n")


def test_flow_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["flow", "show"]) == 0
    assert capsys.readouterr().out == BUILTIN_PATH.read_text(encoding="utf-8")
    good = tmp_path / "good.toml"
    good.write_text(builtin_text() + AGE_GROUP, encoding="utf-8")
    assert main(["flow", "check", str(good)]) == 0
    out = capsys.readouterr().out
    assert "age_group (single_choice, dimension)" in out
    # An operator's own prompt has no translation yet: people see it in English.
    assert "note: 'What is your age group?' has no translation in" in out
    bad = tmp_path / "bad.toml"
    bad.write_text(builtin_text() + AGE_GROUP.replace("single_choice", "dropdown"), "utf-8")
    assert main(["flow", "check", str(bad)]) == 1
    err = capsys.readouterr().err
    assert "question 'age_group': kind must be one of" in err
    assert f"line {builtin_text().count(chr(10)) + 2}:" in err
    assert main(["flow", "check", str(tmp_path / "missing.toml")]) == 1


async def _rows(services: Services, model: Any) -> list[Any]:
    async with services.sessions() as session:
        return list((await session.execute(select(model))).scalars())


def _engine(flow_text: str | None = None) -> ConversationEngine:
    flow = parse_flow(flow_text) if flow_text is not None else None
    return ConversationEngine(shared_pipeline(), flow=flow)


async def _to_trend(person: FakeChannel) -> None:
    await person.push("/start")
    await person.push(choice="lang:en")
    await person.push(choice="yes")
    await person.push("Kenya")
    await person.push(choice="theme:work")
    await person.push("The agency charged us a fee that was never in the contract we signed.")


async def test_a_conversation_finishes_under_the_flow_it_started_with(services: Services) -> None:
    operator_text = builtin_text() + AGE_GROUP
    # Started under the operator's flow ...
    person = FakeChannel(IntakeService(services, _engine(operator_text)), "7001")
    await _to_trend(person)
    # ... then the service restarts with the built-in flow, which has no age question.
    person.intake = IntakeService(services, _engine())
    await person.push(choice="trend:same")
    asked = person.last()
    assert asked.text == "What is your age group?"
    assert [c.id for c in asked.choices][:3] == [
        "age_group:u18",
        "age_group:18_34",
        "age_group:35_plus",
    ]
    await person.push("2")
    await person.push(choice="send")
    [filed] = await _rows(services, Submission)
    assert filed.answers == {"age_group": "18_34"}
    assert filed.flow_version == parse_flow(operator_text).version

    # The other way round: started under the built-in flow, finished after the
    # operator's flow is in place, without the question it never asked.
    other = FakeChannel(IntakeService(services, _engine()), "7002")
    await _to_trend(other)
    other.intake = IntakeService(services, _engine(operator_text))
    await other.push(choice="trend:worse")
    assert "Send it?" in other.last().text
    await other.push(choice="send")
    later = next(s for s in await _rows(services, Submission) if s.receipt != filed.receipt)
    assert later.flow_version == builtin_flow().version
    assert later.answers == {}
    # A new conversation follows the operator's flow.
    new = FakeChannel(other.intake, "7003")
    await _to_trend(new)
    await new.push(choice="trend:better")
    assert new.last().text == "What is your age group?"
    open_flows = {c.data.get("flow") for c in await _rows(services, Conversation)} - {None}
    assert open_flows == {parse_flow(operator_text).version}


async def test_several_choices_and_skipping(services: Services) -> None:
    extra = """
[[questions]]
id = "services_used"
kind = "multi_choice"
prompt = "Which services did you try to use?"
optional = true

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
    flow = parse_flow(builtin_text() + extra)
    question = flow.question("services_used")
    assert question is not None
    assert question.kind is Kind.MULTI_CHOICE
    intake = IntakeService(services, _engine(builtin_text() + extra))
    first = FakeChannel(intake, "7101")
    await _to_trend(first)
    await first.push(choice="trend:same")
    assert "You can pick more than one" in first.last().text
    await first.push("1, 3")
    await first.push(choice="send")
    second = FakeChannel(intake, "7102")
    await _to_trend(second)
    await second.push(choice="trend:same")
    await second.push(choice="services_used:skip")
    await second.push(choice="send")
    answers = sorted(
        (str(s.answers["services_used"]) for s in await _rows(services, Submission)),
    )
    assert answers == ["None", "['health', 'housing']"]


def test_a_bad_flow_file_stops_start_up_naming_the_setting(tmp_path: Path, sqlite_url: str) -> None:
    bad = tmp_path / "mine.toml"
    bad.write_text('[[questions]]\nid = "x"\nkind = "text"\n', encoding="utf-8")
    with pytest.raises(ConfigError, match=r"^VOICES_FLOW_FILE .*mine.toml: line 1: question 'x'"):
        build_services(make_settings(sqlite_url, flow_file=bad))


def _builtin_msgids() -> tuple[set[str], set[str]]:
    """The built-in file's prompts and its labels, switched on or not."""
    raw = tomllib.loads(builtin_text())
    prompts = {q["prompt"] for q in raw["questions"] if "prompt" in q}
    labels = {c["label"] for q in raw["questions"] for c in q.get("choices", [])}
    labels |= {
        q.get("skip_label", DEFAULT_SKIP_LABEL) for q in raw["questions"] if q.get("optional")
    }
    return prompts, labels


def test_the_flow_files_words_are_extracted_and_translated_everywhere() -> None:
    prompts, labels = _builtin_msgids()
    with BUILTIN_PATH.open("rb") as fh:
        extracted = {message for _, _, message, _ in _extract_flow(fh, [], [], {})}
    assert (prompts | labels) - {DEFAULT_SKIP_LABEL} <= extracted
    assert "How old are you?" in extracted  # off by default, translated all the same
    missing = [
        (lang, msgid)
        for lang in SUPPORTED
        for msgid in sorted(prompts | labels)
        if not has_translation(lang, msgid)
    ]
    assert missing == []
    too_long = [
        (lang, gettext(lang, label))
        for lang in SUPPORTED
        for label in labels
        if len(gettext(lang, label)) > whatsapp.MAX_ROW_TITLE
    ]
    assert too_long == []


def test_a_blank_flow_file_setting_means_the_built_in_flow(sqlite_url: str) -> None:
    services = build_services(make_settings(sqlite_url, flow_file=""))
    assert services.flow == builtin_flow()
