"""Whoosh's BM25F ranking, computed with numpy for the documents a search keeps.

Whoosh scores one document per Python call; a common word on 100k articles means 100k calls
for one page of results. Here each term's weights (cached per generation, see masks.py) and
each field's lengths (read once) are arrays, so a query of terms, phrases, AND, OR and NOT is
scored in a few array operations, with Whoosh's own formula and statistics. Other queries
(prefixes, "every document") return None and are ranked by Whoosh.
"""

from __future__ import annotations

import numpy as np
from whoosh import query as Q
from whoosh.codec.whoosh3 import LENGTHS_COLUMN
from whoosh.scoring import BM25F
from whoosh.searching import Searcher
from whoosh.util.numeric import byte_to_length

from searchapp.masks import query_mask
from searchapp.phrases import CachedPhrase
from searchapp.postings import MaskCache, segment_key, word_postings

BYTE_LENGTHS = np.array([byte_to_length(b) for b in range(256)], dtype=np.float64)
BYTE_LENGTHS[0] = 1  # Whoosh reads a zero length byte as its default, 1


class Unsupported(Exception):
    """A query part this module does not score; Whoosh ranks the search instead."""


def field_lengths(searcher: Searcher, field: str, cache: MaskCache) -> np.ndarray:
    """Return each document's length byte in ``field`` (kept per generation: a byte each).

    BYTE_LENGTHS turns them into the lengths Whoosh's scorer sees.
    """
    reader = searcher.reader()

    def build() -> np.ndarray:
        perdoc = getattr(reader, "_perdoc", None)
        column = perdoc._cached_reader(f"_{field}_len", LENGTHS_COLUMN) if perdoc else None
        count = reader.doc_count_all()
        if column is None:
            raise Unsupported(field)
        stored = np.zeros(count, dtype=np.uint8)
        if all(hasattr(column, name) for name in ("_dbfile", "_basepos", "_count")):
            size = min(column._count, count)  # one byte per document, read at once
            raw = column._dbfile.get(column._basepos, size)
            stored[:size] = np.frombuffer(raw, dtype=np.uint8)
        else:
            stored[:] = np.fromiter(column, dtype=np.uint8, count=count)
        return stored

    return cache.remembered(("lengths", segment_key(reader), field), build)


def scores(searcher: Searcher, q: Q.Query, cache: MaskCache, docs: np.ndarray) -> np.ndarray | None:
    """Return the BM25F scores of ``q`` for the documents ``docs``, or None if unsupported."""
    weighting = searcher.weighting
    if type(weighting) is not BM25F:
        return None
    found = np.zeros(len(docs), dtype=np.float64)
    averages: dict[str, float] = {}  # each field's average length: a sum over segments
    try:
        # Segment by segment, as Whoosh scores: term frequencies and field lengths are the
        # segment's, idf and average length the whole index's (an index written by several
        # workers has several segments).
        for leaf, offset in searcher.leaf_searchers():
            inside = (docs >= offset) & (docs < offset + leaf.doc_count_all())
            if inside.any():
                scorer = _Scorer(leaf, searcher, weighting, cache, docs[inside] - offset)
                scorer.averages = averages  # shared by the segments' scorers
                found[inside] = scorer.score(q)[0]
    except Unsupported:
        return None
    return found


class _Scorer:
    """Score a query tree over one segment's searcher, with the whole index's statistics."""

    def __init__(
        self,
        searcher: Searcher,
        top: Searcher,
        weighting: BM25F,
        cache: MaskCache,
        docs: np.ndarray,
    ) -> None:
        self.searcher, self.top, self.weighting = searcher, top, weighting
        self.cache, self.docs = cache, docs
        self.averages: dict[str, float] = {}

    def term(self, field: str, text: str, boost: float) -> tuple[np.ndarray, np.ndarray]:
        """Return (scores, mask) of one term, with Whoosh's BM25F arithmetic."""
        searcher = self.searcher
        if field not in searcher.schema or not searcher.schema[field].scorable or boost != 1:
            raise Unsupported(field)
        raw = searcher.schema[field].to_bytes(text)
        reader = searcher.reader()
        postings = word_postings(reader, field, raw, self.cache)
        if not len(postings.ids):  # absent from this segment: no lengths or idf needed
            return np.zeros(len(self.docs)), np.zeros(len(self.docs), dtype=bool)
        tf = postings.dense(reader.doc_count_all())[self.docs].astype(np.float64)
        matched = tf > 0
        idf = self.top.idf(field, raw)
        if (avgfl := self.averages.get(field)) is None:
            avgfl = self.averages[field] = self.top.avg_field_length(field) or 1
        b = self.weighting._field_B.get(field, self.weighting.B)
        k1 = self.weighting.K1
        fl = BYTE_LENGTHS[field_lengths(searcher, field, self.cache)[self.docs]]
        found = idf * ((tf * (k1 + 1)) / (tf + k1 * ((1 - b) + b * fl / avgfl)))
        found[~matched] = 0
        return found, matched

    def score(self, q: Q.Query) -> tuple[np.ndarray, np.ndarray]:
        """Return (scores, mask) of a query node, over the chosen documents."""
        if isinstance(q, CachedPhrase):
            total, _ = self.score(Q.And([Q.Term(q.fieldname, w) for w in q.words]))
            matched = q.segment_mask(self.searcher)[self.docs]
            return np.where(matched, total, 0), matched
        if isinstance(q, Q.Term):
            return self.term(q.fieldname, q.text, q.boost)
        if isinstance(q, (Q.Or, Q.And)) and q.boost == 1 and q.subqueries:
            parts = [self.score(child) for child in q.subqueries]
            total = parts[0][0].copy()
            matched = parts[0][1].copy()
            combine = np.logical_or if isinstance(q, Q.Or) else np.logical_and
            for part_scores, part_mask in parts[1:]:
                total += part_scores
                combine(matched, part_mask, out=matched)
            total[~matched] = 0
            return total, matched
        if isinstance(q, Q.AndNot):
            total, matched = self.score(q.a)
            matched = matched & ~query_mask(self.searcher, q.b, self.cache)[self.docs]
            return np.where(matched, total, 0), matched
        raise Unsupported(type(q).__name__)
