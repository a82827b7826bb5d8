"""JSON API (DESIGN.md section 5): shape, disjunctive facet counts, bad input, unknown ids."""

from __future__ import annotations

import pytest
from facet_oracle import expected
from flask.testing import FlaskClient

from indexer.article import Article

FILTER_CASES = [
    {},
    {"country": ["PL"]},
    {"country": ["PL", "UA"]},
    {"country": ["PL"], "topic": ["ammunition"]},
    {"country": ["SK", "CZ"], "year": ["2024", "2025"], "language": ["en"]},
    {"person": ["Robert Kaliňák"], "source": ["TASR", "Defense News"]},
    {"country": ["PL", "KR"], "country_mode": ["all"]},
    {"country": ["PL", "SK"], "country_mode": ["all"], "topic": ["ammunition", "tanks"]},
    {"topic": ["training", "demining"], "topic_mode": ["all"], "not_country": ["UA"]},
    {"not_country": ["UA", "PL"], "not_source": ["Reuters"]},
    {"year": ["undated", "2022"]},
    {"not_year": ["undated"], "country": ["UA"]},
]


def selection(params: dict[str, list[str]]) -> tuple[dict, dict, dict]:
    """Split test parameters into filters, modes and exclusions."""
    filters = {k: v for k, v in params.items() if "_" not in k}
    modes = {k.removesuffix("_mode"): v[0] for k, v in params.items() if k.endswith("_mode")}
    excluded = {k.removeprefix("not_"): v for k, v in params.items() if k.startswith("not_")}
    return filters, modes, excluded


@pytest.mark.parametrize("params", FILTER_CASES)
def test_facet_counts_follow_modes_and_exclusions(
    client: FlaskClient, articles: tuple[Article, ...], params: dict[str, list[str]]
) -> None:
    query = [(name, value) for name, values in params.items() for value in values]
    data = client.get("/api/search", query_string=query).json
    filters, modes, excluded = selection(params)
    total, counts = expected(articles, filters, modes, excluded)
    assert data["total"] == total
    assert data["modes"] == modes and data["excluded"] == excluded
    for facet in counts:
        got = {
            item["value"]: item["count"]
            for item in data["facets"][facet]
            if item["count"] or item["value"] in excluded.get(facet, ())
        }
        assert got == counts[facet], facet
        selected = {item["value"] for item in data["facets"][facet] if item["selected"]}
        assert selected == set(filters.get(facet, []))


def test_search_shape(client: FlaskClient) -> None:
    data = client.get("/api/search?q=ammunition&per_page=2").json
    assert list(data) == [
        "query",
        "total",
        "page",
        "per_page",
        "hits",
        "facets",
        "modes",
        "excluded",
        "suggestion",
    ]
    assert data["modes"] == {} and data["excluded"] == {}
    assert (data["query"], data["page"], data["per_page"]) == ("ammunition", 1, 2)
    assert len(data["hits"]) == 2 and data["total"] >= 3
    hit = data["hits"][0]
    assert list(hit) == [
        "id",
        "title",
        "date",
        "language",
        "countries",
        "people",
        "topics",
        "snippet",
        "url",
    ]
    assert hit["url"] == f"/articles/{hit['id']}"
    assert "<mark>" in hit["snippet"]
    assert list(data["facets"]) == [
        "country",
        "year",
        "person",
        "topic",
        "language",
        "source",
        "pair",
        "equipment",
    ]
    item = data["facets"]["country"][0]
    assert list(item) == ["value", "label", "count", "selected"]


def test_country_labels(client: FlaskClient) -> None:
    data = client.get("/api/search?country=KR").json
    labels = {item["value"]: item["label"] for item in data["facets"]["country"]}
    assert labels["KR"] == "South Korea" and labels["PL"] == "Poland"


def test_default_per_page_is_10_and_max_100(client: FlaskClient) -> None:
    assert client.get("/api/search").json["per_page"] == 10
    assert client.get("/api/search?per_page=100").status_code == 200
    assert client.get("/api/search?per_page=101").status_code == 400


def test_article(client: FlaskClient, articles: tuple[Article, ...]) -> None:
    source = articles[0]
    data = client.get(f"/api/articles/{source.id}").json
    assert data["title"] == source.title and data["text"] == source.text
    assert data["people"] == list(source.people) and data["authors"] == list(source.authors)
    assert data["date"] == source.date.isoformat()


