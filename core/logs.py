"""Structured JSON logging that never carries a person's words.

Log lines name events, codes and counts. Exceptions are summarised by type and
code location only: a third-party exception message may quote its input (pydantic
does), and that input may be raw personal text.
"""

from __future__ import annotations

import json
import logging
import sys
import traceback
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from types import TracebackType
from typing import Any

_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime"}


def exception_summary(exc: BaseException) -> str:
    """Describe an exception by type and the frames it passed, never by its message."""
    frames = traceback.extract_tb(exc.__traceback__)
    where = " <- ".join(
        f"{f.filename.rsplit('/', 1)[-1]}:{f.lineno}" for f in reversed(frames[-4:])
    )
    return f"{type(exc).__module__}.{type(exc).__qualname__} at {where or '?'}"


class JsonFormatter(logging.Formatter):
    """One JSON object per line; ``extra={...}`` fields are included as keys."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "ts": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "event": record.getMessage(),
        }
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                entry[key] = value
        if record.exc_info and record.exc_info[1] is not None:
            entry["error"] = exception_summary(record.exc_info[1])
        return json.dumps(entry, ensure_ascii=False, default=str)

    def formatException(
        self, ei: tuple[type[BaseException], BaseException, TracebackType | None] | Any
    ) -> str:
        """Never render exception messages (see module docstring)."""
        return exception_summary(ei[1]) if ei and ei[1] is not None else ""


REDACTED = "<redacted>"
# Libraries that log what they send and receive at DEBUG or INFO: message texts, chat
# ids, result rows, URLs with the bot token. They log warnings only, at every level.
QUIET_LIBRARIES = (
    "httpx",
    "httpcore",
    "hpack",
    "aiohttp.access",
    "aiohttp.client",
    "telegram",
    "sqlalchemy",
    "aiosqlite",
    "asyncpg",
    "alembic",
)


class RedactingFilter(logging.Filter):
    """Replaces secret values (tokens, signing keys) wherever they appear in a record.

    It sits on the handlers, so it sees every record from every logger, at every
    level: the message with its arguments, ``extra`` fields, and the exception's text.
    """

    def __init__(self, values: Iterable[str] = ()) -> None:
        super().__init__()
        self._values: list[str] = []
        self.add(values)

    def add(self, values: Iterable[str]) -> None:
        """Redact these values too (longest first, so a token inside another goes too)."""
        fresh = {v for v in values if v and len(v) >= 4} - set(self._values)
        self._values = sorted({*self._values, *fresh}, key=len, reverse=True)

    def _clean(self, text: str) -> str:
        for value in self._values:
            if value in text:
                text = text.replace(value, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record in place; never drop it."""
        if not self._values:
            return True
        try:
            message = record.getMessage()
        except (TypeError, ValueError):
            message = str(record.msg)
        record.msg, record.args = self._clean(message), None
        for key, value in list(record.__dict__.items()):
            if key not in _STANDARD and isinstance(value, str):
                setattr(record, key, self._clean(value))
        return True


def redact(values: Iterable[str]) -> Callable[[], None]:
    """Redact ``values`` in everything the root logger's handlers write.

    Returns a function that removes the filter again (for an app's clean-up).
    """
    redactor = RedactingFilter(values)
    handlers = list(logging.getLogger().handlers)
    for handler in handlers:
        handler.addFilter(redactor)

    def remove() -> None:
        for handler in handlers:
            handler.removeFilter(redactor)

    return remove


def configure(level: str = "INFO") -> None:
    """Send JSON lines to stderr; keep chatty libraries at warnings whatever the level."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    for noisy in QUIET_LIBRARIES:
        logging.getLogger(noisy).setLevel(logging.WARNING)
