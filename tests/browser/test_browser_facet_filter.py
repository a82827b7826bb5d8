"""Facet filter boxes in a real browser: accents, aliases, a line when nothing matches."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.browser


def shown(page: object, facet: str) -> list[str]:
    """Return the labels of a facet's values the filter box leaves visible."""
    return page.locator(f"#facet-{facet} .facet-values li:not([hidden]) .facet-value").evaluate_all(  # type: ignore[attr-defined]
        "els => els.map(e => e.dataset.label)"
    )


def type_filter(page: object, facet: str, text: str) -> None:
    """Type into a facet's filter box, replacing what it held."""
    page.locator(f"#facet-{facet} .facet-filter").fill(text)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("facet", "typed", "expected"),
    [
        ("person", "blaszczak", "Mariusz Błaszczak"),
        ("person", "BŁASZCZAK", "Mariusz Błaszczak"),
        ("person", "erdogan", "Recep Tayyip Erdoğan"),
        ("person", "cavusoglu", "Mevlüt Çavuşoğlu"),
        ("person", "selenskyj", "Volodymyr Zelensky"),  # another spelling of the same person
        ("person", "zelenski", "Volodymyr Zelensky"),
        ("country", "turkey", "Türkiye"),
        ("country", "czech republic", "Czechia"),
        ("country", "PL", "Poland"),
        ("country", "south korea", "South Korea"),
        ("country", "uk", "United Kingdom"),
        ("country", "usa", "United States"),
        ("country", "rok", "South Korea"),  # an alias from the indexer's country table
        ("country", "the states", "United States"),
    ],
)
def test_filter_box_finds_values_without_accents_and_by_other_names(
    browser: object, sample_server: str, facet: str, typed: str, expected: str
) -> None:
    page = browser.new_page(base_url=sample_server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto("/")
    type_filter(page, facet, typed)
    assert expected in shown(page, facet)
    assert page.locator(f"#facet-{facet} .facet-no-match").is_hidden()
    page.close()


def test_filter_box_says_when_nothing_matches(
    browser: object, sample_server: str, artifacts: Path
) -> None:
    page = browser.new_page(base_url=sample_server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto("/")
    every = len(shown(page, "person"))
    type_filter(page, "person", "qqxz")
    assert shown(page, "person") == []
    line = page.locator("#facet-person .facet-no-match")
    assert line.is_visible()
    assert line.inner_text() == "No person matches “qqxz”."
    page.screenshot(path=str(artifacts / "facet-filter-no-match.png"), full_page=True)
    type_filter(page, "person", "")
    assert len(shown(page, "person")) == every
    assert line.is_hidden()
    page.close()
