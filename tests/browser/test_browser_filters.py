"""Any/all and typed filters in a real browser, on the bundled sample articles."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def chips(page: object) -> list[str]:
    """Return the active-filter chips as they read."""
    texts = page.locator(".chip").all_inner_texts()  # type: ignore[attr-defined]
    return [" ".join(text.replace("×", "").replace("(remove)", "").split()) for text in texts]


def tick(page: object, label: str) -> None:
    """Click a country facet value, opening "Show all" when it is further down."""
    value = page.locator(f'#facet-country .facet-value[data-label="{label}"]')  # type: ignore[attr-defined]
    if not value.is_visible():
        page.locator("#facet-country .facet-more summary").click()  # type: ignore[attr-defined]
    with page.expect_navigation():  # type: ignore[attr-defined]
        value.click()


def result_ids(page: object) -> set[str]:
    """Return the ids of the listed results."""
    hrefs = page.locator(".result-title a").evaluate_all("els => els.map(a => a.pathname)")  # type: ignore[attr-defined]
    return {href.rsplit("/", 1)[-1] for href in hrefs}


def test_all_of_poland_and_south_korea(
    browser: object, sample_server: str, artifacts: Path
) -> None:
    page = browser.new_page(base_url=sample_server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    everything = page.request.get("/export.json").json()["articles"]
    both = {a["id"] for a in everything if {"PL", "KR"} <= set(a["countries"])}
    either = {a["id"] for a in everything if {"PL", "KR"} & set(a["countries"])}
    assert both and either > both  # the sample data tells "and" from "or"

    page.goto("/")
    tick(page, "Poland")
    tick(page, "South Korea")
    assert chips(page) == ["Country: Poland or South Korea"]
    assert result_ids(page) == either

    with page.expect_navigation():
        page.locator('#facet-country .facet-mode a[data-mode="all of"]').click()
    assert "country_mode=all" in page.url
    assert chips(page) == ["Country: Poland and South Korea"]
    assert result_ids(page) == both
    heading = page.locator("#results-heading").inner_text()
    assert f"of {len(both)} article" in heading
    selected = page.locator("#facet-country .facet-value.is-selected").evaluate_all(
        "els => els.map(e => e.dataset.label)"
    )
    assert sorted(selected) == ["Poland", "South Korea"]
    page.screenshot(path=str(artifacts / "all-of-poland-south-korea.png"), full_page=True)
    page.close()


def test_typing_country_ticks_it(browser: object, sample_server: str) -> None:
    page = browser.new_page(base_url=sample_server)  # type: ignore[attr-defined]
    page.goto("/")
    page.fill("#q", "country:PL")
    page.press("#q", "Enter")
    page.wait_for_url("**/?country=PL")
    poland = page.locator('#facet-country .facet-value[data-label="Poland"]')
    assert "is-selected" in (poland.get_attribute("class") or "")
    assert chips(page) == ["Country: Poland"]
    assert page.input_value("#q") == ""

    page.fill("#q", "country:KR")  # typed beside a ticked country: both must hold
    page.press("#q", "Enter")
    page.wait_for_url("**/?country=PL&country=KR&country_mode=all")
    assert chips(page) == ["Country: Poland and South Korea"]
    page.close()


def test_exclude_a_country(browser: object, sample_server: str) -> None:
    page = browser.new_page(base_url=sample_server)  # type: ignore[attr-defined]
    page.goto("/")
    total = int(page.request.get("/api/search").json()["total"])
    russia = page.request.get("/api/search?country=RU").json()["total"]
    with page.expect_navigation():
        page.locator('#facet-country a[aria-label="Exclude Russia"]').click()
    assert chips(page) == ["Country: not Russia"]
    assert (
        page.request.get(page.url.replace("/?", "/api/search?")).json()["total"] == total - russia
    )
    russia_value = page.locator('#facet-country .facet-value[data-label="Russia"]')
    assert "is-excluded" in (russia_value.get_attribute("class") or "")
    page.close()
