"""A layout check for browser tests: does anything stick out of its container or the page?

``layout_problems(page)`` runs in the page and lists, for people to read in a failed
assertion, every visible element (outside screen-reader-only boxes) that leaves its
parent's box horizontally (unless the parent scrolls on purpose), text cut off by an
``overflow: hidden`` box, and a page wider than the window (a sideways scroll bar).
"""

from __future__ import annotations

from typing import Any

_SCRIPT = """
(root) => {
  const problems = [];
  const vw = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > vw + 1) {
    problems.push(`page is ${document.documentElement.scrollWidth}px wide in a ${vw}px window`);
  }
  const name = (el) => {
    const cls = typeof el.className === 'string' && el.className ? el.className : '';
    return el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') +
      (cls ? '.' + cls.replace(/ /g, '.') : '');
  };
  // Inside a visually hidden box (for screen readers only): not laid out for the eye.
  const hidden = (el) => {
    for (let a = el; a; a = a.parentElement) {
      const s = getComputedStyle(a);
      if (s.position === 'absolute' || s.position === 'fixed') return true;
    }
    return false;
  };
  for (const el of document.querySelectorAll(root + ' *')) {
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') continue;
    if (hidden(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const parent = el.parentElement;
    if (!parent) continue;
    const ps = getComputedStyle(parent);
    const p = parent.getBoundingClientRect();
    const scrolls = ['auto', 'scroll'].includes(ps.overflowX);
    if (!scrolls && (r.left < p.left - 1 || r.right > p.right + 1)) {
      problems.push(`${name(el)} [${Math.round(r.left)}..${Math.round(r.right)}] leaves ` +
        `${name(parent)} [${Math.round(p.left)}..${Math.round(p.right)}]: ` +
        JSON.stringify((el.textContent || '').trim().slice(0, 40)));
    }
    if (r.left < -1 || r.right > vw + 1) {
      problems.push(`${name(el)} is outside the window: ` +
        JSON.stringify((el.textContent || '').trim().slice(0, 40)));
    }
    if (['hidden', 'clip'].includes(style.overflowX) && el.scrollWidth > el.clientWidth + 1
        && !el.classList.contains('sr-only')) {
      problems.push(`${name(el)} cuts its content off: ` +
        JSON.stringify((el.textContent || '').trim().slice(0, 40)));
    }
  }
  return problems;
}
"""


async def layout_problems(page: Any, root: str = "body") -> list[str]:
    """Every element of ``root`` that leaves its container or the window (empty: all good)."""
    problems: list[str] = await page.evaluate(_SCRIPT, root)
    return problems
