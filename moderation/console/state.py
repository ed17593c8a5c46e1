"""The console's typed state: its settings, who is asking, and the rules' constants."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import TYPE_CHECKING

from aiohttp import web

from bot.catalog import OBJECTIVE_NAMES
from i18n.translator import N_, SUPPORTED

if TYPE_CHECKING:
    from jinja2 import Environment

    from intake.context import Services

SESSION_TTL = timedelta(hours=8)  # absolute: a login lasts one working day at most
CLAIM_TTL = timedelta(minutes=15)
PER_PAGE = 25
AUDIT_PER_PAGE = 50
# The staff languages the console offers: a subset of the served languages, in their order.
CONSOLE_LOCALES = tuple(code for code in SUPPORTED if code in {"en", "fr", "es", "ar"})

SESSION_COOKIE = "cv_console"  # the web form's own session cookie is cv_session
LOGIN_COOKIE = "cv_login"
LANG_COOKIE = "cv_lang"

ROLE_MODERATOR = "moderator"
ROLE_REVIEWER = "reviewer"
ROLE_ADMIN = "admin"
ACTING_ROLES = frozenset({ROLE_MODERATOR, ROLE_ADMIN})

REDACTED = "[REDACTED]"

# The 23 GCM objectives, short names (the classification target).
OBJECTIVES: dict[int, str] = OBJECTIVE_NAMES

REJECT_REASONS: dict[str, str] = {
    "off_topic": N_("Off-topic"),
    "abusive": N_("Abusive or hateful"),
    "personal_data": N_("Personal data that cannot be redacted"),
    "duplicate": N_("Duplicate"),
    "spam": N_("Spam or advertising"),
    "other": N_("Other"),
}

# What a flag means, in words (a moderator never reads the code itself).
FLAG_NAMES: dict[str, str] = {
    "urgent": N_("Urgent"),
    "spam": N_("Spam"),
    "abuse": N_("Abusive"),
    "link_only": N_("Links only"),
}

STATE_NAMES: dict[str, str] = {
    "pending": N_("Pending"),
    "approved": N_("Approved"),
    "rejected": N_("Rejected"),
    "escalated": N_("Escalated"),
    "withdrawn": N_("Withdrawn"),
}

URGENT_NAMES: dict[str, str] = {
    "detention": N_("Detention"),
    "trafficking": N_("Trafficking or forced work"),
    "violence": N_("Violence or threats"),
    "sexual_violence": N_("Sexual violence"),
    "child_at_risk": N_("Child at risk"),
    "medical": N_("Medical emergency"),
    "self_harm": N_("Suicide or self-harm"),
    "missing_person": N_("Missing person"),
    "abandonment": N_("Abandoned at sea or in the desert"),
    "pushback": N_("Pushback"),
    "help_now": N_("Asked for help now"),
}

ROLE_NAMES: dict[str, str] = {
    ROLE_MODERATOR: N_("Moderator"),
    ROLE_REVIEWER: N_("Reviewer"),
    ROLE_ADMIN: N_("Admin"),
}


@dataclass(frozen=True, slots=True)
class Console:
    """What every console handler shares."""

    services: Services
    templates: Environment
    secret: bytes
    secure_cookies: bool


@dataclass(frozen=True, slots=True)
class Viewer:
    """The logged-in user making this request, the session's cookie token, and their scope.

    A ``country`` scope limits every page and action to that country's submissions.
    """

    username: str
    role: str
    token: str
    country: str | None = None

    @property
    def can_act(self) -> bool:
        """Whether this user may claim, approve, reject, escalate, redact and edit."""
        return self.role in ACTING_ROLES

    @property
    def is_admin(self) -> bool:
        """Whether this user may read the audit log."""
        return self.role == ROLE_ADMIN

    def sees(self, country: str | None) -> bool:
        """Whether a submission about ``country`` is in this user's scope."""
        return self.country is None or country == self.country


CONSOLE = web.AppKey("console", Console)
VIEWER = web.RequestKey("console_viewer", Viewer)
LOCALE = web.RequestKey("console_locale", str)
