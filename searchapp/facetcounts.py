"""Disjunctive facet counts over numpy arrays of postings (no Whoosh here).

>>> postings = FacetPostings.from_terms([("PL", [0, 2]), ("SK", [1, 2])])
>>> count_facets({"country": postings}, np.array([True, True, False]), {})
(2, {'country': {'PL': 1, 'SK': 1}})
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

Mask = np.ndarray  # bool, one entry per document number


@dataclass(frozen=True)
class FacetPostings:
    """One facet field's postings: parallel arrays of document number and value id."""

    value_names: list[str]
    posting_doc: np.ndarray  # int32, global document numbers, grouped by value
    posting_value: np.ndarray  # int32, indexes into value_names

    @classmethod
    def from_terms(cls, terms: Iterable[tuple[str, Iterable[int]]]) -> FacetPostings:
        """Build the arrays from (value, document numbers) pairs, one pair per value."""
        names: list[str] = []
        docs: list[np.ndarray] = []
        for value, docnums in terms:
            docs.append(as_array(docnums).astype(np.int32, copy=False))
            names.append(value)
        sizes = [len(d) for d in docs]
        posting_doc = np.concatenate(docs) if docs else np.zeros(0, dtype=np.int32)
        posting_value = np.repeat(np.arange(len(names), dtype=np.int32), sizes)
        return cls(names, posting_doc, posting_value)

    def with_missing(self, value: str, doc_count: int) -> FacetPostings:
        """Return these postings plus ``value`` for every document that holds no value."""
        missing = np.ones(doc_count, dtype=bool)
        missing[self.posting_doc] = False
        docs = np.flatnonzero(missing).astype(np.int32)
        return FacetPostings(
            [*self.value_names, value],
            np.concatenate([self.posting_doc, docs]),
            np.concatenate(
                [self.posting_value, np.full(len(docs), len(self.value_names), dtype=np.int32)]
            ),
        )

    @cached_property
    def _ranges(self) -> dict[str, tuple[int, int]]:
        """Return value → (start, end) of its postings (they are grouped by value)."""
        ends = np.cumsum(np.bincount(self.posting_value, minlength=len(self.value_names)))
        starts = ends - np.bincount(self.posting_value, minlength=len(self.value_names))
        return {
            name: (int(start), int(end))
            for name, start, end in zip(self.value_names, starts, ends, strict=True)
        }

    def mask(self, values: Iterable[str], doc_count: int) -> Mask:
        """Return the documents holding any of ``values`` (unknown values match nothing)."""
        found = np.zeros(doc_count, dtype=bool)
        for value in set(values):
            if (span := self._ranges.get(value)) is not None:
                found[self.posting_doc[span[0] : span[1]]] = True
        return found

    def counts(self, docs: Mask) -> dict[str, int]:
        """Return value → number of ``docs`` holding it, for values held at least once."""
        tally = np.bincount(
            self.posting_value[docs[self.posting_doc]], minlength=len(self.value_names)
        )
        return {self.value_names[i]: int(tally[i]) for i in np.flatnonzero(tally)}


@dataclass(frozen=True)
class FacetFilter:
    """One facet's part of a search: what its selection lets through, and what it excludes.

    ``selected`` holds the documents with any (or, for "all of", every) selected value;
    ``excluded`` maps each excluded value to the documents holding it; ``own_counts`` says the
    facet's counts honour its own selection ("all of": the count a value would have if added).
    """

    selected: Mask | None = None
    excluded: Mapping[str, Mask] = field(default_factory=dict)
    own_counts: bool = False

    @cached_property
    def left_out(self) -> Mask | None:
        """Return the documents holding any excluded value (None when nothing is excluded)."""
        return any_of(self.excluded.values())

    @cached_property
    def kept(self) -> Mask | None:
        """Return the documents this facet lets through (None: every document)."""
        if self.left_out is None:
            return self.selected
        if self.selected is None:
            return ~self.left_out
        return self.selected & ~self.left_out


def facet_filter(chosen: list[Mask], excluded: Mapping[str, Mask], every: bool) -> FacetFilter:
    """Return a facet's filter from one mask per selected value ("every": all must hold)."""
    selected = None
    if chosen:
        selected = all_of(chosen[1:], chosen[0]) if every else any_of(chosen)
    return FacetFilter(selected, dict(excluded), every)


def mask_of(docnums: Iterable[int], doc_count: int) -> Mask:
    """Return the mask of a set of document numbers."""
    found = np.zeros(doc_count, dtype=bool)
    found[as_array(docnums)] = True
    return found


def as_array(docnums: Iterable[int]) -> np.ndarray:
    """Return document numbers as an array (an array is used as it is, not walked in Python)."""
    if isinstance(docnums, np.ndarray):
        return docnums
    return np.fromiter(docnums, dtype=np.int64)


def top_by_key(ranks: np.ndarray, found: np.ndarray, limit: int) -> list[int]:
    """Return up to ``limit`` of the documents ``found`` by ascending rank (one per document).

    Ties go to the lower document number.
    """
    if limit <= 0:
        return []
    if len(found) > limit:
        # Keep everything up to the limit-th key, ties included, then sort only those.
        edge = np.partition(ranks, limit - 1)[limit - 1]
        near = ranks <= edge
        found, ranks = found[near], ranks[near]
    return found[np.lexsort((found, ranks))[:limit]].tolist()


def all_of(masks: Iterable[Mask], base: Mask) -> Mask:
    """Return ``base`` AND every mask."""
    combined = base.copy()
    for mask in masks:
        combined &= mask
    return combined


def any_of(masks: Iterable[Mask]) -> Mask | None:
    """Return the OR of masks (None when there are none)."""
    combined = None
    for mask in masks:
        combined = mask.copy() if combined is None else combined | mask
    return combined


def _excluded_counts(facet: FacetFilter, docs: Mask) -> dict[str, int]:
    """Return, per excluded value, how many of ``docs`` it would count for if not excluded."""
    found = {}
    for value, holding in facet.excluded.items():
        others = any_of(m for v, m in facet.excluded.items() if v != value)
        shown = docs & holding if others is None else docs & holding & ~others
        found[value] = int(shown.sum())
    return found


def count_facets(
    facets: Mapping[str, FacetPostings],
    matched: Mask,
    filters: Mapping[str, FacetFilter],
    always: Iterable[Mask] = (),
) -> tuple[int, dict[str, dict[str, int]]]:
    """Return the filtered total and, per facet, its counts.

    ``matched`` holds the query's documents, ``filters`` one FacetFilter per filtered facet,
    ``always`` the filters every count honours (the date range). A facet is counted with every
    other facet's filter and its own exclusions, but not its own "any of" selection, so a choice
    can be widened; an "all of" facet is counted with its selection, so each count is what adding
    that value would give. An excluded value counts what it would if it were not excluded.
    """
    base = all_of(always, matched)
    kept = {name: f.kept for name, f in filters.items() if f.kept is not None}
    everything = all_of(kept.values(), base)
    counts = {}
    for name, postings in facets.items():
        facet = filters.get(name)
        if facet is None or (facet.own_counts and not facet.excluded):
            counts[name] = postings.counts(everything)
            continue
        docs = all_of((m for other, m in kept.items() if other != name), base)
        if facet.own_counts and facet.selected is not None:
            docs &= facet.selected
        counts[name] = postings.counts(docs if facet.left_out is None else docs & ~facet.left_out)
        counts[name].update(_excluded_counts(facet, docs))
    return int(everything.sum()), counts
