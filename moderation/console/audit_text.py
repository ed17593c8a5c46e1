"""The audit log in words: what each action code means and each recorded change, translated.

Entries hold codes and small values (states, roles, digests, counts), never free
text; this module turns them into sentences a person reads ("State: Pending ->
Approved") in the console's language. Codes it does not know are shown as they
are, so a new action is never hidden.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from i18n.translator import N_, gettext
from moderation.console.state import (
    REJECT_REASONS,
    ROLE_NAMES,
    STATE_NAMES,
)

ACTION_NAMES: dict[str, str] = {
    "submission.claim": N_("Claimed a submission"),
    "submission.release": N_("Released a claim"),
    "submission.approve": N_("Approved a submission"),
    "submission.reject": N_("Rejected a submission"),
    "submission.escalate": N_("Escalated a submission"),
    "submission.redact": N_("Redacted text"),
    "submission.classify": N_("Changed objectives or theme"),
    "submission.note": N_("Added a note"),
    "submission.quoting": N_("Changed whether it may be quoted"),
    "submission.export": N_("Exported submissions"),
    "login.success": N_("Logged in"),
    "login.failure": N_("Failed login"),
    "logout": N_("Logged out"),
    "user.add": N_("Added a user"),
    "user.disable": N_("Disabled a user"),
    "user.enable": N_("Enabled a user"),
    "user.reset_password": N_("Reset a password"),
    "token.create": N_("Created an API token"),
    "token.revoke": N_("Revoked an API token"),
    "report.published": N_("Recorded a published report"),
}

# The families the audit page's filter offers (an action code's first part).
ACTION_FAMILIES: dict[str, str] = {
    "submission": N_("Submissions"),
    "login": N_("Logins"),
    "user": N_("Users"),
    "token": N_("API tokens"),
    "report": N_("Reports"),
}

FIELD_NAMES: dict[str, str] = {
    "state": N_("State"),
    "claimed_by": N_("Claimed by"),
    "claimed_at": N_("Claimed at"),
    "reject_reason": N_("Reason"),
    "length": N_("Length"),
    "redactions": N_("Redactions"),
    "objectives": N_("Objectives"),
    "theme": N_("Theme"),
    "quotable": N_("May be quoted"),
    "role": N_("Role"),
    "country": N_("Country"),
    "expires_at": N_("Expires"),
    "revoked": N_("Revoked"),
    "disabled": N_("Disabled"),
    "sessions_ended": N_("Sessions ended"),
    "reason": N_("Reason"),
    "format": N_("Format"),
    "rows": N_("Rows"),
    "queued": N_("Messages queued"),
}
# Digests and ids say nothing to a reader; the page still shows that something changed.
HIDDEN_FIELDS = frozenset({"text_sha256", "note_id", "period", "filters"})
LOGIN_REASONS: dict[str, str] = {
    "password": N_("Wrong password"),
    "no_user": N_("Unknown user name"),
    "disabled": N_("User disabled"),
}
YES, NO, NOBODY = N_("yes"), N_("no"), N_("nobody")


@dataclass(frozen=True, slots=True)
class Change:
    """One recorded field in words: before and after (None when not recorded)."""

    label: str
    before: str | None
    after: str | None


def action_label(locale: str, code: str) -> str:
    """What an action code means, or the code itself when unknown."""
    msgid = ACTION_NAMES.get(code)
    return gettext(locale, msgid) if msgid else code


def _value(locale: str, key: str, value: Any, country: Callable[[str], str]) -> str:
    tr: Callable[[str], str] = lambda msgid: gettext(locale, msgid)  # noqa: E731
    names: Mapping[str, Mapping[str, str]] = {
        "state": STATE_NAMES,
        "role": ROLE_NAMES,
        "reject_reason": REJECT_REASONS,
        "reason": LOGIN_REASONS,
    }
    if value is None:
        return tr(NOBODY) if key == "claimed_by" else "–"
    if isinstance(value, bool):
        return tr(YES if value else NO)
    if key in names and str(value) in names[key]:
        return tr(names[key][str(value)])
    if key == "country" and isinstance(value, str) and len(value) == 2:
        return country(value)
    if isinstance(value, list):
        return ", ".join(str(v) for v in value) or "–"
    if key in ("claimed_at", "expires_at") and isinstance(value, str):
        return value[:16].replace("T", " ")
    return str(value)


def describe(
    locale: str,
    before: Mapping[str, Any] | None,
    after: Mapping[str, Any] | None,
    country: Callable[[str], str],
) -> list[Change]:
    """The recorded fields of one entry, in words, in a stable order."""
    before, after = before or {}, after or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if k not in HIDDEN_FIELDS]
    changes = []
    for key in keys:
        msgid = FIELD_NAMES.get(key)
        label = gettext(locale, msgid) if msgid else key
        changes.append(
            Change(
                label,
                _value(locale, key, before[key], country) if key in before else None,
                _value(locale, key, after[key], country) if key in after else None,
            )
        )
    return changes
