"""The results page in a real browser, as an analyst uses it on a phone, a desk and a keyboard."""

from __future__ import annotations

from pathlib import Path

import pytest
from axecheck import axe_violations

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1366, "height": 900}


def new_page(browser: object, server: str, viewport: dict[str, int]) -> object:
    """Open a page on ``server`` at a viewport size."""
    return browser.new_page(base_url=server, viewport=viewport)  # type: ignore[attr-defined]


def chips(page: object) -> list[str]:
    """Return the texts of the active-filter chips."""
    texts = page.locator(".chip").all_inner_texts()  # type: ignore[attr-defined]
    return [" ".join(text.replace("×", "").replace("(remove)", "").split()) for text in texts]


def in_view(page: object, selector: str) -> bool:
    """Tell whether an element's top lies inside the viewport."""
    return page.evaluate(  # type: ignore[attr-defined]
        "s => { const r = document.querySelector(s).getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }",
        selector,
    )


def focused_key(page: object) -> str | None:
    """Return the data-key of the focused element (a facet value or an exclusion)."""
    return page.evaluate("document.activeElement.getAttribute('data-key')")  # type: ignore[attr-defined]


def test_phone_tap_on_a_filter_lands_on_the_results(
    browser: object, sample_server: str, artifacts: Path
) -> None:
    page = new_page(browser, sample_server, PHONE)
    page.goto("/")
    page.locator(".filters-toggle > summary").click()
    show = page.locator(".show-results a")
    assert show.inner_text() == "Show 47 results"
    assert show.is_visible() and in_view(page, ".show-results a")  # sticky at the panel's foot
    page.locator('#facet-country .facet-value[data-label="Poland"]').click()
    page.wait_for_url("**/?country=PL")
    assert page.locator(".filters-toggle").get_attribute("open") is None  # folded after choosing
    assert in_view(page, "#results-heading") and in_view(page, ".chip")
    assert page.locator("#results-heading").inner_text().startswith("1–10 of 10 articles")
    assert chips(page) == ["Country: Poland"]
    assert page.locator(".filters-toggle > summary").inner_text() == "Filters (1 active)"
    page.screenshot(path=str(artifacts / "phone-after-filter.png"))
    # Reopened, the panel's "Show 10 results" folds it and lands on the results.
    page.locator(".filters-toggle > summary").click()
    page.locator('#facet-year .facet-value[data-label="2024"]').scroll_into_view_if_needed()
    page.locator(".show-results a").click()
    assert page.locator(".filters-toggle").get_attribute("open") is None
    assert page.evaluate("document.activeElement.id") == "results-heading"
    assert in_view(page, "#results-heading")
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
@pytest.mark.parametrize(
    "path",
    [
        "/",
        "/?q=treaty&country=US&year=2025",
        "/?q=topic:drone&country=PL",
        "/?country=ZZ",
        "/?page=9",
        "/?q=qqqzzzxx",
    ],
)
def test_no_accessibility_violations(
    browser: object, sample_server: str, viewport: dict[str, int], path: str
) -> None:
    page = new_page(browser, sample_server, viewport)
    page.goto(path)
    assert axe_violations(page) == []
    page.close()


def test_error_page_speaks_plainly_keeps_filters_and_suggests(
    browser: object, sample_server: str, artifacts: Path
) -> None:
    page = new_page(browser, sample_server, DESKTOP)
    page.goto("/?q=topic:drone&country=PL")
    message = page.locator(".error-message").inner_text()
    assert message.startswith("'drone' is not a topic") and "Invalid parameter" not in message
    assert chips(page) == ["Country: Poland"]
    assert page.locator("#q").input_value() == "topic:drone"
    fields = page.locator(".syntax-help dd code").all_inner_texts()
    assert "country:" in fields and "topic:" in fields  # the field list is filled
    page.screenshot(path=str(artifacts / "error-did-you-mean.png"), full_page=True)
    page.locator(".suggestion a", has_text="topic:drones").click()
    page.wait_for_url("**/?country=PL&topic=drones")
    assert chips(page) == ["Country: Poland", "Topic: Drones"]

    page.goto("/?q=topic:drone&country=PL")
    page.locator(".error-retry").click()  # without the bad part, Poland kept
    assert chips(page) == ["Country: Poland"]
    page.goto("/?q=topic:drone&country=PL")
    page.locator(".error-clear").click()  # start over: nothing kept
    assert page.url.endswith("/") and chips(page) == []
    page.close()


