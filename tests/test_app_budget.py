"""Every search is bounded: repeated words read once, costly ones refused, slow ones stopped."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import pytest
from flask import Flask
from flask.testing import FlaskClient

from searchapp import compiler
from searchapp import engine as engine_module
from searchapp.index import get_engine
from searchapp.query import parse_query
from searchapp.security import HEADERS


def test_a_word_typed_many_times_costs_one_word(app: Flask) -> None:
    with app.test_request_context():
        engine = get_engine()
        once = engine.compile(parse_query("ammunition"))
        many = engine.compile(parse_query(" ".join(["ammunition"] * 45)))
        assert engine.cost(many) == engine.cost(once) > 0
        either = engine.compile(parse_query(" OR ".join(["tanks", "tanks", "drones"])))
        assert len(either.subqueries) == 2


def test_phrases_cost_more_than_their_words(app: Flask) -> None:
    with app.test_request_context():
        engine = get_engine()
        words = engine.cost(engine.compile(parse_query("ammunition production")))
        phrase = engine.cost(engine.compile(parse_query('"ammunition production"')))
        assert phrase == compiler.PHRASE_COST * words


@pytest.mark.parametrize("path", ["/", "/api/search", "/export.csv", "/feed"])
def test_a_search_over_the_cost_budget_is_a_400_that_says_why(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    monkeypatch.setattr(compiler, "MAX_POSTINGS", 3)
    response = client.get(f"{path}?q=ammunition+OR+tanks+OR+drones")
    assert response.status_code == 400
    assert "index entries" in response.get_data(as_text=True)
    assert client.get(f"{path}?q=zzzunknownword").status_code == 200


@pytest.mark.parametrize("path", ["/", "/api/search", "/export.csv", "/export.json", "/feed"])
def test_a_search_out_of_time_is_a_503_with_retry_after(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, path: str
) -> None:
    monkeypatch.setattr(engine_module, "TIMED_FROM", -1)
    monkeypatch.setattr(engine_module, "TIME_LIMIT", 0.0)
    response = client.get(f"{path}?q=ammunition+OR+tanks")
    assert response.status_code == 503
    assert response.headers["Retry-After"].isdigit()
    assert_secure(response)
    if path.startswith("/api/") or path.endswith(".json"):
        assert "took longer" in response.json["error"]


@pytest.mark.parametrize(("path", "json"), [("/api/search?q=tanks", True), ("/?q=tanks", False)])
def test_an_unexpected_error_is_a_500_in_the_surface_format(
    client: FlaskClient, monkeypatch: pytest.MonkeyPatch, path: str, json: bool
) -> None:
    def broken(self: object, request: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr(engine_module.Engine, "search", broken)
    response = client.get(path)
    assert response.status_code == 500
    assert_secure(response)
    assert (response.is_json and "went wrong" in response.json["error"]) is json
    assert "a bug" not in response.get_data(as_text=True)


def test_exports_stream_every_result(client: FlaskClient) -> None:
    with client.get("/export.csv?q=ammunition") as streamed:
        assert streamed.is_streamed
        lines = streamed.get_data(as_text=True).strip().splitlines()
    body = client.get("/export.json?q=ammunition").json
    assert body["exported"] == body["total"] == len(body["articles"]) == len(lines) - 1 > 0


def test_threads_share_one_generation_safely(app: Flask) -> None:
    queries = ["ammunition", "tanks", "country:PL", "drones OR missiles", "poland"] * 8

    def ask(query: str) -> tuple[int, int]:
        with app.test_client() as client:
            response = client.get("/api/search", query_string={"q": query, "country": "PL"})
            return response.status_code, response.json["total"]

    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(ask, queries))
    assert {status for status, _ in answers} == {200}
    for query in set(queries):  # the same search gives the same total on every thread
        assert (
            len({total for q, (_, total) in zip(queries, answers, strict=True) if q == query}) == 1
        )


def assert_secure(response: object) -> None:
    """Assert that a response carries every security header of the site."""
    for name, value in HEADERS.items():
        assert response.headers.get(name) == value, name
