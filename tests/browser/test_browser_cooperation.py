"""The cooperation map in a real browser: a cell leads to the same articles as "all of"."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from axecheck import axe_violations
from pairs_fixture import build_pairs_index

from indexer.article import Article

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def pairs_server(
    tmp_path_factory: pytest.TempPathFactory, articles: tuple[Article, ...]
) -> Iterator[str]:
    """Serve the fixture articles with partner pairs; return the base URL."""
    from werkzeug.serving import make_server

    from searchapp import create_app

    directory = build_pairs_index(tmp_path_factory.mktemp("pairs-browser"), articles)
    app = create_app({"TESTING": True, "INDEX_DIR": str(directory)})
    server = make_server("127.0.0.1", 0, app)  # one thread: the searcher is shared
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)
    app.extensions["entente_index"].close()


def result_ids(page: object) -> set[str]:
    """Return the ids of the listed results."""
    hrefs = page.locator(".result-title a").evaluate_all("els => els.map(a => a.pathname)")  # type: ignore[attr-defined]
    return {href.rsplit("/", 1)[-1] for href in hrefs}


def tick(page: object, label: str) -> None:
    """Click a country facet value, opening "Show all" when it is further down."""
    value = page.locator(f'#facet-country .facet-value[data-label="{label}"]')  # type: ignore[attr-defined]
    if not value.is_visible():
        page.locator("#facet-country .facet-more summary").click()  # type: ignore[attr-defined]
    with page.expect_navigation():  # type: ignore[attr-defined]
        value.click()


def all_of_poland_and_korea(page: object) -> set[str]:
    """Tick Poland and South Korea, switch to "all of", and return the results."""
    page.goto("/")  # type: ignore[attr-defined]
    tick(page, "Poland")
    tick(page, "South Korea")
    with page.expect_navigation():  # type: ignore[attr-defined]
        page.locator('#facet-country .facet-mode a[data-mode="all of"]').click()  # type: ignore[attr-defined]
    return result_ids(page)


def follow_cell(page: object) -> tuple[int, set[str]]:
    """Open the map from the search page, click the PL–KR cell; return its count and results."""
    page.goto("/")  # type: ignore[attr-defined]
    with page.expect_navigation():  # type: ignore[attr-defined]
        page.locator(".coop-link a").click()  # type: ignore[attr-defined]
    cell = page.locator('a.coop-cell[data-pair="KR-PL"]').first  # type: ignore[attr-defined]
    count = int(cell.get_attribute("data-count"))
    with page.expect_navigation():  # type: ignore[attr-defined]
        cell.click()
    assert "pair=KR-PL" in page.url  # type: ignore[attr-defined]
    return count, result_ids(page)


def test_cell_gives_the_all_of_result(browser: object, pairs_server: str, artifacts: Path) -> None:
    page = browser.new_page(base_url=pairs_server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto("/cooperation")
    page.screenshot(path=str(artifacts / "cooperation-map.png"), full_page=True)
    count, from_cell = follow_cell(page)
    both = all_of_poland_and_korea(page)
    assert from_cell == both and len(both) == count > 0
    page.close()


def test_sample_cell_is_within_the_all_of_result(browser: object, sample_server: str) -> None:
    """On the sample data, partners are a stricter test than being named together."""
    page = browser.new_page(base_url=sample_server)  # type: ignore[attr-defined]
    page.goto("/cooperation")
    assert page.locator('a.coop-cell[data-pair="KR-PL"]').count()  # the K2/K9 contracts
    count, from_cell = follow_cell(page)
    both = all_of_poland_and_korea(page)
    assert from_cell <= both and len(from_cell) == count > 0
    page.close()


def test_evidence_link_highlights_its_sentence(
    browser: object, sample_server: str, artifacts: Path
) -> None:
    """One click on a country's ¶ shows the sentence that named it, highlighted."""
    page = browser.new_page(base_url=sample_server, viewport={"width": 1280, "height": 900})  # type: ignore[attr-defined]
    page.goto("/?country=KR&country=PL&country_mode=all")
    with page.expect_navigation():
        page.locator(".result-title a").first.click()
    link = page.locator('.article-meta a.evidence-link[href="#ev-country-KR"]')
    link.click()
    page.wait_for_url("**#ev-country-KR")
    target = page.locator("#ev-country-KR ~ mark.evidence")
    assert target.count() == 1
    background = target.evaluate("el => getComputedStyle(el).backgroundColor")
    assert background not in ("rgba(0, 0, 0, 0)", "transparent")
    others = page.locator("mark.evidence").evaluate_all(
        "els => els.filter(e => getComputedStyle(e).backgroundColor !== 'rgba(0, 0, 0, 0)').length"
    )
    assert others == 1  # only the followed sentence stands out
    page.screenshot(path=str(artifacts / "evidence-korea.png"))
    page.close()


def test_error_on_the_map_keeps_the_reader_on_the_map(browser: object, sample_server: str) -> None:
    page = browser.new_page(base_url=sample_server)  # type: ignore[attr-defined]
    response = page.goto("/cooperation?country=ZZ&year=2024&topic=drones&focus=PL")
    assert response is not None and response.status == 400
    assert axe_violations(page) == []
    assert page.locator(".error-clear").get_attribute("href") == "/cooperation"
    with page.expect_navigation():
        page.locator(".chip-part", has_text="2024").click()  # remove the year
    assert page.url.endswith("/cooperation?topic=drones&focus=PL")
    assert page.locator("#coop-heading").is_visible()
    assert page.locator(".chip").count() == 1  # the topic still chosen, on the map
    page.close()
