"""The error hierarchy: each class says what the edge should do with it.

Raise:
- ``ConfigError`` at start-up when a setting a feature needs is missing or wrong;
  its message names the ``VOICES_`` variable.
- ``PayloadIgnored`` for a well-formed event we do not handle (status callbacks,
  edits): answered 200 so the provider does not retry.
- ``PayloadRejected`` for malformed input: answered 400 and never retried.
- ``Unauthorized`` / ``Forbidden`` for missing or wrong credentials or signatures.
- ``SendError`` from a channel's ``send`` when a reply could not be delivered;
  ``retryable`` tells the outbox worker whether to try again.
- ``UserFacingError`` for a problem to show to a person, as a translatable template.

Messages never contain a person's text: only codes, field names and sizes.
"""

from __future__ import annotations

from typing import ClassVar


class AppError(Exception):
    """Root of every error Compact Voices raises on purpose."""

    status: ClassVar[int] = 500
    code: ClassVar[str] = "internal_error"

    def __init__(self, message: str = "", *, code: str | None = None) -> None:
        super().__init__(message or self.code)
        self.message = message or self.code
        if code is not None:
            self.code = code  # type: ignore[misc]


class ConfigError(AppError):
    """A setting is missing or invalid; raised before the service starts."""

    code = "config_error"


class PayloadIgnored(AppError):
    """A valid event we deliberately do not act on; the sender must not retry."""

    status = 200
    code = "ignored"


class PayloadRejected(AppError):
    """Malformed or unacceptable input; retrying it will not help."""

    status = 400
    code = "bad_request"


class Unauthorized(AppError):
    """Credentials or a signature are missing or wrong."""

    status = 401
    code = "unauthorized"


class Forbidden(AppError):
    """The caller is known but not allowed to do this."""

    status = 403
    code = "forbidden"


class NotFound(AppError):
    """The thing asked for does not exist (or is not visible to the caller)."""

    status = 404
    code = "not_found"


class Overloaded(AppError):
    """The service is saturated; the caller should come back after ``retry_after`` seconds."""

    status = 503
    code = "overloaded"

    def __init__(self, message: str = "", *, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class SendError(AppError):
    """A reply could not be delivered to a channel.

    Args:
        message: what went wrong, without any personal data.
        retryable: whether the same request may succeed later (timeouts, 429, 5xx).
        code: a short machine-readable reason (``blocked``, ``rate_limited`` ...).
        retry_after: seconds the provider asked us to wait, if it said.
    """

    code = "send_failed"

    def __init__(
        self,
        message: str,
        *,
        retryable: bool,
        code: str = "send_failed",
        retry_after: float | None = None,
    ) -> None:
        super().__init__(message, code=code)
        self.retryable = retryable
        self.retry_after = retry_after


class UserFacingError(AppError):
    """A problem to tell a person about, rendered in their language at the edge.

    ``msgid`` is a gettext message id; ``params`` fill its named placeholders.
    """

    status = 400

    def __init__(self, msgid: str, *, code: str = "user_error", **params: object) -> None:
        super().__init__(code, code=code)
        self.msgid = msgid
        self.params = params
