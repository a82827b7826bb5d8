"""A term's postings as numpy arrays, read a block at a time, cached per index generation.

Whoosh's matchers yield documents one Python call each; whoosh-reloaded 2.7.5's block reader
keeps a block's ids and weights as lists, which are read here whole.
"""

from __future__ import annotations

import io
import pickle
import struct
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pickle import loads
from typing import Protocol

import numpy as np
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader, TermNotFound


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


def field_postings(reader: IndexReader, field: str) -> Iterator[tuple[str, np.ndarray]]:
    """Yield each value of a field with its live documents (global numbers), in term order.

    whoosh-reloaded 2.7.5's terms are walked in file order (no hash look-up or matcher per
    term) and their blocks decoded straight from the postings file: one zlib and pickle call
    per block of ~100 documents, no Python call per document. Another codec falls back to
    Whoosh's matchers.
    """
    found: dict[bytes, list[np.ndarray]] = {}
    for leaf, base in reader.leaf_readers():
        if field not in leaf.schema or not leaf.doc_count_all():
            continue
        deleted = _deleted(leaf)
        for text, ids in _segment_terms(leaf, field):
            found.setdefault(text, []).append(_live(ids, deleted) + base)
    for text in sorted(found):
        parts = found[text]
        yield text.decode("utf-8"), parts[0] if len(parts) == 1 else np.concatenate(parts)


def term_docs(reader: IndexReader, field: str, text: str) -> np.ndarray:
    """Return one term's live documents (global numbers), read like field_postings."""
    raw = text.encode("utf-8")
    parts = [
        _live(_term_ids(leaf, field, raw, leaf.term_info(field, raw)), _deleted(leaf)) + base
        for leaf, base in reader.leaf_readers()
        if field in leaf.schema and (field, raw) in leaf
    ]
    return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int32)


def _deleted(leaf: IndexReader) -> np.ndarray | None:
    """Return a segment's deleted document numbers, or None."""
    if not leaf.has_deletions():
        return None
    deleted = leaf.deleted_docs_set  # a cached property of SegmentReader, a method elsewhere
    return np.fromiter(deleted() if callable(deleted) else deleted, dtype=np.int64)


def _live(ids: np.ndarray, deleted: np.ndarray | None) -> np.ndarray:
    """Return document numbers less the deleted ones, as int32."""
    if deleted is not None:
        ids = ids[~np.isin(ids, deleted)]
    return ids.astype(np.int32)


def _segment_terms(leaf: IndexReader, field: str) -> Iterator[tuple[bytes, np.ndarray]]:
    """Yield each term of a field in one segment with every document holding it (deleted too)."""
    terms = getattr(leaf, "_terms", None)
    if not hasattr(terms, "_postfile") or not hasattr(terms, "items_from"):
        for raw in leaf.lexicon(field):
            yield raw, _term_ids(leaf, field, raw, None)
        return
    for (name, text), info in terms.items_from(field, b""):
        if name != field:
            return
        yield text, _term_ids(leaf, field, text, info)


def _term_ids(leaf: IndexReader, field: str, text: bytes, info: object) -> np.ndarray:
    """Return a term's document numbers in one segment from its whoosh3 term info, if any."""
    postfile = getattr(getattr(leaf, "_terms", None), "_postfile", None)
    if postfile is None or not hasattr(info, "extent"):
        return np.fromiter(leaf.postings(field, text).all_ids(), dtype=np.int64)
    if info.is_inlined():
        return np.asarray(info.inlined_postings()[0], dtype=np.int64)
    offset, length = info.extent()
    if isinstance(length, tuple):  # whoosh3's W3TermInfo.from_bytes leaves it unpacked
        length = length[0]
    return _block_ids(postfile.get(offset, length))


_INT = struct.Struct("!i")


def _block_ids(posted: bytes) -> np.ndarray:
    """Return the document numbers of one term's postings (whoosh3 blocks after a 4-byte tag)."""
    return _block_postings(posted).ids


