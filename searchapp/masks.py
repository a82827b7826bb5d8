"""Whoosh queries as numpy masks: term postings read block by block, phrases checked once.

Counting and filtering need the set of documents a query matches, not scores; Whoosh's own
matchers yield them one Python call per document. Here a term's postings are read a block at a
time, AND/OR/NOT are numpy operations, and a phrase's positions are checked once per segment and
index generation (its mask is cached), only where all its words occur.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from pickle import loads
from typing import Protocol

import numpy as np
from whoosh import query as Q
from whoosh.collectors import TopCollector
from whoosh.formats import Positions
from whoosh.matching import Matcher, NullMatcher, WrappingMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from searchapp.errors import SearchTimeout


class MaskCache(Protocol):
    """Where masks live for one index generation (engine.SharedData)."""

    def cached_mask(self, key: tuple[object, ...]) -> np.ndarray | None:
        """Return a cached mask, or None."""

    def cache_mask(self, key: tuple[object, ...], mask: np.ndarray) -> None:
        """Remember a mask."""


def segment_key(reader: IndexReader) -> object:
    """Return what names a segment reader's documents within one generation."""
    segment = reader.segment()
    return segment.segment_id() if segment is not None else id(reader)


def cached(
    cache: MaskCache, key: tuple[object, ...], build: Callable[[], np.ndarray]
) -> np.ndarray:
    """Return the cached mask for ``key``, building and caching it when missing."""
    mask = cache.cached_mask(key)
    if mask is None:
        mask = build()
        cache.cache_mask(key, mask)
    return mask


def phrase_mask(
    reader: IndexReader, field: str, words: list[bytes], near: np.ndarray
) -> np.ndarray:
    """Return the documents of one segment holding ``words`` at consecutive positions.

    ``near`` holds the documents with every word: positions are decoded only for those, and
    each next word only for the documents where the phrase so far still holds.
    """
    starts = {doc: set(found) for doc, found in _positions(reader, field, words[0], near).items()}
    for offset, word in enumerate(words[1:], 1):
        table = _positions(reader, field, word, near)
        kept = {}
        for doc, begun in starts.items():
            begun.intersection_update(p - offset for p in table[doc])
            if begun:
                kept[doc] = begun
        starts = kept
        near = np.zeros(reader.doc_count_all(), dtype=bool)
        near[list(starts)] = True
    return near


def _positions(reader: IndexReader, field: str, word: bytes, near: np.ndarray) -> dict:
    """Return docnum → positions of ``word`` for the documents ``near`` holds."""
    matcher = reader.postings(field, word)
    leaf = matcher.child if isinstance(matcher, FilterMatcher) else matcher
    found = {}
    if not _block_reader(leaf):
        for docnum in np.flatnonzero(near).tolist():
            matcher.skip_to(docnum)
            found[docnum] = matcher.value_as("positions")
        return found
    # Positions are stored as a 4-byte count and a pickled list of gaps (formats.Positions).
    plain = type(reader.schema[field].format) is Positions
    while leaf.is_active():
        leaf._read_ids()
        ids = np.asarray(leaf._ids, dtype=np.int64)
        for i in np.flatnonzero(near[ids]).tolist():
            leaf._i = i
            if plain:
                value = leaf.value()
                gaps = loads(value[4:] if value.endswith(b".") else value[4:] + b".")
                found[int(ids[i])] = accumulate(gaps)
            else:
                found[int(ids[i])] = leaf.value_as("positions")
        leaf._next_block()
    return found


def _block_reader(leaf: Matcher) -> bool:
    """Tell whether a leaf matcher is whoosh-reloaded 2.7.5's block reader (ids by block)."""
    return all(hasattr(leaf, name) for name in ("_read_ids", "_next_block", "_ids", "_i"))


class MaskMatcher(WrappingMatcher):  # type: ignore[misc]
    """Keep the wrapped matcher's documents that a boolean mask holds (scores unchanged)."""

    def __init__(self, child: Matcher, mask: np.ndarray) -> None:
        super().__init__(child)
        self.mask = mask
        self._find_next()

    def _replacement(self, newchild: Matcher) -> MaskMatcher:
        return MaskMatcher(newchild, self.mask)

    def copy(self) -> MaskMatcher:
        """Return an independent copy."""
        return MaskMatcher(self.child.copy(), self.mask)

    def _find_next(self) -> bool:
        child, mask, moved = self.child, self.mask, False
        while child.is_active() and not mask[child.id()]:
            moved = child.next() or moved
        return moved

    def next(self) -> bool:
        """Move to the next kept document."""
        moved = self.child.next()
        return self._find_next() or moved

    def skip_to(self, docnum: int) -> bool:
        """Move to the first kept document at or after ``docnum``."""
        moved = self.child.skip_to(docnum)
        return self._find_next() or moved

    def skip_to_quality(self, minquality: float) -> int:
        """Skip low-quality blocks, then on to a kept document."""
        skipped = self.child.skip_to_quality(minquality)
        self._find_next()
        return skipped

    def all_ids(self) -> Iterator[int]:
        """Yield every kept document number."""
        mask = self.mask
        return (docnum for docnum in self.child.all_ids() if mask[docnum])


