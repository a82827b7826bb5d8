"""A term's postings as numpy arrays, read a block at a time, cached per index generation.

Whoosh's matchers yield documents one Python call each; whoosh-reloaded 2.7.5's block reader
keeps a block's ids and weights as lists, which are read here whole.
"""

from __future__ import annotations

from collections.abc import Callable
from pickle import loads
from typing import Protocol

import numpy as np
from whoosh.formats import Positions
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader


class MaskCache(Protocol):
    """Where masks live for one index generation (shared.SharedData)."""

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


def combine(masks: list[np.ndarray], operation: np.ufunc, count: int) -> np.ndarray:
    """Return the masks joined by ``operation`` (no masks: nothing)."""
    if not masks:
        return np.zeros(count, dtype=bool)
    combined = masks[0].copy()
    for mask in masks[1:]:
        operation(combined, mask, out=combined)
    return combined


def block_reader(leaf: Matcher) -> bool:
    """Tell whether a leaf matcher is whoosh-reloaded 2.7.5's block reader (ids by block)."""
    names = ("_read_ids", "_next_block", "_ids", "_i", "_maxid")
    return all(hasattr(leaf, name) for name in names)


def positions(
    reader: IndexReader, field: str, word: bytes, near: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Return (documents, positions) of ``word``, one pair per occurrence, in ``near``'s documents.

    Positions are decoded only for those documents, into flat arrays: one pickle load per
    document, the rest in numpy.
    """
    matcher = reader.postings(field, word)
    leaf = matcher.child if isinstance(matcher, FilterMatcher) else matcher
    docs: list[int] = []
    counts: list[int] = []
    gaps: list[int] = []
    if not block_reader(leaf):
        for docnum in np.flatnonzero(near).tolist():
            matcher.skip_to(docnum)
            found = list(matcher.value_as("positions"))
            docs.append(docnum)
            counts.append(len(found))
            gaps.extend(np.diff(found, prepend=0).tolist())
        return _flat(docs, counts, gaps)
    # Positions are stored as a 4-byte count and a pickled list of gaps (formats.Positions).
    plain = type(reader.schema[field].format) is Positions
    wanted, at = np.flatnonzero(near), 0
    while leaf.is_active() and at < len(wanted):
        if wanted[at] > leaf._maxid:  # no wanted document in this block: its data is not read
            leaf._next_block()
            continue
        at = int(np.searchsorted(wanted, leaf._maxid, side="right"))
        leaf._read_ids()
        ids = np.asarray(leaf._ids, dtype=np.int64)
        for i in np.flatnonzero(near[ids]).tolist():
            leaf._i = i
            if plain:
                value = leaf.value()
                found = loads(value[4:] if value.endswith(b".") else value[4:] + b".")
            else:
                found = np.diff(list(leaf.value_as("positions")), prepend=0).tolist()
            docs.append(int(ids[i]))
            counts.append(len(found))
            gaps.extend(found)
        leaf._next_block()
    return _flat(docs, counts, gaps)


def _flat(docs: list[int], counts: list[int], gaps: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """Return one document number per occurrence and its position (gaps summed per document)."""
    sizes = np.asarray(counts, dtype=np.int64)
    summed = np.cumsum(np.asarray(gaps, dtype=np.int64))
    ends = np.cumsum(sizes)
    before = np.concatenate(([0], summed[ends[:-1] - 1])) if len(sizes) else summed[:0]
    return np.repeat(np.asarray(docs, dtype=np.int64), sizes), summed - np.repeat(before, sizes)


def term_ids(reader: IndexReader, field: str, text: bytes) -> np.ndarray | None:
    """Return a term's live document numbers in one segment, or None (no block reader)."""
    matcher = reader.postings(field, text)
    if not block_reader(matcher):  # also None with deletions: the caller reads them itself
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
    if block_reader(leaf):
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


def word_weights(reader: IndexReader, field: str, text: bytes, cache: MaskCache) -> np.ndarray:
    """Return a term's weight (its frequency) in each document, 0 where absent (cached)."""
    key = ("term", segment_key(reader), field, text)
    return cached(cache, key, lambda: term_weights(reader, field, text))


def word_mask(reader: IndexReader, field: str, text: bytes, cache: MaskCache) -> np.ndarray:
    """Return a segment's documents holding a term."""
    return word_weights(reader, field, text, cache) > 0
