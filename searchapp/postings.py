"""A term's postings as numpy arrays, read a block at a time, cached per index generation.

Whoosh's matchers yield documents one Python call each; whoosh3 blocks are decoded here whole
(blocks.py). A term is cached as its live documents and weights, not an array per document:
a word absent from a segment costs its key.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Protocol

import numpy as np
from whoosh.matching import Matcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import IndexReader, TermNotFound

from searchapp.blocks import EMPTY, Postings, block_ids, decode

Cached = np.ndarray | Postings  # what a MaskCache holds: a phrase's documents, a term's postings


class MaskCache(Protocol):
    """Where masks and postings live for one index generation (shared.SharedData)."""

    def cached_mask(self, key: tuple[object, ...]) -> Cached | None:
        """Return a cached entry, or None."""

    def cache_mask(self, key: tuple[object, ...], mask: Cached) -> None:
        """Remember an entry."""

    def remembered(self, key: tuple[object, ...], build: Callable[[], np.ndarray]) -> np.ndarray:
        """Return a small array built once per generation (never forgotten)."""


def segment_key(reader: IndexReader) -> object:
    """Return what names a segment reader's documents within one generation."""
    segment = reader.segment()
    return segment.segment_id() if segment is not None else id(reader)


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
    found = []
    for (name, text), info in terms.items_from(field, b""):
        if name != field:
            break
        found.append((text, info))
    if not all(hasattr(info, "extent") for _, info in found):  # not whoosh3 term infos
        for text, info in found:
            yield text, _term_ids(leaf, field, text, info)
        return
    # The field's postings lie together in the file: read them at once, not a term at a time.
    spans = [span for _, info in found if (span := _extent(info)) is not None]
    start = min((offset for offset, _ in spans), default=0)
    end = max((offset + size for offset, size in spans), default=0)
    region = terms._postfile.get(start, end - start) if spans else b""
    for text, info in found:
        if (span := _extent(info)) is None:
            ids = info.inlined_postings()[0]
        else:
            ids = block_ids(region[span[0] - start : span[0] - start + span[1]])
        yield text, np.asarray(ids, dtype=np.int64)


def _extent(info: object) -> tuple[int, int] | None:
    """Return where a term's postings lie in the postings file (None: inlined in its info)."""
    if info.is_inlined():
        return None
    offset, length = info.extent()
    if isinstance(length, tuple):  # whoosh3's W3TermInfo.from_bytes leaves it unpacked
        length = length[0]
    return offset, length


def _term_ids(leaf: IndexReader, field: str, text: bytes, info: object) -> np.ndarray:
    """Return a term's document numbers in one segment from its whoosh3 term info, if any."""
    postfile = getattr(getattr(leaf, "_terms", None), "_postfile", None)
    if postfile is None or not hasattr(info, "extent"):
        return np.fromiter(leaf.postings(field, text).all_ids(), dtype=np.int64)
    if (span := _extent(info)) is None:
        return np.asarray(info.inlined_postings()[0], dtype=np.int64)
    return np.asarray(block_ids(postfile.get(*span)), dtype=np.int64)


def segment_postings(
    reader: IndexReader,
    field: str,
    text: bytes,
    values: bool = False,
    wanted: np.ndarray | None = None,
) -> Postings | None:
    """Return a term's postings read straight from whoosh3 blocks (None: another codec).

    Deleted documents are included. With ``wanted`` (sorted document numbers), only the
    blocks that can hold one of them are read.
    """
    postfile = getattr(getattr(reader, "_terms", None), "_postfile", None)
    if postfile is None:
        return None
    try:
        info = reader.term_info(field, text)  # one look-up, not "in" and then another
    except (TermNotFound, KeyError):
        return EMPTY
    if not hasattr(info, "extent") or info.is_inlined():
        return None
    offset, length = info.extent()
    if isinstance(length, tuple):  # whoosh3's W3TermInfo.from_bytes leaves it unpacked
        length = length[0]
    return decode(postfile.get(offset, length), values, wanted)


def term_weights(reader: IndexReader, field: str, text: bytes) -> np.ndarray:
    """Return a term's weights in one segment's live documents, 0 where absent."""
    return live_postings(reader, field, text).dense(reader.doc_count_all())


def live_postings(
    reader: IndexReader, field: str, text: bytes, read: Postings | None = None
) -> Postings:
    """Return a term's postings in one segment's live documents, without values.

    ``read`` holds the term's postings (deleted documents included) when already read.
    """
    if read is None:
        read = segment_postings(reader, field, text)
    if read is None:
        read = _matched_postings(reader, field, text)
    ids, weights = read.ids, read.weights
    if (deleted := _deleted(reader)) is not None and len(ids):
        live = ~np.isin(ids, deleted)
        ids, weights = ids[live], weights[live]
    if not len(ids):
        return EMPTY  # an absent word costs its key, not an array per document
    return Postings(ids.astype(np.int32), weights.astype(np.float32))


def _matched_postings(reader: IndexReader, field: str, text: bytes) -> Postings:
    """Return a term's postings through Whoosh's matcher (another codec than whoosh3)."""
    if (field, text) not in reader:
        return EMPTY
    matcher = reader.postings(field, text)
    leaf = matcher.child if isinstance(matcher, FilterMatcher) else matcher
    ids: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    if block_reader(leaf):
        while leaf.is_active():  # whoosh-reloaded 2.7.5's block reader: arrays per block
            leaf._read_ids()
            leaf._read_weights()
            ids.append(np.asarray(leaf._ids, dtype=np.int32))
            weights.append(np.asarray(leaf._weights, dtype=np.float32))
            leaf._next_block()
    else:
        found: list[tuple[int, float]] = []
        while leaf.is_active():
            found.append((leaf.id(), leaf.weight()))
            leaf.next()
        ids.append(np.asarray([i for i, _ in found], dtype=np.int32))
        weights.append(np.asarray([w for _, w in found], dtype=np.float32))
    if not ids:
        return EMPTY
    return Postings(np.concatenate(ids), np.concatenate(weights))


def weights_key(reader: IndexReader, field: str, text: bytes) -> tuple[object, ...]:
    """Return the cache key of a term's postings in one segment."""
    return ("term", segment_key(reader), field, text)


def word_postings(
    reader: IndexReader, field: str, text: bytes, cache: MaskCache, read: Postings | None = None
) -> Postings:
    """Return a term's postings in a segment's live documents (cached, ids and weights only).

    ``read`` holds the term's postings when the caller has read them already.
    """
    key = weights_key(reader, field, text)
    found = cache.cached_mask(key)
    if not isinstance(found, Postings):
        found = live_postings(reader, field, text, read)
        cache.cache_mask(key, found)
    return found


def word_weights(reader: IndexReader, field: str, text: bytes, cache: MaskCache) -> np.ndarray:
    """Return a term's weight (its frequency) in each document, 0 where absent."""
    return word_postings(reader, field, text, cache).dense(reader.doc_count_all())


def word_mask(reader: IndexReader, field: str, text: bytes, cache: MaskCache) -> np.ndarray:
    """Return a segment's documents holding a term."""
    found = np.zeros(reader.doc_count_all(), dtype=bool)
    found[word_postings(reader, field, text, cache).ids] = True
    return found