class CachedPhrase(Q.Phrase):  # type: ignore[misc]
    """A phrase whose positions are checked once per segment and generation, then kept as a mask.

    It matches and scores exactly like Whoosh's Phrase (whose score is its words' AND score).
    """

    def __init__(self, fieldname: str, words: list[str], shared: MaskCache) -> None:
        super().__init__(fieldname, words)
        self.shared = shared

    def segment_mask(self, searcher: Searcher) -> np.ndarray:
        """Return the documents of a segment holding the phrase (cached per generation)."""
        reader = searcher.reader()
        field = searcher.schema[self.fieldname]
        words = [field.to_bytes(w) for w in self.words]

        def build() -> np.ndarray:
            near = _combine(
                [word_mask(reader, self.fieldname, w, self.shared) for w in words],
                np.logical_and,
                reader.doc_count_all(),
            )
            return phrase_mask(reader, self.fieldname, words, near) if near.any() else near

        return cached(
            self.shared, ("phrase", segment_key(reader), self.fieldname, tuple(words)), build
        )

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        """Return the AND of the words, kept to the documents holding the phrase."""
        mask = self.segment_mask(searcher)
        if not mask.any():
            return NullMatcher()
        both = Q.And([Q.Term(self.fieldname, w) for w in self.words])
        return MaskMatcher(both.matcher(searcher, context), mask)


def word_mask(reader: IndexReader, field: str, text: bytes, cache: MaskCache) -> np.ndarray:
    """Return a segment's documents holding a term."""
    return word_weights(reader, field, text, cache) > 0


def word_weights(reader: IndexReader, field: str, text: bytes, cache: MaskCache) -> np.ndarray:
    """Return a term's weight (its frequency) in each document, 0 where absent (cached)."""
    key = ("term", segment_key(reader), field, text)
    return cached(cache, key, lambda: term_weights(reader, field, text))


def term_ids(reader: IndexReader, field: str, text: bytes) -> np.ndarray | None:
    """Return a term's live document numbers in one segment, or None (no block reader)."""
    matcher = reader.postings(field, text)
    if not _block_reader(matcher):  # also None with deletions: the caller reads them itself
        return None
    chunks = []
    while matcher.is_active():
        matcher._read_ids()
        chunks.append(np.asarray(matcher._ids, dtype=np.int32))
        matcher._next_block()
    return np.concatenate(chunks) if chunks else np.zeros(0, dtype=np.int32)


def term_weights(reader: IndexReader, field: str, text: bytes) -> np.ndarray:
    """Return a term's weights in one segment's live documents, read a block at a time."""
    found = np.zeros(reader.doc_count_all(), dtype=np.float32)
    if (field, text) not in reader:
        return found
    matcher = reader.postings(field, text)
    deleted = isinstance(matcher, FilterMatcher)
    leaf = matcher.child if deleted else matcher
    if _block_reader(leaf):
        while leaf.is_active():  # whoosh-reloaded 2.7.5's block reader: arrays per block
            leaf._read_ids()
            leaf._read_weights()
            found[np.asarray(leaf._ids, dtype=np.int64)] = np.asarray(leaf._weights)
            leaf._next_block()
    else:
        while leaf.is_active():
            found[leaf.id()] = leaf.weight()
            leaf.next()
    if deleted:
        found[np.fromiter(matcher._ids, dtype=np.int64)] = 0
    return found


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
            return _combine(parts, operation, count)
        if isinstance(q, Q.AndNot):
            return self.mask(q.a) & ~self.mask(q.b)
        if isinstance(q, Q.Every) and q.fieldname in (None, "*") and not reader.has_deletions():
            return np.ones(count, dtype=bool)
        # Prefixes, phrases and anything else: Whoosh's matcher, one document at a time.
        found = np.zeros(count, dtype=bool)
        found[np.fromiter(q.docs(searcher), dtype=np.int64)] = True
        return found


def _combine(masks: list[np.ndarray], operation: np.ufunc, count: int) -> np.ndarray:
    if not masks:
        return np.zeros(count, dtype=bool)
    combined = masks[0].copy()
    for mask in masks[1:]:
        operation(combined, mask, out=combined)
    return combined


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
