"""The /cooperation page on a fixture index with partner pairs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from html import unescape

import pytest
from flask import Flask
from flask.testing import FlaskClient
from pairs_fixture import build_pairs_index

from indexer.article import Article


@pytest.fixture(scope="module")
def pairs_client(
    tmp_path_factory: pytest.TempPathFactory, articles: tuple[Article, ...]
) -> Iterator[FlaskClient]:
    """Return a client of the app serving the fixture articles with pairs."""
    from searchapp import create_app

    directory = build_pairs_index(tmp_path_factory.mktemp("pairs-index"), articles)
    app: Flask = create_app({"TESTING": True, "INDEX_DIR": str(directory)})
    with app.test_client() as client:
        yield client
    app.extensions["entente_index"].close()


def cells(page: str) -> dict[str, tuple[str, int]]:
    """Return pair → (link, count) of the matrix cells."""
    found = re.findall(
        r'<a href="([^"]*)" class="coop-cell[^"]*" data-pair="([^"]+)" data-count="(\d+)"', page
    )
    return {pair: (url.replace("&amp;", "&"), int(count)) for url, pair, count in found}


def result_ids(client: FlaskClient, url: str) -> set[str]:
    """Return the ids the JSON API gives for a search page URL."""
    answer = client.get(url.replace("/?", "/api/search?", 1) + "&per_page=100").get_json()
    return {hit["id"] for hit in answer["hits"]}


def test_map_draws_every_pair_as_a_linked_svg(pairs_client: FlaskClient) -> None:
    response = pairs_client.get("/cooperation")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "<svg" in html and "<script" not in html.split("</head>")[1]
    found = cells(html)
    assert found["KR-PL"] == ("/?pair=KR-PL", 1)
    assert found["PL-SK"] == ("/?pair=PL-SK", 2)
    assert ">South Korea</text>" in html


@pytest.mark.parametrize(
    ("query", "pair", "count", "absent"),
    [
        ("?topic=ammunition", "PL-SK", 2, "KR-PL"),
        ("?from=2025", "PL-SK", 2, "DE-FR"),
        ("?q=tanks", "KR-PL", 1, "CZ-UA"),
        ("?language=sk", "PL-SK", 1, "KR-PL"),
        ("?not_country=SK", "KR-PL", 1, "PL-SK"),
    ],
)
def test_map_honours_query_and_filters(
    pairs_client: FlaskClient, query: str, pair: str, count: int, absent: str
) -> None:
    found = cells(pairs_client.get("/cooperation" + query).get_data(as_text=True))
    assert found[pair][1] == count
    assert absent not in found
    # The cell's search keeps the filters and finds exactly the counted articles.
    url = found[pair][0]
    assert query.lstrip("?").split("=")[0] in url
    assert len(result_ids(pairs_client, url)) == count


def test_focus_lists_partners(pairs_client: FlaskClient) -> None:
    html = pairs_client.get("/cooperation?focus=pl").get_data(as_text=True)
    assert "Partners of Poland" in html
    partners = re.findall(r'<li><a href="[^"]*" data-pair="([^"]+)">([^<]+)</a> <span', html)
    assert partners[:4] == [
        ("PL-SK", "Slovakia"),
        ("DE-PL", "Germany"),
        ("LT-PL", "Lithuania"),
        ("KR-PL", "South Korea"),
    ]


@pytest.mark.parametrize(
    ("query", "said"),
    [
        ("?focus=Atlantis", "Country in focus: 'Atlantis'"),
        ("?country=Atlantis", "Filter Country: 'Atlantis'"),
        ("?from=20x", "Published from: '20x'"),
    ],
)
def test_bad_parameters_are_400(pairs_client: FlaskClient, query: str, said: str) -> None:
    response = pairs_client.get("/cooperation" + query)
    assert response.status_code == 400
    assert said in unescape(response.get_data(as_text=True))


def test_empty_state(pairs_client: FlaskClient) -> None:
    html = pairs_client.get("/cooperation?q=zzzqqq").get_data(as_text=True)
    assert "No partner countries" in html and "<svg" not in html


def test_typed_fields_redirect_to_filters(pairs_client: FlaskClient) -> None:
    response = pairs_client.get("/cooperation?q=country:PL&focus=PL")
    assert response.status_code == 302
    assert response.headers["Location"] == "/cooperation?country=PL&focus=PL"


def test_search_page_links_to_the_map(pairs_client: FlaskClient) -> None:
    html = pairs_client.get("/?q=tanks&country=PL").get_data(as_text=True)
    assert 'href="/cooperation?q=tanks&amp;country=PL"' in html


def test_map_without_pairs_in_the_index(client: FlaskClient) -> None:
    assert "No partner countries" in client.get("/cooperation").get_data(as_text=True)


def test_chips_lead_back_to_the_map(pairs_client: FlaskClient) -> None:
    page = pairs_client.get("/cooperation?topic=tanks&country=PL&focus=PL").get_data(as_text=True)
    assert 'href="/cooperation?topic=tanks&amp;focus=PL"' in page  # Poland's ×
    assert 'class="clear-all" href="/cooperation"' in page