@pytest.mark.parametrize(
    ("path", "said", "suggested"),
    [
        ("/?q=language:german", "'german' is not a language code", "language:de"),
        ("/?q=country:XX", "There is no country with the code XX", None),
        ("/?country=ZZ", "Filter Country: there is no country with the code ZZ", None),
        ("/?q=country:", "'country:' needs a value right after the colon", None),
        ("/?country=Polnad", "Filter Country: 'Polnad' is not a country we know", "Poland"),
    ],
)
def test_error_messages_say_what_to_change(
    browser: object, sample_server: str, path: str, said: str, suggested: str | None
) -> None:
    page = new_page(browser, sample_server, DESKTOP)
    response = page.goto(path)
    assert response.status == 400
    assert page.locator(".error-message").inner_text().startswith(said)
    suggestion = page.locator(".suggestion a")
    assert (suggestion.inner_text() if suggestion.count() else None) == suggested
    page.close()


def test_page_past_the_end_links_to_the_last(browser: object, sample_server: str) -> None:
    page = new_page(browser, sample_server, PHONE)
    response = page.goto("/?page=9")
    assert response.status == 404
    assert page.locator("#results-heading").inner_text() == "No page 9"
    assert "fill 3 pages" in page.locator(".past-end").inner_text()
    assert page.locator(".sort").count() == 0  # nothing to sort here; exports stay (47 exist)
    page.locator(".past-end a").click()
    page.wait_for_url("**/?page=3")
    assert page.locator("#results-heading").inner_text().startswith("41–47 of 47 articles")
    page.close()


