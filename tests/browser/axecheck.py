"""axe-core in the page under test: the accessibility rules WCAG 2.x A and AA check."""

from __future__ import annotations

from functools import cache
from pathlib import Path

TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@cache
def axe_source() -> str:
    """Return axe.min.js as the axe-playwright-python package ships it."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).with_name("axe.min.js")).read_text("utf-8")


def axe_violations(page: object) -> list[str]:
    """Run axe-core on the page as it is; return one line per violation (rule: nodes)."""
    # Evaluated through the DevTools protocol, so the page's CSP (script-src 'self') stays on.
    page.evaluate(axe_source())  # type: ignore[attr-defined]
    found = page.evaluate(  # type: ignore[attr-defined]
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})"
        ".then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' +"
        " v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(', ')))",
        TAGS,
    )
    return list(found)
