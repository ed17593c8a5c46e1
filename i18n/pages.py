"""How every HTML page is set up: one Jinja environment factory, one name for text direction.

The web form, the review dashboard and the moderation console render with
``environment(folder)`` and hand their templates the page's direction as
``direction`` (``"rtl"`` or ``"ltr"``, from ``direction(locale)``), used as
``<html lang="…" dir="{{ direction }}">``.
"""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Undefined, select_autoescape

from i18n.translator import is_rtl


def environment(folder: Path, *, strict: bool = True) -> Environment:
    """A template environment for ``folder``: everything autoescaped, block tags trimmed.

    ``strict``: a name the template uses but the caller did not pass is an error
    (the web form's templates still test optional names for truth, so it opts out).
    """
    return Environment(
        loader=FileSystemLoader(folder),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined if strict else Undefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def direction(locale: str | None) -> str:
    """The page's ``dir`` attribute for ``locale``: ``"rtl"`` or ``"ltr"``."""
    return "rtl" if is_rtl(locale) else "ltr"
