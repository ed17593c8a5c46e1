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


def configure(level: str = "INFO") -> None:
    """Send JSON lines to stderr; quiet chatty libraries that log request URLs with tokens."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level.upper())
    # httpx logs full URLs, and Telegram puts the bot token in the URL path.
    for noisy in ("httpx", "httpcore", "aiohttp.access", "telegram.ext.Updater", "alembic"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
