"""Phrases checked once: positions read only where every word occurs, the result kept as a mask."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from whoosh import query as Q
from whoosh.matching import Matcher, NullMatcher, WrappingMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from searchapp.blocks import Postings
from searchapp.positions import held_positions, plain_positions, positions
from searchapp.postings import (
    MaskCache,
    combine,
    segment_key,
    segment_postings,
    weights_key,
    word_postings,
)

# Where word number i of a phrase occurs in the documents of a mask: (documents, positions).
Occurrences = Callable[[int, np.ndarray], tuple[np.ndarray, np.ndarray]]


def phrase_mask(
    reader: IndexReader,
    field: str,
    words: list[bytes],
    near: np.ndarray,
    occurrences: Occurrences | None = None,
) -> np.ndarray:
    """Return the documents of one segment holding ``words`` at consecutive positions.

    ``near`` holds the documents with every word: positions are decoded only for those, and
    each next word only for the documents where the phrase so far still holds. An occurrence
    is a key (document, start of the phrase); the phrase holds where every word has the key.
    """

    def read(i: int, near: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return positions(reader, field, words[i], near)

    occurrences = occurrences or read
    # Documents come in order and positions in order within each: keys come sorted.
    docs, found = occurrences(0, near)
    starts = (docs << 32) | found
    for offset in range(1, len(words)):
        if not len(starts):
            break
        near = np.zeros(reader.doc_count_all(), dtype=bool)
        near[starts >> 32] = True
        docs, found = occurrences(offset, near)
        keys = ((docs << 32) | (found - offset))[found >= offset]
        at = np.searchsorted(keys, starts).clip(max=max(len(keys) - 1, 0))
        starts = starts[keys[at] == starts] if len(keys) else starts[:0]
    kept = np.zeros(reader.doc_count_all(), dtype=bool)
    kept[starts >> 32] = True
    return kept


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
        key = ("phrase", segment_key(reader), self.fieldname, tuple(words))
        found = self.shared.cached_mask(key)
        if not isinstance(found, np.ndarray):
            found = np.flatnonzero(self._build(reader, words)).astype(np.int32)
            self.shared.cache_mask(key, found)  # its documents: a rare phrase costs little
        mask = np.zeros(reader.doc_count_all(), dtype=bool)
        mask[found] = True
        return mask

    def _build(self, reader: IndexReader, words: list[bytes]) -> np.ndarray:
        """Return the phrase's documents: positions read only where every word occurs.

        A word not cached yet is read once with its values, for its postings and positions
        both; a cached word's values are read only from blocks holding a document in question.
        """
        field, count = self.fieldname, reader.doc_count_all()
        plain = plain_positions(reader, field)
        read: dict[int, Postings] = {}
        for i, word in enumerate(words):
            key = weights_key(reader, field, word)
            if plain and not isinstance(self.shared.cached_mask(key), Postings):
                if (found := segment_postings(reader, field, word, values=True)) is not None:
                    read[i] = found
        masks = []
        for i, word in enumerate(words):
            mask = np.zeros(count, dtype=bool)
            mask[word_postings(reader, field, word, self.shared, read.get(i)).ids] = True
            masks.append(mask)
        near = combine(masks, np.logical_and, count)
        if not near.any():
            return near
        if not plain:
            return phrase_mask(reader, field, words, near)

        def occurrences(i: int, near: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
            if i in read:
                return held_positions(read[i], near)
            held = segment_postings(reader, field, words[i], True, np.flatnonzero(near))
            if held is None:
                return positions(reader, field, words[i], near)
            return held_positions(held, near)

        return phrase_mask(reader, field, words, near, occurrences)

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        """Return the AND of the words, kept to the documents holding the phrase."""
        mask = self.segment_mask(searcher)
        if not mask.any():
            return NullMatcher()
        both = Q.And([Q.Term(self.fieldname, w) for w in self.words])
        return MaskMatcher(both.matcher(searcher, context), mask)
