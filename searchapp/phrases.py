"""Phrases checked once: positions read only where every word occurs, the result kept as a mask."""

from __future__ import annotations

from collections.abc import Iterator

import numpy as np
from whoosh import query as Q
from whoosh.matching import Matcher, NullMatcher, WrappingMatcher
from whoosh.reading import IndexReader
from whoosh.searching import Searcher

from searchapp.postings import MaskCache, cached, combine, positions, segment_key, word_mask


def phrase_mask(
    reader: IndexReader, field: str, words: list[bytes], near: np.ndarray
) -> np.ndarray:
    """Return the documents of one segment holding ``words`` at consecutive positions.

    ``near`` holds the documents with every word: positions are decoded only for those, and
    each next word only for the documents where the phrase so far still holds. An occurrence
    is a key (document, start of the phrase); the phrase holds where every word has the key.
    """
    # Documents come in order and positions in order within each: keys come sorted.
    docs, found = positions(reader, field, words[0], near)
    starts = (docs << 32) | found
    for offset, word in enumerate(words[1:], 1):
        if not len(starts):
            break
        near = np.zeros(reader.doc_count_all(), dtype=bool)
        near[starts >> 32] = True
        docs, found = positions(reader, field, word, near)
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
            near = combine(
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
