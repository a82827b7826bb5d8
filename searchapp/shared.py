"""What the searchers of one index generation share across threads: caches and facet data.

Everything here is built once per generation from the reader a thread hands in, under one
lock, and dropped with the generation, so nothing cached outlives the documents it describes.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable

import numpy as np
from whoosh.reading import IndexReader

from indexer import fields as F
from indexer.extract.personkey import keyed_name
from indexer.fields import FACET_FIELDS
from searchapp.columns import column_numbers
from searchapp.facetcounts import FacetPostings, mask_of
from searchapp.highlight import Highlighter
from searchapp.labels import fold
from searchapp.persons import People, build_people
from searchapp.postings import Cached, field_postings, term_docs
from searchapp.request import UNDATED_YEAR

FACET_CACHE_SIZE = 256
HIGHLIGHTER_CACHE_SIZE = 64  # queries whose terms and regex are kept
# Terms' postings (8 bytes a posting) and phrases' documents (4 bytes each), per segment:
# bounded in bytes, as an index written by several workers holds a term in many small arrays.
MASK_CACHE_BYTES = 64 * 400_000
# What an entry costs besides its arrays (key, record, array headers): counted too, so a run of
# words absent from most segments cannot grow the cache past its budget.
ENTRY_BYTES = 400
FREQUENCY_CACHE_SIZE = 4096  # document frequencies: each sums a look-up per segment
UNDATED = 2**31 - 1  # what the date_num column holds for undated articles

FacetCounts = tuple[int, dict[str, dict[str, int]]]
PackedCounts = tuple[int, dict[str, tuple[tuple[str, ...], np.ndarray]]]  # as cached


class SharedData:
    """The caches and facet data of one index generation, shared by its threads' searchers."""

    def __init__(self) -> None:
        self.lock = threading.Lock()
        self.lexicons: dict[str, dict[str, list[str]]] = {}
        # Facet counts of recent searches, keyed by query and filters.
        self.facet_cache: OrderedDict[tuple[object, ...], PackedCounts] = OrderedDict()
        self.masks: OrderedDict[tuple[object, ...], Cached] = OrderedDict()
        self.mask_bytes = 0  # the size of the arrays in self.masks
        self.frequencies: OrderedDict[tuple[str, str | bytes], int] = OrderedDict()
        self.highlighters: OrderedDict[frozenset[str], Highlighter] = OrderedDict()
        self._postings: dict[str, FacetPostings] | None = None
        self._people: People | None = None  # spellings grouped into persons, canonical names
        self._dates: np.ndarray | None = None
        self.kept: dict[tuple[object, ...], np.ndarray] = {}  # small arrays, never evicted
        self._words: list[str] | None = None

    def cached_mask(self, key: tuple[object, ...]) -> Cached | None:
        """Return a segment's postings of a term or documents of a phrase, or None."""
        with self.lock:
            found = self.masks.get(key)
            if found is not None:
                self.masks.move_to_end(key)
            return found

    def cache_mask(self, key: tuple[object, ...], mask: Cached) -> None:
        """Remember a term's or phrase's entry, forgetting the oldest beyond MASK_CACHE_BYTES."""
        with self.lock:
            if (old := self.masks.pop(key, None)) is not None:
                self.mask_bytes -= old.nbytes + ENTRY_BYTES
            self.masks[key] = mask
            self.mask_bytes += mask.nbytes + ENTRY_BYTES
            while self.mask_bytes > MASK_CACHE_BYTES and len(self.masks) > 1:
                self.mask_bytes -= self.masks.popitem(last=False)[1].nbytes + ENTRY_BYTES

    def remembered(self, key: tuple[object, ...], build: Callable[[], np.ndarray]) -> np.ndarray:
        """Return a small per-generation array (a segment's field lengths), built once."""
        found = self.kept.get(key)
        if found is None:
            found = self.kept[key] = build()  # a race builds the same array twice, harmlessly
        return found

    def doc_frequency(self, reader: IndexReader, field: str, text: str | bytes) -> int:
        """Return in how many documents a term occurs (remembered: the sum is per segment)."""
        key = (field, text)
        with self.lock:
            found = self.frequencies.get(key)
            if found is not None:
                self.frequencies.move_to_end(key)
                return found
        found = reader.doc_frequency(field, text)
        with self.lock:
            self.frequencies[key] = found
            if len(self.frequencies) > FREQUENCY_CACHE_SIZE:
                self.frequencies.popitem(last=False)
        return found

    def cached_counts(self, key: tuple[object, ...]) -> FacetCounts | None:
        """Return the cached facet counts of a search (fresh dicts), or None."""
        with self.lock:
            found = self.facet_cache.get(key)
            if found is None:
                return None
            self.facet_cache.move_to_end(key)
        total, packed = found
        return total, {
            name: dict(zip(values, counts.tolist(), strict=True))
            for name, (values, counts) in packed.items()
        }

    def cache_counts(self, key: tuple[object, ...], counts: FacetCounts) -> None:
        """Remember a search's facet counts, forgetting the oldest beyond FACET_CACHE_SIZE.

        Each facet's counts are kept as its values and an array: a dict of thousands of
        people per search would hold most of a worker's memory.
        """
        total, found = counts
        packed = {
            name: (tuple(held), np.fromiter(held.values(), dtype=np.int32, count=len(held)))
            for name, held in found.items()
        }
        with self.lock:
            self.facet_cache[key] = (total, packed)
            if len(self.facet_cache) > FACET_CACHE_SIZE:
                self.facet_cache.popitem(last=False)

    def highlighter(
        self, terms: frozenset[str], analyze: Callable[[str], list[str]]
    ) -> Highlighter:
        """Return the highlighter of a query's terms, built once for repeated queries."""
        with self.lock:
            found = self.highlighters.get(terms)
            if found is not None:
                self.highlighters.move_to_end(terms)
                return found
        found = Highlighter(terms, analyze)
        with self.lock:
            self.highlighters[terms] = found
            if len(self.highlighters) > HIGHLIGHTER_CACHE_SIZE:
                self.highlighters.popitem(last=False)
        return found

    def folded_lexicon(self, reader: IndexReader, field: str) -> dict[str, list[str]]:
        """Return a keyword field's values by their folded form (any case, no accents)."""
        lexicons = self.lexicons
        if field not in lexicons:
            table: dict[str, list[str]] = {}
            for raw in reader.lexicon(field):
                value = raw.decode("utf-8") if isinstance(raw, bytes) else raw
                table.setdefault(fold(value), []).append(value)
            lexicons[field] = table  # a race builds the same table twice, harmlessly
        return lexicons[field]

    def people(self, reader: IndexReader) -> People:
        """Return the generation's people (spellings merged per person), read once."""
        if self._people is None:
            with self.lock:
                if self._people is None:
                    english = mask_of(term_docs(reader, F.LANGUAGE, "en"), reader.doc_count_all())
                    if F.PERSON_NAMES in reader.schema:
                        terms = field_postings(reader, F.PERSON_NAMES)
                    else:  # an index written before person keys, until it is rebuilt
                        terms = ((keyed_name(v), d) for v, d in field_postings(reader, F.PEOPLE))
                    self._people = build_people(terms, english)
        return self._people

    def facet_postings(self, reader: IndexReader) -> dict[str, FacetPostings]:
        """Return every facet field's postings as arrays, read once per generation."""
        if self._postings is None:
            people = self.people(reader)  # outside the lock below: it takes the lock itself
            with self.lock:  # built once per generation, however many threads ask
                if self._postings is None:
                    postings = {
                        name: FacetPostings.from_terms(field_postings(reader, field))
                        for name, field in FACET_FIELDS.items()
                        if name != "person"
                    }
                    postings["person"] = people.postings  # one value per person
                    # Undated articles hold no year; the facet shows them as one more value.
                    postings["year"] = postings["year"].with_missing(
                        UNDATED_YEAR, reader.doc_count_all()
                    )
                    self._postings = postings
        return self._postings

    def words(self, reader: IndexReader, fields: tuple[str, ...]) -> list[str]:
        """Return the alphabetic terms of the text fields, for spelling fixes (read once)."""
        if self._words is None:
            with self.lock:
                if self._words is None:
                    found: set[str] = set()
                    for field in fields:
                        found.update(raw.decode("utf-8") for raw in reader.lexicon(field))
                    self._words = sorted(w for w in found if w.isalpha())
        return self._words

    def dates(self, reader: IndexReader) -> np.ndarray:
        """Return every document's date as a YYYYMMDD number (UNDATED: none), read once."""
        if self._dates is None:
            self._dates = column_numbers(reader, F.DATE_NUM)
        return self._dates
