"""The search site in a real browser: typing, facets, chips, article highlight, safety."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from axecheck import axe_violations

pytestmark = pytest.mark.browser


def facet_counts(page: object, facet: str) -> dict[str, int]:
    """Return label → count of a facet's values as the page shows them."""
    items = page.locator(f"#facet-{facet} .facet-value")  # type: ignore[attr-defined]
    counts = {}
    for i in range(items.count()):
        item = items.nth(i)
        counts[item.get_attribute("data-label")] = int(item.locator(".count").inner_text())
    return counts


def api_counts(page: object, facet: str) -> dict[str, int]:
    """Return label → count of a facet from the API for the page's current search."""
    query = urlsplit(page.url).query  # type: ignore[attr-defined]
    data = page.request.get(f"/api/search?{query}").json()  # type: ignore[attr-defined]
    return {item["label"]: item["count"] for item in data["facets"][facet]}


def chips(page: object) -> list[str]:
    """Return the texts of the active-filter chips."""
    texts = page.locator(".chip").all_inner_texts()  # type: ignore[attr-defined]
    return [" ".join(text.replace("×", "").replace("(remove)", "").split()) for text in texts]


def test_search_facets_article_and_country_link(
    browser: object, live_server: str, artifacts: Path
) -> None:
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    dialogs: list[str] = []
    console_errors: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.on("console", lambda m: console_errors.append(m.text) if m.type == "error" else None)

    page.goto("/")
    page.fill("#q", "ammunition OR tanks")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=ammunition+OR+tanks*")
    assert "of 4 articles" in page.locator("#results-heading").inner_text()

    page.locator('#facet-country .facet-value[data-label="Poland"]').click()
    page.locator('#facet-topic .facet-value[data-label="Ammunition"]').click()
    # Country counts ignore the country filter itself, so another country can be added.
    assert facet_counts(page, "country") == api_counts(page, "country")
    assert facet_counts(page, "country")["Czechia"] == 1
    page.locator('#facet-country .facet-value[data-label="Czechia"]').click()

    assert chips(page) == ["Country: Poland or Czechia", "Topic: Ammunition"]
    assert "1–2 of 2 articles" in page.locator("#results-heading").inner_text()
    for facet in ("country", "topic", "year", "person"):
        assert facet_counts(page, facet) == api_counts(page, facet), facet
    selected = page.locator("#facet-country .facet-value.is-selected").all_inner_texts()
    assert len(selected) == 2
    page.screenshot(path=str(artifacts / "search-facets-desktop.png"), full_page=True)

    page.locator(".result-title a", has_text="Poland and Slovakia").click()
    page.wait_for_url("**/articles/a01?*")
    assert page.locator(".article-text mark").count() >= 1
    assert page.locator(".article-text mark").first.inner_text().lower() == "ammunition"
    page.screenshot(path=str(artifacts / "article-highlight.png"), full_page=True)

    back = page.locator(".back a").get_attribute("href") or ""
    assert "country=PL" in back and "country=CZ" in back and "topic=ammunition" in back

    page.locator(".article-meta a", has_text="Slovakia").click()
    page.wait_for_url("**/?country=SK")
    assert chips(page) == ["Country: Slovakia"]
    assert "of 3 articles" in page.locator("#results-heading").inner_text()

    assert dialogs == []
    assert not [e for e in console_errors if "Content Security Policy" in e]
    context.close()


@pytest.mark.parametrize(
    "path", ["/?q=cyber", "/articles/a09", "/articles/a09?q=alert+script", "/articles/a09/text"]
)
def test_article_text_never_runs(browser: object, live_server: str, path: str) -> None:
    page = browser.new_page(base_url=live_server)  # type: ignore[attr-defined]
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto(path)
    page.mouse.move(10, 10)
    for link in page.locator(":is(.results, .article, .related) :is(a, mark, p)").all()[:40]:
        link.hover()
    assert dialogs == []
    scripts = page.eval_on_selector_all("script", "els => els.map(e => e.src || e.textContent)")
    own = {f"{live_server}/static/app.js", f"{live_server}/static/article.js"}
    assert f"{live_server}/static/app.js" in scripts and set(scripts) <= own
    assert page.evaluate("document.querySelectorAll('[onmouseover]').length") == 0
    assert (
        page.evaluate("[...document.links].filter(a => a.protocol === 'javascript:').length") == 0
    )
    page.close()


