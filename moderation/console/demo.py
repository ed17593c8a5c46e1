"""``voices demo``: fill the database with synthetic multilingual feedback, filed through the
real pipeline, and create demo console users.

The texts (``demo_data``) name invented people and give invented phone numbers; the
pipeline removes them before anything is stored, exactly as for real messages. Running
the command again adds no duplicate users and no second batch of submissions.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any, Protocol, cast

from core.clock import utcnow
from core.errors import ConfigError
from core.messages import Address, ChannelKind
from intake.context import Services
from moderation.console.demo_data import FEEDBACK, DemoFeedback
from storage.credentials import generate_password, hash_password
from storage.models import SubmissionState
from storage.queries.accounts import add_user, get_user_by_username
from storage.queries.moderation import count_consent_version, file_demo_history
from storage.queries.submissions import NewSubmission, add_submissions

DEMO_CONSENT = "demo"
DEMO_USERS = (("demo-admin", "admin"), ("demo-moderator", "moderator"))
REJECT_REASON = "off_topic"


class PipelineResult(Protocol):
    """What ``moderation.pipeline.Pipeline.process`` returns (the fields the demo uses)."""

    text: str
    lang: str
    entities: Mapping[str, int]
    flags: Sequence[str]
    objectives: Sequence[int]
    urgent: bool


class Pipeline(Protocol):
    """The anonymising pipeline's interface."""

    def process(
        self, text: str, lang_hint: str | None = None, sender_name: str | None = None
    ) -> Any:
        """Anonymise, screen and classify ``text`` (may be a coroutine)."""


def load_pipeline() -> Pipeline:
    """Return the real pipeline, or raise ``ConfigError`` saying it is missing."""
    try:
        module = importlib.import_module("moderation.pipeline")
    except ImportError as exc:
        raise ConfigError(
            "voices demo needs the anonymising pipeline (moderation/pipeline.py), which is "
            "not part of this build; demo data is only ever stored after anonymisation"
        ) from exc
    return cast("Pipeline", module.Pipeline())


@dataclass
class DemoReport:
    """What ``run_demo`` did."""

    filed: int = 0
    skipped_existing: int = 0
    passwords: dict[str, str] = field(default_factory=dict)
    existing_users: list[str] = field(default_factory=list)


async def _process(pipeline: Pipeline, item: DemoFeedback) -> PipelineResult:
    result = pipeline.process(item.raw_text(), lang_hint=item.lang, sender_name=item.name)
    if inspect.isawaitable(result):
        result = await result
    return cast("PipelineResult", result)


async def run_demo(services: Services, pipeline: Pipeline | None = None) -> DemoReport:
    """File the demo feedback (once) and create the demo users (if absent)."""
    pipeline = pipeline or load_pipeline()
    report = DemoReport()
    async with services.sessions() as session, session.begin():
        for username, role in DEMO_USERS:
            if await get_user_by_username(session, username) is not None:
                report.existing_users.append(username)
                continue
            password = generate_password()
            await add_user(session, username, hash_password(password), role)
            report.passwords[username] = password
        existing = await count_consent_version(session, DEMO_CONSENT)
    if existing:
        report.skipped_existing = existing
        return report

    items: list[NewSubmission] = []
    for index, feedback in enumerate(FEEDBACK):
        result = await _process(pipeline, feedback)
        channel = ChannelKind(feedback.channel)
        address = Address(channel, f"demo-{index}")
        items.append(
            NewSubmission(
                channel=channel.value,
                lang=result.lang or feedback.lang,
                text=result.text,
                pseudonym=services.pseudonyms.pseudonym(address),
                consent_version=DEMO_CONSENT,
                country=feedback.country,
                objectives=sorted(set(result.objectives) | set(feedback.objectives)),
                theme=feedback.theme,
                trend=feedback.trend,
                flags=list(result.flags),
                entities=dict(result.entities),
                urgent=bool(result.urgent or feedback.urgent),
                urgent_category=getattr(result, "urgent_category", None),
                urgent_cue=list(cue) if (cue := getattr(result, "urgent_cue", None)) else None,
                state=feedback.state,
            )
        )
    now = utcnow()
    async with services.sessions() as session, session.begin():
        receipts = await add_submissions(session, items)
        await file_demo_history(
            session,
            {
                receipt: (
                    now - timedelta(days=feedback.days_ago, minutes=17 * index),
                    REJECT_REASON if feedback.state == SubmissionState.REJECTED.value else None,
                )
                for index, (receipt, feedback) in enumerate(zip(receipts, FEEDBACK, strict=True))
            },
        )
    report.filed = len(receipts)
    return report


def describe(report: DemoReport, base_url: str) -> list[str]:
    """The lines ``voices demo`` prints: what was filed, where to look, how to log in."""
    lines = []
    if report.filed:
        lines.append(f"filed {report.filed} demo submissions through the pipeline")
    else:
        lines.append(f"demo submissions already present ({report.skipped_existing}); none added")
    lines.append(f"console: {base_url}/console/  (start it with `voices serve`)")
    for username, password in report.passwords.items():
        lines.append(f"user {username}  password: {password}")
    lines.extend(
        f"user {username} exists; use the password printed when it was created"
        for username in report.existing_users
    )
    return lines
