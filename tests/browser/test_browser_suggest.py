"""'Did you mean' in a real browser: a misspelt hyphenated name is offered as written, and works."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser


def test_a_misspelt_hyphenated_name_gets_a_working_suggestion(
    browser: object, live_server: str
) -> None:
    context = browser.new_context(base_url=live_server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page = context.new_page()
    page.goto("/")
    page.fill("#q", "Kosiniak-Kamisz")
    page.press("#q", "Enter")
    page.wait_for_url("**/?q=Kosiniak-Kamisz*")
    suggestion = page.locator(".suggestion a")
    assert suggestion.inner_text() == "Kosiniak-Kamysz"
    suggestion.click()
    page.wait_for_url("**/?q=Kosiniak-Kamysz*")
    heading = page.locator("#results-heading").inner_text()
    assert "No articles found" not in heading and " of " in heading
    assert page.locator(".suggestion").count() == 0
    context.close()