def test_facet_filter_box_and_phone_layout(
    browser: object, live_server: str, artifacts: Path
) -> None:
    page = browser.new_page(base_url=live_server, viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto("/")
    page.screenshot(path=str(artifacts / "home-phone.png"), full_page=True)
    panel = page.locator(".filters-toggle")
    assert panel.get_attribute("open") is None  # folded on phones, results first
    page.locator(".filters-toggle > summary").click()
    box = page.locator("#facet-country .facet-filter")
    assert box.is_visible()
    box.fill("slo")
    visible = page.locator("#facet-country li:not([hidden]) .facet-value")
    assert visible.all_inner_texts() and all("slo" in t.lower() for t in visible.all_inner_texts())
    page.close()


def test_works_without_javascript(browser: object, live_server: str) -> None:
    context = browser.new_context(base_url=live_server, java_script_enabled=False)  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto("/?q=tanks")
    page.locator('#facet-country .facet-value[data-label="Germany"]').click()
    assert chips(page) == ["Country: Germany"]
    page.locator(".facet-more summary").first.click() if page.locator(
        ".facet-more"
    ).count() else None
    page.fill('input[name="from"]', "2023")
    page.locator(".date-range button").click()
    assert "From: 2023" in chips(page)
    context.close()


def test_topic_error_shows_the_suggestion_first_and_the_list_folded(
    browser: object, live_server: str, artifacts: Path
) -> None:
    page = browser.new_page(base_url=live_server, viewport={"width": 390, "height": 844})  # type: ignore[attr-defined]
    page.goto("/?q=topic:drone")
    suggestion = page.locator(".suggestion a")
    assert suggestion.inner_text() == "topic:drones" and suggestion.is_visible()
    box = suggestion.bounding_box()
    assert box is not None and box["y"] < 844  # on the first screen of a phone
    assert page.locator(".error-choices summary").inner_text() == "All 22 topics"
    assert not page.locator(".choice-list").is_visible()  # folded
    assert axe_violations(page) == []
    page.screenshot(path=str(artifacts / "topic-error-phone.png"))
    page.locator(".error-choices summary").click()
    assert page.locator(".choice-list a").first.is_visible()
    page.goto("/?q=topic:zzz")  # nothing close: the list is the help, shown open
    assert page.locator(".choice-list a", has_text="Air defense").is_visible()
    with page.expect_navigation():
        page.locator(".choice-list a", has_text="Air defense").click()
    assert page.locator(".chip").inner_text().startswith("Topic:")
    page.close()


# Marks that are only the tail of a code ("16" of "F-16"): what the index alone would give.
CUT_MARKS = (
    "sel => Array.from(document.querySelectorAll(sel)).filter(m => {"
    " const before = m.previousSibling ? m.previousSibling.textContent : '';"
    " return /\\w[-\u2010\u2011/]$/.test(before); }).map(m => m.textContent)"
)


def test_a_hyphenated_code_is_marked_whole(browser: object, sample_server: str) -> None:
    page = browser.new_page(base_url=sample_server)  # type: ignore[attr-defined]
    page.goto("/?q=F-16")
    marks = page.locator(".snippet mark").all_inner_texts()
    assert "F-16" in marks and "F-16s" in marks  # the whole code, plural too
    assert page.evaluate(CUT_MARKS, ".snippet mark") == []
    with page.expect_navigation():
        page.locator(".result-title a").first.click()
    assert "F-16" in page.locator("mark.match").all_inner_texts()
    assert page.evaluate(CUT_MARKS, "mark.match") == []
    assert axe_violations(page) == []
    page.close()