def test_unknown_article_is_404_json(client: FlaskClient) -> None:
    response = client.get("/api/articles/does-not-exist")
    assert response.status_code == 404
    assert "does-not-exist" in response.json["error"]


BAD_REQUESTS = [
    "q=" + "x" * 501,
    "q=" + "+".join(["w"] * 51),
    "q=*a*",
    "q=a*",
    "q=ammu*n",
    "q=abcdefg~9",
    "q=/regex/",
    'q="unclosed',
    "q=(a",
    "q=a)",
    "q=" + "(" * 20 + "a" + ")" * 20,
    "q=nosuchfield:x",
    "q=country:narnia",
    "q=topic:unicorns",
    "q=year:24",
    "page=0",
    "page=-1",
    "page=abc",
    "page=²",
    "page=99999999999999999999",
    "per_page=0",
    "per_page=101",
    "page=101&per_page=100",
    "sort=random",
    "from=2024-13-01",
    "from=yesterday",
    "to=2024-02-30",
    "from=2025&to=2024",
    "country=Atlantis",
    "year=20x4",
    "topic=unicorns",
    "language=english!",
    "person=" + "x" * 201,
    "&".join(f"country=C{i}" for i in range(21)),
    "country_mode=both",
    "country_mode=all&country_mode=any",
    "year_mode=all",
    "language_mode=all",
    "colour_mode=all",
    "not_colour=red",
    "not_country=Atlantis",
    "not_year=last",
    "year=someday",
    "not_topic=unicorns",
    "country=PL&not_country=pl",
    "year=undated&not_year=Undated",
    "&".join(f"not_country=C{i}" for i in range(21)),
]


@pytest.mark.parametrize("query", BAD_REQUESTS)
def test_bad_input_is_400_json(client: FlaskClient, query: str) -> None:
    response = client.get(f"/api/search?{query}")
    assert response.status_code == 400, response.data[:200]
    assert response.json["error"].startswith("Invalid parameter")


@pytest.mark.parametrize("sort", ["relevance", "newest", "oldest"])
@pytest.mark.parametrize(
    ("query", "expected"),
    [("q=ammunition&country=PL", 1), ("q=ammunition+OR+tanks&year=2024", 2), ("q=tanks", 2)],
)
def test_total_is_exact_on_small_pages(
    client: FlaskClient, query: str, expected: int, sort: str
) -> None:
    # A page smaller than the index takes Whoosh's top-N path, whose own count ignores filters.
    data = client.get(f"/api/search?{query}&per_page=1&sort={sort}").json
    assert data["total"] == expected and len(data["hits"]) == 1


@pytest.mark.parametrize(
    ("query", "status"),
    [("q=am*", 200), ("q=am*+dr*+ta*", 200), ("q=topic:dr*", 200), ("q=source:re*", 200)],
)
def test_prefix_queries_within_budget(client: FlaskClient, query: str, status: int) -> None:
    assert client.get(f"/api/search?{query}").status_code == status


def test_prefix_budget_is_shared_by_the_whole_query(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    from searchapp import compiler

    monkeypatch.setattr(compiler, "MAX_EXPANSION", 4)
    assert client.get("/api/search?q=ammun*").status_code == 200  # "ammunit" in title and body
    response = client.get("/api/search?q=ammun*+dr*+ta*+po*+co*")
    assert response.status_code == 400 and "more letters" in response.json["error"]


def test_typed_field_terms_are_answered_as_filters(client: FlaskClient) -> None:
    data = client.get("/api/search?q=tanks country:PL country:KR -topic:naval").json
    assert (data["query"], data["total"]) == ("tanks", 1)
    assert data["modes"] == {"country": "all"} and data["excluded"] == {"topic": ["naval"]}
    selected = {item["value"] for item in data["facets"]["country"] if item["selected"]}
    assert selected == {"PL", "KR"}


def test_undated_articles_are_a_year_value(client: FlaskClient) -> None:
    years = {
        item["value"]: item["count"] for item in client.get("/api/search").json["facets"]["year"]
    }
    assert years["undated"] == 1 and list(years)[-1] == "undated"
    data = client.get("/api/search?year=undated").json
    assert [hit["date"] for hit in data["hits"]] == [None]
