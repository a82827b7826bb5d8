"""Phrases checked once: positions read only where every word occurs, the result kept as a mask."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import numpy as np
from whoosh import query as Q
from whoosh.matching import Matcher, NullMatcher, WrappingMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from searchapp.positions import held_positions, plain_positions, positions
from searchapp.postings import (
    MaskCache,
    Postings,
    cached,
    combine,
    segment_key,
    segment_postings,
    weights_key,
    word_weights,
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

        def build() -> np.ndarray:
            read = self._read_once(reader, words)
            near = combine(
                [
                    word_weights(reader, self.fieldname, w, self.shared, p) > 0
                    for w, p in zip(words, read or [None] * len(words), strict=True)
                ],
                np.logical_and,
                reader.doc_count_all(),
            )
            if not near.any():
                return near
            if read is None:
                return phrase_mask(reader, self.fieldname, words, near)
            held = read  # read once: the positions come from the same postings
            return phrase_mask(
                reader, self.fieldname, words, near, lambda i, n: held_positions(held[i], n)
            )

        return cached(
            self.shared, ("phrase", segment_key(reader), self.fieldname, tuple(words)), build
        )

    def _read_once(self, reader: IndexReader, words: list[bytes]) -> list[Postings] | None:
        """Return the words' postings with their positions, when a word is not cached yet.

        Its blocks are then decoded once, for its weights and the phrase's positions both;
        with every word cached (or another format), positions are read lazily (None).
        """
        field = self.fieldname
        if not plain_positions(reader, field) or all(
            self.shared.cached_mask(weights_key(reader, field, w)) is not None for w in words
        ):
            return None
        read = [segment_postings(reader, field, w, values=True) for w in words]
        return None if any(p is None for p in read) else read  # type: ignore[return-value]

    def matcher(self, searcher: Searcher, context: object = None) -> Matcher:
        """Return the AND of the words, kept to the documents holding the phrase."""
        mask = self.segment_mask(searcher)
        if not mask.any():
            return NullMatcher()
        both = Q.And([Q.Term(self.fieldname, w) for w in self.words])
        return MaskMatcher(both.matcher(searcher, context), mask)
