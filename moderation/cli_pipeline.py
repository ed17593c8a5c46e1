"""The ``voices pipeline`` command body: JSON lines in, anonymised JSON lines out.

Input lines are ``{"text": ..., "lang": ..., "sender_name": ...}`` (``lang`` and
``sender_name`` optional). Each produces one output line with ``text``, ``lang``,
``lang_confidence``, ``entities``, ``flags``, ``flag_reasons`` and ``objectives``.
A bad line produces ``{"error": {"code": ..., "line": n}}`` (1-based line
number) and processing continues; the error never repeats the input, which may
be a person's raw words. Blank lines are skipped.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from enum import StrEnum
from typing import Any, TextIO

from moderation.pipeline import Pipeline


class LineError(StrEnum):
    """Why an input line was not processed."""

    INVALID_UTF8 = "invalid_utf8"  # the bytes of the line are not UTF-8
    INVALID_JSON = "invalid_json"  # not parseable as JSON
    NOT_AN_OBJECT = "not_an_object"  # JSON, but not an object
    MISSING_TEXT = "missing_text"  # no "text" key
    TEXT_NOT_STRING = "text_not_string"  # "text" is not a string
    LANG_NOT_STRING = "lang_not_string"  # "lang" present but not a string or null
    SENDER_NOT_STRING = "sender_name_not_string"  # "sender_name" present but not a string or null


class _BadLine(Exception):
    def __init__(self, code: LineError) -> None:
        super().__init__(code.value)
        self.code = code


def run_pipeline(stdin: TextIO, stdout: TextIO, pipeline: Pipeline) -> int:
    """Process every JSON line of ``stdin`` and write one JSON line per input to ``stdout``.

    Args:
        stdin: text input; when it wraps a byte stream (``sys.stdin``) lines are
            decoded one by one, so one line of bad UTF-8 does not stop the rest.
        stdout: where the result lines go.
        pipeline: the pipeline to run.

    Returns:
        0 if every line was processed, 1 if any line was rejected.
    """
    status = 0
    for number, raw in enumerate(_lines(stdin), start=1):
        if isinstance(raw, str) and not raw.strip():
            continue
        try:
            fields = _parse(raw)
        except _BadLine as bad:
            status = 1
            out: dict[str, Any] = {"error": {"code": bad.code.value, "line": number}}
        else:
            result = pipeline.process(
                fields["text"], lang_hint=fields["lang"], sender_name=fields["sender_name"]
            )
            out = {
                "text": result.text,
                "lang": result.lang,
                "lang_confidence": result.lang_confidence,
                "entities": result.entities,
                "flags": list(result.flags),
                "flag_reasons": result.flag_reasons,
                "objectives": list(result.objectives),
            }
        stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
    stdout.flush()
    return status


def _lines(stdin: TextIO) -> Iterator[str | None]:
    """Yield each line as text, or None for a line that is not valid UTF-8."""
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        for chunk in buffer:
            try:
                yield chunk.decode("utf-8")
            except UnicodeDecodeError:
                yield None
        return
    for line in stdin:
        # With errors="surrogateescape", undecodable bytes arrive as lone surrogates.
        try:
            line.encode("utf-8")
        except UnicodeEncodeError:
            yield None
        else:
            yield line


def _parse(raw: str | None) -> dict[str, Any]:
    if raw is None:
        raise _BadLine(LineError.INVALID_UTF8)
    try:
        data = json.loads(raw)
    except ValueError:
        raise _BadLine(LineError.INVALID_JSON) from None
    if not isinstance(data, dict):
        raise _BadLine(LineError.NOT_AN_OBJECT)
    if "text" not in data:
        raise _BadLine(LineError.MISSING_TEXT)
    if not isinstance(data["text"], str):
        raise _BadLine(LineError.TEXT_NOT_STRING)
    lang = data.get("lang")
    if lang is not None and not isinstance(lang, str):
        raise _BadLine(LineError.LANG_NOT_STRING)
    sender = data.get("sender_name")
    if sender is not None and not isinstance(sender, str):
        raise _BadLine(LineError.SENDER_NOT_STRING)
    try:
        data["text"].encode("utf-8")
    except UnicodeEncodeError:
        # "\ud800"-style escapes decode to lone surrogates: not text a person typed.
        raise _BadLine(LineError.INVALID_UTF8) from None
    return {"text": data["text"], "lang": lang, "sender_name": sender}
