"""The pair and equipment facets: filters, typed fields, labels, the article page and the API."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from flask import Flask
from flask.testing import FlaskClient

from indexer.article import Article
from indexer.store import IndexStore
from searchapp.labels import pair_label, pair_value

ARTICLES = (
    Article(
        id="c1",
        source="coop/c1.txt",
        title="Poland orders more K2 tanks",
        text="Poland signed a contract with South Korea for K2 tanks and K9 howitzers.",
        date=date(2024, 5, 2),
        countries=("PL", "KR"),
        pairs=("KR-PL",),
        equipment=("K2 Black Panther", "K9 Thunder"),
    ),
    Article(
        id="c2",
        source="coop/c2.txt",
        title="Norway trains Estonian pilots",
        text="Norway will train pilots from Estonia on the F-35.",
        date=date(2025, 1, 9),
        countries=("NO", "EE"),
        pairs=("EE-NO",),
        equipment=("F-35",),
    ),
    Article(
        id="c3",
        source="coop/c3.txt",
        title="Poland and Norway talk air defense",
        text="Poland and Norway agreed to cooperate on NASAMS and Patriot.",
        date=date(2025, 3, 1),
        countries=("PL", "NO"),
        pairs=("NO-PL",),
        equipment=("NASAMS", "Patriot"),
    ),
)


@pytest.fixture(scope="module")
def app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Flask]:
    """Return the search app over an index of the three articles above."""
    from searchapp import create_app

    directory: Path = tmp_path_factory.mktemp("coop-index")
    with IndexStore(directory) as store, store.batch() as batch:
        for article in ARTICLES:
            batch.put(article, article.source, "coop")
    flask_app = create_app({"TESTING": True, "INDEX_DIR": str(directory)})
    yield flask_app
    flask_app.extensions["entente_index"].close()


@pytest.fixture()
def client(app: Flask) -> Iterator[FlaskClient]:
    """Return a test client."""
    with app.test_client() as test_client:
        yield test_client


def ids(client: FlaskClient, query: list[tuple[str, str]]) -> list[str]:
    """Return the ids of the API hits for a query string."""
    data = client.get("/api/search", query_string=query).json
    assert data is not None
    return sorted(hit["id"] for hit in data["hits"])


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ([("pair", "KR-PL")], ["c1"]),
        ([("pair", "pl-kr")], ["c1"]),  # any order and case
        ([("pair", "Poland – South Korea")], ["c1"]),  # the label works too
        ([("pair", "KR-PL"), ("pair", "NO-PL")], ["c1", "c3"]),
        ([("not_pair", "KR-PL")], ["c2", "c3"]),
        ([("equipment", "K2 Black Panther")], ["c1"]),
        ([("equipment", "k2pl")], ["c1"]),  # an alias stands for its system
        ([("equipment", "F-35"), ("equipment", "Patriot")], ["c2", "c3"]),
        ([("q", "equipment:patriot")], ["c3"]),
        ([("q", 'equipment:"k9 thunder"')], ["c1"]),
        ([("q", "pair:NO-PL")], ["c3"]),
    ],
)
def test_filters(client: FlaskClient, query: list[tuple[str, str]], expected: list[str]) -> None:
    assert ids(client, query) == expected


@pytest.mark.parametrize("value", ["PL", "PL-PL", "XX-YY", "Poland"])
def test_bad_pair_is_400_with_a_reason(client: FlaskClient, value: str) -> None:
    response = client.get("/api/search", query_string={"pair": value})
    assert response.status_code == 400
    assert "pair" in response.json["error"]


def test_facets_count_and_label(client: FlaskClient) -> None:
    facets = client.get("/api/search").json["facets"]
    pairs = {item["value"]: item for item in facets["pair"]}
    assert pairs["KR-PL"]["count"] == 1
    assert pairs["KR-PL"]["label"] == "Poland – South Korea"
    equipment = {item["value"]: item["count"] for item in facets["equipment"]}
    assert equipment["K2 Black Panther"] == 1 and equipment["Patriot"] == 1


def test_article_page_and_api_show_pairs_and_equipment(client: FlaskClient) -> None:
    page = client.get("/articles/c1").get_data(as_text=True)
    assert "Poland – South Korea" in page
    assert "/?pair=KR-PL" in page
    assert "K2 Black Panther (tank)" in page
    assert "K9 Thunder (artillery)" in page
    data = client.get("/api/articles/c1").json
    assert data["pairs"] == ["KR-PL"]
    assert data["equipment"] == ["K2 Black Panther", "K9 Thunder"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [("KR-PL", "KR-PL"), ("pl/kr", "KR-PL"), ("Norway - Poland", "NO-PL"), ("PL", None)],
)
def test_pair_value(value: str, expected: str | None) -> None:
    assert pair_value(value) == expected


def test_pair_label_sorts_names() -> None:
    assert pair_label("KR-PL") == "Poland – South Korea"