def _block_postings(posted: bytes, values: bool = False) -> Postings:
    """Return the document numbers, weights and (if asked) values of one term's postings.

    After a 4-byte tag, each whoosh3 block: a signed length (negative for the last), a pickled
    info tuple (count, last id, max weight, compression, ...), then the pickled (ids as gaps
    from 0, weights, values), zlib'd when compression is set. Weights are None (all 1), one
    float (all the same) or one per posting.
    """
    stream = io.BytesIO(posted)
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    found = Postings(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), [])
    at = 4
    while at < len(posted):
        (length,) = _INT.unpack_from(posted, at)
        end = at + 4 + abs(length)
        stream.seek(at + 4)
        info = pickle.load(stream)
        data = posted[stream.tell() : end]
        gaps, weighed, held = loads(zlib.decompress(data) if info[3] else data)
        ids.append(np.cumsum(np.asarray(gaps, dtype=np.int64)))
        if weighed is None or isinstance(weighed, float):
            weights.append(np.full(len(gaps), 1.0 if weighed is None else weighed, np.float32))
        else:
            weights.append(np.asarray(weighed, dtype=np.float32))
        if values:
            found.values.extend(held)
        at = end
        if length < 0:
            break
    if not ids:
        return found
    return Postings(np.concatenate(ids), np.concatenate(weights), found.values)


@dataclass(frozen=True)
class Postings:
    """One term's postings in one segment, deleted documents included."""

    ids: np.ndarray  # int64 document numbers, ascending
    weights: np.ndarray  # float32, one per posting
    values: list[bytes]  # one per posting when read (formats.Positions: pickled gaps)

    def weights_array(self, reader: IndexReader) -> np.ndarray:
        """Return the weights as one entry per document of the segment, 0 where absent."""
        found = np.zeros(reader.doc_count_all(), dtype=np.float32)
        found[self.ids] = self.weights
        if (deleted := _deleted(reader)) is not None:
            found[deleted] = 0
        return found


def segment_postings(
    reader: IndexReader, field: str, text: bytes, values: bool = False
) -> Postings | None:
    """Return a term's postings read straight from whoosh3 blocks (None: another codec)."""
    postfile = getattr(getattr(reader, "_terms", None), "_postfile", None)
    if postfile is None:
        return None
    try:
        info = reader.term_info(field, text)  # one look-up, not "in" and then another
    except (TermNotFound, KeyError):
        return Postings(np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32), [])
    if not hasattr(info, "extent") or info.is_inlined():
        return None
    offset, length = info.extent()
    if isinstance(length, tuple):  # whoosh3's W3TermInfo.from_bytes leaves it unpacked
        length = length[0]
    return _block_postings(postfile.get(offset, length), values)


def term_weights(reader: IndexReader, field: str, text: bytes) -> np.ndarray:
    """Return a term's weights in one segment's live documents, read a block at a time."""
    if (read := segment_postings(reader, field, text)) is not None:
        return read.weights_array(reader)  # whoosh3: the blocks decoded here, no matcher
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


def weights_key(reader: IndexReader, field: str, text: bytes) -> tuple[object, ...]:
    """Return the cache key of a term's weights in one segment."""
    return ("term", segment_key(reader), field, text)


def word_weights(
    reader: IndexReader, field: str, text: bytes, cache: MaskCache, read: Postings | None = None
) -> np.ndarray:
    """Return a term's weight (its frequency) in each document, 0 where absent (cached).

    ``read`` holds the term's postings when the caller has read them already.
    """
    if read is not None:
        return cached(cache, weights_key(reader, field, text), lambda: read.weights_array(reader))
    return cached(
        cache, weights_key(reader, field, text), lambda: term_weights(reader, field, text)
    )


def word_mask(reader: IndexReader, field: str, text: bytes, cache: MaskCache) -> np.ndarray:
    """Return a segment's documents holding a term."""
    return word_weights(reader, field, text, cache) > 0
