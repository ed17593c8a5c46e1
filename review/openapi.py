"""The OpenAPI 3.1 description of the review API, written by hand to match ``review.api``.

``tests/review/test_openapi.py`` runs schemathesis against a live server with this
document, so a parameter or response that drifts from the handlers fails the build.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from review.aggregates import (
    DEFAULT_EPSILON,
    DIMENSIONS,
    MAX_EPSILON,
    MAX_K,
    MIN_EPSILON,
    MIN_K,
    ROUNDING_BASE,
)
from review.export import PUBLIC_COLUMNS
from review.quotes import MAX_LIMIT

_ERROR_REF = {"$ref": "#/components/schemas/Error"}
_DATE_SCHEMA = {
    "type": "string",
    "format": "date",
    "pattern": "^(20[0-9]{2}|2100)-[0-9]{2}-[0-9]{2}$",
    "description": "A date from 2000 to 2100.",
}


def _error(description: str, *, challenge: bool = False) -> dict[str, Any]:
    response: dict[str, Any] = {
        "description": description,
        "content": {"application/json": {"schema": _ERROR_REF}},
    }
    if challenge:
        response["headers"] = {
            "WWW-Authenticate": {
                "description": "The bearer challenge.",
                "schema": {"type": "string"},
                "required": True,
            }
        }
    return response


_ERRORS = {
    "400": _error("A parameter is malformed or out of range."),
    "401": _error("The bearer token is missing or not valid.", challenge=True),
    "403": _error("The token may not see this country or do this."),
}


def _query(name: str, description: str, schema: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "description": description,
        "schema": schema,
    }


_COUNTRY = _query(
    "country",
    "ISO 3166-1 alpha-2 code. A country-scoped token defaults to its country; another is 403.",
    {"type": "string", "pattern": "^[A-Za-z]{2}$"},
)
_LANG = _query("lang", "ISO 639-1 language code.", {"type": "string", "pattern": "^[A-Za-z]{2,3}$"})
_CHANNEL = _query(
    "channel",
    "Channel the feedback came through (telegram, whatsapp, sms, web).",
    {"type": "string", "pattern": "^[A-Za-z]{1,16}$"},
)
_OBJECTIVE = _query(
    "objective", "GCM objective number.", {"type": "integer", "minimum": 1, "maximum": 23}
)
_FROM = _query(
    "from",
    "First day of the period; snapped down to the first day of its month (quarter when "
    "grouping by quarter).",
    _DATE_SCHEMA,
)
_TO = _query(
    "to",
    "Last day of the period; snapped up to the last day of its month (quarter when grouping "
    "by quarter). Must not be before `from`.",
    _DATE_SCHEMA,
)

_NULLABLE_STRING = {"type": ["string", "null"]}
_PERIOD = {
    "type": "object",
    "required": ["from", "to"],
    "properties": {
        "from": {"type": ["string", "null"], "format": "date"},
        "to": {"type": ["string", "null"], "format": "date"},
    },
}
_QUOTE = {
    "type": "object",
    "required": [c.name for c in PUBLIC_COLUMNS],
    "additionalProperties": False,
    "properties": {
        "ref": {"type": "string", "description": "Opaque stable reference; not a receipt."},
        "country": _NULLABLE_STRING,
        "period": {
            "type": "string",
            "pattern": "^[0-9]{4}(-Q[1-4])?$",
            "description": "The quarter, or the year when the quarter would show less.",
        },
        "objectives": {
            "type": "array",
            "items": {"type": "integer"},
            "description": "Only objectives whose country cell is published for the period.",
        },
        "lang": {
            **_NULLABLE_STRING,
            "description": "Null unless the country x language cell (and each shown "
            "objective's) is published for the period.",
        },
        "text": {"type": "string", "description": "Anonymised, moderator-approved text."},
    },
}


def document(flow_dimensions: Sequence[str] = ()) -> dict[str, Any]:
    """Return the OpenAPI document as a JSON-ready dict.

    ``flow_dimensions`` are the questionnaire's answers ``group_by`` also accepts.
    """
    dimensions = [*DIMENSIONS, *flow_dimensions]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Compact Voices review API",
            "version": "1.0.0",
            "description": (
                "Disclosure-safe feedback on the Global Compact for Migration for review "
                "bodies. Every count is of distinct people (not submissions) with approved "
                "feedback. A cell is published only when it holds at least k people (k "
                "from the server's setting, 10 by default, the same for every table; a "
                "query may raise k, never lower it) and survives "
                "secondary suppression along every line and protection against "
                "differencing over date ranges; withheld cells are not listed, only the "
                "slice's withheld remainder when it holds at least k people. Date ranges "
                "snap to whole months. Without noise, every published count is rounded to "
                f"the nearest multiple of {ROUNDING_BASE} (the answer's rounding), so that "
                "comparing "
                "answers cannot pin a withheld cell. Quotes show only attributes whose "
                "cells are published."
            ),
        },
        "servers": [{"url": "/"}],
        "security": [{"bearer": []}],
        "paths": {
            "/api/v1/openapi.json": {
                "get": {
                    "operationId": "getOpenapi",
                    "summary": "This document.",
                    "security": [],
                    "responses": {
                        "200": {
                            "description": "The OpenAPI document.",
                            "content": {"application/json": {"schema": {"type": "object"}}},
                        }
                    },
                }
            },
            "/api/v1/aggregates": {
                "get": {
                    "operationId": "getAggregates",
                    "summary": "Disclosure-safe counts of people with approved feedback.",
                    "parameters": [
                        _query(
                            "group_by",
                            "Comma-separated attributes, each at most once: "
                            + ", ".join(dimensions)
                            + ". A person counts once per cell, and in each objective they "
                            "raised. Attributes after level are the questionnaire's answers "
                            "(`voices flow show`; unanswered is null).",
                            {
                                "type": "array",
                                "items": {"type": "string", "enum": dimensions},
                                "uniqueItems": True,
                            },
                        )
                        | {"style": "form", "explode": False},
                        _FROM,
                        _TO,
                        _COUNTRY,
                        _LANG,
                        _CHANNEL,
                        _OBJECTIVE,
                        _query(
                            "k",
                            "Suppression threshold in people. It can only raise the server's "
                            "threshold (VOICES_REVIEW_K, default 5; 10 with two or more "
                            "attributes, group_by plus filters); a lower value is ignored.",
                            {"type": "integer", "minimum": MIN_K, "maximum": MAX_K},
                        ),
                        _query(
                            "noise",
                            "Add two-sided geometric (discrete Laplace) noise to published "
                            "counts, charging `epsilon` to this token's privacy budget (403 "
                            "`privacy_budget_exhausted` when spent). With noise, a submission "
                            "counts under at most 3 objectives.",
                            {"type": "string", "enum": ["true", "false"]},
                        ),
                        _query(
                            "epsilon",
                            "Privacy loss to spend on this query (needs noise=true).",
                            {
                                "type": "number",
                                "minimum": MIN_EPSILON,
                                "maximum": MAX_EPSILON,
                                "default": DEFAULT_EPSILON,
                            },
                        ),
                    ],
                    "responses": {
                        "200": {
                            "description": "The table.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Aggregates"}
                                }
                            },
                        },
                        **_ERRORS,
                    },
                }
            },
            "/api/v1/quotes": {
                "get": {
                    "operationId": "getQuotes",
                    "summary": "Approved anonymised texts, each showing only published cells.",
                    "parameters": [
                        _COUNTRY,
                        _LANG,
                        _OBJECTIVE,
                        _FROM,
                        _TO,
                        _query(
                            "cursor",
                            "Opaque cursor from a previous page's next_cursor.",
                            {"type": "string"},
                        ),
                        _query(
                            "limit",
                            "Page size.",
                            {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT},
                        ),
                    ],
                    "responses": {
                        "200": {
                            "description": "One page, in a stable order.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/QuotePage"}
                                }
                            },
                        },
                        **_ERRORS,
                    },
                }
            },
            "/api/v1/export": {
                "get": {
                    "operationId": "getExport",
                    "summary": "Every quote the token may see (as /api/v1/quotes).",
                    "description": (
                        "For spreadsheets, xlsx is the recommended format. CSV is UTF-8; "
                        "with excel=1 it starts with a byte-order mark so that Excel shows "
                        "every script when the file is opened by double-clicking."
                    ),
                    "parameters": [
                        _query(
                            "format",
                            "csv (second row: HXL hashtags), json or xlsx (recommended for "
                            "spreadsheets).",
                            {"type": "string", "enum": ["csv", "json", "xlsx"]},
                        ),
                        _query(
                            "excel",
                            "1: start CSV with a UTF-8 byte-order mark, for Excel.",
                            {"type": "string", "enum": ["0", "1"]},
                        ),
                        _COUNTRY,
                        _LANG,
                        _OBJECTIVE,
                        _FROM,
                        _TO,
                    ],
                    "responses": {
                        "200": {
                            "description": "The export as a file attachment.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Export"}
                                },
                                "text/csv": {"schema": {"type": "string"}},
                                "application/vnd.openxmlformats-officedocument"
                                ".spreadsheetml.sheet": {
                                    "schema": {"type": "string", "format": "binary"}
                                },
                            },
                        },
                        **_ERRORS,
                    },
                }
            },
            "/api/v1/reports/{country}/published": {
                "post": {
                    "operationId": "postReportPublished",
                    "summary": "Record a published country report and notify opted-in people.",
                    "description": (
                        "Admin tokens only. Queues one short localized message per opted-in "
                        "contact who submitted about the country. Idempotent per country and "
                        "(snapped) period: a repeat answers 200 and queues nothing."
                    ),
                    "parameters": [
                        {
                            "name": "country",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "pattern": "^[A-Z]{2}$"},
                        },
                        _FROM,
                        _TO,
                    ],
                    "responses": {
                        "201": {
                            "description": "Recorded; messages queued.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Publication"}
                                }
                            },
                        },
                        "200": {
                            "description": "Already recorded; nothing queued.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Publication"}
                                }
                            },
                        },
                        **_ERRORS,
                    },
                }
            },
            "/api/v1/polls/{id}": {
                "get": {
                    "operationId": "getPoll",
                    "summary": "Answers to a follow-up question, disclosure-controlled.",
                    "description": (
                        "Counts of people per option under the same release rule as "
                        "aggregates (one attribute: `VOICES_REVIEW_K`): options under the "
                        "threshold, and complements that would reveal them, are not listed. "
                        "Answers are never shown individually. A country token sees only "
                        "questions sent to its country."
                    ),
                    "parameters": [
                        {
                            "name": "id",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "integer", "minimum": 1},
                        }
                    ],
                    "responses": {
                        "200": {
                            "description": "The published counts.",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/PollResult"}
                                }
                            },
                        },
                        "404": _error("No follow-up question with this id."),
                        **_ERRORS,
                    },
                }
            },
        },
        "components": {
            "securitySchemes": {
                "bearer": {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A token from `voices token create --role reviewer "
                    "[--country ISO2]`.",
                }
            },
            "schemas": {
                "Error": {
                    "type": "object",
                    "required": ["error"],
                    "properties": {
                        "error": {
                            "type": "object",
                            "required": ["code", "message"],
                            "properties": {
                                "code": {"type": "string"},
                                "message": {"type": "string"},
                            },
                        }
                    },
                },
                "Cell": {
                    "type": "object",
                    "required": ["count"],
                    "description": "A published cell: one value per group_by attribute, plus "
                    "the number of distinct people in it, rounded to the nearest multiple of "
                    "the answer's rounding (or with noise added, when noise=true).",
                    "properties": {
                        "count": {"type": "integer", "minimum": 0},
                    },
                    "additionalProperties": {"type": ["string", "integer", "null"]},
                },
                "Aggregates": {
                    "type": "object",
                    "required": ["k", "group_by", "period", "filters", "cells", "totals"],
                    "properties": {
                        "k": {"type": "integer", "minimum": MIN_K},
                        "group_by": {"type": "array", "items": {"type": "string"}},
                        "period": _PERIOD,
                        "filters": {
                            "type": "object",
                            "additionalProperties": {"type": ["string", "integer"]},
                        },
                        "cells": {"type": "array", "items": {"$ref": "#/components/schemas/Cell"}},
                        "rounding": {
                            "type": "integer",
                            "description": "Exact answers: every count is a multiple of this.",
                        },
                        "noise": {
                            "type": "object",
                            "required": ["mechanism", "epsilon", "sensitivity"],
                            "properties": {
                                "mechanism": {"type": "string"},
                                "epsilon": {"type": "number"},
                                "sensitivity": {"type": "integer"},
                                "budget_remaining": {"type": "number", "minimum": 0},
                            },
                        },
                        "totals": {
                            "type": "object",
                            "required": ["people", "published_cells", "withheld", "complete"],
                            "description": "people: distinct people in the slice (null when "
                            "that total is withheld); withheld: people of the slice in no "
                            "published cell (null when fewer than k); complete: no cell was "
                            "withheld.",
                            "properties": {
                                "people": {"type": ["integer", "null"], "minimum": 0},
                                "published_cells": {"type": "integer"},
                                "withheld": {"type": ["integer", "null"], "minimum": 0},
                                "complete": {"type": "boolean"},
                            },
                        },
                    },
                },
                "Quote": _QUOTE,
                "QuotePage": {
                    "type": "object",
                    "required": ["quotes", "next_cursor"],
                    "properties": {
                        "quotes": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Quote"},
                        },
                        "next_cursor": _NULLABLE_STRING,
                    },
                },
                "Export": {
                    "type": "object",
                    "required": ["records"],
                    "properties": {
                        "records": {
                            "type": "array",
                            "items": {"$ref": "#/components/schemas/Quote"},
                        }
                    },
                },
                "PollResult": {
                    "type": "object",
                    "required": [
                        "poll",
                        "country",
                        "question",
                        "options",
                        "people",
                        "complete",
                        "k",
                    ],
                    "properties": {
                        "poll": {"type": "integer"},
                        "country": {"type": ["string", "null"]},
                        "question": {"type": "object", "additionalProperties": {"type": "string"}},
                        "options": {
                            "type": "array",
                            "items": {
                                "type": "object",
                                "required": ["option", "label", "people"],
                                "properties": {
                                    "option": {"type": "integer", "minimum": 1},
                                    "label": {
                                        "type": "object",
                                        "additionalProperties": {"type": "string"},
                                    },
                                    "people": {"type": "integer", "minimum": 0},
                                },
                            },
                        },
                        "people": {"type": ["integer", "null"], "minimum": 0},
                        "complete": {"type": "boolean"},
                        "k": {"type": "integer", "minimum": 3},
                    },
                },
                "Publication": {
                    "type": "object",
                    "required": ["country", "period", "queued", "new"],
                    "properties": {
                        "country": {"type": "string"},
                        "period": _PERIOD,
                        "queued": {"type": "integer", "minimum": 0},
                        "new": {"type": "boolean"},
                    },
                },
            },
        },
    }


def query_names(path: str, method: str) -> frozenset[str]:
    """Return the query parameter names this document declares for an operation."""
    operation = document()["paths"][path][method.lower()]
    return frozenset(p["name"] for p in operation.get("parameters", []) if p["in"] == "query")
