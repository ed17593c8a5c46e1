"""``voices export``: the operator's dump of submissions in every format and state filter."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

from review.export import OPERATOR_FIELDS, export_submissions
from storage import migrate
from tests.conftest import make_settings
from tests.review.conftest import Spec, seed
from voices.services import Services, build_services

ROOT = Path(__file__).resolve().parents[2]
REQUIRED = {
    "receipt",
    "channel",
    "lang",
    "country",
    "objectives",
    "theme",
    "text",
    "state",
    "flags",
    "created_at",
}


async def _dump(services: Services, fmt: str, state: str) -> bytes:
    out = io.BytesIO()
    await export_submissions(services, fmt, state, out)
    return out.getvalue()


async def test_jsonl_carries_the_contract_fields_and_filters_by_state(services: Services) -> None:
    receipts = await seed(
        services,
        [
            Spec(3, "IT", [15, 13]),
            Spec(2, "DE", [6], state="pending", lang="ar"),
            Spec(1, "GR", [8], state="rejected"),
        ],
    )
    lines = (await _dump(services, "jsonl", "all")).decode().splitlines()
    records = [json.loads(line) for line in lines]
    assert len(records) == 6
    for record in records:
        assert set(record) >= REQUIRED
    assert {r["receipt"] for r in records} == set(receipts)
    approved = [json.loads(x) for x in (await _dump(services, "jsonl", "approved")).splitlines()]
    assert {r["state"] for r in approved} == {"approved"}
    assert approved[0]["objectives"] == [15, 13]
    pending = [json.loads(x) for x in (await _dump(services, "jsonl", "pending")).splitlines()]
    assert len(pending) == 2
    assert "المدرسة" in pending[0]["text"]


async def test_csv_json_and_xlsx(services: Services) -> None:
    await seed(services, [Spec(2, "IT"), Spec(1, "IT", state="pending")])
    rows = list(csv.DictReader(io.StringIO((await _dump(services, "csv", "all")).decode())))
    assert len(rows) == 3
    assert list(rows[0]) == list(OPERATOR_FIELDS)
    as_json = json.loads(await _dump(services, "json", "approved"))
    assert len(as_json) == 2
    book = load_workbook(io.BytesIO(await _dump(services, "xlsx", "all")))
    values = list(book.active.iter_rows(values_only=True))
    assert values[0] == OPERATOR_FIELDS
    assert len(values) == 4


async def test_formula_looking_text_is_defused(services: Services) -> None:
    from sqlalchemy import update

    from storage.models import Submission

    receipts = await seed(services, [Spec(1, "IT")])
    async with services.sessions() as session, session.begin():
        await session.execute(
            update(Submission)
            .where(Submission.receipt == receipts[0])
            .values(text='=HYPERLINK("http://example.invalid")')
        )
    rows = list(csv.DictReader(io.StringIO((await _dump(services, "csv", "all")).decode())))
    assert rows[0]["text"].startswith("'=")
    book = load_workbook(io.BytesIO(await _dump(services, "xlsx", "all")))
    cell = book.active.cell(row=2, column=OPERATOR_FIELDS.index("text") + 1)
    assert cell.data_type == "s"


def test_the_command_line_writes_to_stdout(tmp_path: Path) -> None:
    settings = make_settings(f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}")

    async def prepare() -> None:
        services = build_services(settings)
        await migrate.upgrade(services.engine)
        await seed(services, [Spec(2, "IT"), Spec(1, "DE", state="pending")])
        await services.engine.dispose()

    import asyncio

    asyncio.run(prepare())
    env = {k: v for k, v in os.environ.items() if not k.startswith("VOICES_")}
    env.update(
        PYTHONPATH=str(ROOT),
        VOICES_DATABASE_URL=settings.database_url,
        VOICES_PSEUDONYM_KEY=settings.secret("pseudonym_key"),
        VOICES_CONTACT_KEY=settings.secret("contact_key"),
        VOICES_SECRET_KEY=settings.secret("secret_key"),
    )
    result = subprocess.run(
        [sys.executable, "-m", "voices.cli", "export", "--format", "jsonl", "--state", "all"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr.decode()
    records = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert sorted(r["state"] for r in records) == ["approved", "approved", "pending"]
    xlsx = subprocess.run(
        [sys.executable, "-m", "voices.cli", "export", "--format", "xlsx"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert xlsx.returncode == 0
    assert xlsx.stdout[:2] == b"PK"  # a zip container: the workbook itself, as bytes
    bad = subprocess.run(
        [sys.executable, "-m", "voices.cli", "export", "--format", "pdf"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )
    assert bad.returncode == 2


@pytest.mark.parametrize(("fmt", "state"), [("yaml", "all"), ("csv", "everything")])
async def test_bad_format_or_state_is_refused(services: Services, fmt: str, state: str) -> None:
    from core.errors import PayloadRejected

    with pytest.raises(PayloadRejected):
        await _dump(services, fmt, state)
