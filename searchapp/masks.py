"""Whoosh queries as numpy masks: AND/OR/NOT as array operations over cached term postings.

Counting and filtering need the set of documents a query matches, not scores; Whoosh's own
matchers yield them one Python call per document. Here terms come from postings.py (a block at
a time), phrases from phrases.py (positions checked once per generation), and the tree is
combined with numpy.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from whoosh import query as Q
from whoosh.collectors import TopCollector
from whoosh.searching import Searcher

from searchapp.exceptions import SearchTimeout
from searchapp.phrases import CachedPhrase
from searchapp.postings import MaskCache, combine, word_mask


def query_mask(
    searcher: Searcher, q: Q.Query, cache: MaskCache, deadline: float = float("inf")
) -> np.ndarray:
    """Return the mask of the documents a query matches; SearchTimeout past ``deadline``."""
    reader = searcher.reader()
    found = np.zeros(reader.doc_count_all(), dtype=bool)
    for leaf, offset in searcher.leaf_searchers():
        part = _Masker(leaf, cache, deadline).mask(q)
        found[offset : offset + len(part)] = part
    return found


@dataclass
class _Masker:
    """Evaluate a query tree over one segment."""

    searcher: Searcher
    cache: MaskCache
    deadline: float

    def mask(self, q: Q.Query) -> np.ndarray:
        """Return the segment's documents matching ``q``."""
        if time.monotonic() > self.deadline:
            raise SearchTimeout(self.deadline)
        searcher, reader, cache = self.searcher, self.searcher.reader(), self.cache
        count = reader.doc_count_all()
        if isinstance(q, Q.Term):
            text = searcher.schema[q.fieldname].to_bytes(q.text)
            return word_mask(reader, q.fieldname, text, cache)
        if isinstance(q, CachedPhrase):
            return q.segment_mask(searcher)
        if isinstance(q, (Q.Or, Q.And)):
            parts = [self.mask(c) for c in q.subqueries]
            operation = np.logical_or if isinstance(q, Q.Or) else np.logical_and
            return combine(parts, operation, count)
        if isinstance(q, Q.AndNot):
            return self.mask(q.a) & ~self.mask(q.b)
        if isinstance(q, Q.Every) and q.fieldname in (None, "*") and not reader.has_deletions():
            return np.ones(count, dtype=bool)
        # Prefixes, phrases and anything else: Whoosh's matcher, one document at a time.
        found = np.zeros(count, dtype=bool)
        found[np.fromiter(q.docs(searcher), dtype=np.int64)] = True
        return found


class KeptTopCollector(TopCollector):  # type: ignore[misc]
    """Whoosh's top-N collector, visiting only the documents a global mask keeps.

    The matcher skips straight to each kept document (and the list of kept documents jumps
    past the ones the query cannot match), so a narrow filter costs what it keeps, not what
    the query matches. Scores are the matcher's own, as with Whoosh's filter.
    """

    def __init__(self, kept: np.ndarray, limit: int) -> None:
        super().__init__(limit=limit)
        self.kept = kept

    def matches(self) -> Iterator[int]:
        """Yield the segment's document numbers that are both kept and matched, in order."""
        matcher, offset = self.matcher, self.offset
        count = self.subsearcher.reader().doc_count_all()
        ids = np.flatnonzero(self.kept[offset : offset + count]).tolist()
        at = 0
        while at < len(ids) and matcher.is_active():
            docnum = ids[at]
            if matcher.id() < docnum:
                matcher.skip_to(docnum)
                if not matcher.is_active():
                    break
            current = matcher.id()
            if current == docnum:
                yield docnum
                at += 1
            else:
                at = bisect_left(ids, current, at)