def test_long_query_is_never_cut_and_the_limit_is_told(browser: object, sample_server: str) -> None:
    page = new_page(browser, sample_server, DESKTOP)
    page.goto("/")
    words = " ".join(f"word{i}" for i in range(60))
    page.fill("#q", words)
    assert page.locator("#q").input_value() == words  # nothing cut
    live = page.locator("#q-limit").inner_text()
    assert live == (
        "Your search has 60 words and at most 50 fit; "
        "drop some, or move countries, topics and years into the filters."
    )
    page.press("#q", "Enter")  # the server says what the box said, in the same words
    assert page.locator(".error-message").inner_text() == live
    long_text = " ".join(["frigate"] * 80)
    page.fill("#q", long_text)
    assert page.locator("#q").input_value() == long_text
    assert "639 characters long and at most 500 fit" in page.locator("#q-limit").inner_text()
    page.press("#q", "Enter")
    assert "at most 500 fit" in page.locator(".error-message").inner_text()
    assert page.locator("#q").input_value() == long_text  # kept whole, to shorten
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_histogram_counts_readable_and_unselectable(
    browser: object, sample_server: str, viewport: dict[str, int], artifacts: Path
) -> None:
    page = new_page(browser, sample_server, viewport)
    page.goto("/")
    count = page.locator('.histogram .bar[data-year="2023"] .bar-count')
    assert count.is_visible() and count.text_content() == "8"
    heights = page.eval_on_selector_all(
        ".histogram text", "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert min(heights) >= 11  # about 11-12 px text on every screen, never scaled down
    page.locator('.histogram .bar[data-year="2023"]').click()
    page.wait_for_url("**/?year=2023")
    assert chips(page) == ["Year: 2023"]
    page.screenshot(path=str(artifacts / f"histogram-{viewport['width']}.png"))
    page.locator('.histogram .bar[data-year="2023"]').click()  # again: every year
    page.wait_for_url("**/")
    assert chips(page) == []
    page.goto("/?year=2023")
    page.locator(".histogram-clear").click()
    assert chips(page) == []
    page.close()


def test_keyboard_checkboxes_skip_link_and_focus_return(
    browser: object, sample_server: str
) -> None:
    page = new_page(browser, sample_server, DESKTOP)
    page.goto("/")
    presses = 0
    on_value = "document.activeElement.classList.contains('facet-value')"
    while not page.evaluate(on_value) and presses < 15:  # skip link, then into the filters
        page.keyboard.press("Tab")
        presses += 1
        if page.evaluate("document.activeElement.textContent") == "Skip to filters":
            page.keyboard.press("Enter")
    # Skip links, dates, any/all and the filter box: under ten presses (52 before).
    assert focused_key(page) == "country:RU" and presses <= 10
    poland = page.locator('#facet-country .facet-value[data-label="Poland"]')
    assert poland.get_attribute("role") == "checkbox"
    assert poland.get_attribute("aria-checked") == "false"
    poland.focus()
    page.keyboard.press("Space")  # a checkbox: Space toggles, it does not scroll
    page.wait_for_url("**/?country=PL")
    assert focused_key(page) == "country:PL"  # focus back on the control just toggled
    assert poland.get_attribute("aria-checked") == "true"
    page.keyboard.press("Space")
    page.wait_for_url("**/")
    assert focused_key(page) == "country:PL" and poland.get_attribute("aria-checked") == "false"
    page.keyboard.press("Tab")  # on to its exclusion link, which also keeps focus
    page.keyboard.press("Enter")
    page.wait_for_url("**/?not_country=PL")
    assert focused_key(page) == "not-country:PL"
    page.close()


def test_desktop_click_keeps_the_control_under_the_pointer(
    browser: object, sample_server: str
) -> None:
    page = new_page(browser, sample_server, DESKTOP)
    page.goto("/")
    value = page.locator('#facet-person .facet-value[data-label="Joe Biden"]')
    value.scroll_into_view_if_needed()
    before = value.bounding_box()["y"]
    value.click()
    page.wait_for_url("**/?person=Joe+Biden")
    assert page.evaluate("window.scrollY") > 0  # not thrown back to the top
    assert abs(value.bounding_box()["y"] - before) < 2
    assert value.get_attribute("aria-checked") == "true"
    page.close()


def test_results_page_pins_marks_languages_and_hides_empty_actions(
    browser: object, sample_server: str
) -> None:
    page = new_page(browser, sample_server, DESKTOP)
    page.goto("/?country=CZ")  # a value behind "show all", chosen: pinned on top
    assert (
        page.locator("#facet-country .facet-values")
        .first.locator(".facet-value")
        .first.get_attribute("data-label")
        == "Czechia"
    )
    page.goto("/")
    languages = page.locator(".result .result-language").all_inner_texts()
    assert "English" in languages and len(set(languages)) > 1  # results mix languages
    assert page.locator('.result-title a[lang="pl"]').count() >= 1
    page.goto("/?language=pl")
    assert page.locator(".result .result-language").count() == 0  # one language: no marker
    page.goto("/?q=qqqzzzxx")
    assert page.locator(".sort, .downloads, .coop-link").count() == 0
    page.close()


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_the_box_says_which_filters_a_new_search_keeps(
    browser: object, sample_server: str, viewport: dict[str, int], artifacts: Path
) -> None:
    page = new_page(browser, sample_server, viewport)
    page.goto("/?country=PL&year=2024")
    scope = page.locator("#q-scope")
    assert scope.inner_text() == (
        "Searching within: Poland · 2024 (a new search keeps these filters) — clear filters"
    )
    assert in_view(page, "#q-scope") and in_view(page, "#q")  # beside the box, first screen
    assert "q-scope" in (page.locator("#q").get_attribute("aria-describedby") or "")
    assert axe_violations(page) == []
    page.screenshot(path=str(artifacts / f"scope-{viewport['width']}.png"))
    page.fill("#q", "ammunition")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=ammunition&country=PL&year=2024")  # as the line said
    assert chips(page) == ["Country: Poland", "Year: 2024"]
    with page.expect_navigation():
        scope.locator("a", has_text="clear filters").click()
    assert page.url.endswith("/?q=ammunition")  # the words kept, the filters gone
    assert page.locator("#q-scope").count() == 0
    assert "q-scope" not in (page.locator("#q").get_attribute("aria-describedby") or "")
    page.close()
