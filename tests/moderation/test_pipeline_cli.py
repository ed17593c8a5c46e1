"""The ``voices pipeline`` body: JSON lines in, one JSON line out per input, errors per line."""

from __future__ import annotations

import io
import json

import pytest

from moderation.cli_pipeline import run_pipeline
from moderation.pipeline import Pipeline

GOOD = [
    {"text": "My name is Kwabena Osei, call 0912345678", "lang": "en"},
    {"text": "ሽመይ ክብሮም ዘርአ እዩ", "sender_name": "Kibrom Zerea"},
    {"text": "Hello", "lang": None, "sender_name": None},
]


def _run_text(pipeline: Pipeline, text: str) -> tuple[int, list[dict[str, object]]]:
    out = io.StringIO()
    code = run_pipeline(io.StringIO(text), out, pipeline)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def _run_bytes(pipeline: Pipeline, data: bytes) -> tuple[int, list[dict[str, object]]]:
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")
    out = io.StringIO()
    code = run_pipeline(stdin, out, pipeline)
    return code, [json.loads(line) for line in out.getvalue().splitlines()]


def test_good_lines(pipeline: Pipeline) -> None:
    code, rows = _run_text(
        pipeline, "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOOD)
    )
    assert code == 0
    assert len(rows) == 3
    first = rows[0]
    assert first["text"] == "My name is [NAME], call [PHONE]"
    assert first["lang"] == "en"
    assert first["entities"] == {"NAME": 1, "PHONE": 1}
    assert first["flags"] == []
    assert isinstance(first["objectives"], list)
    assert 0 <= float(first["lang_confidence"]) <= 1  # type: ignore[arg-type]
    assert rows[1]["lang"] == "ti"
    assert "ክብሮም" not in str(rows[1]["text"])
    assert set(first) >= {"text", "lang", "lang_confidence", "entities", "flags", "objectives"}


SECRET = "Kwabena Osei 0912345678"


@pytest.mark.parametrize(
    ("line", "code"),
    [
        (f"not json {SECRET}", "invalid_json"),
        (f'{{"text": "{SECRET}"', "invalid_json"),
        (f'["{SECRET}"]', "not_an_object"),
        (f'{{"message": "{SECRET}"}}', "missing_text"),
        ('{"text": 12345678}', "text_not_string"),
        ('{"text": null}', "text_not_string"),
        (f'{{"text": "{SECRET}", "lang": 7}}', "lang_not_string"),
        (f'{{"text": "{SECRET}", "sender_name": ["x"]}}', "sender_name_not_string"),
        ('{"text": "\\ud800 lone surrogate"}', "invalid_utf8"),
    ],
)
def test_bad_line_reports_code_and_continues(pipeline: Pipeline, line: str, code: str) -> None:
    good = json.dumps(GOOD[0])
    status, rows = _run_text(pipeline, f"{good}\n{line}\n{good}\n")
    assert status == 1
    assert rows[1] == {"error": {"code": code, "line": 2}}
    assert rows[0]["text"] == rows[2]["text"] == "My name is [NAME], call [PHONE]"


def test_errors_never_echo_the_input(pipeline: Pipeline) -> None:
    _, rows = _run_text(pipeline, f"garbage {SECRET}\n")
    assert "Osei" not in json.dumps(rows)
    assert "0912345678" not in json.dumps(rows)


def test_invalid_utf8_bytes_are_one_bad_line(pipeline: Pipeline) -> None:
    data = (
        json.dumps(GOOD[0]).encode()
        + b"\n"
        + b'{"text": "\xff\xfe broken"}\n'
        + json.dumps(GOOD[1], ensure_ascii=False).encode("utf-8")
        + b"\n"
    )
    status, rows = _run_bytes(pipeline, data)
    assert status == 1
    assert [r.get("error") for r in rows] == [None, {"code": "invalid_utf8", "line": 2}, None]
    assert rows[2]["lang"] == "ti"


def test_surrogateescape_stream(pipeline: Pipeline) -> None:
    text = b'{"text": "ok"}\n{"text": "\xff"}\n'.decode("utf-8", "surrogateescape")

    status, rows = _run_text(pipeline, text)
    assert status == 1
    assert rows[1] == {"error": {"code": "invalid_utf8", "line": 2}}


def test_blank_lines_are_skipped_but_counted(pipeline: Pipeline) -> None:
    status, rows = _run_text(pipeline, '\n{"text": "hi"}\n\n{"text": 1}\n')
    assert status == 1
    assert rows[1] == {"error": {"code": "text_not_string", "line": 4}}
    assert len(rows) == 2


def test_empty_input(pipeline: Pipeline) -> None:
    assert _run_text(pipeline, "") == (0, [])
