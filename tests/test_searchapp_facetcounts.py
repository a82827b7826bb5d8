"""searchapp.facetcounts: disjunctive facet counts from posting arrays."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from facet_oracle import expected
from werkzeug.datastructures import MultiDict

from indexer.article import Article
from indexer.store import IndexStore, open_live
from searchapp.engine import Engine
from searchapp.facetcounts import FacetFilter, FacetPostings, count_facets, facet_filter, mask_of
from searchapp.request import parse_search_request

# Six documents; document 5 holds no country.
COUNTRY = FacetPostings.from_terms([("PL", [0, 1, 3]), ("SK", [0, 2]), ("UA", [3, 4]), ("XX", [])])
TOPIC = FacetPostings.from_terms([("tanks", [0, 2, 4]), ("drones", [1, 3, 4, 5])])
FACETS = {"country": COUNTRY, "topic": TOPIC}
DOCS = 6
ALL = np.ones(DOCS, dtype=bool)


def docs(*docnums: int) -> np.ndarray:
    return mask_of(docnums, DOCS)


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ((), []),
        (("PL",), [0, 1, 3]),
        (("PL", "SK"), [0, 1, 2, 3]),  # OR within a facet
        (("XX",), []),  # a value without postings
        (("ZZ",), []),  # a value the index never saw
    ],
)
def test_mask_holds_the_documents_with_any_value(values, expected):
    assert np.flatnonzero(COUNTRY.mask(values, DOCS)).tolist() == expected


@pytest.mark.parametrize(
    ("matched", "expected"),
    [
        (ALL, {"PL": 3, "SK": 2, "UA": 2}),  # values without hits are left out
        (docs(0, 3), {"PL": 2, "SK": 1, "UA": 1}),
        (docs(5), {}),
        (docs(), {}),
    ],
)
def test_counts_count_documents_per_value(matched, expected):
    assert COUNTRY.counts(matched) == expected


@pytest.mark.parametrize(
    ("matched", "filters", "always", "total", "expected"),
    [
        (
            ALL,
            {},
            [],
            6,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {"tanks": 3, "drones": 4}},
        ),
        (  # a facet's own filter is left out of its counts, applied to the others
            ALL,
            {"country": ("PL",)},
            [],
            3,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {"tanks": 1, "drones": 2}},
        ),
        (  # OR within a facet
            ALL,
            {"country": ("PL", "SK")},
            [],
            4,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {"tanks": 2, "drones": 2}},
        ),
        (  # AND across facets; each facet counted with the other's filter only
            ALL,
            {"country": ("UA",), "topic": ("tanks",)},
            [],
            1,
            {"country": {"PL": 1, "SK": 2, "UA": 1}, "topic": {"tanks": 1, "drones": 2}},
        ),
        (  # the query restricts everything
            docs(0, 1, 2),
            {"topic": ("drones",)},
            [],
            1,
            {"country": {"PL": 1}, "topic": {"tanks": 2, "drones": 1}},
        ),
        (  # filters applied to every facet (the date range) count even for their own facet
            ALL,
            {"country": ("PL",)},
            [docs(1, 2, 3, 5)],
            2,
            {"country": {"PL": 2, "SK": 1, "UA": 1}, "topic": {"drones": 2}},
        ),
        (  # a filter matching nothing
            ALL,
            {"country": ("ZZ",)},
            [],
            0,
            {"country": {"PL": 3, "SK": 2, "UA": 2}, "topic": {}},
        ),
    ],
)
def test_count_facets_is_disjunctive(matched, filters, always, total, expected):
    masks = {
        name: facet_filter([FACETS[name].mask(values, DOCS)], {}, False)
        for name, values in filters.items()
    }
    assert count_facets(FACETS, matched, masks, always) == (total, expected)


def facet_filters(
    filters: dict[str, tuple[str, ...]],
    every: tuple[str, ...],
    excluded: dict[str, tuple[str, ...]],
) -> dict[str, FacetFilter]:
    """Return the FacetFilters of selected values, "all of" facets and excluded values."""
    return {
        name: facet_filter(
            [FACETS[name].mask([v], DOCS) for v in filters.get(name, ())],
            {v: FACETS[name].mask([v], DOCS) for v in excluded.get(name, ())},
            name in every,
        )
        for name in {*filters, *excluded}
    }


# Documents: 0 PL SK tanks · 1 PL drones · 2 SK tanks · 3 PL UA drones · 4 UA tanks drones · 5 drones
@pytest.mark.parametrize(
    ("filters", "every", "excluded", "total", "expected"),
    [
        (  # "all of": both values in one document; counts are what adding a value would give
            {"country": ("PL", "SK")},
            ("country",),
            {},
            1,
            {"country": {"PL": 1, "SK": 1}, "topic": {"tanks": 1}},
        ),
        (  # "all of" with one value is "any of" with one value, but counts narrow
            {"country": ("PL",)},
            ("country",),
            {},
            3,
            {"country": {"PL": 3, "SK": 1, "UA": 1}, "topic": {"tanks": 1, "drones": 2}},
        ),
        (  # excluded: gone from the total and the other facets; counted as if kept
            {},
            (),
            {"country": ("UA",)},
            4,
            {"country": {"PL": 2, "SK": 2, "UA": 2}, "topic": {"tanks": 2, "drones": 2}},
        ),
        (  # two exclusions: each counts what it alone would bring back
            {},
            (),
            {"country": ("UA", "SK")},
            2,
            {"country": {"PL": 1, "SK": 2, "UA": 2}, "topic": {"drones": 2}},
        ),
        (  # a selection with an exclusion in the same facet
            {"country": ("PL", "SK")},
            (),
            {"country": ("UA",)},
            3,
            {"country": {"PL": 2, "SK": 2, "UA": 2}, "topic": {"tanks": 2, "drones": 1}},
        ),
        (  # "all of" and an exclusion elsewhere
            {"topic": ("tanks", "drones")},
            ("topic",),
            {"country": ("PL",)},
            1,
            {"country": {"UA": 1, "PL": 0}, "topic": {"tanks": 1, "drones": 1}},
        ),
    ],
)
def test_count_facets_with_modes_and_exclusions(filters, every, excluded, total, expected):
    found = count_facets(FACETS, ALL, facet_filters(filters, every, excluded))
    assert found == (total, expected)


def test_with_missing_adds_documents_without_a_value():
    undated = COUNTRY.with_missing("none", DOCS)
    assert undated.counts(ALL) == {"PL": 3, "SK": 2, "UA": 2, "none": 1}
    assert np.flatnonzero(undated.mask(["none", "SK"], DOCS)).tolist() == [0, 2, 5]


def test_empty_field():
    empty = FacetPostings.from_terms([])
    assert empty.counts(ALL) == {} and not empty.mask(["PL"], DOCS).any()


# -- against a real index with a deleted document ----------------------------------------------


@pytest.fixture(scope="module")
def updated(
    tmp_path_factory: pytest.TempPathFactory,
    index_builder: Callable[[Path], Path],
    articles: tuple[Article, ...],
) -> Iterator[tuple[Engine, list[Article]]]:
    """Return an engine over the fixture index after one article moved from PL/SK to FR."""
    directory = index_builder(tmp_path_factory.mktemp("updated"))
    moved = replace(articles[0], countries=("FR",))
    with IndexStore(directory) as store, store.batch() as batch:
        batch.put(moved, moved.source, "fixtures")
    engine = Engine(open_live(directory).searcher())
    yield engine, [moved, *articles[1:]]
    engine.close()


@pytest.mark.parametrize(
    "args",
    [
        {},
        {"country": ["PL"]},
        {"country": ["FR", "SK"]},
        {"country": ["PL"], "topic": ["ammunition", "tanks"]},
        {"year": ["2025"], "language": ["en"]},
        {"source": ["Reuters"], "person": ["Petr Pavel"]},
        {"country": ["PL", "SK"], "country_mode": ["all"]},
        {"country": ["PL", "KR"], "country_mode": ["all"], "not_topic": ["tanks"]},
        {"topic": ["ammunition", "procurement"], "topic_mode": ["all"], "not_language": ["pl"]},
        {"not_country": ["UA", "PL"]},
        {"year": ["undated"]},
        {"not_year": ["undated", "2024"], "person": ["Robert Kaliňák"]},
        {"person": ["Robert Kaliňák", "Władysław Kosiniak-Kamysz"], "person_mode": ["all"]},
    ],
)
def test_counts_skip_deleted_documents(updated, args):
    engine, current = updated
    assert engine.reader.has_deletions()  # the old version of the article is still on disk
    request = parse_search_request(MultiDict([(k, v) for k, vs in args.items() for v in vs]))
    assert engine.facet_counts(engine.main_query(request), request) == expected(
        current, request.filters, request.modes, request.excluded
    )


def test_counts_follow_the_query_and_date_range(updated):
    engine, _ = updated
    request = parse_search_request(MultiDict({"q": "ammunition", "from": "2024", "country": "UA"}))
    found = engine.search(request)
    # Ammunition: a01 (2025, moved to FR), a03 (2024, CZ UA), a10 (2022, DE FR).
    assert found.total == 1 and [hit.article.id for hit in found.hits] == ["a03"]
    assert found.counts["country"] == {"CZ": 1, "FR": 1, "UA": 1}
    assert found.counts["year"] == {"2024": 1}


def test_a_filter_matching_nothing_leaves_no_hits(updated):
    engine, _ = updated
    request = parse_search_request(MultiDict({"country": "PL", "topic": "cybersecurity"}))
    found = engine.search(request)
    assert (found.total, found.hits) == (0, [])
    total, exported = engine.export(request, 10)
    assert (total, list(exported)) == (0, [])
