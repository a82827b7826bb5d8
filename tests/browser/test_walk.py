"""An analyst's tasks walked end to end on a desktop and a phone, and axe-core on every page kind.

Issue 11, "Done when": search, filter, narrow by year, open an article, open its source and come
back, export; each step lands where the user's eyes are (the element the step is about has its top
inside the viewport), with the filters visible as chips; axe-core reports no violation anywhere.

The in-view checks after a filter rest on item 1 (branch uxresults): on a phone, a tapped filter
brings the results into view, not the filter panel it was tapped in.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from axecheck import axe_violations

pytestmark = pytest.mark.browser

VIEWPORTS = {"desktop": {"width": 1366, "height": 900}, "phone": {"width": 390, "height": 844}}
QUERY = "F-16"
COUNTRY = "Ukraine"
YEAR = "2023"
CHIPS = [f"Country: {COUNTRY}", f"Year: {YEAR}"]


def in_view(page: object, selector: str) -> bool:
    """Tell whether the first element's top edge is inside the viewport."""
    box = page.locator(selector).first.bounding_box()  # type: ignore[attr-defined]
    height = page.viewport_size["height"]  # type: ignore[attr-defined]
    return box is not None and 0 <= box["y"] < height


def chips(page: object, scope: str) -> list[str]:
    """Return the chips under ``scope`` as they read, without the remove signs."""
    texts = page.locator(f"{scope} .chip").all_inner_texts()  # type: ignore[attr-defined]
    return [" ".join(text.replace("×", "").replace("(remove)", "").split()) for text in texts]


# What Chromium itself puts into a page, which the site cannot change: the banner it shows on
# pages made by XSLT ("This site uses XSLT; that functionality is being removed…").
BROWSER_CHROME = "xslt-warning-banner"


def no_axe_violations(page: object, where: str, found: dict[str, list[str]]) -> None:
    """Record the page's axe-core violations under ``where`` (checked at the end of a walk)."""
    page.evaluate(f"document.querySelectorAll('{BROWSER_CHROME}').forEach(e => e.remove())")  # type: ignore[attr-defined]
    violations = axe_violations(page)
    if violations:
        found[where] = violations


def open_filters_on_phones(page: object) -> None:
    """Unfold the filter panel when a narrow screen shows it folded."""
    toggle = page.locator("details.filters-toggle")  # type: ignore[attr-defined]
    if toggle.count() and toggle.get_attribute("open") is None:
        page.locator("details.filters-toggle > summary").click()  # type: ignore[attr-defined]


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_an_analysts_walk(
    browser: object, sample_server: str, device: str, artifacts: Path
) -> None:
    context = browser.new_context(  # type: ignore[attr-defined]
        base_url=sample_server, viewport=VIEWPORTS[device], accept_downloads=True
    )
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    violations: dict[str, list[str]] = {}

    # 1. Search.
    page.goto("/")
    page.fill("#q", QUERY)
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert in_view(page, "#results-heading")
    no_axe_violations(page, "search", violations)

    # 2. Filter by a country.
    open_filters_on_phones(page)
    with page.expect_navigation():
        # By its visible name, whether a value is a link (today) or a checkbox's label.
        page.locator("#facet-country").get_by_text(COUNTRY, exact=True).first.click()
    assert chips(page, ".results-pane") == [f"Country: {COUNTRY}"]
    # Item 1: on a phone the results, not the filter panel, come into view.
    assert in_view(page, "#results-heading"), f"{device}: results out of view after a filter"
    no_axe_violations(page, "search, filtered", violations)

    # 3. Narrow by year with the histogram.
    with page.expect_navigation():
        page.locator(".histogram").get_by_role("link", name=re.compile(f"^{YEAR}\\b")).click()
    assert chips(page, ".results-pane") == CHIPS
    assert in_view(page, "#results-heading"), f"{device}: results out of view after a year"
    assert in_view(page, ".results-pane .chips")
    results_url = page.url
    listed = page.locator(".result-title a").count()
    assert listed >= 1
    page.screenshot(path=str(artifacts / f"walk-{device}-results.png"))

    # 4. Open an article: the title first, the search's filters still in sight.
    with page.expect_navigation():
        page.locator(".result-title a").first.click()
    assert in_view(page, "h1") and in_view(page, ".kept-filters")
    assert chips(page, ".kept-filters") == CHIPS
    assert page.locator("mark.match").count() >= 1
    article_url = page.url
    no_axe_violations(page, "article", violations)
    page.screenshot(path=str(artifacts / f"walk-{device}-article.png"))

    # 5. Open its source, then come back to the article and to the results.
    with page.expect_navigation():
        page.locator(".article-links a", has_text="Source text").click()
    assert in_view(page, "h1") and in_view(page, ".back a")
    assert page.evaluate("document.documentElement.scrollWidth") <= VIEWPORTS[device]["width"]
    assert chips(page, ".kept-filters") == CHIPS
    no_axe_violations(page, "source", violations)
    page.screenshot(path=str(artifacts / f"walk-{device}-source.png"))
    with page.expect_navigation():
        page.locator(".back a", has_text="Back to the article").click()
    assert page.url == article_url and in_view(page, "h1")
    with page.expect_navigation():
        page.locator(".back a", has_text="Back to results").click()
    assert page.url == results_url
    assert chips(page, ".results-pane") == CHIPS
    assert in_view(page, "#results-heading"), f"{device}: results out of view on coming back"

    # 6. Export what is listed: every result, in a file named after the search.
    with page.expect_download() as download:
        page.locator(".downloads a", has_text="CSV").click()
    name = download.value.suggested_filename
    assert name.startswith("entente-f-16-ua-2023-") and name.endswith(".csv")
    with open(download.value.path(), encoding="utf-8-sig") as exported:
        rows = list(csv.DictReader(io.StringIO(exported.read())))
    assert len(rows) == listed and all(row["date"].startswith(YEAR) for row in rows)
    assert all("UA" in row["countries"] for row in rows)

    assert not errors
    assert violations == {}
    context.close()


PAGE_KINDS = {
    "search": f"/?q={QUERY}",
    "empty results": "/?q=zzqqxxv",
    "error": "/?q=%2Ax",
    "not found": "/articles/no-such-article",
    "cooperation map": f"/cooperation?q={QUERY}",
    "feed page": f"/feed/about?q={QUERY}&country=UA",
}


@pytest.mark.parametrize("device", list(VIEWPORTS))
def test_every_page_kind_has_no_axe_violations(
    browser: object, sample_server: str, device: str
) -> None:
    page = browser.new_page(base_url=sample_server, viewport=VIEWPORTS[device])  # type: ignore[attr-defined]
    article = page.request.get(f"/api/search?q={QUERY}").json()["hits"][0]["url"]
    kinds = {
        **PAGE_KINDS,
        "article": f"{article}?q={QUERY}&country=UA",
        "source": f"{article}/text?q={QUERY}&country=UA",
    }
    found: dict[str, list[str]] = {}
    for kind, url in kinds.items():
        response = page.goto(url)
        assert response is not None and response.status < 500, kind
        no_axe_violations(page, kind, found)
    assert page.locator("h1").first.is_visible()  # the last page (source) did render
    assert found == {}
    page.close()
