"""axe-core, shipped by the axe-playwright-python package, injected into a page to list violations."""

from __future__ import annotations

from axe_playwright_python.base import AXE_SCRIPT

# What Chromium itself adds to a page and the site cannot change: the banner it shows on pages
# made by XSLT ("This site uses XSLT; that functionality is being removed…").
BROWSER_CHROME = ("xslt-warning-banner",)


def axe_violations(page: object, exclude: tuple[str, ...] = BROWSER_CHROME) -> list[str]:
    """Return the page's axe-core violations as "rule (impact): selector, …" lines."""
    page.evaluate(AXE_SCRIPT)  # type: ignore[attr-defined]
    found = page.evaluate(  # type: ignore[attr-defined]
        """async (exclude) => {
            const present = exclude.filter((selector) => document.querySelector(selector));
            const context = present.length ? {exclude: present.map((s) => [s])} : document;
            const result = await axe.run(context, {resultTypes: ["violations"]});
            return result.violations.map((v) => v.id + " (" + v.impact + "): " +
                v.nodes.map((n) => n.target.join(" ")).join(", "));
        }""",
        list(exclude),
    )
    return list(found)
