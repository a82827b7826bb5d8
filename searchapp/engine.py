"""The search app's one door to Whoosh: one thread's searcher, answering searches and articles.

The jobs live beside it: compiler.py (queries), masks.py/phrases.py/postings.py (matches as
arrays), bm25.py (ranking), filtermasks.py and facetcounts.py (filters and counts), shared.py
(per-generation data), highlight.py, suggest.py and related.py.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import numpy as np
from markupsafe import Markup
from whoosh import collectors
from whoosh import query as Q
from whoosh.searching import Searcher

from indexer import fields as F
from searchapp import bm25, filtermasks
from searchapp.compiler import TEXT_FIELDS, QueryCompiler
from searchapp.exceptions import SearchTimeout
from searchapp.facetcounts import count_facets, top_by_key
from searchapp.labels import fold
from searchapp.masks import KeptTopCollector, query_mask
from searchapp.persons import People
from searchapp.query import Node
from searchapp.related import related
from searchapp.request import SearchRequest
from searchapp.results import Hit, SearchResult, StoredArticle
from searchapp.shared import UNDATED, FacetCounts, SharedData
from searchapp.suggest import Speller, suggest

# A search estimated above this many postings runs against the clock; past TIME_LIMIT seconds
# it is stopped and answered with 503 (cheap searches skip the timer thread).
TIMED_FROM = 200_000
TIME_LIMIT = 5.0


class Engine:
    """One thread's searcher of one index generation, with the generation's shared data."""

    def __init__(self, searcher: Searcher, shared: SharedData | None = None) -> None:
        self.searcher = searcher
        self.reader = searcher.reader()
        self.analyzer = searcher.schema[F.BODY].analyzer
        self.shared = shared if shared is not None else SharedData()
        self.compiler = QueryCompiler(self.reader, self.analyzer, self.shared)
        self.speller = Speller(
            searcher, self.compiler, lambda: self.shared.words(self.reader, TEXT_FIELDS)
        )
        # The ranked search and the facet counts of one request need the same filter masks.
        self._last_masks: tuple[object, filtermasks.Filters] | None = None

    def close(self) -> None:
        """Release the searcher's files."""
        self.searcher.close()

    def compile(self, node: Node | None) -> Q.Query | None:
        """Return the Whoosh query for a parsed query tree (None: nothing to search)."""
        return self.compiler.compile(node)

    def cost(self, q: Q.Query) -> int:
        """Estimate the work of a query: the postings its terms make the searcher read."""
        return self.compiler.cost(q)

    def people(self) -> People:
        """Return the generation's people (spellings merged per person), read once."""
        return self.shared.people(self.reader)

    # -- searching -----------------------------------------------------------------------

    def main_query(self, request: SearchRequest) -> Q.Query:
        """Return the query part of a request (every article when there is none)."""
        if request.query is None:
            return Q.Every()
        compiled = self.compile(request.query)
        return compiled if compiled is not None else Q.NullQuery

    def search(self, request: SearchRequest) -> SearchResult:
        """Run a search: one page of hits, total, facet counts and a suggestion."""
        q = self.main_query(request)
        matched = self._matched(q)
        total, counts = self.facet_counts(q, request, matched)
        docnums = self._top(q, request, matched, request.page * request.per_page)
        terms = self._body_terms(q) if request.query is not None else frozenset()
        marker = self.shared.highlighter(terms, self.compiler.tokens)
        hits = []
        for docnum in docnums[request.offset : request.offset + request.per_page]:
            article = StoredArticle.from_stored(self.searcher.stored_fields(docnum))
            # An index written before bodies were always stored may lack one (headline only).
            hits.append(Hit(article, marker.snippet(article.text)))
        aliases = {"person": self.people().spellings}  # looked up for the values shown only
        suggestion = suggest(request, total, self.speller, self.count)
        return SearchResult(total, hits, counts, suggestion, aliases)

    def _body_terms(self, q: Q.Query) -> frozenset[str]:
        """Return the body words a query looks for (prefixes expanded), for highlighting."""
        found = set()
        for leaf in q.leaves():
            for field, text in leaf.expanded_terms(self.reader, phrases=True):
                if field == F.BODY:
                    found.add(text.decode("utf-8") if isinstance(text, bytes) else text)
        return frozenset(found)

    def _matched(self, q: Q.Query) -> np.ndarray:
        """Return the mask of the documents a query matches, before any filter."""
        count = self.reader.doc_count_all()
        if isinstance(q, Q.Every) and not self.reader.has_deletions():
            return np.ones(count, dtype=bool)
        # Unscored: only document numbers are read, never stored fields or columns.
        deadline = time.monotonic() + TIME_LIMIT if self.cost(q) > TIMED_FROM else float("inf")
        try:
            return query_mask(self.searcher, q, self.shared, deadline)
        except SearchTimeout as error:
            raise SearchTimeout(TIME_LIMIT) from error

    def _top(
        self, q: Q.Query, request: SearchRequest, matched: np.ndarray, limit: int
    ) -> list[int]:
        """Return the document numbers of the top ``limit`` filtered matches, in order."""
        kept = filtermasks.kept(self._masks(request), matched)
        docs = np.flatnonzero(kept)
        if not len(docs):
            return []
        sort = request.effective_sort
        if sort != "relevance" or isinstance(q, Q.Every):
            # Dates sort as numbers: the newest first puts undated articles (UNDATED) last.
            dates = self.shared.dates(self.reader)[docs]
            if sort == "newest":
                return top_by_key(-np.where(dates == UNDATED, -1, dates), docs, limit)
            return top_by_key(dates, docs, limit)
        if (scored := bm25.scores(self.searcher, q, self.shared, docs)) is not None:
            return top_by_key(-scored, docs, limit)
        if kept is matched:
            collector = self.searcher.collector(limit=limit)  # skips low-scoring blocks
        else:
            collector = KeptTopCollector(kept, limit)
        if self.cost(q) > TIMED_FROM:
            collector = collectors.TimeLimitCollector(collector, TIME_LIMIT, use_alarm=False)
        try:
            self.searcher.search_with_collector(q, collector)
        except collectors.TimeLimit as error:
            raise SearchTimeout(TIME_LIMIT) from error
        return [docnum for _, docnum in collector.results().top_n]

    def count(self, request: SearchRequest) -> int:
        """Return how many articles match a request."""
        return self.facet_counts(self.main_query(request), request)[0]

    def facet_counts(
        self, q: Q.Query, request: SearchRequest, matched: np.ndarray | None = None
    ) -> FacetCounts:
        """Return the total and, per facet, value → count with the other facets' filters only."""
        key = (q, request.filter_key)
        if (cached := self.shared.cached_counts(key)) is not None:
            return cached
        if matched is None:
            matched = self._matched(q)
        postings = self.shared.facet_postings(self.reader)
        found = count_facets(postings, matched, *self._masks(request))
        self.shared.cache_counts(key, found)
        return found

    def _masks(self, request: SearchRequest) -> filtermasks.Filters:
        """Return the request's facet filters and date masks, built once per request."""
        key = request.filter_key
        if self._last_masks is None or self._last_masks[0] != key:
            facets = filtermasks.facet_filters(
                request,
                self.shared.facet_postings(self.reader),
                self.compiler.keyword_values,
                self.reader.doc_count_all(),
            )
            dates = filtermasks.date_masks(request, lambda: self.shared.dates(self.reader))
            self._last_masks = (key, (facets, dates))
        return self._last_masks[1]

    def stored_value(self, name: str, value: str) -> str | None:
        """Return the stored person or outlet a typed value names (any case/accents), or None."""
        if name == "person":
            return self.people().resolve(value)
        found = self.shared.folded_lexicon(self.reader, F.FACET_FIELDS[name]).get(fold(value))
        return found[0] if found else None

    def export(self, request: SearchRequest, limit: int) -> tuple[int, Iterator[StoredArticle]]:
        """Return the total and up to ``limit`` matching articles in order, read as consumed."""
        q = self.main_query(request)
        matched = self._matched(q)
        total = int(filtermasks.kept(self._masks(request), matched).sum())
        docnums = self._top(q, request, matched, limit)
        stored = self.searcher.stored_fields
        return total, (StoredArticle.from_stored(stored(docnum)) for docnum in docnums)

    # -- single articles -----------------------------------------------------------------

    def article(self, article_id: str) -> StoredArticle | None:
        """Return an article by id, or None."""
        docnum = self.searcher.document_number(**{F.ID: article_id})
        if docnum is None:
            return None
        return StoredArticle.from_stored(self.searcher.stored_fields(docnum))

    def related(self, article: StoredArticle, limit: int = 5) -> list[StoredArticle]:
        """Return articles like this one: similar text first, then shared countries/topics."""
        return related(self.searcher, article, limit)

    def matched_terms(self, compiled: Q.Query) -> set[str]:
        """Return the text-field terms of a query that occur in the index, prefixes expanded."""
        # Query.existing_terms() is not used: it reuses its field argument as a loop variable,
        # so after the first term it drops every term of another field.
        found: set[str] = set()
        for leaf in compiled.leaves():
            for field, text in leaf.expanded_terms(self.reader, phrases=True):
                if field in TEXT_FIELDS:
                    word = text.decode("utf-8") if isinstance(text, bytes) else text
                    if (field, word) in self.reader:
                        found.add(word)
        return found

    def highlight_paragraphs(self, text: str, request: SearchRequest | None) -> list[Markup]:
        """Return the text's paragraphs, escaped, with the request's query terms marked."""
        compiled = None
        if request is not None and request.query is not None:
            compiled = self.compile(request.query)
        terms = frozenset(self.matched_terms(compiled)) if compiled is not None else frozenset()
        return self.shared.highlighter(terms, self.compiler.tokens).paragraphs(text)
