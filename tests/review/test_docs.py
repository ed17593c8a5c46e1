"""``GET /api/v1/docs``: the OpenAPI document as a browsable page that needs nothing from
outside (no CDN, no script), in the reader's language, and that cannot drift from the
document because it is rendered from it."""

from __future__ import annotations

import re
from typing import Any

from review import openapi
from voices.app import create_app
from voices.services import Services


async def test_docs_page_shows_every_operation_and_loads_nothing(
    services: Services, aiohttp_client: Any
) -> None:
    client = await aiohttp_client(create_app(services))
    resp = await client.get("/api/v1/docs")  # no token: like openapi.json
    assert resp.status == 200
    assert resp.content_type == "text/html"
    html = await resp.text()
    csp = resp.headers["Content-Security-Policy"]
    assert csp.startswith("default-src 'none'; style-src 'sha256-")
    # Nothing to fetch: no script, no external style sheet, image or font, no CDN.
    assert "<script" not in html
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", html)
    assert "<link" not in html
    doc = openapi.document()
    for path, item in doc["paths"].items():
        for operation in item.values():
            assert f'id="{operation["operationId"]}"' in html
            assert f'<span class="path">{path}</span>' in html
            for parameter in operation.get("parameters", []):
                assert f"<code>{parameter['name']}</code>" in html, (path, parameter["name"])
    for name in doc["components"]["schemas"]:
        assert f'id="schema-{name}"' in html
    assert "excel" in html  # the export's Excel option is documented
    assert '<html lang="en" dir="ltr">' in html


async def test_docs_page_speaks_the_readers_language(
    services: Services, aiohttp_client: Any
) -> None:
    client = await aiohttp_client(create_app(services))
    html = await (await client.get("/api/v1/docs", headers={"Accept-Language": "ar"})).text()
    assert '<html lang="ar" dir="rtl">' in html
    assert "<h4>Parameters</h4>" not in html
    # The API's own descriptions stay English, marked so for screen readers and layout.
    assert '<p lang="en" dir="ltr">' in html
    html = await (await client.get("/api/v1/docs?lang=fr")).text()
    assert '<html lang="fr" dir="ltr">' in html
    html = await (await client.get("/api/v1/docs?lang=xx")).text()
    assert '<html lang="en" dir="ltr">' in html
