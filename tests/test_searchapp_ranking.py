"""The numpy search paths (masks, phrases, BM25F, top pages) agree with Whoosh's own answers."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from whoosh import query as Q
from whoosh.searching import Searcher

from indexer.article import Article
from indexer.store import article_to_document, open_live
from searchapp import bm25
from searchapp.facetcounts import top_by_key
from searchapp.masks import query_mask
from searchapp.phrases import CachedPhrase
from searchapp.shared import SharedData

FIELDS = ("title", "body", "people_text")
SHARED = SharedData()


def _any(word: str) -> Q.Query:
    return Q.Or([Q.Term(f, word) for f in FIELDS])


QUERIES = {
    "one word": lambda: _any("ammunit"),
    "two words": lambda: Q.And([_any("ammunit"), _any("slovakia")]),
    "either word": lambda: Q.Or([_any("tank"), _any("drone")]),
    "phrase": lambda: Q.Or([CachedPhrase(f, ["defenc", "minist"], SHARED) for f in FIELDS]),
    "word without another": lambda: Q.AndNot(_any("ammunit"), _any("poland")),
}


@pytest.fixture(scope="module", params=["one segment", "two segments"])
def searcher(
    request: pytest.FixtureRequest,
    index_dir: Path,
    articles: tuple[Article, ...],
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Searcher]:
    """Return a searcher on the fixture index, or on a copy with a second segment.

    Indexing workers each write their own segments, so ranking must also agree with Whoosh
    when term frequencies and lengths are per segment and idf is the whole index's.
    """
    directory = index_dir
    if request.param == "two segments":
        directory = tmp_path_factory.mktemp("segments") / "index"
        shutil.copytree(index_dir, directory, symlinks=True)
        with open_live(directory).writer() as writer:
            writer.merge = False
            for article in articles[::2]:
                doc = article_to_document(article, f"copy/{article.id}", "copy")
                writer.add_document(**{k: v for k, v in doc.items() if v is not None})
    with open_live(directory).searcher() as opened:
        assert len(opened.reader().leaf_readers()) == (2 if directory != index_dir else 1)
        yield opened


def _whoosh(query: Q.Query) -> Q.Query:
    """Return the same query with Whoosh's own Phrase in place of CachedPhrase."""
    if isinstance(query, CachedPhrase):
        return Q.Phrase(query.fieldname, query.words)
    if isinstance(query, (Q.Or, Q.And)):
        return type(query)([_whoosh(q) for q in query.subqueries])
    if isinstance(query, Q.AndNot):
        return Q.AndNot(_whoosh(query.a), _whoosh(query.b))
    return query


@pytest.mark.parametrize("name", QUERIES)
def test_masks_and_ranking_match_whoosh(searcher: Searcher, name: str) -> None:
    query = QUERIES[name]()
    mask = query_mask(searcher, query, SHARED)
    expected = set(searcher.docs_for_query(_whoosh(query)))
    assert set(np.flatnonzero(mask).tolist()) == expected
    docs = np.flatnonzero(mask)
    scores = bm25.scores(searcher, query, SHARED, docs)
    assert scores is not None
    collector = searcher.collector(limit=len(docs) + 1)
    searcher.search_with_collector(_whoosh(query), collector)
    whoosh_order = [docnum for _, docnum in collector.results().top_n]
    assert top_by_key(-scores, docs, len(docs)) == whoosh_order


@pytest.mark.parametrize(
    ("ranks", "limit", "expected"),
    [
        ([3, 1, 2], 2, [11, 12]),
        ([1, 1, 0], 2, [12, 10]),  # ties go to the lower document number
        ([5, 5, 5], 1, [10]),
        ([2, 1, 3], 0, []),
    ],
)
def test_top_by_key_orders_by_rank_then_document(
    ranks: list[int], limit: int, expected: list[int]
) -> None:
    assert top_by_key(np.array(ranks), np.array([10, 11, 12]), limit) == expected
