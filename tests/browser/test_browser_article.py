"""Reading an article in a real browser: matches, the search it came from, source text, feed."""

from __future__ import annotations

from pathlib import Path

import pytest
from axecheck import axe_violations

pytestmark = pytest.mark.browser

DESKTOP = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}


def in_view(page: object, selector: str) -> bool:
    """Tell whether the element's top edge is inside the viewport (where the reader looks)."""
    box = page.locator(selector).first.bounding_box()  # type: ignore[attr-defined]
    height = page.viewport_size["height"]  # type: ignore[attr-defined]
    return box is not None and 0 <= box["y"] < height


def current_match(page: object) -> str:
    """Return the id of the match marked as current ("" when none is)."""
    return page.evaluate(  # type: ignore[attr-defined]
        "() => (document.querySelector('mark.match.is-current') || {id: ''}).id"
    )


def test_matches_are_counted_and_stepped_through_by_keyboard(
    browser: object, live_server: str, artifacts: Path
) -> None:
    page = browser.new_page(base_url=live_server, viewport=DESKTOP)  # type: ignore[attr-defined]
    page.goto("/articles/a01?q=ammunition+OR+howitzers")
    assert page.locator("h1 mark.match").inner_text() == "ammunition"  # the title too
    total = page.locator("mark.match").count()
    assert total >= 3
    assert (
        page.locator(".match-count").inner_text()
        == f"{total} matches for “ammunition OR howitzers”"
    )

    page.locator(".match-next").focus()
    page.keyboard.press("Enter")
    assert current_match(page) == "match-1"
    page.keyboard.press("Enter")
    assert current_match(page) == "match-2"
    assert "Match 2 of" in page.locator(".match-count").inner_text()
    page.locator("body").click(position={"x": 5, "y": 300})
    page.keyboard.press("n")
    assert current_match(page) == "match-3"
    page.keyboard.press("Shift+N")
    assert current_match(page) == "match-2"
    page.locator(".match-prev").focus()
    page.keyboard.press("Enter")
    page.keyboard.press("Enter")  # before the first: round to the last
    assert current_match(page) == f"match-{total}"
    assert in_view(page, "mark.match.is-current") and in_view(page, ".match-bar")  # bar sticks
    page.fill("#q", "n")  # typing in the search box is typing, not a shortcut
    assert current_match(page) == f"match-{total}"
    page.screenshot(path=str(artifacts / "article-matches.png"))
    page.close()


def test_back_to_results_survives_a_related_article(browser: object, live_server: str) -> None:
    page = browser.new_page(base_url=live_server, viewport=DESKTOP)  # type: ignore[attr-defined]
    page.goto("/?q=ammunition&country=PL")
    results = page.url
    page.locator(".result-title a").first.click()
    page.wait_for_url("**/articles/*")
    with page.expect_navigation():
        page.locator(".related a").first.click()
    assert page.locator(".back a", has_text="Back to results").get_attribute("href") == (
        "/?q=ammunition&country=PL"
    )
    with page.expect_navigation():
        page.locator(".back a", has_text="Back to results").click()
    assert page.url == results
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_new_search_from_an_article_keeps_its_filters_as_chips(
    browser: object, live_server: str, viewport: dict[str, int]
) -> None:
    page = browser.new_page(base_url=live_server, viewport=viewport)  # type: ignore[attr-defined]
    page.goto("/articles/a01?q=ammunition&country=PL&year=2025")
    kept = page.locator(".kept-filters .chip").all_inner_texts()
    assert [" ".join(t.replace("×", "").replace("(remove)", "").split()) for t in kept] == [
        "Country: Poland",
        "Year: 2025",
    ]
    assert in_view(page, ".kept-filters")
    # Removing a chip stays on the article, with the narrower search behind it.
    with page.expect_navigation():
        page.locator(".kept-filters .chip-part", has_text="2025").click()
    assert page.url.endswith("/articles/a01?q=ammunition&country=PL")
    page.fill("#q", "shells")
    with page.expect_navigation():
        page.press("#q", "Enter")
    assert "q=shells" in page.url and "country=PL" in page.url
    chips = page.locator(".results-pane .chip").all_inner_texts()
    assert any("Poland" in chip for chip in chips)  # kept, and visibly so
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_source_text_is_a_readable_page_with_a_way_back(
    browser: object, live_server: str, viewport: dict[str, int], artifacts: Path
) -> None:
    page = browser.new_page(base_url=live_server, viewport=viewport)  # type: ignore[attr-defined]
    page.goto("/articles/a09?q=cyber")
    with page.expect_navigation():
        page.locator(".article-links a", has_text="Source text").click()
    assert page.url.endswith("/articles/a09/text?q=cyber")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    text = page.locator(".source-text").inner_text()
    assert "<script>alert(1)</script>" in text  # shown as text, never run
    assert in_view(page, "h1") and in_view(page, ".back a")
    page.screenshot(path=str(artifacts / f"source-{viewport['width']}.png"))
    raw = page.request.get(page.locator(".raw-link").get_attribute("href") or "")
    assert raw.headers["content-type"] == "text/plain; charset=utf-8"
    with page.expect_download() as download:
        page.locator(".raw-link").click()
    assert download.value.suggested_filename == "a09.txt"
    with page.expect_navigation():
        page.locator(".back a", has_text="Back to the article").click()
    assert page.url.endswith("/articles/a09?q=cyber")
    assert page.locator("mark.match").count() >= 1
    page.close()


def test_feed_link_leads_to_a_page_with_a_copy_button(
    browser: object, live_server: str, artifacts: Path
) -> None:
    context = browser.new_context(base_url=live_server, viewport=PHONE)  # type: ignore[attr-defined]
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    page = context.new_page()
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    page.goto("/?q=ammunition+OR+cyber&country=PL&country=EE")
    with page.expect_navigation():
        page.locator(".downloads a", has_text="Atom feed").click()
    assert "/feed/about?" in page.url
    assert page.locator("h1").inner_text() == "Entente: “ammunition OR cyber” · Poland or Estonia"
    titles = page.locator(".result-title a").all_inner_texts()
    assert titles[0] == "Poland and Slovakia sign ammunition deal"  # newest first, as the feed
    assert page.locator(".snippet mark").count() >= 1  # matches marked, not "<mark>"
    assert "<mark>" not in page.locator(".results").inner_text()
    assert any("<script>alert(1)</script>" in t for t in titles) and not dialogs
    address = page.locator("#feed-address").input_value()
    assert address.startswith(("http://", "https://"))  # absolute: a reader can use it
    assert address.endswith("/feed?q=ammunition+OR+cyber&country=PL&country=EE")
    page.locator(".copy-button").click()
    expect_status = page.locator("#feed-copied")
    expect_status.filter(has_text="Copied").wait_for()
    assert page.evaluate("navigator.clipboard.readText()") == address
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    assert axe_violations(page) == []
    page.screenshot(path=str(artifacts / "feed-phone.png"), full_page=True)
    # The feed itself stays Atom: what a reader gets when it follows the copied address.
    response = page.request.get(address, headers={"Accept": "application/atom+xml"})
    assert response.headers["content-type"].startswith("application/atom+xml")
    assert "<feed" in response.text() and "xml-stylesheet" not in response.text()
    with page.expect_navigation():
        page.locator(".feed-results").click()
    assert page.locator("#results-heading").is_visible()
    page.goto("/feed/about?q=zzqqxxv")
    assert page.locator("h1").inner_text() == "Entente: “zzqqxxv”"
    assert page.locator(".empty").inner_text() == "No dated article matches this search yet."
    context.close()
