"""``GET /api/v1/docs``: the OpenAPI document as one server-rendered HTML page.

Why not Swagger UI or Redoc: they are megabytes of JavaScript to vendor and keep
patched, they need a relaxed content-security policy, and their pages are not
translated or right-to-left. This page is rendered from the same dict that
``/api/v1/openapi.json`` serves, so it cannot drift from it; it makes no request
of its own (the style sheet is inline and allowed by its hash), so it works
offline and behind any firewall. The page's own words are translated; the API's
descriptions stay in English, marked as such.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Mapping
from functools import cache, partial
from pathlib import Path
from typing import Any

from aiohttp import web
from jinja2 import Environment
from markupsafe import Markup, escape

from i18n import pages
from i18n.translator import gettext, negotiate, normalise_locale, parse_accept_language
from review import openapi

TEMPLATES = Path(__file__).parent / "templates"
STYLE = Path(__file__).parent / "templates" / "api_docs.css"
METHODS = ("get", "post", "put", "patch", "delete")
_CODE = re.compile(r"`([^`]+)`")


def _inline_code(text: str | None) -> Markup:
    """Escape ``text`` and show its `backticked` parts as code."""
    return Markup(_CODE.sub(lambda m: f"<code>{m.group(1)}</code>", str(escape(text or ""))))  # noqa: S704 - escaped first


def schema_summary(schema: Mapping[str, Any]) -> str:
    """A one-line description of a JSON schema: type, enum, pattern, range, format."""
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    kind = schema.get("type", "")
    text = " | ".join(kind) if isinstance(kind, list) else str(kind)
    if kind == "array" and isinstance(schema.get("items"), Mapping):
        text = f"array of {schema_summary(schema['items'])}"
    parts = [text] if text else []
    if "enum" in schema:
        parts.append(" | ".join(json.dumps(v) for v in schema["enum"]))
    if "format" in schema:
        parts.append(str(schema["format"]))
    if "minimum" in schema or "maximum" in schema:
        parts.append(f"{schema.get('minimum', '')}..{schema.get('maximum', '')}")
    if "pattern" in schema:
        parts.append(str(schema["pattern"]))
    if "default" in schema:
        parts.append(f"= {json.dumps(schema['default'])}")
    return ", ".join(parts)


def _operations(doc: Mapping[str, Any]) -> list[dict[str, Any]]:
    found = []
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            operation = item.get(method)
            if operation is None:
                continue
            found.append(
                {
                    "id": operation.get("operationId") or f"{method}-{path}",
                    "method": method.upper(),
                    "path": path,
                    "op": operation,
                    "public": operation.get("security") == [],
                    "parameters": [*item.get("parameters", []), *operation.get("parameters", [])],
                }
            )
    return found


@cache
def _environment() -> Environment:
    # OpenAPI fields are optional: a missing one renders as nothing.
    return pages.environment(TEMPLATES, strict=False)


@cache
def _style() -> tuple[str, str]:
    css = STYLE.read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    return css, f"'sha256-{digest}'"


def page_locale(request: web.Request) -> str:
    """``?lang=`` if we serve it, else the browser's first language we serve, else English."""
    chosen = normalise_locale(request.query.get("lang"))
    return negotiate(chosen, parse_accept_language(request.headers.get("Accept-Language")))


def render_docs(doc: Mapping[str, Any], locale: str) -> str:
    """The HTML page for an OpenAPI document, its own words in ``locale``."""
    css, _ = _style()
    return (
        _environment()
        .get_template("api_docs.html")
        .render(
            _=partial(gettext, locale),
            locale=locale,
            direction=pages.direction(locale),
            doc=doc,
            info=doc.get("info", {}),
            operations=_operations(doc),
            schemas=doc.get("components", {}).get("schemas", {}),
            schemes=doc.get("components", {}).get("securitySchemes", {}),
            summary=schema_summary,
            code=_inline_code,
            css=Markup(css),  # noqa: S704 - our own file
        )
    )


async def get_docs(request: web.Request) -> web.Response:
    """Serve the browsable API documentation (no token needed, like ``openapi.json``)."""
    _, style_hash = _style()
    return web.Response(
        text=render_docs(openapi.document(), page_locale(request)),
        content_type="text/html",
        charset="utf-8",
        headers={
            # Nothing to load but the inline style sheet, allowed by its hash.
            "Content-Security-Policy": (
                f"default-src 'none'; style-src {style_hash}; base-uri 'none'; "
                "form-action 'none'; frame-ancestors 'none'"
            ),
            "Vary": "Accept-Language",
        },
    )
